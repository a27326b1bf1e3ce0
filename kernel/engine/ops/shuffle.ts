// pixel_shuffle / pixel_unshuffle (PixelShuffleBackward0 / PixelUnshuffleBackward0, each the other's gradient) and
// channel_shuffle (PyTorch 1.13 records a NotImplemented node: its backward raises). Each is a permutation of the
// elements: a strided view of the input copied into a new contiguous tensor.
import { TorchError } from '../errors';
import * as K from '../kernels';
import { contiguousStrides } from '../shape';
import { Tensor } from '../tensor';
import { apply, defineOp, followsChannelsLast } from './apply';
import { viewOf } from './views';

/** x [*, C·r², H, W] → [*, C, H·r, W·r] (or the inverse), as a view of x permuted then copied. */
function shuffle(x: Tensor, r: number, up: boolean): Tensor {
  const lead = x.shape.slice(0, -3), [C, H, W] = x.shape.slice(-3), ls = x.strides.slice(0, -3), [sc, sh, sw] = x.strides.slice(-3);
  if (up) {
    const Co = C / (r * r);   // x seen as [*, Co, r, r, H, W], read as [*, Co, H, r, W, r]
    const view = viewOf(x, [...lead, Co, H, r, W, r], [...ls, sc * r * r, sh, sc * r, sw, sc]);
    const out = K.copyOf(view), shape = [...lead, Co, H * r, W * r];
    return viewOf(out, shape, contiguousStrides(shape));
  }
  const Ho = H / r, Wo = W / r;   // x seen as [*, C, Ho, r, Wo, r], read as [*, C, r, r, Ho, Wo]
  const view = viewOf(x, [...lead, C, r, r, Ho, Wo], [...ls, sc, sh, sw, sh * r, sw * r]);
  const out = K.copyOf(view), shape = [...lead, C * r * r, Ho, Wo];
  return viewOf(out, shape, contiguousStrides(shape));
}

const PIXEL_SHUFFLE = defineOp({
  name: 'pixel_shuffle', node: 'PixelShuffleBackward0', args: ['self'], format: followsChannelsLast,
  forward: ([x], a) => shuffle(x, a.factor as number, true),
  grads: { self: { saves: [], fn: (g, c) => apply(PIXEL_UNSHUFFLE, [g], c.attrs) } },
});
const PIXEL_UNSHUFFLE = defineOp({
  name: 'pixel_unshuffle', node: 'PixelUnshuffleBackward0', args: ['self'], format: followsChannelsLast,
  forward: ([x], a) => shuffle(x, a.factor as number, false),
  grads: { self: { saves: [], fn: (g, c) => apply(PIXEL_SHUFFLE, [g], c.attrs) } },
});

export function pixel_shuffle(x: Tensor, factor: number, up: boolean): Tensor {
  const name = up ? 'pixel_shuffle' : 'pixel_unshuffle', what = up ? 'upscale_factor' : 'downscale_factor';
  if (x.ndim < 3) throw new TorchError('RuntimeError', `${name} expects input to have at least 3 dimensions, but got input with ${x.ndim} dimension(s)`);
  if (factor <= 0) throw new TorchError('RuntimeError', `${name} expects a positive ${what}, but got ${factor}`);
  const [C, H, W] = x.shape.slice(-3);
  if (up && C % (factor * factor) !== 0) {
    throw new TorchError('RuntimeError', `pixel_shuffle expects its input's 'channel' dimension to be divisible by the square of upscale_factor, but input.size(-3)=${C} is not divisible by ${factor * factor}`);
  }
  if (!up) {
    for (const [n, size, d] of [['height', H, -2], ['width', W, -1]] as const) {
      if (size % factor !== 0) throw new TorchError('RuntimeError', `pixel_unshuffle expects ${n} to be divisible by downscale_factor, but input.size(${d})=${size} is not divisible by ${factor}`);
    }
  }
  return apply(up ? PIXEL_SHUFFLE : PIXEL_UNSHUFFLE, [x], { factor });
}

const CHANNEL_SHUFFLE = defineOp({
  name: 'channel_shuffle', node: 'NotImplemented', args: ['self'], format: followsChannelsLast,
  forward: ([x], a) => {
    const g = a.groups as number, [N, C] = x.shape, rest = x.shape.slice(2), rs = x.strides.slice(2);
    // x seen as [N, g, C/g, *], read as [N, C/g, g, *]
    const view = viewOf(x, [N, C / g, g, ...rest], [x.strides[0], x.strides[1], x.strides[1] * (C / g), ...rs]);
    return viewOf(K.copyOf(view), [...x.shape], contiguousStrides(x.shape));
  },
  // (PyTorch 1.13 defines no derivative for channel_shuffle)
  grads: { self: { saves: [], fn: (): Tensor => { throw new TorchError('RuntimeError', 'derivative for channel_shuffle is not implemented'); } } },
});

export function channel_shuffle(x: Tensor, groups: number): Tensor {
  if (x.ndim <= 2) throw new TorchError('RuntimeError', `channel_shuffle expects input with > 2 dims, but got input with sizes [${x.shape.join(', ')}]`);
  if (groups <= 0) throw new TorchError('RuntimeError', `Number of groups to divide channels in must be positive. Value of groups:${groups}`);
  if (x.shape[1] % groups !== 0) throw new TorchError('RuntimeError', `Number of channels must be divisible by groups. Got ${x.shape[1]} channels and ${groups} groups.`);
  return apply(CHANNEL_SHUFFLE, [x], { groups });
}
