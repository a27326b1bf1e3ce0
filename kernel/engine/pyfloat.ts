// Python's float formatting ('{:.Nf}', '{:.Ne}', '{}' of ints), reproduced exactly.
//
// Python rounds the *exact* binary value of a double to the requested number of
// digits, breaking exact ties to even. JS `toFixed`/`toExponential` break ties
// upwards instead (0.03125.toFixed(4) === '0.0313', Python gives '0.0312'), so we
// do the rounding ourselves with BigInt arithmetic on the exact value m * 2^e.

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
// Index of the high word on this platform (little-endian everywhere we run, but be safe).
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/** |x| = m * 2^e exactly, for finite x (m = 0 for zero). */
function decompose(x: number): { m: bigint; e: number } {
  F64[0] = x;
  const hi = U32[HI];
  const lo = U32[1 - HI];
  const expField = (hi >>> 20) & 0x7ff;
  const frac = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (expField === 0) return { m: frac, e: -1074 }; // zero or subnormal
  return { m: frac | (1n << 52n), e: expField - 1075 };
}

function signBit(x: number): boolean {
  return x < 0 || Object.is(x, -0);
}

function nonFinite(x: number): string | null {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  return null;
}

/** round(num / den) with ties to even; num >= 0, den > 0. */
function divRoundHalfEven(num: bigint, den: bigint): bigint {
  let q = num / den;
  const r2 = (num - q * den) * 2n;
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) q += 1n;
  return q;
}

const POW10: bigint[] = [1n];
function pow10(n: number): bigint {
  while (POW10.length <= n) POW10.push(POW10[POW10.length - 1] * 10n);
  return POW10[n];
}

/** round(|x| * 10^k) to an integer, ties to even, exactly (k may be negative). */
function scaledRound(x: number, k: number): bigint {
  const { m, e } = decompose(x);
  let num = m;
  let den = 1n;
  if (e >= 0) num <<= BigInt(e);
  else den <<= BigInt(-e);
  if (k >= 0) num *= pow10(k);
  else den *= pow10(-k);
  return divRoundHalfEven(num, den);
}

/** Python `'{:.{prec}f}'.format(x)`. */
export function formatFixed(x: number, prec: number): string {
  const nf = nonFinite(x);
  if (nf !== null) return nf;
  const digits = scaledRound(x, prec).toString().padStart(prec + 1, '0');
  const sign = signBit(x) ? '-' : '';
  if (prec === 0) return sign + digits;
  return sign + digits.slice(0, digits.length - prec) + '.' + digits.slice(digits.length - prec);
}

/** Python `'{:.{prec}e}'.format(x)`: mantissa with prec decimals, exponent with sign and >= 2 digits. */
export function formatExp(x: number, prec: number): string {
  const nf = nonFinite(x);
  if (nf !== null) return nf;
  const sign = signBit(x) ? '-' : '';
  let exp = 0;
  let n = 0n;
  if (x !== 0) {
    exp = Math.floor(Math.log10(Math.abs(x))); // a guess, may be off by one
    const lo = pow10(prec);
    const hi = pow10(prec + 1);
    for (;;) {
      n = scaledRound(x, prec - exp);
      if (n >= hi) exp += 1;
      else if (n < lo) exp -= 1;
      else break;
    }
  }
  const digits = n.toString().padStart(prec + 1, '0');
  const mant = prec === 0 ? digits : digits[0] + '.' + digits.slice(1);
  const expStr = String(Math.abs(exp)).padStart(2, '0');
  return sign + mant + 'e' + (exp < 0 ? '-' : '+') + expStr;
}

/** Python `'{}'.format(int(x))` for an integer-valued double (exact, also beyond 2^53). */
export function formatInt(x: number | bigint): string {
  if (typeof x === 'bigint') return x.toString();
  if (Number.isSafeInteger(x)) return String(x === 0 ? 0 : x);
  if (!Number.isFinite(x)) return nonFinite(x) ?? String(x);
  return BigInt(Math.trunc(x)).toString();
}
