// float64 exp and log as PyTorch 1.13.1's vectorised CPU exp computes it (Sleef_expd4_u10 of SLEEF 3.5.1's AVX2 build,
// Boost Software License 1.0; the algorithm written anew): q = rint(x·log2e), s = x - q·ln2 (two FMAs,
// Cody–Waite), a degree-10 polynomial in s by Estrin's scheme, three more FMAs (· s + 1/2, · s + 1, · s + 1), then
// ·2^q in two steps. Every multiply-add is fused as in the AVX2 code: the hardware's FMA through relaxed_madd where
// it fuses, else the correctly rounded software fma64 (welford.ts), so both builds give the same bits.
import { fmaW, madIsFused } from './welford';

// @ts-ignore: decorator
@inline const R_LN2: f64 = 1.442695040888963407359924681001892137426645954152985934135449406931;
// @ts-ignore: decorator
@inline const L2U: f64 = .69314718055966295651160180568695068359375;
// @ts-ignore: decorator
@inline const L2L: f64 = .28235290563031577122588448175013436025525412068e-12;

/** e^x (Sleef_expd4_u10). */
export function expF64(x: f64): f64 {
  const hw = madIsFused();
  const u0 = nearest(x * R_LN2);   // vrint: ties to even
  let s = fmaW(u0, -L2U, x, hw);
  s = fmaW(u0, -L2L, s, hw);
  const s2 = s * s, s4 = s2 * s2, s8 = s4 * s4;
  // POLY10 (Estrin): s8·(c9 s + c8) + s4·(s2·(c7 s + c6) + (c5 s + c4)) + (s2·(c3 s + c2) + (c1 s + c0))
  const p98 = fmaW(s, 0.2081276378237164457e-8, 0.2511210703042288022e-7, hw);
  const p76 = fmaW(s, 0.2755762628169491192e-6, 0.2755723402025388239e-5, hw);
  const p54 = fmaW(s, 0.2480158687479686264e-4, 0.1984126989855865850e-3, hw);
  const p32 = fmaW(s, 0.1388888888914497797e-2, 0.8333333333314938210e-2, hw);
  const p10 = fmaW(s, 0.4166666666666602598e-1, 0.1666666666666669072e+0, hw);
  const hi4 = fmaW(s2, p76, p54, hw), lo4 = fmaW(s2, p32, p10, hw);
  const p8 = fmaW(s4, hi4, lo4, hw);
  let u = fmaW(s8, p98, p8, hw);
  u = fmaW(u, s, 0.5, hw);
  u = fmaW(u, s, 1, hw);
  u = fmaW(u, s, 1, hw);
  // vldexp2: u · 2^(q >> 1) · 2^(q - (q >> 1)); q clamped as the int conversion of a huge |x| is irrelevant below
  return expScale(x, u0, u);
}

/** The last step of expF64: u·2^q in two steps, and the range and NaN cases. */
// @ts-ignore: decorator
@inline function expScale(x: f64, u0: f64, u: f64): f64 {
  const q = <i32>max(-2100.0, min(2100.0, u0));
  const h = q >> 1;
  u = u * reinterpret<f64>(<i64>(h + 1023) << 52) * reinterpret<f64>(<i64>(q - h + 1023) << 52);
  if (x < -1000) u = 0;
  if (709.78271114955742909217217426 < x) u = Infinity;
  return isNaN(x) ? x : u;
}

