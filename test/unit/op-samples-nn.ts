// Samples of the neural-network layer ops (convolution, im2col/col2im, pooling, layer/batch norm, embedding) for the
// generic op test, with float64 references written as plain loops. Registered by op-samples.ts (which passes its
// helpers in, so that this module does not import it back at load time).
import * as torch from '../../kernel/engine';
import type { DType, Tensor } from '../../kernel/engine';
import type { Arr, InputSpec, OpSample } from './op-samples';

export interface NnHelpers {
  add: (key: string, desc: string, inputs: InputSpec[], run: OpSample['run'], ref: OpSample['ref']) => void;
  inp: (shape: number[], lo?: number, hi?: number) => InputSpec;
  leaf: (values: number[], shape: number[], dt: DType) => Tensor;
  gradOf: (out: Tensor, input: Tensor, gout: Tensor) => Tensor;
  vals: (n: number, seed: number, lo?: number, hi?: number) => number[];
}

const numel = (s: readonly number[]): number => s.reduce((a, b) => a * b, 1);
const zeros = (shape: number[]): Arr => ({ shape, data: new Array(numel(shape)).fill(0) });
const at4 = (a: Arr, n: number, c: number, h: number, w: number): number => a.data[((n * a.shape[1] + c) * a.shape[2] + h) * a.shape[3] + w];
const as4 = (a: Arr): Arr => (a.shape.length === 4 ? a : { shape: [a.shape[0], a.shape[1], 1, a.shape[2]], data: a.data });
const drop2 = (a: Arr): Arr => ({ shape: [a.shape[0], a.shape[1], a.shape[3]], data: a.data });

interface ConvGeom { s: number[]; pb: number[]; d: number[]; out: number[]; groups: number }
/** Direct convolution: out[n, o, y, x] = b[o] + Σ in[n, g·Cig + c, y·s - pb + i·d, ...] · w[o, c, i, j]. */
function convRef(x0: Arr, w0: Arr, b: Arr | null, g: ConvGeom): Arr {
  const x = as4(x0), w = as4(w0);
  const [N, , H, W] = x.shape, [Co, Cig, kh, kw] = w.shape, Cog = Co / g.groups;
  const [Ho, Wo] = g.out;
  const out = zeros([N, Co, Ho, Wo]);
  let k = 0;
  for (let n = 0; n < N; n++) for (let o = 0; o < Co; o++) for (let y = 0; y < Ho; y++) for (let xx = 0; xx < Wo; xx++) {
    let acc = b ? b.data[o] : 0;
    const grp = Math.floor(o / Cog);
    for (let c = 0; c < Cig; c++) for (let i = 0; i < kh; i++) for (let j = 0; j < kw; j++) {
      const ih = y * g.s[0] - g.pb[0] + i * g.d[0], iw = xx * g.s[1] - g.pb[1] + j * g.d[1];
      if (ih >= 0 && ih < H && iw >= 0 && iw < W) acc += at4(x, n, grp * Cig + c, ih, iw) * at4(w, o, c, i, j);
    }
    out.data[k++] = acc;
  }
  return x0.shape.length === 4 ? out : drop2(out);
}
const outSize = (n: number, k: number, s: number, p: number, d: number, ceil = false): number => {
  let o = Math.floor((n + 2 * p - d * (k - 1) - 1 + (ceil ? s - 1 : 0)) / s) + 1;
  if (ceil && (o - 1) * s >= n + p) o--;
  return o;
};

