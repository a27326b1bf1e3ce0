// rot90 (Rot90Backward0) and masked_scatter (MaskedScatterBackward0), as ATen computes and lays them out.
import { TorchError } from '../errors';
import * as K from '../kernels';
import { broadcastShapes, broadcastStrides, numel, wrapDim } from '../shape';
import { Tensor } from '../tensor';
import { apply, applyInplace, defineOp, scalarTypeName } from './apply';
import { cat } from './join';
import { masked_fill } from './gather';
import { index, index_put_ } from './indexing';
import { flip } from './triangular';
import { clone, reshape, viewOf } from './views';

// --- rot90 ------------------------------------------------------------------------------------------------------------
// ATen: k = 0 is a contiguous clone, k = 2 flips both dims, k = 1 (3) flips dims[1] (dims[0]) and transposes the
// flipped tensor in place, so the result has the flip's strides swapped (not contiguous). Backward: rot90(-k).
export const ROT90 = defineOp({
  name: 'rot90', node: 'Rot90Backward0', args: ['self'],
  forward: ([x], a) => {
    const k = a.k as number, [d0, d1] = a.dims as number[];
    if (k === 0) return clone(x);
    if (k === 2) return flip(x, [d0, d1]);
    const f = flip(x, [k === 1 ? d1 : d0]);
    const shape = [...f.shape], strides = [...f.strides];
    [shape[d0], shape[d1]] = [shape[d1], shape[d0]];
    [strides[d0], strides[d1]] = [strides[d1], strides[d0]];
    return new Tensor(f.storage, f.offset, shape, strides, f.dtype);
  },
  grads: { self: { saves: [], fn: (g, c) => rot90(g, -(c.attrs.k as number), c.attrs.dims as number[]) } },
});
export function rot90(x: Tensor, k = 1, dims: readonly number[] = [0, 1]): Tensor {
  const n = x.ndim;
  if (dims.length !== 2) throw new TorchError('RuntimeError', `expected total rotation dims == 2, but got dims = ${dims.length}`);
  if (n < 2) throw new TorchError('RuntimeError', `expected total dims >= 2, but got total dims = ${n}`);
  const [a, b] = dims;
  if (a === b || Math.abs(a - b) === n) {
    throw new TorchError('RuntimeError', `expected rotation dims to be different, but got dim0 = ${a} and dim1 = ${b}`);
  }
  if (a >= n || a < -n) throw new TorchError('RuntimeError', `Rotation dim0 out of range, dim0 = ${a}`);
  if (b >= n || b < -n) throw new TorchError('RuntimeError', `Rotation dim1 out of range, dim1 = ${b}`);
  return apply(ROT90, [x], { k: ((k % 4) + 4) % 4, dims: [wrapDim(a, n), wrapDim(b, n)] });
}

// --- masked_scatter ---------------------------------------------------------------------------------------------------
// self with the elements where mask (broadcast to self's shape) is true replaced, in row-major order, by the first
// elements of source. Gradients: self's where the mask is false; source's first count elements get the masked
// gradient, the rest zero (masked_scatter_backward).
export const MASKED_SCATTER = defineOp({
  name: 'masked_scatter', node: 'MaskedScatterBackward0', args: ['self', 'source'],
  forward: ([x, src], a) => {
    const mask = a.mask as Tensor, count = a.count as number;
    const out = clone(x, 'preserve');
    if (count > 0) {
      const flat = K.copyOf(src, src.dtype);   // (plain tensors over storage: no views of the inputs in autograd's sense)
      index_put_(out, [mask], viewOf(flat, [count], [1]));
    }
    return out;
  },
  grads: {
    self: { saves: [], fn: (g, c) => masked_fill(g, c.attrs.mask as Tensor, 0) },
    source: {
      saves: [], fn: (g, c) => {
        const shape = c.inputs[1].shape, total = numel(shape), count = c.attrs.count as number;
        const picked = index(g, [c.attrs.mask as Tensor]);
        const flat = count < total ? cat([picked, K.full([total - count], 0, g.dtype)], 0) : picked;
        return reshape(flat, shape);
      },
    },
  },
});
function maskedScatterArgs(x: Tensor, mask: Tensor, src: Tensor): { mask: Tensor; count: number } {
  if (x.dtype !== src.dtype) {
    throw new TorchError('RuntimeError', `masked_scatter: expected self and source to have same dtypes but got${scalarTypeName(x.dtype)} and ${scalarTypeName(src.dtype)}`);
  }
  const m = mask.dtype === 'bool' ? mask : K.compare('ne', mask, K.full([], 0, mask.dtype), 'bool');
  broadcastShapes(m.shape, x.shape);   // PyTorch names the mask tensor a in the error
  const full = K.copyOf(viewOf(m, [...x.shape], broadcastStrides(m.shape, m.strides, x.shape)), 'bool');
  const count = K.reduce('sum', K.cast(full, 'int64'), null, false).toArray()[0];
  if (count > src.numel()) throw new TorchError('RuntimeError', 'Number of elements of source < number of ones in mask');
  return { mask: full, count };
}
export function masked_scatter(x: Tensor, mask: Tensor, src: Tensor): Tensor {
  return apply(MASKED_SCATTER, [x, src], maskedScatterArgs(x, mask, src));
}
export function masked_scatter_(x: Tensor, mask: Tensor, src: Tensor): Tensor {
  return applyInplace(MASKED_SCATTER, [x, src], maskedScatterArgs(x, mask, src));
}
