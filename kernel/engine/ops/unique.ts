// torch.unique / unique_consecutive as PyTorch 1.13's CPU kernels (aten/src/ATen/native/Unique.cpp) compute them.
// unique without dim puts the elements in a std::unordered_set and, unless sorted, returns them in the set's
// iteration order, which users see (torch.tensor([3, 1, 3, 2, 1]).unique(sorted=False) is [2, 1, 3]). That order
// is reproduced here from libstdc++'s (GCC 12, the compiler of Debian's PyTorch) hashtable: the insertion of each
// element at the front of its bucket (or of the list when the bucket is empty), the prime rehash policy (13
// buckets on the first insert, then at least twice as many), std::hash (the value itself for integers, murmur-style
// _Hash_bytes of the bits for floats, 0 for ±0) and the relinking of a rehash. Checked against a C++ program and
// against PyTorch 1.13.1 (parity snippet order_unique).
import { DType } from '../dtype';
import { TorchError } from '../errors';
import { wrapDim } from '../shape';
import { Tensor } from '../tensor';
import { fromValues } from './creation';
import { stdSort } from './stdsort';
import { applyOp, defineOp } from './apply';
import { viewOf } from './views';

const MASK64 = (1n << 64n) - 1n;
const MUL = (0xc6a4a793n << 32n) + 0x5bd1e995n;
const SEED = 0xc70f6907n;
const shiftMix = (v: bigint): bigint => v ^ (v >> 47n);

/** libstdc++'s _Hash_bytes(ptr, len, 0xc70f6907) of a 4- or 8-byte little-endian value `bits`. */
function hashBytes(bits: bigint, len: 4 | 8): bigint {
  let hash = (SEED ^ ((BigInt(len) * MUL) & MASK64)) & MASK64;
  if (len === 8) {
    const data = (shiftMix((bits * MUL) & MASK64) * MUL) & MASK64;
    hash = ((hash ^ data) * MUL) & MASK64;
  } else {
    hash = ((hash ^ bits) * MUL) & MASK64;
  }
  hash = (shiftMix(hash) * MUL) & MASK64;
  return shiftMix(hash);
}

const f32 = new Float32Array(1), u32 = new Uint32Array(f32.buffer);
const f64 = new Float64Array(1), u64 = new BigUint64Array(f64.buffer);
/** std::hash<T>()(v) for the tensor's element type. */
function stdHash(v: number, dtype: DType): bigint {
  if (dtype === 'int64') return BigInt.asUintN(64, BigInt(v));
  if (dtype === 'bool') return BigInt(v);
  if (v === 0) return 0n;   // 0 and -0 hash to zero
  if (dtype === 'float32') { f32[0] = v; return hashBytes(BigInt(u32[0]), 4); }
  f64[0] = v; return hashBytes(u64[0], 8);
}

// libstdc++'s __prime_list up to 2^32 (bucket counts; std::__detail::__prime_list of GCC 12, read from
// libstdc++.so.6) and _Prime_rehash_policy::_M_next_bkt.
const FAST_BKT = [2, 2, 2, 3, 5, 5, 7, 7, 11, 11, 11, 11, 13, 13];
function nextBkt(n: number, policy: { nextResize: number }): number {
  if (n < FAST_BKT.length) {
    if (n === 0) return 1;
    policy.nextResize = Math.floor(FAST_BKT[n]);
    return FAST_BKT[n];
  }
  const list = PRIME_LIST;
  let lo = 6, hi = list.length - 1;   // lower_bound over [__prime_list + 6, __last_prime)
  while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid] < n) lo = mid + 1; else hi = mid; }
  policy.nextResize = Math.floor(list[lo]);
  return list[lo];
}

