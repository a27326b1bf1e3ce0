// libstdc++'s std::sort, std::nth_element and std::partial_sort (bits/stl_algo.h, stl_heap.h), step for step.
// PyTorch's CPU sort (stable=False) and topk call these on (value, index) pairs, so which of several equal values
// comes first depends on the exact sequence of comparisons and swaps; reproducing the algorithms (introsort with
// median-of-three pivots, a 16-element insertion-sort threshold, heap fallbacks) reproduces PyTorch's order of ties.
//
// All functions permute `a` (an array of items, e.g. element indices) in [first, last) with `less(x, y)`.

export type Less<T> = (x: T, y: T) => boolean;

const THRESHOLD = 16;
const lg = (n: number): number => 31 - Math.clz32(n);
const half = (n: number): number => Math.trunc(n / 2);

function swap<T>(a: T[], i: number, j: number): void { const t = a[i]; a[i] = a[j]; a[j] = t; }

function unguardedLinearInsert<T>(a: T[], last: number, less: Less<T>): void {
  const val = a[last];
  let next = last - 1;
  while (less(val, a[next])) { a[last] = a[next]; last = next; next--; }
  a[last] = val;
}

function insertionSort<T>(a: T[], first: number, last: number, less: Less<T>): void {
  if (first === last) return;
  for (let i = first + 1; i !== last; i++) {
    if (less(a[i], a[first])) {
      const val = a[i];
      for (let k = i; k > first; k--) a[k] = a[k - 1];
      a[first] = val;
    } else unguardedLinearInsert(a, i, less);
  }
}

function finalInsertionSort<T>(a: T[], first: number, last: number, less: Less<T>): void {
  if (last - first > THRESHOLD) {
    insertionSort(a, first, first + THRESHOLD, less);
    for (let i = first + THRESHOLD; i !== last; i++) unguardedLinearInsert(a, i, less);
  } else insertionSort(a, first, last, less);
}

function moveMedianToFirst<T>(a: T[], result: number, x: number, y: number, z: number, less: Less<T>): void {
  if (less(a[x], a[y])) {
    if (less(a[y], a[z])) swap(a, result, y);
    else if (less(a[x], a[z])) swap(a, result, z);
    else swap(a, result, x);
  } else if (less(a[x], a[z])) swap(a, result, x);
  else if (less(a[y], a[z])) swap(a, result, z);
  else swap(a, result, y);
}

function unguardedPartition<T>(a: T[], first: number, last: number, pivot: number, less: Less<T>): number {
  for (;;) {
    while (less(a[first], a[pivot])) first++;
    last--;
    while (less(a[pivot], a[last])) last--;
    if (!(first < last)) return first;
    swap(a, first, last);
    first++;
  }
}

function unguardedPartitionPivot<T>(a: T[], first: number, last: number, less: Less<T>): number {
  const mid = first + half(last - first);
  moveMedianToFirst(a, first, first + 1, mid, last - 1, less);
  return unguardedPartition(a, first + 1, last, first, less);
}

// --- heap ---------------------------------------------------------------------------------------------------------
function pushHeap<T>(a: T[], first: number, hole: number, top: number, value: T, less: Less<T>): void {
  let parent = half(hole - 1);
  while (hole > top && less(a[first + parent], value)) {
    a[first + hole] = a[first + parent];
    hole = parent;
    parent = half(hole - 1);
  }
  a[first + hole] = value;
}

function adjustHeap<T>(a: T[], first: number, hole: number, len: number, value: T, less: Less<T>): void {
  const top = hole;
  let child = hole;
  while (child < half(len - 1)) {
    child = 2 * (child + 1);
    if (less(a[first + child], a[first + child - 1])) child--;
    a[first + hole] = a[first + child];
    hole = child;
  }
  if ((len & 1) === 0 && child === half(len - 2)) {
    child = 2 * (child + 1);
    a[first + hole] = a[first + child - 1];
    hole = child - 1;
  }
  pushHeap(a, first, hole, top, value, less);
}

