// layer_norm, batch_norm and group_norm (PyTorch's native_layer_norm / native_batch_norm / native_group_norm:
// NativeLayerNormBackward0, NativeBatchNormBackward0 in training and in evaluation, NativeGroupNormBackward0).
// Missing weight/bias are passed as constants that do not require grad, so the node's inputs read (input, None,
// None) as in PyTorch.
//
// The gradient formulas recompute the normalisation from the saved input with public ops (mean, var, rsqrt), so
// they are differentiable again and double backward is exact; the graph of a double backward then shows those ops
// rather than PyTorch's single NativeLayerNormBackwardBackward0 / NativeBatchNormBackwardBackward0 node.
import { isFloating } from '../dtype';
import { TorchError } from '../errors';
import * as K from '../kernels';
import { isGradEnabled } from '../autograd/grad_mode';
import type { BackwardContext } from '../autograd/node';
import { batchNormBackward, batchNormForward, groupNormBackward, groupNormForward, layerNormBackward, layerNormForward } from '../norm-kernels';
import { contiguousStrides } from '../shape';
import { Tensor } from '../tensor';
import { apply, defineOp, followsChannelsLast, scalarTypeName } from './apply';
import { addScalar, mul, rsqrt, sub } from './pointwise';
import { mean, sum } from './reduce';
import { reshape } from './views';

/** Kernel-level (x - mean) · rstd over `dims` (biased variance); also returns mean and var (keepdim). */
function normalize(x: Tensor, dims: number[], eps: number): { y: Tensor; mean: Tensor; var: Tensor } {
  const n = dims.reduce((p, d) => p * x.shape[d], 1);
  const m = K.unary('scale', K.reduce('sum', x, dims, true), 1 / n);
  const v = K.reduce('var', x, dims, true, 0);
  const rstd = K.unary('rsqrt', K.binary('add', v, K.full([], eps, x.dtype), x.dtype));
  return { y: K.binary('mul', K.binary('sub', x, m, x.dtype), rstd, x.dtype), mean: m, var: v };
}
/** x̂ and rstd over `dims`, with public ops (differentiable in x). */
function xhatOf(x: Tensor, dims: number[], eps: number): { xhat: Tensor; rstd: Tensor } {
  const xc = sub(x, mean(x, dims, true));
  const rstd = rsqrt(addScalar(mean(mul(xc, xc), dims, true), eps));
  return { xhat: mul(xc, rstd), rstd };
}
/** dL/dx of y = x̂ (normalised over dims) given gx = dL/dx̂: rstd · (gx - mean(gx) - x̂ · mean(gx · x̂)). */
function normInputGrad(gx: Tensor, x: Tensor, dims: number[], eps: number): Tensor {
  const { xhat, rstd } = xhatOf(x, dims, eps);
  return mul(rstd, sub(sub(gx, mean(gx, dims, true)), mul(xhat, mean(mul(gx, xhat), dims, true))));
}

// --- layer_norm ------------------------------------------------------------------------------------------------------
const lastDims = (x: Tensor, k: number): number[] => Array.from({ length: k }, (_, i) => x.ndim - k + i);

export const LAYER_NORM = defineOp({
  name: 'native_layer_norm', node: 'NativeLayerNormBackward0', args: ['input', 'weight', 'bias'],
  forward: ([x, w, b], a) => {
    if (x.dtype === 'float32' || x.dtype === 'float64') {
      const N = x.shape.slice(x.ndim - (a.k as number)).reduce((p, s) => p * s, 1);
      const r = layerNormForward(x, N, a.hasWeight ? w : null, a.hasBias ? b : null, a.eps as number);
      r.mean.free(); r.rstd.free();
      return r.y;
    }
    let y = normalize(x, lastDims(x, a.k as number), a.eps as number).y;
    if (a.hasWeight) y = K.binary('mul', y, w, x.dtype);
    if (a.hasBias) y = K.binary('add', y, b, x.dtype);
    return y;
  },
  // Without create_graph, float32/float64 gradients come from PyTorch's backward kernel order (norm-kernels.ts);
  // with it, from the differentiable formulas below.
  grads: {
    input: {
      saves: ['input', 'weight'], fn: (g, c) => {
        const x = c.saved('input');
        const fast = lnKernelGrad(0, g, c);
        if (fast) return fast;
        return normInputGrad(c.attrs.hasWeight ? mul(g, c.saved('weight')) : g, x, lastDims(x, c.attrs.k as number), c.attrs.eps as number);
      },
    },
    // In the output's shape: the engine sums the leading dims away (weight and bias have normalized_shape).
    weight: {
      saves: ['input', 'weight'], fn: (g, c) => {
        const fast = lnKernelGrad(1, g, c);
        if (fast) return fast;
        const x = c.saved('input');
        return mul(g, xhatOf(x, lastDims(x, c.attrs.k as number), c.attrs.eps as number).xhat);
      },
    },
    bias: { saves: ['input', 'weight'], fn: (g, c) => lnKernelGrad(2, g, c) ?? g },
  },
});