/** Elements of an unordered_set<T> built by inserting `values` in order, in its iteration order. */
function unorderedSetOrder(values: Float64Array, dtype: DType): number[] {
  const policy = { nextResize: 0 };
  let bucketCount = 1;
  const keys: number[] = [], codes: bigint[] = [], next: number[] = [];
  let head = -1;                       // _M_before_begin._M_nxt
  let buckets = new Map<number, number>();   // bucket → node before its first node (-2: before-begin)
  const BEFORE = -2;
  const bucketOf = (code: bigint, count: number): number => Number(code % BigInt(count));
  const byValue = new Map<number, number[]>();   // value → nodes (for the lookup; NaN never matches)
  const equalExists = (v: number, code: bigint): boolean => {
    if (Number.isNaN(v)) return false;
    const key = v === 0 ? 0 : v;
    return (byValue.get(key) ?? []).some((n) => codes[n] === code);
  };
  for (const v of values) {
    const code = stdHash(v, dtype);
    if (keys.length > 0 && equalExists(v, code)) continue;
    // _M_need_rehash(bucketCount, size, 1)
    const nElt = keys.length;
    if (nElt + 1 > policy.nextResize) {
      const minBkts = Math.max(nElt + 1, policy.nextResize ? 0 : 11);
      if (minBkts >= bucketCount) {
        const count = nextBkt(Math.max(Math.floor(minBkts) + 1, bucketCount * 2), policy);
        // _M_rehash_aux (unique keys): relink every node into the new buckets
        const nb = new Map<number, number>();
        let p = head, bbegin = 0;
        head = -1;
        while (p !== -1) {
          const after = next[p];
          const b = bucketOf(codes[p], count);
          if (!nb.has(b)) {
            next[p] = head; head = p; nb.set(b, BEFORE);
            if (next[p] !== -1) nb.set(bbegin, p);
            bbegin = b;
          } else {
            const before = nb.get(b) as number;
            if (before === BEFORE) { next[p] = head; head = p; } else { next[p] = next[before]; next[before] = p; }
          }
          p = after;
        }
        buckets = nb;
        bucketCount = count;
      } else {
        policy.nextResize = Math.floor(bucketCount);
      }
    }
    const node = keys.length;
    keys.push(v); codes.push(code); next.push(-1);
    if (!Number.isNaN(v)) { const key = v === 0 ? 0 : v; const l = byValue.get(key); if (l) l.push(node); else byValue.set(key, [node]); }
    const b = bucketOf(code, bucketCount);
    const before = buckets.get(b);
    if (before !== undefined) {
      // insert after the bucket's before-node
      if (before === BEFORE) { next[node] = head; head = node; } else { next[node] = next[before]; next[before] = node; }
    } else {
      next[node] = head; head = node;
      if (next[node] !== -1) buckets.set(bucketOf(codes[next[node]], bucketCount), node);
      buckets.set(b, BEFORE);
    }
  }
  const out: number[] = [];
  for (let p = head; p !== -1; p = next[p]) out.push(keys[p]);
  return out;
}

/** unique without dim: [values, inverse (input's shape), counts], as _unique2_cpu. */
function uniqueFlat(x: Tensor, sorted: boolean, returnInverse: boolean, returnCounts: boolean): [Tensor, Tensor, Tensor] {
  const v = x.toArray();
  const n = v.length;
  let out: number[];
  if (x.dtype === 'bool') {
    // unique_cpu_bool_template: false first, then true, whichever occur
    const has = [false, false];
    for (const e of v) has[e ? 1 : 0] = true;
    out = [0, 1].filter((b) => has[b]);
  } else if (sorted && (x.dtype === 'int64' || !hasNaN(v))) {
    // Sorted without NaN the set's order does not matter: the distinct values ascending, the one zero (0 and -0 are
    // equal keys) with the sign of the first zero inserted.
    return sortedUnique(x, v, returnInverse, returnCounts);
  } else {
    out = unorderedSetOrder(v, x.dtype);
    if (sorted) stdSort(out, 0, out.length, (a, b) => a < b);
  }
  const values = fromValues([out.length], out, x.dtype);
  const none = (): Tensor => fromValues([0], [], 'int64');
  if (!returnInverse && !returnCounts) return [values, none(), none()];
  // std::unordered_map<T, int64_t> lookups: operator[] of a value never inserted (NaN) is a new 0
  const key = (e: number): number => (e === 0 ? 0 : e);
  const position = new Map<number, number>();
  out.forEach((e, i) => { if (!Number.isNaN(e)) position.set(key(e), i); });
  const inverse = new Float64Array(n);
  for (let i = 0; i < n; i++) inverse[i] = Number.isNaN(v[i]) ? 0 : (position.get(key(v[i])) as number);
  let counts = none();
  if (returnCounts) {
    const tally = new Map<number, number>();
    for (const e of v) if (!Number.isNaN(e)) tally.set(key(e), (tally.get(key(e)) ?? 0) + 1);
    counts = fromValues([out.length], out.map((e) => (Number.isNaN(e) ? 0 : (tally.get(key(e)) as number))), 'int64');
  }
  return [values, fromValues(x.shape, inverse, 'int64'), counts];
}

