// cummax / cummin / logcumsumexp along a dim, and the counting ops bincount / histc / bucketize / searchsorted, as
// PyTorch 1.13's CPU kernels compute them (ReduceOps.cpp cummax_cummin_helper and logcumsumexp, SummaryOps.cpp,
// HistogramKernel.cpp, Bucketization.cpp). Host loops over lanes: none of these is a hot path.
import { DType, isFloating, typeMetaName } from '../dtype';
import { TorchError } from '../errors';
import * as K from '../kernels';
import { wrapDim } from '../shape';
import { Tensor } from '../tensor';
import { apply, applyOp, defineOp, notImplementedFor, scalarTypeName } from './apply';
import { fromValues, linspace } from './creation';
import { scatter_add } from './gather';
import { abs, add, exp, gt, log, lt, sub, where } from './pointwise';
import { flip } from './triangular';
import { forEachLane } from './scan';

/** A double as C++'s ostream prints it (%g, 6 significant digits). */
function cppDouble(v: number): string {
  if (!Number.isFinite(v)) return Number.isNaN(v) ? 'nan' : v > 0 ? 'inf' : '-inf';
  let t = v.toPrecision(6);
  if (t.includes('e')) { const [m, e] = t.split('e'); t = `${m.includes('.') ? m.replace(/0+$/, '').replace(/\.$/, '') : m}e${e[0]}${e.slice(1).padStart(2, '0')}`; return t; }
  return t.includes('.') ? t.replace(/0+$/, '').replace(/\.$/, '') : t;
}

/** Runs `fn(read, write)` over every lane along dim of x (row-major values), writing into `out` arrays. */
function eachLane(x: Tensor, dim: number, fn: (get: (i: number) => number, set: (i: number, v: number, idx?: number) => void, n: number) => void): { values: Float64Array; indices: Float64Array } {
  const v = x.toArray();
  const values = new Float64Array(v.length), indices = new Float64Array(v.length);
  forEachLane(x.shape, dim, (base, stride, n) =>
    fn((i) => v[base + i * stride], (i, val, idx = 0) => { values[base + i * stride] = val; indices[base + i * stride] = idx; }, n));
  return { values, indices };
}

// cummax_cummin_helper: a NaN always takes over (so the index follows the last NaN); otherwise >= (<=) moves the
// index to the latest of equal values.
const cumExtreme = (max: boolean) => ([x]: Tensor[], a: Record<string, unknown>) => {
  const r = eachLane(x, a.dim as number, (get, set, n) => {
    let out = get(0), idx = 0;
    for (let i = 0; i < n; i++) {
      const v = get(i);
      if (Number.isNaN(v) || (!Number.isNaN(out) && (max ? v >= out : v <= out))) { out = v; idx = i; }
      set(i, out, idx);
    }
  });
  return { out: fromValues(x.shape, r.values, x.dtype), extra: { indices: fromValues(x.shape, r.indices, 'int64') } };
};
// cummaxmin_backward: the gradient summed into the positions the indices point at
const cumExtremeGrad = {
  saves: ['indices'],
  fn: (g: Tensor, c: import('../autograd/node').BackwardContext) => {
    const x = c.inputs[0];
    if (x.shape.length === 0) return g;
    return scatter_add(K.full(x.shape, 0, g.dtype), c.attrs.dim as number, c.saved('indices'), g);
  },
};
const CUMMAX = defineOp({ name: 'cummax', node: 'CummaxBackward0', args: ['self'], forward: cumExtreme(true), grads: { self: cumExtremeGrad } });
const CUMMIN = defineOp({ name: 'cummin', node: 'CumminBackward0', args: ['self'], forward: cumExtreme(false), grads: { self: cumExtremeGrad } });

