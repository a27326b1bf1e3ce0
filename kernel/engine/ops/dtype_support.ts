// Which op-table entries PyTorch 1.13's CPU kernels refuse for which dtypes, and the kernel name its error shows
// ('"exp_vml_cpu" not implemented for 'Half''). float16 is the usual one: 1.13 computes most pointwise ops,
// reductions and products on bfloat16 but not on Half. Checked by applyOp before the forward runs, on the dtype the
// op computes in (the promoted dtype of its tensor inputs; for ops marked `float`, ints count as float32).
// Measured with test/golden/gen_dtype_ops.py (the op-by-dtype matrix) and a probe of each op on each dtype.
import { DType, scalarName } from '../dtype';
import { resultType, toFloating } from '../promote';
import type { Tensor } from '../tensor';
import type { Attrs } from './apply';

interface Support {
  kernel: string | ((attrs: Attrs, inputs: Tensor[]) => string);
  refuses: readonly DType[];
  float?: boolean;
  /** An error text of the op's own instead of the dispatch error. */
  message?: (d: DType) => string;
}

const HALF: readonly DType[] = ['float16'];
const HALF_BOOL: readonly DType[] = ['float16', 'bool'];
const HALFS: readonly DType[] = ['float16', 'bfloat16'];
const f = (kernel: string, refuses: readonly DType[] = HALF): Support => ({ kernel, refuses, float: true });
const k = (kernel: Support['kernel'], refuses: readonly DType[] = HALF): Support => ({ kernel, refuses });

