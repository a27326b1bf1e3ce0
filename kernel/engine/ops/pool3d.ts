// 3-d pooling (max_pool3d with indices, avg_pool3d, adaptive_avg_pool3d) and adaptive max pooling (2-d and 3-d;
// 1-d is 2-d pooling of a height-1 view, F's way) over [N, C, (D,) H, W] float tensors, with PyTorch's nodes:
// MaxPool3DWithIndicesBackward0, AvgPool3DBackward0, AdaptiveAvgPool3DBackward0, AdaptiveMaxPool{2,3}DBackward0 and
// their backward ops (…BackwardBackward0), which take the forward's input like PyTorch's and whose gradients are the
// forward again (or a gather at the indices). Computed in JS over the wasm memory, in ATen's CPU order: windows
// visited depth, row, column; max keeps the first maximum (NaN wins); averages sum in the dtype, then divide.
import { isFloating } from '../dtype';
import { TorchError } from '../errors';
import * as K from '../kernels';
import * as KN from '../kernels_nn';
import { Tensor } from '../tensor';
import { mem } from '../wasm';
import { apply, applyOp, defineOp, followsChannelsLast, OpDef, scalarTypeName } from './apply';
import { gatherAlong } from './gather';
import { poolOut } from './pool';
import { reshape, viewOf } from './views';
import { refuseHalf } from './upsample';
import { contiguousStrides } from '../shape';

/** A fresh contiguous tensor seen with another shape (no view op: the forward's result is not a view). */
const asShape = (t: Tensor, shape: number[]): Tensor => viewOf(t, shape, contiguousStrides(shape));

/** A window over [D, H, W]: per axis kernel, stride, padding, dilation, output size; or adaptive (outputs only). */
export interface Window3 { k: number[]; s: number[]; p: number[]; d: number[]; out: number[]; adaptive: boolean; countPad: boolean; divisor: number }

const dataOf = (t: Tensor): Float32Array | Float64Array => {
  const m = mem(), n = t.numel();
  return t.dtype === 'float32' ? m.f32.subarray((t.storage.ptr >>> 2) + t.offset, (t.storage.ptr >>> 2) + t.offset + n)
    : m.f64.subarray((t.storage.ptr >>> 3) + t.offset, (t.storage.ptr >>> 3) + t.offset + n);
};
const adaptiveStart = (o: number, I: number, O: number): number => Math.floor((o * I) / O);
const adaptiveEnd = (o: number, I: number, O: number): number => Math.ceil(((o + 1) * I) / O);

/** Per output index along an axis: the input range [lo, hi) (clipped), its step, and the padded window size. */
interface AxisRanges { lo: Int32Array; hi: Int32Array; step: number; padded: Int32Array }
function rangesOf(w: Window3, ax: number, size: number): AxisRanges {
  const O = w.out[ax], lo = new Int32Array(O), hi = new Int32Array(O), padded = new Int32Array(O);
  for (let o = 0; o < O; o++) {
    if (w.adaptive) { lo[o] = adaptiveStart(o, size, O); hi[o] = adaptiveEnd(o, size, O); padded[o] = hi[o] - lo[o]; continue; }
    let a = o * w.s[ax] - w.p[ax];
    const end = a + (w.k[ax] - 1) * w.d[ax] + 1;
    padded[o] = Math.min(a + w.k[ax], size + w.p[ax]) - a;
    while (a < 0) a += w.d[ax];
    lo[o] = a; hi[o] = Math.min(end, size);
  }
  return { lo, hi, step: w.adaptive ? 1 : w.d[ax], padded };
}

