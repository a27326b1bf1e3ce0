// Indexing along one dim by an int64 index (index_select, x[idx], x[:, idx], embedding, masks as indices) and its
// accumulating inverse (index_add, the backwards of index / embedding), row by row instead of through per-element
// offset lists; plus the mask scans under nonzero / masked_select. dt codes as in index.ts (0 bool, 1 int64,
// 2 float32, 3 float64; 4-9 the narrow dtypes, whose element size is what matters for copies).
import { sizeOfCode } from './narrow';

/** First position j whose idx[j] is outside [-size, size) (neg) or [0, size) (not neg), or -1. */
export function indexCheck(idx: usize, n: i32, size: i64, neg: bool): i32 {
  const lo: i64 = neg ? -size : 0;
  for (let j = 0; j < n; j++) {
    const v = load<i64>(idx + (<usize>j << 3));
    if (v < lo || v >= size) return j;
  }
  return -1;
}

// @ts-ignore: decorator
@inline function wrapIdx(v: i64, size: i64): i64 { return v < 0 ? v + size : v; }

function selectRowsT<T>(src: usize, outer: i32, so: i32, sd: i32, idx: usize, n: i32, size: i64, inner: i32, si: i32, dst: usize): void {
  const sz = <usize>sizeof<T>();
  let d = dst;
  for (let o = 0; o < outer; o++) {
    const base = src + <usize>o * <usize>so * sz;
    for (let j = 0; j < n; j++) {
      const v = wrapIdx(load<i64>(idx + (<usize>j << 3)), size);
      let s = base + <usize>v * <usize>sd * sz;
      if (inner == 1) {
        store<T>(d, load<T>(s)); d += sz;
      } else if (si == 1) {
        memory.copy(d, s, <usize>inner * sz);
        d += <usize>inner * sz;
      } else {
        const ss = <usize>si * sz;
        for (let i = 0; i < inner; i++) { store<T>(d, load<T>(s)); d += sz; s += ss; }
      }
    }
  }
}
/**
 * dst (contiguous [outer, n, inner]) = src[o, idx[j], i] where src's element (o, k, i) is at o*so + k*sd + i*si;
 * negative indices count from the end (size). The host has checked the indices.
 */
export function selectRows(dt: i32, src: usize, outer: i32, so: i32, sd: i32, idx: usize, n: i32, size: i64, inner: i32, si: i32, dst: usize): void {
  const sz = sizeOfCode(dt);
  if (sz == 1) selectRowsT<u8>(src, outer, so, sd, idx, n, size, inner, si, dst);
  else if (sz == 2) selectRowsT<u16>(src, outer, so, sd, idx, n, size, inner, si, dst);
  else if (sz == 4) selectRowsT<u32>(src, outer, so, sd, idx, n, size, inner, si, dst);
  else selectRowsT<u64>(src, outer, so, sd, idx, n, size, inner, si, dst);
}

function addRowsT<T>(dst: usize, outer: i32, size: i32, idx: usize, n: i32, inner: i32, src: usize): void {
  const sz = <usize>sizeof<T>();
  let s = src;
  for (let o = 0; o < outer; o++) {
    const base = dst + <usize>o * <usize>size * <usize>inner * sz;
    for (let j = 0; j < n; j++) {
      const v = wrapIdx(load<i64>(idx + (<usize>j << 3)), <i64>size);
      let d = base + <usize>v * <usize>inner * sz;
      for (let i = 0; i < inner; i++) { store<T>(d, load<T>(d) + load<T>(s)); d += sz; s += sz; }
    }
  }
}
/**
 * dst (contiguous [outer, size, inner]) [o, idx[j], i] += src (contiguous [outer, n, inner]) [o, j, i], in order of
 * j for every element (the order PyTorch's serial accumulating kernels add in). dt: int64, float32 or float64.
 */
export function addRows(dt: i32, dst: usize, outer: i32, size: i32, idx: usize, n: i32, inner: i32, src: usize): void {
  if (dt == 1) addRowsT<i64>(dst, outer, size, idx, n, inner, src);
  else if (dt == 2) addRowsT<f32>(dst, outer, size, idx, n, inner, src);
  else addRowsT<f64>(dst, outer, size, idx, n, inner, src);
}

