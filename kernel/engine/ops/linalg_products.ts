// The β·self + α·(product) family (addmv, addr, baddbmm, addbmm) and linalg_cross, as PyTorch 1.13.1 defines them:
// one node each (AddmvBackward0, AddrBackward0, BaddbmmBackward0, AddbmmBackward0, LinalgCrossBackward0) with
// derivatives.yaml's formulas (maybe_multiply: a factor of 1 is not multiplied), ATen's checks in ATen's order,
// and β = 0 ignoring self (NaN in self does not propagate).
import { isFloating, typeMetaName, type DType } from '../dtype';
import { TorchError } from '../errors';
import * as K from '../kernels';
import { promoteTypes, resultType } from '../promote';
import { broadcastShapes, numel, wrapDim } from '../shape';
import { Tensor } from '../tensor';
import { apply, applyInplace, defineOp, OpDef, scalarTypeName } from './apply';
import { fromValues } from './creation';
import { addmm, bmm, checkAddmm, mm, mv, outer } from './linalg';
import { mulScalar } from './pointwise';
import { clone, expand, expandShape, reshape, slice, t, transpose, unsqueeze, viewOf, UNSAFE_VIEW } from './views';

type Ctx = import('../autograd/node').BackwardContext;
const maybeMul = (g: Tensor, s: number): Tensor => (s === 1 ? g : mulScalar(g, s));
const roundOf = (d: DType): ((v: number) => number) => (d === 'float32' ? Math.fround : (v: number) => v);
const rawExpand = (x: Tensor, shape: readonly number[]): Tensor => viewOf(x, shape, K.broadcastStridesFor(x, shape));

/** β·self + α·prod elementwise (self broadcast to prod's shape), in the result dtype; β = 0 drops self. */
function affine(self: Tensor, prod: Tensor, beta: number, alpha: number, dtype: DType): Tensor {
  const s = K.copyOf(rawExpand(self, prod.shape), self.dtype).toArray(), p = prod.toArray();
  const r = roundOf(dtype), out = new Float64Array(p.length);
  const integral = !isFloating(dtype);
  const b = integral && dtype !== 'bool' ? Math.trunc(beta) : beta, a = integral && dtype !== 'bool' ? Math.trunc(alpha) : alpha;
  for (let i = 0; i < p.length; i++) {
    const ap = a === 1 ? p[i] : r(a * p[i]);
    out[i] = b === 0 ? ap : r((b === 1 ? s[i] : r(b * s[i])) + ap);
    if (dtype === 'bool') out[i] = out[i] !== 0 ? 1 : 0;
  }
  return fromValues(prod.shape, out, dtype);
}
const as3d = (x: Tensor): Tensor => viewOf(x, [1, ...x.shape], [0, ...x.strides]);

function integralScalars(dtype: DType, beta: number, alpha: number): void {
  if (!isFloating(dtype) && dtype !== 'bool') {
    if (!Number.isInteger(beta)) throw new TorchError('RuntimeError', 'For integral input tensors, argument beta must not be a floating point number.');
    if (!Number.isInteger(alpha)) throw new TorchError('RuntimeError', 'For integral input tensors, argument alpha must not be a floating point number.');
  }
}

// --- addmv ------------------------------------------------------------------------------------------------------------
const ADDMV = defineOp({
  name: 'addmv', node: 'AddmvBackward0', args: ['self', 'mat', 'vec'],
  forward: ([s, m, v], a) => {
    const p = K.bmmKernel(as3d(m), viewOf(v, [1, v.shape[0], 1], [0, v.strides[0], 0]), m.dtype);
    return affine(s, viewOf(p, [m.shape[0]], [1]), a.beta as number, a.alpha as number, m.dtype);
  },
  grads: {
    self: { saves: [], fn: (g, c) => maybeMul(g, c.attrs.beta as number) },
    mat: { saves: ['vec'], fn: (g, c) => maybeMul(outer(g, c.saved('vec')), c.attrs.alpha as number) },
    vec: { saves: ['mat'], fn: (g, c) => maybeMul(mv(t(c.saved('mat')), g), c.attrs.alpha as number) },
  },
});
export function addmv(s: Tensor, m: Tensor, v: Tensor, beta = 1, alpha = 1): Tensor {
  if (!(m.ndim === 2 && v.ndim === 1 && s.ndim <= 1)) {
    throw new TorchError('RuntimeError', `vector + matrix @ vector expected, got ${s.ndim}, ${m.ndim}, ${v.ndim}`);
  }
  if (!(m.shape[1] === v.shape[0] && (m.shape[0] === s.numel() || s.numel() === 1))) {
    throw new TorchError('RuntimeError', `size mismatch, got ${s.ndim === 0 ? 1 : s.shape[0]}, ${m.shape[0]}x${m.shape[1]},${v.shape[0]}`);
  }
  if (m.dtype !== v.dtype) throw new TorchError('RuntimeError', `expected scalar type ${scalarTypeName(m.dtype)} but found ${scalarTypeName(v.dtype)}`);
  return apply(ADDMV, [s, m, v], { beta, alpha });
}

