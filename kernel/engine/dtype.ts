// dtypes of the engine and PyTorch's type promotion between them.
export type DType = 'float32' | 'float64' | 'int64' | 'bool';

export const DTYPES: readonly DType[] = ['bool', 'int64', 'float32', 'float64'];

/** Bytes per element in wasm memory. */
export function itemSize(d: DType): number {
  return d === 'bool' ? 1 : d === 'float32' ? 4 : 8;
}

export function isFloating(d: DType): boolean {
  return d === 'float32' || d === 'float64';
}

/** PyTorch's name for the dtype, as printed (`torch.float32`). */
export function torchName(d: DType): string {
  return 'torch.' + d;
}
