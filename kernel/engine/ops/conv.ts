// Convolution (conv1d / conv2d) as im2col + the packed gemm, and im2col / col2im themselves (F.unfold / F.fold's
// Im2ColBackward0 / Col2ImBackward0), each the other's backward.
//
// The convolution's gradients are written with public ops (col2im of Wᵀ·g for the input, g·colsᵀ summed over the
// batch for the weight, a sum for the bias), so double backward works; its graph then shows those ops rather than
// PyTorch's single ConvolutionBackwardBackward0 node (the values are the same).
import { isFloating } from '../dtype';
import { TorchError } from '../errors';
import * as K from '../kernels';
import * as KN from '../kernels_nn';
import { Window2d } from '../kernels_nn';
import { Tensor } from '../tensor';
import { apply, defineOp, notImplementedFor, scalarTypeName } from './apply';
import { matmul } from './linalg';
import { sum } from './reduce';
import { reshape, squeeze, transpose, unsqueeze, viewOf } from './views';

export const IM2COL = defineOp({
  name: 'im2col', node: 'Im2ColBackward0', args: ['self'],
  forward: ([x], a) => KN.im2col(x, a.window as Window2d),
  grads: { self: { saves: [], fn: (g, c) => col2im(g, c.inputs[0].shape.slice(1), c.attrs.window as Window2d) } },
});
export const COL2IM = defineOp({
  name: 'col2im', node: 'Col2ImBackward0', args: ['self'],
  forward: ([x], a) => { const [C, H, W] = a.size as number[]; return KN.col2im(x, C, H, W, a.window as Window2d); },
  grads: { self: { saves: [], fn: (g, c) => im2col(g, c.attrs.window as Window2d) } },
});
/**
 * x [N, C, H, W] → columns [C·kh·kw, N, Ho·Wo]: F.unfold's rows with the batch moved inside, so that a convolution
 * is one gemm over all images (W [Co, C·kh·kw] · cols [C·kh·kw, N·L]) rather than one small gemm per image.
 */
export function im2col(x: Tensor, window: Window2d): Tensor { return apply(IM2COL, [x], { window }); }
/** cols [C·kh·kw, N, Ho·Wo] → [N, C, H, W] (size = [C, H, W]), overlapping entries summed. */
export function col2im(cols: Tensor, size: readonly number[], window: Window2d): Tensor {
  return apply(COL2IM, [cols], { size: [...size], window });
}

/** A 1-d convolution's tensors seen as 2-d ones with height 1. */
const as4d = (x: Tensor): Tensor => (x.ndim === 4 ? x : viewOf(x, [x.shape[0], x.shape[1], 1, x.shape[2]], [x.strides[0], x.strides[1], 0, x.strides[2]]));

/** Per group g: out[g] = W[g] [Cog, Kg] · cols[g] [Kg, N·L], one batched gemm; then [Co, N, L] → [N, Co, L] (+ bias). */
function convForward([x, w, b]: Tensor[], a: Record<string, unknown>): Tensor {
  const win = a.window as Window2d, G = a.groups as number;
  const x4 = as4d(x), wc = K.contiguousAs(w);
  const [N, Ci] = x4.shape, Co = w.shape[0], L = win.Ho * win.Wo;
  const Kg = (Ci / G) * win.kh * win.kw, Cog = Co / G;
  const cols = KN.im2col(x4, win);   // [G·Kg, N, L]
  const prod = K.bmmKernel(viewOf(wc, [G, Cog, Kg], [Cog * Kg, Kg, 1]), viewOf(cols, [G, Kg, N * L], [Kg * N * L, N * L, 1]), x.dtype);
  const byImage = viewOf(prod, [N, Co, L], [L, N * L, 1]);
  const out = a.hasBias ? K.binary('add', byImage, viewOf(b, [1, Co, 1], [0, b.strides[0], 0]), x.dtype) : K.copyOf(byImage);
  const shape = x.ndim === 4 ? [N, Co, win.Ho, win.Wo] : [N, Co, win.Wo];
  return viewOf(out, shape, shape.length === 4 ? [Co * L, L, win.Wo, 1] : [Co * L, L, 1]);
}

