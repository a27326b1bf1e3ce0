// Samples of the ops whose node has several outputs (engine/ops/split.ts, reduce.ts: unbind, split, var_mean,
// std_mean, aminmax) for the generic op test: each output is checked against its reference, and the gradient is
// checked through all outputs and through the last one alone (the others' gradients undefined, taken as zeros).
import * as torch from '../../kernel/engine';
import type { Arr, InputSpec, OpSample } from './op-samples';

export interface MultiHelpers {
  add: (key: string, desc: string, inputs: InputSpec[], run: OpSample['run'], ref: OpSample['ref'], opts?: Partial<OpSample>) => void;
  inp: (shape: number[], lo?: number, hi?: number, extra?: Partial<InputSpec>) => InputSpec;
}

const numel = (s: readonly number[]): number => s.reduce((a, b) => a * b, 1);

/** Elements [start, start + len) of `dim` (dropped from the shape when `drop`). */
function piece(a: Arr, dim: number, start: number, len: number, drop = false): Arr {
  const outer = numel(a.shape.slice(0, dim)), inner = numel(a.shape.slice(dim + 1)), size = a.shape[dim];
  const data: number[] = [];
  for (let o = 0; o < outer; o++) for (let k = start; k < start + len; k++) for (let i = 0; i < inner; i++) data.push(a.data[(o * size + k) * inner + i]);
  const shape = [...a.shape];
  if (drop) shape.splice(dim, 1); else shape[dim] = len;
  return { shape, data };
}
function pieces(a: Arr, dim: number, sizes: number[]): Arr[] {
  let at = 0;
  return sizes.map((n) => { const p = piece(a, dim, at, n); at += n; return p; });
}

/** Per slice along `dim` (null: all) of a row-major array, f of its values; shape with the dim kept as 1 or dropped. */
function reduceRef(a: Arr, dim: number | null, keepdim: boolean, f: (v: number[]) => number): Arr {
  if (dim === null) return { shape: keepdim ? a.shape.map(() => 1) : [], data: [f(a.data)] };
  const outer = numel(a.shape.slice(0, dim)), inner = numel(a.shape.slice(dim + 1)), size = a.shape[dim];
  const data: number[] = [];
  for (let o = 0; o < outer; o++) for (let i = 0; i < inner; i++) {
    const v: number[] = [];
    for (let k = 0; k < size; k++) v.push(a.data[(o * size + k) * inner + i]);
    data.push(f(v));
  }
  const shape = [...a.shape];
  if (keepdim) shape[dim] = 1; else shape.splice(dim, 1);
  return { shape, data };
}
const mean = (v: number[]): number => v.reduce((s, x) => s + x, 0) / v.length;
const variance = (correction: number) => (v: number[]): number => {
  const m = mean(v);
  return v.reduce((s, x) => s + (x - m) * (x - m), 0) / (v.length - correction);
};

/**
 * Householder QR of a row-major m×n matrix with LAPACK's sign choice (R's diagonal entry is −sign(a)·‖column‖),
 * plain loops in double: Q (m×k, or m×m when `complete`) and R (k×n, or m×n).
 */
function qrRef(a: Arr, complete: boolean): Arr[] {
  const [m, n] = a.shape, k = Math.min(m, n);
  const A = Array.from({ length: m }, (_, i) => a.data.slice(i * n, i * n + n));
  const Q = Array.from({ length: m }, (_, i) => Array.from({ length: m }, (_, j) => (i === j ? 1 : 0)));
  for (let j = 0; j < k; j++) {
    const x = A.slice(j).map((row) => row[j]);
    const norm = Math.sqrt(x.reduce((acc, v) => acc + v * v, 0));
    if (norm === 0 || x.slice(1).every((v) => v === 0)) continue;
    const beta = x[0] >= 0 ? -norm : norm;
    const v = x.map((xi, i) => (i === 0 ? xi - beta : xi));
    const vv = v.reduce((acc, t) => acc + t * t, 0);
    const reflect = (rows: number[][], col: number): void => {   // rows[j..] col ← (I − 2vvᵀ/vᵀv)·(rows[j..] col)
      const d = v.reduce((acc, t, i) => acc + t * rows[j + i][col], 0) * 2 / vv;
      v.forEach((t, i) => { rows[j + i][col] -= d * t; });
    };
    for (let c = 0; c < n; c++) reflect(A, c);
    // Q ← Q·H: apply H to Q's rows (H symmetric)
    for (let r = 0; r < m; r++) {
      const d = v.reduce((acc, t, i) => acc + t * Q[r][j + i], 0) * 2 / vv;
      v.forEach((t, i) => { Q[r][j + i] -= d * t; });
    }
  }
  const qc = complete ? m : k, rr = complete ? m : k;
  return [
    { shape: [m, qc], data: Q.flatMap((row) => row.slice(0, qc)) },
    { shape: [rr, n], data: A.slice(0, rr).flatMap((row, i) => row.map((v, j) => (j < i ? 0 : v))) },
  ];
}

