// Samples of the spatial layer ops (transposed and 3-d convolution, interpolation, group norm, padding modes, 3-d and
// adaptive pooling, ...) for the generic op test, with float64 references written as plain loops over N-d positions.
// Registered by op-samples.ts, which passes its helpers in.
import * as torch from '../../kernel/engine';
import type { Arr, InputSpec, OpSample } from './op-samples';

export interface SpatialHelpers {
  add: (key: string, desc: string, inputs: InputSpec[], run: OpSample['run'], ref: OpSample['ref']) => void;
  inp: (shape: number[], lo?: number, hi?: number) => InputSpec;
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

export function registerSpatialSamples(h: SpatialHelpers): void {
  const { add, inp } = h;
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
}