export function cummax(x: Tensor, dim: number): [Tensor, Tensor] {
  const r = applyOp(CUMMAX, [x], { dim: wrapDim(dim, x.ndim) });
  return [r.out, (r.extra as { indices: Tensor }).indices];
}
export function cummin(x: Tensor, dim: number): [Tensor, Tensor] {
  const r = applyOp(CUMMIN, [x], { dim: wrapDim(dim, x.ndim) });
  return [r.out, (r.extra as { indices: Tensor }).indices];
}

// logcumsumexp: the running value passes through the element type (float for float32) at every step, and each
// step is log1p(exp(min - max)) + max with PyTorch's NaN and infinity cases.
function logAddExp(x: number, y: number, round: (v: number) => number): number {
  const mn = Number.isNaN(y) ? y : Math.min(x, y), mx = Number.isNaN(y) ? y : Math.max(x, y);
  if (mn !== mx || Number.isFinite(mn)) return round(round(Math.log1p(round(Math.exp(round(mn - mx))))) + mx);
  return x;
}
const LOGCUMSUMEXP = defineOp({
  name: 'logcumsumexp', node: 'LogcumsumexpBackward0', args: ['self'],
  forward: ([x], a) => {
    const round = x.dtype === 'float32' ? Math.fround : (v: number): number => v;
    const r = eachLane(x, a.dim as number, (get, set, n) => {
      let cum = -Infinity;
      for (let i = 0; i < n; i++) { cum = logAddExp(cum, get(i), round); set(i, cum); }
    });
    return fromValues(x.shape, r.values, x.dtype);
  },
  grads: {
    self: {
      saves: ['self', 'result'],
      fn: (g, c) => {
        // logcumsumexp_backward (FunctionsManual.cpp): positive and negative parts of the gradient in log space
        if (g.ndim === 0 || g.numel() === 0) return g;
        const dim = c.attrs.dim as number, self = c.saved('self'), result = c.saved('result');
        const lowest = K.full([], g.dtype === 'float32' ? -3.4028234663852886e38 : -Number.MAX_VALUE, g.dtype);
        const reverse = (t: Tensor): Tensor => flip(logcumsumexp(flip(t, [dim]), dim), [dim]);
        const logAbs = log(abs(g));
        const pos = where(gt(g, 0), logAbs, lowest), neg = where(lt(g, 0), logAbs, lowest);
        return sub(exp(add(reverse(sub(pos, result)), self)), exp(add(reverse(sub(neg, result)), self)));
      },
    },
  },
});
export function logcumsumexp(x: Tensor, dim: number): Tensor {
  const d = wrapDim(dim, x.ndim);
  if (!isFloating(x.dtype)) throw notImplementedFor('logcumsumexp_out_cpu', x.dtype);
  return apply(LOGCUMSUMEXP, [x], { dim: d });
}

// --- counting ops (no gradient) ------------------------------------------------------------------------------------

/** torch.bincount: counts (or summed weights) of each value 0..max(input, minlength - 1). */
export function bincount(x: Tensor, weights: Tensor | null = null, minlength = 0): Tensor {
  if (isFloating(x.dtype) || x.dtype === 'bool') {
    throw notImplementedFor('bincount_cpu', x.dtype);
  }
  if (minlength < 0) throw new TorchError('RuntimeError', 'minlength should be >= 0');
  const v = x.toArray();
  if (x.ndim !== 1 || v.some((e) => e < 0)) throw new TorchError('RuntimeError', 'bincount only supports 1-d non-negative integral inputs.');
  if (weights !== null && (weights.ndim !== 1 || weights.shape[0] !== v.length)) {
    throw new TorchError('RuntimeError', 'weights should be 1-d and have the same length as input');
  }
  const size = Math.max(minlength, v.length ? Math.max(...v) + 1 : 0);
  const out = new Float64Array(size);
  const w = weights === null ? null : weights.toArray();
  v.forEach((e, i) => { out[e] += w === null ? 1 : w[i]; });
  // weights: float32 ones sum in double and come back as float64 unless they are float32 (then float32)
  const dtype: DType = weights === null ? 'int64' : weights.dtype === 'float32' ? 'float32' : 'float64';
  return fromValues([size], out, dtype);
}

