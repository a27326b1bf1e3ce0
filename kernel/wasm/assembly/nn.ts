// Kernels of the neural-network layer ops over contiguous float planes ([planes, H, W], planes = N·C):
// im2col and its adjoint col2im over [planes, D, H, W] (convolution = im2col + gemm), max pooling with PyTorch's flat plane indices,
// average pooling (fixed windows or adaptive ones) and their backward scatters.
// Geometry follows aten/src/ATen/native/cpu (MaxPoolKernel.cpp, AvgPoolKernel.cpp, AdaptiveAvgPoolKernel.cpp).

// Columns are laid out [C·kd·kh·kw, N, Do·Ho·Wo] (row (c, a, i, j), then the batch): a convolution is then one gemm
// per group with the batch in its long dimension, W [Co, C·kd·kh·kw] · cols [C·kd·kh·kw, N·L]. A 2-d (or 1-d)
// window is the 3-d one with D = kd = Do = 1.
/** Element offset of column row (c, a, i, j) of image n (K = kd·kh·kw kernel positions, r = (a·kh + i)·kw + j). */
// @ts-ignore: decorator
@inline function colAt(N: i32, n: i32, c: i32, r: i32, K: i32, L: i32): usize {
  return (<usize>(c * K + r) * <usize>N + <usize>n) * <usize>L;
}

/** The first output column whose input column iw0 + ow·sw is ≥ 0 (at most Wo). */
// @ts-ignore: decorator
@inline function firstIn(iw0: i32, sw: i32, W: i32, Wo: i32): i32 { return iw0 >= 0 ? 0 : min((sw - 1 - iw0) / sw, Wo); }
/** One past the last output column whose input column is < W (at least lo). */
// @ts-ignore: decorator
@inline function lastIn(iw0: i32, sw: i32, W: i32, Wo: i32, lo: i32): i32 { return iw0 >= W ? lo : max(min((W - 1 - iw0) / sw + 1, Wo), lo); }

/** cols[(c, a, i, j), n, (od·Ho + oh)·Wo + ow] = src[n, c, od·sd - pd + a·dd, oh·sh - ph + i·dh, ow·sw - pw + j·dw] (0 outside). */
export function im2colT<T>(src: usize, N: i32, C: i32, D: i32, H: i32, W: i32, kd: i32, kh: i32, kw: i32, sd: i32, sh: i32, sw: i32,
  pd: i32, ph: i32, pw: i32, dd: i32, dh: i32, dw: i32, Do: i32, Ho: i32, Wo: i32, dst: usize): void {
  const sz = <usize>sizeof<T>(), K = kd * kh * kw, L = Do * Ho * Wo;
  for (let p = 0; p < N * C; p++) {
    const s = src + <usize>p * <usize>(D * H * W) * sz;
    const n = p / C, c = p % C;
    for (let a = 0; a < kd; a++) {
      for (let i = 0; i < kh; i++) {
        for (let j = 0; j < kw; j++) {
          let d = dst + colAt(N, n, c, (a * kh + i) * kw + j, K, L) * sz;
          for (let od = 0; od < Do; od++) {
            const id = od * sd - pd + a * dd;
            if (id < 0 || id >= D) {
              for (let q = 0; q < Ho * Wo; q++) { store<T>(d, <T>0); d += sz; }
              continue;
            }
            const plane = s + <usize>(id * H * W) * sz;
            for (let oh = 0; oh < Ho; oh++) {
              const ih = oh * sh - ph + i * dh;
              if (ih < 0 || ih >= H) {
                for (let ow = 0; ow < Wo; ow++) { store<T>(d, <T>0); d += sz; }
                continue;
              }
              const row = plane + <usize>(ih * W) * sz;
              const iw0 = j * dw - pw, lo = firstIn(iw0, sw, W, Wo), hi = lastIn(iw0, sw, W, Wo, lo);
              let q = row + <usize>(iw0 + lo * sw) * sz;
              if (sw == 1) {   // a run: bulk fill and copy
                if (lo > 0) memory.fill(d, 0, <usize>lo * sz);
                memory.copy(d + <usize>lo * sz, q, <usize>(hi - lo) * sz);
                if (hi < Wo) memory.fill(d + <usize>hi * sz, 0, <usize>(Wo - hi) * sz);
                d += <usize>Wo * sz;
                continue;
              }
              let ow = 0;
              for (; ow < lo; ow++) { store<T>(d, <T>0); d += sz; }
              const step = <usize>sw * sz;
              if (sw == 2) {   // every other element: even lanes of two vectors (while the next one exists, so no read past the row)
                if (sz == 4) {
                  for (; ow + 4 < hi; ow += 4) { v128.store(d, i32x4.shuffle(v128.load(q), v128.load(q, 16), 0, 2, 4, 6)); d += 16; q += 32; }
                } else {
                  for (; ow + 2 < hi; ow += 2) { v128.store(d, i64x2.shuffle(v128.load(q), v128.load(q, 16), 0, 2)); d += 16; q += 32; }
                }
              }
              for (; ow < hi; ow++) { store<T>(d, load<T>(q)); d += sz; q += step; }
              for (; ow < Wo; ow++) { store<T>(d, <T>0); d += sz; }
            }
          }
        }
      }
    }
  }
}

