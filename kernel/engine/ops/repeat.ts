// Tensor.repeat (RepeatBackward0): the input tiled `reps` times along each dim (leading reps add dims). The backward
// sums the tiles: the gradient seen as [r0, s0, r1, s1, ...] summed over the r dims.
import { TorchError } from '../errors';
import * as K from '../kernels';
import { contiguousStrides } from '../shape';
import { Tensor } from '../tensor';
import { apply, defineOp } from './apply';
import { sum } from './reduce';
import { reshape, viewOf } from './views';

/** The input's shape padded with leading 1s to the reps' length, and the interleaved [r0, s0, r1, s1, ...] shape. */
function layout(shape: readonly number[], reps: readonly number[]): { padded: number[]; inter: number[] } {
  const padded = [...Array(reps.length - shape.length).fill(1), ...shape];
  return { padded, inter: padded.flatMap((s, i) => [reps[i], s]) };
}

const REPEAT = defineOp({
  name: 'repeat', node: 'RepeatBackward0', args: ['self'],
  forward: ([x], a) => {
    const reps = a.reps as number[], { padded, inter } = layout(x.shape, reps);
    const strides = [...Array(reps.length - x.ndim).fill(0), ...x.strides];
    const tiled = K.copyOf(viewOf(x, inter, padded.flatMap((_, i) => [0, strides[i]])));
    const final = padded.map((s, i) => s * reps[i]);
    return viewOf(tiled, final, contiguousStrides(final));
  },
  grads: {
    self: {
      saves: [],
      fn: (g, c) => {
        const shape = c.inputs[0].shape, reps = c.attrs.reps as number[], { inter } = layout(shape, reps);
        return reshape(sum(reshape(g, inter), reps.map((_, i) => 2 * i)), shape);
      },
    },
  },
});

export function repeat(x: Tensor, reps: number[]): Tensor {
  const { padded } = layout(x.shape, reps), final = padded.map((s, i) => s * reps[i]);
  const bad = final.find((s) => s < 0);
  if (bad !== undefined) throw new TorchError('RuntimeError', `Trying to create tensor with negative dimension ${bad}: [${final.join(', ')}]`);
  return apply(REPEAT, [x], { reps: [...reps] });
}