type Kind = 'max' | 'avg';
/** Pools x [planes, D, H, W] (sizes given) → values (and flat D·H·W indices for max). */
function poolForward(x: Tensor, planes: number, sp: number[], w: Window3, kind: Kind): { out: Tensor; indices: Tensor | null } {
  const xc = K.contiguousAs(x), [D, H, W] = sp, [Do, Ho, Wo] = w.out;
  const out = K.empty([planes * Do * Ho * Wo], x.dtype), indices = kind === 'max' ? K.empty([planes * Do * Ho * Wo], 'int64') : null;
  if (out.numel() === 0) return { out, indices };
  const rd = rangesOf(w, 0, D), rh = rangesOf(w, 1, H), rw = rangesOf(w, 2, W);
  const r = x.dtype === 'float32' ? Math.fround : (v: number): number => v;
  const src = dataOf(xc), dst = dataOf(out), idx = indices ? mem().i64.subarray((indices.storage.ptr >>> 3), (indices.storage.ptr >>> 3) + out.numel()) : null;
  let q = 0;
  for (let p = 0; p < planes; p++) {
    const base = p * D * H * W;
    for (let od = 0; od < Do; od++) for (let oh = 0; oh < Ho; oh++) for (let ow = 0; ow < Wo; ow++) {
      if (kind === 'max') {
        let best = rd.lo[od] * H * W + rh.lo[oh] * W + rw.lo[ow], mx = -Infinity;
        for (let a = rd.lo[od]; a < rd.hi[od]; a += rd.step) for (let b = rh.lo[oh]; b < rh.hi[oh]; b += rh.step) for (let c = rw.lo[ow]; c < rw.hi[ow]; c += rw.step) {
          const at = (a * H + b) * W + c, v = src[base + at];
          if (v > mx || Number.isNaN(v)) { mx = v; best = at; }
        }
        dst[q] = mx; (idx as BigInt64Array)[q++] = BigInt(best);
        continue;
      }
      let acc = 0;
      for (let a = rd.lo[od]; a < rd.hi[od]; a++) for (let b = rh.lo[oh]; b < rh.hi[oh]; b++) for (let c = rw.lo[ow]; c < rw.hi[ow]; c++) acc = r(acc + src[base + (a * H + b) * W + c]);
      const n = (rd.hi[od] - rd.lo[od]) * (rh.hi[oh] - rh.lo[oh]) * (rw.hi[ow] - rw.lo[ow]);
      if (w.adaptive) dst[q++] = r(r(r(acc / (rd.hi[od] - rd.lo[od])) / (rh.hi[oh] - rh.lo[oh])) / (rw.hi[ow] - rw.lo[ow]));
      else dst[q++] = r(acc / (w.divisor > 0 ? w.divisor : w.countPad ? rd.padded[od] * rh.padded[oh] * rw.padded[ow] : n));
    }
  }
  return { out, indices };
}

/** The adjoint of average pooling: each output's gradient divided as in the forward and added over its window. */
function avgBackward(g: Tensor, planes: number, sp: number[], w: Window3): Tensor {
  const gc = K.contiguousAs(g), [D, H, W] = sp, [Do, Ho, Wo] = w.out;
  const out = K.full([planes * D * H * W], 0, g.dtype);
  if (out.numel() === 0 || gc.numel() === 0) return out;
  const rd = rangesOf(w, 0, D), rh = rangesOf(w, 1, H), rw = rangesOf(w, 2, W);
  const r = g.dtype === 'float32' ? Math.fround : (v: number): number => v;
  const src = dataOf(gc), dst = dataOf(out);
  let q = 0;
  for (let p = 0; p < planes; p++) {
    const base = p * D * H * W;
    for (let od = 0; od < Do; od++) for (let oh = 0; oh < Ho; oh++) for (let ow = 0; ow < Wo; ow++) {
      const n = (rd.hi[od] - rd.lo[od]) * (rh.hi[oh] - rh.lo[oh]) * (rw.hi[ow] - rw.lo[ow]);
      const v = w.adaptive ? r(r(r(src[q++] / (rd.hi[od] - rd.lo[od])) / (rh.hi[oh] - rh.lo[oh])) / (rw.hi[ow] - rw.lo[ow]))
        : r(src[q++] / (w.divisor > 0 ? w.divisor : w.countPad ? rd.padded[od] * rh.padded[oh] * rw.padded[ow] : n));
      for (let a = rd.lo[od]; a < rd.hi[od]; a++) for (let b = rh.lo[oh]; b < rh.hi[oh]; b++) for (let c = rw.lo[ow]; c < rw.hi[ow]; c++) {
        const at = base + (a * H + b) * W + c;
        dst[at] = r(dst[at] + v);
      }
    }
  }
  return out;
}

