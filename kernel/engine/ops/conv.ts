// Convolution (conv1d / conv2d / conv3d) and transposed convolution (conv_transpose1d/2d/3d) as im2col + the packed
// gemm, and im2col / col2im themselves (F.unfold / F.fold's Im2ColBackward0 / Col2ImBackward0), each the other's
// backward. Both convolutions are PyTorch's ConvolutionBackward0 node.
//
// A transposed convolution is the adjoint of a convolution in its input: its forward is the convolution's input
// gradient (col2im of Wᵀ·x), its input gradient is the convolution of g with the same weight, and its weight gradient
// is the convolution's weight gradient with the roles of input and output exchanged.
//
// The gradients are written with public ops (col2im of Wᵀ·g for the input, g·colsᵀ summed over the batch for the
// weight, a sum for the bias), so double backward works; its graph then shows those ops rather than PyTorch's single
// ConvolutionBackwardBackward0 node (the values are the same).
import { isFloating } from '../dtype';
import { TorchError } from '../errors';
import * as K from '../kernels';
import * as KN from '../kernels_nn';
import { contiguousStrides } from '../shape';
import { Window2d, Window3d } from '../kernels_nn';
import { Tensor } from '../tensor';
import { apply, defineOp, followsInput, notImplementedFor, scalarTypeName } from './apply';
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
  forward: ([x], a) => KN.col2im(x, a.size as number[], a.window as Window2d),
  grads: { self: { saves: [], fn: (g, c) => im2col(g, c.attrs.window as Window2d) } },
});
/**
 * x [N, C, H, W] (or [N, C, D, H, W] with a 3-d window) → columns [C·k, N, L]: F.unfold's rows with the batch moved
 * inside, so that a convolution is one gemm over all images (W [Co, C·k] · cols [C·k, N·L]) rather than one per image.
 */
export function im2col(x: Tensor, window: Window2d): Tensor { return apply(IM2COL, [x], { window }); }
/** cols [C·k, N, L] → [N, C, H, W] (size = [C, H, W]) or [N, C, D, H, W], overlapping entries summed. */
export function col2im(cols: Tensor, size: readonly number[], window: Window2d): Tensor {
  return apply(COL2IM, [cols], { size: [...size], window });
}

/** A 1-d convolution's tensors seen as 2-d ones with height 1 (2-d and 3-d ones as they are). */
const asKernelShape = (x: Tensor): Tensor => (x.ndim !== 3 ? x : viewOf(x, [x.shape[0], x.shape[1], 1, x.shape[2]], [x.strides[0], x.strides[1], 0, x.strides[2]]));
/** The kernel positions (kd·kh·kw) and output positions (Do·Ho·Wo) of a window. */
const kernelSize = (w: Window2d): number => w.kh * w.kw * ('kd' in w ? (w as Window3d).kd : 1);
const outSize = (w: Window2d): number => w.Ho * w.Wo * ('kd' in w ? (w as Window3d).Do : 1);
/** Spatial sizes as the kernels take them: a 1-d [L] is [1, L]. */
const kernelSpatial = (spatial: readonly number[]): number[] => (spatial.length === 1 ? [1, spatial[0]] : [...spatial]);
const biasView = (b: Tensor, ndim: number): Tensor => viewOf(b, [1, b.shape[0], ...Array(ndim - 2).fill(1)], [0, b.strides[0], ...Array(ndim - 2).fill(0)]);

/** Per group g: out[g] = W[g] [Cog, Kg] · cols[g] [Kg, N·L], one batched gemm; then [Co, N, L] → [N, Co, L] (+ bias). */
function convForward([x, w, b]: Tensor[], a: Record<string, unknown>): Tensor {
  const win = a.window as Window2d, G = a.groups as number;
  const xk = asKernelShape(x), wc = K.contiguousAs(w);
  const [N, Ci] = x.shape, Co = w.shape[0], L = outSize(win);
  const Kg = (Ci / G) * kernelSize(win), Cog = Co / G;
  const cols = KN.im2col(xk, win);   // [G·Kg, N, L]
  const prod = K.bmmKernel(viewOf(wc, [G, Cog, Kg], [Cog * Kg, Kg, 1]), viewOf(cols, [G, Kg, N * L], [Kg * N * L, N * L, 1]), x.dtype);
  const byImage = viewOf(prod, [N, Co, L], [L, N * L, 1]);
  const out = a.hasBias ? K.binary('add', byImage, viewOf(b, [1, Co, 1], [0, b.strides[0], 0]), x.dtype) : K.copyOf(byImage);
  const shape = [N, Co, ...(a.outSpatial as number[])];
  return viewOf(out, shape, contiguousStrides(shape));
}