function hasNaN(v: Float64Array): boolean {
  for (let i = 0; i < v.length; i++) if (v[i] !== v[i]) return true;
  return false;
}
const hashBuf = new Float64Array(1), hashHalves = new Int32Array(hashBuf.buffer);
/** A slot in an open-addressing table of capacity mask + 1 for the double e (integers hashed without its bits). */
function slotHash(e: number, mask: number): number {
  let h: number;
  if (Number.isInteger(e)) h = Math.imul((e | 0) ^ Math.imul((e / 4294967296) | 0, 0x9e3779b1), 0x85ebca6b);
  else { hashBuf[0] = e; h = Math.imul(hashHalves[0] ^ Math.imul(hashHalves[1], 0x9e3779b1), 0x85ebca6b); }
  h ^= h >>> 15;
  return Math.imul(h, 0xc2b2ae35) & mask;
}
/** sortedUnique of integers v in [lo, lo + span). */
function rangeUnique(x: Tensor, v: Float64Array, lo: number, span: number, returnInverse: boolean, returnCounts: boolean): [Tensor, Tensor, Tensor] {
  const n = v.length, count = new Int32Array(span);
  for (let i = 0; i < n; i++) count[v[i] - lo]++;
  let k = 0;
  for (let j = 0; j < span; j++) if (count[j] > 0) k++;
  const out = new Float64Array(k), tally = new Float64Array(k), rank = new Int32Array(span);
  for (let j = 0, r = 0; j < span; j++) if (count[j] > 0) { out[r] = lo + j; tally[r] = count[j]; rank[j] = r++; }
  const none = (): Tensor => fromValues([0], [], 'int64');
  const values = fromValues([k], out, x.dtype);
  if (!returnInverse && !returnCounts) return [values, none(), none()];
  const inverse = new Float64Array(n);
  for (let i = 0; i < n; i++) inverse[i] = rank[v[i] - lo];
  return [values, fromValues(x.shape, inverse, 'int64'), returnCounts ? fromValues([k], tally, 'int64') : none()];
}
/**
 * uniqueFlat's sorted result for NaN-free values v of x: the distinct values (hashed into a typed-array table, 0 and
 * -0 one key with the sign of the first zero, as the set keeps it) sorted ascending.
 */
function sortedUnique(x: Tensor, v: Float64Array, returnInverse: boolean, returnCounts: boolean): [Tensor, Tensor, Tensor] {
  const n = v.length;
  if (x.dtype === 'int64' && n > 0) {
    // integers over a range not much wider than their count: a table over the range instead of a hash
    let lo = v[0], hi = v[0];
    for (let i = 1; i < n; i++) { const e = v[i]; if (e < lo) lo = e; else if (e > hi) hi = e; }
    if (hi - lo < 4 * n + 1024) return rangeUnique(x, v, lo, hi - lo + 1, returnInverse, returnCounts);
  }
  let cap = 16;
  while (cap < 2 * n) cap *= 2;
  const mask = cap - 1, table = new Int32Array(cap).fill(-1), keys = new Float64Array(n), slot = new Int32Array(n);
  let k = 0, firstZero: number | null = null;
  for (let i = 0; i < n; i++) {
    let e = v[i];
    if (e === 0) { if (firstZero === null) firstZero = e; e = 0; }
    let pos = slotHash(e, mask), t: number;
    while ((t = table[pos]) !== -1 && keys[t] !== e) pos = (pos + 1) & mask;
    if (t === -1) { t = k++; table[pos] = t; keys[t] = e; }
    slot[i] = t;
  }
  const out = keys.slice(0, k).sort();
  const none = (): Tensor => fromValues([0], [], 'int64');
  let values: Tensor;
  if (firstZero !== null && Object.is(firstZero, -0)) {
    const signed = out.slice();
    signed[signed.indexOf(0)] = -0;
    values = fromValues([k], signed, x.dtype);
  } else values = fromValues([k], out, x.dtype);
  if (!returnInverse && !returnCounts) return [values, none(), none()];
  const rank = new Int32Array(k);
  for (let r = 0; r < k; r++) {
    let pos = slotHash(out[r], mask);
    while (keys[table[pos]] !== out[r]) pos = (pos + 1) & mask;
    rank[table[pos]] = r;
  }
  const inverse = new Float64Array(n), tally = new Float64Array(k);
  for (let i = 0; i < n; i++) { const r = rank[slot[i]]; inverse[i] = r; tally[r]++; }
  return [values, fromValues(x.shape, inverse, 'int64'), returnCounts ? fromValues([k], tally, 'int64') : none()];
}

