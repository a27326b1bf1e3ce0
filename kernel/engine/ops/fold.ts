// F.unfold (im2col: Im2ColBackward0) and F.fold (col2im: Col2ImBackward0), each the other's gradient, over batched
// [N, C, H, W] / [N, C·kh·kw, L] tensors (unbatched inputs are unsqueezed by the caller's op, as ATen does). They
// reuse the convolution's im2col kernel, whose columns are [C·kh·kw, N, L]; these ops put the batch first.
import { isFloating } from '../dtype';
import { TorchError } from '../errors';
import * as K from '../kernels';
import * as KN from '../kernels_nn';
import { Window2d } from '../kernels_nn';
import { contiguousStrides } from '../shape';
import { Tensor } from '../tensor';
import { apply, defineOp, scalarTypeName } from './apply';
import { squeeze, unsqueeze, viewOf } from './views';

const UNFOLD_OP = defineOp({
  name: 'im2col', node: 'Im2ColBackward0', args: ['self'],
  forward: ([x], a) => {
    const cols = KN.im2col(x, a.window as Window2d), [R, N, L] = cols.shape;
    const out = K.copyOf(viewOf(cols, [N, R, L], [L, N * L, 1]));
    return viewOf(out, [N, R, L], contiguousStrides([N, R, L]));
  },
  grads: { self: { saves: [], fn: (g, c) => apply(FOLD_OP, [g], { window: c.attrs.window, size: c.inputs[0].shape.slice(1) }) } },
});
const FOLD_OP = defineOp({
  name: 'col2im', node: 'Col2ImBackward0', args: ['self'],
  forward: ([x], a) => {
    const [N, R, L] = x.shape;
    const cols = K.copyOf(viewOf(x, [R, N, L], [x.strides[1], x.strides[0], x.strides[2]]));
    return KN.col2im(cols, a.size as number[], a.window as Window2d);
  },
  grads: { self: { saves: [], fn: (g, c) => apply(UNFOLD_OP, [g], { window: c.attrs.window }) } },
});

const pair = (v: number[]): string => `(${v.join(', ')})`;
function windowOf(k: number[], d: number[], p: number[], s: number[], out: number[]): Window2d {
  return { kh: k[0], kw: k[1], sh: s[0], sw: s[1], ph: p[0], pw: p[1], dh: d[0], dw: d[1], Ho: out[0], Wo: out[1] };
}
/** The number of sliding blocks per spatial dim, with ATen's check. */
function blocks(size: number[], k: number[], d: number[], p: number[], s: number[], fold: boolean): number[] {
  const out = size.map((n, i) => Math.floor((n + 2 * p[i] - (d[i] * (k[i] - 1) + 1)) / s[i]) + 1);
  if (out.some((o) => o < 1)) {
    // (im2col's text shows the input's height twice, as PyTorch 1.13's does)
    const given = fold ? `output_size=${pair(size)}` : `input with spatial size ${pair([size[0], size[0]])}`;
    throw new TorchError('RuntimeError', `Given ${given}, kernel_size=${pair(k)}, dilation=${pair(d)}, padding=${pair(p)}, ${fold ? `stride=${pair(s)}, ` : ''}calculated shape of the array of sliding blocks as ${pair(out)}, but its components must be at least one.`);
  }
  return out;
}
function argChecks(k: number[], d: number[], p: number[], s: number[]): void {
  for (const [v, n] of [[k, 'kernel_size'], [d, 'dilation'], [p, 'padding'], [s, 'stride']] as const) {
    if (v.length !== 2) throw new TorchError('RuntimeError', `It is expected ${n} equals to 2, but got size ${v.length}`);
  }
}

export function unfold_im2col(x: Tensor, k: number[], d: number[], p: number[], s: number[]): Tensor {
  argChecks(k, d, p, s);
  if (x.ndim !== 3 && x.ndim !== 4) {
    throw new TorchError('RuntimeError', `Expected 3D or 4D (batch mode) tensor with possibly 0 batch size and other non-zero dimensions for input, but got: [${x.shape.join(', ')}]`);
  }
  if (x.ndim === 3) return squeeze(unfold_im2col(unsqueeze(x, 0), k, d, p, s), 0);
  const out = blocks(x.shape.slice(2), k, d, p, s, false);
  if (!isFloating(x.dtype)) throw new TorchError('NotImplementedError', `tnb: F.unfold supports float32 and float64 tensors, not ${scalarTypeName(x.dtype)}`);
  return apply(UNFOLD_OP, [x], { window: windowOf(k, d, p, s, out) });
}

export function fold_col2im(x: Tensor, size: number[], k: number[], d: number[], p: number[], s: number[]): Tensor {
  if (size.length !== 2) throw new TorchError('RuntimeError', `It is expected output_size equals to 2, but got size ${size.length}`);
  argChecks(k, d, p, s);
  if (x.ndim !== 2 && x.ndim !== 3) {
    throw new TorchError('RuntimeError', `Expected 2D or 3D (batch mode) tensor for input with possibly 0 batch size and non-zero dimensions for input, but got: [${x.shape.join(', ')}]`);
  }
  if (x.ndim === 2) return squeeze(fold_col2im(unsqueeze(x, 0), size, k, d, p, s), 0);
  const kk = k[0] * k[1];
  if (x.shape[1] % kk !== 0) {
    throw new TorchError('RuntimeError', `Expected size of input's dimension 1 to be divisible by the product of kernel_size, but got input.size(1)=${x.shape[1]} and kernel_size=${pair(k)}.`);
  }
  const out = blocks(size, k, d, p, s, true);
  if (out[0] * out[1] !== x.shape[2]) {
    throw new TorchError('RuntimeError', `Given output_size=${pair(size)}, kernel_size=${pair(k)}, dilation=${pair(d)}, padding=${pair(p)}, stride=${pair(s)}, expected size of input's dimension 2 to match the calculated number of sliding blocks ${out[0]} * ${out[1]} = ${out[0] * out[1]}, but got input.size(2)=${x.shape[2]}.`);
  }
  if (!isFloating(x.dtype)) throw new TorchError('NotImplementedError', `tnb: F.fold supports float32 and float64 tensors, not ${scalarTypeName(x.dtype)}`);
  return apply(FOLD_OP, [x], { window: windowOf(k, d, p, s, out), size: [x.shape[1] / kk, ...size] });
}