/** The transposed convolution's forward: per group, cols[g] = W[g]ᵀ [Cog·k, Cig] · x[g] [Cig, N·L], then col2im (+ bias). */
function convTransposeForward([x, w, b]: Tensor[], a: Record<string, unknown>): Tensor {
  const win = a.window as Window2d, G = a.groups as number, outSpatial = a.outSpatial as number[];
  const xc = K.contiguousAs(x), wc = K.contiguousAs(w);
  const [N, Ci] = x.shape, Cig = Ci / G, Cog = w.shape[1], Kk = kernelSize(win), L = outSize(win), Co = Cog * G;
  const xT = K.copyOf(viewOf(xc, [Ci, N, L], [L, Ci * L, 1]));          // [G, Cig, N·L]
  const cols = K.bmmKernel(viewOf(wc, [G, Cog * Kk, Cig], [Cig * Cog * Kk, 1, Cog * Kk]), viewOf(xT, [G, Cig, N * L], [Cig * N * L, N * L, 1]), x.dtype);
  const img = KN.col2im(viewOf(cols, [Co * Kk, N, L], [N * L, L, 1]), [Co, ...kernelSpatial(outSpatial)], win);
  const out = a.hasBias ? K.binary('add', img, biasView(b, img.ndim), x.dtype) : img;
  const shape = [N, Co, ...outSpatial];
  return viewOf(out, shape, contiguousStrides(shape));
}

/** g [N, Co, ...] as [G, Cog, N·L] (a copy: the batch goes inside). */
const gradByGroup = (g: Tensor, G: number): Tensor => {
  const N = g.shape[0], Co = g.shape[1];
  return reshape(transpose(reshape(g, [N, Co, -1]), 0, 1), [G, Co / G, -1]);
};
/** dL/dinput of a convolution = col2im(Wᵀ · g), per group (also the forward of a transposed convolution). */
function convInputGrad(g: Tensor, w: Tensor, inShape: readonly number[], win: Window2d, G: number): Tensor {
  const N = g.shape[0], Co = w.shape[0], Ci = inShape[1], L = outSize(win);
  const Kg = (Ci / G) * kernelSize(win), Cog = Co / G;
  const wT = transpose(reshape(w, [G, Cog, Kg]), 1, 2);                  // [G, Kg, Cog]
  const cols = matmul(wT, gradByGroup(g, G));                            // [G, Kg, N·L]
  return reshape(col2im(reshape(cols, [G * Kg, N, L]), [Ci, ...kernelSpatial(inShape.slice(2))], win), inShape);
}
/** dL/dweight of a convolution = g · colsᵀ, per group, summed over the batch inside the gemm. */
function convWeightGrad(g: Tensor, x: Tensor, wShape: readonly number[], win: Window2d, G: number): Tensor {
  const Ci = x.shape[1], Kg = (Ci / G) * kernelSize(win);
  const xk = x.ndim === 3 ? unsqueeze(x, 2) : x;
  const cols = reshape(im2col(xk, win), [G, Kg, -1]);                    // [G, Kg, N·L]
  return reshape(matmul(gradByGroup(g, G), transpose(cols, 1, 2)), wShape);
}
const biasGrad = (g: Tensor): Tensor => sum(g, [...Array(g.ndim).keys()].filter((d) => d !== 1));

