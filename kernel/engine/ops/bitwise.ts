// Bitwise ops on integer and bool tensors (bitwise_and / or / xor / not, left and right shifts) as PyTorch 1.13's CPU
// kernels: the operands promote as for any binary op (a Python int with a bool tensor gives int64), a floating
// result type is refused with the kernel's "not implemented" error, and int64 values are handled exactly (BigInt).
// Shifts: PyTorch shifts the value as unsigned (left) or signed (right) by a count that x86 masks to its low 6
// bits (1 << -1 is 1 << 63; x >> 64 is x), as its scalar kernel does. The narrow integer dtypes compute in int64 and
// wrap back to their width. None of these has a gradient.
import { DType, isFloating } from '../dtype';
import * as K from '../kernels';
import { resultType } from '../promote';
import { notImplementedFor } from './apply';
import { broadcastShapes } from '../shape';
import { Tensor } from '../tensor';
import { writeInt64 } from '../tensor';
import { fromValues } from './creation';
import { logicalAnd, logicalNot, logicalOr, logicalXor } from './pointwise';
import { TensorLike, toTensor } from './scalar';
import { mem } from '../wasm';

export type BitwiseOp = 'and' | 'or' | 'xor' | 'lshift' | 'rshift';
const KERNEL: Record<BitwiseOp | 'not', string> = {
  and: 'bitwise_and_cpu', or: 'bitwise_or_cpu', xor: 'bitwise_xor_cpu', lshift: 'lshift_cpu', rshift: 'rshift_cpu', not: 'bitwise_not_cpu',
};

/** x's int64 (or bool) values broadcast to `shape`, exactly, row-major (read through its strides). */
function bigValues(x0: Tensor, shape: number[]): BigInt64Array {
  const x = x0.dtype === 'bool' ? x0 : K.cast(x0, 'int64');
  const n = shape.reduce((a, b) => a * b, 1);
  const off = shape.length - x.ndim;
  const strides = shape.map((_, d) => (d < off || x.shape[d - off] === 1 ? 0 : x.strides[d - off]));
  const out = new BigInt64Array(n);
  const m = mem();
  const idx = new Array<number>(shape.length).fill(0);
  for (let i = 0; i < n; i++) {
    let p = x.offset;
    for (let d = 0; d < shape.length; d++) p += idx[d] * strides[d];
    out[i] = x.dtype === 'int64' ? m.i64[(x.storage.ptr >>> 3) + p] : BigInt(m.u8[x.storage.ptr + p]);
    for (let d = shape.length - 1; d >= 0; d--) { if (++idx[d] < shape[d]) break; idx[d] = 0; }
  }
  return out;
}

function apply64(op: BitwiseOp, a: bigint, b: bigint): bigint {
  switch (op) {
    case 'and': return a & b;
    case 'or': return a | b;
    case 'xor': return a ^ b;
    case 'lshift': return BigInt.asIntN(64, BigInt.asUintN(64, a) << (b & 63n));
    default: return a >> (b & 63n);
  }
}

function result(shape: number[], values: BigInt64Array, dtype: DType): Tensor {
  if (dtype === 'bool') return fromValues(shape, Array.from(values, (v) => (v !== 0n ? 1 : 0)), 'bool');
  const t = fromValues(shape, new Float64Array(values.length), 'int64');
  writeInt64(t, values);
  return K.cast(t, dtype);
}

/** a (op) b with broadcasting; a or b may be a Python number. */
export function bitwise(op: BitwiseOp, a: TensorLike, b: TensorLike): Tensor {
  const ta = toTensor(a), tb = toTensor(b);
  const dtype = resultType(ta, tb);
  if (isFloating(dtype)) throw notImplementedFor(KERNEL[op], dtype);
  // bool & bool (masks): the wasm logical kernels
  if (dtype === 'bool' && (op === 'and' || op === 'or' || op === 'xor')) {
    return op === 'and' ? logicalAnd(ta, tb) : op === 'or' ? logicalOr(ta, tb) : logicalXor(ta, tb);
  }
  const shape = broadcastShapes(ta.shape, tb.shape);
  const x = bigValues(ta, shape), y = bigValues(tb, shape);
  const values = new BigInt64Array(x.length);
  for (let i = 0; i < x.length; i++) values[i] = apply64(op, x[i], y[i]);
  return result(shape, values, dtype);
}

/** ~x: logical not for bool, two's complement for int64. */
export function bitwise_not(x: Tensor): Tensor {
  if (isFloating(x.dtype)) throw notImplementedFor(KERNEL.not, x.dtype);
  if (x.dtype === 'bool') return logicalNot(x);
  const shape = [...x.shape];
  const values = bigValues(x, shape).map((v) => (x.dtype === 'bool' ? (v === 0n ? 1n : 0n) : ~v));
  return result(shape, values, x.dtype);
}
