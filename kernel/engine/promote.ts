// PyTorch's result_type: dimensioned tensors outrank 0-d tensors, which outrank wrapped Python numbers, except
// when a lower-priority operand is of a higher category (bool < integer < floating).
import { DType, isFloating, isIntegral } from './dtype';
import type { Tensor } from './tensor';

// c10's promotion lattice: a chain, except that uint8 with int8 meets at int16 and float16 with bfloat16 at float32.
const RANK: Record<DType, number> = {
  bool: 0, uint8: 1, int8: 1, int16: 2, int32: 3, int64: 4, float16: 5, bfloat16: 5, float32: 6, float64: 7,
};

export function promoteTypes(a: DType, b: DType): DType {
  if (a === b) return a;
  if (RANK[a] === RANK[b]) return a === 'uint8' || a === 'int8' ? 'int16' : 'float32';
  return RANK[a] > RANK[b] ? a : b;
}

/** torch.can_cast: no cast to a lower category (floating > integral > bool). */
export function canCast(from: DType, to: DType): boolean {
  const cat = (d: DType): number => (isFloating(d) ? 2 : isIntegral(d) ? 1 : 0);
  return cat(from) <= cat(to);
}

function promoteSkip(a: DType | null, b: DType | null): DType | null {
  if (a === null) return b;
  if (b === null) return a;
  return promoteTypes(a, b);
}

function combineCategories(higher: DType | null, lower: DType | null): DType | null {
  if (higher !== null && isFloating(higher)) return higher;
  if (higher === 'bool' || (lower !== null && isFloating(lower))) return promoteSkip(higher, lower);
  return higher ?? lower;
}

export function resultType(...operands: Tensor[]): DType {
  let dim: DType | null = null, zero: DType | null = null, wrapped: DType | null = null;
  for (const t of operands) {
    if (t._wrappedNumber) wrapped = promoteSkip(wrapped, isFloating(t.dtype) ? 'float32' : t.dtype);
    else if (t.ndim > 0) dim = promoteSkip(dim, t.dtype);
    else zero = promoteSkip(zero, t.dtype);
  }
  return combineCategories(dim, combineCategories(zero, wrapped)) ?? 'float32';
}

/** PyTorch's default floating dtype (torch.get_default_dtype()). */
export const DEFAULT_FLOAT: DType = 'float32';

/** The dtype of ops that always produce floats (div, sqrt of ints, mean...): ints and bools become float32. */
export function toFloating(d: DType): DType { return isFloating(d) ? d : DEFAULT_FLOAT; }