// --- addr -------------------------------------------------------------------------------------------------------------
const ADDR = defineOp({
  name: 'addr', node: 'AddrBackward0', args: ['self', 'vec1', 'vec2'],
  forward: ([s, v1, v2], a) => {
    const dtype = a.dtype as DType, x = v1.toArray(), y = v2.toArray(), r = roundOf(dtype);
    const p = new Float64Array(x.length * y.length);
    for (let i = 0; i < x.length; i++) for (let j = 0; j < y.length; j++) p[i * y.length + j] = dtype === 'bool' ? (x[i] && y[j] ? 1 : 0) : r(x[i] * y[j]);
    return affine(s, fromValues([x.length, y.length], p, dtype), a.beta as number, a.alpha as number, dtype);
  },
  grads: {
    self: { saves: [], fn: (g, c) => maybeMul(g, c.attrs.beta as number) },
    vec1: { saves: ['vec2'], fn: (g, c) => maybeMul(mv(g, c.saved('vec2')), c.attrs.alpha as number) },
    vec2: { saves: ['vec1'], fn: (g, c) => maybeMul(mv(t(g), c.saved('vec1')), c.attrs.alpha as number) },
  },
});
export function addr(s: Tensor, v1: Tensor, v2: Tensor, beta = 1, alpha = 1): Tensor {
  if (v1.ndim !== 1) throw new TorchError('RuntimeError', `addr: Expected 1-D argument vec1, but got ${v1.ndim}-D`);
  if (v2.ndim !== 1) throw new TorchError('RuntimeError', `addr: Expected 1-D argument vec2, but got ${v2.ndim}-D`);
  const dtype = resultType(s, v1, v2);
  if (dtype === 'bool') {
    if (!Number.isInteger(beta) || !Number.isInteger(alpha)) throw new TorchError('RuntimeError', 'Boolean beta only supported for Boolean results.');
  }
  integralScalars(dtype, beta, alpha);
  expandShape(s, [v1.shape[0], v2.shape[0]]);
  const cast = (x: Tensor): Tensor => (x.dtype === dtype ? x : K.cast(x, dtype));
  return apply(ADDR, [s, v1.dtype === dtype ? v1 : cast(v1), v2.dtype === dtype ? v2 : cast(v2)], { beta, alpha, dtype });
}

