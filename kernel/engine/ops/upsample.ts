// Interpolation (F.interpolate's nearest, nearest-exact, linear / bilinear / trilinear and bicubic modes) over
// [N, C, *spatial] float tensors with 1 to 3 spatial dims: PyTorch's upsample_*.vec ops, whose nodes are
// Upsample{Nearest,NearestExact,Linear,Bilinear,Trilinear,Bicubic}{1,2,3}DBackward1; their backward is an op of its
// own (…BackwardBackward1), whose gradient is the forward again (both are linear), as in PyTorch.
//
// Values follow ATen's CPU kernels (UpSampleKernel.cpp, UpSample.h, UpSampleBicubic2d.cpp): source indices and
// weights per output index are computed in float for float32 tensors (nearest's always in float), the output sums
// the taps innermost dim first (out = t0·w0, out += t1·w1, ...), and the backward walks the outputs in order adding
// each tap's share (product of the weights, then times the gradient). The taps are computed here, the sums by the
// wasm kernel kernel/wasm/assembly/interp.ts.
import { isFloating } from '../dtype';
import { TorchError } from '../errors';
import * as K from '../kernels';
import { Tensor } from '../tensor';
import { allocBytes, mem, wasm } from '../wasm';
import { apply, defineOp, followsChannelsLast, scalarTypeName } from './apply';

export type InterpMode = 'nearest' | 'nearest-exact' | 'linear' | 'cubic';

/** Per output index along one axis: `n` taps, their input indices and weights (rounded to the tensor's dtype). */
interface Taps { n: number; idx: Int32Array; w: Float64Array }

interface Axis { inSize: number; outSize: number; scale: number | null }

/** The taps of one axis (ATen's compute_indices_weights_* and nearest_idx). */
function tapsOf(mode: InterpMode, alignCorners: boolean, a: Axis, f32: boolean, backward: boolean): Taps {
  const r = f32 ? Math.fround : (v: number): number => v;
  const { inSize, outSize } = a;
  // compute_scales_value: 1/scale when a scale factor was given, else in/out
  const scaleValue = (): number => r(a.scale !== null && a.scale > 0 ? 1 / a.scale : inSize / outSize);
  if (mode === 'nearest' || mode === 'nearest-exact') {
    const idx = new Int32Array(outSize), w = new Float64Array(outSize).fill(1);
    const s = Math.fround(a.scale !== null && a.scale > 0 ? 1 / a.scale : inSize / outSize);   // always float
    for (let o = 0; o < outSize; o++) {
      const src = mode === 'nearest' ? Math.floor(Math.fround(Math.fround(o) * s)) : Math.floor(Math.fround((o + 0.5) * s));
      idx[o] = Math.min(src, inSize - 1);
    }
    return { n: 1, idx, w };
  }
  // area_pixel_compute_scale (in the dtype)
  const scale = !alignCorners ? scaleValue() : outSize > 1 ? r((inSize - 1) / (outSize - 1)) : 0;
  /** area_pixel_compute_source_index; `acc` keeps it in double (linear's acc_type), else it is rounded to the dtype. */
  const source = (o: number, cubic: boolean, acc: boolean): number => {
    if (alignCorners) return acc ? scale * o : r(scale * o);
    const s = acc ? scale * (o + 0.5) - 0.5 : r(r(scale * (o + 0.5)) - 0.5);
    return !cubic && s < 0 ? 0 : s;
  };
  if (mode === 'linear') {
    // compute_source_index_and_lambda: the source index in double, the lambdas stored in the dtype
    const idx = new Int32Array(2 * outSize), w = new Float64Array(2 * outSize);
    for (let o = 0; o < outSize; o++) {
      if (outSize === inSize) { idx[2 * o] = idx[2 * o + 1] = o; w[2 * o] = 1; w[2 * o + 1] = 0; continue; }
      const real = source(o, false, true);
      const i0 = Math.trunc(real);
      const l1 = r(real - i0);
      idx[2 * o] = i0; idx[2 * o + 1] = i0 + (i0 < inSize - 1 ? 1 : 0);
      w[2 * o] = r(1 - l1); w[2 * o + 1] = l1;
    }
    return { n: 2, idx, w };
  }
  // cubic: Keys' convolution with A = -0.75 over the four neighbours, indices clamped to the input
  // (the forward's generic kernel keeps the source index in double, the backward's UpSampleBicubic2d.cpp in the dtype)
  // ((A + 2)·x - (A + 3))·x·x + 1 and ((A·x - 5A)·x + 8A)·x - 4A, with the fused multiply-adds of ATen's build
  // (found by comparing its coefficients bit for bit)
  // and without them in the backward's
  const A = -0.75;
  const cc1 = backward ? (x: number): number => r(r(r(r(r((A + 2) * x) - (A + 3)) * x) * x) + 1)
    : (x: number): number => r(r(r(r((A + 2) * x - (A + 3)) * x) * x) + 1);
  const cc2 = backward ? (x: number): number => r(r(r(r(r(r(A * x) - 5 * A) * x) + 8 * A) * x) - 4 * A)
    : (x: number): number => r(r(r(r(r(A * x - 5 * A) * x + 8 * A) * x) - 4 * A));
  const idx = new Int32Array(4 * outSize), w = new Float64Array(4 * outSize);
  for (let o = 0; o < outSize; o++) {
    const real = source(o, true, !backward), i0 = Math.floor(real), t = r(real - i0), t2 = r(1 - t);
    const c = [cc2(r(t + 1)), cc1(t), cc1(t2), cc2(r(t2 + 1))];
    for (let j = 0; j < 4; j++) { idx[4 * o + j] = Math.max(Math.min(i0 - 1 + j, inSize - 1), 0); w[4 * o + j] = c[j]; }
  }
  return { n: 4, idx, w };
}