export const CONVOLUTION = defineOp({
  name: 'convolution', node: 'ConvolutionBackward0', args: ['input', 'weight', 'bias'],
  forward: convForward,
  // 2-d: channels_last when the input or the weight suggests it (ConvUtils.h's thnn/mkldnn_conv_use_channels_last)
  format: ([x, w]) => (x.ndim === 4 && (followsInput([x]) === 'channels_last' || followsInput([w]) === 'channels_last') ? 'channels_last' : null),
  grads: {
    input: { saves: ['weight'], fn: (g, c) => convInputGrad(g, c.saved('weight'), c.inputs[0].shape, c.attrs.window as Window2d, c.attrs.groups as number) },
    weight: { saves: ['input'], fn: (g, c) => convWeightGrad(g, c.saved('input'), c.inputs[1].shape, c.attrs.window as Window2d, c.attrs.groups as number) },
    bias: { saves: [], fn: biasGrad },
  },
});

/** The transposed convolution; its window is the one of the convolution it is the adjoint of (from output to input). */
export const CONV_TRANSPOSE = defineOp({
  name: 'convolution', node: 'ConvolutionBackward0', args: ['input', 'weight', 'bias'],
  forward: convTransposeForward,
  grads: {
    input: {
      saves: ['weight'],
      fn: (g, c) => {
        const w = c.saved('weight');
        return apply(CONVOLUTION, [g, w, K.full([w.shape[0]], 0, g.dtype)],
          { window: c.attrs.window, groups: c.attrs.groups, hasBias: false, outSpatial: c.inputs[0].shape.slice(2) });
      },
    },
    weight: { saves: ['input'], fn: (g, c) => convWeightGrad(c.saved('input'), g, c.inputs[1].shape, c.attrs.window as Window2d, c.attrs.groups as number) },
    bias: { saves: [], fn: biasGrad },
  },
});

export type ConvPadding = number[] | 'valid' | 'same';
type Dims = 1 | 2 | 3;

/** PyTorch's output size of a convolution or pooling window along one dim (floor mode). */
const convOut = (size: number, k: number, s: number, padTotal: number, d: number): number => Math.floor((size + padTotal - d * (k - 1) - 1) / s) + 1;
const fmtSize = (s: readonly number[]): string => `[${s.join(', ')}]`;

/** The window from sizes per spatial dim (1, 2 or 3 of them); `out` is the window's output (the columns' L). */
function windowOf(kernel: number[], stride: number[], before: number[], dilation: number[], out: number[]): Window2d {
  const n = kernel.length;
  const at = (v: number[], i: number, fill: number): number => (i >= 3 - n ? v[i - (3 - n)] : fill);
  const w2: Window2d = { kh: at(kernel, 1, 1), kw: kernel[n - 1], sh: at(stride, 1, 1), sw: stride[n - 1], ph: at(before, 1, 0), pw: before[n - 1],
    dh: at(dilation, 1, 1), dw: dilation[n - 1], Ho: at(out, 1, 1), Wo: out[n - 1] };
  if (n !== 3) return w2;
  const w3: Window3d = { ...w2, kd: kernel[0], sd: stride[0], pd: before[0], dd: dilation[0], Do: out[0] };
  return w3;
}

