// The functional namespace (what `torch.*` holds): every public op function, plus the few helpers the autograd
// engine needs, under one import.
import * as K from '../kernels';
import { DType } from '../dtype';
import { noGrad } from '../autograd/grad_mode';
import { Tensor } from '../tensor';
import { add_ } from './pointwise';
import { clone, to } from './views';

export * from './creation';
export * from './pointwise';
export * from './reduce';
export * from './views';
export * from './linalg';
export * from './join';
export * from './softmax';
export * from './indexing';
export * from './scan';
export * from './order';
export * from './lerp';
export * from './unique';
export * from './cumulative';
export * from './bitwise';
export * from './unfold';
export * from './gather';
export * from './activation';
export * from './pad';
export * from './loss';
export * from './diagonal';
export * from './triangular';
export * from './math';
export * from './special_fns';
export * from './split';
export * from './qr';
export * from './distributions';
export * from './eigh';
export * from './svd';
export * from './lu';

export function onesLike(t: Tensor): Tensor { return K.full(t.shape, 1, t.dtype); }
export function toDtype(t: Tensor, dtype: DType): Tensor { return to(t, dtype); }
/** A copy that does not take part in autograd (for `.grad` slots that must not alias the user's tensors). */
export function detachedClone(t: Tensor): Tensor { return noGrad(() => clone(t)); }
export function addInplaceNoGrad(t: Tensor, g: Tensor): void { noGrad(() => add_(t, g)); }
export * from './conv';
export * from './pool';
export * from './norm';
export * from './embedding';
export * from './optim_update';
export * from './rnn';
export * from './rearrange';
export * from './linalg_dense';
export * from './linalg_products';
export * from './activation_param';
export * from './loss_margin';
export * from './embedding_bag';
export * from './ctc';
export * from './upsample';
export * from './pad_modes';
export * from './pool3d';
export * from './shuffle';
export * from './fold';
export * from './grid';