/** Number of nonzero bytes in a contiguous bool run. */
export function countTrue(m: usize, n: i32): i32 {
  let c = 0, i = 0;
  const zero = i8x16.splat(0);
  let acc = i8x16.splat(0), k = 0;
  for (; i + 16 <= n; i += 16) {
    acc = i8x16.sub(acc, i8x16.ne(v128.load(m + <usize>i), zero));   // (ne is -1 per true lane)
    if (++k == 255) { c += sumBytes(acc); acc = i8x16.splat(0); k = 0; }
  }
  c += sumBytes(acc);
  for (; i < n; i++) if (load<u8>(m + <usize>i) != 0) c++;
  return c;
}
// @ts-ignore: decorator
@inline function sumBytes(v: v128): i32 {
  const w = i16x8.extadd_pairwise_i8x16_u(v);
  const q = i32x4.extadd_pairwise_i16x8_u(w);
  return i32x4.extract_lane(q, 0) + i32x4.extract_lane(q, 1) + i32x4.extract_lane(q, 2) + i32x4.extract_lane(q, 3);
}
/** Positions (i64) of the nonzero bytes of a contiguous bool run, in order; returns their count. */
export function truePositions(m: usize, n: i32, out: usize): i32 {
  let c = 0;
  for (let i = 0; i < n; i++) {
    if (load<u8>(m + <usize>i) != 0) { store<i64>(out + (<usize>c << 3), <i64>i); c++; }
  }
  return c;
}
/**
 * nonzero's coordinates: for each of the k positions (i64, row-major over `shape` of nd dims, read from the meta
 * block at shp), the nd coordinates as i64 rows of out ([k, nd]).
 */
export function positionsToCoords(pos: usize, k: i32, shp: usize, nd: i32, out: usize): void {
  for (let j = 0; j < k; j++) {
    let r = load<i64>(pos + (<usize>j << 3));
    for (let d = nd - 1; d >= 0; d--) {
      const s = <i64>load<i32>(shp + (<usize>d << 2));
      const q = r / s;
      store<i64>(out + ((<usize>j * <usize>nd + <usize>d) << 3), r - q * s);
      r = q;
    }
  }
}
function compressT<T>(src: usize, m: usize, n: i32, dst: usize): void {
  const sz = <usize>sizeof<T>();
  let d = dst;
  for (let i = 0; i < n; i++) {
    if (load<u8>(m + <usize>i) != 0) { store<T>(d, load<T>(src + <usize>i * sz)); d += sz; }
  }
}
/** masked_select on contiguous, same-shape src and mask: the selected elements in order into dst. */
export function compress(dt: i32, src: usize, m: usize, n: i32, dst: usize): void {
  const sz = sizeOfCode(dt);
  if (sz == 1) compressT<u8>(src, m, n, dst);
  else if (sz == 2) compressT<u16>(src, m, n, dst);
  else if (sz == 4) compressT<u32>(src, m, n, dst);
  else compressT<u64>(src, m, n, dst);
}

function putRowsT<T>(dst: usize, outer: i32, size: i32, idx: usize, n: i32, inner: i32, src: usize): void {
  const sz = <usize>sizeof<T>();
  let s = src;
  for (let o = 0; o < outer; o++) {
    const base = dst + <usize>o * <usize>size * <usize>inner * sz;
    for (let j = 0; j < n; j++) {
      const v = wrapIdx(load<i64>(idx + (<usize>j << 3)), <i64>size);
      const d = base + <usize>v * <usize>inner * sz;
      if (inner == 1) store<T>(d, load<T>(s)); else memory.copy(d, s, <usize>inner * sz);
      s += <usize>inner * sz;
    }
  }
}
/** dst (contiguous [outer, size, inner]) [o, idx[j], i] = src (contiguous [outer, n, inner]) [o, j, i] (later j win). */
export function putRows(dt: i32, dst: usize, outer: i32, size: i32, idx: usize, n: i32, inner: i32, src: usize): void {
  const sz = sizeOfCode(dt);
  if (sz == 1) putRowsT<u8>(dst, outer, size, idx, n, inner, src);
  else if (sz == 2) putRowsT<u16>(dst, outer, size, idx, n, inner, src);
  else if (sz == 4) putRowsT<u32>(dst, outer, size, idx, n, inner, src);
  else putRowsT<u64>(dst, outer, size, idx, n, inner, src);
}
