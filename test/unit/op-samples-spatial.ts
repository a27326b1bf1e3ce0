// Samples of the spatial layer ops (transposed and 3-d convolution, interpolation, group norm, padding modes, 3-d and
// adaptive pooling, ...) for the generic op test, with float64 references written as plain loops over N-d positions.
// Registered by op-samples.ts, which passes its helpers in.
import * as torch from '../../kernel/engine';
import type { DType, Tensor } from '../../kernel/engine';
import type { Arr, InputSpec, OpSample } from './op-samples';

export interface SpatialHelpers {
  add: (key: string, desc: string, inputs: InputSpec[], run: OpSample['run'], ref: OpSample['ref']) => void;
  inp: (shape: number[], lo?: number, hi?: number) => InputSpec;
  leaf: (values: number[], shape: number[], dt: DType) => Tensor;
  gradOf: (out: Tensor, input: Tensor, gout: Tensor) => Tensor;
  vals: (n: number, seed: number, lo?: number, hi?: number) => number[];
}

const numel = (s: readonly number[]): number => s.reduce((a, b) => a * b, 1);
const zeros = (shape: number[]): Arr => ({ shape, data: new Array(numel(shape)).fill(0) });
/** Every index tuple of a shape, in row-major order. */
function* positions(shape: readonly number[]): Generator<number[]> {
  const n = numel(shape), idx = new Array(shape.length).fill(0);
  for (let k = 0; k < n; k++) {
    yield [...idx];
    for (let d = shape.length - 1; d >= 0; d--) { if (++idx[d] < shape[d]) break; idx[d] = 0; }
  }
}
const flat = (shape: readonly number[], idx: readonly number[]): number => idx.reduce((a, v, d) => a * shape[d] + v, 0);

interface ConvGeom { stride: number[]; pad: number[]; dil: number[]; groups: number }
/**
 * Direct N-d convolution: out[n, o, y] = b[o] + Σ in[n, g·Cig + c, y·s - p + k·d] · w[o, c, k]; with transposed,
 * the scatter it is the adjoint of: out[n, g·Cog + o, q·s - p + k·d] += in[n, g·Cig + c, q] · w[g·Cig + c, o, k].
 */
function convRef(x: Arr, w: Arr, b: Arr | null, g: ConvGeom, transposed: boolean, outSpatial: number[]): Arr {
  const [N, Ci] = x.shape, ks = w.shape.slice(2), sp = x.shape.slice(2);
  const Co = transposed ? w.shape[1] * g.groups : w.shape[0];
  const out = zeros([N, Co, ...outSpatial]);
  const Cig = Ci / g.groups, Cog = Co / g.groups;
  for (const [n, o, ...y] of positions([N, Co, ...outSpatial])) out.data[flat(out.shape, [n, o, ...y])] = b ? b.data[o] : 0;
  if (!transposed) {
    for (const [n, o, ...y] of positions([N, Co, ...outSpatial])) {
      const grp = Math.floor(o / Cog);
      for (const [c, ...k] of positions([Cig, ...ks])) {
        const at = y.map((v, i) => v * g.stride[i] - g.pad[i] + k[i] * g.dil[i]);
        if (at.every((v, i) => v >= 0 && v < sp[i])) {
          out.data[flat(out.shape, [n, o, ...y])] += x.data[flat(x.shape, [n, grp * Cig + c, ...at])] * w.data[flat(w.shape, [o, c, ...k])];
        }
      }
    }
    return out;
  }
  for (const [n, ci, ...q] of positions(x.shape)) {
    const grp = Math.floor(ci / Cig);
    for (const [o, ...k] of positions([Cog, ...ks])) {
      const at = q.map((v, i) => v * g.stride[i] - g.pad[i] + k[i] * g.dil[i]);
      if (at.every((v, i) => v >= 0 && v < outSpatial[i])) {
        out.data[flat(out.shape, [n, grp * Cog + o, ...at])] += x.data[flat(x.shape, [n, ci, ...q])] * w.data[flat(w.shape, [ci, o, ...k])];
      }
    }
  }
  return out;
}

/**
 * Interpolation along one axis as a matrix [out, in] (the float64 formulas of ATen's upsample kernels: PyTorch's
 * source index, linear lambdas, Keys' cubic weights with A = -0.75 and clamped taps).
 */
