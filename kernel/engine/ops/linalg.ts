// Matrix products: mm, bmm, dot, mv (op-table entries) and matmul/outer composed from them exactly as
// PyTorch 1.13's at::matmul does, so the grad_fn graph shows the same nodes.
import { TorchError } from '../errors';
import * as K from '../kernels';
import { resultType } from '../promote';
import { broadcastShapes, contiguousStrides, numel } from '../shape';
import { Tensor } from '../tensor';
import { fma64 } from '../fma64';
import { threadCount } from '../thread-pool';
import { mem } from '../wasm';
import { apply, defineOp, scalarTypeName } from './apply';
import { add, mul } from './pointwise';
import { clone, expand, expandShape, reshape, t, transpose, unsqueeze, view, viewOf, UNSAFE_VIEW } from './views';

function sameDtype(a: Tensor, b: Tensor): void {
  if (a.dtype !== b.dtype) {
    throw new TorchError('RuntimeError', `expected scalar type ${scalarTypeName(a.dtype)} but found ${scalarTypeName(b.dtype)}`);
  }
}
const as3d = (x: Tensor): Tensor => viewOf(x, [1, ...x.shape], [0, ...x.strides]);
/** A contiguous result seen with another shape; the temporary tensor object is dropped. */
export function reshaped(r: Tensor, shape: number[]): Tensor {
  const v = viewOf(r, shape, contiguousStrides(shape));
  r.free();
  return v;
}

export const MM = defineOp({
  name: 'mm', node: 'MmBackward0', args: ['self', 'mat2'],
  forward: ([a, b]) => {
    const a3 = as3d(a), b3 = as3d(b);
    const r = K.bmmKernel(a3, b3, resultType(a, b));
    a3.free(); b3.free();
    return reshaped(r, [a.shape[0], b.shape[1]]);
  },
  grads: {
    self: { saves: ['mat2'], fn: (g, c) => mm(g, t(c.saved('mat2'))) },
    mat2: { saves: ['self'], fn: (g, c) => mm(t(c.saved('self')), g) },
  },
});
export const BMM = defineOp({
  name: 'bmm', node: 'BmmBackward0', args: ['self', 'mat2'],
  forward: ([a, b]) => K.bmmKernel(a, b, resultType(a, b)),
  grads: {
    self: { saves: ['mat2'], fn: (g, c) => bmm(g, transpose(c.saved('mat2'), 1, 2)) },
    mat2: { saves: ['self'], fn: (g, c) => bmm(transpose(c.saved('self'), 1, 2), g) },
  },
});
export const DOT = defineOp({
  name: 'dot', node: 'DotBackward0', args: ['self', 'tensor'],
  forward: ([a, b]) => {
    if (a.dtype === 'float32' && b.dtype === 'float32') return K.full([], sdot(a, b), 'float32');
    if (a.dtype === 'float64' && b.dtype === 'float64') return K.full([], ddot(a, b), 'float64');
    const a3 = viewOf(a, [1, 1, a.shape[0]], [0, 0, a.strides[0]]), b3 = viewOf(b, [1, b.shape[0], 1], [0, b.strides[0], 0]);
    const r = K.bmmKernel(a3, b3, resultType(a, b));
    a3.free(); b3.free();
    return reshaped(r, []);
  },
  grads: {
    self: { saves: ['tensor'], fn: (g, c) => mul(g, c.saved('tensor')) },
    tensor: { saves: ['self'], fn: (g, c) => mul(g, c.saved('self')) },
  },
});
const f32 = Math.fround;
/**
 * The float32 dot product as PyTorch 1.13.1 computes it on x86-64 (at::dot calls BLAS sdot_), rounded as OpenBLAS's
 * sdot with its Haswell kernel (the one OpenBLAS picks on AVX2 cores, AMD Zen included) rounds it, so torch.dot and
 * what uses it (LBFGS's curvature pairs and line search) give PyTorch's last bit. Unit strides: the first n & -32
 * elements go through four 8-lane float32 fma accumulators (lane j of accumulator r takes element 32k + 8r + j),
 * each folded to 4 lanes (j + j+4), then (acc0 + acc1) + (acc2 + acc3) lane-wise and two horizontal adds; the rest
 * are float32 products summed in a double, to which that kernel sum is added last. Other strides: float32 pairs
 * x0*y0 + x1*y1 (unfused) summed in a double. Measured bit-identical against torch 1.13.1 + OpenBLAS 0.3.21
 * (n from 1 to 100000, unit and non-unit strides). A float32 fma is taken in float64 then rounded, as in _pointwise.
 */