/** layer_norm's gradient for one input from the backward kernel (float32/float64 without create_graph), else null. */
function lnKernelGrad(which: number, g: Tensor, c: BackwardContext): Tensor | null {
  if (isGradEnabled() || (g.dtype !== 'float32' && g.dtype !== 'float64')) return null;
  return kernelGrads(c, () => {
    const x = c.saved('input'), k = c.attrs.k as number;
    const wshape = x.shape.slice(x.ndim - k), N = wshape.reduce((p, s) => p * s, 1);
    return layerNormBackward(c.needsGrad, g, x, N, c.attrs.hasWeight ? c.saved('weight') : null, c.attrs.eps as number, wshape);
  })?.[which] ?? null;
}

/**
 * The kernels compute every wanted gradient of a node in one pass: the first formula that runs computes them, the
 * others of the same backward call (the same context) take theirs.
 */
const kernelResults = new WeakMap<BackwardContext, (Tensor | null)[] | null>();
function kernelGrads(c: BackwardContext, compute: () => (Tensor | null)[] | null): (Tensor | null)[] | null {
  if (!kernelResults.has(c)) kernelResults.set(c, compute());
  return kernelResults.get(c) ?? null;
}

export function layer_norm(x: Tensor, normalizedShape: number[], weight: Tensor | null = null, bias: Tensor | null = null, eps = 1e-5): Tensor {
  const k = normalizedShape.length;
  const tail = x.shape.slice(x.ndim - k);
  if (k === 0 || x.ndim < k || tail.some((s, i) => s !== normalizedShape[i])) {
    throw new TorchError('RuntimeError', `Given normalized_shape=[${normalizedShape.join(', ')}], expected input with shape [*, ${normalizedShape.join(', ')}], but got input of size[${x.shape.join(', ')}]`);
  }
  for (const [t, what] of [[weight, 'weight'], [bias, 'bias']] as const) {
    if (t && (t.ndim !== k || t.shape.some((s, i) => s !== normalizedShape[i]))) {
      throw new TorchError('RuntimeError', `Expected ${what} to be of same shape as normalized_shape, but got ${what} of shape [${t.shape.join(', ')}] and normalized_shape = [${normalizedShape.join(', ')}]`);
    }
  }
  if (!isFloating(x.dtype)) throw new TorchError('RuntimeError', `"LayerNormKernelImpl" not implemented for '${scalarTypeName(x.dtype)}'`);
  const w = weight ?? K.full(normalizedShape, 1, x.dtype), b = bias ?? K.full(normalizedShape, 0, x.dtype);
  return apply(LAYER_NORM, [x, w, b], { k, eps, hasWeight: weight !== null, hasBias: bias !== null });
}

// --- batch_norm ------------------------------------------------------------------------------------------------------
/** Every dim but the channel dim 1. */
const statDims = (x: Tensor): number[] => [...Array(x.ndim).keys()].filter((d) => d !== 1);
/** A per-channel [C] tensor seen as [C, 1, ...] against x. */
const perChannel = (t: Tensor, x: Tensor): Tensor => reshape(t, [t.shape[0], ...Array(Math.max(x.ndim - 2, 0)).fill(1)]);