function makeHeap<T>(a: T[], first: number, last: number, less: Less<T>): void {
  const len = last - first;
  if (len < 2) return;
  for (let parent = half(len - 2); ; parent--) {
    adjustHeap(a, first, parent, len, a[first + parent], less);
    if (parent === 0) return;
  }
}

function popHeap<T>(a: T[], first: number, last: number, result: number, less: Less<T>): void {
  const value = a[result];
  a[result] = a[first];
  adjustHeap(a, first, 0, last - first, value, less);
}

function heapSelect<T>(a: T[], first: number, middle: number, last: number, less: Less<T>): void {
  makeHeap(a, first, middle, less);
  for (let i = middle; i < last; i++) if (less(a[i], a[first])) popHeap(a, first, middle, i, less);
}

function sortHeap<T>(a: T[], first: number, last: number, less: Less<T>): void {
  while (last - first > 1) { last--; popHeap(a, first, last, last, less); }
}

// --- public algorithms ----------------------------------------------------------------------------------------------
export function partialSort<T>(a: T[], first: number, middle: number, last: number, less: Less<T>): void {
  heapSelect(a, first, middle, last, less);
  sortHeap(a, first, middle, less);
}

function introsortLoop<T>(a: T[], first: number, last: number, depth: number, less: Less<T>): void {
  while (last - first > THRESHOLD) {
    if (depth === 0) { partialSort(a, first, last, last, less); return; }
    depth--;
    const cut = unguardedPartitionPivot(a, first, last, less);
    introsortLoop(a, cut, last, depth, less);
    last = cut;
  }
}

export function stdSort<T>(a: T[], first: number, last: number, less: Less<T>): void {
  if (first === last) return;
  introsortLoop(a, first, last, lg(last - first) * 2, less);
  finalInsertionSort(a, first, last, less);
}

export function nthElement<T>(a: T[], first: number, nth: number, last: number, less: Less<T>): void {
  if (first === last || nth === last) return;
  let depth = lg(last - first) * 2;
  while (last - first > 3) {
    if (depth === 0) { heapSelect(a, first, nth + 1, last, less); swap(a, first, nth); return; }
    depth--;
    const cut = unguardedPartitionPivot(a, first, last, less);
    if (cut <= nth) first = cut; else last = cut;
  }
  insertionSort(a, first, last, less);
}

/** std::stable_sort's result (any stable algorithm gives the same order). */
export function stableSort<T>(a: T[], first: number, last: number, less: Less<T>): void {
  const part = a.slice(first, last).map((v, i) => ({ v, i }));
  part.sort((x, y) => (less(x.v, y.v) ? -1 : less(y.v, x.v) ? 1 : x.i - y.i));
  part.forEach((p, k) => { a[first + k] = p.v; });
}

