// Replays the golden programs of test/golden/programs.json (made by test/golden/gen_programs.py from real PyTorch
// 1.13.1; the DSL is described in test/golden/programs.py) against the engine, one test per program.
// Shapes, dtypes, flags, grad_fn names/graphs and errors (type and message) must match exactly; values within
// float32: rtol 1e-5 / atol 1e-6, float64: rtol 1e-10 / atol 1e-12; ints and bools exactly; nan/inf exactly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as torch from '../../kernel/engine';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };

interface Step extends Obj {}
interface Program { name: string; steps: Step[] }

const golden = JSON.parse(readFileSync(join(process.cwd(), 'test/golden/programs.json'), 'utf8')) as {
  torch: string;
  programs: Program[];
};

torch.setWarningHandler(() => { /* non-leaf .grad access etc.: not part of these checks */ });

const { Tensor, TorchError, Node, AccumulateGrad } = torch;
type Tensor = InstanceType<typeof Tensor>;
type AnyFn = (...args: unknown[]) => unknown;

// --- Python values → engine values ----------------------------------------------------------------------------------
/** A Python float the engine must not mistake for an int (2.0 vs 2), as the Python facade will pass it. */
interface PyFloat { value: number; kind: 'float' }

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function decodeFloat(v: Json): number {
  if (v === 'nan') return NaN;
  if (v === 'inf') return Infinity;
  if (v === '-inf') return -Infinity;
  return v as number;
}

class Env {
  readonly vars = new Map<string, unknown>();

  get(name: string): unknown {
    if (!this.vars.has(name)) throw new Error(`runner: unknown variable ${name}`);
    return this.vars.get(name);
  }

  /** Python variables own their tensors (as the facade's handles do): retain on bind, release on rebind. */
  set(name: string, value: unknown): void {
    const old = this.vars.get(name);
    forEachTensor(value, (t) => t.retain());
    this.vars.set(name, value);
    forEachTensor(old, (t) => t.release());
  }

  resolve(v: Json): unknown {
    if (typeof v === 'string') {
      if (!v.startsWith('$')) return v;
      const [name, ...attrs] = v.slice(1).split('.');
      let obj = this.get(name);
      for (const a of attrs) {
        if (obj === null || obj === undefined) throw new Error(`runner: ${v}: attribute ${a} of ${String(obj)}`);
        obj = (obj as Record<string, unknown>)[a];
      }
      return obj;
    }
    if (Array.isArray(v)) return v.map((x) => this.resolve(x));
    if (isObj(v)) {
      if ('float' in v) return { value: decodeFloat(v.float), kind: 'float' } satisfies PyFloat;
      if ('dtype' in v) return v.dtype;
      throw new Error(`runner: unknown value form ${JSON.stringify(v)}`);
    }
    return v;
  }

  indexItem(it: Json): unknown {
    if (it === null || typeof it === 'number') return it;
    if (it === '...') return '...';
    if (isObj(it) && Array.isArray(it.slice)) {
      const [start, stop, step] = it.slice as (number | null)[];
      return { start: start ?? undefined, stop: stop ?? undefined, step: step ?? undefined };
    }
    if (typeof it === 'string' && it.startsWith('$')) return this.resolve(it);
    throw new Error(`runner: bad index item ${JSON.stringify(it)}`);
  }

  /** x[i] for one item (Python's single-index paths), x[i, j, ...] otherwise. */
  indexSpec(items: Json[]): unknown {
    const spec = items.map((i) => this.indexItem(i));
    return spec.length === 1 ? spec[0] : spec;
  }
}

function forEachTensor(v: unknown, f: (t: Tensor) => void): void {
  if (v instanceof Tensor) f(v);
  else if (Array.isArray(v)) v.forEach((x) => forEachTensor(x, f));
}

const isPyFloat = (v: unknown): v is PyFloat =>
  typeof v === 'object' && v !== null && !(v instanceof Tensor) && (v as PyFloat).kind === 'float';

