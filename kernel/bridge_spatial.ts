// The engine ops of the spatial layers that torch/_F_nn.py, torch/_F_spatial.py and torch/_F_norm.py call:
// transposed convolution, interpolation, normalisation, padding modes, unfold/fold, 3-d and adaptive pooling.
import * as torch from './engine';
import type { Tensor } from './engine';

type Fn = (...a: any[]) => unknown;   // eslint-disable-line @typescript-eslint/no-explicit-any
type Dims = 1 | 2 | 3;

export const SPATIAL_OPS: Record<string, Fn> = {
  conv_transpose: (x: Tensor, w: Tensor, b: Tensor | null, s: number[], p: number[], op: number[], g: number, d: number[], dims: Dims) =>
    torch.conv_transpose(x, w, b, s, p, op, g, d, dims),
  upsample: (x: Tensor, mode: torch.InterpMode, size: number[] | null, scales: number[] | null, align: boolean) =>
    torch.upsample(x, mode, size, scales, align),
  pad_mode: (x: Tensor, pad: number[], mode: torch.PadMode) => torch.pad_mode(x, pad, mode),
  max_pool3d_with_indices: (x: Tensor, k: number[], s: number[], p: number[], d: number[], ceil: boolean) => torch.max_pool3d_with_indices(x, k, s, p, d, ceil),
  avg_pool3d: (x: Tensor, k: number[], s: number[], p: number[], ceil: boolean, countPad: boolean, divisor: number | null) =>
    torch.avg_pool3d(x, k, s, p, ceil, countPad, divisor),
  adaptive_avg_pool3d: (x: Tensor, size: (number | null)[]) => torch.adaptive_avg_pool3d(x, size),
  adaptive_max_pool: (x: Tensor, size: (number | null)[], nsp: 2 | 3) => torch.adaptive_max_pool(x, size, nsp),
  max_unpool: (x: Tensor, idx: Tensor, size: number[], nsp: 2 | 3) => torch.max_unpool(x, idx, size, nsp),
  pixel_shuffle: (x: Tensor, r: number, up: boolean) => torch.pixel_shuffle(x, r, up),
  channel_shuffle: (x: Tensor, g: number) => torch.channel_shuffle(x, g),
  unfold_im2col: (x: Tensor, k: number[], d: number[], p: number[], s: number[]) => torch.unfold_im2col(x, k, d, p, s),
  fold_col2im: (x: Tensor, size: number[], k: number[], d: number[], p: number[], s: number[]) => torch.fold_col2im(x, size, k, d, p, s),
  affine_grid: (theta: Tensor, size: number[], align: boolean) => torch.affine_grid(theta, size, align),
  grid_sample: (x: Tensor, grid: Tensor, mode: string, padding: string, align: boolean) => torch.grid_sample(x, grid, mode, padding, align),
  group_norm: (x: Tensor, g: number, w: Tensor | null, b: Tensor | null, eps: number) => torch.group_norm(x, g, w, b, eps),
};