function interpMatrix(mode: torch.InterpMode, align: boolean, n: number, m: number, scale: number | null): number[][] {
  const M = Array.from({ length: m }, () => new Array(n).fill(0));
  const ratio = !align ? (scale !== null ? 1 / scale : n / m) : m > 1 ? (n - 1) / (m - 1) : 0;
  for (let o = 0; o < m; o++) {
    if (mode === 'nearest' || mode === 'nearest-exact') {
      const s = Math.fround(scale !== null ? 1 / scale : n / m);
      M[o][Math.min(Math.floor(Math.fround((mode === 'nearest' ? o : o + 0.5) * s)), n - 1)] = 1;
      continue;
    }
    const real = align ? ratio * o : ratio * (o + 0.5) - 0.5;
    if (mode === 'linear') {
      if (n === m) { M[o][o] = 1; continue; }
      const src = Math.max(real, 0), i0 = Math.floor(src), l = src - i0;
      M[o][i0] += 1 - l; M[o][Math.min(i0 + 1, n - 1)] += l;
      continue;
    }
    const i0 = Math.floor(real), t = real - i0, A = -0.75;
    const k1 = (x: number): number => ((A + 2) * x - (A + 3)) * x * x + 1, k2 = (x: number): number => ((A * x - 5 * A) * x + 8 * A) * x - 4 * A;
    [k2(t + 1), k1(t), k1(1 - t), k2(2 - t)].forEach((w, j) => { M[o][Math.max(Math.min(i0 - 1 + j, n - 1), 0)] += w; });
  }
  return M;
}
/** Applies one matrix per spatial axis of x [N, C, *spatial] (transposed: its adjoint). */
function interpRef(x: Arr, mats: number[][][], transposed: boolean): Arr {
  let cur = x;
  mats.forEach((M0, ax) => {
    const M = transposed ? M0[0].map((_, j) => M0.map((row) => row[j])) : M0;
    const d = 2 + ax, shape = [...cur.shape];
    shape[d] = M.length;
    const out = zeros(shape);
    for (const idx of positions(shape)) {
      let acc = 0;
      for (let i = 0; i < M[0].length; i++) { const src = [...idx]; src[d] = i; acc += M[idx[d]][i] * cur.data[flat(cur.shape, src)]; }
      out.data[flat(shape, idx)] = acc;
    }
    cur = out;
  });
  return cur;
}