/** The JS kernels of the spatial ops read float32 or float64 elements: the half types are refused clearly. */
export function refuseHalf(t: Tensor, what: string): void {
  if (t.dtype === 'float16' || t.dtype === 'bfloat16') {
    throw new TorchError('NotImplementedError', `tnb: ${what} supports float32 and float64 tensors, not ${scalarTypeName(t.dtype)}`);
  }
}

/** One tap of weight 1 at index 0: the axes a 1-d or 2-d interpolation does not have. */
const UNIT: Taps = { n: 1, idx: new Int32Array(1), w: new Float64Array([1]) };

interface Plan { taps: Taps[]; inSp: number[]; outSp: number[]; planes: number; cubic: boolean }

function planOf(inShape: readonly number[], outSp: readonly number[], a: Record<string, unknown>, f32: boolean, backward = false): Plan {
  const inSp = inShape.slice(2), mode = a.mode as InterpMode, scales = a.scales as (number | null)[];
  const taps = inSp.map((s, i) => tapsOf(mode, a.alignCorners as boolean, { inSize: s, outSize: outSp[i], scale: scales[i] }, f32, backward));
  const pad = 3 - inSp.length;
  return { taps: [...Array(pad).fill(UNIT), ...taps], inSp: [...Array(pad).fill(1), ...inSp], outSp: [...Array(pad).fill(1), ...outSp],
    planes: inShape[0] * inShape[1], cubic: mode === 'cubic' };
}

/** The taps of the three axes copied into one wasm block (i32 indices, padded to 8 bytes, then f64 weights per axis). */
function withTaps<R>(p: Plan, fn: (addr: number[]) => R): R {
  const sizes = p.taps.map((t) => ((t.idx.length * 4 + 7) & ~7) + t.w.length * 8);
  const block = allocBytes(sizes.reduce((a, b) => a + b, 0));
  try {
    const m = mem(), addr: number[] = [];
    let at = block;
    p.taps.forEach((t, i) => {
      addr.push(at);
      m.i32.set(t.idx, at >>> 2);
      m.f64.set(t.w, (at + ((t.idx.length * 4 + 7) & ~7)) >>> 3);
      at += sizes[i];
    });
    return fn(addr);
  } finally {
    wasm().free(block);
  }
}
const ptr = (t: Tensor): number => t.storage.ptr + t.offset * t.itemsize;

/**
 * The forward through the wasm kernel (interp.ts), which sums the taps innermost dim first (out = t0·w0, out +=
 * t1·w1, ...) with ATen's fused multiply-adds: fma(t0, w0, t1·w1), then fma(tj, wj, acc) for further taps (found
 * by comparing results bit for bit); the float32 fma is the exact product summed in double, then rounded. Rows
 * interpolated along W are computed once per plane when the output reads each at least once on average, else per use.
 */
function interpForward(x: Tensor, p: Plan): Tensor {
  const out = K.empty([x.shape[0], x.shape[1], ...p.outSp.slice(3 - (x.ndim - 2))], x.dtype);
  if (out.numel() === 0) return out;
  const xc = K.contiguousAs(x);
  const [td, th, tw] = p.taps, [D, H, W] = p.inSp, [Do, Ho, Wo] = p.outSp;
  const nearest = td.n === 1 && th.n === 1 && tw.n === 1;
  // every input row interpolated along W once per plane when the output rows read each at least once on average
  const all = D * H <= Do * Ho * td.n * th.n;
  const hbuf = nearest ? 0 : allocBytes(((all ? D * H : 1) + 2) * Wo * 8);
  try {
    withTaps(p, ([aD, aH, aW]) => wasm().interpForward(K.DT[x.dtype], ptr(xc), p.planes, D, H, W, Do, Ho, Wo,
      td.n, aD, th.n, aH, tw.n, aW, ptr(out), hbuf, all ? 1 : 0));
  } finally {
    if (hbuf) wasm().free(hbuf);
    if (xc !== x) xc.free();
  }
  return out;
}

/**
 * The backward through the wasm kernel: the outputs in order, each adding its taps' shares (product of the
 * weights, then times the gradient; bicubic: UpSampleBicubic2d.cpp's order).
 */