/** The checks both convolutions share (PyTorch's _convolution argument and shape checks), in its order. */
function commonChecks(x: Tensor, w: Tensor, b: Tensor | null, stride: number[], padding: ConvPadding, dilation: number[], groups: number,
  transposed: boolean, outputPadding: number[]): void {
  const listCheck = (what: string, v: number[]): void => {
    if (v.length !== w.ndim - 2) {
      throw new TorchError('RuntimeError', `expected ${what} to be a single integer value or a list of ${w.ndim - 2} values to match the convolution dimensions, but got ${what}=[${v.join(', ')}]`);
    }
  };
  listCheck('stride', stride); listCheck('dilation', dilation);
  if (Array.isArray(padding)) listCheck('padding', padding);
  if (transposed) listCheck('output_padding', outputPadding);
  if (padding === 'same' && stride.some((s) => s !== 1)) throw new TorchError('RuntimeError', "padding='same' is not supported for strided convolutions");
  if (Array.isArray(padding) && padding.some((p) => p < 0)) throw new TorchError('RuntimeError', 'negative padding is not supported');
  if (outputPadding.some((p) => p < 0)) throw new TorchError('RuntimeError', 'negative output_padding is not supported');
  if (stride.some((s) => s <= 0)) throw new TorchError('RuntimeError', 'non-positive stride is not supported');
  if (groups <= 0) throw new TorchError('RuntimeError', 'non-positive groups is not supported');
  if (w.shape[0] % groups !== 0) {
    throw new TorchError('RuntimeError', `Given groups=${groups}, expected weight to be divisible by ${groups} at dimension 0, but got weight of size [${fmtSize(w.shape)}] instead`);
  }
  const inChannels = transposed ? w.shape[0] : w.shape[1] * groups, outChannels = transposed ? w.shape[1] * groups : w.shape[0];
  const given = transposed ? `Given transposed=1, weight of size ${fmtSize(w.shape)}` : `Given groups=${groups}, weight of size ${fmtSize(w.shape)}`;
  if (x.shape[1] !== inChannels) {
    throw new TorchError('RuntimeError', `${given}, expected input${fmtSize(x.shape)} to have ${inChannels} channels, but got ${x.shape[1]} channels instead`);
  }
  if (b && (b.ndim !== 1 || b.shape[0] !== outChannels)) {
    throw new TorchError('RuntimeError', `Given ${transposed ? 'transposed=1, ' : ''}weight of size ${fmtSize(w.shape)}, expected bias to be 1-dimensional with ${outChannels} elements, but got bias of size ${fmtSize(b.shape)} instead`);
  }
  for (const t of [w, b]) {
    if (t && t.dtype !== x.dtype) throw new TorchError('RuntimeError', `expected scalar type ${scalarTypeName(x.dtype)} but found ${scalarTypeName(t.dtype)}`);
  }
}

const AXES3 = ['depth', 'height', 'width'];
/** Names of the spatial axes in the texts of the transposed kernels' checks (1-d is checked as 2-d there). */
const axesOf = (n: number): string[] => AXES3.slice(n === 3 ? 0 : 1);
/** Values per axis as the transposed kernels print them: 1-d gets a height entry `fill` in front. */
const perAxis = (v: number[], fill: number): number[] => (v.length === 1 ? [fill, v[0]] : v);

/**
 * Integer tensors (no gradient) convolve in float64, exact while the sums stay below 2^53, then convert back: what
 * PyTorch's integer kernel gives while a sum fits in 32 bits (beyond, it wraps where this saturates).
 */
function viaFloat64(x: Tensor, w: Tensor, b: Tensor | null, fn: (x: Tensor, w: Tensor, b: Tensor | null) => Tensor): Tensor {
  const f = (t: Tensor): Tensor => K.cast(t, 'float64');
  return K.cast(fn(f(x), f(w), b && f(b)), x.dtype);
}

/** Batches an unbatched input (one dim fewer) for fn and unbatches its result, with PyTorch's input-rank check. */
function batched(x: Tensor, dims: Dims, name: string, fn: (xb: Tensor) => Tensor): Tensor {
  if (x.ndim !== dims + 1 && x.ndim !== dims + 2) {
    throw new TorchError('RuntimeError', `Expected ${dims + 1}D (unbatched) or ${dims + 2}D (batched) input to ${name}, but got input of size: [${x.shape.join(', ')}]`);
  }
  return x.ndim === dims + 1 ? squeeze(fn(unsqueeze(x, 0)), 0) : fn(x);
}

/**
 * conv1d / conv2d / conv3d (`dims`) with PyTorch's checks and texts; an unbatched input (one dim fewer) is
 * unsqueezed and squeezed back as PyTorch does. stride/dilation have `dims` entries; padding too, or a string.
 */