/** Pooling reference: f gets the window's in-bounds values (and its padded size) for each output. */
function poolRef(x: Arr, k: number[], s: number[], p: number[], d: number[], ceil: boolean,
  f: (v: number[], padded: number) => number): Arr {
  const [N, C, H, W] = x.shape;
  const Ho = outSize(H, k[0], s[0], p[0], d[0], ceil), Wo = outSize(W, k[1], s[1], p[1], d[1], ceil);
  const out = zeros([N, C, Ho, Wo]);
  let q = 0;
  for (let n = 0; n < N; n++) for (let c = 0; c < C; c++) for (let y = 0; y < Ho; y++) for (let xx = 0; xx < Wo; xx++) {
    const v: number[] = [];
    const h0 = y * s[0] - p[0], w0 = xx * s[1] - p[1];
    const padded = (Math.min(h0 + k[0], H + p[0]) - h0) * (Math.min(w0 + k[1], W + p[1]) - w0);
    for (let i = 0; i < k[0]; i++) for (let j = 0; j < k[1]; j++) {
      const ih = h0 + i * d[0], iw = w0 + j * d[1];
      if (ih >= 0 && ih < H && iw >= 0 && iw < W) v.push(at4(x, n, c, ih, iw));
    }
    out.data[q++] = f(v, padded);
  }
  return out;
}
const meanOf = (v: number[]): number => v.reduce((a, b) => a + b, 0) / v.length;
function adaptiveRef(x: Arr, Ho: number, Wo: number): Arr {
  const [N, C, H, W] = x.shape;
  const out = zeros([N, C, Ho, Wo]);
  let q = 0;
  for (let n = 0; n < N; n++) for (let c = 0; c < C; c++) for (let y = 0; y < Ho; y++) for (let xx = 0; xx < Wo; xx++) {
    const v: number[] = [];
    for (let ih = Math.floor(y * H / Ho); ih < Math.ceil((y + 1) * H / Ho); ih++) {
      for (let iw = Math.floor(xx * W / Wo); iw < Math.ceil((xx + 1) * W / Wo); iw++) v.push(at4(x, n, c, ih, iw));
    }
    out.data[q++] = meanOf(v);
  }
  return out;
}
/** Normalises the groups of elements sharing key(i) (biased variance), then scales by wOf(i) and shifts by bOf(i). */
function normRef(x: Arr, key: (i: number) => number, eps: number, wOf: (i: number) => number, bOf: (i: number) => number,
  stats?: { mean: number[]; var: number[] }): Arr {
  const groups = new Map<number, number[]>();
  x.data.forEach((v, i) => { const k = key(i); groups.set(k, [...(groups.get(k) ?? []), v]); });
  const mv = new Map<number, [number, number]>();
  for (const [k, v] of groups) {
    const m = stats ? stats.mean[k] : meanOf(v);
    mv.set(k, [m, stats ? stats.var[k] : meanOf(v.map((t) => (t - m) ** 2))]);
  }
  return { shape: x.shape, data: x.data.map((v, i) => { const [m, s2] = mv.get(key(i)) as [number, number]; return (v - m) / Math.sqrt(s2 + eps) * wOf(i) + bOf(i); }) };
}