function sdot(a: Tensor, b: Tensor): number {
  a.assertAlive(); b.assertAlive();
  const m = mem().f32, n = a.shape[0];
  const ia = a.storage.ptr / 4 + a.offset, ib = b.storage.ptr / 4 + b.offset;
  const sa = n === 1 ? 1 : a.strides[0], sb = n === 1 ? 1 : b.strides[0];
  let dot = 0;
  if (sa === 1 && sb === 1) {
    const n1 = n - (n % 32);
    let mydot = 0;
    if (n1 > 0) {
      const acc = new Float64Array(32);
      for (let i = 0; i < n1; i += 32) {
        for (let j = 0; j < 32; j++) acc[j] = f32(acc[j] + m[ia + i + j] * m[ib + i + j]);
      }
      const h = (r: number, l: number): number => f32(acc[8 * r + l] + acc[8 * r + l + 4]);
      const lane = (l: number): number => f32(f32(h(0, l) + h(1, l)) + f32(h(2, l) + h(3, l)));
      mydot = f32(f32(lane(0) + lane(1)) + f32(lane(2) + lane(3)));
    }
    for (let i = n1; i < n; i++) dot += f32(m[ia + i] * m[ib + i]);
    return f32(dot + mydot);
  }
  const n2 = n - (n % 2);
  let i = 0;
  for (; i < n2; i += 2) dot += f32(f32(m[ia + i * sa] * m[ib + i * sb]) + f32(m[ia + (i + 1) * sa] * m[ib + (i + 1) * sb]));
  for (; i < n; i++) dot += f32(m[ia + i * sa] * m[ib + i * sb]);
  return f32(dot);
}
/** OpenBLAS's ddot of one stretch (dot_compute in kernel/x86_64/ddot.c, Haswell kernel); see ddot. */
function ddotCompute(m: Float64Array, n: number, ia: number, sa: number, ib: number, sb: number): number {
  if (sa === 1 && sb === 1) {
    const n1 = n - (n % 16);
    let dot = 0;
    if (n1 > 0) {
      const acc = new Float64Array(16);
      for (let i = 0; i < n1; i += 16) {
        for (let j = 0; j < 16; j++) acc[j] = fma64(m[ia + i + j], m[ib + i + j], acc[j]);
      }
      const h = (r: number, l: number): number => acc[4 * r + l] + acc[4 * r + l + 2];
      const lane = (l: number): number => (h(0, l) + h(1, l)) + (h(2, l) + h(3, l));
      dot = lane(0) + lane(1);
    }
    for (let i = n1; i < n; i++) dot += m[ib + i] * m[ia + i];
    return dot;
  }
  const n4 = n - (n % 4);
  let t1 = 0, t2 = 0, i = 0;
  const x = (k: number): number => m[ia + k * sa], y = (k: number): number => m[ib + k * sb];
  for (; i < n4; i += 4) {
    const m1 = y(i) * x(i), m2 = y(i + 1) * x(i + 1), m3 = y(i + 2) * x(i + 2), m4 = y(i + 3) * x(i + 3);
    t1 += m1 + m3;
    t2 += m2 + m4;
  }
  for (; i < n; i++) t1 += y(i) * x(i);
  return t1 + t2;
}
/**
 * The float64 dot product as PyTorch 1.13.1 computes it on x86-64 (BLAS ddot_, OpenBLAS 0.3.21's Haswell kernel, as
 * sdot above). Unit strides: the first n & -16 elements through four 4-lane fma accumulators (lane j of accumulator
 * r takes element 16k + 4r + j), each folded to 2 lanes (j + j+2), (acc0 + acc1) + (acc2 + acc3) lane-wise, then
 * lane 0 + lane 1; the rest added one product at a time (unfused). Other strides: two running sums, of products 0
 * and 2 and of products 1 and 3 of each group of four, the leftover products to the first, then first + second.
 * Above 10000 elements (both strides nonzero) OpenBLAS splits the vectors into one stretch per thread (ceil of the
 * remaining elements over the remaining threads), computes each as above and adds the results in order. OpenBLAS
 * threads are the cores (torch.set_num_threads does not change them), so the count here is TNB_THREADS or the cores,
 * not get_num_threads(). Measured bit-identical against torch 1.13.1 + OpenBLAS 0.3.21 on 2 cores (n from 1 to
 * 200000, unit and non-unit strides).
 */