/** g [N, Co, ...] as [G, Cog, N·L] (a copy: the batch goes inside). */
const gradByGroup = (g: Tensor, G: number): Tensor => {
  const N = g.shape[0], Co = g.shape[1];
  return reshape(transpose(reshape(g, [N, Co, -1]), 0, 1), [G, Co / G, -1]);
};
/** dL/dinput = col2im(Wᵀ · g), per group. */
function convInputGrad(g: Tensor, w: Tensor, inShape: readonly number[], win: Window2d, G: number): Tensor {
  const N = g.shape[0], Co = w.shape[0], Ci = inShape[1], L = win.Ho * win.Wo;
  const Kg = (Ci / G) * win.kh * win.kw, Cog = Co / G;
  const wT = transpose(reshape(w, [G, Cog, Kg]), 1, 2);                  // [G, Kg, Cog]
  const cols = matmul(wT, gradByGroup(g, G));                            // [G, Kg, N·L]
  const H = inShape.length === 4 ? inShape[2] : 1, W = inShape[inShape.length - 1];
  return reshape(col2im(reshape(cols, [G * Kg, N, L]), [Ci, H, W], win), inShape);
}
/** dL/dweight = g · colsᵀ, per group, summed over the batch inside the gemm. */
function convWeightGrad(g: Tensor, x: Tensor, wShape: readonly number[], win: Window2d, G: number): Tensor {
  const Ci = x.shape[1], Kg = (Ci / G) * win.kh * win.kw;
  const x4 = x.ndim === 4 ? x : unsqueeze(x, 2);
  const cols = reshape(im2col(x4, win), [G, Kg, -1]);                    // [G, Kg, N·L]
  return reshape(matmul(gradByGroup(g, G), transpose(cols, 1, 2)), wShape);
}

export const CONVOLUTION = defineOp({
  name: 'convolution', node: 'ConvolutionBackward0', args: ['input', 'weight', 'bias'],
  forward: convForward,
  grads: {
    input: { saves: ['weight'], fn: (g, c) => convInputGrad(g, c.saved('weight'), c.inputs[0].shape, c.attrs.window as Window2d, c.attrs.groups as number) },
    weight: { saves: ['input'], fn: (g, c) => convWeightGrad(g, c.saved('input'), c.inputs[1].shape, c.attrs.window as Window2d, c.attrs.groups as number) },
    bias: { saves: [], fn: (g) => sum(g, g.ndim === 4 ? [0, 2, 3] : [0, 2]) },
  },
});

export type ConvPadding = number[] | 'valid' | 'same';

/** PyTorch's output size of a convolution or pooling window along one dim (floor mode). */
const convOut = (size: number, k: number, s: number, padTotal: number, d: number): number => Math.floor((size + padTotal - d * (k - 1) - 1) / s) + 1;

/**
 * conv1d / conv2d (`dims` 1 or 2) with PyTorch's checks and texts; an unbatched input (one dim fewer) is
 * unsqueezed and squeezed back as PyTorch does. stride/dilation have `dims` entries; padding too, or a string.
 */