// --- baddbmm / addbmm -------------------------------------------------------------------------------------------------
const BADDBMM = defineOp({
  name: 'baddbmm', node: 'BaddbmmBackward0', args: ['self', 'batch1', 'batch2'],
  forward: ([s, b1, b2], a) => affine(s, K.bmmKernel(b1, b2, b1.dtype), a.beta as number, a.alpha as number, b1.dtype),
  grads: {
    self: { saves: [], fn: (g, c) => maybeMul(g, c.attrs.beta as number) },
    batch1: { saves: ['batch2'], fn: (g, c) => maybeMul(bmm(g, transpose(c.saved('batch2'), 1, 2)), c.attrs.alpha as number) },
    batch2: { saves: ['batch1'], fn: (g, c) => maybeMul(bmm(transpose(c.saved('batch1'), 1, 2), g), c.attrs.alpha as number) },
  },
});
function checkBatches(b1: Tensor, b2: Tensor): void {
  if (b1.ndim !== 3) throw new TorchError('RuntimeError', 'batch1 must be a 3D tensor');
  if (b2.ndim !== 3) throw new TorchError('RuntimeError', 'batch2 must be a 3D tensor');
}
export function baddbmm(s: Tensor, b1: Tensor, b2: Tensor, beta = 1, alpha = 1): Tensor {
  expandShape(s, [b1.shape[0], b1.shape[1], b2.shape[2]]);
  checkBatches(b1, b2);
  if (b2.shape[0] !== b1.shape[0] || b2.shape[1] !== b1.shape[2]) {
    throw new TorchError('RuntimeError', `Expected size for first two dimensions of batch2 tensor to be: [${b1.shape[0]}, ${b1.shape[2]}] but got: [${b2.shape[0]}, ${b2.shape[1]}].`);
  }
  if (b1.dtype !== b2.dtype) throw new TorchError('RuntimeError', `expected scalar type ${scalarTypeName(b1.dtype)} but found ${scalarTypeName(b2.dtype)}`);
  integralScalars(b1.dtype, beta, alpha);
  return apply(BADDBMM, [s, b1, b2], { beta, alpha });
}

const ADDBMM = defineOp({
  name: 'addbmm', node: 'AddbmmBackward0', args: ['self', 'batch1', 'batch2'],
  forward: ([s, b1, b2], a) => {
    const p = K.reduce('sum', K.bmmKernel(b1, b2, b1.dtype), [0], false);
    return affine(s, p, a.beta as number, a.alpha as number, b1.dtype);
  },
  grads: {
    self: { saves: [], fn: (g, c) => maybeMul(g, c.attrs.beta as number) },
    batch1: {
      saves: ['batch2'], fn: (g, c) => {
        const b2 = c.saved('batch2'), sh = c.inputs[1].shape;
        return maybeMul(bmm(expand(unsqueeze(g, 0), [sh[0], sh[1], b2.shape[2]]), transpose(b2, 1, 2)), c.attrs.alpha as number);
      },
    },
    batch2: {
      saves: ['batch1'], fn: (g, c) => {
        const b1 = c.saved('batch1'), sh = c.inputs[2].shape;
        return maybeMul(bmm(transpose(b1, 1, 2), expand(unsqueeze(g, 0), [b1.shape[0], b1.shape[1], sh[2]])), c.attrs.alpha as number);
      },
    },
  },
});
/** addbmm's checks of batch1 and batch2 (and of β, α for integral inputs), in ATen's order. */
function checkAddbmm(b1: Tensor, b2: Tensor, beta: number, alpha: number): void {
  checkBatches(b1, b2);
  if (b1.shape[0] !== b2.shape[0]) {
    throw new TorchError('RuntimeError', `batch1 and batch2 must have same number of batches, got ${b1.shape[0]} and ${b2.shape[0]}`);
  }
  if (b1.shape[2] !== b2.shape[1]) {
    throw new TorchError('RuntimeError', `Incompatible matrix sizes for bmm (${b1.shape[1]}x${b1.shape[2]} and ${b2.shape[1]}x${b2.shape[2]})`);
  }
  if (b1.dtype !== b2.dtype) throw new TorchError('RuntimeError', 'mat1 and mat2 must have the same dtype');
  integralScalars(b1.dtype, beta, alpha);
}
export function addbmm(s: Tensor, b1: Tensor, b2: Tensor, beta = 1, alpha = 1): Tensor {
  expandShape(s, [b1.shape[1], b2.shape[2]]);
  checkAddbmm(b1, b2, beta, alpha);
  return apply(ADDBMM, [s, b1, b2], { beta, alpha });
}

