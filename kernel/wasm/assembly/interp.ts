// Separable interpolation (F.interpolate's nearest, linear / bilinear / trilinear and bicubic modes) over
// contiguous [planes, D, H, W] float planes, with the per-axis taps the host computed (kernel/engine/ops/upsample.ts:
// ATen's indices and weights, the weights already rounded to the dtype and held as f64). The arithmetic is the one of
// upsample.ts's `combine`, step for step in f64 with each rounding to the dtype made explicit, so that results are
// the bits ATen's compiled kernels give (their fused multiply-adds included): tap 0's product held unrounded, then
// round(acc + round(t1·w1)), then round(tj·wj + acc) for further taps.
//
// A taps block for one axis of `out` output indices and n taps: i32 idx[out·n] followed by f64 w[out·n] (8-byte
// aligned: the host pads idx).

// @ts-ignore: decorator
@inline function rnd<T>(v: f64): f64 { return sizeof<T>() == 4 ? <f64><f32>v : v; }

// @ts-ignore: decorator
@inline function comb<T>(acc: f64, j: i32, n: i32, t: f64, w: f64): f64 {
  if (n == 1) return rnd<T>(t * w);
  if (j == 0) return t * w;   // held unrounded until the first fma
  return j == 1 ? rnd<T>(acc + rnd<T>(t * w)) : rnd<T>(t * w + acc);
}

/** Offset of the weights after an idx block of `count` i32 (padded to 8 bytes). */
// @ts-ignore: decorator
@inline function weightsOf(taps: usize, count: i32): usize { return taps + ((<usize>count * 4 + 7) & ~<usize>7); }

/** One input row (starting at element `row`) interpolated along W at output column ow. */
// @ts-ignore: decorator
@inline function rowAt<T>(src: usize, row: i32, ow: i32, nW: i32, wI: usize, wW: usize): f64 {
  const k = ow * nW;
  let acc = <f64>load<T>(src + (<usize>(row + load<i32>(wI + (<usize>k << 2))) << alignof<T>())) * load<f64>(wW + (<usize>k << 3));
  if (nW == 1) return rnd<T>(acc);
  for (let c = 1; c < nW; c++) {
    const t = <f64>load<T>(src + (<usize>(row + load<i32>(wI + (<usize>(k + c) << 2))) << alignof<T>()));
    acc = comb<T>(acc, c, nW, t, load<f64>(wW + (<usize>(k + c) << 3)));
  }
  return acc;
}

/** hrow[ow] = rowAt(row, ow) for every output column: one input row interpolated along W. */
function hRow<T>(src: usize, row: i32, Wo: i32, nW: i32, wI: usize, wW: usize, hrow: usize): void {
  const s = src + (<usize>row << alignof<T>());
  if (nW == 2) {
    for (let ow = 0; ow < Wo; ow++) {
      const k = <usize>ow << 1;
      const t0 = <f64>load<T>(s + (<usize>load<i32>(wI + (k << 2)) << alignof<T>()));
      const t1 = <f64>load<T>(s + (<usize>load<i32>(wI + (k << 2), 4) << alignof<T>()));
      store<f64>(hrow + (<usize>ow << 3), rnd<T>(t0 * load<f64>(wW + (k << 3)) + rnd<T>(t1 * load<f64>(wW + (k << 3), 8))));
    }
    return;
  }
  for (let ow = 0; ow < Wo; ow++) store<f64>(hrow + (<usize>ow << 3), rowAt<T>(src, row, ow, nW, wI, wW));
}

/**
 * acc[ow] = comb(acc[ow], j, n, t[ow], w) over a row of Wo values (f64x2 lanes: each lane's arithmetic is the
 * scalar one, the float32 rounding a demote and promote).
 */
