// The engine ops of the torch.nn pieces added with the attention layers: activations with weights or noise
// (kernel/engine/ops/activation_param.ts) and the margin and distance losses (loss_margin.ts).
import * as torch from './engine';
import type { Tensor } from './engine';

type Fn = (...a: any[]) => unknown;   // eslint-disable-line @typescript-eslint/no-explicit-any

export const NN_OPS: Record<string, Fn> = {
  prelu: (x: Tensor, w: Tensor) => torch.prelu(x, w),
  glu: (x: Tensor, dim: number) => torch.glu(x, dim),
  rrelu: (x: Tensor, lower: number, upper: number, training: boolean, inplace: boolean) => torch.rrelu(x, lower, upper, training, inplace),
  soft_margin_loss: (x: Tensor, t: Tensor, r: torch.Reduction) => torch.soft_margin_loss(x, t, r),
  multi_margin_loss: (x: Tensor, t: Tensor, p: number, margin: number, w: Tensor | null, r: torch.Reduction) => torch.multi_margin_loss(x, t, p, margin, w, r),
  multilabel_margin_loss: (x: Tensor, t: Tensor, r: torch.Reduction) => torch.multilabel_margin_loss(x, t, r),
  pdist: (x: Tensor, p: number) => torch.pdist(x, p),
  trilinear_bilinear: (x1: Tensor, w: Tensor, x2: Tensor) => torch.trilinear_bilinear(x1, w, x2),
  // Tensor-Scalar add/sub as ATen's composites call them (AddBackward1, SubBackward1; Python's x + 1.5 is AddBackward0)
  add_scalar: (x: Tensor, s: number) => torch.addScalar(x, s),
  sub_scalar: (x: Tensor, s: number) => torch.subScalar(x, s),
  embedding_bag: (w: Tensor, i: Tensor, o: Tensor, mode: torch.BagMode, psw: Tensor | null, last: boolean, pad: number | null) =>
    torch.embedding_bag(w, i, o, mode, psw, last, pad),
  ctc_loss_raw: (lp: Tensor, targets: number[][], il: number[], tl: number[], blank: number, zeroInf: boolean) =>
    torch.ctc_loss_raw(lp, targets, il, tl, blank, zeroInf),
  clamp_bound: (x: Tensor, lo: number | null, hi: number | null, inplace: boolean) => torch.clampBound(x, lo, hi, inplace),
  clamp_bound_tensor: (x: Tensor, lo: Tensor | null, hi: Tensor | null, inplace: boolean) => torch.clampBoundTensor(x, lo, hi, inplace),
};