export function registerNnSamples(h: NnHelpers): void {
  const { add, inp, leaf, gradOf } = h;
  // --- convolution ---------------------------------------------------------------------------------------------------
  const conv2 = (desc: string, xs: number[], ws: number[], bias: boolean, s: number[], p: number[] | 'same', d: number[], groups: number): void => {
    const pads = p === 'same' ? ws.slice(2).map((k, i) => d[i] * (k - 1)) : p.map((v) => 2 * v);
    const out = xs.slice(2).map((n, i) => Math.floor((n + pads[i] - d[i] * (ws[2 + i] - 1) - 1) / s[i]) + 1);
    const geom = { s, d, groups, pb: pads.map((v) => Math.floor(v / 2)), out };
    add('ConvolutionBackward0', `conv2d ${desc}`, [inp(xs), inp(ws), ...(bias ? [inp([ws[0]])] : [])],
      ([x, w, b]) => torch.convolution(x, w, b ?? null, s, p, d, groups, 2), ([x, w, b]) => convRef(x, w, b ?? null, geom));
  };
  conv2('3x3, bias', [2, 3, 5, 5], [4, 3, 3, 3], true, [1, 1], [0, 0], [1, 1], 1);
  conv2('stride 2, padding 1, no bias', [2, 2, 6, 5], [3, 2, 3, 2], false, [2, 2], [1, 1], [1, 1], 1);
  conv2('stride (1, 2), padding (2, 0), dilation 2', [1, 2, 7, 7], [2, 2, 3, 3], true, [1, 2], [2, 0], [2, 2], 1);
  conv2('groups 2', [2, 4, 4, 4], [6, 2, 2, 2], true, [1, 1], [1, 1], [1, 1], 2);
  conv2("padding 'same' with an even kernel", [1, 2, 5, 4], [2, 2, 2, 3], true, [1, 1], 'same', [1, 1], 1);
  add('ConvolutionBackward0', 'conv1d stride 2, padding 1, bias', [inp([2, 3, 7]), inp([4, 3, 3]), inp([4])],
    ([x, w, b]) => torch.convolution(x, w, b, [2], [1], [1], 1, 1),
    ([x, w, b]) => convRef(x, w, b, { s: [1, 2], pb: [0, 1], d: [1, 1], out: [1, 4], groups: 1 }));
  add('ConvolutionBackward0', 'conv1d dilation 2, groups 3, no bias', [inp([1, 3, 8]), inp([3, 1, 2])],
    ([x, w]) => torch.convolution(x, w, null, [1], [0], [2], 3, 1),
    ([x, w]) => convRef(x, w, null, { s: [1, 1], pb: [0, 0], d: [1, 2], out: [1, 6], groups: 3 }));
  // --- im2col / col2im ([C·kh·kw, N, L] columns; the convolution's backward uses them; each is the other's backward)
  const win = { kh: 2, kw: 3, sh: 1, sw: 2, ph: 1, pw: 0, dh: 1, dw: 1, Ho: 6, Wo: 2 };
  const im2colRef = (x: Arr): Arr => {
    const [N, C, H, W] = x.shape, L = win.Ho * win.Wo, out = zeros([C * win.kh * win.kw, N, L]);
    for (let n = 0; n < N; n++) for (let c = 0; c < C; c++) for (let i = 0; i < win.kh; i++) for (let j = 0; j < win.kw; j++) {
      for (let y = 0; y < win.Ho; y++) for (let xx = 0; xx < win.Wo; xx++) {
        const ih = y * win.sh - win.ph + i * win.dh, iw = xx * win.sw - win.pw + j * win.dw;
        const row = (c * win.kh + i) * win.kw + j;
        out.data[(row * N + n) * L + y * win.Wo + xx] = ih >= 0 && ih < H && iw >= 0 && iw < W ? at4(x, n, c, ih, iw) : 0;
      }
    }
    return out;
  };
  add('Im2ColBackward0', 'im2col kernel (2, 3), stride (1, 2), padding (1, 0)', [inp([2, 2, 5, 6])], ([x]) => torch.im2col(x, win), ([x]) => im2colRef(x));
  add('Col2ImBackward0', 'col2im, the adjoint of the im2col above', [inp([12, 2, 12])], ([c]) => torch.col2im(c, [2, 5, 6], win), ([c]) => {
    // <col2im(c), e_k> = <c, im2col(e_k)>: sum the column entries that read each input position.
    const out = zeros([2, 2, 5, 6]);
    for (let k = 0; k < out.data.length; k++) {
      const e = zeros([2, 2, 5, 6]); e.data[k] = 1;
      out.data[k] = im2colRef(e).data.reduce((a, v, i) => a + v * c.data[i], 0);
    }
    return out;
  });
  // --- pooling ----------------------------------------------------------------------------------------------------------
  const maxOf = (v: number[]): number => Math.max(...v);
  add('MaxPool2DWithIndicesBackward0', 'max_pool2d 2x2', [inp([2, 3, 4, 6])], ([x]) => torch.max_pool2d(x, [2, 2], [2, 2], [0, 0], [1, 1]),
    ([x]) => poolRef(x, [2, 2], [2, 2], [0, 0], [1, 1], false, maxOf));
  add('MaxPool2DWithIndicesBackward0', 'max_pool2d 3x2, stride (2, 1), padding (1, 1), ceil_mode', [inp([1, 2, 6, 5])],
    ([x]) => torch.max_pool2d(x, [3, 2], [2, 1], [1, 1], [1, 1], true), ([x]) => poolRef(x, [3, 2], [2, 1], [1, 1], [1, 1], true, maxOf));
  add('MaxPool2DWithIndicesBackward0', 'max_pool2d 2x2 dilation 2, unbatched', [inp([2, 5, 5])], ([x]) => torch.max_pool2d(x, [2, 2], [1, 1], [0, 0], [2, 2]),
    ([x]) => { const r = poolRef({ shape: [1, ...x.shape], data: x.data }, [2, 2], [1, 1], [0, 0], [2, 2], false, maxOf); return { shape: r.shape.slice(1), data: r.data }; });
  const avg = (countPad: boolean, divisor: number | null) => (v: number[], padded: number): number =>
    v.reduce((a, b) => a + b, 0) / (divisor ?? (countPad ? padded : v.length));
  add('AvgPool2DBackward0', 'avg_pool2d 2x2', [inp([2, 2, 4, 4])], ([x]) => torch.avg_pool2d(x, [2, 2], [2, 2], [0, 0]),
    ([x]) => poolRef(x, [2, 2], [2, 2], [0, 0], [1, 1], false, avg(true, null)));
  add('AvgPool2DBackward0', 'avg_pool2d 3x3, stride 2, padding 1, ceil_mode, count_include_pad=False', [inp([1, 2, 6, 5])],
    ([x]) => torch.avg_pool2d(x, [3, 3], [2, 2], [1, 1], true, false), ([x]) => poolRef(x, [3, 3], [2, 2], [1, 1], [1, 1], true, avg(false, null)));
  add('AvgPool2DBackward0', 'avg_pool2d 2x3, padding (1, 1), ceil_mode, count_include_pad', [inp([1, 1, 5, 5])],
    ([x]) => torch.avg_pool2d(x, [2, 3], [2, 2], [1, 1], true, true), ([x]) => poolRef(x, [2, 3], [2, 2], [1, 1], [1, 1], true, avg(true, null)));
  add('AvgPool2DBackward0', 'avg_pool2d divisor_override=3', [inp([1, 2, 4, 4])], ([x]) => torch.avg_pool2d(x, [2, 2], [1, 1], [0, 0], false, true, 3),
    ([x]) => poolRef(x, [2, 2], [1, 1], [0, 0], [1, 1], false, avg(true, 3)));
  // a 1x1 output of a channels_last input: the mean, restrided in place to channels_last (AsStridedBackward1)
  add('AsStridedBackward1', 'adaptive_avg_pool2d 1x1 of a channels_last [2, 3, 2, 2]', [inp([2, 3, 2, 2])],
    ([x]) => torch.adaptive_avg_pool2d(torch.contiguous(x, 'channels_last'), [1, 1]),
    ([x]) => ({ shape: [2, 3, 1, 1], data: Array.from({ length: 6 }, (_, k) => x.data.slice(k * 4, k * 4 + 4).reduce((p, v) => p + v, 0) / 4) }));
  add('AdaptiveAvgPool2DBackward0', 'adaptive_avg_pool2d 5x7 → 3x4', [inp([2, 2, 5, 7])], ([x]) => torch.adaptive_avg_pool2d(x, [3, 4]), ([x]) => adaptiveRef(x, 3, 4));
  add('AdaptiveAvgPool2DBackward0', 'adaptive_avg_pool2d 4x4 → 2x4 (unbatched)', [inp([3, 4, 4])], ([x]) => torch.adaptive_avg_pool2d(x, [2, 4]),
    ([x]) => { const r = adaptiveRef({ shape: [1, ...x.shape], data: x.data }, 2, 4); return { shape: r.shape.slice(1), data: r.data }; });
  // The backward ops, reached by backward with a differentiable grad_output u (their outputs are linear in u).
  const X = h.vals(2 * 16, 77);
  const x4 = (dt: DType): Tensor => leaf(X, [1, 2, 4, 4], dt);
  /** The adjoint of a linear pooling f at u: out[k] = <f(e_k), u>. */
  const adjoint = (f: (e: Arr) => Arr, u: Arr): Arr => {
    const out = zeros([1, 2, 4, 4]);
    for (let k = 0; k < out.data.length; k++) { const e = zeros([1, 2, 4, 4]); e.data[k] = 1; out.data[k] = f(e).data.reduce((acc, v, i) => acc + v * u.data[i], 0); }
    return out;
  };
  add('MaxPool2DWithIndicesBackwardBackward0', 'backward of max_pool2d 2x2 stride 1', [inp([1, 2, 3, 3])],
    ([u], dt) => { const x = x4(dt); return gradOf(torch.max_pool2d(x, [2, 2], [1, 1], [0, 0], [1, 1]), x, u); }, ([u]) => maxPoolBackRef(X, u));
  add('AvgPool2DBackwardBackward0', 'backward of avg_pool2d 3x3 stride 2 padding 1', [inp([1, 2, 2, 2])],
    ([u], dt) => { const x = x4(dt); return gradOf(torch.avg_pool2d(x, [3, 3], [2, 2], [1, 1], false, false), x, u); },
    ([u]) => adjoint((e) => poolRef(e, [3, 3], [2, 2], [1, 1], [1, 1], false, avg(false, null)), u));
  add('AdaptiveAvgPool2DBackwardBackward0', 'backward of adaptive_avg_pool2d → 3x3', [inp([1, 2, 3, 3])],
    ([u], dt) => { const x = x4(dt); return gradOf(torch.adaptive_avg_pool2d(x, [3, 3]), x, u); }, ([u]) => adjoint((e) => adaptiveRef(e, 3, 3), u));
  registerNormSamples(h);
}