/** [N, C, *sp] or unbatched [C, *sp] with `nsp` spatial dims → planes and the spatial sizes as [D, H, W]. */
function geometry(shape: readonly number[], nsp: number): { planes: number; sp: number[] } {
  const sp = shape.slice(shape.length - nsp), planes = shape.slice(0, shape.length - nsp).reduce((a, b) => a * b, 1);
  return { planes, sp: [...Array(3 - nsp).fill(1), ...sp] };
}
const outShapeOf = (shape: readonly number[], nsp: number, w: Window3): number[] => [...shape.slice(0, shape.length - nsp), ...w.out.slice(3 - nsp)];

/** The scatter of a max pooling's gradient at its indices (flat over the spatial dims), for any rank. */
function scatterAtIndices(g: Tensor, indices: Tensor, inShape: readonly number[], nsp: number): Tensor {
  const { planes, sp } = geometry(inShape, nsp), L = g.numel() / Math.max(planes, 1), HW = sp[0] * sp[1] * sp[2];
  const r = KN.maxPool2dBackward(viewOf(K.contiguousAs(g), [1, planes, 1, L], [0, L, 0, 1]), viewOf(K.contiguousAs(indices), [1, planes, 1, L], [0, L, 0, 1]), [1, planes, 1, HW]);
  return asShape(r, [...inShape]);
}

function maxPair(node: string, name: string, nsp: number): OpDef {
  const bwd = defineOp({
    name: `${name}_backward`, node: `${node}BackwardBackward0`, args: ['grad_output', 'self'],
    forward: ([g], a) => scatterAtIndices(g, a.indices as Tensor, a.inShape as number[], nsp),
    grads: {
      grad_output: {
        saves: [], fn: (G, c) => {
          const idx = c.attrs.indices as Tensor, lead = idx.shape.slice(0, idx.ndim - nsp);
          return reshape(gatherAlong(reshape(G, [...lead, -1]), reshape(idx, [...lead, -1]), lead.length), idx.shape);
        },
      },
      self: { saves: [], fn: (G, c) => K.full(c.inputs[1].shape, 0, G.dtype) },
    },
  });
  return defineOp({
    name, node: `${node}Backward0`, args: ['self'], format: nsp === 2 ? followsChannelsLast : undefined,
    forward: ([x], a) => {
      const w = a.window as Window3, { planes, sp } = geometry(x.shape, nsp), shape = outShapeOf(x.shape, nsp, w);
      const r = poolForward(x, planes, sp, w, 'max');
      return { out: asShape(r.out, shape), extra: { indices: asShape(r.indices as Tensor, shape) } };
    },
    grads: { self: { saves: ['self', 'indices'], fn: (g, c) => apply(bwd, [g, c.saved('self')], { indices: c.saved('indices'), inShape: [...c.inputs[0].shape] }) } },
  });
}
function avgPair(node: string, name: string): OpDef {
  const fwd: OpDef = defineOp({
    name, node: `${node}Backward0`, args: ['self'],
    forward: ([x], a) => {
      const w = a.window as Window3, { planes, sp } = geometry(x.shape, 3);
      return asShape(poolForward(x, planes, sp, w, 'avg').out, outShapeOf(x.shape, 3, w));
    },
    grads: { self: { saves: ['self'], fn: (g, c) => apply(bwd, [g, c.saved('self')], { window: c.attrs.window, inShape: [...c.inputs[0].shape] }) } },
  });
  const bwd: OpDef = defineOp({
    name: `${name}_backward`, node: `${node}BackwardBackward0`, args: ['grad_output', 'self'],
    forward: ([g], a) => {
      const inShape = a.inShape as number[], { planes, sp } = geometry(inShape, 3);
      return asShape(avgBackward(g, planes, sp, a.window as Window3), inShape);
    },
    grads: {
      grad_output: { saves: [], fn: (G, c) => apply(fwd, [G], { window: c.attrs.window }) },
      self: { saves: [], fn: (G, c) => K.full(c.inputs[1].shape, 0, G.dtype) },
    },
  });
  return fwd;
}
const MAX_POOL3D = maxPair('MaxPool3DWithIndices', 'max_pool3d_with_indices', 3);
const ADAPTIVE_MAX_POOL2D = maxPair('AdaptiveMaxPool2D', 'adaptive_max_pool2d', 2);
const ADAPTIVE_MAX_POOL3D = maxPair('AdaptiveMaxPool3D', 'adaptive_max_pool3d', 3);
const AVG_POOL3D = avgPair('AvgPool3D', 'avg_pool3d');
const ADAPTIVE_AVG_POOL3D = avgPair('AdaptiveAvgPool3D', 'adaptive_avg_pool3d');