export function convolution(x: Tensor, w: Tensor, b: Tensor | null, stride: number[], padding: ConvPadding, dilation: number[],
  groups: number, dims: Dims): Tensor {
  const name = `conv${dims}d`;
  return batched(x, dims, name, (xb) => {
    commonChecks(xb, w, b, stride, padding, dilation, groups, false, []);
    if (dilation.some((d) => d <= 0)) {
      throw new TorchError('RuntimeError', dims === 3 ? `dilation should be greater than zero, but got ${fmtSize(dilation)}` : 'non-positive dilation is not supported');
    }
    if (xb.dtype === 'bool' || xb.dtype === 'float16') throw notImplementedFor(dims === 3 ? 'compute_columns3d' : 'slow_conv2d_cpu', xb.dtype);
    if (!isFloating(xb.dtype)) return viaFloat64(xb, w, b, (x64, w64, b64) => convolution(x64, w64, b64, stride, padding, dilation, groups, dims));
    const spatial = xb.shape.slice(2), kernel = w.shape.slice(2);
    const pads = padding === 'valid' ? kernel.map(() => 0) : padding === 'same' ? kernel.map((k, i) => dilation[i] * (k - 1)) : padding.map((p) => 2 * p);
    const padded = spatial.map((s, i) => s + pads[i]), dilated = kernel.map((k, i) => dilation[i] * (k - 1) + 1);
    if (padded.some((p, i) => p < dilated[i])) {
      throw new TorchError('RuntimeError', `Calculated padded input size per channel: (${padded.join(' x ')}). Kernel size: (${dilated.join(' x ')}). Kernel size can't be greater than actual input size`);
    }
    const before = pads.map((p) => Math.floor(p / 2));   // 'same' with an odd total pads one more after (PyTorch's extra right pad)
    const outs = spatial.map((s, i) => convOut(s, kernel[i], stride[i], pads[i], dilation[i]));
    const window = windowOf(kernel, stride, before, dilation, outs);
    const bias = b ?? K.full([w.shape[0]], 0, xb.dtype);
    return apply(CONVOLUTION, [xb, w, bias], { window, groups, hasBias: b !== null, outSpatial: outs });
  });
}

/** conv_transpose1d/2d/3d with PyTorch's checks and texts (those of its slow_conv_transpose kernels' shape checks). */
export function conv_transpose(x: Tensor, w: Tensor, b: Tensor | null, stride: number[], padding: number[], outputPadding: number[],
  groups: number, dilation: number[], dims: Dims): Tensor {
  return batched(x, dims, `conv_transpose${dims}d`, (xb) => {
    commonChecks(xb, w, b, stride, padding, dilation, groups, true, outputPadding);
    const axes = axesOf(dims), n = axes.length;
    const listed = (what: string, v: number[], fill: number, sep: string): string => perAxis(v, fill).map((s, i) => `${what}_${axes[i]}: ${s}`).join(sep);
    if (dilation.some((d) => d <= 0)) throw new TorchError('RuntimeError', `dilation should be greater than zero, but got ${listed('dilation', dilation, 1, ', ')}`);
    const op = perAxis(outputPadding, 0), st = perAxis(stride, 1), dl = perAxis(dilation, 1);
    if (op.some((p, i) => p >= st[i] && p >= dl[i])) {
      throw new TorchError('RuntimeError', `output padding must be smaller than either stride or dilation, but got ${listed('output_padding', outputPadding, 0, ' ')} ${listed('stride', stride, 1, ' ')} ${listed('dilation', dilation, 1, ' ')}`);
    }
    if (xb.dtype === 'bool' || xb.dtype === 'float16' || xb.dtype === 'uint8') {
      throw notImplementedFor(`slow_conv_transpose${dims === 3 ? 3 : 2}d_out_cpu`, xb.dtype);
    }
    if (!isFloating(xb.dtype)) {
      return viaFloat64(xb, w, b, (x64, w64, b64) => conv_transpose(x64, w64, b64, stride, padding, outputPadding, groups, dilation, dims));
    }
    const spatial = xb.shape.slice(2), kernel = w.shape.slice(2);
    const outs = spatial.map((s, i) => (s - 1) * stride[i] - 2 * padding[i] + dilation[i] * (kernel[i] - 1) + outputPadding[i] + 1);
    if (outs.some((o) => o < 1)) {
      throw new TorchError('RuntimeError', `Given input size per channel: (${perAxis(spatial, 1).slice(0, n).join(' x ')}). Calculated output size per channel: (${perAxis(outs, 1).slice(0, n).join(' x ')}). Output size is too small`);
    }
    const window = windowOf(kernel, stride, padding, dilation, spatial);
    const bias = b ?? K.full([w.shape[1] * groups], 0, xb.dtype);
    return apply(CONV_TRANSPOSE, [xb, w, bias], { window, groups, hasBias: b !== null, outSpatial: outs });
  });
}