export function convolution(x: Tensor, w: Tensor, b: Tensor | null, stride: number[], padding: ConvPadding, dilation: number[],
  groups: number, dims: 1 | 2): Tensor {
  const name = `conv${dims}d`;
  if (x.ndim !== dims + 1 && x.ndim !== dims + 2) {
    throw new TorchError('RuntimeError', `Expected ${dims + 1}D (unbatched) or ${dims + 2}D (batched) input to ${name}, but got input of size: [${x.shape.join(', ')}]`);
  }
  if (x.ndim === dims + 1) return squeeze(convolution(unsqueeze(x, 0), w, b, stride, padding, dilation, groups, dims), 0);
  const listCheck = (what: string, v: number[]): void => {
    if (v.length !== w.ndim - 2) {
      throw new TorchError('RuntimeError', `expected ${what} to be a single integer value or a list of ${w.ndim - 2} values to match the convolution dimensions, but got ${what}=[${v.join(', ')}]`);
    }
  };
  listCheck('stride', stride); listCheck('dilation', dilation);
  if (Array.isArray(padding)) listCheck('padding', padding);
  if (w.ndim !== dims + 2) throw new TorchError('RuntimeError', `${name}: expected a ${dims + 2}-d weight, but got weight of size [${w.shape.join(', ')}]`);
  if (padding === 'same' && stride.some((s) => s !== 1)) throw new TorchError('RuntimeError', "padding='same' is not supported for strided convolutions");
  if (Array.isArray(padding) && padding.some((p) => p < 0)) throw new TorchError('RuntimeError', 'negative padding is not supported');
  if (stride.some((s) => s <= 0)) throw new TorchError('RuntimeError', 'non-positive stride is not supported');
  if (dilation.some((d) => d <= 0)) throw new TorchError('RuntimeError', 'non-positive dilation is not supported');
  if (groups <= 0) throw new TorchError('RuntimeError', 'non-positive groups is not supported');
  const size = (s: readonly number[]): string => `[${s.join(', ')}]`;
  if (w.shape[0] % groups !== 0) {
    throw new TorchError('RuntimeError', `Given groups=${groups}, expected weight to be divisible by ${groups} at dimension 0, but got weight of size [${size(w.shape)}] instead`);
  }
  if (x.shape[1] !== w.shape[1] * groups) {
    throw new TorchError('RuntimeError', `Given groups=${groups}, weight of size ${size(w.shape)}, expected input${size(x.shape)} to have ${w.shape[1] * groups} channels, but got ${x.shape[1]} channels instead`);
  }
  if (b && (b.ndim !== 1 || b.shape[0] !== w.shape[0])) {
    throw new TorchError('RuntimeError', `Given weight of size ${size(w.shape)}, expected bias to be 1-dimensional with ${w.shape[0]} elements, but got bias of size ${size(b.shape)} instead`);
  }
  for (const t of [w, b]) {
    if (t && t.dtype !== x.dtype) throw new TorchError('RuntimeError', `expected scalar type ${scalarTypeName(x.dtype)} but found ${scalarTypeName(t.dtype)}`);
  }
  if (x.dtype === 'bool' || x.dtype === 'float16') throw notImplementedFor('slow_conv2d_cpu', x.dtype);
  if (!isFloating(x.dtype)) {
    // Integer tensors (no gradient) convolve in float64, exact while the sums stay below 2^53, then convert back:
    // what PyTorch's integer kernel gives while a sum fits in 32 bits (beyond, it wraps where this saturates).
    const f = (t: Tensor): Tensor => K.cast(t, 'float64');
    return K.cast(convolution(f(x), f(w), b && f(b), stride, padding, dilation, groups, dims), x.dtype);
  }
  const spatial = x.shape.slice(2), kernel = w.shape.slice(2);
  const pads = padding === 'valid' ? kernel.map(() => 0) : padding === 'same' ? kernel.map((k, i) => dilation[i] * (k - 1)) : padding.map((p) => 2 * p);
  const padded = spatial.map((s, i) => s + pads[i]), dilated = kernel.map((k, i) => dilation[i] * (k - 1) + 1);
  if (padded.some((p, i) => p < dilated[i])) {
    throw new TorchError('RuntimeError', `Calculated padded input size per channel: (${padded.join(' x ')}). Kernel size: (${dilated.join(' x ')}). Kernel size can't be greater than actual input size`);
  }
  const before = pads.map((p) => Math.floor(p / 2));   // 'same' with an odd total pads one more after (PyTorch's extra right pad)
  const outs = spatial.map((s, i) => convOut(s, kernel[i], stride[i], pads[i], dilation[i]));
  const two = (v: number[], fill: number): number[] => (dims === 1 ? [fill, v[0]] : [v[0], v[1]]);
  const [kh, kw] = two(kernel, 1), [sh, sw] = two(stride, 1), [ph, pw] = two(before, 0), [dh, dw] = two(dilation, 1), [Ho, Wo] = two(outs, 1);
  const window: Window2d = { kh, kw, sh, sw, ph, pw, dh, dw, Ho, Wo };
  const bias = b ?? K.full([w.shape[0]], 0, x.dtype);
  return apply(CONVOLUTION, [x, w, bias], { window, groups, hasBias: b !== null });
}