export const BATCH_NORM_TRAIN = defineOp({
  name: 'native_batch_norm', node: 'NativeBatchNormBackward0', args: ['input', 'weight', 'bias'], format: followsChannelsLast,
  forward: ([x, w, b], a) => {
    if (x.dtype === 'float32' || x.dtype === 'float64') {
      const y = batchNormForward(x, a.hasWeight ? w : null, a.hasBias ? b : null, a.runningMean as Tensor | null, a.runningVar as Tensor | null, true, a.momentum as number, a.eps as number);
      if (y) return y;
    }
    const dims = statDims(x), n = dims.reduce((p, d) => p * x.shape[d], 1);
    const r = normalize(x, dims, a.eps as number);
    updateRunning(a.runningMean as Tensor | null, r.mean, a.momentum as number, 1);
    updateRunning(a.runningVar as Tensor | null, r.var, a.momentum as number, n / (n - 1));   // unbiased, as PyTorch
    return affine(r.y, x, w, b, a);
  },
  grads: {
    input: {
      saves: ['input', 'weight'], fn: (g, c) => {
        const fast = bnKernelGrad(0, g, c, true);
        if (fast) return fast;
        const x = c.saved('input');
        return normInputGrad(c.attrs.hasWeight ? mul(g, perChannel(c.saved('weight'), x)) : g, x, statDims(x), c.attrs.eps as number);
      },
    },
    weight: {
      saves: ['input', 'weight'], fn: (g, c) => {
        const fast = bnKernelGrad(1, g, c, true);
        if (fast) return fast;
        const x = c.saved('input');
        return sum(mul(g, xhatOf(x, statDims(x), c.attrs.eps as number).xhat), statDims(x));
      },
    },
    bias: { saves: ['input', 'weight'], fn: (g, c) => bnKernelGrad(2, g, c, true) ?? sum(g, statDims(g)) },
  },
});

/** Evaluation: normalised with the running statistics (constants: held by the node like PyTorch's saved ones). */
const evalRstd = (c: { attrs: Readonly<Record<string, unknown>> }, x: Tensor): Tensor =>
  perChannel(rsqrt(addScalar(c.attrs.runningVar as Tensor, c.attrs.eps as number)), x);
export const BATCH_NORM_EVAL = defineOp({
  name: 'native_batch_norm', node: 'NativeBatchNormBackward0', args: ['input', 'weight', 'bias'], format: followsChannelsLast,
  forward: ([x, w, b], a) => {
    if (x.dtype === 'float32' || x.dtype === 'float64') {
      const y = batchNormForward(x, a.hasWeight ? w : null, a.hasBias ? b : null, a.runningMean as Tensor, a.runningVar as Tensor, false, 0, a.eps as number);
      if (y) return y;
    }
    const shape = [x.shape[1], ...Array(x.ndim - 2).fill(1)];
    const rm = K.contiguousAs(a.runningMean as Tensor, x.dtype), rv = K.contiguousAs(a.runningVar as Tensor, x.dtype);
    const rstd = K.unary('rsqrt', K.binary('add', rv, K.full([], a.eps as number, x.dtype), x.dtype));
    const view = (t: Tensor): Tensor => new Tensor(t.storage, t.offset, shape, shape.map((_, i) => (i === 0 ? 1 : 0)), t.dtype, t.version);
    const y = K.binary('mul', K.binary('sub', x, view(rm), x.dtype), view(rstd), x.dtype);
    return affine(y, x, w, b, a);
  },
  grads: {
    input: {
      saves: ['input', 'weight'], fn: (g, c) => {
        const fast = bnKernelGrad(0, g, c, false);
        if (fast) return fast;
        const gx = mul(g, evalRstd(c, g));
        return c.attrs.hasWeight ? mul(gx, perChannel(c.saved('weight'), g)) : gx;
      },
    },
    weight: {
      saves: ['input', 'weight'], fn: (g, c) => {
        const fast = bnKernelGrad(1, g, c, false);
        if (fast) return fast;
        const x = c.saved('input');
        const xhat = mul(sub(x, perChannel(c.attrs.runningMean as Tensor, x)), evalRstd(c, x));
        return sum(mul(g, xhat), statDims(x));
      },
    },
    bias: { saves: ['input', 'weight'], fn: (g, c) => bnKernelGrad(2, g, c, false) ?? sum(g, statDims(g)) },
  },
});

