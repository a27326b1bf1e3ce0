// cumsum / cumprod along a dim of a contiguous [outer, n, inner] tensor, as PyTorch's cpu_cum_base_kernel: each lane
// accumulates in order (from the end with `reverse`) in the accumulate type (double for float32 and float64, int64
// for int64, wrapping) and stores every partial result rounded to the element type. Lanes of one outer row run
// side by side (scratch holds their accumulators), which changes no lane's order.
import { alloc as heapAlloc, free as heapFree } from './heap';

function scanT<T, A>(src: usize, outer: i32, n: i32, inner: i32, dst: usize, reverse: bool, prod: bool, acc: usize): void {
  const sz = <usize>sizeof<T>(), asz = <usize>sizeof<A>();
  const row = <usize>n * <usize>inner * sz;
  for (let o = 0; o < outer; o++) {
    const s0 = src + <usize>o * row, d0 = dst + <usize>o * row;
    if (inner == 1) {
      let a: A = prod ? <A>1 : <A>0;
      for (let k = 0; k < n; k++) {
        const p = <usize>(reverse ? n - 1 - k : k) * sz;
        a = prod ? a * <A>load<T>(s0 + p) : a + <A>load<T>(s0 + p);
        store<T>(d0 + p, <T>a);
      }
      continue;
    }
    for (let j = 0; j < inner; j++) store<A>(acc + <usize>j * asz, prod ? <A>1 : <A>0);
    for (let k = 0; k < n; k++) {
      const off = <usize>(reverse ? n - 1 - k : k) * <usize>inner * sz;
      let s = s0 + off, d = d0 + off, q = acc;
      for (let j = 0; j < inner; j++) {
        const a: A = prod ? load<A>(q) * <A>load<T>(s) : load<A>(q) + <A>load<T>(s);
        store<A>(q, a); store<T>(d, <T>a);
        s += sz; d += sz; q += asz;
      }
    }
  }
}
/** dt 1 int64, 2 float32, 3 float64; returns 0, or the scratch bytes it could not get. */
export function cumScan(dt: i32, src: usize, outer: i32, n: i32, inner: i32, dst: usize, reverse: bool, prod: bool): usize {
  const bytes = <usize>inner * 8;
  const acc = inner > 1 ? heapAlloc(bytes) : 0;
  if (inner > 1 && acc == 0) return bytes;
  if (dt == 1) scanT<i64, i64>(src, outer, n, inner, dst, reverse, prod, acc);
  else if (dt == 2) scanT<f32, f64>(src, outer, n, inner, dst, reverse, prod, acc);
  else scanT<f64, f64>(src, outer, n, inner, dst, reverse, prod, acc);
  if (acc != 0) heapFree(acc);
  return 0;
}