function combRow<T>(acc: usize, j: i32, n: i32, t: usize, w: f64, Wo: i32): void {
  const wv = f64x2.splat(w);
  let ow = 0;
  if (n == 1) {
    for (; ow + 2 <= Wo; ow += 2) v128.store(acc + (<usize>ow << 3), rndV<T>(f64x2.mul(v128.load(t + (<usize>ow << 3)), wv)));
  } else if (j == 0) {
    for (; ow + 2 <= Wo; ow += 2) v128.store(acc + (<usize>ow << 3), f64x2.mul(v128.load(t + (<usize>ow << 3)), wv));
  } else if (j == 1) {
    for (; ow + 2 <= Wo; ow += 2) {
      const a = acc + (<usize>ow << 3);
      v128.store(a, rndV<T>(f64x2.add(v128.load(a), rndV<T>(f64x2.mul(v128.load(t + (<usize>ow << 3)), wv)))));
    }
  } else {
    for (; ow + 2 <= Wo; ow += 2) {
      const a = acc + (<usize>ow << 3);
      v128.store(a, rndV<T>(f64x2.add(f64x2.mul(v128.load(t + (<usize>ow << 3)), wv), v128.load(a))));
    }
  }
  for (; ow < Wo; ow++) store<f64>(acc + (<usize>ow << 3), comb<T>(load<f64>(acc + (<usize>ow << 3)), j, n, load<f64>(t + (<usize>ow << 3)), w));
}
/** out[ow] = round(t0[ow]·w0 + round(t1[ow]·w1)), stored in T (comb's first two taps of a 2-tap axis). */
function pairRow<T>(t0: usize, w0: f64, t1: usize, w1: f64, Wo: i32, out: usize): void {
  const a = f64x2.splat(w0), b = f64x2.splat(w1);
  let ow = 0;
  for (; ow + 2 <= Wo; ow += 2) {
    const o = <usize>ow << 3;
    const v = f64x2.add(f64x2.mul(v128.load(t0 + o), a), rndV<T>(f64x2.mul(v128.load(t1 + o), b)));
    if (sizeof<T>() == 4) v128.store64_lane(out + (<usize>ow << 2), f32x4.demote_f64x2_zero(v), 0);
    else v128.store(out + o, v);
  }
  for (; ow < Wo; ow++) {
    const o = <usize>ow << 3;
    store<T>(out + (<usize>ow << alignof<T>()), <T>rnd<T>(load<f64>(t0 + o) * w0 + rnd<T>(load<f64>(t1 + o) * w1)));
  }
}
// @ts-ignore: decorator
@inline function rndV<T>(v: v128): v128 { return sizeof<T>() == 4 ? f64x2.promote_low_f32x4(f32x4.demote_f64x2_zero(v)) : v; }

/**
 * dst [planes, Do, Ho, Wo] from src [planes, D, H, W]. `hbuf`: scratch of (D·H + 2)·Wo f64 for the rows interpolated
 * along W (a pure function of input row and output column, so computing each once gives the values computing them
 * per use does) and two rows of sums; with `all`, every input row is interpolated once per plane first, else each
 * when an output row needs it (into the first row of the scratch).
 */
export function interpForwardT<T>(src: usize, planes: i32, D: i32, H: i32, W: i32, Do: i32, Ho: i32, Wo: i32,
  nD: i32, tD: usize, nH: i32, tH: usize, nW: i32, tW: usize, dst: usize, hbuf: usize, all: bool): void {
  const dI = tD, dW = weightsOf(tD, Do * nD), hI = tH, hW = weightsOf(tH, Ho * nH), wI = tW, wW = weightsOf(tW, Wo * nW);
  const inPlane = D * H * W, sz = alignof<T>();
  let q: usize = dst;
  if (nD == 1 && nH == 1 && nW == 1) {
    // nearest: a gather (the weights are 1)
    for (let pl = 0; pl < planes; pl++) {
      for (let od = 0; od < Do; od++) {
        for (let oh = 0; oh < Ho; oh++) {
          const row = pl * inPlane + (load<i32>(dI + (<usize>od << 2)) * H + load<i32>(hI + (<usize>oh << 2))) * W;
          for (let ow = 0; ow < Wo; ow++) {
            store<T>(q, load<T>(src + (<usize>(row + load<i32>(wI + (<usize>ow << 2))) << sz)));
            q += sizeof<T>();
          }
        }
      }
    }
    return;
  }
  const rowBytes = <usize>Wo << 3;
  const vh = hbuf + (all ? <usize>(D * H) : 1) * rowBytes, vd = vh + rowBytes;
  for (let pl = 0; pl < planes; pl++) {
    const base = pl * inPlane;
    if (all) for (let r = 0; r < D * H; r++) hRow<T>(src, base + r * W, Wo, nW, wI, wW, hbuf + <usize>r * rowBytes);
    for (let od = 0; od < Do; od++) {
      for (let oh = 0; oh < Ho; oh++) {
        if (nD == 1 && nH == 2 && load<f64>(dW + (<usize>od << 3)) == 1) {
          // bilinear / linear: out = round(t0·w0 + round(t1·w1)) in one pass over the two rows
          const dIdx = load<i32>(dI + (<usize>od << 2)), k = <usize>oh << 1;
          const r0 = dIdx * H + load<i32>(hI + (k << 2)), r1 = dIdx * H + load<i32>(hI + (k << 2), 4);
          let t0 = hbuf + <usize>r0 * rowBytes, t1 = hbuf + <usize>r1 * rowBytes;
          if (!all) {
            t0 = hbuf; t1 = vd;
            hRow<T>(src, base + r0 * W, Wo, nW, wI, wW, t0);
            hRow<T>(src, base + r1 * W, Wo, nW, wI, wW, t1);
          }
          pairRow<T>(t0, load<f64>(hW + (k << 3)), t1, load<f64>(hW + (k << 3), 8), Wo, q);
          q += <usize>Wo << alignof<T>();
          continue;
        }
        for (let a = 0; a < nD; a++) {
          const dIdx = load<i32>(dI + (<usize>(od * nD + a) << 2));
          for (let b = 0; b < nH; b++) {
            const r = dIdx * H + load<i32>(hI + (<usize>(oh * nH + b) << 2));
            let t = hbuf + <usize>r * rowBytes;
            if (!all) { t = hbuf; hRow<T>(src, base + r * W, Wo, nW, wI, wW, t); }
            combRow<T>(vh, b, nH, t, load<f64>(hW + (<usize>(oh * nH + b) << 3)), Wo);
          }
          const wd = load<f64>(dW + (<usize>(od * nD + a) << 3));
          // one unit depth weight (the 1-d and 2-d modes): round(vh·1) is vh, already rounded
          if (nD != 1 || wd != 1) combRow<T>(vd, a, nD, vh, wd, Wo);
        }
        const v = nD != 1 || load<f64>(dW + (<usize>od << 3)) != 1 ? vd : vh;
        for (let ow = 0; ow < Wo; ow++) { store<T>(q, <T>load<f64>(v + (<usize>ow << 3))); q += sizeof<T>(); }
      }
    }
  }
}