/** batch_norm's gradient for one input from the backward kernels (float32/float64 without create_graph), else null. */
function bnKernelGrad(which: number, g: Tensor, c: BackwardContext, training: boolean): Tensor | null {
  if (isGradEnabled() || (g.dtype !== 'float32' && g.dtype !== 'float64')) return null;
  const a = c.attrs;
  return kernelGrads(c, () => batchNormBackward(c.needsGrad, g, c.saved('input'), a.hasWeight ? c.saved('weight') : null,
    a.runningMean as Tensor | null, a.runningVar as Tensor | null, training, a.eps as number))?.[which] ?? null;
}

function affine(y: Tensor, x: Tensor, w: Tensor, b: Tensor, a: Record<string, unknown>): Tensor {
  const shape = [x.shape[1], ...Array(x.ndim - 2).fill(1)];
  const view = (t: Tensor): Tensor => new Tensor(t.storage, t.offset, shape, shape.map((_, i) => (i === 0 ? t.strides[0] : 0)), t.dtype, t.version);
  let r = y;
  if (a.hasWeight) r = K.binary('mul', r, view(w), x.dtype);
  if (a.hasBias) r = K.binary('add', r, view(b), x.dtype);
  return r;
}

/**
 * running = (1 - momentum) · running + momentum · stat · factor, in float64 as PyTorch's CPU kernel; written in
 * place without a version bump (PyTorch's kernel writes the buffers directly: running_mean._version stays 0).
 */
function updateRunning(running: Tensor | null, stat: Tensor, momentum: number, factor: number): void {
  if (!running) return;
  const s = K.copyOf(stat, 'float64');
  const cur = K.cast(running, 'float64');
  const flat = new Tensor(s.storage, s.offset, running.shape, contiguousStrides(running.shape), 'float64', s.version);
  const next = K.binary('add', K.unary('scale', flat, momentum * factor), K.unary('scale', cur, 1 - momentum), 'float64');
  K.copyInto(running, next);
}

export function batch_norm(x: Tensor, runningMean: Tensor | null, runningVar: Tensor | null, weight: Tensor | null, bias: Tensor | null,
  training: boolean, momentum: number, eps: number): Tensor {
  const C = x.ndim > 1 ? x.shape[1] : 0;
  for (const [t, what] of [[runningMean, 'running_mean'], [runningVar, 'running_var'], [weight, 'weight'], [bias, 'bias']] as const) {
    if (t && t.numel() !== C) throw new TorchError('RuntimeError', `${what} should contain ${C} elements not ${t.numel()}`);
  }
  if (!training && (!runningMean || !runningVar)) {
    throw new TorchError('RuntimeError', `${!runningMean ? 'running_mean' : 'running_var'} must be defined in evaluation mode`);
  }
  if (!isFloating(x.dtype)) throw new TorchError('RuntimeError', `"batch_norm" not implemented for '${scalarTypeName(x.dtype)}'`);
  const w = weight ?? K.full([C], 1, x.dtype), b = bias ?? K.full([C], 0, x.dtype);
  const attrs = { eps, momentum, runningMean, runningVar, hasWeight: weight !== null, hasBias: bias !== null };
  return apply(training ? BATCH_NORM_TRAIN : BATCH_NORM_EVAL, [x, w, b], attrs);
}

// --- group_norm ------------------------------------------------------------------------------------------------------
/** x [N, C, *] seen as [N, G, C/G·*]: the groups' elements along the last dim. */
const byGroup = (x: Tensor, G: number): Tensor => reshape(x, [x.shape[0], G, -1]);

