// F.affine_grid (affine_grid_generator: AffineGridGeneratorBackward0) and F.grid_sample over 4-d and 5-d inputs
// (grid_sampler_2d / grid_sampler_3d: GridSampler{2,3}DBackward0) with bilinear (trilinear) and nearest interpolation
// and zeros / border / reflection padding, following ATen's GridSampler.h formulas. PyTorch 1.13 defines no derivative
// of the samplers' backward: their gradients come from a NotImplemented node here as there, whose backward raises.
import { isFloating } from '../dtype';
import { TorchError } from '../errors';
import * as K from '../kernels';
import { contiguousStrides } from '../shape';
import { Tensor } from '../tensor';
import { mem } from '../wasm';
import { apply, defineOp, OpDef, scalarTypeName } from './apply';
import { matmul } from './linalg';
import { reshape, transpose, viewOf } from './views';
import { refuseHalf } from './upsample';

// --- affine_grid -------------------------------------------------------------------------------------------------------
/** The base grid [N, (D,) H, W, 3 or 4] of normalised coordinates (x fastest), ones last, as a [N, L, k+1] tensor. */
function baseGrid(size: readonly number[], align: boolean, dtype: Tensor['dtype']): Tensor {
  const sp = size.slice(2), k = sp.length, L = sp.reduce((a, b) => a * b, 1);
  const lin = (n: number): number[] => Array.from({ length: n }, (_, i) => {
    if (n <= 1) return 0;
    const v = -1 + (2 * i) / (n - 1);
    return align ? v : (v * (n - 1)) / n;
  });
  const axes = sp.map(lin), values = new Float64Array(L * (k + 1));
  for (let q = 0; q < L; q++) {
    let rest = q;
    const idx = new Array<number>(k);
    for (let d = k - 1; d >= 0; d--) { idx[d] = rest % sp[d]; rest = Math.floor(rest / sp[d]); }
    for (let c = 0; c < k; c++) values[q * (k + 1) + c] = axes[k - 1 - c][idx[k - 1 - c]];   // x = last spatial dim
    values[q * (k + 1) + k] = 1;
  }
  const t = K.empty([L, k + 1], dtype), m = mem();
  if (dtype === 'float32') m.f32.set(values, t.storage.ptr >>> 2); else m.f64.set(values, t.storage.ptr >>> 3);
  return viewOf(t, [1, L, k + 1], [0, k + 1, 1]);
}

const AFFINE_GRID = defineOp({
  name: 'affine_grid_generator', node: 'AffineGridGeneratorBackward0', args: ['theta'],
  forward: ([theta], a) => {
    const size = a.size as number[], N = size[0], k = size.length - 2, base = baseGrid(size, a.align as boolean, theta.dtype);
    const L = base.shape[1];
    const grid = K.bmmKernel(viewOf(base, [N, L, k + 1], [0, k + 1, 1]), viewOf(theta, [N, k + 1, k], [theta.strides[0], theta.strides[2], theta.strides[1]]), theta.dtype);
    const shape = [N, ...size.slice(2), k];
    return viewOf(grid, shape, contiguousStrides(shape));
  },
  grads: {
    theta: {
      saves: [], fn: (g, c) => {
        const size = c.attrs.size as number[], N = size[0], k = size.length - 2, base = baseGrid(size, c.attrs.align as boolean, g.dtype);
        return transpose(matmul(transpose(base, 1, 2), reshape(g, [N, -1, k])), 1, 2);
      },
    },
  },
});

export function affine_grid(theta: Tensor, size: number[], align: boolean): Tensor {
  refuseHalf(theta, 'F.affine_grid');
  return apply(AFFINE_GRID, [theta], { size: [...size], align });
}

// --- grid_sampler_2d / 3d ------------------------------------------------------------------------------------------------
type Interp = 'bilinear' | 'nearest';
type Padding = 'zeros' | 'border' | 'reflection';
interface Sampler { interp: Interp; padding: Padding; align: boolean }

/** A source coordinate and d(source)/d(grid value) (GridSampler.h's grid_sampler_compute_source_index_set_grad). */
function sourceIndex(coord: number, size: number, s: Sampler): [number, number] {
  let x = s.align ? ((coord + 1) / 2) * (size - 1) : ((coord + 1) * size - 1) / 2;
  let grad = s.align ? (size - 1) / 2 : size / 2;
  const clip = (v: number): [number, number] => (v <= 0 ? [0, 0] : v >= size - 1 ? [size - 1, 0] : [v, 1]);
  if (s.padding === 'border') {
    const [v, g] = clip(x); x = v; grad *= g;
  } else if (s.padding === 'reflection') {
    const [lo, hi] = s.align ? [0, 2 * (size - 1)] : [-1, 2 * size - 1];
    if (lo === hi) { x = 0; grad = 0; } else {
      const min = lo / 2, span = (hi - lo) / 2;
      let v = x - min, sign = 1;
      if (v < 0) { sign = -1; v = -v; }
      const extra = v % span, flips = Math.floor(v / span);
      if (flips % 2 === 0) { x = extra + min; grad *= sign; } else { x = span - extra + min; grad *= -sign; }
    }
    const [v, g] = clip(x); x = v; grad *= g;
  }
  return [x, grad === 0 ? 0 : grad];   // (a clipped coordinate's multiplier is +0 in PyTorch)
}

