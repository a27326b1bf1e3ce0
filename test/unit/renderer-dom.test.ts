// The renderer in a real DOM: renderer/index.ts bundled by esbuild and run in Debian's Chromium (playwright-core),
// fed payloads made by the real engine (kernel/payload.ts). It checks what a user sees: PyTorch's text, heatmap
// canvases with legends, slice selectors and hover lines, the value/grad toggle, the graph view (collapsed groups
// that expand, node clicks) and that hostile strings stay text. The extension side of renderer messaging is a test
// double here (a page function answering requests with payloads from the engine): the live path through VS Code
// and the kernel is covered by the UI tests (test/vscode/ui). Skipped, saying so, when Chromium is not installed.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import * as esbuild from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import * as torch from '../../kernel/engine';
import { graphPayload, nodeDetails, reachable, tensorPayload } from '../../kernel/payload';
import { GRAPH_MIME, TENSOR_MIME, type GraphNode, type GraphPayload } from '../../kernel/protocol';

const CHROMIUM = '/usr/bin/chromium';
const skip = existsSync(CHROMIUM) ? false : `no ${CHROMIUM} (apt-get install -y chromium; .ci/run does)`;
let browser: Browser;
let page: Page;

before(async () => {
  if (skip) return;
  const bundle = await esbuild.build({ entryPoints: [join(__dirname, '../../renderer/index.ts')], bundle: true, write: false,
    format: 'iife', globalName: 'tnbRenderer', platform: 'browser', target: 'es2022', logLevel: 'error' });
  const { chromium } = await import('playwright-core');
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  page = await browser.newPage();
  page.on('dialog', (d) => { void d.dismiss(); throw new Error(`a dialog opened: ${d.message()}`); });
  await page.setContent('<html><body><div id="out"></div></body></html>');
  await page.addScriptTag({ content: bundle.outputFiles[0].text });
  // The renderer context: messaging with a test double of the extension (`window.answer` decides the replies).
  await page.addScriptTag({ content: `
    window.posted = []; window.listeners = new Set(); window.answer = () => null; window.xss = 0;
    window.ctx = {
      postMessage(m) {
        window.posted.push(m);
        const result = window.answer(m);
        if (result !== undefined) setTimeout(() => { for (const l of [...window.listeners]) l({ type: 'reply', requestId: m.requestId, ok: true, result }); }, 5);
      },
      onDidReceiveMessage(l) { window.listeners.add(l); return { dispose() { window.listeners.delete(l); } }; },
    };
    window.renderer = tnbRenderer.activate(window.ctx);
    window.show = (mime, data, live) => {
      const el = document.getElementById('out');
      const r = live ? window.renderer : tnbRenderer.activate({});
      r.renderOutputItem({ mime, json: () => data }, el);
      return el;
    };` });
});

after(async () => { await browser?.close(); });

/** Runs page code (a string: tsx would wrap functions in helpers the page does not have). */
function inPage<T>(js: string): Promise<T> {
  return page.evaluate(js) as Promise<T>;
}

async function show(mime: string, data: unknown, live = false): Promise<void> {
  await inPage(`window.show(${JSON.stringify(mime)}, ${JSON.stringify(data)}, ${live})`);
}

const count = (selector: string): Promise<number> => inPage(`document.querySelectorAll(${JSON.stringify(selector)}).length`);
const text = (selector: string): Promise<string> => inPage(`[...document.querySelectorAll(${JSON.stringify(selector)})].map((e) => e.textContent).join('\\n')`);

function tensorOf(t: InstanceType<typeof torch.Tensor>, name: string) {
  return tensorPayload(t, { text: t.repr(), name });
}

test('a 2-D tensor: PyTorch text, one heatmap canvas of its shape, legend with min and max, exact hover', { skip }, async () => {
  const t = torch.tensor([[1, 2, 3], [4, 5, 6]], { dtype: 'float32' });
  await show(TENSOR_MIME, tensorOf(t, 'a'));
  assert.equal(await text('pre.tnb-tensor-text'), 'tensor([[1., 2., 3.],\n        [4., 5., 6.]])');
  assert.equal(await count('canvas.tnb-heatmap-canvas'), 1);
  const [w, h] = await inPage<number[]>(`(() => { const c = document.querySelector('canvas'); return [c.width, c.height]; })()`);
  assert.equal(w / h, 3 / 2, 'columns by rows');
  assert.equal(await text('.tnb-legend-min'), '1');
  assert.equal(await text('.tnb-legend-max'), '6');
  // hover the cell at row 1, column 2
  const box = await page.locator('canvas.tnb-heatmap-canvas').boundingBox();
  assert.ok(box);
  await page.mouse.move(box.x + box.width * (2.5 / 3), box.y + box.height * (1.5 / 2));
  assert.equal(await text('.tnb-heatmap-hover'), 'a[1, 2] = 6');
});