// --- keyed copies -------------------------------------------------------------------------------------------------
// The same algorithms, step for step, on lane positions `a` compared by their keys k[a[i]] with `<` (no comparator
// call per comparison: std::sort makes n·log n of them). For lanes without NaN; descending orders sort negated keys.
function kInsert(k: Float64Array, a: Int32Array, last: number): void {
  const val = a[last], kv = k[val];
  let next = last - 1;
  while (kv < k[a[next]]) { a[last] = a[next]; last = next; next--; }
  a[last] = val;
}
function kInsertionSort(k: Float64Array, a: Int32Array, first: number, last: number): void {
  if (first === last) return;
  for (let i = first + 1; i !== last; i++) {
    if (k[a[i]] < k[a[first]]) {
      const val = a[i];
      for (let j = i; j > first; j--) a[j] = a[j - 1];
      a[first] = val;
    } else kInsert(k, a, i);
  }
}
function kSwap(a: Int32Array, i: number, j: number): void { const t = a[i]; a[i] = a[j]; a[j] = t; }
function kPartitionPivot(k: Float64Array, a: Int32Array, first: number, last: number): number {
  // moveMedianToFirst(first, first + 1, mid, last - 1), then unguardedPartition(first + 1, last, pivot = first)
  const x = first + 1, y = first + half(last - first), z = last - 1;
  const kx = k[a[x]], ky = k[a[y]], kz = k[a[z]];
  if (kx < ky) {
    if (ky < kz) kSwap(a, first, y);
    else if (kx < kz) kSwap(a, first, z);
    else kSwap(a, first, x);
  } else if (kx < kz) kSwap(a, first, x);
  else if (ky < kz) kSwap(a, first, z);
  else kSwap(a, first, y);
  const kp = k[a[first]];
  let lo = first + 1, hi = last;
  for (;;) {
    while (k[a[lo]] < kp) lo++;
    hi--;
    while (kp < k[a[hi]]) hi--;
    if (!(lo < hi)) return lo;
    kSwap(a, lo, hi);
    lo++;
  }
}
function kAdjustHeap(k: Float64Array, a: Int32Array, first: number, hole: number, len: number, value: number): void {
  const top = hole;
  let child = hole;
  while (child < half(len - 1)) {
    child = 2 * (child + 1);
    if (k[a[first + child]] < k[a[first + child - 1]]) child--;
    a[first + hole] = a[first + child];
    hole = child;
  }
  if ((len & 1) === 0 && child === half(len - 2)) {
    child = 2 * (child + 1);
    a[first + hole] = a[first + child - 1];
    hole = child - 1;
  }
  // pushHeap
  const kv = k[value];
  let parent = half(hole - 1);
  while (hole > top && k[a[first + parent]] < kv) {
    a[first + hole] = a[first + parent];
    hole = parent;
    parent = half(hole - 1);
  }
  a[first + hole] = value;
}
function kPopHeap(k: Float64Array, a: Int32Array, first: number, last: number, result: number): void {
  const value = a[result];
  a[result] = a[first];
  kAdjustHeap(k, a, first, 0, last - first, value);
}
function kHeapSelect(k: Float64Array, a: Int32Array, first: number, middle: number, last: number): void {
  const len = middle - first;
  if (len >= 2) {
    for (let parent = half(len - 2); ; parent--) {
      kAdjustHeap(k, a, first, parent, len, a[first + parent]);
      if (parent === 0) break;
    }
  }
  for (let i = middle; i < last; i++) if (k[a[i]] < k[a[first]]) kPopHeap(k, a, first, middle, i);
}
function kSortHeap(k: Float64Array, a: Int32Array, first: number, last: number): void {
  while (last - first > 1) { last--; kPopHeap(k, a, first, last, last); }
}
/** partialSort by keys. */
export function keyedPartialSort(k: Float64Array, a: Int32Array, first: number, middle: number, last: number): void {
  kHeapSelect(k, a, first, middle, last);
  kSortHeap(k, a, first, middle);
}
function kIntrosortLoop(k: Float64Array, a: Int32Array, first: number, last: number, depth: number): void {
  while (last - first > THRESHOLD) {
    if (depth === 0) { keyedPartialSort(k, a, first, last, last); return; }
    depth--;
    const cut = kPartitionPivot(k, a, first, last);
    kIntrosortLoop(k, a, cut, last, depth);
    last = cut;
  }
}
/** stdSort by keys. */
export function keyedSort(k: Float64Array, a: Int32Array, first: number, last: number): void {
  if (first === last) return;
  kIntrosortLoop(k, a, first, last, lg(last - first) * 2);
  if (last - first > THRESHOLD) {
    kInsertionSort(k, a, first, first + THRESHOLD);
    for (let i = first + THRESHOLD; i !== last; i++) kInsert(k, a, i);
  } else kInsertionSort(k, a, first, last);
}
/** nthElement by keys. */
export function keyedNthElement(k: Float64Array, a: Int32Array, first: number, nth: number, last: number): void {
  if (first === last || nth === last) return;
  let depth = lg(last - first) * 2;
  while (last - first > 3) {
    if (depth === 0) { kHeapSelect(k, a, first, nth + 1, last); kSwap(a, first, nth); return; }
    depth--;
    const cut = kPartitionPivot(k, a, first, last);
    if (cut <= nth) first = cut; else last = cut;
  }
  kInsertionSort(k, a, first, last);
}