// --- linalg_cross -----------------------------------------------------------------------------------------------------
const LINALG_CROSS = defineOp({
  name: 'linalg_cross', node: 'LinalgCrossBackward0', args: ['self', 'other'],
  forward: ([x, y], a) => {
    const shape = broadcastShapes(x.shape, y.shape), dim = a.dim as number, r = roundOf(x.dtype);
    const u = K.copyOf(rawExpand(x, shape), x.dtype).toArray(), v = K.copyOf(rawExpand(y, shape), x.dtype).toArray();
    let inner = 1;
    for (let d = dim + 1; d < shape.length; d++) inner *= shape[d];
    const outer = numel(shape) / (3 * inner), out = new Float64Array(u.length);
    for (let o = 0; o < outer; o++) for (let j = 0; j < inner; j++) {
      const p0 = o * 3 * inner + j, p1 = p0 + inner, p2 = p1 + inner;
      out[p0] = r(r(u[p1] * v[p2]) - r(u[p2] * v[p1]));
      out[p1] = r(r(u[p2] * v[p0]) - r(u[p0] * v[p2]));
      out[p2] = r(r(u[p0] * v[p1]) - r(u[p1] * v[p0]));
    }
    return fromValues(shape, out, x.dtype);
  },
  grads: {
    self: { saves: ['other'], fn: (g: Tensor, c: Ctx) => crossImpl(c.saved('other'), g, c.attrs.dim as number) },
    other: { saves: ['self'], fn: (g: Tensor, c: Ctx) => crossImpl(g, c.saved('self'), c.attrs.dim as number) },
  },
});
function crossImpl(x: Tensor, y: Tensor, dim: number): Tensor { return apply(LINALG_CROSS, [x, y], { dim }); }

export function linalg_cross(x: Tensor, y: Tensor, dim = -1): Tensor {
  if (x.ndim !== y.ndim) throw new TorchError('RuntimeError', 'linalg.cross: inputs must have the same number of dimensions.');
  const d = wrapDim(dim, x.ndim);
  if (x.shape[d] !== 3 || y.shape[d] !== 3) {
    throw new TorchError('RuntimeError', `linalg.cross: inputs dimension ${dim} must have length 3. Got ${x.shape[d]} and ${y.shape[d]}`);
  }
  broadcastShapes(x.shape, y.shape);
  if (x.dtype !== y.dtype) throw new TorchError('RuntimeError', `expected scalar type ${scalarTypeName(x.dtype)} but found ${scalarTypeName(y.dtype)}`);
  return crossImpl(x, y, d);
}
/** torch.cross: dim defaults to the first dim of size 3 (of the broadcast shape). */
export function cross(x: Tensor, y: Tensor, dim: number | null = null): Tensor {
  if (dim === null) {
    const shape = x.ndim === y.ndim ? broadcastShapes(x.shape, y.shape) : x.shape;
    const d = shape.indexOf(3);
    if (d < 0) throw new TorchError('RuntimeError', 'no dimension of size 3 in input');
    dim = d;
  }
  return linalg_cross(x, y, dim);
}

/** at::_unsafe_view (kron's reshapes): UnsafeViewBackward0; a non-contiguous input is made contiguous first. */
export function unsafe_view(x: Tensor, shape: number[]): Tensor {
  if (numel(shape) !== x.numel()) throw new TorchError('RuntimeError', `shape '[${shape.join(', ')}]' is invalid for input of size ${x.numel()}`);
  return apply(UNSAFE_VIEW, [x.is_contiguous() ? x : clone(x)], { shape });
}