/**
 * Runs of equal slices along `dim` (the whole flattened input when `flat`): unique_consecutive merges equal
 * neighbours; unique with a dim (_unique_dim_cpu_template) first sorts the slices lexicographically with
 * std::sort, and its result is the moved-back view PyTorch returns (unique(t, dim=1) has strides (1, 3)).
 */
function uniqueRuns(x: Tensor, dim: number, flat: boolean, consecutive: boolean, returnInverse: boolean, returnCounts: boolean): [Tensor, Tensor, Tensor] {
  const v = x.toArray();
  const shape = flat ? [v.length] : [...x.shape];
  const none = (): Tensor => fromValues([0], [], 'int64');
  if (!flat && shape[dim] === 0) {
    if (shape.filter((s) => s === 0).length > 1) {
      throw new TorchError('RuntimeError', 'Number of zero sized dimensions is more than one, so unique cannot be applied ');
    }
    return [fromValues(shape, [], x.dtype), none(), none()];
  }
  if (!flat && v.length === 0) throw new TorchError('RuntimeError', 'There are 0 sized dimensions, and they aren\'t selected, so unique cannot be applied');
  const n = shape[dim];
  let outer = 1, inner = 1;
  for (let i = 0; i < dim; i++) outer *= shape[i];
  for (let i = dim + 1; i < shape.length; i++) inner *= shape[i];
  const slices: number[][] = [];
  for (let i = 0; i < n; i++) {
    const s: number[] = [];
    for (let o = 0; o < outer; o++) for (let j = 0; j < inner; j++) s.push(v[(o * n + i) * inner + j]);
    slices.push(s);
  }
  const less = (a: number, b: number): boolean => {
    const A = slices[a], B = slices[b];
    for (let k = 0; k < A.length; k++) { if (A[k] < B[k]) return true; if (A[k] > B[k]) return false; }
    return false;
  };
  const equal = (a: number, b: number): boolean => slices[a].every((e, k) => e === slices[b][k]);
  const order = [...Array(n).keys()];
  if (!consecutive) stdSort(order, 0, n, less);
  const kept: number[] = [], inverse = new Float64Array(n), counts: number[] = [];
  for (let i = 0; i < n; i++) {
    if (i === 0 || !equal(order[i], kept[kept.length - 1])) { kept.push(order[i]); counts.push(0); }
    inverse[order[i]] = kept.length - 1;
    counts[counts.length - 1]++;
  }
  const k = kept.length;
  // the kept slices stacked along a leading dim ([k, dims before, dims after], row-major), moved back to `dim`
  const data = new Float64Array(k * outer * inner);
  kept.forEach((s, r) => data.set(slices[s], r * outer * inner));
  const moved = fromValues([k * outer * inner], data, x.dtype);
  const outShape = shape.map((sz, i) => (i === dim ? k : sz));
  const movedShape = [k, ...shape.filter((_, i) => i !== dim)];
  const movedStrides = movedShape.map((_, i) => movedShape.slice(i + 1).reduce((a, b) => a * b, 1));
  const strides = shape.map((_, i) => (i === dim ? movedStrides[0] : movedStrides[i < dim ? i + 1 : i]));
  const out = flat ? fromValues([k], data, x.dtype) : viewOf(moved, outShape, strides, 0);
  return [
    out,
    returnInverse ? fromValues(flat ? x.shape : [n], inverse, 'int64') : none(),
    returnCounts ? fromValues([k], counts, 'int64') : none(),
  ];
}

const notDifferentiable = (name: string) => ({
  self: { saves: [], fn: (): Tensor => { throw new TorchError('NotImplementedError', `the derivative for '${name}' is not implemented.`); } },
});
const UNIQUE2 = defineOp({
  name: '_unique2', node: 'Unique2Backward0', args: ['self'],
  forward: ([x], a) => {
    const [out, inverse, counts] = uniqueFlat(x, a.sorted as boolean, a.inverse as boolean, a.counts as boolean);
    return { out, extra: { inverse, counts } };
  },
  grads: notDifferentiable('_unique2'),
});
const runsOp = (name: string, node: string, consecutive: boolean) => defineOp({
  name, node, args: ['self'],
  forward: ([x], a) => {
    const [out, inverse, counts] = uniqueRuns(x, (a.dim as number | null) ?? 0, a.dim === null, consecutive, a.inverse as boolean, a.counts as boolean);
    return { out, extra: { inverse, counts } };
  },
  grads: notDifferentiable(name),
});
const UNIQUE_DIM = runsOp('unique_dim', 'UniqueDimBackward0', false);
const UNIQUE_CONSECUTIVE = runsOp('unique_consecutive', 'UniqueConsecutiveBackward0', true);