/** The adjoint of im2col: dst (zeroed here) accumulates every column entry at the position it was read from. */
export function col2imT<T>(cols: usize, N: i32, C: i32, D: i32, H: i32, W: i32, kd: i32, kh: i32, kw: i32, sd: i32, sh: i32, sw: i32,
  pd: i32, ph: i32, pw: i32, dd: i32, dh: i32, dw: i32, Do: i32, Ho: i32, Wo: i32, dst: usize): void {
  const sz = <usize>sizeof<T>(), K = kd * kh * kw, L = Do * Ho * Wo;
  memory.fill(dst, 0, <usize>(N * C) * <usize>(D * H * W) * sz);
  for (let p = 0; p < N * C; p++) {
    const s = dst + <usize>p * <usize>(D * H * W) * sz;
    const n = p / C, ch = p % C;
    for (let a = 0; a < kd; a++) {
      for (let i = 0; i < kh; i++) {
        for (let j = 0; j < kw; j++) {
          let c = cols + colAt(N, n, ch, (a * kh + i) * kw + j, K, L) * sz;
          for (let od = 0; od < Do; od++) {
            const id = od * sd - pd + a * dd;
            if (id < 0 || id >= D) { c += <usize>(Ho * Wo) * sz; continue; }
            const plane = s + <usize>(id * H * W) * sz;
            for (let oh = 0; oh < Ho; oh++) {
              const ih = oh * sh - ph + i * dh;
              if (ih < 0 || ih >= H) { c += <usize>Wo * sz; continue; }
              const row = plane + <usize>(ih * W) * sz;
              const iw0 = j * dw - pw, lo = firstIn(iw0, sw, W, Wo), hi = lastIn(iw0, sw, W, Wo, lo);
              let q = row + <usize>(iw0 + lo * sw) * sz, from = c + <usize>lo * sz;
              const step = <usize>sw * sz;
              let ow = lo;
              if (sw == 1) {   // a run: whole vectors (each element still gets its entries in the same order)
                if (sz == 4) {
                  for (; ow + 4 <= hi; ow += 4) { v128.store(q, f32x4.add(v128.load(q), v128.load(from))); q += 16; from += 16; }
                } else if (sz == 8) {
                  for (; ow + 2 <= hi; ow += 2) { v128.store(q, f64x2.add(v128.load(q), v128.load(from))); q += 16; from += 16; }
                }
              }
              for (; ow < hi; ow++) { store<T>(q, load<T>(q) + load<T>(from)); q += step; from += sz; }
              c += <usize>Wo * sz;
            }
          }
        }
      }
    }
  }
}

/** Max over each window; idx gets the flat position ih·W + iw in the plane (NaN wins, as in PyTorch). */
export function maxPoolT<T>(src: usize, planes: i32, H: i32, W: i32, Ho: i32, Wo: i32, kh: i32, kw: i32, sh: i32, sw: i32,
  ph: i32, pw: i32, dh: i32, dw: i32, dst: usize, idx: usize): void {
  const sz = <usize>sizeof<T>();
  let d = dst, o = idx;
  for (let p = 0; p < planes; p++) {
    const s = src + <usize>p * <usize>(H * W) * sz;
    for (let oh = 0; oh < Ho; oh++) {
      let ih0 = oh * sh - ph;
      const ih1 = min(ih0 + (kh - 1) * dh + 1, H);
      while (ih0 < 0) ih0 += dh;
      for (let ow = 0; ow < Wo; ow++) {
        let iw0 = ow * sw - pw;
        const iw1 = min(iw0 + (kw - 1) * dw + 1, W);
        while (iw0 < 0) iw0 += dw;
        let best = ih0 * W + iw0;
        let mx: f64 = -Infinity;
        for (let ih = ih0; ih < ih1; ih += dh) {
          for (let iw = iw0; iw < iw1; iw += dw) {
            const at = ih * W + iw;
            const v = <f64>load<T>(s + <usize>at * sz);
            if (v > mx || isNaN(v)) { mx = v; best = at; }
          }
        }
        store<T>(d, <T>mx);
        store<i64>(o, <i64>best);
        d += sz;
        o += 8;
      }
    }
  }
}

/** gin (zeroed here, [planes, HW]) accumulates gout[p, l] at idx[p, l]. */
export function maxPoolBackwardT<T>(gout: usize, idx: usize, planes: i32, HW: i32, L: i32, gin: usize): void {
  const sz = <usize>sizeof<T>();
  memory.fill(gin, 0, <usize>planes * <usize>HW * sz);
  let g = gout, o = idx;
  for (let p = 0; p < planes; p++) {
    const base = gin + <usize>p * <usize>HW * sz;
    for (let l = 0; l < L; l++) {
      const q = base + <usize>load<i64>(o) * sz;
      store<T>(q, load<T>(q) + load<T>(g));
      g += sz;
      o += 8;
    }
  }
}

