// The engine ops of torch.special's Bessel functions, airy_ai and orthogonal polynomials (values: special_bessel.ts).
// PyTorch 1.13.1 gives them no derivative formula, so they record no node: the output never requires grad.
// Integer and bool inputs compute in float32; float16 and bfloat16 are refused (dtype_support.ts).
import { resultType, toFloating } from '../promote';
import { Tensor } from '../tensor';
import { apply, definePointwise, OpDef } from './apply';
import { mapBinary, mapUnary } from './math';
import { Scalar, wrapScalar } from './scalar';
import * as B from './special_bessel';

type Unary = (x: number, p: B.Prec) => number;
type Poly = (x: number, n: number, p: B.Prec) => number;

function unaryOp(name: string, fn: Unary): OpDef {
  return definePointwise({
    name, node: null, args: ['self'],
    forward: ([x]) => mapUnary(x, toFloating(x.dtype), (v) => fn(Math.fround(v), B.P32), (v) => fn(v, B.P64)),
  });
}

export const SPECIAL_UNARY: Record<string, OpDef> = {
  special_bessel_j0: unaryOp('special_bessel_j0', B.besselJ0),
  special_bessel_j1: unaryOp('special_bessel_j1', B.besselJ1),
  special_bessel_y0: unaryOp('special_bessel_y0', B.besselY0),
  special_bessel_y1: unaryOp('special_bessel_y1', B.besselY1),
  special_modified_bessel_i0: unaryOp('special_modified_bessel_i0', B.modifiedBesselI0),
  special_modified_bessel_i1: unaryOp('special_modified_bessel_i1', B.modifiedBesselI1),
  special_modified_bessel_k0: unaryOp('special_modified_bessel_k0', B.modifiedBesselK0),
  special_modified_bessel_k1: unaryOp('special_modified_bessel_k1', B.modifiedBesselK1),
  special_scaled_modified_bessel_k0: unaryOp('special_scaled_modified_bessel_k0', B.scaledModifiedBesselK0),
  special_scaled_modified_bessel_k1: unaryOp('special_scaled_modified_bessel_k1', B.scaledModifiedBesselK1),
  special_spherical_bessel_j0: unaryOp('special_spherical_bessel_j0', B.sphericalBesselJ0),
  special_airy_ai: unaryOp('special_airy_ai', B.airyAi),
};

function polyOp(name: string, fn: Poly): OpDef {
  return definePointwise({
    name, node: null, args: ['x', 'n'],
    forward: ([x, n]) => {
      const dt = toFloating(resultType(x, n));
      return mapBinary(x, n, dt, (a, b) => fn(a, B.polyDegree(b), B.P32), (a, b) => fn(a, B.polyDegree(b), B.P64));
    },
  });
}

export const SPECIAL_POLY: Record<string, OpDef> = {
  special_chebyshev_polynomial_t: polyOp('special_chebyshev_polynomial_t', B.chebyshevT),
  special_chebyshev_polynomial_u: polyOp('special_chebyshev_polynomial_u', B.chebyshevU),
  special_chebyshev_polynomial_v: polyOp('special_chebyshev_polynomial_v', B.chebyshevV),
  special_chebyshev_polynomial_w: polyOp('special_chebyshev_polynomial_w', B.chebyshevW),
  special_shifted_chebyshev_polynomial_t: polyOp('special_shifted_chebyshev_polynomial_t', B.shiftedChebyshevT),
  special_shifted_chebyshev_polynomial_u: polyOp('special_shifted_chebyshev_polynomial_u', B.shiftedChebyshevU),
  special_shifted_chebyshev_polynomial_v: polyOp('special_shifted_chebyshev_polynomial_v', B.shiftedChebyshevV),
  special_shifted_chebyshev_polynomial_w: polyOp('special_shifted_chebyshev_polynomial_w', B.shiftedChebyshevW),
  special_hermite_polynomial_h: polyOp('special_hermite_polynomial_h', B.hermiteH),
  special_hermite_polynomial_he: polyOp('special_hermite_polynomial_he', B.hermiteHe),
  special_laguerre_polynomial_l: polyOp('special_laguerre_polynomial_l', B.laguerreL),
  special_legendre_polynomial_p: polyOp('special_legendre_polynomial_p', B.legendreP),
};

/** torch.special.<name>(x) of the Bessel family and airy_ai (name without the special_ prefix). */
export function specialUnary(name: string, x: Tensor): Tensor {
  const def = SPECIAL_UNARY['special_' + name];
  if (!def) throw new Error(`no special function ${name}`);
  return apply(def, [x]);
}

/** torch.special.<name>_polynomial_*(x, n): either may be a number (a wrapped scalar, as PyTorch's overloads). */
export function specialPoly(name: string, x: Tensor | Scalar, n: Tensor | Scalar): Tensor {
  const def = SPECIAL_POLY['special_' + name];
  if (!def) throw new Error(`no special polynomial ${name}`);
  return apply(def, [x instanceof Tensor ? x : wrapScalar(x), n instanceof Tensor ? n : wrapScalar(n)]);
}