const dataOf = (t: Tensor): Float32Array | Float64Array => {
  const m = mem(), n = t.numel();
  return t.dtype === 'float32' ? m.f32.subarray((t.storage.ptr >>> 2) + t.offset, (t.storage.ptr >>> 2) + t.offset + n)
    : m.f64.subarray((t.storage.ptr >>> 3) + t.offset, (t.storage.ptr >>> 3) + t.offset + n);
};
/** Round half to even (nearbyint). */
const nearbyint = (v: number): number => { const r = Math.round(v); return Math.abs(v % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r; };

/**
 * Walks every (n, output point) with its taps: rows [offset in the input's spatial plane, weight, d(weight)/d(x),
 * d(weight)/d(y)(, d(weight)/d(z))], only for taps inside the input, in ATen's corner order (z, then y, then x), and
 * each coordinate's d(source)/d(grid value).
 */
function walk(x: Tensor, grid: Tensor, s: Sampler, visit: (n: number, q: number, taps: number[][], mult: number[]) => void): void {
  const N = x.shape[0], k = x.ndim - 2, sp = x.shape.slice(2), gd = dataOf(grid), L = grid.numel() / Math.max(N * k, 1);
  const size = (c: number): number => sp[k - 1 - c];   // coordinate c = 0 is x (the last dim)
  for (let n = 0; n < N; n++) {
    for (let q = 0; q < L; q++) {
      const src: number[] = [], mult: number[] = [];
      for (let c = 0; c < k; c++) { const [i, m] = sourceIndex(gd[(n * L + q) * k + c], size(c), s); src.push(i); mult.push(m); }
      const taps: number[][] = [];
      const offsetOf = (at: number[]): number | null => {
        let off = 0;
        for (let c = k - 1; c >= 0; c--) { if (at[c] < 0 || at[c] >= size(c)) return null; off = off * size(c) + at[c]; }
        return off;
      };
      if (s.interp === 'nearest') {
        const off = offsetOf(src.map(nearbyint));
        if (off !== null) taps.push([off, 1, ...src.map(() => 0)]);
      } else {
        const lo = src.map(Math.floor);
        for (let corner = 0; corner < 1 << k; corner++) {
          // bits: x is the lowest, so the corners run z0 y0 x0, z0 y0 x1, z0 y1 x0, ... as ATen's nw, ne, sw, se
          const hi = src.map((_, c) => (corner >> c) & 1);
          const factor = src.map((v, c) => (hi[c] ? v - lo[c] : lo[c] + 1 - v));
          const off = offsetOf(lo.map((v, c) => v + hi[c]));
          if (off === null) continue;
          const w = factor.reduce((a, f) => a * f, 1);
          const dw = factor.map((_, c) => factor.reduce((a, f, c2) => (c2 === c ? a : a * f), hi[c] ? 1 : -1));
          taps.push([off, w, ...dw]);
        }
      }
      visit(n, q, taps, mult);
    }
  }
}

function sampleForward(x: Tensor, grid: Tensor, s: Sampler): Tensor {
  const xc = K.contiguousAs(x), gc = K.contiguousAs(grid), [N, C] = x.shape, outSp = grid.shape.slice(1, -1);
  const P = x.shape.slice(2).reduce((a, b) => a * b, 1), L = outSp.reduce((a, b) => a * b, 1);
  const out = K.full([N, C, ...outSp], 0, x.dtype);
  if (out.numel() === 0) return out;
  const r = x.dtype === 'float32' ? Math.fround : (v: number): number => v, P3 = x.ndim === 5;
  const src = dataOf(xc), dst = dataOf(out);
  walk(xc, gc, s, (n, q, taps) => {
    for (let c = 0; c < C; c++) {
      let acc = 0;
      taps.forEach((t, i) => {
        const v = r(src[(n * C + c) * P + t[0]] * r(t[1]));
        acc = i === 0 && P3 ? v : r(acc + v);   // (the 3-d kernel starts from its first tap: a -0.0 stays)
      });
      dst[(n * C + c) * L + q] = acc;
    }
  });
  return out;
}

/** The gradients of grid_sample: for the input (scattered weights) or for the grid (the weights' derivatives). */
function sampleBackward(g: Tensor, x: Tensor, grid: Tensor, s: Sampler, wrt: 'input' | 'grid'): Tensor {
  const gc = K.contiguousAs(g), xc = K.contiguousAs(x), gr = K.contiguousAs(grid), [N, C] = x.shape, k = x.ndim - 2;
  const P = x.shape.slice(2).reduce((a, b) => a * b, 1), L = grid.numel() / Math.max(N * k, 1);
  const out = K.full(wrt === 'input' ? x.shape : grid.shape, 0, x.dtype);
  if (out.numel() === 0 || gc.numel() === 0) return out;
  const go = dataOf(gc), src = dataOf(xc), dst = dataOf(out);
  walk(xc, gr, s, (n, q, taps, mult) => {
    const d = new Array<number>(k).fill(0);
    for (let c = 0; c < C; c++) {
      const gv = go[(n * C + c) * L + q];
      for (const t of taps) {
        const at = (n * C + c) * P + t[0];
        if (wrt === 'input') dst[at] += t[1] * gv;
        else for (let a = 0; a < k; a++) d[a] += src[at] * t[2 + a] * gv;
      }
    }
    // (nearest sampling has a zero gradient for the grid, +0 as PyTorch writes it)
    if (wrt === 'grid' && s.interp === 'bilinear') for (let a = 0; a < k; a++) dst[(n * L + q) * k + a] = d[a] * mult[a];
  });
  return out;
}

const refuse = (name: string) => (): Tensor => { throw new TorchError('RuntimeError', `derivative for aten::${name}_backward is not implemented`); };
/** grid_sampler_{2,3}d and, as PyTorch 1.13 records their gradients, one NotImplemented node (no derivative). */
function samplerOps(dims: 2 | 3): OpDef {
  const name = `grid_sampler_${dims}d`;
  const bwd = defineOp({
    name: `${name}_backward`, node: 'NotImplemented', args: ['grad_output', 'input', 'grid'],
    forward: ([g, x, grid], a) => sampleBackward(g, x, grid, a.sampler as Sampler, a.wrt as 'input' | 'grid'),
    grads: { grad_output: { saves: [], fn: refuse(name) }, input: { saves: [], fn: refuse(name) }, grid: { saves: [], fn: refuse(name) } },
  });
  return defineOp({
    name, node: `GridSampler${dims}DBackward0`, args: ['input', 'grid'],
    forward: ([x, grid], a) => sampleForward(x, grid, a.sampler as Sampler),
    grads: {
      input: { saves: ['input', 'grid'], fn: (g, c) => apply(bwd, [g, c.saved('input'), c.saved('grid')], { sampler: c.attrs.sampler, wrt: 'input' }) },
      grid: { saves: ['input', 'grid'], fn: (g, c) => apply(bwd, [g, c.saved('input'), c.saved('grid')], { sampler: c.attrs.sampler, wrt: 'grid' }) },
    },
  });
}
const GRID_SAMPLERS = { 2: samplerOps(2), 3: samplerOps(3) };

export function grid_sample(x: Tensor, grid: Tensor, interp: string, padding: string, align: boolean): Tensor {
  const fmt = (t: Tensor): string => `[${t.shape.join(', ')}]`;
  if (x.dtype !== grid.dtype) throw new TorchError('RuntimeError', `expected scalar type ${scalarTypeName(x.dtype)} but found ${scalarTypeName(grid.dtype)}`);
  if (grid.shape[grid.ndim - 1] !== x.ndim - 2) {
    throw new TorchError('RuntimeError', `grid_sampler(): expected grid to have size ${x.ndim - 2} in last dimension, but got grid with sizes ${fmt(grid)}`);
  }
  if (x.shape[0] !== grid.shape[0]) {
    throw new TorchError('RuntimeError', `grid_sampler(): expected grid and input to have same batch size, but got input with sizes ${fmt(x)} and grid with sizes ${fmt(grid)}`);
  }
  // (a 4-d input goes the 2-d way, any other the 3-d way, each with its own text)
  if (x.ndim !== grid.ndim || (x.ndim !== 4 && x.ndim !== 5)) {
    throw new TorchError('RuntimeError', `grid_sampler(): expected ${x.ndim === 4 ? 4 : 5}D input and grid with same number of dimensions, but got input with sizes ${fmt(x)} and grid with sizes ${fmt(grid)}`);
  }
  if (interp === 'bicubic' && x.ndim === 5) throw new TorchError('RuntimeError', 'grid_sampler(): bicubic interpolation only supports 4D input');
  if (interp === 'bicubic') throw new TorchError('NotImplementedError', "tnb: F.grid_sample(mode='bicubic') is not supported; use 'bilinear' or 'nearest'");
  if (!isFloating(x.dtype)) {
    // (1.13's two texts differ in form: the 2-d one has no quotes)
    throw new TorchError('RuntimeError', x.ndim === 4 ? `grid_sampler_2d_cpu not implemented for ${scalarTypeName(x.dtype)}` : `"grid_sampler3d_cpu" not implemented for '${scalarTypeName(x.dtype)}'`);
  }
  refuseHalf(x, 'F.grid_sample');
  return apply(GRID_SAMPLERS[x.ndim - 2 as 2 | 3], [x, grid], { sampler: { interp: interp as Interp, padding: padding as Padding, align } });
}
