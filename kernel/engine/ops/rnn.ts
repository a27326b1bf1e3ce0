// Pieces of ATen's recurrent layers (RNN.cpp) that the Python facade cannot compose from public ops.
import { TorchError } from '../errors';
import { Tensor } from '../tensor';
import { apply, defineOp } from './apply';
import { transpose, viewOf } from './views';

/**
 * The last step of nn.RNN / nn.GRU with batch_first=True: ATen transposes its freshly stacked output in place
 * (`output.transpose_(0, 1)`), so the result is not a view and its grad_fn is TransposeBackward1. The stacked
 * tensor is internal (nothing else holds it), so an alias with the swapped geometry that is not marked as a view
 * behaves as that in-place transpose does (as `_unsafe_view` is an alias that is not a view).
 */
export const RNN_TRANSPOSE_ = defineOp({
  name: 'transpose_', node: 'TransposeBackward1', args: ['self'],
  forward: ([x], a) => {
    const d0 = a.dim0 as number, d1 = a.dim1 as number;
    const shape = [...x.shape], strides = [...x.strides];
    [shape[d0], shape[d1]] = [shape[d1], shape[d0]];
    [strides[d0], strides[d1]] = [strides[d1], strides[d0]];
    return viewOf(x, shape, strides);
  },
  grads: { self: { saves: [], fn: (g, c) => transpose(g, c.attrs.dim0 as number, c.attrs.dim1 as number) } },
});

/** `x.transpose_(d0, d1)` for a tensor the caller owns alone (the recurrent layers' stacked output). */
export function rnnTransposeOutput(x: Tensor, d0: number, d1: number): Tensor {
  if (d0 < 0 || d1 < 0 || d0 >= x.ndim || d1 >= x.ndim) throw new TorchError('IndexError', 'Dimension out of range');
  return apply(RNN_TRANSPOSE_, [x], { dim0: d0, dim1: d1 });
}