test('NaN and ±inf are counted in the legend; a 0-d tensor has text and no heatmap', { skip }, async () => {
  const t = torch.tensor([1, NaN, Infinity, -Infinity], { dtype: 'float32' });
  await show(TENSOR_MIME, tensorOf(t, 'odd'));
  assert.match(await text('.tnb-legend-nonfinite'), /1 nan .*1 \+inf .*1 −inf/);
  await show(TENSOR_MIME, tensorOf(torch.tensor(3.5), 's'));
  assert.equal(await text('pre.tnb-tensor-text'), 'tensor(3.5000)');
  assert.equal(await count('canvas'), 0);
});

test('a 3-D tensor: one selector per leading dim; choosing a slice redraws and the hover names it', { skip }, async () => {
  const t = torch.arange(24, undefined, 1, { dtype: 'float32' }).reshape([2, 3, 4]);
  await show(TENSOR_MIME, tensorOf(t, 'v'));
  assert.equal(await count('select.tnb-heatmap-slice'), 1);
  await page.selectOption('select.tnb-heatmap-slice', '1');
  const box = await page.locator('canvas.tnb-heatmap-canvas').boundingBox();
  assert.ok(box);
  await page.mouse.move(box.x + box.width * (0.5 / 4), box.y + box.height * (0.5 / 3));
  assert.equal(await text('.tnb-heatmap-hover'), 'v[1, 0, 0] = 12');
});

test('a leaf with .grad: value and grad heatmaps side by side, and the toggle shows one or both', { skip }, async () => {
  const x = torch.ones([2, 3], { requires_grad: true });
  x.mul(torch.tensor([[1, -2, 3], [-4, 5, -6]], { dtype: 'float32' })).sum().backward();
  await show(TENSOR_MIME, tensorOf(x, 'x'));
  assert.equal(await count('.tnb-heatmap'), 2);
  assert.match(await text('.tnb-heatmap-title'), /\.grad \[2, 3\] \(centred at 0\)/);
  // the diverging scale is symmetric: -6 .. 6
  assert.equal(await text('.tnb-heatmap:nth-child(2) .tnb-legend-min'), '-6');
  const visible = () => inPage<boolean[]>(`[...document.querySelectorAll('.tnb-heatmap')].map((e) => e.style.display !== 'none')`);
  await page.click('button.tnb-toggle-grad');
  assert.deepEqual(await visible(), [false, true]);
  await page.click('button.tnb-toggle-value');
  assert.deepEqual(await visible(), [true, false]);
  await page.click('button.tnb-toggle-both');
  assert.deepEqual(await visible(), [true, true]);
});

test('hostile strings are text: in tensor text, names, graph labels and source lines nothing runs', { skip }, async () => {
  const evil = '<img src=x onerror="window.xss++"><script>window.xss++</script>';
  const t = torch.ones([2, 2]);
  const p = tensorPayload(t, { text: evil, name: evil });
  await show(TENSOR_MIME, p);
  assert.equal(await text('pre.tnb-tensor-text'), evil);
  const g: GraphPayload = { root: 0, truncated: false, sites: [{ file: evil, line: 1, code: evil }],
    nodes: [{ id: 0, name: evil, label: evil, saved: [{ name: evil, shape: [1], dtype: evil }], released: false, site: 0 }], edges: [] };
  await show(GRAPH_MIME, g);
  await page.click('g.tnb-graph-node');
  await page.waitForTimeout(50);
  assert.equal(await count('#out img, #out script'), 0);
  assert.equal(await inPage('window.xss'), 0);
  assert.ok((await text('.tnb-graph-details')).includes(evil));
});

/** The graph of `a = x; for i in range(n): a = a * w + 1; z = a.sum()` from the engine, sites as the kernel sets them. */
function loopGraph(n: number) {
  const x = torch.ones([2, 2], { requires_grad: true });
  const w = torch.full([2, 2], 0.5);
  let a = x;
  for (let i = 0; i < n; i++) a = a.mul(w).add(1);
  const z = a.sum();
  return { z, x };
}

