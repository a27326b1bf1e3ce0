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