/** Parameters typed `number` in the engine get the plain value of a Python float. */
function plain(v: unknown): unknown {
  if (isPyFloat(v)) return v.value;
  if (Array.isArray(v)) return v.map(plain);
  return v;
}

// --- calls: Python signatures → the engine's positional parameters and option objects --------------------------------
/** Method parameter names in PyTorch order (keyword arguments are placed by name). */
const METHOD_PARAMS: Record<string, string[]> = {
  add: ['other', 'alpha'], sub: ['other', 'alpha'], add_: ['other', 'alpha'], sub_: ['other', 'alpha'],
  sum: ['dim', 'keepdim', 'dtype'], mean: ['dim', 'keepdim'], prod: ['dim', 'keepdim'],
  max: ['dim', 'keepdim'], min: ['dim', 'keepdim'], argmax: ['dim', 'keepdim'], argmin: ['dim', 'keepdim'],
  var: ['dim', 'unbiased', 'keepdim'], std: ['dim', 'unbiased', 'keepdim'],
  clamp: ['min', 'max'], clamp_: ['min', 'max'], softmax: ['dim'], log_softmax: ['dim'],
  flatten: ['start_dim', 'end_dim'], squeeze: ['dim'], unsqueeze: ['dim'], transpose: ['dim0', 'dim1'],
  backward: ['gradient'], requires_grad_: ['requires_grad'],
};
/** torch.<fn>(input, ...) whose parameters after `input` are the method's. */
const FUNCTION_PARAMS: Record<string, string[]> = {
  tensor: ['data'], zeros: ['size'], ones: ['size'], empty: ['size'], full: ['size', 'fill_value'],
  arange: ['start', 'end', 'step'], linspace: ['start', 'end', 'steps'], eye: ['n', 'm'],
  zeros_like: ['input'], ones_like: ['input'], full_like: ['input', 'fill_value'],
  cat: ['tensors', 'dim'], stack: ['tensors', 'dim'], where: ['condition', 'input', 'other'],
  'autograd.grad': ['outputs', 'inputs'],
};
/** Calls whose remaining keyword arguments go into a trailing options object. */
const OPTIONS_CALLS = new Set(['tensor', 'zeros', 'ones', 'empty', 'full', 'arange', 'linspace', 'eye', 'zeros_like',
  'ones_like', 'full_like', 'backward', 'autograd.grad']);
/** Calls whose numeric arguments the engine types as Scalar/TensorLike (where a PyFloat keeps its kind). */
const SCALAR_CALLS = new Set(['tensor', 'full', 'arange', 'full_like', 'fill_', 'clamp', 'clamp_', 'add', 'sub', 'mul', 'div', 'pow', 'add_', 'sub_', 'mul_', 'div_', 'pow_',
  'eq', 'ne', 'lt', 'le', 'gt', 'ge', 'where', 'maximum', 'minimum']);

function buildArgs(name: string, params: string[], args: unknown[], kwargs: Record<string, unknown>): unknown[] {
  const out = [...args];
  const opts: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(kwargs)) {
    const i = params.indexOf(k);
    if (i >= 0) {
      while (out.length < i) out.push(undefined);
      out[i] = v;
    } else if (OPTIONS_CALLS.has(name)) {
      opts[k] = v;
    } else {
      throw new Error(`runner: no mapping for keyword argument ${k} of ${name}`);
    }
  }
  if (Object.keys(opts).length > 0) {
    while (out.length < params.length) out.push(undefined);
    out.push(opts);
  }
  return out;
}