const TABLE: Record<string, Support> = {
  // torch.special's Bessel functions, airy_ai and orthogonal polynomials: '"bessel_j0_cpu" not implemented for 'Half''
  ...Object.fromEntries(['bessel_j0', 'bessel_j1', 'bessel_y0', 'bessel_y1', 'modified_bessel_i0', 'modified_bessel_i1',
    'modified_bessel_k0', 'modified_bessel_k1', 'scaled_modified_bessel_k0', 'scaled_modified_bessel_k1', 'spherical_bessel_j0',
    'airy_ai', 'chebyshev_polynomial_t', 'chebyshev_polynomial_u', 'chebyshev_polynomial_v', 'chebyshev_polynomial_w',
    'shifted_chebyshev_polynomial_t', 'shifted_chebyshev_polynomial_u', 'shifted_chebyshev_polynomial_v',
    'shifted_chebyshev_polynomial_w', 'hermite_polynomial_h', 'hermite_polynomial_he', 'laguerre_polynomial_l',
    'legendre_polynomial_p'].map((n) => [`special_${n}`, f(`${n}_cpu`, HALFS)])),
  exp: f('exp_vml_cpu'), log: f('log_vml_cpu'), sqrt: f('sqrt_vml_cpu'), sin: f('sin_vml_cpu'), cos: f('cos_vml_cpu'),
  tan: f('tan_vml_cpu'), tanh: f('tanh_vml_cpu'), sigmoid: f('sigmoid_cpu'), rsqrt: f('rsqrt_cpu'),
  log1p: f('log1p_vml_cpu'), expm1: f('expm1_vml_cpu'), log2: f('log2_vml_cpu'), log10: f('log10_vml_cpu'),
  asin: f('asin_vml_cpu'), acos: f('acos_vml_cpu'), atan: f('atan_vml_cpu'), sinh: f('sinh_cpu'), cosh: f('cosh_cpu'),
  lgamma: f('lgamma_vml_cpu'), digamma: f('digamma'), erfinv: f('erfinv_vml_cpu'), i0: f('i0_vml_cpu'), sinc: f('sinc_cpu'),
  hypot: k('hypot_cpu'), logaddexp: k('logaddexp_cpu'), nextafter: k('nextafter_cpu'),
  erf: f('erf_vml_cpu'), erfc: f('erfc_vml_cpu'), logit: f('logit_cpu'), atan2: f('atan2_cpu'),
  relu: k('clamp_min_cpu'), abs: k('abs_cpu', ['bool']),
  floor: k('floor_vml_cpu', HALF_BOOL), ceil: k('ceil_vml_cpu', HALF_BOOL), trunc: k('trunc_vml_cpu', HALF_BOOL),
  addcmul: k('addcmul_cpu_out', HALF_BOOL), addcdiv: k('addcdiv_cpu_out'),
  mm: k('addmm_impl_cpu_', HALF_BOOL), addmm: k('addmm_impl_cpu_', HALF_BOOL), bmm: k('bmm', HALF_BOOL),
  dot: k('dot', HALF_BOOL), mv: k('addmv_impl_cpu', HALF_BOOL), addmv: k('addmv_impl_cpu', HALF_BOOL),
  baddbmm: k('baddbmm', HALF_BOOL), addbmm: k('addmm_impl_cpu_', HALF_BOOL),
  gelu: k('GeluKernelImpl'), elu: k('elu_cpu'), celu: k('elu_cpu'), softplus: k('softplus_cpu'),
  hardtanh: k('clamp_scalar_cpu'), log_sigmoid: k('log_sigmoid_cpu'), leaky_relu: k('leaky_relu_cpu'),
  hardswish: k('hardswish_cpu'), hardshrink: k('hardshrink_cpu'), softshrink: k('softshrink_cpu'),
  threshold: k('threshold_cpu'), silu: k('silu_cpu'), hardsigmoid: k('hardsigmoid_cpu'), mish: k('mish_cpu', HALFS),
  convolution: k('slow_conv2d_cpu', HALF_BOOL), cumsum: k('cumsum_out_cpu'), cumprod: k('cumprod_out_cpu'),
  logcumsumexp: k('logcumsumexp_out_cpu'), cummax: k('cummax_cpu'), cummin: k('cummin_cpu'), diag: k('diag'),
  trace: k('trace', ['float16', 'bfloat16', 'bool']), prod: k('prod_cpu', HALFS), topk: k('topk_cpu', HALF_BOOL),
  _unique2: k('unique'), unique_consecutive: k('unique'), native_batch_norm: k('batch_norm'),
  linalg_inv_ex: { kernel: '', refuses: HALFS, message: (d) => `linalg.inv: Low precision dtypes not supported. Got ${scalarName(d)}` }, native_layer_norm: k('LayerNormKernelImpl'), nll_loss: k('nll_loss_out_frame'),
  mse_loss: k('mse_cpu', ['bfloat16', 'bool', 'uint8', 'int8', 'int16', 'int32', 'int64']),
  binary_cross_entropy: k('binary_cross_entropy', HALFS), linalg_cross: k('cross', HALF_BOOL), _cdist_forward: k('cdist', HALFS),
  linalg_det: k('lu_cpu', HALFS), max_pool2d_with_indices: k('max_pool2d'),
  clamp: k((attrs, inputs) => (inputs.length > 1 ? 'clamp_cpu' : Number.isNaN(attrs.p1 as number) ? 'clamp_min_cpu'
    : Number.isNaN(attrs.p0 as number) ? 'clamp_max_cpu' : 'clamp_scalar_cpu')),
  round: k((attrs) => ((attrs.decimals as number | undefined) ? 'round_cpu' : 'round_vml_cpu'), HALF_BOOL),
  logsumexp: k('exp_vml_cpu'),
  softmax: k((attrs, [x]) => (lastDim(attrs, x) ? 'softmax_lastdim_kernel_impl' : 'softmax_kernel_impl')),
  log_softmax: k((attrs, [x]) => (lastDim(attrs, x) ? 'log_softmax_lastdim_kernel_impl' : 'log_softmax_kernel_impl')),
  lerp: k((_attrs, inputs) => (inputs.length > 2 ? 'lerp_kernel_tensor' : 'lerp_kernel_scalar')),
};

/** Whether a softmax runs along the last dim (PyTorch's lastdim kernel, whose name its error shows). */
function lastDim(attrs: Attrs, x: Tensor): boolean {
  const d = attrs.dim as number;
  return x.ndim === 0 || d === x.ndim - 1 || d === -1;
}

/** The dtype error PyTorch raises for this op on these inputs, or null when its kernel takes their dtype. */
export function unsupportedDtype(name: string, inputs: Tensor[], attrs: Attrs): { kernel: string; dtype: DType; message?: string } | null {
  const s = TABLE[name];
  if (s === undefined || inputs.length === 0) return null;
  let d = resultType(...inputs);
  if (s.float) d = toFloating(d);
  if (!s.refuses.includes(d)) return null;
  return { kernel: typeof s.kernel === 'string' ? s.kernel : s.kernel(attrs, inputs), dtype: d, message: s.message?.(d) };
}
