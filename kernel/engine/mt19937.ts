// The Mersenne Twister exactly as PyTorch 1.13.1 runs it (aten/src/ATen/core/MT19937RNGEngine.h):
// mt19937ar (Matsumoto & Nishimura, 2002) with Cokus's lazy refill. The seed is a uint64 but only
// its low 32 bits reach the state; the full value is kept for initial_seed().

export const MT_N = 624;
const MT_M = 397;
const MATRIX_A = 0x9908b0df;
const UMASK = 0x80000000;
const LMASK = 0x7fffffff;

export class MT19937 {
  /** The 624-word state vector. */
  readonly state = new Uint32Array(MT_N);
  /** Outputs left before the next refill, plus one (PyTorch's `left_`, 1..624). */
  left = 1;
  /** Index of the next state word to temper (PyTorch's `next_`, 0..624). */
  next = 0;
  /** The uint64 seed the engine was built from. */
  seed = 5489n;

  constructor(seed: bigint = 5489n) {
    this.reseed(seed);
  }

  /** `init_with_uint32`: `seed` must already be a uint64 (0 <= seed < 2**64). */
  reseed(seed: bigint): void {
    const s = this.state;
    this.seed = seed;
    s[0] = Number(seed & 0xffffffffn);
    for (let j = 1; j < MT_N; j++) {
      const prev = s[j - 1] ^ (s[j - 1] >>> 30);
      s[j] = Math.imul(1812433253, prev) + j; // Uint32Array store wraps mod 2**32
    }
    this.left = 1;
    this.next = 0;
  }

  /** The next 32-bit output, as an unsigned integer in [0, 2**32). */
  nextUint32(): number {
    if (--this.left === 0) this.refill();
    let y = this.state[this.next++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** `next_state()`: regenerate all 624 words in place (same order as PyTorch). */
  private refill(): void {
    const s = this.state;
    this.left = MT_N;
    this.next = 0;
    for (let j = 0; j < MT_N; j++) {
      const u = s[j];
      const v = s[j + 1 === MT_N ? 0 : j + 1];
      const mixed = ((u & UMASK) | (v & LMASK)) >>> 1;
      s[j] = s[(j + MT_M) % MT_N] ^ mixed ^ (v & 1 ? MATRIX_A : 0);
    }
  }
}