export function registerSpatialSamples(h: SpatialHelpers): void {
  const { add, inp, leaf, gradOf, vals } = h;
  // --- transposed and 3-d convolution ----------------------------------------------------------------------------------
  const convT = (desc: string, xs: number[], ws: number[], bias: boolean, stride: number[], pad: number[], outPad: number[], dil: number[], groups: number): void => {
    const outs = xs.slice(2).map((s, i) => (s - 1) * stride[i] - 2 * pad[i] + dil[i] * (ws[2 + i] - 1) + outPad[i] + 1);
    add('ConvolutionBackward0', `conv_transpose${xs.length - 2}d ${desc}`, [inp(xs), inp(ws), ...(bias ? [inp([ws[1] * groups])] : [])],
      ([x, w, b]) => torch.conv_transpose(x, w, b ?? null, stride, pad, outPad, groups, dil, (xs.length - 2) as 1 | 2 | 3),
      ([x, w, b]) => convRef(x, w, b ?? null, { stride, pad, dil, groups }, true, outs));
  };
  convT('stride 2, padding 1, output_padding 1, bias', [2, 3, 3, 3], [3, 2, 3, 3], true, [2, 2], [1, 1], [1, 1], [1, 1], 1);
  convT('groups 2, dilation (2, 1), no bias', [1, 4, 3, 2], [4, 3, 2, 2], false, [1, 2], [0, 1], [0, 1], [2, 1], 2);
  convT('stride 3', [2, 2, 4], [2, 3, 2], true, [3], [0], [2], [1], 1);
  convT('3-d stride (1, 2, 1), padding (0, 0, 1)', [1, 2, 2, 2, 3], [2, 2, 2, 2, 2], true, [1, 2, 1], [0, 0, 1], [0, 1, 0], [1, 1, 1], 1);
  const conv3 = (desc: string, xs: number[], ws: number[], stride: number[], pad: number[], dil: number[], groups: number): void => {
    const outs = xs.slice(2).map((s, i) => Math.floor((s + 2 * pad[i] - dil[i] * (ws[2 + i] - 1) - 1) / stride[i]) + 1);
    add('ConvolutionBackward0', `conv3d ${desc}`, [inp(xs), inp(ws), inp([ws[0]])],
      ([x, w, b]) => torch.convolution(x, w, b, stride, pad, dil, groups, 3),
      ([x, w, b]) => convRef(x, w, b, { stride, pad, dil, groups }, false, outs));
  };
  conv3('2x2x2, stride (1, 2, 1), padding (1, 0, 1)', [2, 2, 3, 4, 3], [3, 2, 2, 2, 2], [1, 2, 1], [1, 0, 1], [1, 1, 1], 1);
  conv3('groups 2, dilation 2', [1, 4, 5, 3, 4], [2, 2, 2, 1, 2], [1, 1, 1], [0, 0, 0], [2, 1, 2], 2);
  // --- interpolation (forward and the backward op, each the other's adjoint) ---------------------------------------
  const NAMES: Record<string, string> = { nearest: 'Nearest', 'nearest-exact': 'NearestExact', cubic: 'Bicubic' };
  const interp = (mode: torch.InterpMode, inSp: number[], outSize: number[] | null, scales: number[] | null, align: boolean): void => {
    const dims = inSp.length, out = outSize ?? inSp.map((s, i) => Math.floor(s * (scales as number[])[i]));
    const node = `Upsample${mode === 'linear' ? ['Linear', 'Bilinear', 'Trilinear'][dims - 1] : NAMES[mode]}${dims}D`;
    const mats = inSp.map((s, i) => interpMatrix(mode, align, s, out[i], scales ? scales[i] : null));
    const desc = `${mode} ${inSp.join('x')} → ${out.join('x')}${scales ? ' (scale factors)' : ''}${align ? ', align_corners' : ''}`;
    const xShape = [2, 1, ...inSp], gShape = [2, 1, ...out];
    add(`${node}Backward1`, desc, [inp(xShape)], ([x]) => torch.upsample(x, mode, outSize, scales, align), ([x]) => interpRef(x, mats, false));
    const X = vals(numel(xShape), 7);
    add(`${node}BackwardBackward1`, `backward of ${desc}`, [inp(gShape)],
      ([g], dt) => { const x = leaf(X, xShape, dt); return gradOf(torch.upsample(x, mode, outSize, scales, align), x, g); },
      ([g]) => interpRef(g, mats, true));
  };
  interp('nearest', [5], [8], null, false);
  interp('nearest', [3, 4], null, [1.7, 0.6], false);
  interp('nearest', [2, 3, 2], [3, 2, 5], null, false);
  interp('nearest-exact', [5], [8], null, false);
  interp('nearest-exact', [3, 4], null, [1.7, 0.6], false);
  interp('nearest-exact', [2, 3, 2], [3, 2, 5], null, false);
  interp('linear', [4], null, [1.6], false);
  interp('linear', [4], [7], null, true);
  interp('linear', [3, 4], [5, 3], null, false);
  interp('linear', [3, 4], null, [2, 1.5], true);
  interp('linear', [2, 3, 2], [3, 2, 4], null, false);
  interp('cubic', [3, 4], [5, 3], null, false);
  interp('cubic', [3, 4], null, [2, 1.5], true);
  // --- group_norm -------------------------------------------------------------------------------------------------------
  const groupNormRef = (x: Arr, G: number, w: Arr | null, b: Arr | null, eps: number): Arr => {
    const [N, C] = x.shape, per = numel(x.shape.slice(2)), n = (C / G) * per, out = zeros([...x.shape]);
    for (let i = 0; i < N * G; i++) {
      const seg = x.data.slice(i * n, (i + 1) * n), m = seg.reduce((a, v) => a + v, 0) / n;
      const v = seg.reduce((a, t) => a + (t - m) ** 2, 0) / n;
      seg.forEach((t, k) => {
        const c = ((i % G) * n + k - (k % per)) / per;
        out.data[i * n + k] = ((t - m) / Math.sqrt(v + eps)) * (w ? w.data[c] : 1) + (b ? b.data[c] : 0);
      });
    }
    return out;
  };
  add('NativeGroupNormBackward0', 'group_norm 2 groups of [2, 4, 3], weight and bias', [inp([2, 4, 3]), inp([4]), inp([4])],
    ([x, w, b]) => torch.group_norm(x, 2, w, b, 1e-5), ([x, w, b]) => groupNormRef(x, 2, w, b, 1e-5));
  add('NativeGroupNormBackward0', 'group_norm 3 groups of [1, 3, 2, 2], no affine', [inp([1, 3, 2, 2])],
    ([x]) => torch.group_norm(x, 3, null, null, 1e-3), ([x]) => groupNormRef(x, 3, null, null, 1e-3));
  // --- reflect / replicate padding (forward, and the backward op: the adjoint scatter) ----------------------------
  const padRef = (x: Arr, pad: number[], mode: torch.PadMode, adjoint: boolean, inShape: number[]): Arr => {
    const k = pad.length / 2, nd = inShape.length;
    const lo = (d: number): number => (d < nd - k ? 0 : pad[2 * (nd - 1 - d)]);
    const outShape = inShape.map((v, d) => v + lo(d) + (d < nd - k ? 0 : pad[2 * (nd - 1 - d) + 1]));
    const src = (o: number, d: number): number => {
      const i = o - lo(d), n = inShape[d];
      return mode === 'replicate' ? Math.min(Math.max(i, 0), n - 1) : i < 0 ? -i : i >= n ? 2 * (n - 1) - i : i;
    };
    const out = zeros(adjoint ? inShape : outShape);
    for (const idx of positions(outShape)) {
      const from = flat(inShape, idx.map((o, d) => src(o, d))), to = flat(outShape, idx);
      if (adjoint) out.data[from] += x.data[to]; else out.data[to] = x.data[from];
    }
    return out;
  };
  const padSample = (mode: torch.PadMode, shape: number[], pad: number[]): void => {
    const node = `${mode === 'reflect' ? 'Reflection' : 'Replication'}Pad${pad.length / 2}D`;
    const k = pad.length / 2, outShape = shape.map((v, d) => (d < shape.length - k ? v : v + pad[2 * (shape.length - 1 - d)] + pad[2 * (shape.length - 1 - d) + 1]));
    add(`${node}Backward0`, `F.pad ${mode} ${pad.join(', ')} of [${shape.join(', ')}]`, [inp(shape)], ([x]) => torch.pad_mode(x, pad, mode), ([x]) => padRef(x, pad, mode, false, shape));
    const X = vals(numel(shape), 11);
    add(`${node}BackwardBackward0`, `backward of F.pad ${mode} ${pad.join(', ')}`, [inp(outShape)],
      ([g], dt) => { const x = leaf(X, shape, dt); return gradOf(torch.pad_mode(x, pad, mode), x, g); },
      ([g]) => padRef(g, pad, mode, true, shape));
  };
  for (const mode of ['reflect', 'replicate'] as const) {
    padSample(mode, [2, 2, 4], [2, 3]);
    padSample(mode, [1, 2, 3, 3], [1, 2, -1, 2]);
    padSample(mode, [1, 1, 2, 3, 2], [1, 0, 2, 1, 1, 1]);
  }
  // --- 3-d and adaptive pooling, unpooling --------------------------------------------------------------------------
  /** Windows per output over the last `nsp` dims of x: fixed (k, s, p) or adaptive; f reduces a window's values. */
  const windowRef = (x: Arr, nsp: number, out: number[], win: (ax: number, o: number, n: number) => [number, number], f: (v: number[], idx: number[]) => number): Arr => {
    const lead = x.shape.slice(0, x.shape.length - nsp), sp = x.shape.slice(x.shape.length - nsp), r = zeros([...lead, ...out]);
    for (const idx of positions(r.shape)) {
      const o = idx.slice(lead.length), ranges = o.map((v, ax) => win(ax, v, sp[ax]));
      const v: number[] = [], at: number[] = [];
      for (const k of positions(ranges.map(([a, b]) => Math.max(b - a, 0)))) {
        const q = k.map((v2, ax) => v2 + ranges[ax][0]);
        if (q.every((v2, ax) => v2 >= 0 && v2 < sp[ax])) { v.push(x.data[flat(x.shape, [...idx.slice(0, lead.length), ...q])]); at.push(flat(sp, q)); }
      }
      r.data[flat(r.shape, idx)] = f(v, at);
    }
    return r;
  };
  const adaptive = (out: number[]) => (ax: number, o: number, n: number): [number, number] => [Math.floor((o * n) / out[ax]), Math.ceil(((o + 1) * n) / out[ax])];
  const fixed = (k: number[], s: number[], p: number[]) => (ax: number, o: number): [number, number] => [o * s[ax] - p[ax], o * s[ax] - p[ax] + k[ax]];
  const maxV = (v: number[]): number => Math.max(...v), meanV = (v: number[]): number => v.reduce((a, b) => a + b, 0) / v.length;
  const X3 = vals(2 * 3 * 4 * 4, 5);
  add('MaxPool3DWithIndicesBackward0', 'max_pool3d 2, stride (1, 2, 2), padding (0, 1, 1)', [inp([1, 2, 3, 4, 4])],
    ([x]) => torch.max_pool3d_with_indices(x, [2, 2, 2], [1, 2, 2], [0, 1, 1], [1, 1, 1], false)[0],
    ([x]) => windowRef(x, 3, [2, 3, 3], fixed([2, 2, 2], [1, 2, 2], [0, 1, 1]), maxV));
  add('MaxPool3DWithIndicesBackwardBackward0', 'backward of max_pool3d 2', [inp([1, 2, 1, 2, 2])],
    ([g], dt) => { const x = leaf(X3, [1, 2, 3, 4, 4], dt); return gradOf(torch.max_pool3d_with_indices(x, [2, 2, 2], [2, 2, 2], [0, 0, 0], [1, 1, 1], false)[0], x, g); },
    ([g]) => {
      const r = zeros([1, 2, 3, 4, 4]);
      const idx = windowRef({ shape: [1, 2, 3, 4, 4], data: X3 }, 3, [1, 2, 2], fixed([2, 2, 2], [2, 2, 2], [0, 0, 0]), (v, at) => at[v.indexOf(Math.max(...v))]);
      idx.data.forEach((a, q) => { r.data[Math.floor(q / 4) * 48 + a] += g.data[q]; });
      return r;
    });
  add('AvgPool3DBackward0', 'avg_pool3d 3, stride 2, padding 1 (count_include_pad)', [inp([1, 2, 3, 4, 4])],
    ([x]) => torch.avg_pool3d(x, [3, 3, 3], [2, 2, 2], [1, 1, 1], false, true, null),
    ([x]) => windowRef(x, 3, [2, 2, 2], fixed([3, 3, 3], [2, 2, 2], [1, 1, 1]), (v) => v.reduce((a, b) => a + b, 0) / 27));
  add('AvgPool3DBackwardBackward0', 'backward of avg_pool3d 2 (count_include_pad=False)', [inp([1, 2, 2, 3, 3])],
    ([g], dt) => { const x = leaf(X3, [1, 2, 3, 4, 4], dt); return gradOf(torch.avg_pool3d(x, [2, 2, 2], [1, 2, 2], [0, 1, 1], false, false, null), x, g); },
    ([g]) => {
      const r = zeros([1, 2, 3, 4, 4]);
      for (const [n, c, a, b, e] of positions([1, 2, 2, 3, 3])) {
        const cells: number[][] = [];
        for (const [i, j, k] of positions([2, 2, 2])) { const q = [a + i, 2 * b - 1 + j, 2 * e - 1 + k]; if (q[1] >= 0 && q[1] < 4 && q[2] >= 0 && q[2] < 4) cells.push(q); }
        for (const q of cells) r.data[flat(r.shape, [n, c, ...q])] += g.data[flat([1, 2, 2, 3, 3], [n, c, a, b, e])] / cells.length;
      }
      return r;
    });
  add('AdaptiveAvgPool3DBackward0', 'adaptive_avg_pool3d (2, 3, 3) of [1, 2, 3, 4, 5]', [inp([1, 2, 3, 4, 5])],
    ([x]) => torch.adaptive_avg_pool3d(x, [2, 3, 3]), ([x]) => windowRef(x, 3, [2, 3, 3], adaptive([2, 3, 3]), meanV));
  add('AdaptiveAvgPool3DBackwardBackward0', 'backward of adaptive_avg_pool3d (2, 3, 3)', [inp([1, 2, 2, 3, 3])],
    ([g], dt) => { const x = leaf(X3, [1, 2, 3, 4, 4], dt); return gradOf(torch.adaptive_avg_pool3d(x, [2, 3, 3]), x, g); },
    ([g]) => {
      const r = zeros([1, 2, 3, 4, 4]), win = adaptive([2, 3, 3]);
      for (const [n, c, ...o] of positions([1, 2, 2, 3, 3])) {
        const rg = o.map((v, ax) => win(ax, v, [3, 4, 4][ax])), cnt = rg.reduce((a, [lo, hi]) => a * (hi - lo), 1);
        for (const k of positions(rg.map(([lo, hi]) => hi - lo))) r.data[flat(r.shape, [n, c, ...k.map((v, ax) => v + rg[ax][0])])] += g.data[flat([1, 2, 2, 3, 3], [n, c, ...o])] / cnt;
      }
      return r;
    });
  for (const nsp of [2, 3] as const) {
    const shape = nsp === 2 ? [2, 3, 5] : [1, 2, 3, 3, 4], out = nsp === 2 ? [2, 3] : [2, 2, 3];
    const outShape = [...shape.slice(0, shape.length - nsp), ...out], X = vals(numel(shape), 9);
    add(`AdaptiveMaxPool${nsp}DBackward0`, `adaptive_max_pool${nsp}d ${out.join('x')}`, [inp(shape)],
      ([x]) => torch.adaptive_max_pool(x, out, nsp)[0], ([x]) => windowRef(x, nsp, out, adaptive(out), maxV));
    add(`AdaptiveMaxPool${nsp}DBackwardBackward0`, `backward of adaptive_max_pool${nsp}d ${out.join('x')}`, [inp(outShape)],
      ([g], dt) => { const x = leaf(X, shape, dt); return gradOf(torch.adaptive_max_pool(x, out, nsp)[0], x, g); },
      ([g]) => {
        const r = zeros([...shape]), per = numel(shape.slice(shape.length - nsp)), L = numel(out);
        const idx = windowRef({ shape, data: X }, nsp, out, adaptive(out), (v, at) => at[v.indexOf(Math.max(...v))]);
        idx.data.forEach((a, q) => { r.data[Math.floor(q / L) * per + a] += g.data[q]; });
        return r;
      });
    // unpooling: the values written at fixed, distinct indices of each plane
    const inShape = nsp === 2 ? [2, 2, 2] : [1, 2, 1, 1, 2], size = nsp === 2 ? [3, 3] : [2, 2, 3];
    const idxVals = nsp === 2 ? [0, 4, 8, 2, 1, 3, 5, 7] : [0, 5, 7, 11];
    add(`MaxUnpool${nsp}DBackward0`, `max_unpool${nsp}d to ${size.join('x')}`, [inp(inShape)],
      ([x]) => torch.max_unpool(x, torch.tensor(idxVals as never, { dtype: 'int64' }).reshape(inShape), size, nsp),
      ([x]) => {
        const per = numel(size), L = numel(inShape.slice(inShape.length - nsp)), r = zeros([...inShape.slice(0, inShape.length - nsp), ...size]);
        x.data.forEach((v, q) => { r.data[Math.floor(q / L) * per + idxVals[q]] = v; });
        return r;
      });
  }
  // --- pixel and channel shuffles, unfold / fold with the batch first ------------------------------------------------
  const shuffleRef = (x: Arr, r: number, up: boolean): Arr => {
    const [N, C, H, W] = x.shape, shape = up ? [N, C / (r * r), H * r, W * r] : [N, C * r * r, H / r, W / r], out = zeros(shape);
    for (const [n, c, h, w] of positions(up ? shape : x.shape)) {
      const big = flat(up ? shape : x.shape, [n, c, h, w]);
      const small = flat(up ? x.shape : shape, [n, c * r * r + (h % r) * r + (w % r), Math.floor(h / r), Math.floor(w / r)]);
      if (up) out.data[big] = x.data[small]; else out.data[small] = x.data[big];
    }
    return out;
  };
  add('PixelShuffleBackward0', 'pixel_shuffle 2 of [2, 8, 2, 3]', [inp([2, 8, 2, 3])], ([x]) => torch.pixel_shuffle(x, 2, true), ([x]) => shuffleRef(x, 2, true));
  add('PixelUnshuffleBackward0', 'pixel_unshuffle 2 of [1, 2, 4, 6]', [inp([1, 2, 4, 6])], ([x]) => torch.pixel_shuffle(x, 2, false), ([x]) => shuffleRef(x, 2, false));
  add('NotImplemented', 'channel_shuffle 3 of [2, 6, 2]', [inp([2, 6, 2])], ([x]) => torch.channel_shuffle(x, 3), ([x]) => {
    const out = zeros([2, 6, 2]);
    for (const [n, c, l] of positions([2, 6, 2])) out.data[flat([2, 6, 2], [n, c, l])] = x.data[flat([2, 6, 2], [n, (c % 3) * 2 + Math.floor(c / 3), l])];
    return out;
  });
  const unfoldRef = (x: Arr, k: number[], d: number[], p: number[], st: number[]): Arr => {
    const [N, C, H, W] = x.shape, out2 = [0, 1].map((i) => Math.floor(([H, W][i] + 2 * p[i] - d[i] * (k[i] - 1) - 1) / st[i]) + 1);
    const L = out2[0] * out2[1], out = zeros([N, C * k[0] * k[1], L]);
    for (const [n, c, i, j, oh, ow] of positions([N, C, k[0], k[1], out2[0], out2[1]])) {
      const ih = oh * st[0] - p[0] + i * d[0], iw = ow * st[1] - p[1] + j * d[1];
      if (ih >= 0 && ih < H && iw >= 0 && iw < W) out.data[flat(out.shape, [n, (c * k[0] + i) * k[1] + j, oh * out2[1] + ow])] = x.data[flat(x.shape, [n, c, ih, iw])];
    }
    return out;
  };
  add('Im2ColBackward0', 'F.unfold kernel (2, 3), dilation (1, 2), padding 1, stride (2, 1)', [inp([2, 2, 4, 5])],
    ([x]) => torch.unfold_im2col(x, [2, 3], [1, 2], [1, 1], [2, 1]), ([x]) => unfoldRef(x, [2, 3], [1, 2], [1, 1], [2, 1]));
  add('Col2ImBackward0', 'F.fold to (3, 4), kernel 2 (the adjoint of F.unfold)', [inp([2, 8, 6])],
    ([c]) => torch.fold_col2im(c, [3, 4], [2, 2], [1, 1], [0, 0], [1, 1]), ([c]) => {
      const out = zeros([2, 2, 3, 4]);
      for (let q = 0; q < out.data.length; q++) {
        const e = zeros([2, 2, 3, 4]); e.data[q] = 1;
        out.data[q] = unfoldRef(e, [2, 2], [1, 1], [0, 0], [1, 1]).data.reduce((a, v, i) => a + v * c.data[i], 0);
      }
      return out;
    });
  // --- affine_grid and grid_sample (bilinear, zeros padding; grid points away from the kinks at integer coordinates) --
  const affineRef = (theta: Arr, size: number[], align: boolean): Arr => {
    const [N, , H, W] = size, lin = (n: number, i: number): number => { const v = n <= 1 ? 0 : -1 + (2 * i) / (n - 1); return align ? v : (v * (n - 1)) / n; };
    const out = zeros([N, H, W, 2]);
    for (const [n, h, w, c] of positions(out.shape)) {
      const b = [lin(W, w), lin(H, h), 1];
      out.data[flat(out.shape, [n, h, w, c])] = b.reduce((a, v, j) => a + v * theta.data[flat(theta.shape, [n, c, j])], 0);
    }
    return out;
  };
  add('AffineGridGeneratorBackward0', 'affine_grid (2, 1, 3, 4)', [inp([2, 2, 3])], ([t]) => torch.affine_grid(t, [2, 1, 3, 4], false), ([t]) => affineRef(t, [2, 1, 3, 4], false));
  add('AffineGridGeneratorBackward0', 'affine_grid (1, 1, 2, 3), align_corners', [inp([1, 2, 3])], ([t]) => torch.affine_grid(t, [1, 1, 2, 3], true), ([t]) => affineRef(t, [1, 1, 2, 3], true));
  const sampleRef = (x: Arr, g: Arr): Arr => {
    const [N, C, H, W] = x.shape, [, Ho, Wo] = g.shape, out = zeros([N, C, Ho, Wo]);
    for (const [n, c, i, j] of positions(out.shape)) {
      const ix = ((g.data[flat(g.shape, [n, i, j, 0])] + 1) * W - 1) / 2, iy = ((g.data[flat(g.shape, [n, i, j, 1])] + 1) * H - 1) / 2;
      const x0 = Math.floor(ix), y0 = Math.floor(iy);
      let acc = 0;
      for (const [yy, xx, w] of [[y0, x0, (x0 + 1 - ix) * (y0 + 1 - iy)], [y0, x0 + 1, (ix - x0) * (y0 + 1 - iy)], [y0 + 1, x0, (x0 + 1 - ix) * (iy - y0)], [y0 + 1, x0 + 1, (ix - x0) * (iy - y0)]]) {
        if (yy >= 0 && yy < H && xx >= 0 && xx < W) acc += w * x.data[flat(x.shape, [n, c, yy, xx])];
      }
      out.data[flat(out.shape, [n, c, i, j])] = acc;
    }
    return out;
  };
  // grid values whose source coordinates ((g + 1)·size - 1) / 2 stay 0.1 or more from an integer
  const G = [-0.9, -0.3, 0.35, 0.75, -0.6, 0.1, 0.55, -0.15, 1.05, 0.9, -1.1, -0.45];
  add('GridSampler2DBackward0', 'grid_sample bilinear, zeros padding', [inp([1, 2, 3, 4]), { ...inp([1, 2, 3, 2]), values: G }],
    ([x, g]) => torch.grid_sample(x, g, 'bilinear', 'zeros', false), ([x, g]) => sampleRef(x, g));
  add('NotImplemented', 'the gradient of grid_sample (no derivative in PyTorch)', [inp([1, 2, 2, 3])],
    ([g], dt) => { const x = leaf(vals(24, 3), [1, 2, 3, 4], dt); const grid = torch.tensor([[[[0.3, -0.2], [0.7, 0.4], [-0.5, 0.9]], [[0.1, 0.1], [-0.8, -0.7], [0.45, -0.35]]]] as never, { dtype: dt }); return gradOf(torch.grid_sample(x, grid, 'bilinear', 'zeros', false), x, g); },
    ([g]) => {
      const grid = { shape: [1, 2, 3, 2], data: [0.3, -0.2, 0.7, 0.4, -0.5, 0.9, 0.1, 0.1, -0.8, -0.7, 0.45, -0.35] }, out = zeros([1, 2, 3, 4]);
      for (let k = 0; k < 24; k++) { const e = zeros([1, 2, 3, 4]); e.data[k] = 1; out.data[k] = sampleRef(e, grid).data.reduce((a, v, i) => a + v * g.data[i], 0); }
      return out;
    });
  const sample3Ref = (x: Arr, g: Arr): Arr => {
    const [N, C, D, H, W] = x.shape, [, Do, Ho, Wo] = g.shape, out = zeros([N, C, Do, Ho, Wo]);
    for (const [n, c, a, i, j] of positions(out.shape)) {
      const src = [0, 1, 2].map((k) => ((g.data[flat(g.shape, [n, a, i, j, k])] + 1) * [W, H, D][k] - 1) / 2), lo = src.map(Math.floor);
      let acc = 0;
      for (const [bz, by, bx] of positions([2, 2, 2])) {
        const at = [lo[0] + bx, lo[1] + by, lo[2] + bz], hi = [bx, by, bz];
        if (!at.every((v, k) => v >= 0 && v < [W, H, D][k])) continue;
        const w = src.reduce((p2, v, k) => p2 * (hi[k] ? v - lo[k] : lo[k] + 1 - v), 1);
        acc += w * x.data[flat(x.shape, [n, c, at[2], at[1], at[0]])];
      }
      out.data[flat(out.shape, [n, c, a, i, j])] = acc;
    }
    return out;
  };
  // source coordinates ((g + 1)·size - 1) / 2 at least 0.1 from an integer (sizes W 3, H 2, D 2)
  const G3 = [-0.5, 0.3, -0.7, 0.45, -0.2, 0.15, 0.05, 0.65, 0.8, -0.85, 0.95, -0.35];
  add('GridSampler3DBackward0', 'grid_sample trilinear, zeros padding', [inp([1, 2, 2, 2, 3]), { ...inp([1, 2, 1, 2, 3]), values: G3 }],
    ([x, g]) => torch.grid_sample(x, g, 'bilinear', 'zeros', false), ([x, g]) => sample3Ref(x, g));
}
