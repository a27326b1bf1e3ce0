// The engine's public API: `import * as torch from 'kernel/engine'` reads like PyTorch.
import './methods';
import * as autogradApi from './autograd/api';
import { enterGradMode, exitGradMode, isGradEnabled, noGrad, setGradEnabled, withGradMode, withInferenceMode } from './autograd/grad_mode';

export * from './ops/functional';
export { Tensor, tidy } from './tensor';
export { TorchError, setWarningHandler } from './errors';
export type { PyErrorType, WarningCategory } from './errors';
export type { DType } from './dtype';
export { Generator, defaultGenerator } from './random';
export { Node, AccumulateGrad } from './autograd/node';
export { formatTensor, formatValues, setPrintOptions, PRINT_OPTS } from './format';
export type { PrintOptions } from './format';
export { kernelBuild } from './wasm';
export type { HookHandle } from './methods';

export const autograd = { backward: autogradApi.backward, grad: autogradApi.grad };
export { isGradEnabled as is_grad_enabled, setGradEnabled as set_grad_enabled_global, enterGradMode, exitGradMode };
/** Runs fn with gradient recording off (the callback form of `with torch.no_grad():`). */
export function no_grad<T>(fn: () => T): T { return noGrad(fn); }
export function enable_grad<T>(fn: () => T): T { return withGradMode(true, fn); }
export function set_grad_enabled<T>(mode: boolean, fn: () => T): T { return withGradMode(mode, fn); }
export function inference_mode<T>(fn: () => T, mode = true): T { return withInferenceMode(mode, fn); }
export { setGradEnabled };
export { OP_TABLE } from './ops/apply';
export type { OpDef } from './ops/apply';

import { wasm } from './wasm';
/** Live wasm heap: bytes in live blocks and their count (for tests and the memory view). */
export function memory_stats(): { heapBytes: number; liveBlocks: number; totalBytes: number } {
  const k = wasm();
  return { heapBytes: k.heapBytes(), liveBlocks: k.liveBlocks(), totalBytes: k.memory.buffer.byteLength };
}
