// F.pad in constant mode (constant_pad_nd): pads given last dim first, (before, after) per dim; negative amounts
// crop. The gradient is the same op with the amounts negated (PyTorch's constant_pad_nd_backward).
import { TorchError } from '../errors';
import * as K from '../kernels';
import { contiguousStrides } from '../shape';
import { Tensor } from '../tensor';
import { apply, defineOp, followsChannelsLast } from './apply';
import { viewOf } from './views';

interface Layout { outShape: number[]; srcShape: number[]; srcOffset: number; dstOffset: number }

function layoutOf(x: Tensor, pad: readonly number[]): Layout {
  const nd = x.ndim, lPad = pad.length / 2, lDiff = nd - lPad;
  const srcShape = [...x.shape], outShape = [...x.shape];
  let srcOffset = x.offset;
  const before = new Array<number>(nd).fill(0);
  for (let i = 0; i < lPad; i++) {
    const d = lDiff + i, lo = pad[pad.length - (i + 1) * 2], hi = pad[pad.length - (i + 1) * 2 + 1];
    // Negative amounts narrow the input first, with narrow's check.
    const narrow = (start: number, length: number): void => {
      if (!(length >= 0 && start <= srcShape[d] - length)) {
        throw new TorchError('RuntimeError', `start (${start}) + length (${length}) exceeds dimension size (${srcShape[d]}).`);
      }
      srcOffset += start * x.strides[d];
      srcShape[d] = length;
    };
    if (lo < 0) narrow(-lo, srcShape[d] + lo);
    if (hi < 0) narrow(0, srcShape[d] + hi);
    before[d] = Math.max(lo, 0);
    outShape[d] = srcShape[d] + Math.max(lo, 0) + Math.max(hi, 0);
  }
  const cs = contiguousStrides(outShape);
  return { outShape, srcShape, srcOffset, dstOffset: before.reduce((acc, b, d) => acc + b * cs[d], 0) };
}

const CONSTANT_PAD = defineOp({
  name: 'constant_pad_nd', node: 'ConstantPadNdBackward0', args: ['self'], format: followsChannelsLast,
  forward: ([x], a) => {
    const l = layoutOf(x, a.pad as number[]);
    const out = K.full(l.outShape, a.value as number, x.dtype);
    if (l.srcShape.every((s) => s > 0)) {
      K.copyInto(viewOf(out, l.srcShape, contiguousStrides(l.outShape), l.dstOffset), viewOf(x, l.srcShape, x.strides, l.srcOffset));
    }
    return out;
  },
  grads: { self: { saves: [], fn: (g, c) => apply(CONSTANT_PAD, [g], { pad: (c.attrs.pad as number[]).map((p) => -p), value: 0 }) } },
});

export function constant_pad(x: Tensor, pad: readonly number[], value = 0): Tensor {
  if (pad.length % 2 !== 0) throw new TorchError('RuntimeError', 'Padding length must be divisible by 2');
  if (pad.length / 2 > x.ndim) throw new TorchError('RuntimeError', 'Padding length too large');
  return apply(CONSTANT_PAD, [x], { pad: [...pad], value });
}
