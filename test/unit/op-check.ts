// The generic op test (PyTorch's test_ops.py over OpInfo samples): for every op-table entry, every sample is run
// forward against its float64 reference in float64 and float32, and gradchecked by central differences in float64.
// Imported dynamically by ops.test.ts / ops-simd.test.ts after they choose the wasm build (TNB_WASM_BUILD).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as torch from '../../kernel/engine';
import type { Tensor } from '../../kernel/engine';
import { Arr, FloatDType, InputSpec, nest, OpSample, SAMPLES, vals } from './op-samples';
import { RAISING_NODES } from './op-samples-math';

const TOL = { float64: { rtol: 1e-10, atol: 1e-12 }, float32: { rtol: 1e-5, atol: 1e-6 } } as const;
const GRADCHECK = { eps: 1e-6, rtol: 1e-3, atol: 1e-5 };

const keyOf = (d: torch.OpDef): string => d.node ?? d.name;
const numel = (shape: readonly number[]): number => shape.reduce((a, b) => a * b, 1);
/** Keys of entries with a backward node (cat/stack entries appear only on first use, so test the converse). */
const differentiable = (key: string): boolean => !torch.OP_TABLE.some((d) => d.node === null && d.name === key);

/** Builds an input tensor with the spec's layout; a non-contiguous layout is a leaf view of a larger buffer. */
function makeInput(spec: InputSpec, values: readonly number[], dtype: FloatDType): Tensor {
  const dt = spec.dtype ?? dtype;
  const grad = spec.grad !== false;
  const shape = spec.shape;
  if (numel(shape) === 0 && shape.length > 1) return torch.zeros(shape, { dtype: dt, requires_grad: grad });   // nested lists cannot say [0, 3]
  if (!spec.layout) return torch.tensor(nest(values, shape) as never, { dtype: dt, requires_grad: grad });
  const nd = shape.length, last = shape[nd - 1];
  const view = torch.no_grad(() => {
    if (spec.layout === 'transposed') {
      const rows = shape[nd - 2];
      const stored = values.map((_, i) => {   // storage holds the last two dims swapped
        const blk = Math.floor(i / (rows * last)), r = i % (rows * last), j = Math.floor(r / rows), k = r % rows;
        return values[blk * rows * last + k * last + j];
      });
      const storedShape = [...shape.slice(0, -2), last, rows];
      return torch.tensor(nest(stored, storedShape) as never, { dtype: dt }).transpose(-2, -1);
    }
    const wide = [...shape.slice(0, -1), 2 * last];   // every other element; the gaps hold values that must not leak
    const stored: number[] = [];
    values.forEach((v, i) => stored.push(v, 1000 + i));
    return torch.slice(torch.tensor(nest(stored, wide) as never, { dtype: dt }), -1, 0, null, 2);
  });
  assert.ok(!view.is_contiguous() || numel(shape) <= 1, `layout ${spec.layout} should give a non-contiguous input`);
  return view.requires_grad_(grad);
}

function toArr(t: Tensor): Arr { return { shape: [...t.shape], data: Array.from(t.toArray()) }; }

function assertClose(actual: Tensor, expected: Arr, rtol: number, atol: number, what: string): void {
  assert.deepEqual([...actual.shape], expected.shape, `${what}: shape`);
  const a = actual.toArray(), bad: string[] = [];
  expected.data.forEach((e, i) => {
    const v = a[i];
    const ok = Number.isNaN(e) ? Number.isNaN(v) : Math.abs(v - e) <= atol + rtol * Math.abs(e);
    if (!ok) bad.push(`[${i}] got ${v}, expected ${e}`);
  });
  assert.equal(bad.length, 0, `${what}: ${bad.length}/${expected.data.length} elements differ: ${bad.slice(0, 5).join('; ')}`);
}

function runSample(s: OpSample, dtype: FloatDType, values = s.inputs.map((i) => i.values)): { xs: Tensor[]; out: Tensor; outs: Tensor[] } {
  const xs = s.inputs.map((spec, i) => makeInput(spec, values[i], dtype));
  const r = s.run(xs, dtype);
  const outs = Array.isArray(r) ? r : [r];
  return { xs, out: outs[0], outs };
}