// Average pooling windows: fixed (kernel, stride, padding, ceil_mode handled by the caller's Ho/Wo) or adaptive
// (start = ⌊o·I/O⌋, end = ⌈(o+1)·I/O⌉). `divisor` > 0 overrides the window size; countPad counts padded cells.
// @ts-ignore: decorator
@inline function adaptiveStart(o: i32, I: i32, O: i32): i32 { return <i32>((<i64>o * I) / O); }
// @ts-ignore: decorator
@inline function adaptiveEnd(o: i32, I: i32, O: i32): i32 { return <i32>((<i64>(o + 1) * I + O - 1) / O); }

/** Fills win[4] = h0, h1, w0, w1 (clipped) and returns the divisor of output (oh, ow). */
function windowOf(oh: i32, ow: i32, H: i32, W: i32, Ho: i32, Wo: i32, kh: i32, kw: i32, sh: i32, sw: i32, ph: i32, pw: i32,
  countPad: bool, divisor: i32, adaptive: bool, win: usize): f64 {
  let h0: i32, h1: i32, w0: i32, w1: i32, size: i32;
  if (adaptive) {
    h0 = adaptiveStart(oh, H, Ho); h1 = adaptiveEnd(oh, H, Ho);
    w0 = adaptiveStart(ow, W, Wo); w1 = adaptiveEnd(ow, W, Wo);
    size = (h1 - h0) * (w1 - w0);
  } else {
    h0 = oh * sh - ph; w0 = ow * sw - pw;
    h1 = min(h0 + kh, H + ph); w1 = min(w0 + kw, W + pw);
    const padded = (h1 - h0) * (w1 - w0);
    h0 = max(h0, 0); w0 = max(w0, 0); h1 = min(h1, H); w1 = min(w1, W);
    size = divisor > 0 ? divisor : countPad ? padded : (h1 - h0) * (w1 - w0);
  }
  store<i32>(win, h0); store<i32>(win + 4, h1); store<i32>(win + 8, w0); store<i32>(win + 12, w1);
  return <f64>size;
}
const win: usize = memory.data(16, 16);

export function avgPoolT<T>(src: usize, planes: i32, H: i32, W: i32, Ho: i32, Wo: i32, kh: i32, kw: i32, sh: i32, sw: i32,
  ph: i32, pw: i32, countPad: bool, divisor: i32, adaptive: bool, dst: usize): void {
  const sz = <usize>sizeof<T>();
  let d = dst;
  for (let p = 0; p < planes; p++) {
    const s = src + <usize>p * <usize>(H * W) * sz;
    for (let oh = 0; oh < Ho; oh++) {
      for (let ow = 0; ow < Wo; ow++) {
        const div = windowOf(oh, ow, H, W, Ho, Wo, kh, kw, sh, sw, ph, pw, countPad, divisor, adaptive, win);
        const h0 = load<i32>(win), h1 = load<i32>(win + 4), w0 = load<i32>(win + 8), w1 = load<i32>(win + 12);
        let acc: T = <T>0;
        for (let ih = h0; ih < h1; ih++) {
          const row = s + <usize>(ih * W) * sz;
          for (let iw = w0; iw < w1; iw++) acc += load<T>(row + <usize>iw * sz);
        }
        // adaptive: sum / kh / kw, two divisions as PyTorch's kernel does
        store<T>(d, adaptive ? acc / <T>(h1 - h0) / <T>(w1 - w0) : <T>(<f64>acc / div));
        d += sz;
      }
    }
  }
}

/** gin (zeroed here) gets gout / divisor added over each output's window. */
export function avgPoolBackwardT<T>(gout: usize, planes: i32, H: i32, W: i32, Ho: i32, Wo: i32, kh: i32, kw: i32, sh: i32, sw: i32,
  ph: i32, pw: i32, countPad: bool, divisor: i32, adaptive: bool, gin: usize): void {
  const sz = <usize>sizeof<T>();
  memory.fill(gin, 0, <usize>planes * <usize>(H * W) * sz);
  let g = gout;
  for (let p = 0; p < planes; p++) {
    const s = gin + <usize>p * <usize>(H * W) * sz;
    for (let oh = 0; oh < Ho; oh++) {
      for (let ow = 0; ow < Wo; ow++) {
        const div = windowOf(oh, ow, H, W, Ho, Wo, kh, kw, sh, sw, ph, pw, countPad, divisor, adaptive, win);
        const h0 = load<i32>(win), h1 = load<i32>(win + 4), w0 = load<i32>(win + 8), w1 = load<i32>(win + 12);
        const v = adaptive ? load<T>(g) / <T>(h1 - h0) / <T>(w1 - w0) : <T>(<f64>load<T>(g) / div);
        for (let ih = h0; ih < h1; ih++) {
          const row = s + <usize>(ih * W) * sz;
          for (let iw = w0; iw < w1; iw++) { const q = row + <usize>iw * sz; store<T>(q, load<T>(q) + v); }
        }
        g += sz;
      }
    }
  }
}