/** expF64 of both lanes: the polynomial in f64x2 with the hardware's FMA where relaxed_madd fuses, else lane by lane. */
export function expF64x2(x: v128): v128 {
  if (ASC_FEATURE_RELAXED_SIMD) {
    if (madIsFused()) {
      const u0 = f64x2.nearest(f64x2.mul(x, f64x2.splat(R_LN2)));
      let s = f64x2.relaxed_madd(u0, f64x2.splat(-L2U), x);
      s = f64x2.relaxed_madd(u0, f64x2.splat(-L2L), s);
      const s2 = f64x2.mul(s, s), s4 = f64x2.mul(s2, s2), s8 = f64x2.mul(s4, s4);
      const p98 = f64x2.relaxed_madd(s, f64x2.splat(0.2081276378237164457e-8), f64x2.splat(0.2511210703042288022e-7));
      const p76 = f64x2.relaxed_madd(s, f64x2.splat(0.2755762628169491192e-6), f64x2.splat(0.2755723402025388239e-5));
      const p54 = f64x2.relaxed_madd(s, f64x2.splat(0.2480158687479686264e-4), f64x2.splat(0.1984126989855865850e-3));
      const p32 = f64x2.relaxed_madd(s, f64x2.splat(0.1388888888914497797e-2), f64x2.splat(0.8333333333314938210e-2));
      const p10 = f64x2.relaxed_madd(s, f64x2.splat(0.4166666666666602598e-1), f64x2.splat(0.1666666666666669072e+0));
      const hi4 = f64x2.relaxed_madd(s2, p76, p54), lo4 = f64x2.relaxed_madd(s2, p32, p10);
      const p8 = f64x2.relaxed_madd(s4, hi4, lo4);
      let u = f64x2.relaxed_madd(s8, p98, p8);
      u = f64x2.relaxed_madd(u, s, f64x2.splat(0.5));
      u = f64x2.relaxed_madd(u, s, f64x2.splat(1));
      u = f64x2.relaxed_madd(u, s, f64x2.splat(1));
      // expScale's steps in both lanes
      const q = i32x4.trunc_sat_f64x2_s_zero(f64x2.max(f64x2.splat(-2100.0), f64x2.min(f64x2.splat(2100.0), u0)));
      const h = i32x4.shr_s(q, 1), bias = i32x4.splat(1023);
      const e1 = i64x2.shl(i64x2.extend_low_i32x4_s(i32x4.add(h, bias)), 52);
      const e2 = i64x2.shl(i64x2.extend_low_i32x4_s(i32x4.add(i32x4.sub(q, h), bias)), 52);
      u = f64x2.mul(f64x2.mul(u, e1), e2);
      u = v128.andnot(u, f64x2.lt(x, f64x2.splat(-1000)));
      u = v128.bitselect(f64x2.splat(Infinity), u, f64x2.lt(f64x2.splat(709.78271114955742909217217426), x));
      return v128.bitselect(x, u, f64x2.ne(x, x));
    }
  }
  return f64x2.replace_lane(f64x2.splat(expF64(f64x2.extract_lane(x, 0))), 1, expF64(f64x2.extract_lane(x, 1)));
}

/**
 * ln x (Sleef_logd4_u10, SLEEF 3.5.1's xlog_u1 in its AVX2 build): x = m·2^e with m in [0.75, 1.5), the
 * double-double quotient (m - 1)/(m + 1) (its FMA form), a degree-7 polynomial in its square, then
 * e·ln2 + 2x + x³·P in double-double arithmetic, rounded once at the end.
 */
export function logF64(d0: f64): f64 {
  const hw = madIsFused();
  let d = d0;
  const o = d < 2.2250738585072014e-308;
  if (o) d = d * 18446744073709551616.0;   // 2^64
  let e = <i32>((reinterpret<u64>(d * (1.0 / 0.75)) >> 52) & 0x7ff) - 0x3ff;
  const m = reinterpret<f64>(reinterpret<i64>(d) - (<i64>e << 52));
  if (o) e -= 64;
  // ddadd2(-1, m) and ddadd2(1, m)
  const nx = m - 1, nv = nx + 1, ny = (-1 - (nx - nv)) + (m - nv);
  const dx = 1 + m, dv = dx - 1, dy = (1 - (dx - dv)) + (m - dv);
  // dddiv (FMA form)
  const t = 1 / dx;
  const s0 = nx * t;
  const u = fmaW(t, nx, -s0, hw);
  const v = fmaW(-dy, t, fmaW(-dx, t, 1, hw), hw);
  const xx = s0, xy = fmaW(s0, v, fmaW(ny, t, u, hw), hw);
  const x2 = xx * xx, x4 = x2 * x2, x8 = x4 * x4;
  const p3 = fmaW(x4, 0.1532076988502701353e+0, fmaW(x2, 0.1525629051003428716e+0, 0.1818605932937785996e+0, hw), hw);
  const p4 = fmaW(x4, fmaW(x2, 0.2222214519839380009e+0, 0.2857142932794299317e+0, hw), fmaW(x2, 0.3999999999635251990e+0, 0.6666666666667333541e+0, hw), hw);
  const tt = fmaW(x8, p3, p4, hw);
  // s = (ln2 hi, lo) · e (ddmul_vd2_vd2_vd)
  const fe = <f64>e;
  let sx = 0.693147180559945286226764 * fe;
  let sy = fmaW(2.319046813846299558417771e-17, fe, fmaW(0.693147180559945286226764, fe, -sx, hw), hw);
  // s += 2x (ddadd_vd2_vd2_vd2), then += x²·x·t (ddadd_vd2_vd2_vd)
  const yx = xx * 2, yy = xy * 2;
  let r = sx + yx;
  sy = (((sx - r) + yx) + sy) + yy;
  sx = r;
  const w = (x2 * xx) * tt;
  r = sx + w;
  sy = ((sx - r) + w) + sy;
  r = r + sy;
  if (d0 == Infinity) r = Infinity;
  if (d0 < 0 || isNaN(d0)) r = NaN;
  if (d0 == 0) r = -Infinity;
  return r;
}