/** Values, dtype and node name are all checked and reported together (one wrong thing should not hide another). */
function checkForward(s: OpSample, dtype: FloatDType): void {
  const { xs, outs } = runSample(s, dtype);
  const failures: string[] = [];
  const check = (fn: () => void): void => { try { fn(); } catch (e) { failures.push((e as Error).message); } };
  const atol = dtype === 'float64' && s.atol64 !== undefined ? s.atol64 : dtype === 'float32' && s.atol32 !== undefined ? s.atol32 : TOL[dtype].atol;
  const rtol = dtype === 'float64' && s.rtol64 !== undefined ? s.rtol64 : TOL[dtype].rtol;
  const r = s.ref(xs.map(toArr), dtype);
  const refs = Array.isArray(r) ? r : [r];
  check(() => assert.equal(outs.length, refs.length, `${outs.length} outputs, expected ${refs.length}`));
  const wantDtype = s.outDtype ? s.outDtype(dtype) : dtype;
  const wantNode = differentiable(s.key) ? s.key : null;
  outs.forEach((out, k) => {
    const which = outs.length > 1 ? `output ${k}` : 'output';
    if (refs[k]) check(() => assertClose(out, refs[k], rtol, atol, `forward ${dtype} ${which} vs float64 reference`));
    check(() => assert.equal(out.dtype, wantDtype, `${which} dtype is ${out.dtype}, expected ${wantDtype}`));
    const node = out.grad_fn?.name() ?? null;
    check(() => assert.equal(node, wantNode, `grad_fn of the ${which} is ${node}, expected ${wantNode}`));
    // every output of a several-output op has the one node, with its position as output_nr
    if (outs.length > 1) check(() => assert.ok(out.grad_fn === outs[0].grad_fn && out._outputNr === k, `${which}: not output ${k} of the node`));
  });
  assert.equal(failures.length, 0, failures.join('\n'));
}

/** An op PyTorch has no derivative for: its node exists, and backward through it raises NotImplementedError. */
function refusesGrad(s: OpSample): void {
  torch.tidy(() => {
    const { out } = runSample(s, 'float64');
    assert.equal(out.grad_fn?.name(), s.key);
    assert.throws(() => torch.sum(out).backward(), (e: unknown) => {
      const err = e as { pyType?: string; message: string };
      return err.pyType === 'NotImplementedError' && err.message === s.refusesGrad;
    });
  });
}

/** sum(out * w) as a JS double. */
function weightedSum(out: Tensor, w: Float64Array): number {
  const v = out.toArray();
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i] * w[i];
  return s;
}

function hashOf(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  return h;
}

/**
 * Central differences of sum(out * w) against the gradients backward() accumulates, in float64. With several
 * outputs the sum is over all of them, or (`only`) over output `only`, the others getting no gradient at all.
 */
