// The engine ops of the torch.nn pieces added with the attention layers: activations with weights or noise
// (kernel/engine/ops/activation_param.ts) and the margin and distance losses (loss_margin.ts).
import * as torch from './engine';
import type { Tensor } from './engine';

type Fn = (...a: any[]) => unknown;   // eslint-disable-line @typescript-eslint/no-explicit-any

export const NN_OPS: Record<string, Fn> = {
  prelu: (x: Tensor, w: Tensor) => torch.prelu(x, w),
  glu: (x: Tensor, dim: number) => torch.glu(x, dim),
  rrelu: (x: Tensor, lower: number, upper: number, training: boolean, inplace: boolean) => torch.rrelu(x, lower, upper, training, inplace),
};
