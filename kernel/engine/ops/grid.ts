// F.affine_grid (affine_grid_generator: AffineGridGeneratorBackward0) and F.grid_sample over 4-d inputs
// (grid_sampler_2d: GridSampler2DBackward0) with bilinear and nearest interpolation and zeros / border / reflection
// padding, following ATen's GridSampler.h formulas. PyTorch 1.13 defines no derivative of grid_sampler_2d's backward:
// its gradients come from a NotImplemented node here as there, whose backward raises PyTorch's error.
import { TorchError } from '../errors';
import * as K from '../kernels';
import { contiguousStrides } from '../shape';
import { Tensor } from '../tensor';
import { mem } from '../wasm';
import { apply, defineOp, scalarTypeName } from './apply';
import { matmul } from './linalg';
import { reshape, transpose, viewOf } from './views';

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
  if (dtype === 'float32') m.f32.set(values, t.storage.ptr >> 2); else m.f64.set(values, t.storage.ptr >> 3);
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
  return apply(AFFINE_GRID, [theta], { size: [...size], align });
}

// --- grid_sampler_2d ---------------------------------------------------------------------------------------------------
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
  return t.dtype === 'float32' ? m.f32.subarray((t.storage.ptr >> 2) + t.offset, (t.storage.ptr >> 2) + t.offset + n)
    : m.f64.subarray((t.storage.ptr >> 3) + t.offset, (t.storage.ptr >> 3) + t.offset + n);
};
/** Round half to even (nearbyint). */
const nearbyint = (v: number): number => { const r = Math.round(v); return Math.abs(v % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r; };

/**
 * Walks every (n, output position) with its taps (input position, weight) and the weights' derivatives along x and y;
 * visit(n, q, taps) is called with taps as [iy, ix, w, dwdx, dwdy] rows, only for taps inside the input.
 */
function walk(x: Tensor, grid: Tensor, s: Sampler, visit: (n: number, q: number, taps: number[][], gx: number, gy: number) => void): void {
  const [N, , H, W] = x.shape, [, Ho, Wo] = grid.shape, gd = dataOf(grid);
  for (let n = 0; n < N; n++) {
    for (let q = 0; q < Ho * Wo; q++) {
      const [ix, gx] = sourceIndex(gd[(n * Ho * Wo + q) * 2], W, s), [iy, gy] = sourceIndex(gd[(n * Ho * Wo + q) * 2 + 1], H, s);
      const taps: number[][] = [];
      const inside = (yy: number, xx: number): boolean => yy >= 0 && yy < H && xx >= 0 && xx < W;
      if (s.interp === 'nearest') {
        const xx = nearbyint(ix), yy = nearbyint(iy);
        if (inside(yy, xx)) taps.push([yy, xx, 1, 0, 0]);
      } else {
        const x0 = Math.floor(ix), y0 = Math.floor(iy), x1 = x0 + 1, y1 = y0 + 1;
        const cand = [[y0, x0, (x1 - ix) * (y1 - iy), -(y1 - iy), -(x1 - ix)], [y0, x1, (ix - x0) * (y1 - iy), y1 - iy, -(ix - x0)],
          [y1, x0, (x1 - ix) * (iy - y0), -(iy - y0), x1 - ix], [y1, x1, (ix - x0) * (iy - y0), iy - y0, ix - x0]];
        for (const t of cand) if (inside(t[0], t[1])) taps.push(t);
      }
      visit(n, q, taps, gx, gy);
    }
  }
}

function sampleForward(x: Tensor, grid: Tensor, s: Sampler): Tensor {
  const xc = K.contiguousAs(x), gc = K.contiguousAs(grid), [N, C, H, W] = x.shape, [, Ho, Wo] = grid.shape;
  const out = K.full([N, C, Ho, Wo], 0, x.dtype);
  if (out.numel() === 0) return out;
  const r = x.dtype === 'float32' ? Math.fround : (v: number): number => v;
  const src = dataOf(xc), dst = dataOf(out);
  walk(xc, gc, s, (n, q, taps) => {
    for (let c = 0; c < C; c++) {
      let acc = 0;
      for (const [yy, xx, w] of taps) acc = r(acc + r(src[((n * C + c) * H + yy) * W + xx] * r(w)));
      dst[((n * C + c) * Ho * Wo) + q] = acc;
    }
  });
  return out;
}

/** The gradients of grid_sample: for the input (scattered weights) or for the grid (the weights' derivatives). */
function sampleBackward(g: Tensor, x: Tensor, grid: Tensor, s: Sampler, wrt: 'input' | 'grid'): Tensor {
  const gc = K.contiguousAs(g), xc = K.contiguousAs(x), gr = K.contiguousAs(grid), [N, C, H, W] = x.shape, [, Ho, Wo] = grid.shape;
  const out = K.full(wrt === 'input' ? [N, C, H, W] : [N, Ho, Wo, 2], 0, x.dtype);
  if (out.numel() === 0 || gc.numel() === 0) return out;
  const go = dataOf(gc), src = dataOf(xc), dst = dataOf(out);
  walk(xc, gr, s, (n, q, taps, gx, gy) => {
    let dx = 0, dy = 0;
    for (let c = 0; c < C; c++) {
      const gv = go[(n * C + c) * Ho * Wo + q];
      for (const [yy, xx, w, dwx, dwy] of taps) {
        const at = ((n * C + c) * H + yy) * W + xx;
        if (wrt === 'input') dst[at] += w * gv;
        else { dx += src[at] * dwx * gv; dy += src[at] * dwy * gv; }
      }
    }
    // (nearest sampling has a zero gradient for the grid, +0 as PyTorch writes it)
    if (wrt === 'grid' && s.interp === 'bilinear') { dst[(n * Ho * Wo + q) * 2] = dx * gx; dst[(n * Ho * Wo + q) * 2 + 1] = dy * gy; }
  });
  return out;
}

const refuse = (): Tensor => { throw new TorchError('RuntimeError', 'derivative for aten::grid_sampler_2d_backward is not implemented'); };
/** The gradients as PyTorch 1.13 records them: one NotImplemented node (grid_sampler_2d_backward has no derivative). */
const GRID_SAMPLER_BACKWARD = defineOp({
  name: 'grid_sampler_2d_backward', node: 'NotImplemented', args: ['grad_output', 'input', 'grid'],
  forward: ([g, x, grid], a) => sampleBackward(g, x, grid, a.sampler as Sampler, a.wrt as 'input' | 'grid'),
  grads: { grad_output: { saves: [], fn: refuse }, input: { saves: [], fn: refuse }, grid: { saves: [], fn: refuse } },
});

const GRID_SAMPLER_2D = defineOp({
  name: 'grid_sampler_2d', node: 'GridSampler2DBackward0', args: ['input', 'grid'],
  forward: ([x, grid], a) => sampleForward(x, grid, a.sampler as Sampler),
  grads: {
    input: { saves: ['input', 'grid'], fn: (g, c) => apply(GRID_SAMPLER_BACKWARD, [g, c.saved('input'), c.saved('grid')], { sampler: c.attrs.sampler, wrt: 'input' }) },
    grid: { saves: ['input', 'grid'], fn: (g, c) => apply(GRID_SAMPLER_BACKWARD, [g, c.saved('input'), c.saved('grid')], { sampler: c.attrs.sampler, wrt: 'grid' }) },
  },
});

export function grid_sample(x: Tensor, grid: Tensor, interp: string, padding: string, align: boolean): Tensor {
  const fmt = (t: Tensor): string => `[${t.shape.join(', ')}]`;
  if (x.dtype !== grid.dtype) throw new TorchError('RuntimeError', `expected scalar type ${scalarTypeName(x.dtype)} but found ${scalarTypeName(grid.dtype)}`);
  if (x.ndim !== grid.ndim || x.shape[0] !== grid.shape[0]) {
    throw new TorchError('RuntimeError', `grid_sampler(): expected grid and input to have same batch size, but got input with sizes ${fmt(x)} and grid with sizes ${fmt(grid)}`);
  }
  if (grid.shape[grid.ndim - 1] !== x.ndim - 2) {
    throw new TorchError('RuntimeError', `grid_sampler(): expected grid to have size ${x.ndim - 2} in last dimension, but got grid with sizes ${fmt(grid)}`);
  }
  if (x.ndim !== 4) throw new TorchError('NotImplementedError', 'tnb: F.grid_sample supports 4-d inputs (2-d sampling); 5-d inputs are not supported');
  if (interp === 'bicubic') throw new TorchError('NotImplementedError', "tnb: F.grid_sample(mode='bicubic') is not supported; use 'bilinear' or 'nearest'");
  return apply(GRID_SAMPLER_2D, [x, grid], { sampler: { interp: interp as Interp, padding: padding as Padding, align } });
}