/** The backward of max pooling 2x2 stride 1 over X [1, 2, 4, 4]: u added at each window's argmax. */
function maxPoolBackRef(X: number[], u: Arr): Arr {
  const out = zeros([1, 2, 4, 4]);
  for (let c = 0; c < 2; c++) for (let y = 0; y < 3; y++) for (let x = 0; x < 3; x++) {
    let best = -1, bv = -Infinity;
    for (let i = 0; i < 2; i++) for (let j = 0; j < 2; j++) { const k = c * 16 + (y + i) * 4 + x + j; if (X[k] > bv) { bv = X[k]; best = k; } }
    out.data[best] += u.data[c * 9 + y * 3 + x];
  }
  return out;
}

function registerNormSamples(h: NnHelpers): void {
  const { add, inp, leaf, gradOf } = h;
  add('NativeLayerNormBackward0', 'layer_norm over the last dim, weight and bias', [inp([2, 3, 4]), inp([4]), inp([4])],
    ([x, w, b]) => torch.layer_norm(x, [4], w, b, 1e-5), ([x, w, b]) => normRef(x, (i) => Math.floor(i / 4), 1e-5, (i) => w.data[i % 4], (i) => b.data[i % 4]));
  add('NativeLayerNormBackward0', 'layer_norm over the last two dims, no affine, eps 0.1', [inp([3, 2, 3])],
    ([x]) => torch.layer_norm(x, [2, 3], null, null, 0.1), ([x]) => normRef(x, (i) => Math.floor(i / 6), 0.1, () => 1, () => 0));
  const chan = (shape: number[]) => (i: number): number => Math.floor(i / numel(shape.slice(2))) % shape[1];
  for (const shape of [[4, 3], [2, 3, 4], [2, 2, 3, 3]]) {
    add('NativeBatchNormBackward0', `batch_norm training on [${shape}]`, [inp(shape), inp([shape[1]]), inp([shape[1]])],
      ([x, w, b]) => torch.batch_norm(x, null, null, w, b, true, 0.1, 1e-5),
      ([x, w, b]) => normRef(x, chan(shape), 1e-5, (i) => w.data[chan(shape)(i)], (i) => b.data[chan(shape)(i)]));
  }
  const RM = [0.5, -0.2, 0.1], RV = [1.5, 0.7, 2.2];
  add('NativeBatchNormBackward0', 'batch_norm evaluation with running stats', [inp([2, 3, 4]), inp([3]), inp([3])],
    ([x, w, b], dt) => torch.batch_norm(x, torch.tensor(RM, { dtype: dt }), torch.tensor(RV, { dtype: dt }), w, b, false, 0.1, 1e-5),
    ([x, w, b]) => normRef(x, chan([2, 3, 4]), 1e-5, (i) => w.data[chan([2, 3, 4])(i)], (i) => b.data[chan([2, 3, 4])(i)], { mean: RM, var: RV }));
  add('NativeBatchNormBackward0', 'batch_norm evaluation without affine', [inp([2, 3])],
    ([x], dt) => torch.batch_norm(x, torch.tensor(RM, { dtype: dt }), torch.tensor(RV, { dtype: dt }), null, null, false, 0.1, 1e-3),
    ([x]) => normRef(x, (i) => i % 3, 1e-3, () => 1, () => 0, { mean: RM, var: RV }));
  // embedding and its backward
  const IDX = [[1, 3, 1], [0, 4, 3]];
  const idxT = (): Tensor => torch.tensor(IDX, { dtype: 'int64' });
  const rows = (w: Arr, flat: number[], D: number): Arr => ({ shape: [2, 3, D], data: flat.flatMap((r) => w.data.slice(r * D, r * D + D)) });
  add('EmbeddingBackward0', 'embedding [2, 3] indices into [5, 2]', [inp([5, 2])], ([w]) => torch.embedding(idxT(), w), ([w]) => rows(w, IDX.flat(), 2));
  // padding_idx and scale_grad_by_freq change the gradient (not a true derivative), so they are checked here.
  add('EmbeddingDenseBackwardBackward0', 'backward of embedding with padding_idx=3 and scale_grad_by_freq', [inp([2, 3, 2])], ([u], dt) => {
    const w = leaf(h.vals(10, 3), [5, 2], dt);
    return gradOf(torch.embedding(idxT(), w, 3, true), w, u);
  }, ([u]) => {
    const flat = IDX.flat(), out = zeros([5, 2]);
    flat.forEach((r, k) => { if (r !== 3) for (let j = 0; j < 2; j++) out.data[r * 2 + j] += u.data[k * 2 + j] / flat.filter((v) => v === r).length; });
    return out;
  });
  // pack_padded_sequence and its backward (the rows of the padded input in packed order, time step by time step)
  const packRows = (T: number, B: number, lengths: number[], batchFirst: boolean): number[] => {
    const rows: number[] = [];
    for (let t = 0; t < T; t++) for (let b = 0; b < B; b++) if (t < lengths[b]) rows.push(batchFirst ? b * T + t : t * B + b);
    return rows;
  };
  const packRef = (x: Arr, rows: number[], D: number): Arr => ({ shape: [rows.length, D], data: rows.flatMap((r) => x.data.slice(r * D, r * D + D)) });
  add('PackPaddedSequenceBackward0', 'pack_padded_sequence of [4, 3, 2] with lengths [4, 2, 1]', [inp([4, 3, 2])],
    ([x]) => torch.packPaddedSequence(x, [4, 2, 1], false)[0], ([x]) => packRef(x, packRows(4, 3, [4, 2, 1], false), 2));
  add('PackPaddedSequenceBackward0', 'pack_padded_sequence batch_first of [3, 4, 2] with lengths [3, 3, 1]', [inp([3, 4, 2])],
    ([x]) => torch.packPaddedSequence(x, [3, 3, 1], true)[0], ([x]) => packRef(x, packRows(4, 3, [3, 3, 1], true), 2));
  add('CopySlices', 'backward of pack_padded_sequence ([4, 3, 2], lengths [3, 2, 2])', [inp([7, 2])], ([u], dt) => {
    const x = leaf(h.vals(24, 5), [4, 3, 2], dt);
    return gradOf(torch.packPaddedSequence(x, [3, 2, 2], false)[0], x, u);
  }, ([u]) => {
    const out = zeros([4, 3, 2]);
    packRows(4, 3, [3, 2, 2], false).forEach((r, k) => { for (let j = 0; j < 2; j++) out.data[r * 2 + j] = u.data[k * 2 + j]; });
    return out;
  });
}