function ddot(a: Tensor, b: Tensor): number {
  a.assertAlive(); b.assertAlive();
  const m = mem().f64, n = a.shape[0];
  const ia = a.storage.ptr / 8 + a.offset, ib = b.storage.ptr / 8 + b.offset;
  const sa = n === 1 ? 1 : a.strides[0], sb = n === 1 ? 1 : b.strides[0];
  const nthreads = n <= 10000 || sa === 0 || sb === 0 ? 1 : threadCount();
  if (nthreads === 1) return ddotCompute(m, n, ia, sa, ib, sb);
  let dot = 0, start = 0;
  for (let t = 0; t < nthreads && start < n; t++) {
    const width = Math.ceil((n - start) / (nthreads - t));
    dot += ddotCompute(m, width, ia + start * sa, sa, ib + start * sb, sb);
    start += width;
  }
  return dot;
}
export const MV = defineOp({
  name: 'mv', node: 'MvBackward0', args: ['self', 'vec'],
  forward: ([a, v]) => {
    const a3 = as3d(a), v3 = viewOf(v, [1, v.shape[0], 1], [0, v.strides[0], 0]);
    const r = K.bmmKernel(a3, v3, resultType(a, v));
    a3.free(); v3.free();
    return reshaped(r, [a.shape[0]]);
  },
  grads: {
    self: { saves: ['vec'], fn: (g, c) => outer(g, c.saved('vec')) },
    vec: { saves: ['self'], fn: (g, c) => mv(t(c.saved('self')), g) },
  },
});
// self + mat1 @ mat2 (beta = alpha = 1, what nn.Linear needs): one node, PyTorch's AddmmBackward0, as F.linear
// shows for 2-D input with a bias. self broadcasts to the product's shape (the engine sums its gradient back).
export const ADDMM = defineOp({
  name: 'addmm', node: 'AddmmBackward0', args: ['self', 'mat1', 'mat2'],
  forward: ([s, a, b], attrs) => {
    const p = MM.forward([a, b], attrs) as Tensor;
    return K.binaryInto('add', p, s, p);
  },
  grads: {
    self: { saves: [], fn: (g) => g },
    mat1: { saves: ['mat2'], fn: (g, c) => mm(g, t(c.saved('mat2'))) },
    mat2: { saves: ['mat1'], fn: (g, c) => mm(t(c.saved('mat1')), g) },
  },
});
// squeeze_(0) at the end of vector @ matrix: an in-place squeeze, which PyTorch names SqueezeBackward3.
const SQUEEZE_INPLACE = defineOp({
  name: 'squeeze_', node: 'SqueezeBackward3', args: ['self'], view: true,
  forward: ([x]) => viewOf(x, x.shape.slice(1), x.strides.slice(1)),
  grads: { self: { saves: [], fn: (g) => unsqueeze(g, 0) } },
});