function gradcheck(s: OpSample, only: number | null = null): void {
  const { eps, rtol, atol } = GRADCHECK;
  const { xs, outs } = runSample(s, 'float64');
  const used = only === null ? outs.map((_, k) => k) : [only];
  for (const k of used) assert.ok(outs[k].requires_grad, `output ${k} requires grad`);
  const wTensors = outs.map((o, k) => torch.tensor(nest(vals(o.numel(), hashOf(s.key + s.desc) + k, -1, 1), o.shape) as never, { dtype: o.dtype }));
  const ws = wTensors.map((t) => t.toArray());
  const weighted = (os: Tensor[]): number => used.reduce((acc, k) => acc + weightedSum(os[k], ws[k]), 0);
  torch.autograd.backward(used.map((k) => outs[k]), used.map((k) => wTensors[k]));
  const problems: string[] = [];
  const ratios: number[] = [];
  s.inputs.forEach((spec, i) => {
    if (spec.grad === false) return;
    const g = xs[i].grad;
    if (g) {
      assert.deepEqual([...g.shape], spec.shape, `gradient shape of input ${i}`);
      assert.equal(g.dtype, xs[i].dtype, `gradient dtype of input ${i}`);
    }
    const analytic = g ? g.toArray() : new Float64Array(numel(spec.shape));
    for (let j = 0; j < spec.values.length; j++) {
      const at = (delta: number): { f: number; x: number } => {
        const values = s.inputs.map((p) => [...p.values]);
        values[i][j] += delta;
        const r = runSample(s, 'float64', values);
        return { f: weighted(r.outs), x: r.xs[i].toArray()[j] };   // x: the perturbed value as stored
      };
      const plus = at(eps), minus = at(-eps);
      const numeric = (plus.f - minus.f) / (plus.x - minus.x);
      const a = analytic[j];
      if (!(Math.abs(a - numeric) <= atol + rtol * Math.abs(numeric))) {
        problems.push(`input ${i}[${j}]: analytic ${a}, numeric ${numeric}`);
        if (Math.abs(numeric) > 1e-8) ratios.push(a / numeric);
      }
    }
  });
  const hint = ratios.length ? ` (analytic/numeric ratios: ${[...new Set(ratios.map((r) => r.toPrecision(4)))].slice(0, 6).join(', ')})` : '';
  assert.equal(problems.length, 0, `gradient mismatch${hint}: ${problems.slice(0, 6).join('; ')}`);
}

/** An op without a derivative in PyTorch: its node is recorded, and backward through it raises PyTorch's error. */
function backwardRaises(s: OpSample, message: RegExp): void {
  const { out } = runSample(s, 'float64');
  assert.ok(out.requires_grad, 'the output requires grad');
  assert.throws(() => out.backward(torch.ones_like(out)), message);
}

/** Registers the whole generic op test for the wasm build the caller selected before importing the engine. */
export function registerOpTests(build: 'relaxed' | 'simd'): void {
  const entriesAtLoad = new Set(torch.OP_TABLE.map(keyOf));
  const sampled = new Set(SAMPLES.map((s) => s.key));

  test(`the ${build} wasm build is the one in use`, () => {
    assert.equal(torch.kernelBuild(), build);
  });

  test('every op-table entry has at least one sample', () => {
    const missing = [...entriesAtLoad].filter((k) => !sampled.has(k));
    assert.deepEqual(missing, [], `op-table entries without a sample in test/unit/op-samples.ts: ${missing.join(', ')}`);
  });

  const byKey = new Map<string, OpSample[]>();
  for (const s of SAMPLES) byKey.set(s.key, [...(byKey.get(s.key) ?? []), s]);
  for (const [key, samples] of byKey) {
    describe(`${key} [${build}]`, () => {
      for (const s of samples) {
        test(`${s.desc}: forward float64`, () => checkForward(s, 'float64'));
        test(`${s.desc}: forward float32`, () => checkForward(s, 'float32'));
        if (s.refusesGrad !== undefined) test(`${s.desc}: backward raises PyTorch's NotImplementedError`, () => refusesGrad(s));
        else if (RAISING_NODES[key]) test(`${s.desc}: backward raises PyTorch's error`, () => backwardRaises(s, RAISING_NODES[key]));
        else if (differentiable(key)) {
          test(`${s.desc}: gradcheck float64`, () => gradcheck(s));
          // several outputs: a gradient for the last one only (the others' undefined gradients count as zeros)
          if (s.multiOutput) test(`${s.desc}: gradcheck float64 through its last output only`, () => gradcheck(s, s.multiOutput as number - 1));
        }
      }
    });
  }

  // cat/stack entries are defined per arity on first use, so they only exist once the samples ran.
  test('entries defined while running the samples also have samples, and every sample names an entry', () => {
    const all = new Set(torch.OP_TABLE.map(keyOf));
    const missing = [...all].filter((k) => !sampled.has(k));
    const stale = [...sampled].filter((k) => !all.has(k));
    assert.deepEqual(missing, [], `op-table entries without a sample: ${missing.join(', ')}`);
    assert.deepEqual(stale, [], `samples for keys that are not op-table entries: ${stale.join(', ')}`);
  });
}