// --- block_diag: one entry per arity (each input is an argument), as cat's ----------------------------------------
/** An input as the 2-D block it contributes: 0-d → 1×1, 1-d → 1×n. */
const blockShape = (x: Tensor): [number, number] => (x.ndim === 2 ? [x.shape[0], x.shape[1]] : x.ndim === 1 ? [1, x.shape[0]] : [1, 1]);
const blockDiagDefs = new Map<number, OpDef>();
function blockDiagDef(n: number): OpDef {
  const args = Array.from({ length: n }, (_, i) => `t${i}`);
  const grads = Object.fromEntries(args.map((a, i) => [a, {
    saves: [],
    fn: (g: Tensor, c: Ctx) => {
      const r0 = (c.attrs.rows as number[])[i], c0 = (c.attrs.cols as number[])[i], shape = c.inputs[i].shape;
      const [h, w] = shape.length === 2 ? [shape[0], shape[1]] : shape.length === 1 ? [1, shape[0]] : [1, 1];
      return reshape(slice(slice(g, 0, r0, r0 + h), 1, c0, c0 + w), shape);
    },
  }]));
  return defineOp({
    name: 'block_diag', node: 'BlockDiagBackward0', args,
    forward: (inputs, a) => {
      const rows = a.rows as number[], cols = a.cols as number[];
      const blocks = inputs.map(blockShape);
      const out = K.full([blocks.reduce((s, b) => s + b[0], 0), blocks.reduce((s, b) => s + b[1], 0)], 0, a.dtype as DType);
      inputs.forEach((x, i) => {
        const [h, w] = blocks[i];
        if (h === 0 || w === 0) return;
        const band = K.narrow(out, 0, rows[i], h), region = K.narrow(band, 1, cols[i], w);
        const src = viewOf(x, [h, w], x.ndim === 2 ? x.strides : x.ndim === 1 ? [0, x.strides[0]] : [0, 0]);
        K.copyInto(region, src);
        src.free(); region.free(); band.free();
      });
      return out;
    },
    grads,
  });
}
export function block_diag(tensors: readonly Tensor[]): Tensor {
  tensors.forEach((x, i) => {
    if (x.ndim > 2) throw new TorchError('RuntimeError', `torch.block_diag: Input tensors must have 2 or fewer dimensions. Input ${i} has ${x.ndim} dimensions`);
  });
  if (tensors.length === 0) return K.full([1, 0], 0, 'float32');
  const blocks = tensors.map(blockShape);
  const rows = blocks.map((_, i) => blocks.slice(0, i).reduce((s, b) => s + b[0], 0));
  const cols = blocks.map((_, i) => blocks.slice(0, i).reduce((s, b) => s + b[1], 0));
  const dtype = tensors.map((x) => x.dtype).reduce(promoteTypes);
  let def = blockDiagDefs.get(tensors.length);
  if (!def) { def = blockDiagDef(tensors.length); blockDiagDefs.set(tensors.length, def); }
  return apply(def, [...tensors], { rows, cols, dtype });
}