export function mm(a: Tensor, b: Tensor): Tensor {
  if (a.ndim !== 2) throw new TorchError('RuntimeError', 'self must be a matrix');
  if (b.ndim !== 2) throw new TorchError('RuntimeError', 'mat2 must be a matrix');
  if (a.shape[1] !== b.shape[0]) {
    throw new TorchError('RuntimeError', `mat1 and mat2 shapes cannot be multiplied (${a.shape[0]}x${a.shape[1]} and ${b.shape[0]}x${b.shape[1]})`);
  }
  sameDtype(a, b);
  return apply(MM, [a, b]);
}
export function addmm(s: Tensor, a: Tensor, b: Tensor): Tensor {
  checkAddmm(s, a, b);
  return apply(ADDMM, [s, a, b]);
}
/** addmm's checks of self, mat1 and mat2, in ATen's order. */
export function checkAddmm(s: Tensor, a: Tensor, b: Tensor): void {
  if (a.ndim !== 2) throw new TorchError('RuntimeError', `mat1 must be a matrix, got ${a.ndim}-D tensor`);
  if (b.ndim !== 2) throw new TorchError('RuntimeError', `mat2 must be a matrix, got ${b.ndim}-D tensor`);
  if (a.shape[1] !== b.shape[0]) {
    throw new TorchError('RuntimeError', `mat1 and mat2 shapes cannot be multiplied (${a.shape[0]}x${a.shape[1]} and ${b.shape[0]}x${b.shape[1]})`);
  }
  // ATen's order: self against mat2 first, then mat1 against mat2.
  if (s.dtype !== b.dtype) throw new TorchError('RuntimeError', 'self and mat2 must have the same dtype');
  if (a.dtype !== b.dtype) throw new TorchError('RuntimeError', 'mat1 and mat2 must have the same dtype');
  expandShape(s, [a.shape[0], b.shape[1]]);
}
export function bmm(a: Tensor, b: Tensor): Tensor {
  if (a.ndim !== 3) throw new TorchError('RuntimeError', `batch1 must be a 3D tensor`);
  if (b.ndim !== 3) throw new TorchError('RuntimeError', `batch2 must be a 3D tensor`);
  if (b.shape[0] !== a.shape[0] || b.shape[1] !== a.shape[2]) {
    throw new TorchError('RuntimeError', `Expected size for first two dimensions of batch2 tensor to be: [${a.shape[0]}, ${a.shape[2]}] but got: [${b.shape[0]}, ${b.shape[1]}].`);
  }
  sameDtype(a, b);
  return apply(BMM, [a, b]);
}
/** dot's (and vdot's) argument checks, with PyTorch's texts. */
export function checkDot(a: Tensor, b: Tensor): void {
  if (a.ndim !== 1 || b.ndim !== 1) throw new TorchError('RuntimeError', `1D tensors expected, but got ${a.ndim}D and ${b.ndim}D tensors`);
  if (a.shape[0] !== b.shape[0]) {
    throw new TorchError('RuntimeError', `inconsistent tensor size, expected tensor [${a.shape[0]}] and src [${b.shape[0]}] to have the same number of elements, but got ${a.shape[0]} and ${b.shape[0]} elements respectively`);
  }
  if (a.dtype !== b.dtype) {
    throw new TorchError('RuntimeError', `dot : expected both vectors to have same dtype, but found ${scalarTypeName(a.dtype)} and ${scalarTypeName(b.dtype)}`);
  }
}
export function dot(a: Tensor, b: Tensor): Tensor {
  checkDot(a, b);
  return apply(DOT, [a, b]);
}
export function mv(a: Tensor, v: Tensor): Tensor {
  if (a.ndim !== 2 || v.ndim !== 1) throw new TorchError('RuntimeError', `vector + matrix @ vector expected, got 1, ${a.ndim}, ${v.ndim}`);
  if (a.shape[1] !== v.shape[0]) {
    throw new TorchError('RuntimeError', `size mismatch, got ${a.shape[0]}, ${a.shape[0]}x${a.shape[1]},${v.shape[0]}`);
  }
  sameDtype(a, v);
  return apply(MV, [a, v]);
}
export function outer(a: Tensor, b: Tensor): Tensor { return mul(reshape(a, [-1, 1]), b); }

const unsafeView = (x: Tensor, shape: number[]): Tensor => apply(UNSAFE_VIEW, [x], { shape });
const mT = (x: Tensor): Tensor => transpose(x, -2, -1);

/**
 * F.linear(x, w, b) = x @ wᵀ + b as ATen's linear composes it, so the graph is PyTorch's: addmm (AddmmBackward0
 * over TBackward0) for 2-D input with a bias, and for contiguous 3-D input through a 2-D view (ViewBackward0 on
 * both sides); otherwise matmul, then add. One engine call for what took the Python facade three (t, dim, addmm).
 */