const nanSign = (v: number, fromData: boolean): string => (fromData && Number.isNaN(v) ? '-' : '');
/** torch.histc: `bins` equal bins over [min, max] (the data's range when both are 0), values outside ignored. */
export function histc(x: Tensor, bins = 100, min = 0, max = 0): Tensor {
  if (!isFloating(x.dtype)) throw notImplementedFor('histogram_cpu', x.dtype);
  if (x.dtype === 'float16') throw notImplementedFor('aminmax_cpu', x.dtype);
  if (bins <= 0) throw new TorchError('RuntimeError', `torch.histogram(): bins must be > 0, but got ${bins} for dimension 0`);
  const round = x.dtype === 'float32' ? Math.fround : (v: number): number => v;
  const v = x.toArray();
  // histc_select_outer_bin_edges, in double; then the edges of linspace(min, max, bins + 1) in the element type
  let left = min, right = max;
  // NaN data: PyTorch's aminmax of two or more elements gives the sign-set default NaN, which ostream prints -nan
  let fromData = false;
  if (left === right && v.length > 0) { left = v.reduce((a, b) => Math.min(a, b)); right = v.reduce((a, b) => Math.max(a, b)); fromData = v.length > 1; }
  if (left === right) { left -= 1; right += 1; }
  if (!Number.isFinite(left) || !Number.isFinite(right)) {
    throw new TorchError('RuntimeError', `torch.histc: range of [${nanSign(left, fromData)}${cppDouble(left)}, ${nanSign(right, fromData)}${cppDouble(right)}] is not finite`);
  }
  if (!(left < right)) throw new TorchError('RuntimeError', 'torch.histc: max must be larger than min');
  const lo = round(left), hi = round(right);
  const out = new Float64Array(bins);
  for (const e of v) {
    if (!(e >= lo && e <= hi)) continue;
    // LINEAR_INTERPOLATION in the element type, the last edge in the last bin
    let pos = Math.trunc(round(round(round(e - lo) * bins) / round(hi - lo)));
    if (pos === bins) pos -= 1;
    out[pos] += 1;
  }
  return fromValues([bins], out, x.dtype);
}

/** searchsorted / bucketize: for each value, the insertion point in the sorted innermost rows of `sorted`. */
export function searchsorted(sorted: Tensor, values: Tensor, outInt32 = false, right = false, bucketize = false, sorter: Tensor | null = null): Tensor {
  let s = sorted.toArray();
  const v = values.toArray();
  const n = sorted.ndim === 0 ? 1 : sorted.shape[sorted.ndim - 1];
  if (sorter !== null) {
    // the sequence read in sorter's order, row by row (an index outside the row is refused: PyTorch reads past it)
    if (sorter.shape.length !== sorted.shape.length || sorter.shape.some((d, i) => d !== sorted.shape[i])) {
      throw new TorchError('RuntimeError', `torch.searchsorted(): boundary and sorter must have the same size, but got boundary tensor [${sorted.shape.join(', ')}]and got sorter tensor [${sorter.shape.join(', ')}]`);
    }
    if (sorter.dtype !== 'int64') throw new TorchError('RuntimeError', `torch.searchsorted(): sorter must be a tensor of long dtype but got dtype ${scalarTypeName(sorter.dtype)}`);
    const idx = sorter.toArray(), reordered = new Float64Array(s.length);
    for (let i = 0; i < s.length; i++) {
      const k = idx[i];
      if (k < 0 || k >= n) throw new TorchError('RuntimeError', `tnb: torch.searchsorted(): sorter index ${k} is out of range for a sequence of ${n} (PyTorch reads outside it)`);
      reordered[i] = s[i - (i % n) + k];
    }
    s = reordered;
  }
  const oneRow = sorted.ndim <= 1;
  if (!oneRow) {
    const lead = sorted.shape.slice(0, -1), vlead = values.shape.slice(0, -1);
    if (values.ndim !== sorted.ndim || lead.some((d, i) => d !== vlead[i])) {
      throw new TorchError('RuntimeError', `torch.searchsorted(): boundaries tensor should be 1 dimension or the first N-1 dimensions of boundaries tensor and input value tensor must match, but we got boundaries tensor [${sorted.shape.join(', ')}] and input value tensor [${values.shape.join(', ')}]`);
    }
  }
  const m = values.ndim === 0 ? 1 : values.shape[values.ndim - 1];
  const out = new Float64Array(v.length);
  for (let i = 0; i < v.length; i++) {
    const row = oneRow ? 0 : Math.floor(i / m) * n;
    const x = v[i];
    let lo = 0, hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const e = s[row + mid];
      // cus_upper_bound / cus_lower_bound, NaN included
      if (right ? !(e > x) : !(e >= x)) lo = mid + 1; else hi = mid;
    }
    out[i] = lo;
  }
  void bucketize;
  return fromValues(values.shape, out, outInt32 ? 'int32' : 'int64');
}

