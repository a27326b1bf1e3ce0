// Allocator inside the wasm memory: size classes (4 per power of two, so at most 25% slack) with free lists,
// a bump pointer for fresh blocks, and memory.grow when the bump pointer passes the end. Freed blocks are reused
// by later allocations of the same class, so a training loop reaches a steady state.
// Block layout: 16-byte header [class: i32, magic: i32, pad] then the payload, 16-byte aligned (SIMD friendly).

// @ts-ignore: decorator
@inline const HEADER: usize = 16;
// @ts-ignore: decorator
@inline const MAGIC_LIVE: i32 = 0x7e1f_a11c;
// @ts-ignore: decorator
@inline const MAGIC_FREE: i32 = 0x0f3e_e0b1;
// @ts-ignore: decorator
@inline const NUM_CLASSES: i32 = 128;

// Static memory (memory.data), not a heap object: the allocator owns everything from __heap_base up.
const freeHeads: usize = memory.data(NUM_CLASSES * 4, 16);
let bump: usize = 0;
/** End of the heap may not pass this (TNB_MEMORY_LIMIT; default: the wasm32 space). */
let limit: u64 = 0xFFFF_FFF0;
let used: usize = 0;
let live: i32 = 0;

/** Block size (header included) of class c: 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, ... */
function classSize(c: i32): u64 {
  const octave = c >> 2, step = <u64>(c & 3);
  return (<u64>4 + step) << (<u64>octave + 4);
}
function classOf(total: usize): i32 {
  if (total <= 64) return 0;
  const e = <i32>(63 - clz<u64>(<u64>(total - 1)));     // 2^e < total ≤ 2^(e+1)
  const step = <i32>(((total - 1) >> <usize>(e - 2)) & 3);  // which quarter of (2^e, 2^(e+1)]
  let c = ((e - 5) << 2) + step;
  // classSize(c) = (4+step) << (e-1) ... adjust so that classSize(c) >= total
  while (classSize(c) < <u64>total) c++;
  while (c > 0 && classSize(c - 1) >= <u64>total) c--;
  return c;
}

export function alloc(bytes: usize): usize {
  const total = bytes + HEADER;
  if (total < bytes || total > 0xFFFF_0000) return 0;
  const c = classOf(total);
  if (c >= NUM_CLASSES) return 0;
  let block = load<usize>(freeHeads + (<usize>c << 2));
  if (block != 0) {
    store<usize>(freeHeads + (<usize>c << 2), load<usize>(block + HEADER));
  } else {
    if (bump == 0) bump = (__heap_base + 15) & ~<usize>15;
    const size = classSize(c);
    const end = <u64>bump + size;
    if (end > limit) return 0;
    const have = <u64>memory.size() << 16;
    if (end > have) {
      const pages = <i32>((end - have + 65535) >> 16);
      if (memory.grow(pages) < 0) return 0;
    }
    block = bump;
    bump = <usize>end;
  }
  store<i32>(block, c);
  store<i32>(block, MAGIC_LIVE, 4);
  used += <usize>classSize(c);
  live++;
  return block + HEADER;
}

export function free(ptr: usize): void {
  if (ptr == 0) return;
  const block = ptr - HEADER;
  if (load<i32>(block, 4) != MAGIC_LIVE) unreachable();   // double free or foreign pointer: trap loudly
  const c = load<i32>(block);
  store<i32>(block, MAGIC_FREE, 4);
  store<usize>(ptr, load<usize>(freeHeads + (<usize>c << 2)));
  store<usize>(freeHeads + (<usize>c << 2), block);
  used -= <usize>classSize(c);
  live--;
}

/** Caps the heap's end (bytes from address 0, so static data counts); 0 restores the wasm32 maximum. */
export function setLimit(bytes: f64): void {
  limit = bytes <= 0 || bytes > <f64>0xFFFF_FFF0 ? 0xFFFF_FFF0 : <u64>bytes;
}

/** Bytes in live blocks (headers and class slack included). */
export function heapBytes(): usize { return used; }
export function liveBlocks(): i32 { return live; }