function floatOnly(x: Tensor, what: string): void {
  if (!isFloating(x.dtype)) throw new TorchError('RuntimeError', `"${what}" not implemented for '${scalarTypeName(x.dtype)}'`);
  refuseHalf(x, what.replace(/_cpu$|_forward_out_cpu_frame$/, ''));
}
function window3(x: Tensor, k: number[], s: number[], p: number[], d: number[], ceil: boolean, countPad: boolean, divisor: number): Window3 {
  if (x.ndim !== 4 && x.ndim !== 5) throw new TorchError('RuntimeError', 'non-empty 4D or 5D (batch mode) tensor expected for input');
  const sp = x.shape.slice(-3), C = x.shape[x.ndim - 4];
  const out = sp.map((n, i) => poolOut(n, k[i], p[i], s[i], d[i], ceil));
  if (out.some((o) => o < 1)) {
    throw new TorchError('RuntimeError', `Given input size: (${C}x${sp.join('x')}). Calculated output size: (${C}x${out.join('x')}). Output size is too small`);
  }
  return { k, s, p, d, out, adaptive: false, countPad, divisor };
}

export function max_pool3d_with_indices(x: Tensor, k: number[], s: number[], p: number[], d: number[], ceil: boolean): [Tensor, Tensor] {
  const window = window3(x, k, s, p, d, ceil, false, 0);
  floatOnly(x, 'max_pool3d_with_indices_cpu');
  const r = applyOp(MAX_POOL3D, [x], { window });
  return [r.out, (r.extra as { indices: Tensor }).indices];
}

export function avg_pool3d(x: Tensor, k: number[], s: number[], p: number[], ceil: boolean, countPad: boolean, divisor: number | null): Tensor {
  if (divisor === 0) throw new TorchError('RuntimeError', 'divisor must be not zero');
  if (x.ndim === 4 || x.ndim === 5) {
    const sp = x.shape.slice(-3);
    if (p.every((v) => v <= 0) && sp.some((n, i) => n < k[i])) {
      throw new TorchError('RuntimeError', `input image (T: ${sp[0]} H: ${sp[1]} W: ${sp[2]}) smaller than kernel size (kT: ${k[0]} kH: ${k[1]} kW: ${k[2]})`);
    }
  }
  const window = window3(x, k, s, p, [1, 1, 1], ceil, countPad, divisor ?? 0);
  if (!isFloating(x.dtype)) throw new TorchError('NotImplementedError', `tnb: avg_pool3d supports float32 and float64 tensors, not ${scalarTypeName(x.dtype)}`);
  refuseHalf(x, 'avg_pool3d');
  return apply(AVG_POOL3D, [x], { window });
}

function adaptiveWindow(x: Tensor, nsp: number, size: (number | null)[]): Window3 {
  const sp = x.shape.slice(-nsp);
  const out = [...Array(3 - nsp).fill(1), ...size.map((o, i) => o ?? sp[i])];
  return { k: [], s: [], p: [], d: [], out, adaptive: true, countPad: false, divisor: 0 };
}

