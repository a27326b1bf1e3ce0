// The engine ops of the math functions (kernel/engine/ops/math.ts) that torch/_math.py and torch/special.py call.
import * as torch from './engine';
import type { Tensor } from './engine';

type Fn = (...a: any[]) => unknown;   // eslint-disable-line @typescript-eslint/no-explicit-any
type Num = number | boolean;
const opt = (v: unknown): number | null => (v === null || v === undefined ? null : v as number);

export const MATH_OPS: Record<string, Fn> = {
  lgamma: (x: Tensor) => torch.lgamma(x),
  digamma: (x: Tensor) => torch.digamma(x),
  polygamma: (n: number, x: Tensor) => torch.polygamma(n, x),
  mvlgamma: (x: Tensor, p: number) => torch.mvlgamma(x, p),
  erfinv: (x: Tensor) => torch.erfinv(x),
  i0: (x: Tensor) => torch.i0(x),
  special_i0e: (x: Tensor) => torch.i0e(x),
  special_i1: (x: Tensor) => torch.i1(x),
  special_i1e: (x: Tensor) => torch.i1e(x),
  special_entr: (x: Tensor) => torch.entr(x),
  special_ndtri: (x: Tensor) => torch.ndtri(x),
  special_erfcx: (x: Tensor) => torch.erfcx(x),
  special_log_ndtr: (x: Tensor) => torch.logNdtr(x),
  exp2: (x: Tensor) => torch.exp2(x),
  sinc: (x: Tensor) => torch.sinc(x),
  frac: (x: Tensor) => torch.frac(x),
  sgn: (x: Tensor) => torch.sgn(x),
  signbit: (x: Tensor) => torch.signbit(x),
  deg2rad: (x: Tensor) => torch.deg2rad(x),
  rad2deg: (x: Tensor) => torch.rad2deg(x),
  logit: (x: Tensor, eps: unknown) => torch.logit(x, opt(eps)),
  nan_to_num: (x: Tensor, nan: unknown, pos: unknown, neg: unknown) => torch.nanToNum(x, opt(nan), opt(pos), opt(neg)),
  xlogy: (a: Tensor | Num, b: Tensor | Num) => torch.xlogy(a, b),
  special_xlog1py: (a: Tensor | Num, b: Tensor | Num) => torch.xlog1py(a, b),
  hypot: (a: Tensor, b: Tensor) => torch.hypot(a, b),
  logaddexp: (a: Tensor, b: Tensor) => torch.logaddexp(a, b),
  logaddexp2: (a: Tensor, b: Tensor) => torch.logaddexp2(a, b),
  copysign: (a: Tensor, b: Tensor | Num) => torch.copysign(a, b),
  fmax: (a: Tensor, b: Tensor) => torch.fmax(a, b),
  angle: (x: Tensor) => torch.angle(x),
  acosh: (x: Tensor) => torch.acosh(x),
  asinh: (x: Tensor) => torch.asinh(x),
  atanh: (x: Tensor) => torch.atanh(x),
  fmin: (a: Tensor, b: Tensor) => torch.fmin(a, b),
  nextafter: (a: Tensor, b: Tensor) => torch.nextafter(a, b),
  igamma: (a: Tensor, b: Tensor) => torch.igamma(a, b),
  igammac: (a: Tensor, b: Tensor) => torch.igammac(a, b),
  heaviside: (a: Tensor, b: Tensor) => torch.heaviside(a, b),
  special_zeta: (a: Tensor | Num, b: Tensor | Num) => torch.zeta(a, b),
  special_unary: (name: string, x: Tensor) => torch.specialUnary(name, x),
  special_poly: (name: string, x: Tensor | Num, n: Tensor | Num) => torch.specialPoly(name, x, n),
  round_decimals: (x: Tensor, d: number) => torch.roundDecimals(x, d),
  add_scalar: (x: Tensor, s: number) => torch.addScalar(x, s),
  // in-place forms: the op's name with '_', its attributes after self
  math_unary_: (name: string, x: Tensor, n: unknown) => torch.mathInplace(name, x,
    name === 'polygamma_' ? { n } : name === 'mvlgamma_' ? { p: n } : name === 'logit_' ? { eps: opt(n) } : {}),
  nan_to_num_: (x: Tensor, nan: unknown, pos: unknown, neg: unknown) => torch.mathInplace('nan_to_num_', x, { nan: opt(nan) ?? 0, posinf: opt(pos), neginf: opt(neg) }),
  math_binary_: (name: string, x: Tensor, other: Tensor | Num) => torch.mathBinaryInplace(name, x, other),
};
