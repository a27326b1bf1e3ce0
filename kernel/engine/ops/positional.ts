// Which elements of a pointwise op PyTorch 1.13.1's cpu_kernel_vec computes with its vector lambda (Sleef on AVX2)
// and which with its scalar one (glibc): TensorIterator orders the dims by the inputs' strides (reorder_dimensions),
// lays a new output out in that order, merges dims (coalesce_dimensions), splits the elements among threads
// (at::parallel_for, GRAIN_SIZE), and runs each inner row of a piece through vectorized_loop when the row's strides
// are contiguous (or one input is a broadcast number): whole blocks of two Vectorized (16 floats, 8 doubles) from the
// row's start take the vector lambda, the rest the scalar one; other rows are scalar throughout. Elements are placed
// as one thread places them (as the other positional kernels do): above GRAIN_SIZE elements PyTorch on several
// threads starts a block run at each thread's piece.
import { broadcastStrides, sortDims } from '../shape';

export interface Layout { readonly shape: readonly number[]; readonly strides: readonly number[] }
/**
 * For each element of the broadcast result (row-major index) of a pointwise op over `inputs`: 1 where the vector
 * lambda computes it, else 0. `block`: elements per vector step (16 for float32, 8 for float64). `out`: the strides
 * of a given output (an op writing into a view), else TensorIterator allocates it.
 */
export function vectorMask(shape: readonly number[], inputs: readonly Layout[], block: number, out: readonly number[] | null = null): Uint8Array {
  const nd = shape.length, n = shape.reduce((a, b) => a * b, 1);
  const mask = new Uint8Array(n);
  if (n === 0) return mask;
  const ins = inputs.map((t) => broadcastStrides(t.shape, t.strides, shape));
  // reorder_dimensions: perm[0] is the innermost dim
  const perm = sortDims(nd, (d0, d1) => {
    for (const st of out ? [out, ...ins] : ins) {
      const s0 = st[d0], s1 = st[d1];
      if (s0 === 0 || s1 === 0) continue;
      if (s0 < s1) return -1;
      if (s0 > s1) return 1;
      if (shape[d0] > shape[d1]) return 1;
    }
    return 0;
  });
  // the output: contiguous in perm's order
  const outSt = out ? [...out] : new Array<number>(nd).fill(0);
  let acc = 1;
  if (!out) for (const d of perm) { outSt[d] = acc; acc *= shape[d]; }
  // coalesce_dimensions over (out, inputs) in perm's order
  const ops = [outSt, ...ins];
  const sh = perm.map((d) => shape[d]);
  const st = ops.map((s) => perm.map((d) => s[d]));
  let prev = 0;
  for (let d = 1; d < nd; d++) {
    const can = sh[prev] === 1 || sh[d] === 1 || st.every((s) => sh[prev] * s[prev] === s[d]);
    if (can) {
      if (sh[prev] === 1) for (const s of st) s[prev] = s[d];
      sh[prev] *= sh[d];
    } else {
      prev++;
      if (prev !== d) { for (const s of st) s[prev] = s[d]; sh[prev] = sh[d]; }
    }
  }
  const row = nd === 0 ? 1 : sh[0];
  // the inner row runs vectorized_loop: every stride contiguous, or exactly one input a broadcast number
  let vec = nd > 0 && st[0][0] === 1;
  if (vec && !st.slice(1).every((s) => s[0] === 1)) {
    const zeros = st.slice(1).filter((s) => s[0] === 0).length, ones = st.slice(1).filter((s) => s[0] === 1).length;
    vec = zeros === 1 && ones === st.length - 2;
  }
  if (!vec) return mask;
  const chunk = n;   // one thread's piece: the whole walk
  // flags by place in the walk (perm's order, perm[0] fastest)
  const flags = new Uint8Array(n);
  for (let r0 = 0; r0 < n; r0 += row) {
    for (let s = r0; s < r0 + row;) {
      const e = Math.min(r0 + row, (Math.floor(s / chunk) + 1) * chunk);
      const len = e - s, whole = len - (len % block);
      flags.fill(1, s, s + whole);
      s = e;
    }
  }
  // back to row-major indices
  const rm = new Array<number>(nd).fill(0);
  for (let d = nd - 1, a = 1; d >= 0; d--) { rm[d] = a; a *= shape[d]; }
  const idx = new Array<number>(nd).fill(0);
  let at = 0;
  for (let w = 0; w < n; w++) {
    mask[at] = flags[w];
    for (let k = 0; k < nd; k++) {
      const d = perm[k];
      if (++idx[d] < shape[d]) { at += rm[d]; break; }
      at -= (shape[d] - 1) * rm[d];
      idx[d] = 0;
    }
  }
  return mask;
}
