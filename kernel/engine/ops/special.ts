// Special functions on JS doubles (the host-side activations and losses use them).

/**
 * erfc(z) for z ≥ 0 to about 1e-15 relative: below 1.5, 1 - erf from the all-positive series
 * erf(z) = 2/√π · e^{-z²} · Σ (2z²)ⁿ z / (2n+1)!! (no cancellation); from 1.5 on, the continued fraction
 * erfc(z) = e^{-z²}/√π · 1/(z + ½/(z + 1/(z + 3/2/(z + …)))). Negative z: 2 - erfc(-z).
 */
export function erfc(z: number): number {
  if (Number.isNaN(z)) return NaN;
  if (z < 0) return 2 - erfc(-z);
  if (z < 1.5) return 1 - erfSeries(z);
  let f = z;
  for (let k = 200; k >= 1; k--) f = z + (k / 2) / f;
  return expNegSquare(z) / (Math.sqrt(Math.PI) * f);
}

/** e^{-z²} without the rounding of z² (its error grows with z² in the result): z = zh + zl, zh² exact. */
export function expNegSquare(z: number): number {
  const zh = Math.fround(z), zl = z - zh;
  if (!Number.isFinite(zl)) return Math.exp(-z * z);   // ±inf, NaN, or beyond float's range (e^{-z²} is 0 there)
  return Math.exp(-zh * zh) * Math.exp(-zl * (z + zh));
}

export function erf(z: number): number {
  if (Number.isNaN(z)) return NaN;
  const a = Math.abs(z);
  const r = a < 1.5 ? erfSeries(a) : 1 - erfc(a);
  return z < 0 ? -r : r;
}

function erfSeries(z: number): number {
  const z2 = 2 * z * z;
  let term = z, sum = z;
  for (let n = 1; n < 200 && term > 1e-17 * sum; n++) {
    term *= z2 / (2 * n + 1);
    sum += term;
  }
  return (2 / Math.sqrt(Math.PI)) * Math.exp(-z * z) * sum;
}