function callStep(step: Obj, env: Env): unknown {
  const name = step.call as string;
  let args = env.resolve((step.args ?? []) as Json) as unknown[];
  let kwargs = Object.fromEntries(Object.entries((step.kwargs ?? {}) as Obj).map(([k, v]) => [k, env.resolve(v)]));
  if (!SCALAR_CALLS.has(name)) {
    args = args.map(plain);
    kwargs = Object.fromEntries(Object.entries(kwargs).map(([k, v]) => [k, plain(v)]));
  }
  if ('on' in step) {
    const self = env.resolve(step.on) as Record<string, unknown>;
    const fn = self?.[name];
    if (typeof fn !== 'function') throw new Error(`runner: the engine's Tensor has no method ${name}`);
    return (fn as AnyFn).apply(self, buildArgs(name, METHOD_PARAMS[name] ?? [], args, kwargs));
  }
  let fn: unknown = torch;
  for (const part of name.split('.')) fn = (fn as Record<string, unknown>)?.[part];
  if (typeof fn !== 'function') throw new Error(`runner: the engine has no function torch.${name}`);
  const params = FUNCTION_PARAMS[name] ?? ['input', ...(METHOD_PARAMS[name] ?? [])];
  return (fn as AnyFn)(...buildArgs(name, params, args, kwargs));
}

function bind(let_: Json | undefined, value: unknown, env: Env): void {
  if (let_ === undefined || let_ === null) return;
  if (Array.isArray(let_)) {
    if (!Array.isArray(value)) throw new Error(`runner: cannot unpack ${String(value)} into [${let_.join(', ')}]`);
    if (value.length !== let_.length) throw new Error(`runner: cannot unpack ${value.length} values into [${let_.join(', ')}]`);
    let_.forEach((n, i) => env.set(n as string, value[i]));
  } else {
    env.set(let_ as string, value);
  }
}

// --- comparison ------------------------------------------------------------------------------------------------------
const TOL: Record<string, [number, number]> = { float32: [1e-5, 1e-6], float64: [1e-10, 1e-12] };

function fmt(v: unknown): string {
  if (v instanceof Tensor) return `Tensor(shape=[${v.shape.join(', ')}], dtype=${v.dtype})`;
  if (v instanceof Node) return `<${v.name()}>`;
  try { return JSON.stringify(v) ?? String(v); } catch { return String(v); }
}

function compareValues(where: string, exp: Obj, t: Tensor, errs: string[]): void {
  const expected = exp.values as (number | string | boolean)[];
  const actual = t.toArray();
  const dtype = exp.dtype as string;
  const bad: string[] = [];
  expected.forEach((e, i) => {
    const a = actual[i];
    let ok: boolean;
    if (typeof e === 'boolean') ok = a === (e ? 1 : 0);
    else if (typeof e === 'string') ok = e === 'nan' ? Number.isNaN(a) : a === decodeFloat(e);
    else if (dtype === 'int64') ok = a === e;
    else {
      const [rtol, atol] = TOL[dtype];
      ok = Number.isFinite(a) && Math.abs(a - e) <= atol + rtol * Math.abs(e);
    }
    if (!ok) bad.push(`[${i}] expected ${e}, got ${a}`);
  });
  if (bad.length > 0) {
    errs.push(`${where}: ${bad.length}/${expected.length} values differ: ${bad.slice(0, 6).join('; ')}${bad.length > 6 ? '; …' : ''}`);
  }
}

function compareGraph(where: string, exp: Obj | null, node: unknown, env: Env, errs: string[]): void {
  if (exp === null) {
    if (node !== null && node !== undefined) errs.push(`${where}: expected None, got ${fmt(node)}`);
    return;
  }
  if (!(node instanceof Node)) { errs.push(`${where}: expected ${exp.name}, got ${fmt(node)}`); return; }
  if (node.name() !== exp.name) { errs.push(`${where}: expected ${exp.name}, got ${node.name()}`); return; }
  if (typeof exp.variable === 'string') {
    const leaf = env.vars.get(exp.variable);
    if (!(node instanceof AccumulateGrad) || node.variable !== leaf) {
      errs.push(`${where}: AccumulateGrad is not the accumulator of variable ${exp.variable}`);
    }
  }
  const expNext = exp.next as [Obj | null, number][];
  const next = node.next_functions;
  if (next.length !== expNext.length) {
    errs.push(`${where} (${node.name()}): expected ${expNext.length} next_functions, got ${next.length}`
      + ` [${next.map(([n, nr]) => `${n?.name() ?? 'None'}:${nr}`).join(', ')}]`);
    return;
  }
  expNext.forEach(([child, nr], i) => {
    const [an, anr] = next[i];
    if (anr !== nr && child !== null) errs.push(`${where}.next[${i}]: expected input nr ${nr}, got ${anr}`);
    compareGraph(`${where} → ${child === null ? 'None' : child.name}`, child, an, env, errs);
  });
}