// --- in-place forms (Tensor.addmv_ and friends): the same nodes, recorded in place --------------------------------
function badInplace(self: Tensor, shape: readonly number[], dtype: DType): void {
  if (self.shape.length !== shape.length || self.shape.some((s, i) => s !== shape[i])) {
    throw new TorchError('RuntimeError', `Bad in-place call: input tensor size [${self.shape.join(', ')}] and output tensor size [${shape.join(', ')}] should match`);
  }
  if (self.dtype !== dtype) {
    throw new TorchError('RuntimeError', `Bad in-place call: input tensor dtype ${typeMetaName(self.dtype)} and output tensor dtype ${typeMetaName(dtype)} should match`);
  }
}
export function addmv_(s: Tensor, m: Tensor, v: Tensor, beta = 1, alpha = 1): Tensor {
  if (!(m.ndim === 2 && v.ndim === 1 && s.ndim <= 1)) {
    throw new TorchError('RuntimeError', `vector + matrix @ vector expected, got ${s.ndim}, ${m.ndim}, ${v.ndim}`);
  }
  if (!(m.shape[1] === v.shape[0] && (m.shape[0] === s.numel() || s.numel() === 1))) {
    throw new TorchError('RuntimeError', `size mismatch, got ${s.ndim === 0 ? 1 : s.shape[0]}, ${m.shape[0]}x${m.shape[1]},${v.shape[0]}`);
  }
  if (m.dtype !== v.dtype) throw new TorchError('RuntimeError', `expected scalar type ${scalarTypeName(m.dtype)} but found ${scalarTypeName(v.dtype)}`);
  badInplace(s, [m.shape[0]], m.dtype);
  return applyInplace(ADDMV, [s, m, v], { beta, alpha });
}
export function addr_(s: Tensor, v1: Tensor, v2: Tensor, beta = 1, alpha = 1): Tensor {
  if (v1.ndim !== 1) throw new TorchError('RuntimeError', `addr: Expected 1-D argument vec1, but got ${v1.ndim}-D`);
  if (v2.ndim !== 1) throw new TorchError('RuntimeError', `addr: Expected 1-D argument vec2, but got ${v2.ndim}-D`);
  if (s.ndim !== 2) throw new TorchError('RuntimeError', `2D tensor expected, got ${s.ndim}D tensor for input`);
  if (s.shape[0] !== v1.shape[0] || s.shape[1] !== v2.shape[0]) {
    throw new TorchError('RuntimeError', `size mismatch, input: [${s.shape.join(', ')}], v1: [${v1.shape.join(', ')}], v2: [${v2.shape.join(', ')}]`);
  }
  const dtype = resultType(s, v1, v2);
  integralScalars(dtype, beta, alpha);
  const cast = (x: Tensor): Tensor => (x.dtype === dtype ? x : K.cast(x, dtype));
  return applyInplace(ADDR, [s, cast(v1), cast(v2)], { beta, alpha, dtype });
}
export function baddbmm_(s: Tensor, b1: Tensor, b2: Tensor, beta = 1, alpha = 1): Tensor {
  const target = [b1.shape[0], b1.shape[1], b2.shape[2]];
  expandShape(s, target);
  checkBatches(b1, b2);
  if (b2.shape[0] !== b1.shape[0] || b2.shape[1] !== b1.shape[2]) {
    throw new TorchError('RuntimeError', `Expected size for first two dimensions of batch2 tensor to be: [${b1.shape[0]}, ${b1.shape[2]}] but got: [${b2.shape[0]}, ${b2.shape[1]}].`);
  }
  if (b1.dtype !== b2.dtype) throw new TorchError('RuntimeError', `expected scalar type ${scalarTypeName(b1.dtype)} but found ${scalarTypeName(b2.dtype)}`);
  badInplace(s, target, b1.dtype);
  integralScalars(b1.dtype, beta, alpha);
  return applyInplace(BADDBMM, [s, b1, b2], { beta, alpha });
}
export function addbmm_(s: Tensor, b1: Tensor, b2: Tensor, beta = 1, alpha = 1): Tensor {
  const target = [b1.shape[1], b2.shape[2]];
  expandShape(s, target);
  if (s.ndim !== 2 || s.shape[0] !== target[0] || s.shape[1] !== target[1]) {
    throw new TorchError('NotImplementedError', 'tnb: addbmm_ on a tensor of another shape than the result (PyTorch resizes it) is not supported');
  }
  checkAddbmm(b1, b2, beta, alpha);
  return applyInplace(ADDBMM, [s, b1, b2], { beta, alpha });
}

// --- addmm with beta/alpha (linalg.ts's ADDMM is the β = α = 1 form F.linear uses) --------------------------------
const ADDMM_SCALED = defineOp({
  name: 'addmm', node: 'AddmmBackward0', args: ['self', 'mat1', 'mat2'],
  forward: ([s, a, b], at) => {
    const p = K.bmmKernel(as3d(a), as3d(b), a.dtype);
    return affine(s, viewOf(p, p.shape.slice(1), p.strides.slice(1)), at.beta as number, at.alpha as number, a.dtype);
  },
  grads: {
    self: { saves: [], fn: (g, c) => maybeMul(g, c.attrs.beta as number) },
    mat1: { saves: ['mat2'], fn: (g, c) => maybeMul(mm(g, t(c.saved('mat2'))), c.attrs.alpha as number) },
    mat2: { saves: ['mat1'], fn: (g, c) => maybeMul(mm(t(c.saved('mat1')), g), c.attrs.alpha as number) },
  },
});
/** self.addmm_(mat1, mat2, beta=, alpha=): AddmmBackward0 in place. */
export function addmm_(s: Tensor, a: Tensor, b: Tensor, beta = 1, alpha = 1): Tensor {
  checkAddmm(s, a, b);
  return applyInplace(ADDMM_SCALED, [s, a, b], { beta, alpha });
}
/** addmm(self, mat1, mat2, beta, alpha); β = α = 1 is linalg.ts's addmm. */
export function addmm_scaled(s: Tensor, a: Tensor, b: Tensor, beta = 1, alpha = 1): Tensor {
  if (beta === 1 && alpha === 1) return addmm(s, a, b);
  checkAddmm(s, a, b);
  return apply(ADDMM_SCALED, [s, a, b], { beta, alpha });
}