test('a 1,000-node graph shows collapsed by source line; a group expands 40 nodes at a time, then collapses', { skip }, async () => {
  // Site ids as the kernel assigns them: the loop's line for every loop node, another line for the sum.
  const { z } = loopGraph(500);
  const g = graphPayload(z.grad_fn as InstanceType<typeof torch.Node>, { leafName: () => 'x' });
  const sites = [{ file: '<cell 1>', line: 4, code: 'z = a.sum()' }, { file: '<cell 1>', line: 3, code: 'a = a * w + 1' }];
  g.sites = sites;
  for (const n of g.nodes) n.site = n.name === 'SumBackward0' ? 0 : n.name === 'AccumulateGrad' ? null : 1;
  assert.equal(g.nodes.length, 1002);
  await show(GRAPH_MIME, g);
  assert.equal(await count('g.tnb-graph-group'), 1);
  assert.equal(await count('g.tnb-graph-node'), 2);
  assert.match(await text('g.tnb-graph-group'), /×1000\s+a = a \* w \+ 1/);
  assert.match(await text('.tnb-graph-bar'), /1002 nodes; Ctrl\+wheel to zoom; repeated structure is grouped by the line that created it/);
  await page.click('g.tnb-graph-group');
  assert.match(await text('.tnb-graph-details'), /1000 nodes created at cell 1, line 3: a = a \* w \+ 1/);
  await page.click('button.tnb-graph-expand');
  assert.equal(await count('g.tnb-graph-node'), 42);
  assert.match(await text('g.tnb-graph-group'), /×960 more/);
  await page.click('button.tnb-graph-collapse');
  assert.equal(await count('g.tnb-graph-node'), 2);
});

test('clicking a node without a live kernel: its saved tensors by shape, and a note instead of values', { skip }, async () => {
  const { z } = loopGraph(1);
  const g = graphPayload(z.grad_fn as InstanceType<typeof torch.Node>, { leafName: () => 'x' });
  await show(GRAPH_MIME, g);
  await page.click('g.tnb-graph-node[data-name="MulBackward0"]');
  const d = await text('.tnb-graph-details');
  assert.match(d, /saved: other torch\.float32 \[2, 2\]/);
  assert.match(d, /not connected to a running kernel/);
  assert.equal(await inPage('window.posted.length'), 0);
});