export function registerMultiOutputSamples({ add, inp }: MultiHelpers): void {
  add('UnbindBackward0', 'unbind dim 0 of [3, 2]', [inp([3, 2])], ([x]) => torch.unbind(x, 0),
    ([x]) => [0, 1, 2].map((k) => piece(x, 0, k, 1, true)), { multiOutput: 3 });
  add('UnbindBackward0', 'unbind dim -1 of a transposed [2, 3]', [inp([2, 3], -2, 2, { layout: 'transposed' })], ([x]) => torch.unbind(x, -1),
    ([x]) => [0, 1, 2].map((k) => piece(x, 1, k, 1, true)), { multiOutput: 3 });
  add('SplitBackward0', 'split 2 of [5, 2] (last piece shorter)', [inp([5, 2])], ([x]) => torch.split(x, 2),
    ([x]) => pieces(x, 0, [2, 2, 1]), { multiOutput: 3 });
  add('SplitBackward0', 'chunk 2 along dim 1 of a strided [2, 4]', [inp([2, 4], -2, 2, { layout: 'strided' })], ([x]) => torch.chunk(x, 2, 1),
    ([x]) => pieces(x, 1, [2, 2]), { multiOutput: 2 });
  add('SplitWithSizesBackward0', 'split_with_sizes [1, 3] along dim 1', [inp([2, 4])], ([x]) => torch.split_with_sizes(x, [1, 3], 1),
    ([x]) => pieces(x, 1, [1, 3]), { multiOutput: 2 });
  add('UnsafeSplitBackward0', 'unsafe_split 2 of [3, 2]', [inp([3, 2])], ([x]) => torch.split(x, 2, 0, true),
    ([x]) => pieces(x, 0, [2, 1]), { multiOutput: 2 });
  add('UnsafeSplitWithSizesBackward0', 'unsafe_split_with_sizes [2, 1, 1] along dim -1', [inp([2, 4])], ([x]) => torch.split_with_sizes(x, [2, 1, 1], -1, true),
    ([x]) => pieces(x, 1, [2, 1, 1]), { multiOutput: 3 });
  add('VarMeanBackward0', 'var_mean of all', [inp([2, 3])], ([x]) => torch.var_mean(x),
    ([x]) => [reduceRef(x, null, false, variance(1)), reduceRef(x, null, false, mean)], { multiOutput: 2 });
  add('VarMeanBackward0', 'var_mean dim 1 correction 0 keepdim', [inp([3, 4])], ([x]) => torch.var_mean(x, [1], 0, true),
    ([x]) => [reduceRef(x, 1, true, variance(0)), reduceRef(x, 1, true, mean)], { multiOutput: 2 });
  add('StdMeanBackward0', 'std_mean dim 0', [inp([3, 2])], ([x]) => torch.var_mean(x, 0, true, false, true),
    ([x]) => [reduceRef(x, 0, false, (v) => Math.sqrt(variance(1)(v))), reduceRef(x, 0, false, mean)], { multiOutput: 2 });
  add('StdMeanBackward0', 'std_mean of all, correction 2', [inp([5])], ([x]) => torch.var_mean(x, null, 2, false, true),
    ([x]) => [reduceRef(x, null, false, (v) => Math.sqrt(variance(2)(v))), reduceRef(x, null, false, mean)], { multiOutput: 2 });
  add('LinalgQrBackward0', 'linalg.qr of a tall [4, 3]', [inp([4, 3])], ([x]) => torch.linalg_qr(x), ([x]) => qrRef(x, false), { multiOutput: 2 });
  add('LinalgQrBackward0', 'linalg.qr complete of a square [3, 3], transposed', [inp([3, 3], -2, 2, { layout: 'transposed' })],
    ([x]) => torch.linalg_qr(x, 'complete'), ([x]) => qrRef(x, true), { multiOutput: 2 });
  add('LinalgQrBackward0', 'linalg.qr of a wide [2, 4]', [inp([2, 4])], ([x]) => torch.linalg_qr(x), ([x]) => qrRef(x, false), { multiOutput: 2 });
  add('NotImplemented', 'aminmax dim 1 (no derivative in PyTorch 1.13)', [inp([2, 3])], ([x]) => torch.aminmax(x, 1),
    ([x]) => [reduceRef(x, 1, false, (v) => Math.min(...v)), reduceRef(x, 1, false, (v) => Math.max(...v))]);
  add('NotImplemented', 'aminmax of all, keepdim', [inp([2, 2])], ([x]) => torch.aminmax(x, null, true),
    ([x]) => [reduceRef(x, null, true, (v) => Math.min(...v)), reduceRef(x, null, true, (v) => Math.max(...v))]);
}