// glibc's exp (sysdeps/ieee754/dbl-64/e_exp.c, from ARM's optimized-routines, MIT) as its x86-64 FMA build
// (__exp_fma) computes it: the std::exp of PyTorch's scalar loops. 2^(i/128) as (tail, bits - i << 45) pairs, the
// table of AssemblyScript's port of the same routine (std/assembly/util/math.ts).
// @ts-ignore: decorator
@lazy const EXP_TAB = memory.data<u64>([
  0x0000000000000000, 0x3FF0000000000000,
  0x3C9B3B4F1A88BF6E, 0x3FEFF63DA9FB3335,
  0xBC7160139CD8DC5D, 0x3FEFEC9A3E778061,
  0xBC905E7A108766D1, 0x3FEFE315E86E7F85,
  0x3C8CD2523567F613, 0x3FEFD9B0D3158574,
  0xBC8BCE8023F98EFA, 0x3FEFD06B29DDF6DE,
  0x3C60F74E61E6C861, 0x3FEFC74518759BC8,
  0x3C90A3E45B33D399, 0x3FEFBE3ECAC6F383,
  0x3C979AA65D837B6D, 0x3FEFB5586CF9890F,
  0x3C8EB51A92FDEFFC, 0x3FEFAC922B7247F7,
  0x3C3EBE3D702F9CD1, 0x3FEFA3EC32D3D1A2,
  0xBC6A033489906E0B, 0x3FEF9B66AFFED31B,
  0xBC9556522A2FBD0E, 0x3FEF9301D0125B51,
  0xBC5080EF8C4EEA55, 0x3FEF8ABDC06C31CC,
  0xBC91C923B9D5F416, 0x3FEF829AAEA92DE0,
  0x3C80D3E3E95C55AF, 0x3FEF7A98C8A58E51,
  0xBC801B15EAA59348, 0x3FEF72B83C7D517B,
  0xBC8F1FF055DE323D, 0x3FEF6AF9388C8DEA,
  0x3C8B898C3F1353BF, 0x3FEF635BEB6FCB75,
  0xBC96D99C7611EB26, 0x3FEF5BE084045CD4,
  0x3C9AECF73E3A2F60, 0x3FEF54873168B9AA,
  0xBC8FE782CB86389D, 0x3FEF4D5022FCD91D,
  0x3C8A6F4144A6C38D, 0x3FEF463B88628CD6,
  0x3C807A05B0E4047D, 0x3FEF3F49917DDC96,
  0x3C968EFDE3A8A894, 0x3FEF387A6E756238,
  0x3C875E18F274487D, 0x3FEF31CE4FB2A63F,
  0x3C80472B981FE7F2, 0x3FEF2B4565E27CDD,
  0xBC96B87B3F71085E, 0x3FEF24DFE1F56381,
  0x3C82F7E16D09AB31, 0x3FEF1E9DF51FDEE1,
  0xBC3D219B1A6FBFFA, 0x3FEF187FD0DAD990,
  0x3C8B3782720C0AB4, 0x3FEF1285A6E4030B,
  0x3C6E149289CECB8F, 0x3FEF0CAFA93E2F56,
  0x3C834D754DB0ABB6, 0x3FEF06FE0A31B715,
  0x3C864201E2AC744C, 0x3FEF0170FC4CD831,
  0x3C8FDD395DD3F84A, 0x3FEEFC08B26416FF,
  0xBC86A3803B8E5B04, 0x3FEEF6C55F929FF1,
  0xBC924AEDCC4B5068, 0x3FEEF1A7373AA9CB,
  0xBC9907F81B512D8E, 0x3FEEECAE6D05D866,
  0xBC71D1E83E9436D2, 0x3FEEE7DB34E59FF7,
  0xBC991919B3CE1B15, 0x3FEEE32DC313A8E5,
  0x3C859F48A72A4C6D, 0x3FEEDEA64C123422,
  0xBC9312607A28698A, 0x3FEEDA4504AC801C,
  0xBC58A78F4817895B, 0x3FEED60A21F72E2A,
  0xBC7C2C9B67499A1B, 0x3FEED1F5D950A897,
  0x3C4363ED60C2AC11, 0x3FEECE086061892D,
  0x3C9666093B0664EF, 0x3FEECA41ED1D0057,
  0x3C6ECCE1DAA10379, 0x3FEEC6A2B5C13CD0,
  0x3C93FF8E3F0F1230, 0x3FEEC32AF0D7D3DE,
  0x3C7690CEBB7AAFB0, 0x3FEEBFDAD5362A27,
  0x3C931DBDEB54E077, 0x3FEEBCB299FDDD0D,
  0xBC8F94340071A38E, 0x3FEEB9B2769D2CA7,
  0xBC87DECCDC93A349, 0x3FEEB6DAA2CF6642,
  0xBC78DEC6BD0F385F, 0x3FEEB42B569D4F82,
  0xBC861246EC7B5CF6, 0x3FEEB1A4CA5D920F,
  0x3C93350518FDD78E, 0x3FEEAF4736B527DA,
  0x3C7B98B72F8A9B05, 0x3FEEAD12D497C7FD,
  0x3C9063E1E21C5409, 0x3FEEAB07DD485429,
  0x3C34C7855019C6EA, 0x3FEEA9268A5946B7,
  0x3C9432E62B64C035, 0x3FEEA76F15AD2148,
  0xBC8CE44A6199769F, 0x3FEEA5E1B976DC09,
  0xBC8C33C53BEF4DA8, 0x3FEEA47EB03A5585,
  0xBC845378892BE9AE, 0x3FEEA34634CCC320,
  0xBC93CEDD78565858, 0x3FEEA23882552225,
  0x3C5710AA807E1964, 0x3FEEA155D44CA973,
  0xBC93B3EFBF5E2228, 0x3FEEA09E667F3BCD,
  0xBC6A12AD8734B982, 0x3FEEA012750BDABF,
  0xBC6367EFB86DA9EE, 0x3FEE9FB23C651A2F,
  0xBC80DC3D54E08851, 0x3FEE9F7DF9519484,
  0xBC781F647E5A3ECF, 0x3FEE9F75E8EC5F74,
  0xBC86EE4AC08B7DB0, 0x3FEE9F9A48A58174,
  0xBC8619321E55E68A, 0x3FEE9FEB564267C9,
  0x3C909CCB5E09D4D3, 0x3FEEA0694FDE5D3F,
  0xBC7B32DCB94DA51D, 0x3FEEA11473EB0187,
  0x3C94ECFD5467C06B, 0x3FEEA1ED0130C132,
  0x3C65EBE1ABD66C55, 0x3FEEA2F336CF4E62,
  0xBC88A1C52FB3CF42, 0x3FEEA427543E1A12,
  0xBC9369B6F13B3734, 0x3FEEA589994CCE13,
  0xBC805E843A19FF1E, 0x3FEEA71A4623C7AD,
  0xBC94D450D872576E, 0x3FEEA8D99B4492ED,
  0x3C90AD675B0E8A00, 0x3FEEAAC7D98A6699,
  0x3C8DB72FC1F0EAB4, 0x3FEEACE5422AA0DB,
  0xBC65B6609CC5E7FF, 0x3FEEAF3216B5448C,
  0x3C7BF68359F35F44, 0x3FEEB1AE99157736,
  0xBC93091FA71E3D83, 0x3FEEB45B0B91FFC6,
  0xBC5DA9B88B6C1E29, 0x3FEEB737B0CDC5E5,
  0xBC6C23F97C90B959, 0x3FEEBA44CBC8520F,
  0xBC92434322F4F9AA, 0x3FEEBD829FDE4E50,
  0xBC85CA6CD7668E4B, 0x3FEEC0F170CA07BA,
  0x3C71AFFC2B91CE27, 0x3FEEC49182A3F090,
  0x3C6DD235E10A73BB, 0x3FEEC86319E32323,
  0xBC87C50422622263, 0x3FEECC667B5DE565,
  0x3C8B1C86E3E231D5, 0x3FEED09BEC4A2D33,
  0xBC91BBD1D3BCBB15, 0x3FEED503B23E255D,
  0x3C90CC319CEE31D2, 0x3FEED99E1330B358,
  0x3C8469846E735AB3, 0x3FEEDE6B5579FDBF,
  0xBC82DFCD978E9DB4, 0x3FEEE36BBFD3F37A,
  0x3C8C1A7792CB3387, 0x3FEEE89F995AD3AD,
  0xBC907B8F4AD1D9FA, 0x3FEEEE07298DB666,
  0xBC55C3D956DCAEBA, 0x3FEEF3A2B84F15FB,
  0xBC90A40E3DA6F640, 0x3FEEF9728DE5593A,
  0xBC68D6F438AD9334, 0x3FEEFF76F2FB5E47,
  0xBC91EEE26B588A35, 0x3FEF05B030A1064A,
  0x3C74FFD70A5FDDCD, 0x3FEF0C1E904BC1D2,
  0xBC91BDFBFA9298AC, 0x3FEF12C25BD71E09,
  0x3C736EAE30AF0CB3, 0x3FEF199BDD85529C,
  0x3C8EE3325C9FFD94, 0x3FEF20AB5FFFD07A,
  0x3C84E08FD10959AC, 0x3FEF27F12E57D14B,
  0x3C63CDAF384E1A67, 0x3FEF2F6D9406E7B5,
  0x3C676B2C6C921968, 0x3FEF3720DCEF9069,
  0xBC808A1883CCB5D2, 0x3FEF3F0B555DC3FA,
  0xBC8FAD5D3FFFFA6F, 0x3FEF472D4A07897C,
  0xBC900DAE3875A949, 0x3FEF4F87080D89F2,
  0x3C74A385A63D07A7, 0x3FEF5818DCFBA487,
  0xBC82919E2040220F, 0x3FEF60E316C98398,
  0x3C8E5A50D5C192AC, 0x3FEF69E603DB3285,
  0x3C843A59AC016B4B, 0x3FEF7321F301B460,
  0xBC82D52107B43E1F, 0x3FEF7C97337B9B5F,
  0xBC892AB93B470DC9, 0x3FEF864614F5A129,
  0x3C74B604603A88D3, 0x3FEF902EE78B3FF6,
  0x3C83C5EC519D7271, 0x3FEF9A51FBC74C83,
  0xBC8FF7128FD391F0, 0x3FEFA4AFA2A490DA,
  0xBC8DAE98E223747D, 0x3FEFAF482D8E67F1,
  0x3C8EC3BC41AA2008, 0x3FEFBA1BEE615A27,
  0x3C842B94C3A9EB32, 0x3FEFC52B376BBA97,
  0x3C8A64A931D185EE, 0x3FEFD0765B6E4540,
  0xBC8E37BAE43BE3ED, 0x3FEFDBFDAD9CBE14,
  0x3C77893B4D91CD9D, 0x3FEFE7C1819E90D8,
  0x3C5305C14160CC89, 0x3FEFF3C22B8F71F1
]);

