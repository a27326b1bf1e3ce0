// Tensor.unfold(dimension, size, step): a view of every `size`-long window along a dim, `step` apart, as a new last
// dim (ATen's unfold: as_strided with the dim's stride times step). Its backward (unfold_backward) sums the
// windows' gradients back onto the positions they overlap: one index_add per position within a window.
import { TorchError } from '../errors';
import * as K from '../kernels';
import { wrapDim } from '../shape';
import { Tensor } from '../tensor';
import { apply, defineOp } from './apply';
import { fromValues } from './creation';
import { index_add } from './gather';
import { reshape, select, viewOf } from './views';

const UNFOLD = defineOp({
  name: 'unfold', node: 'UnfoldBackward0', args: ['self'], view: true,
  forward: ([x], a) => viewOf(x, a.shape as number[], a.strides as number[]),
  grads: {
    self: {
      saves: [],
      fn: (g, c) => {
        const inShape = c.inputs[0].shape, dim = c.attrs.dim as number, size = c.attrs.size as number, step = c.attrs.step as number;
        if (inShape.length === 0) return reshape(K.reduce('sum', g, null, false), []);
        const windows = g.shape[dim];
        let r = K.full(inShape, 0, g.dtype);
        for (let j = 0; j < size; j++) {
          const idx = fromValues([windows], Array.from({ length: windows }, (_, k) => k * step + j), 'int64');
          r = index_add(r, dim, idx, select(g, -1, j));
        }
        return r;
      },
    },
  },
});

export function unfold(x: Tensor, dimension: number, size: number, step: number): Tensor {
  const dim = wrapDim(dimension, x.ndim);
  const maxSize = x.ndim === 0 ? 1 : x.shape[dim];
  if (size > maxSize) throw new TorchError('RuntimeError', `maximum size for tensor at dimension ${dim} is ${maxSize} but size is ${size}`);
  if (step <= 0) throw new TorchError('RuntimeError', `step is ${step} but must be > 0`);
  const shape = x.shape.map((s, d) => (d === dim ? Math.trunc((s - size) / step) + 1 : s));
  const strides = x.strides.map((s, d) => (d === dim ? s * step : s));
  shape.push(size);
  strides.push(x.ndim === 0 ? 1 : x.strides[dim]);
  if (shape.some((s) => s < 0)) {
    throw new TorchError('RuntimeError', `Storage size calculation overflowed with sizes=[${shape.join(', ')}] and strides=[${strides.join(', ')}]`);
  }
  return apply(UNFOLD, [x], { dim, size, step, shape, strides });
}