export function linear(x: Tensor, w: Tensor, b: Tensor | null): Tensor {
  const wt = t(w);
  if (b !== null) {
    if (x.ndim === 2) return addmm(b, x, wt);
    if (x.ndim === 3 && x.is_contiguous()) {
      const [n0, n1, n2] = x.shape;
      const r = addmm(b, view(x, [n0 * n1, n2]), wt);
      return view(r, [n0, n1, r.shape[1]]);
    }
  }
  const out = matmul(x, wt);
  return b === null ? out : add(out, b);
}

/**
 * ATen's should_fold: a batch of matrices (x) times a matrix or vector folds its batch into rows and runs one mm
 * (mv), except a 3-D x whose last two dims are transposed (batch dim slowest, last stride not 1): folding it would
 * copy, so it goes through bmm like any batch.
 */
function shouldFold(x: Tensor, dOther: number): boolean {
  if (x.ndim < 3 || (dOther !== 1 && dOther !== 2)) return false;
  return !(x.ndim === 3 && dOther === 2 && x.strides[2] !== 1 && x.strides[0] === x.shape[1] * x.shape[2]);
}

export function matmul(a: Tensor, b: Tensor): Tensor {
  const d1 = a.ndim, d2 = b.ndim;
  if (d1 === 0 || d2 === 0) {
    throw new TorchError('RuntimeError', `both arguments to matmul need to be at least 1D, but they are ${d1}D and ${d2}D`);
  }
  if (d1 === 1 && d2 === 1) return dot(a, b);
  if (d1 === 2 && d2 === 1) return mv(a, b);
  if (d1 === 1 && d2 === 2) {
    if (a.shape[0] !== b.shape[0]) {
      throw new TorchError('RuntimeError', `mat1 and mat2 shapes cannot be multiplied (1x${a.shape[0]} and ${b.shape[0]}x${b.shape[1]})`);
    }
    return apply(SQUEEZE_INPLACE, [mm(unsqueeze(a, 0), b)]);
  }
  if (d1 === 2 && d2 === 2) return mm(a, b);
  const foldA = shouldFold(a, d2), foldB = shouldFold(b, d1);
  if (foldA || foldB) {
    const transposed = d2 > d1;
    const t1 = transposed ? mT(b) : a;
    const t2 = transposed ? (d1 === 2 ? t(a) : a) : b;
    const outShape = t1.shape.slice(0, -1);
    const t2Matrix = t2.ndim === 2;
    if (t2Matrix) outShape.push(t2.shape[1]);
    const folded = reshape(t1, [-1, t1.shape[t1.ndim - 1]]);
    const out = unsafeView(t2Matrix ? mm(folded, t2) : mv(folded, t2), outShape);
    return transposed && t2Matrix ? clone(mT(out)) : out;
  }
  const n = d1 > 1 ? a.shape[d1 - 2] : 1, m1 = a.shape[d1 - 1];
  const m2 = d2 > 1 ? b.shape[d2 - 2] : b.shape[0], p = d2 > 1 ? b.shape[d2 - 1] : 1;
  if (m1 !== m2) {
    throw new TorchError('RuntimeError', `Expected size for first two dimensions of batch2 tensor to be: [${numel(broadcastShapes(a.shape.slice(0, -2), b.shape.slice(0, -2)))}, ${m1}] but got: [${numel(broadcastShapes(a.shape.slice(0, -2), b.shape.slice(0, -2)))}, ${m2}].`);
  }
  const batch = broadcastShapes(a.shape.slice(0, Math.max(d1 - 2, 0)), b.shape.slice(0, Math.max(d2 - 2, 0)));
  const B = numel(batch);
  const a3 = reshape(expand(d1 === 1 ? unsqueeze(a, 0) : a, [...batch, n, m1]), [B, n, m1]);
  const b3 = reshape(expand(d2 === 1 ? unsqueeze(b, -1) : b, [...batch, m2, p]), [B, m2, p]);
  const outShape = [...batch, ...(d1 > 1 ? [n] : []), ...(d2 > 1 ? [p] : [])];
  return unsafeView(bmm(a3, b3), outShape);
}