function dimOf(x: Tensor, dim: number | null): number | null {
  if (dim === null) return null;
  if (x.ndim === 0) throw new TorchError('IndexError', `Dimension specified as ${dim} but tensor has no dimensions`);
  return wrapDim(dim, x.ndim);
}

/** torch.unique: [values, inverse, counts] (inverse and counts empty unless asked for). */
export function unique(x: Tensor, sorted = true, returnInverse = false, returnCounts = false, dim: number | null = null): [Tensor, Tensor, Tensor] {
  const d = dimOf(x, dim);
  const r = d === null
    ? applyOp(UNIQUE2, [x], { sorted, inverse: returnInverse, counts: returnCounts })
    : applyOp(UNIQUE_DIM, [x], { dim: d, inverse: returnInverse, counts: returnCounts });
  const e = r.extra as { inverse: Tensor; counts: Tensor };
  return [r.out, e.inverse, e.counts];
}

/** torch.unique_consecutive: [values, inverse, counts]. */
export function unique_consecutive(x: Tensor, returnInverse = false, returnCounts = false, dim: number | null = null): [Tensor, Tensor, Tensor] {
  const r = applyOp(UNIQUE_CONSECUTIVE, [x], { dim: dimOf(x, dim), inverse: returnInverse, counts: returnCounts });
  const e = r.extra as { inverse: Tensor; counts: Tensor };
  return [r.out, e.inverse, e.counts];
}

// std::__detail::__prime_list of libstdc++ (GCC 12), its entries below 2^32.
const PRIME_LIST: number[] = [
  2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97, 103, 109, 113, 127,
  137, 139, 149, 157, 167, 179, 193, 199, 211, 227, 241, 257, 277, 293, 313, 337, 359, 383, 409, 439, 467, 503, 541,
  577, 619, 661, 709, 761, 823, 887, 953, 1031, 1109, 1193, 1289, 1381, 1493, 1613, 1741, 1879, 2029, 2179, 2357,
  2549, 2753, 2971, 3209, 3469, 3739, 4027, 4349, 4703, 5087, 5503, 5953, 6427, 6949, 7517, 8123, 8783, 9497, 10273,
  11113, 12011, 12983, 14033, 15173, 16411, 17749, 19183, 20753, 22447, 24281, 26267, 28411, 30727, 33223, 35933,
  38873, 42043, 45481, 49201, 53201, 57557, 62233, 67307, 72817, 78779, 85229, 92203, 99733, 107897, 116731, 126271,
  136607, 147793, 159871, 172933, 187091, 202409, 218971, 236897, 256279, 277261, 299951, 324503, 351061, 379787,
  410857, 444487, 480881, 520241, 562841, 608903, 658753, 712697, 771049, 834181, 902483, 976369, 1056323, 1142821,
  1236397, 1337629, 1447153, 1565659, 1693859, 1832561, 1982627, 2144977, 2320627, 2510653, 2716249, 2938679,
  3179303, 3439651, 3721303, 4026031, 4355707, 4712381, 5098259, 5515729, 5967347, 6456007, 6984629, 7556579,
  8175383, 8844859, 9569143, 10352717, 11200489, 12117689, 13109983, 14183539, 15345007, 16601593, 17961079,
  19431899, 21023161, 22744717, 24607243, 26622317, 28802401, 31160981, 33712729, 36473443, 39460231, 42691603,
  46187573, 49969847, 54061849, 58488943, 63278561, 68460391, 74066549, 80131819, 86693767, 93793069, 101473717,
  109783337, 118773397, 128499677, 139022417, 150406843, 162723577, 176048909, 190465427, 206062531, 222936881,
  241193053, 260944219, 282312799, 305431229, 330442829, 357502601, 386778277, 418451333, 452718089, 489790921,
  529899637, 573292817, 620239453, 671030513, 725980837, 785430967, 849749479, 919334987, 994618837, 1076067617,
  1164186217, 1259520799, 1362662261, 1474249943, 1594975441, 1725587117, 1866894511, 2019773507, 2185171673,
  2364114217, 2557710269, 2767159799, 2993761039, 3238918481, 3504151727, 3791104843, 4101556399, 4294967291,
];