// --- histogram ----------------------------------------------------------------------------------------------------------
// torch.histogram(input, bins, range=, weight=, density=) (HistogramKernel.cpp for one dimension): an int `bins` gives
// linspace edges over the range (the data's min and max, widened by 0.5 each way when equal; [0, 1] when empty) and
// bins chosen by linear interpolation checked against the neighbouring edges; a tensor of edges is searched
// (upper_bound). Values outside the edges (and NaN) are skipped; the last bin includes its right edge. Counts or
// weights add up in the element type; density divides by the total and by each bin's width. PyTorch records a
// NotImplemented node (both outputs), which raises when backward reaches it.
const histogramNotImplemented = (): Tensor => { throw new TorchError('RuntimeError', 'derivative for aten::histogram is not implemented'); };
function histogramDef(args: string[]) {
  return defineOp({
    name: 'histogram', node: 'NotImplemented', args,
    forward: (inputs, a) => {
      const x = inputs[0];
      const binsT = a.binsTensor ? inputs[1] : null;
      const weight = a.hasWeight ? inputs[inputs.length - 1] : null;
      const { hist, edges } = histogramValues(x, binsT, a.bins as number, a.range as [number, number] | null, weight, a.density as boolean);
      return { out: fromValues([hist.length], hist, x.dtype), more: [fromValues([edges.length], edges, x.dtype)] };
    },
    grads: Object.fromEntries(args.map((n) => [n, { saves: [], fn: histogramNotImplemented }])),
  });
}
const HISTOGRAM = [histogramDef(['self']), histogramDef(['self', 'other']), histogramDef(['self', 'bins', 'weight'])];