export const GROUP_NORM = defineOp({
  name: 'native_group_norm', node: 'NativeGroupNormBackward0', args: ['input', 'weight', 'bias'], format: followsChannelsLast,
  forward: ([x, w, b], a) => {
    const G = a.groups as number;
    if (x.dtype === 'float32' || x.dtype === 'float64') return groupNormForward(x, G, a.hasWeight ? w : null, a.hasBias ? b : null, a.eps as number);
    const xg = K.contiguousAs(x);
    const grouped = new Tensor(xg.storage, xg.offset, [x.shape[0], G, x.numel() / Math.max(x.shape[0] * G, 1)], contiguousStrides([x.shape[0], G, x.numel() / Math.max(x.shape[0] * G, 1)]), x.dtype, xg.version);
    const y = normalize(grouped, [2], a.eps as number).y;
    const flat = new Tensor(y.storage, y.offset, [...x.shape], contiguousStrides(x.shape), x.dtype, y.version);
    return affine(flat, x, w, b, a);
  },
  grads: {
    input: {
      saves: ['input', 'weight'], fn: (g, c) => {
        const fast = gnKernelGrad(0, g, c);
        if (fast) return fast;
        const x = c.saved('input'), G = c.attrs.groups as number;
        const gx = c.attrs.hasWeight ? mul(g, perChannel(c.saved('weight'), x)) : g;
        return reshape(normInputGrad(byGroup(gx, G), byGroup(x, G), [2], c.attrs.eps as number), x.shape);
      },
    },
    weight: {
      saves: ['input', 'weight'], fn: (g, c) => {
        const fast = gnKernelGrad(1, g, c);
        if (fast) return fast;
        const x = c.saved('input'), G = c.attrs.groups as number;
        const xhat = reshape(xhatOf(byGroup(x, G), [2], c.attrs.eps as number).xhat, x.shape);
        return sum(mul(g, xhat), statDims(x));
      },
    },
    bias: { saves: ['input', 'weight'], fn: (g, c) => gnKernelGrad(2, g, c) ?? sum(g, statDims(g)) },
  },
});

/** group_norm's gradient for one input from the backward kernel (float32/float64 without create_graph), else null. */
function gnKernelGrad(which: number, g: Tensor, c: BackwardContext): Tensor | null {
  if (isGradEnabled() || (g.dtype !== 'float32' && g.dtype !== 'float64')) return null;
  return kernelGrads(c, () => groupNormBackward(c.needsGrad, g, c.saved('input'), c.attrs.groups as number,
    c.attrs.hasWeight ? c.saved('weight') : null, c.attrs.eps as number))?.[which] ?? null;
}

export function group_norm(x: Tensor, groups: number, weight: Tensor | null, bias: Tensor | null, eps: number): Tensor {
  const C = x.shape[1];
  const fmt = (s: readonly number[]): string => `[${s.join(', ')}]`;
  if (C % groups !== 0) {
    throw new TorchError('RuntimeError', `Expected number of channels in input to be divisible by num_groups, but got input of shape ${fmt(x.shape)} and num_groups=${groups}`);
  }
  for (const [t, what] of [[weight, 'weight'], [bias, 'bias']] as const) {
    if (t && (t.ndim !== 1 || t.numel() !== C)) {
      // (PyTorch 1.13's text for the bias shows the weight's shape, [0] when there is none)
      const shown = what === 'weight' ? t.shape : weight ? weight.shape : [0];
      throw new TorchError('RuntimeError', `Expected ${what} to be a vector of size equal to the number of channels in input, but got ${what} of shape ${fmt(shown)} and input of shape ${fmt(x.shape)}`);
    }
  }
  if (!isFloating(x.dtype)) throw new TorchError('RuntimeError', `"GroupNormKernelImpl" not implemented for '${scalarTypeName(x.dtype)}'`);
  if (x.dtype === 'float16' || x.dtype === 'bfloat16') throw new TorchError('NotImplementedError', `tnb: group_norm supports float32 and float64 tensors, not ${scalarTypeName(x.dtype)}`);
  const w = weight ?? K.full([C], 1, x.dtype), b = bias ?? K.full([C], 0, x.dtype);
  return apply(GROUP_NORM, [x, w, b], { groups, eps, hasWeight: weight !== null, hasBias: bias !== null });
}