/** e^x as glibc 2.36's __exp_fma on x86-64 (its multiply-adds fused); |x| < 2^-54 or |x| >= 512: Math.exp (same algorithm). */
export function expGlibc(x: f64): f64 {
  const abstop = <u32>(reinterpret<u64>(x) >> 52) & 0x7FF;
  if (abstop - 0x3C9 >= 0x3F) return Math.exp(x);
  const hw = madIsFused();
  const InvLn2N = reinterpret<f64>(0x3FF71547652B82FE) * 128, shift = reinterpret<f64>(0x4338000000000000);
  let kd = fmaW(InvLn2N, x, shift, hw);
  const ki = reinterpret<u64>(kd);
  kd -= shift;
  const r = fmaW(kd, reinterpret<f64>(0xBD0CF79ABC9E3B3A), fmaW(kd, reinterpret<f64>(0xBF762E42FEFA0000), x, hw), hw);
  const idx = <usize>((ki & 127) << 1);
  const tail = reinterpret<f64>(load<u64>(EXP_TAB + (idx << 3)));
  const sbits = load<u64>(EXP_TAB + (idx << 3), 8) + (ki << 45);
  const r2 = r * r;
  const a = fmaW(r, reinterpret<f64>(0x3FC555555555543C), reinterpret<f64>(0x3FDFFFFFFFFFFDBD), hw);
  const b = fmaW(r, reinterpret<f64>(0x3F81111167A4D017), reinterpret<f64>(0x3FA55555CF172B91), hw);
  const tmp = fmaW(r2 * r2, b, fmaW(r2, a, tail + r, hw), hw);
  const scale = reinterpret<f64>(sbits);
  return fmaW(scale, tmp, scale, hw);
}