function histogramValues(x: Tensor, binsT: Tensor | null, bins: number, range: [number, number] | null, weight: Tensor | null,
  density: boolean): { hist: Float64Array; edges: Float64Array } {
  const r = x.dtype === 'float32' ? Math.fround : (v: number): number => v;
  const v = x.toArray();
  let edges: Float64Array;
  if (binsT) edges = binsT.toArray();
  else {
    let left = 0, right = 1;
    if (range) [left, right] = range;
    else if (v.length > 0) {
      left = Infinity; right = -Infinity;
      for (const e of v) { if (Number.isNaN(e)) { left = right = NaN; break; } left = Math.min(left, e); right = Math.max(right, e); }
    }
    if (!Number.isFinite(left) || !Number.isFinite(right)) {
      throw new TorchError('RuntimeError', `torch.histogramdd: dimension 0's range [${cppDouble(left)}, ${cppDouble(right)}] is not finite`);
    }
    if (!(left <= right)) throw new TorchError('RuntimeError', `torch.histogramdd: min should not exceed max, but got min ${cppDouble(left)} max ${cppDouble(right)} for dimension 0`);
    if (left === right) { left -= 0.5; right += 0.5; }
    edges = linspace(left, right, bins + 1, { dtype: x.dtype }).toArray();
  }
  const n = edges.length, lo = edges[0], hi = edges[n - 1];
  const upperBound = (from: number, to: number, e: number): number => {
    while (from < to) { const mid = (from + to) >> 1; if (e < edges[mid]) to = mid; else from = mid + 1; }
    return from;
  };
  const w = weight ? weight.toArray() : null;
  const hist = new Float64Array(Math.max(n - 1, 0));
  for (let i = 0; i < v.length; i++) {
    const e = v[i];
    if (!(e >= lo && e <= hi)) continue;
    let pos: number;
    if (binsT) pos = upperBound(0, n, e) - 1;
    else {
      pos = Math.trunc(r(r(r(e - lo) * (n - 1)) / r(hi - lo)));
      pos = upperBound(Math.max(0, pos - 1), Math.min(pos + 2, n), e) - 1;
    }
    if (pos === n - 1) pos -= 1;
    hist[pos] = r(hist[pos] + (w ? w[i] : 1));
  }
  if (density) {
    let total = 0;
    for (const h of hist) total = r(total + h);
    for (let i = 0; i < hist.length; i++) hist[i] = r(r(hist[i] / total) / r(edges[i + 1] - edges[i]));
  }
  return { hist, edges };
}

/** torch.histogram: [hist, bin_edges]; `bins` an int count or a 1-d tensor of edges. */
export function histogram(x: Tensor, bins: number | Tensor, range: [number, number] | null = null, weight: Tensor | null = null,
  density = false): [Tensor, Tensor] {
  if (x.dtype !== 'float32' && x.dtype !== 'float64') throw notImplementedFor('histogramdd', x.dtype);
  if (bins instanceof Tensor) {
    if (bins.ndim !== 1) {
      throw new TorchError('RuntimeError', `torch.histogramdd: bins tensor should have one dimension, but got ${bins.ndim} dimensions in the bins tensor for dimension 0`);
    }
    if (bins.dtype !== x.dtype) {
      throw new TorchError('RuntimeError', `torch.histogramdd: input tensor and bins tensors should have the same dtype, but got input with dtype ${typeMetaName(x.dtype)} and bins for dimension 0 with dtype ${typeMetaName(bins.dtype)}`);
    }
  } else if (bins <= 0) throw new TorchError('RuntimeError', `torch.histogram(): bins must be > 0, but got ${bins} for dimension 0`);
  if (weight) {
    if (weight.shape.length !== x.shape.length || weight.shape.some((s, i) => s !== x.shape[i])) {
      throw new TorchError('RuntimeError', `torch.histogramdd: if weight tensor is provided it should have the same shape as the input tensor excluding its innermost dimension, but got input with shape [${[x.numel(), 1].join(', ')}] and weight with shape [${weight.shape.join(', ')}]`);
    }
    if (weight.dtype !== x.dtype) {
      throw new TorchError('RuntimeError', `torch.histogramdd: if weight tensor is provided, input tensor and weight tensor should have the same dtype, but got input(${typeMetaName(x.dtype)}), and weight(${typeMetaName(weight.dtype)})`);
    }
  }
  const inputs = [x, ...(bins instanceof Tensor ? [bins] : []), ...(weight ? [weight] : [])];
  const def = inputs.length === 1 ? HISTOGRAM[0] : inputs.length === 3 ? HISTOGRAM[2] : HISTOGRAM[1];
  const r = applyOp(def, inputs, { binsTensor: bins instanceof Tensor, bins: bins instanceof Tensor ? 0 : bins, range, hasWeight: weight !== null, density });
  return [r.out, (r.more as Tensor[])[0]];
}
