// PyTorch's result_type: dimensioned tensors outrank 0-d tensors, which outrank wrapped Python numbers, except
// when a lower-priority operand is of a higher category (bool < integer < floating).
import { DType, isFloating } from './dtype';
import type { Tensor } from './tensor';

const RANK: Record<DType, number> = { bool: 0, int64: 1, float32: 2, float64: 3 };

export function promoteTypes(a: DType, b: DType): DType { return RANK[a] >= RANK[b] ? a : b; }

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
