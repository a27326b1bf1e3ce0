// tril / triu (TrilBackward0 / TriuBackward0: the gradient keeps the same triangle), trace (TraceBackward0: the
// gradient on the diagonal of zeros), roll (RollBackward0: the gradient rolls back) and flip (FlipBackward0: the
// gradient flips back), as PyTorch 1.13 names and computes them; results are row-major as ATen allocates them,
// except flip's, laid out as its input (memory_format=preserve).
import { TorchError } from '../errors';
import * as K from '../kernels';
import { contiguousStrides, numel, preservedStrides, wrapDim } from '../shape';
import { Tensor } from '../tensor';
import { apply, applyInplace, defineOp, followsChannelsLast } from './apply';
import { arange, eye, fromValues } from './creation';
import { where } from './pointwise';
import { viewOf } from './views';
import { index_select as indexSelect } from './gather';

/** [rows, cols] bool mask of the elements tril(k) (lower) or triu(k) keeps. */
function triangleMask(rows: number, cols: number, k: number, lower: boolean): Tensor {
  const m = new Float64Array(rows * cols);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) m[r * cols + c] = (lower ? c - r <= k : c - r >= k) ? 1 : 0;
  return fromValues([rows, cols], m, 'bool');
}
function triangle(x: Tensor, k: number, lower: boolean): Tensor {
  const mask = triangleMask(x.shape[x.ndim - 2], x.shape[x.ndim - 1], k, lower);
  const out = K.where(mask, x, K.full([], 0, x.dtype), x.dtype);
  mask.free();
  return out;
}
/** PyTorch's IndexError for a 0-D or 1-D input of tril/triu (they work on the last two dims). */
function checkMatrixDims(x: Tensor): void {
  if (x.ndim === 0) throw new TorchError('IndexError', 'Dimension specified as -2 but tensor has no dimensions');
  wrapDim(-2, x.ndim);
}
const TRIL = defineOp({
  name: 'tril', node: 'TrilBackward0', args: ['self'],
  forward: ([x], a) => triangle(x, a.diagonal as number, true),
  grads: { self: { saves: [], fn: (g, c) => tril(g, c.attrs.diagonal as number) } },
});
const TRIU = defineOp({
  name: 'triu', node: 'TriuBackward0', args: ['self'],
  forward: ([x], a) => triangle(x, a.diagonal as number, false),
  grads: { self: { saves: [], fn: (g, c) => triu(g, c.attrs.diagonal as number) } },
});
export function tril(x: Tensor, diagonal = 0): Tensor {
  checkMatrixDims(x);
  return apply(TRIL, [x], { diagonal });
}
export function triu(x: Tensor, diagonal = 0): Tensor {
  checkMatrixDims(x);
  return apply(TRIU, [x], { diagonal });
}
export function tril_(x: Tensor, diagonal = 0): Tensor {
  checkMatrixDims(x);
  return applyInplace(TRIL, [x], { diagonal });
}
export function triu_(x: Tensor, diagonal = 0): Tensor {
  checkMatrixDims(x);
  return applyInplace(TRIU, [x], { diagonal });
}

const TRACE = defineOp({
  name: 'trace', node: 'TraceBackward0', args: ['self'],
  forward: ([x]) => {
    const n = Math.min(x.shape[0], x.shape[1]);
    const diag = viewOf(x, [n], [x.strides[0] + x.strides[1]]);
    const out = K.reduce('sum', diag, null, false);
    diag.free();
    return out;
  },
  grads: {
    self: {
      saves: [], fn: (g, c) => {
        const [rows, cols] = c.inputs[0].shape;
        return where(eye(rows, cols, { dtype: 'bool' }), g, K.full([], 0, g.dtype));
      },
    },
  },
});
export function trace(x: Tensor): Tensor {
  if (x.ndim !== 2) throw new TorchError('RuntimeError', `trace: expected a matrix, but got tensor with dim ${x.ndim}`);
  return apply(TRACE, [x]);
}

/** x rolled by `shifts` along `dims` (no dims: the flattened x, shaped back): a new row-major tensor. */
function rolled(x: Tensor, shifts: readonly number[], dims: readonly number[]): Tensor {
  if (dims.length === 0) {
    const c = K.contiguousAs(x), n = numel(x.shape);
    const flat = viewOf(c, [n], [1]);
    const r = rolled(flat, shifts, [0]);
    flat.free();
    if (c !== x) c.free();
    const out = viewOf(r, x.shape, contiguousStrides(x.shape), 0);
    r.free();
    return out;
  }
  let r = K.copyOf(x);
  shifts.forEach((shift, i) => {
    const d = wrapDim(dims[i], r.ndim), n = r.shape[d];
    const s = n === 0 ? 0 : ((shift % n) + n) % n;
    if (s === 0) return;
    const next = K.empty(r.shape, r.dtype);
    K.copyInto(K.narrow(next, d, s, n - s), K.narrow(r, d, 0, n - s));
    K.copyInto(K.narrow(next, d, 0, s), K.narrow(r, d, n - s, s));
    r.free();
    r = next;
  });
  return r;
}
const ROLL = defineOp({
  name: 'roll', node: 'RollBackward0', args: ['self'], format: followsChannelsLast,
  forward: ([x], a) => rolled(x, a.shifts as number[], a.dims as number[]),
  grads: { self: { saves: [], fn: (g, c) => roll(g, (c.attrs.shifts as number[]).map((s) => -s), c.attrs.dims as number[]) } },
});
export function roll(x: Tensor, shifts: number | readonly number[], dims: number | readonly number[] | null = null): Tensor {
  const s = typeof shifts === 'number' ? [shifts] : [...shifts];
  const d = dims === null ? [] : typeof dims === 'number' ? [dims] : [...dims];
  // without dims, one shift of the flattened tensor
  if (d.length === 0 ? s.length !== 1 : s.length !== d.length) {
    throw new TorchError('RuntimeError', `shifts and dimensions must align. shifts: ${s.length}, dims:${d.length}`);
  }
  for (const dim of d) wrapDim(dim, x.ndim);
  return apply(ROLL, [x], { shifts: s, dims: d });
}

const FLIP = defineOp({
  name: 'flip', node: 'FlipBackward0', args: ['self'],
  forward: ([x], a) => {
    let r = x;
    for (const d of a.dims as number[]) r = indexSelect(r, d, arange(r.shape[d] - 1, -1, -1));
    const strides = preservedStrides(x.shape, x.strides);
    return r === x || strides !== null ? K.copyOf(r, r.dtype, strides) : r;
  },
  grads: { self: { saves: [], fn: (g, c) => flip(g, c.attrs.dims as number[]) } },
});
export function flip(x: Tensor, dims: readonly number[]): Tensor {
  const ds = dims.map((d) => wrapDim(d, x.ndim));
  const dup = ds.find((d, i) => ds.indexOf(d) !== i);
  if (dup !== undefined) throw new TorchError('RuntimeError', `dim ${dup} appears multiple times in the list of dims`);
  return apply(FLIP, [x], { dims: ds });
}