function interpBackward(g: Tensor, inShape: readonly number[], p: Plan): Tensor {
  const out = K.full(inShape, 0, g.dtype);
  if (out.numel() === 0 || g.numel() === 0) return out;
  const gc = K.contiguousAs(g);
  const [td, th, tw] = p.taps, [D, H, W] = p.inSp, [Do, Ho, Wo] = p.outSp;
  try {
    withTaps(p, ([aD, aH, aW]) => wasm().interpBackward(K.DT[g.dtype], ptr(gc), p.planes, D, H, W, Do, Ho, Wo,
      td.n, aD, th.n, aH, tw.n, aW, p.cubic ? 1 : 0, ptr(out)));
  } finally {
    if (gc !== g) gc.free();
  }
  return out;
}

const NODE_NAMES: Record<string, string> = { nearest: 'Nearest', 'nearest-exact': 'NearestExact', cubic: 'Bicubic' };
const LINEAR_NAMES = ['Linear', 'Bilinear', 'Trilinear'];
const opName = (mode: InterpMode, dims: number): string => `Upsample${mode === 'linear' ? LINEAR_NAMES[dims - 1] : NODE_NAMES[mode]}${dims}D`;

function interpPair(mode: InterpMode, dims: number): ReturnType<typeof defineOp> {
  const name = opName(mode, dims);
  const fwd = defineOp({
    name: `upsample_${mode}${dims}d`, node: `${name}Backward1`, args: ['self'],
    format: mode === 'cubic' ? undefined : followsChannelsLast,   // bicubic's output is contiguous
    forward: ([x], a) => interpForward(x, planOf(x.shape, a.outSize as number[], a, x.dtype === 'float32')),
    grads: { self: { saves: [], fn: (g, c) => apply(bwd, [g], { ...c.attrs, inShape: [...c.inputs[0].shape] }) } },
  });
  const bwd = defineOp({
    name: `upsample_${mode}${dims}d_backward`, node: `${name}BackwardBackward1`, args: ['grad_output'],
    forward: ([g], a) => interpBackward(g, a.inShape as number[], planOf(a.inShape as number[], a.outSize as number[], a, g.dtype === 'float32', true)),
    grads: { grad_output: { saves: [], fn: (G, c) => apply(fwd, [G], c.attrs) } },
  });
  return fwd;
}
const OPS = new Map<string, ReturnType<typeof defineOp>>();
for (const mode of ['nearest', 'nearest-exact', 'linear', 'cubic'] as const) {
  for (const dims of mode === 'cubic' ? [2] : [1, 2, 3]) OPS.set(`${mode}${dims}`, interpPair(mode, dims));
}

const KERNEL_NAMES: Record<InterpMode, string> = { nearest: 'compute_indices_weights_nearest', 'nearest-exact': 'compute_indices_weights_nearest', linear: 'compute_indices_weights_linear', cubic: 'compute_indices_weights_cubic' };
const AXIS_NAMES = ['D', 'H', 'W'];

/**
 * upsample_{nearest,_nearest_exact,linear1d,bilinear2d,trilinear3d,bicubic2d}.vec: `outSize` (one per spatial dim)
 * or `scales` (then the output is ⌊size·scale⌋ and the kernel uses 1/scale), with ATen's checks and texts.
 */
export function upsample(x: Tensor, mode: InterpMode, outSize: number[] | null, scales: number[] | null, alignCorners: boolean): Tensor {
  const dims = x.ndim - 2;
  const inSp = x.shape.slice(2);
  const out = outSize ?? inSp.map((s, i) => Math.trunc(s * (scales as number[])[i]));
  if (out.length !== dims) throw new TorchError('RuntimeError', `It is expected output_size equals to ${dims}, but got size ${out.length}`);
  if (inSp.some((s) => s <= 0) || out.some((s) => s <= 0)) {
    const axes = AXIS_NAMES.slice(3 - dims);
    const text = dims === 1 ? `input (W: ${inSp[0]}) and output (W: ${out[0]})`
      : `input (${axes.map((n, i) => `${n}: ${inSp[i]}`).join(', ')}) output (${axes.map((n, i) => `${n}: ${out[i]}`).join(', ')})`;
    throw new TorchError('RuntimeError', `Input and output sizes should be greater than 0, but got ${text}`);
  }
  if (x.numel() === 0 && x.shape[0] !== 0 || x.shape[1] === 0) {
    throw new TorchError('RuntimeError', `Non-empty ${dims + 2}D data tensor expected but got a tensor with sizes [${x.shape.join(', ')}]`);
  }
  if (!isFloating(x.dtype)) throw new TorchError('RuntimeError', `"${KERNEL_NAMES[mode]}" not implemented for '${scalarTypeName(x.dtype)}'`);
  refuseHalf(x, 'F.interpolate');
  const op = OPS.get(`${mode}${dims}`) as ReturnType<typeof defineOp>;
  return apply(op, [x], { mode, outSize: out, scales: outSize ? inSp.map(() => null) : scales, alignCorners });
}