/**
 * The backward: dst [planes, D, H, W] (zeroed by the host) accumulates each output gradient's share, outputs in
 * order. Bicubic (UpSampleBicubic2d.cpp): x taps outside, y taps inside, dst + round(round(v·wy)·wx); the others:
 * the weights multiplied outer axis first, then dst = round(w·v + dst) (`+= w * g` contracted to an fma).
 */
export function interpBackwardT<T>(g: usize, planes: i32, D: i32, H: i32, W: i32, Do: i32, Ho: i32, Wo: i32,
  nD: i32, tD: usize, nH: i32, tH: usize, nW: i32, tW: usize, cubic: bool, dst: usize): void {
  const dI = tD, dW = weightsOf(tD, Do * nD), hI = tH, hW = weightsOf(tH, Ho * nH), wI = tW, wW = weightsOf(tW, Wo * nW);
  const inPlane = D * H * W, sz = alignof<T>();
  let q: usize = g;
  for (let pl = 0; pl < planes; pl++) {
    const base = pl * inPlane;
    for (let od = 0; od < Do; od++) {
      for (let oh = 0; oh < Ho; oh++) {
        for (let ow = 0; ow < Wo; ow++) {
          const v = <f64>load<T>(q);
          q += sizeof<T>();
          if (cubic) {
            for (let c = 0; c < 4; c++) {
              const wx = load<f64>(wW + (<usize>(ow * 4 + c) << 3)), ix = load<i32>(wI + (<usize>(ow * 4 + c) << 2));
              for (let b = 0; b < 4; b++) {
                const at = dst + (<usize>(base + load<i32>(hI + (<usize>(oh * 4 + b) << 2)) * W + ix) << sz);
                const wy = load<f64>(hW + (<usize>(oh * 4 + b) << 3));
                store<T>(at, <T>rnd<T>(<f64>load<T>(at) + rnd<T>(rnd<T>(v * wy) * wx)));
              }
            }
            continue;
          }
          for (let a = 0; a < nD; a++) {
            const dIdx = load<i32>(dI + (<usize>(od * nD + a) << 2)), wd = load<f64>(dW + (<usize>(od * nD + a) << 3));
            for (let b = 0; b < nH; b++) {
              const row = (dIdx * H + load<i32>(hI + (<usize>(oh * nH + b) << 2))) * W;
              const wdh = rnd<T>(wd * load<f64>(hW + (<usize>(oh * nH + b) << 3)));
              for (let c = 0; c < nW; c++) {
                const at = dst + (<usize>(base + row + load<i32>(wI + (<usize>(ow * nW + c) << 2))) << sz);
                const wgt = rnd<T>(wdh * load<f64>(wW + (<usize>(ow * nW + c) << 3)));
                store<T>(at, <T>rnd<T>(wgt * v + <f64>load<T>(at)));
              }
            }
          }
        }
      }
    }
  }
}