function compare(where: string, exp: Obj, actual: unknown, env: Env, errs: string[]): void {
  switch (exp.kind) {
    case 'tensor': {
      if (!(actual instanceof Tensor)) { errs.push(`${where}: expected a tensor, got ${fmt(actual)}`); return; }
      const shape = [...actual.shape];
      if (JSON.stringify(shape) !== JSON.stringify(exp.shape)) {
        errs.push(`${where}: shape expected [${(exp.shape as number[]).join(', ')}], got [${shape.join(', ')}]`);
        return;
      }
      if (actual.dtype !== exp.dtype) errs.push(`${where}: dtype expected ${exp.dtype}, got ${actual.dtype}`);
      else compareValues(where, exp, actual, errs);
      if (actual.requires_grad !== exp.requires_grad) errs.push(`${where}: requires_grad expected ${exp.requires_grad}, got ${actual.requires_grad}`);
      if (actual.is_leaf !== exp.is_leaf) errs.push(`${where}: is_leaf expected ${exp.is_leaf}, got ${actual.is_leaf}`);
      const fn = actual.grad_fn?.name() ?? null;
      if (fn !== exp.grad_fn) errs.push(`${where}: grad_fn expected ${exp.grad_fn}, got ${fn}`);
      return;
    }
    case 'none':
      if (actual !== null && actual !== undefined) errs.push(`${where}: expected None, got ${fmt(actual)}`);
      return;
    case 'list': {
      const items = exp.items as Obj[];
      if (!Array.isArray(actual) || actual.length !== items.length) {
        errs.push(`${where}: expected a sequence of ${items.length}, got ${fmt(actual)}`);
        return;
      }
      items.forEach((e, i) => compare(`${where}[${i}]`, e, actual[i], env, errs));
      return;
    }
    case 'size':
      if (!Array.isArray(actual) || JSON.stringify([...actual]) !== JSON.stringify(exp.value)) {
        errs.push(`${where}: expected torch.Size(${JSON.stringify(exp.value)}), got ${fmt(actual)}`);
      }
      return;
    case 'dtype':
      if (actual !== exp.value) errs.push(`${where}: expected dtype ${exp.value}, got ${fmt(actual)}`);
      return;
    case 'bool':
      if (actual !== exp.value) errs.push(`${where}: expected ${exp.value ? 'True' : 'False'}, got ${fmt(actual)}`);
      return;
    case 'int':
      if (typeof actual !== 'number' || actual !== exp.value) errs.push(`${where}: expected int ${exp.value}, got ${fmt(actual)}`);
      return;
    case 'float': {
      const e = decodeFloat(exp.value);
      const ok = typeof actual === 'number'
        && (Number.isNaN(e) ? Number.isNaN(actual) : Number.isFinite(e) ? Math.abs(actual - e) <= 1e-12 + 1e-10 * Math.abs(e) : actual === e);
      if (!ok) errs.push(`${where}: expected float ${exp.value}, got ${fmt(actual)}`);
      return;
    }
    case 'node':
      compareGraph(`${where}`, exp.graph as Obj, actual, env, errs);
      return;
    default:
      throw new Error(`runner: unknown record kind ${String(exp.kind)}`);
  }
}

// --- running ---------------------------------------------------------------------------------------------------------
class StepFailure extends Error {}

function describe(step: Obj): string {
  const { out: _o, error: _e, no_grad: ng, ...rest } = step;
  return JSON.stringify(ng ? { no_grad: '[...]', ...rest } : rest);
}