test('clicking a node with a live kernel asks for it and shows saved tensor, gradient and leaf with heatmaps', { skip }, async () => {
  const { z, x } = loopGraph(2);
  z.backward(null, { retain_graph: true });
  void x;
  const root = z.grad_fn as InstanceType<typeof torch.Node>;
  const g = graphPayload(root, { leafName: () => 'x', handle: 7, kernel: 'k1' });
  // what the kernel answers for each node (the engine's own nodeDetails), keyed by node id
  const nodes = reachable(root).nodes;
  const answers = Object.fromEntries(nodes.map((n, i) => [i, nodeDetails(n, { leafName: () => 'x', recordLimit: 1 << 20 })]));
  await inPage(`window.posted = []; window.answers = ${JSON.stringify(answers)};
    window.answer = (m) => m.type === 'node' && m.kernel === 'k1' && m.handle === 7 ? window.answers[m.node] ?? null : null;`);
  await show(GRAPH_MIME, g, true);
  const mul = g.nodes.find((n: GraphNode) => n.name === 'MulBackward0') as GraphNode;
  await page.click(`g.tnb-graph-node[data-key="n${mul.id}"]`);
  await page.locator('.tnb-node-saved').first().waitFor({ timeout: 5000 });
  assert.deepEqual(await inPage('window.posted.map((m) => [m.type, m.node])'), [['node', mul.id]]);
  assert.match(await text('.tnb-node-saved'), /saved tensor other \(torch\.float32\)\s*tensor\(\[\[0\.5000, 0\.5000\],/);
  assert.equal(await count('.tnb-node-saved canvas.tnb-heatmap-canvas'), 1);
  // no gradient was recorded by the engine outside the kernel (recordGrads is the kernel's setting): the note says why
  assert.match(await text('.tnb-node-grad-note'), /no gradient has flowed into this node yet/);
  // the leaf: its value
  const leaf = g.nodes.find((n: GraphNode) => n.name === 'AccumulateGrad') as GraphNode;
  await page.click(`g.tnb-graph-node[data-key="n${leaf.id}"]`);
  await page.locator('.tnb-node-variable').first().waitFor({ timeout: 5000 });
  assert.match(await text('.tnb-node-variable'), /the leaf x\s*tensor\(\[\[1\., 1\.\],/);
});

test('a recorded gradient shows as a diverging heatmap under "gradient that flowed into this node"', { skip }, async () => {
  const { inspection } = await import('../../kernel/engine/autograd/node');
  inspection.recordGrads = true;
  try {
    const { z } = loopGraph(1);
    z.backward(null, { retain_graph: true });
    const root = z.grad_fn as InstanceType<typeof torch.Node>;
    const g = graphPayload(root, { handle: 9, kernel: 'k2' });
    const answers = Object.fromEntries(reachable(root).nodes.map((n, i) => [i, nodeDetails(n, { recordLimit: 1 << 20 })]));
    await inPage(`window.answers = ${JSON.stringify(answers)}; window.answer = (m) => window.answers[m.node] ?? null;`);
    await show(GRAPH_MIME, g, true);
    await page.click('g.tnb-graph-node[data-name="AddBackward0"]');
    await page.locator('.tnb-node-grad').first().waitFor({ timeout: 5000 });
    assert.match(await text('.tnb-node-grad'), /gradient that flowed into this node in the last backward \(with respect to its output\)\s*tensor\(\[\[1\., 1\.\],/);
    assert.match(await text('.tnb-node-grad .tnb-heatmap-title'), /grad \[2, 2\]/);
  } finally {
    inspection.recordGrads = false;
  }
});

test('a node request the kernel cannot answer says so, and the static info stays', { skip }, async () => {
  const { z } = loopGraph(1);
  const g = graphPayload(z.grad_fn as InstanceType<typeof torch.Node>, { handle: 3, kernel: 'gone' });
  await inPage('window.answer = () => null;');
  await show(GRAPH_MIME, g, true);
  await page.click('g.tnb-graph-node[data-name="MulBackward0"]');
  await page.locator('.tnb-node-status', { hasText: 'no longer holds' }).waitFor({ timeout: 5000 });
  assert.match(await text('.tnb-graph-details'), /saved: other torch\.float32 \[2, 2\]/);
});

test('a downsampled tensor with a live kernel: "show more values" replaces the picture with the bigger sample', { skip }, async () => {
  const big = torch.arange(100000, undefined, 1, { dtype: 'float32' }).reshape([200, 500]);
  const p = tensorPayload(big, { text: big.repr(), name: 'big', handle: 5, kernel: 'k3' });
  const more = tensorPayload(big, { text: big.repr(), name: 'big', handle: 5, kernel: 'k3', sampleLimit: 65536 });
  await inPage(`window.more = ${JSON.stringify(more)}; window.answer = (m) => m.type === 'tensor' && m.handle === 5 ? window.more : null;`);
  await show(TENSOR_MIME, p, true);
  assert.match(await text('.tnb-heatmap-note'), /\(4000 of 100000\)|of 100000\)/);
  const before = await text('.tnb-heatmap-note');
  await page.click('button.tnb-more-values');
  await page.locator('.tnb-heatmap-note', { hasText: '50000 of 100000' }).waitFor({ timeout: 5000 });
  assert.notEqual(before, await text('.tnb-heatmap-note'));
});

test('the graph never traps the notebook scroll: a plain wheel passes, Ctrl+wheel and the buttons zoom', { skip }, async () => {
  const { z } = loopGraph(1);
  await show(GRAPH_MIME, graphPayload(z.grad_fn as InstanceType<typeof torch.Node>, {}));
  const transform = () => inPage<string>(`document.querySelector('svg.tnb-graph-svg > g').getAttribute('transform')`);
  const wheel = (ctrl: boolean) => inPage<boolean>(`(() => {
    const e = new WheelEvent('wheel', { deltaY: -100, ctrlKey: ${ctrl}, bubbles: true, cancelable: true });
    document.querySelector('svg.tnb-graph-svg').dispatchEvent(e);
    return e.defaultPrevented;
  })()`);
  const before = await transform();
  assert.equal(await wheel(false), false, 'a plain wheel is not taken');
  assert.equal(await transform(), before);
  assert.equal(await wheel(true), true);
  assert.match(await transform(), /scale\(1\.1\)/);
  await page.click('button.tnb-graph-zoom[title="reset zoom and position"]');
  assert.match(await transform(), /translate\(0, 0\) scale\(1\)/);
  await page.click('button.tnb-graph-zoom[title="zoom in"]');
  assert.match(await transform(), /scale\(1\.25\)/);
});