export function adaptive_avg_pool3d(x: Tensor, size: (number | null)[]): Tensor {
  if (size.length !== 3) throw new TorchError('RuntimeError', 'adaptive_avg_pool3d: output_size must be 3');
  if (x.ndim !== 4 && x.ndim !== 5) throw new TorchError('RuntimeError', `adaptive_avg_pool3d(): Expected 4D or 5D tensor, but got [${x.shape.join(', ')}]`);
  floatOnly(x, 'adaptive_avg_pool3d_cpu');
  return apply(ADAPTIVE_AVG_POOL3D, [x], { window: adaptiveWindow(x, 3, size) });
}

export function adaptive_max_pool(x: Tensor, size: (number | null)[], nsp: 2 | 3): [Tensor, Tensor] {
  if (size.length !== nsp) throw new TorchError('RuntimeError', `adaptive_max_pool${nsp}d(): internal error: output_size.size() must be ${nsp}`);
  if (x.ndim !== nsp + 1 && x.ndim !== nsp + 2) {
    throw new TorchError('RuntimeError', `adaptive_max_pool${nsp}d(): Expected ${nsp + 1}D or ${nsp + 2}D tensor, but got: [${x.shape.join(', ')}]`);
  }
  floatOnly(x, `adaptive_max_pool${nsp}d`);
  const r = applyOp(nsp === 2 ? ADAPTIVE_MAX_POOL2D : ADAPTIVE_MAX_POOL3D, [x], { window: adaptiveWindow(x, nsp, size) });
  return [r.out, (r.extra as { indices: Tensor }).indices];
}

// --- max_unpool2d / max_unpool3d: the values written at their indices into a zero [N, C, *output_size] -------------
function unpoolOp(nsp: 2 | 3): OpDef {
  return defineOp({
    name: `max_unpool${nsp}d`, node: `MaxUnpool${nsp}DBackward0`, args: ['self'],
    forward: ([x], a) => {
      const outShape = [...x.shape.slice(0, x.ndim - nsp), ...(a.size as number[])];
      return scatterAtIndices(x, a.indices as Tensor, outShape, nsp);
    },
    grads: {
      self: {
        saves: [], fn: (g, c) => {
          const idx = c.attrs.indices as Tensor, lead = idx.shape.slice(0, idx.ndim - nsp);
          return reshape(gatherAlong(reshape(g, [...lead, -1]), reshape(idx, [...lead, -1]), lead.length), idx.shape);
        },
      },
    },
  });
}
const MAX_UNPOOL = { 2: unpoolOp(2), 3: unpoolOp(3) };

export function max_unpool(x: Tensor, indices: Tensor, size: number[], nsp: 2 | 3): Tensor {
  if (indices.dtype !== 'int64') throw new TorchError('RuntimeError', `elements in indices should be type int64 but got: ${scalarTypeName(indices.dtype)}`);
  if (x.shape.length !== indices.shape.length || x.shape.some((s, i) => s !== indices.shape[i])) {
    throw new TorchError('RuntimeError', `Expected shape of indices to be same as that of the input tensor (${`[${x.shape.join(', ')}]`}) but got indices tensor with shape: [${indices.shape.join(', ')}]`);
  }
  if (size.length !== nsp) throw new TorchError('RuntimeError', `There should be exactly ${nsp} elements (${nsp === 2 ? 'height, width' : 'depth, height, width'}) in output_size, but got ${size.length} elements.`);
  if (x.ndim !== nsp + 1 && x.ndim !== nsp + 2) throw new TorchError('RuntimeError', `Input to max_unpooling${nsp}d should be a ${nsp + 1}d or ${nsp + 2}d Tensor, but got a tensor with ${x.ndim} dimensions.`);
  floatOnly(x, `max_unpooling${nsp}d_forward_out_cpu_frame`);
  const total = size.reduce((a, b) => a * b, 1), bad = indices.toArray().find((v) => v < 0 || v >= total);
  if (bad !== undefined) throw new TorchError('RuntimeError', `Found an invalid max index: ${bad} (output volumes are of size ${size.join('x')}`);
  return apply(MAX_UNPOOL[nsp], [x], { indices, size: [...size] });
}