/** Runs the steps; returns false once a step raised (the program stops there). */
function runSteps(steps: Step[], env: Env, errs: string[], path: string): boolean {
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    const where = `${path}step ${i}`;
    const expected = step.error as Obj | undefined;
    let thrown: unknown = null;
    let raised = false;
    try {
      runStep(step, env, errs, where);
    } catch (e) {
      if (e instanceof StepFailure) throw e;
      thrown = e;
      raised = true;
    }
    if ('no_grad' in step && expected) {
      // The error was raised (and checked) inside the block.
      if (raised) throw thrown;
      return false;
    }
    if (expected) {
      if (!raised) throw new StepFailure(`${where} ${describe(step)}: expected ${expected.type}: ${expected.message}, but nothing was raised`);
      if (!(thrown instanceof TorchError)) {
        throw new StepFailure(`${where} ${describe(step)}: expected ${expected.type}: ${expected.message}, got a non-TorchError: ${String((thrown as Error)?.stack ?? thrown)}`);
      }
      if (thrown.pyType !== expected.type || thrown.message !== expected.message) {
        errs.push(`${where} ${describe(step)}: expected ${expected.type}: ${expected.message}\n      got      ${thrown.pyType}: ${thrown.message}`);
      }
      return false;
    }
    if (raised) {
      const e = thrown as Error;
      const what = e instanceof TorchError ? `${e.pyType}: ${e.message}` : String(e?.stack ?? e);
      throw new StepFailure(`${where} ${describe(step)}: unexpected error ${what}`);
    }
  }
  return true;
}

function runStep(step: Step, env: Env, errs: string[], where: string): void {
  if ('call' in step) {
    bind(step.let, callStep(step, env), env);
  } else if ('getitem' in step) {
    const x = env.resolve(step.getitem) as Tensor;
    bind(step.let, x.index(env.indexSpec(step.index as Json[]) as Parameters<Tensor['index']>[0]), env);
  } else if ('setitem' in step) {
    const x = env.resolve(step.setitem) as Tensor;
    x.index_put_(env.indexSpec(step.index as Json[]) as Parameters<Tensor['index']>[0],
      env.resolve(step.value) as Parameters<Tensor['index_put_']>[1]);
  } else if ('setattr' in step) {
    const x = env.resolve(step.setattr) as Record<string, unknown>;
    x[step.attr as string] = plain(env.resolve(step.value));
  } else if ('hook' in step) {
    const x = env.resolve(step.hook) as Tensor;
    if ('mul' in step) {
      const m = step.mul as number;
      x.register_hook((g) => g?.mul(m));
    } else {
      const name = step.save as string;
      x.register_hook((g) => { env.set(name, g); });
    }
  } else if ('no_grad' in step) {
    torch.no_grad(() => runSteps(step.no_grad as Step[], env, errs, `${where} no_grad: `));
  } else if ('record' in step) {
    const exprs = step.record as string[];
    const outs = step.out as Obj[];
    exprs.forEach((e, k) => {
      let actual: unknown;
      try {
        actual = env.resolve(e);
      } catch (err) {
        errs.push(`${where} record ${e}: ${String(err)}`);
        return;
      }
      compare(`${where} record ${e}`, outs[k], actual, env, errs);
    });
  } else {
    throw new Error(`runner: unknown step ${JSON.stringify(step)}`);
  }
}

function runProgram(p: Program): void {
  const env = new Env();
  const errs: string[] = [];
  try {
    runSteps(p.steps, env, errs, '');
  } catch (e) {
    if (!(e instanceof StepFailure)) throw e;
    errs.push(e.message);
  } finally {
    for (const name of [...env.vars.keys()]) env.set(name, null);
  }
  if (errs.length > 0) assert.fail(`${p.name}:\n  ${errs.slice(0, 12).join('\n  ')}${errs.length > 12 ? `\n  … ${errs.length - 12} more` : ''}`);
}

test('programs.json was generated by PyTorch 1.13', () => {
  assert.match(golden.torch, /^1\.13\./);
  assert.ok(golden.programs.length >= 150);
});

for (const p of golden.programs) {
  test(p.name, () => runProgram(p));
}
