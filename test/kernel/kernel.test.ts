// The kernel as a host meets it: the real worker thread, Pyodide and the wasm engine, driven through KernelSession.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { GRAPH_MIME, TENSOR_MIME, type GraphPayload, type TensorPayload } from '../../kernel/protocol';
import { KernelDiedError } from '../../kernel/session';
import { run, session } from './helpers';

describe('cells', () => {
  const s = session();
  before(async () => { await s.start(); });
  after(async () => { await s.dispose(); });

  test('state persists across cells and a trailing expression is displayed with PyTorch\'s text and the tensor payload', async () => {
    await run(s, 'import torch\nx = torch.ones(2, 3, requires_grad=True)\ny = (x * 3).sum()\ny.backward()');
    const r = await run(s, 'x.grad', '<cell 2>');
    assert.equal(r.error, null);
    assert.equal(r.displays.length, 1);
    const [text, tensor] = r.displays[0];
    assert.deepEqual(text, { mime: 'text/plain', data: 'tensor([[3., 3., 3.],\n        [3., 3., 3.]])' });
    assert.equal(tensor.mime, TENSOR_MIME);
    const p = tensor.data as TensorPayload;
    assert.deepEqual(p.shape, [2, 3]);
    assert.equal(p.dtype, 'torch.float32');
    assert.deepEqual(p.sample?.values, [3, 3, 3, 3, 3, 3]);
    assert.equal(p.stats?.mean, 3);
    assert.equal(p.name, 'x.grad');
  });

  test('a tensor with a grad_fn carries its graph; y.grad_fn alone displays the graph mime', async () => {
    const r = await run(s, 'z = x * x\nw = z.sum()\nw', '<cell 3>');
    const p = r.displays[0][1].data as TensorPayload;
    assert.equal(p.grad_fn, 'SumBackward0');
    assert.deepEqual(p.graph?.nodes.map((n) => n.name), ['SumBackward0', 'MulBackward0', 'AccumulateGrad']);
    assert.equal(p.graph?.nodes[2].label, 'x');
    const g = await run(s, 'w.grad_fn', '<cell 4>');
    assert.match(g.displays[0][0].data as string, /^<SumBackward0 object at 0x[0-9a-f]+>$/);
    assert.equal(g.displays[0][1].mime, GRAPH_MIME);
    const graph = g.displays[0][1].data as GraphPayload;
    assert.deepEqual(graph.edges.map((e) => [e.from, e.to, e.shape]), [[0, 1, [2, 3]], [1, 2, [2, 3]], [1, 2, [2, 3]]]);
    assert.deepEqual(graph.nodes[1].saved.map((v) => v.name).sort(), ['other', 'self']);
  });

  test('tnb.show displays a tensor mid-cell with its grad heatmap data, and without it when grad=False', async () => {
    const r = await run(s, 'import tnb\nshown = torch.ones(3, requires_grad=True)\n(shown * 2).sum().backward()\ntnb.show(shown)\ntnb.show(shown, grad=False)\nprint("after")');
    assert.equal(r.error, null);
    assert.equal(r.displays.length, 2);
    const withGrad = r.displays[0][1].data as TensorPayload;
    assert.equal(withGrad.name, 'shown');
    assert.deepEqual(withGrad.grad?.sample?.values, [2, 2, 2]);
    assert.equal((r.displays[1][1].data as TensorPayload).grad, null);
    assert.equal(r.stdout, 'after\n');
  });

  test('None and statements display nothing; other values display their repr', async () => {
    assert.equal((await run(s, 'a = 1')).displays.length, 0);
    assert.equal((await run(s, 'None')).displays.length, 0);
    assert.deepEqual((await run(s, 'x.shape')).displays[0], [{ mime: 'text/plain', data: 'torch.Size([2, 3])' }]);
    assert.deepEqual((await run(s, "'a' + 'b'")).displays[0], [{ mime: 'text/plain', data: "'ab'" }]);
  });

  test('stdout streams while the cell runs, not only at the end', async () => {
    const r = await run(s, 'import time\nprint("first")\nt = time.time()\nwhile time.time() - t < 0.5: pass\nprint("second")');
    assert.equal(r.stdout, 'first\nsecond\n');
    assert.equal(r.streamTimes.length, 2);
    assert.ok(r.streamTimes[1] - r.streamTimes[0] > 300, `the first line arrived ${r.streamTimes[1] - r.streamTimes[0]} ms before the second`);
  });

  test('tracebacks show the cells\' lines; the location is the innermost cell frame', async () => {
    await run(s, 'def f(t):\n    return t @ torch.ones(2, 3)', '<cell 7>');
    const r = await run(s, 'a = torch.ones(2, 3)\nb = f(a)', '<cell 8>');
    assert.equal(r.error?.ename, 'RuntimeError');
    assert.equal(r.error?.evalue, 'mat1 and mat2 shapes cannot be multiplied (2x3 and 2x3)');
    const tb = r.error?.traceback.join('\n') ?? '';
    assert.match(tb, /File "<cell 8>", line 2, in <module>\n    b = f\(a\)/);
    assert.match(tb, /File "<cell 7>", line 2, in f\n    return t @ torch.ones\(2, 3\)/);
    assert.doesNotMatch(tb, /\/tnb\/|worker\.js/, 'no kernel-internal frames');
    assert.deepEqual(r.error?.location, { filename: '<cell 7>', line: 2 });
  });

  test('engine errors surface as PyTorch\'s exception types', async () => {
    const cases: [string, string, string][] = [
      ['torch.ones(2)[5]', 'IndexError', 'index 5 is out of bounds for dimension 0 with size 2'],
      ['torch.ones(2, 3).view(4)', 'RuntimeError', "shape '[4]' is invalid for input of size 6"],
      ['torch.ones(2).item()', 'ValueError', 'only one element tensors can be converted to Python scalars'],
      ['torch.tensor([[1, 2], [3]])', 'ValueError', 'expected sequence of length 2 at dim 1 (got 1)'],
      ['len(torch.tensor(1.))', 'TypeError', 'len() of a 0-d tensor'],
    ];
    for (const [code, ename, evalue] of cases) {
      const r = await run(s, code);
      assert.equal(r.error?.ename, ename, code);
      assert.equal(r.error?.evalue, evalue, code);
    }
  });

  test('a syntax error points at its cell line', async () => {
    const r = await run(s, 'a = 1\nb = (', '<cell 12>');
    assert.equal(r.error?.ename, 'SyntaxError');
    assert.equal(r.error?.location?.line, 2);
  });

  test('warnings from the engine point at the user\'s line', async () => {
    const r = await run(s, 'q = torch.ones(2, requires_grad=True) * 2\n\nq.grad', '<cell 13>');
    assert.match(r.stderr, /^<cell 13>:3: UserWarning: The \.grad attribute of a Tensor that is not a leaf Tensor is being accessed\./);
  });

  test('the seed\'s retain_variables= keyword works as in PyTorch 0.2, with its deprecation warning', async () => {
    const r = await run(s, 'v = torch.ones(2, requires_grad=True)\nu = v * 3\nu.backward(torch.ones(2), retain_variables=True)\nu.backward(torch.ones(2))\nprint(v.grad)', '<cell 14>');
    assert.equal(r.error, null);
    assert.equal(r.stdout, 'tensor([6., 6.])\n');
    assert.match(r.stderr, /<cell 14>:3: UserWarning: retain_variables option is deprecated and will be removed in 0\.3\. Use retain_graph instead\./);
  });

  test('an interrupt stops a runaway cell with KeyboardInterrupt and keeps every variable', async () => {
    await run(s, 'kept = torch.arange(3)');
    const p = run(s, 'i = 0\nwhile True:\n    i += 1', '<cell 16>');
    await new Promise((r) => setTimeout(r, 300));
    s.interruptExecution();
    const r = await p;
    assert.equal(r.error?.ename, 'KeyboardInterrupt');
    assert.equal(r.error?.location?.filename, '<cell 16>');
    assert.ok([2, 3].includes(r.error?.location?.line as number), 'interrupted inside the loop');
    const after = await run(s, 'print(kept, i > 0)');
    assert.equal(after.stdout, 'tensor([0, 1, 2]) True\n');
  });

  test('an interrupt also stops a loop of engine ops', async () => {
    const p = run(s, 'a = torch.ones(3)\nwhile True:\n    a = a * 1.0');
    await new Promise((r) => setTimeout(r, 300));
    s.interruptExecution();
    assert.equal((await p).error?.ename, 'KeyboardInterrupt');
    assert.equal((await run(s, 'print(a)')).stdout, 'tensor([1., 1., 1.])\n');
  });

  test('anomaly detection: NaN from a backward node is an error, with the traceback of the forward call', async () => {
    const r = await run(s, 'z0 = torch.zeros(2, requires_grad=True)\nwith torch.autograd.detect_anomaly():\n    q0 = (z0 / z0).sum()\n    q0.backward()', '<cell 30>');
    assert.equal(r.error?.ename, 'RuntimeError');
    assert.equal(r.error?.evalue, "Function 'DivBackward0' returned nan values in its 1th output.");
    assert.match(r.stderr, /UserWarning: Error detected in DivBackward0\. Traceback of forward call that caused the error:\n  File "<cell 30>", line 3, in <module>\n    q0 = \(z0 \/ z0\)\.sum\(\)/);
    assert.equal((await run(s, 'print(torch.is_anomaly_enabled())')).stdout, 'False\n');
  });

  test('30 interrupts in a row during a loop of tensor ops: each one stops the cell (none is lost in a finalizer)', async () => {
    for (let i = 0; i < 30; i++) {
      const p = run(s, 'a = torch.ones(3)\nwhile True:\n    a = a * 1.0');
      await new Promise((r) => setTimeout(r, 10 + (i % 5) * 15));
      s.interruptExecution();
      assert.equal((await p).error?.ename, 'KeyboardInterrupt', `interrupt ${i}`);
    }
    assert.equal((await run(s, 'print(kept)')).stdout, 'tensor([0, 1, 2])\n');
  });

  test('hovers: inspect resolves names and tensor attributes without calling user code', async () => {
    await run(s, 'class C:\n    calls = 0\n    @property\n    def p(self):\n        C.calls += 1\n        return 1\nc = C()\nc.t = x');
    const t = await s.inspect('x.grad');
    assert.equal(t.kind, 'tensor');
    if (t.kind === 'tensor') assert.deepEqual(t.tensor.shape, [2, 3]);
    assert.equal((await s.inspect('c.t')).kind, 'tensor');
    const p = await s.inspect('c.p');
    assert.equal(p.kind, 'unavailable');
    assert.equal((await run(s, 'print(C.calls)')).stdout, '0\n');
    assert.equal((await s.inspect('nope')).kind, 'unavailable');
  });

  test('the Tensors view: named tensors and module-like parameters, with the norm of .grad', async () => {
    await run(s, 'vx = torch.ones(2, requires_grad=True)\n(vx * 3).sum().backward()\nclass Lin:\n    pass\nlin = Lin()\nlin._parameters = {"weight": torch.zeros(2, 2)}\nlin._modules = {}');
    const vars = await s.variables();
    const vx = vars.find((v) => v.name === 'vx');
    assert.deepEqual(vx, { name: 'vx', shape: [2], dtype: 'torch.float32', requires_grad: true, is_leaf: true, grad_fn: null, gradNorm: Math.sqrt(18) });
    assert.ok(vars.some((v) => v.name === 'lin.weight' && v.gradNorm === null));
    assert.ok(vars.some((v) => v.name === 'kept' && v.dtype === 'torch.int64'));
  });

  test('the Tensors view: every parameter it lists of an nn model opens (Sequential children are named 0, 1, ...)', async () => {
    await run(s, 'from torch import nn\nseq = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))\nseq.register_parameter("<b>odd</b>", nn.Parameter(torch.ones(1)))');
    const names = (await s.variables()).map((v) => v.name).filter((n) => n.startsWith('seq.'));
    assert.deepEqual(names, ['seq.<b>odd</b>', 'seq.0.weight', 'seq.0.bias', 'seq.2.weight', 'seq.2.bias']);
    for (const name of names) assert.equal((await s.inspect(name)).kind, 'tensor', name);
    assert.equal((await s.inspect('seq.1')).kind, 'value');
    assert.equal((await s.inspect('seq..x')).kind, 'unavailable');
  });

  test('autograd errors name the lines they are about: the backward that freed the graph, the in-place change', async () => {
    await run(s, 'g1 = (x * 2).sum()\ng1.backward()', '<cell 41>');
    const twice = await run(s, 'print()\ng1.backward()', '<cell 42>');
    assert.deepEqual(twice.error?.location, { filename: '<cell 42>', line: 2 });
    assert.deepEqual(twice.error?.related, [{ filename: '<cell 41>', line: 2, message: 'the graph was freed by this backward (add retain_graph=True to it)' }]);
    const inplace = await run(s, 'a1 = x * 1\nb1 = a1 * a1\na1.add_(1)\nb1.sum().backward()', '<cell 43>');
    assert.deepEqual(inplace.error?.related, [{ filename: '<cell 43>', line: 3, message: 'the tensor was modified in place here (to version 1)' }]);
  });

  test('graph nodes: the line that created them, and a click gets saved tensors and the gradient that flowed in', async () => {
    const r = await run(s, 'n0 = torch.ones(2, 2, requires_grad=True)\ndef body(v):\n    return v * 2\nn1 = n0\nfor _ in range(3):\n    n1 = body(n1) + 1\nn2 = n1.sum()\nn2.backward(retain_graph=True)\nn2', '<cell 44>');
    const p = r.displays[0].find((i) => i.mime === TENSOR_MIME)?.data as TensorPayload;
    const g = p.graph!;
    const siteOf = (id: number) => g.sites![g.nodes[id].site as number];
    assert.equal(g.nodes[0].name, 'SumBackward0');
    assert.deepEqual(siteOf(0), { file: '<cell 44>', line: 7, code: 'n2 = n1.sum()' });
    const mul = g.nodes.find((n) => n.name === 'MulBackward0')!;
    assert.deepEqual(siteOf(mul.id), { file: '<cell 44>', line: 3, code: 'return v * 2' }, 'the line inside the function');
    assert.equal(g.nodes.find((n) => n.name === 'AccumulateGrad')!.label, 'n0');
    const d = await s.node(p.kernel!, g.handle!, mul.id, 100);
    assert.equal(d?.name, 'MulBackward0');
    assert.equal(d?.saved[0].name, 'other');
    assert.match(d!.grad!.text, /^tensor\(\[\[/);
    assert.deepEqual(d?.site, { file: '<cell 44>', line: 3, code: 'return v * 2' });
    assert.equal(await s.node('another-kernel', g.handle!, mul.id, 100), null);
  });

  test('Python objects own their tensors: deleting them frees the engine memory', async () => {
    await run(s, 'import gc\ngc.collect()\nbase = torch._memory_stats()');
    const r = await run(s, 'for _ in range(200):\n    t = torch.randn(64, 64, requires_grad=True)\n    (t @ t).sum().backward()\ndel t\ngc.collect()\nnow = torch._memory_stats()\nprint(now["tensorHandles"] - base["tensorHandles"], now["liveBlocks"] - base["liveBlocks"])');
    assert.equal(r.error, null);
    assert.equal(r.stdout, '0 0\n');
    // Temporaries of each op (wrapped Python numbers too) are freed at once, not left to the JS garbage collector:
    // after 5,000 steps exactly the two live tensors remain.
    const loop = await run(s, 'gc.collect()\nbase = torch._memory_stats()\nla = torch.ones(3)\nfor _ in range(5000):\n    la = la * 1.0 + 2\n    lb = (la * 3).sum()\nnow = torch._memory_stats()\nprint(now["liveBlocks"] - base["liveBlocks"], now["tensorHandles"] - base["tensorHandles"])');
    assert.equal(loop.stdout, '2 2\n');
  });
});

describe('start-up and faults', () => {
  test('the threads setting reaches the engine: torch.get_num_threads / set_num_threads, with PyTorch\'s errors', async () => {
    const one = session({ threads: 1 });
    try {
      await one.start();
      assert.equal((await run(one, 'import torch\nprint(torch.get_num_threads())')).stdout, '1\n');
    } finally { await one.dispose(); }
    const two = session({ threads: 2 });
    try {
      await two.start();
      const r = await run(two, 'import torch\nprint(torch.get_num_threads())\ntorch.set_num_threads(1)\nprint(torch.get_num_threads())\nfor bad in (0, 1.5):\n    try:\n        torch.set_num_threads(bad)\n    except RuntimeError as e:\n        print(e)');
      assert.equal(r.stdout, '2\n1\nset_num_threads expects a positive integer\nset_num_threads expects an int, but got float\n');
    } finally { await two.dispose(); }
  });

  test('the snapshot is made once, reused, and a damaged one is replaced after a cold start', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tnb-snap-'));
    const first = session({ snapshotDir: dir });
    assert.equal((await first.start()).mode, 'cold+snapshot-written');
    await first.dispose();
    const second = session({ snapshotDir: dir });
    assert.equal((await second.start()).mode, 'snapshot');
    assert.equal((await run(second, 'import torch\nprint(torch.ones(2) * 2)')).stdout, 'tensor([2., 2.])\n');
    await second.dispose();
    const snap = readdirSync(dir).find((f) => f.endsWith('.snap')) as string;
    const bytes = readFileSync(join(dir, snap));
    bytes[bytes.length >> 1] ^= 0xff;
    writeFileSync(join(dir, snap), bytes);
    const third = session({ snapshotDir: dir });
    const t = await third.start();
    assert.equal(t.mode, 'cold+snapshot-written');
    assert.match(t.snapshotNote ?? '', /damaged/);
    await third.dispose();
  });

  test('a worker that dies is reported; restart gives a fresh kernel', async () => {
    const s = session();
    await run(s, 'import torch\nx = 1');
    let state = '';
    s.onStateChange((st) => { state = st; });
    await assert.rejects(run(s, 'import os\nos._exit(3)'), (e: unknown) => e instanceof KernelDiedError && e.exitCode === 3);
    assert.equal(state, 'dead');
    await s.restart();
    const r = await run(s, 'print("x" in dir())');
    assert.equal(r.stdout, 'False\n');
    await s.dispose();
  });
});

