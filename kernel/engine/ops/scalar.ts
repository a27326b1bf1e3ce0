// Python numbers as operands: PyTorch wraps them as 0-d "wrapped number" tensors that take part in type
// promotion with lower priority. JS has one number type, so an explicit kind can be given (the Python facade
// knows whether a value was an int or a float); without one, integral values count as ints.
import { DType } from '../dtype';
import { writeElements, Tensor } from '../tensor';

export type ScalarKind = 'int' | 'float' | 'bool';
/** A Python number with its kind, as the facade passes it. */
export interface PyScalar { value: number; kind: ScalarKind }
export type Scalar = number | boolean | PyScalar;
export type TensorLike = Tensor | Scalar;

export function isPyScalar(v: unknown): v is PyScalar {
  return typeof v === 'object' && v !== null && !(v instanceof Tensor) && 'kind' in v && 'value' in v;
}

export function scalarValue(v: Scalar): number {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return v;
  return v.value;
}

export function scalarKind(v: Scalar): ScalarKind {
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float';
  return v.kind;
}

const KIND_DTYPE: Record<ScalarKind, DType> = { int: 'int64', float: 'float64', bool: 'bool' };

/** A 0-d wrapped-number tensor holding v (float64 for floats, as PyTorch's CPU scalars). */
export function wrapScalar(v: Scalar): Tensor {
  const t = Tensor.empty([], KIND_DTYPE[scalarKind(v)]);
  writeElements(t, [scalarValue(v)]);
  t._wrappedNumber = true;
  return t;
}

export function toTensor(v: TensorLike): Tensor {
  return v instanceof Tensor ? v : wrapScalar(v);
}
