// UI tests of running notebooks in the real VS Code (code-server + Chromium): the example runs with PyTorch's text,
// an error shows its traceback line, interrupt keeps state and restart clears it, save/close/reopen keeps outputs,
// and a malformed file opens with a message and keeps its bytes. Each test saves a screenshot.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../codeserver.mjs';
import { closeEditors, command, openNotebookFromExplorer } from './workbench.mjs';

/** The cell outputs live in the notebook webview: page > iframe.webview > iframe#active-frame. */
function outputs(page) {
  // Background notebook tabs keep their (hidden) webviews: take the visible one.
  return page.frameLocator('iframe.webview:visible').first().frameLocator('#active-frame');
}

async function waitForOutput(page, text, timeout = 90_000) {
  // The frame's body can count as hidden to Playwright while its outputs are on screen: wait for the text itself.
  await outputs(page).locator('body', { hasText: text }).first().waitFor({ timeout, state: 'attached' });
}

/** The visible notebook editor's cell list (a background notebook tab keeps a hidden one). */
const cellList = (page) => page.locator('.notebook-editor:visible .cell-list-container').first();

/** How far the notebook is scrolled, in pixels (the list moves its rows container up by that much). */
function scrollOffset(page) {
  return cellList(page).locator('.monaco-list-rows').first().evaluate((rows) => -parseFloat(rows.style.top || '0'));
}

/**
 * Scrolls the notebook by `dy` pixels with the mouse wheel over the cells' left margin (over an output the wheel goes
 * to its webview first). The workbench scrolls a fixed distance per wheel event whatever its delta (50 px in
 * code-server 1.100), so this turns the wheel until the list has moved `dy`; false if it stopped first (an end).
 */
async function scrollBy(page, box, dy) {
  await page.mouse.move(box.x + 12, box.y + box.height / 2);
  const start = await scrollOffset(page);
  let last = start;
  for (let still = 0; still < 3;) {
    await page.mouse.wheel(0, Math.sign(dy) * 100);
    const now = await scrollOffset(page);
    if (Math.abs(now - start) >= Math.abs(dy)) return true;
    if (now === last) { still++; await page.waitForTimeout(50); } else still = 0;
    last = now;
  }
  return false;
}

/** Scrolls the notebook to its top (a reopened notebook keeps its scroll position); returns the cell list's box. */
async function scrollToTop(page) {
  const box = await cellList(page).boundingBox();
  if (!box) return null;
  await scrollBy(page, box, -1e9);
  await page.waitForTimeout(200);
  return box;
}

/**
 * From the top, scrolls down `step` pixels at a time until `reached()` holds; at the end of the notebook, gives the
 * last outputs `settle` ms to render.
 */
async function scrollDownUntil(page, reached, { step, what, settle = 10_000 }) {
  const box = await scrollToTop(page);
  if (!box) throw new Error(`${what}: no notebook is open`);
  for (;;) {
    if (await reached(box)) return;
    if (!(await scrollBy(page, box, step))) break;
    await page.waitForTimeout(150);
  }
  for (const t0 = Date.now(); Date.now() - t0 < settle; await page.waitForTimeout(250)) {
    if (await reached(box)) return;
  }
  throw new Error(`${what} after scrolling to the end of the notebook`);
}

/** Outputs far down a notebook are rendered only when scrolled into view: scroll down until `text` shows. */
async function scrollToOutput(page, text) {
  const target = outputs(page).locator('body', { hasText: text });
  await scrollDownUntil(page, () => target.count().then((n) => n > 0, () => false),
    { step: 400, what: `no output shows ${JSON.stringify(text)}` });
}

/**
 * Scrolls the notebook until `locator` (in the outputs) is on screen: VS Code hides the outputs that are scrolled
 * away (display: none), and a hidden heatmap has no size to point at.
 */
async function scrollUntilShown(page, locator) {
  const bottom = page.viewportSize()?.height ?? 900;
  // the box in the page's coordinates (through both webview frames): null while hidden
  await scrollDownUntil(page, async (box) => {
    const b = await locator.boundingBox({ timeout: 1000 }).catch(() => null);
    return !!b && b.height > 0 && b.y >= box.y && b.y + Math.min(b.height, 200) <= bottom;
  }, { step: 200, what: 'the output did not come into view' });
}

/** The Explorer's own Refresh button (its file watcher can lag behind files the test writes). */
async function refreshExplorer(page) {
  const header = page.locator('.explorer-viewlet .pane-header', { hasText: 'workspace' }).first();
  await header.hover();
  await header.locator('.action-label[aria-label*="Refresh"]').first().click();
  await page.waitForTimeout(300);
}

/** Selects the tnb controller if VS Code asks which kernel to use. */
async function pickKernelIfAsked(page) {
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: 'tnb · PyTorch API' }).first();
  if (await row.waitFor({ timeout: 3000 }).then(() => true, () => false)) await row.click();
}

/** Writes a notebook into the workspace and makes the Explorer show it (its file watcher can lag). */
async function writeNotebook(page, dir, name, sources) {
  const nb = { tnb: 1, metadata: {}, cells: sources.map((source) => ({ kind: 'code', source })) };
  writeFileSync(join(dir, name), JSON.stringify(nb, null, 1) + '\n');
  await refreshExplorer(page);
}

/** Runs code cell `index` (0-based; all cells here are code cells) with its run button. */
async function runCell(page, index) {
  const rows = cellList(page).locator('.monaco-list-row.code-cell-row');
  const cell = rows.nth(index);
  // the list renders only the rows near the screen (a panel left open makes it shorter)
  if ((await rows.count()) <= index) await scrollDownUntil(page, async () => (await rows.count()) > index, { step: 200, what: `code cell ${index + 1} is not in the notebook` });
  await cell.locator('.monaco-editor').click();
  await page.keyboard.press('Escape');
  await cell.hover();
  await cell.locator('.run-button-container .action-label').first().click();
}

/**
 * Clicks a row of the Tensors view and waits for its tensor's tab. The view refreshes whenever the kernel goes idle,
 * and a click that lands while it does so hits a row that is being replaced: then the row is clicked again.
 */
async function openFromTensorsView(page, row, title) {
  const tab = page.locator('.tabs-container .tab', { hasText: title }).first();
  for (let attempt = 1; ; attempt++) {
    await row.click();
    if (await tab.waitFor({ timeout: 10_000 }).then(() => true, () => false)) return;
    if (attempt === 3) {
      const toasts = (await page.locator('.notifications-toasts .notification-list-item-message').allTextContents()).join(' | ');
      throw new Error(`clicking the Tensors view's row opened no "${title}" tab in ${attempt} tries (notifications: ${toasts || 'none'})`);
    }
  }
}

export async function runAllOnTheExampleShowsPyTorchsText({ page, workspaceDir, screenshot }) {
  await closeEditors(page);
  copyFileSync(join(REPO_ROOT, 'examples/01-autograd-basics.tnb'), join(workspaceDir, '01-autograd-basics.tnb'));
  await refreshExplorer(page);
  await openNotebookFromExplorer(page, '01-autograd-basics.tnb', 'import torch');
  await command(page, 'Notebook: Run All');
  await pickKernelIfAsked(page);
  // x, then x.grad after the first backward, then 3 + 3 * gradient after the second (torch.manual_seed(0))
  await waitForOutput(page, 'requires_grad=True)');
  await scrollToOutput(page, 'tensor([[[3., 3., 3.],');
  // x.grad's heatmap: hovering its first cell names the element and its exact value
  const grad = outputs(page).locator('.tnb-tensor', { hasText: 'tensor([[[3., 3., 3.],' }).first();
  const canvas = grad.locator('canvas.tnb-heatmap-canvas').first();
  // Playwright counts elements in the output webview as hidden, so the pointer is moved by a DOM event
  await scrollUntilShown(page, canvas);
  await canvas.evaluate((c) => {
    const r = c.getBoundingClientRect();
    c.dispatchEvent(new MouseEvent('mousemove', { clientX: r.left + 2, clientY: r.top + 2, bubbles: true }));
  });
  await grad.locator('.tnb-heatmap-hover', { hasText: 'x.grad[0, 0, 0] = 3' }).first().waitFor({ timeout: 10_000, state: 'attached' });
  await screenshot('example-x-grad-heatmap');
  await scrollToOutput(page, '[[[-0.3775, -0.4571,  2.2483],');
  await screenshot('example-run-all');
  await scrollToOutput(page, 'RuntimeError: Trying to backward through the graph a second time');
  // z.grad_fn: the graph view, laid out, with the leaf labelled by its variable name
  await scrollToOutput(page, 'saved: other[3, 3, 3] self[3, 3, 3]');
  const nodes = outputs(page).locator('svg.tnb-graph-svg g.tnb-graph-node');
  const edges = outputs(page).locator('svg.tnb-graph-svg path.tnb-graph-edge');
  if ((await nodes.count()) < 2 || (await edges.count()) < 1) throw new Error(`the graph view shows ${await nodes.count()} nodes, ${await edges.count()} edges`);
  if ((await outputs(page).locator('g.tnb-graph-node[data-name="AccumulateGrad"]').count()) < 1) throw new Error('no AccumulateGrad leaf in the graph view');
  await screenshot('example-graph');
  // Clicking z's node (z = y * y * y: its last MulBackward0) asks the live kernel for the tensors it saved: y * y
  // (all 9) and y (all 3), shown as PyTorch prints them and as heatmaps.
  const graph = outputs(page).locator('.tnb-graph', { hasText: 'saved: other[3, 3, 3] self[3, 3, 3]' }).first();
  await graph.locator('g.tnb-graph-node[data-name="MulBackward0"]').first().dispatchEvent('click');
  const saved = graph.locator('.tnb-node-saved', { hasText: 'saved tensor self' }).first();
  if (!(await saved.waitFor({ timeout: 30_000, state: 'attached' }).then(() => true, () => false))) {
    throw new Error(`no saved tensors after clicking the node; the details say: ${await graph.locator('.tnb-graph-details').first().textContent()}`);
  }
  if (!(await saved.textContent()).includes('tensor([[[9., 9., 9.],')) throw new Error(`the saved tensor shows ${await saved.textContent()}`);
  await graph.locator('.tnb-node-saved', { hasText: 'saved tensor other' }).first().waitFor({ timeout: 5000, state: 'attached' });
  if ((await graph.locator('.tnb-node-saved canvas.tnb-heatmap-canvas').count()) < 2) throw new Error('the saved tensors have no heatmaps');
  await graph.locator('.tnb-node-grad-note', { hasText: 'no gradient has flowed into this node yet' }).first().waitFor({ timeout: 5000, state: 'attached' });
  await scrollUntilShown(page, saved);
  await screenshot('example-graph-node-dark');
  // the same output in a light theme (the renderer uses the theme's colours)
  await command(page, 'Preferences: Toggle between Light/Dark Themes');
  await page.waitForTimeout(1500);
  await screenshot('example-graph-node-light');
  await command(page, 'Preferences: Toggle between Light/Dark Themes');
  await page.waitForTimeout(500);
}

export async function saveCloseReopenKeepsCellsAndOutputs({ page, workspaceDir, screenshot }) {
  // Runs after runAllOnTheExampleShowsPyTorchsText (exports run in alphabetical order): that notebook is open.
  // Back to its top: VS Code reopens a notebook where it was scrolled, and the first cell is how it is recognised.
  await scrollToTop(page);
  await page.keyboard.press('Control+S');
  await page.waitForTimeout(1500);
  const saved = JSON.parse(readFileSync(join(workspaceDir, '01-autograd-basics.tnb'), 'utf8'));
  const texts = saved.cells.flatMap((c) => (c.outputs ?? []).flatMap((o) => o.items.filter((i) => i.mime === 'text/plain').map((i) => i.data)));
  if (!texts.some((t) => t.includes('[[-0.3775, -0.4571,  2.2483],'))) throw new Error('the saved file lacks the outputs');
  await closeEditors(page);
  await openNotebookFromExplorer(page, '01-autograd-basics.tnb', 'import torch');
  await scrollToOutput(page, '[[[-0.3775, -0.4571,  2.2483],');
  await screenshot('reopened-with-outputs');
  await closeEditors(page);
}

export async function anErrorCellShowsTheTracebackLine({ page, workspaceDir, screenshot }) {
  await closeEditors(page);
  await writeNotebook(page, workspaceDir, 'error.tnb', ['import torch\nq = torch.ones(2, requires_grad=True) * 2\nq.backward(torch.ones(2))\nq.backward(torch.ones(2))']);
  await openNotebookFromExplorer(page, 'error.tnb', 'import torch');
  await command(page, 'Notebook: Run All');
  await pickKernelIfAsked(page);
  await waitForOutput(page, 'File "<cell 1>", line 4');
  await waitForOutput(page, 'RuntimeError');
  await screenshot('error-traceback');
  await closeEditors(page);
}

export async function interruptKeepsStateAndRestartClearsIt({ page, workspaceDir, screenshot }) {
  await closeEditors(page);
  await writeNotebook(page, workspaceDir, 'loop.tnb', ['import torch\nkept = torch.arange(3)\nprint("ready")', 'while True:\n    pass', 'print("after", kept)', 'print("kept" in dir())']);
  await openNotebookFromExplorer(page, 'loop.tnb', 'import torch');
  await command(page, 'Notebook: Run All');
  await pickKernelIfAsked(page);
  await waitForOutput(page, 'ready');
  await page.waitForTimeout(1000);
  await command(page, 'tnb: Interrupt Kernel');
  await waitForOutput(page, 'KeyboardInterrupt', 30_000);
  await runCell(page, 2);
  await waitForOutput(page, 'after tensor([0, 1, 2])', 30_000);
  await screenshot('interrupt-keeps-state');
  await command(page, 'tnb: Restart Kernel');
  await page.waitForTimeout(500);
  await runCell(page, 3);
  await waitForOutput(page, 'False', 60_000);
  await screenshot('restart-clears-state');
  await closeEditors(page);
}

export async function aMalformedFileOpensWithAMessageAndKeepsItsBytes({ page, workspaceDir, screenshot }) {
  await closeEditors(page);
  const bytes = '{"tnb": 1, "cells": [ {"kind": "code", "source": 3} ] }';
  writeFileSync(join(workspaceDir, 'broken.tnb'), bytes);
  await refreshExplorer(page);
  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'broken.tnb' }).first();
  await row.waitFor({ timeout: 30_000 });
  for (let attempt = 0; attempt < 10; attempt++) {
    await row.click();
    const ok = await outputs(page).locator('body', { hasText: 'could not be opened as a tnb notebook' }).first()
      .waitFor({ timeout: 15_000, state: 'attached' }).then(() => true, () => false);
    if (ok) break;
    await closeEditors(page);
  }
  await waitForOutput(page, 'cells[0].source', 5000);
  await page.keyboard.press('Control+S');
  await page.waitForTimeout(1500);
  if (readFileSync(join(workspaceDir, 'broken.tnb'), 'utf8') !== bytes) throw new Error('the malformed file was overwritten');
  await screenshot('malformed-file');
  await closeEditors(page);
}

export async function showMoreValuesAsksTheLiveKernelThroughRendererMessaging({ page, workspaceDir, screenshot }) {
  await closeEditors(page);
  await writeNotebook(page, workspaceDir, 'big.tnb', ['import torch\nbig = torch.arange(100000.).reshape(200, 500)\nbig']);
  await openNotebookFromExplorer(page, 'big.tnb', 'import torch');
  await command(page, 'Notebook: Run All');
  await pickKernelIfAsked(page);
  await waitForOutput(page, 'of 100000)');
  const before = await outputs(page).locator('.tnb-heatmap-note').first().textContent();
  const more = outputs(page).locator('button.tnb-more-values').first();
  await scrollUntilShown(page, more);
  await more.click();
  await waitForOutput(page, '(50000 of 100000)', 30_000);
  await screenshot('more-values');
  if (before && before.includes('50000 of')) throw new Error(`the first picture already had ${before}`);
  await closeEditors(page);
}

export async function hoversTheTensorsViewAndAQuickFixForBackwardTwice({ page, workspaceDir, screenshot }) {
  await closeEditors(page);
  await writeNotebook(page, workspaceDir, 'autograd.tnb', [
    'import torch\nx = torch.ones(3, 3, 3, requires_grad=True)\ny = x * 3\nz = y * y * y\ny.backward(torch.ones(3, 3, 3))',
    'w = (x * 2).sum()\nw.backward()\nw.backward()',
  ]);
  await openNotebookFromExplorer(page, 'autograd.tnb', 'import torch');
  await command(page, 'Notebook: Run All');
  await pickKernelIfAsked(page);
  await waitForOutput(page, 'Trying to backward through the graph a second time');
  await page.locator('.statusbar-item', { hasText: 'tnb: idle' }).first().waitFor({ timeout: 30_000 });

  // hovering x (line 2 of cell 1) asks the kernel: statistics of the value and of .grad, and two heatmaps
  const cells = page.locator('.notebook-editor .cell-list-container .monaco-list-row.code-cell-row');
  const xLine = cells.nth(0).locator('.view-line', { hasText: 'x = torch.ones' }).first();
  const box = await xLine.boundingBox();
  if (!box) throw new Error('the line of x is not on screen');
  await page.mouse.move(box.x + 3, box.y + box.height / 2);
  const hover = page.locator('.monaco-hover:visible', { hasText: '.grad' }).first();
  await hover.waitFor({ timeout: 20_000 });
  const text = await hover.textContent();
  if (!/requires_grad=True \(leaf\)/.test(text) || !/value/.test(text)) throw new Error(`the hover says: ${text}`);
  if ((await hover.locator('img').count()) < 2) throw new Error('the hover has no heatmap pictures');
  await screenshot('hover-x');
  await page.mouse.move(box.x + box.width + 200, box.y + 300);

  // the second backward is marked at its line, and the quick fix adds retain_graph=True to the first one
  await command(page, 'View: Focus Problems (Errors, Warnings, Infos)');
  await page.locator('.markers-panel .monaco-list-row', { hasText: 'Trying to backward through the graph a second time' }).first().waitFor({ timeout: 20_000 });
  await page.locator('.markers-panel .monaco-list-row', { hasText: 'the graph was freed by this backward' }).first().waitFor({ timeout: 5000 });
  await screenshot('backward-twice-diagnostic');
  const second = cells.nth(1).locator('.view-line', { hasText: 'w.backward()' }).last();
  await second.click();
  await page.keyboard.press('End');
  await page.keyboard.press('Control+.');
  const fix = page.locator('.action-widget .monaco-list-row', { hasText: 'Add retain_graph=True' }).first();
  await fix.waitFor({ timeout: 20_000 });
  await screenshot('backward-twice-quick-fix');
  // choose it with the keyboard (the action list can sit under the cell's hover)
  for (let i = 0; i < 5 && !(await fix.getAttribute('class')).includes('focused'); i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await cells.nth(1).locator('.view-line', { hasText: 'w.backward(retain_graph=True)' }).first().waitFor({ timeout: 10_000 });
  await page.keyboard.press('Escape');
  await runCell(page, 1);
  // the rerun replaces the cell's error output (its start can lag the click on a busy machine)
  const failing = outputs(page).locator('body', { hasText: 'Trying to backward through the graph a second time' });
  for (const t0 = Date.now(); (await failing.count()) > 0; await page.waitForTimeout(250)) {
    if (Date.now() - t0 > 30_000) throw new Error('the cell still fails after the quick fix');
  }
  await page.locator('.statusbar-item', { hasText: 'tnb: idle' }).first().waitFor({ timeout: 30_000 });

  // the Tensors view lists the notebook's tensors, with the norm of x's gradient
  await command(page, 'Explorer: Focus on Tensors View');
  const rows = page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Tensors' }) }).locator('.monaco-list-row');
  await rows.filter({ hasText: 'grad ‖' }).first().waitFor({ timeout: 20_000 });
  const listed = (await rows.allTextContents()).join(' | ');
  for (const name of ['x', 'y', 'z', 'w']) {
    if (!rows.filter({ hasText: new RegExp(`^${name}\\b`) })) throw new Error(`no ${name}`);
  }
  if (!/x\s*\[3, 3, 3\] float32/.test(listed) || !/y\s*\[3, 3, 3\] float32 · MulBackward0/.test(listed) || !/z\s*\[3, 3, 3\]/.test(listed)) {
    throw new Error(`the Tensors view lists: ${listed}`);
  }
  await openFromTensorsView(page, rows.filter({ hasText: /^x/ }).first(), 'x · tnb');
  await page.waitForTimeout(1500);
  await screenshot('tensors-view');
  await command(page, 'View: Hide Panel');
  await closeEditors(page);
}

/**
 * Hostile strings (issue 9): HTML/JS injection strings as a file name, a parameter name (Tensors view), printed text,
 * a source line shown by the graph (node details), a hovered string, an exception message (output and Problems
 * panel) and markdown. Each must show as text; no dialog opens and no injected element exists in any frame.
 */
export async function hostileStringsRenderAsTextEverywhere({ page, workspaceDir, screenshot }) {
  const PAYLOADS = [
    '<img src=x onerror="alert(1)">',
    '<script>alert(2)</script>',
    '"><svg onload=alert(3)>',
    "javascript:alert(4)",
    '<iframe srcdoc="<script>parent.alert(5)</script>">',
    '${alert(6)}{{7*7}}',
  ];
  const H = PAYLOADS.join(' ');
  const dialogs = [];
  const onDialog = (d) => { dialogs.push(d.message()); void d.dismiss(); };
  page.on('dialog', onDialog);
  try {
    await closeEditors(page);
    const file = '<img src=x onerror=alert(8)>.tnb';
    const nb = { tnb: 1, metadata: {}, cells: [
      { kind: 'markdown', source: `# Hostile ${H}\n\n${H}` },
      { kind: 'code', source: [
        'import torch',
        'from torch import nn',
        `H = ${JSON.stringify(H)}`,
        'm = nn.Module()',
        `m.register_parameter(${JSON.stringify(PAYLOADS[0] + PAYLOADS[2])}, nn.Parameter(torch.ones(2)))   # (no "." allowed)`,
        'x = torch.ones(3, requires_grad=True)',
        `y = x * 2  # ${PAYLOADS[0]}`,
        'print(H)',
        'y.grad_fn',
      ].join('\n') },
      { kind: 'code', source: 'raise ValueError(H)' },
    ] };
    writeFileSync(join(workspaceDir, file), JSON.stringify(nb, null, 1) + '\n');
    await refreshExplorer(page);
    await openNotebookFromExplorer(page, 'onerror=alert(8)', 'import torch');
    await command(page, 'Notebook: Run All');
    await pickKernelIfAsked(page);
    await waitForOutput(page, 'MulBackward0');
    await page.locator('.statusbar-item', { hasText: 'tnb: idle' }).first().waitFor({ timeout: 30_000 });
    await scrollToOutput(page, 'ValueError');   // the last cell's output shows once scrolled to

    // printed text and the exception message: the literal strings
    await scrollToOutput(page, PAYLOADS[2]);
    const body = (await outputs(page).locator('body').first().textContent()) ?? '';
    if (!body.includes(H)) throw new Error('the printed payloads are not shown as text');

    // the graph: clicking the node shows the line that made it, comment included, as text
    const graph = outputs(page).locator('.tnb-graph').first();
    await graph.waitFor({ timeout: 30_000, state: 'attached' });
    await graph.locator('g.tnb-graph-node[data-name="MulBackward0"]').first().dispatchEvent('click');
    const details = graph.locator('.tnb-graph-details', { hasText: 'created at' }).first();
    await details.waitFor({ timeout: 30_000, state: 'attached' });
    if (!((await details.textContent()) ?? '').includes(`y = x * 2  # ${PAYLOADS[0]}`)) throw new Error(`the node details say: ${await details.textContent()}`);
    await screenshot('hostile-outputs');

    // the hover on H shows its repr as text
    const cells = page.locator('.notebook-editor .cell-list-container .monaco-list-row.code-cell-row');
    await scrollToTop(page);
    const hLine = cells.nth(0).locator('.view-line', { hasText: 'H = ' }).first();
    const box = await hLine.boundingBox();
    if (!box) throw new Error('the line of H is not on screen');
    await page.mouse.move(box.x + 3, box.y + box.height / 2);
    const hover = page.locator('.monaco-hover:visible', { hasText: 'onerror' }).first();
    await hover.waitFor({ timeout: 20_000 });
    if (!((await hover.textContent()) ?? '').includes('<svg onload=alert(3)>')) throw new Error(`the hover says: ${await hover.textContent()}`);
    if (await hover.locator('img[src="x"], [onerror], [onload], script, iframe').count()) throw new Error('the hover has injected elements');
    await screenshot('hostile-hover');
    await page.mouse.move(box.x + box.width + 200, box.y + 300);

    // the Problems panel: the exception message as text
    await command(page, 'View: Focus Problems (Errors, Warnings, Infos)');
    await page.locator('.markers-panel .monaco-list-row', { hasText: `ValueError: ${PAYLOADS[0]}` }).first().waitFor({ timeout: 20_000 });

    // the Tensors view: the parameter's name as text
    await command(page, 'Explorer: Focus on Tensors View');
    const rows = page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Tensors' }) }).locator('.monaco-list-row');
    const row = rows.filter({ hasText: `m.${PAYLOADS[0]}${PAYLOADS[2]}` }).first();
    await row.waitFor({ timeout: 20_000 });
    await openFromTensorsView(page, row, `m.${PAYLOADS[0]}${PAYLOADS[2]} · tnb`);
    await page.waitForTimeout(1500);
    await screenshot('hostile-tensors-view');

    // nothing ran: no dialog, and no injected element in any frame (workbench, notebook webview, tensor panel)
    let framesChecked = 0;
    for (const frame of page.frames()) {
      // (VS Code's own markdown renderer keeps a sanitised <img src=x>: only what could run counts)
      const found = await frame.evaluate(() => document.querySelectorAll('[onerror], [onload], iframe[srcdoc]').length
        // (the Tensors panel's payload is a data block, <script type="application/json">, with "<" escaped as \u003c)
        + [...document.querySelectorAll('script:not([src]):not([type="application/json"])')].filter((el) => /alert\([2-8]\)/.test(el.textContent ?? '')).length).catch(() => null);
      if (found === null) continue;   // a frame that went away meanwhile
      framesChecked++;
      if (found > 0) {
        const html = await frame.evaluate(() => [...document.querySelectorAll('[onerror], [onload], iframe[srcdoc], script:not([src]):not([type="application/json"])')]
          .map((el) => { const h = el.outerHTML; const i = h.search(/alert\([2-8]\)/); return i < 0 ? h.slice(0, 200) : h.slice(Math.max(0, i - 300), i + 100); }).join(' | '));
        throw new Error(`${found} injected element(s) in frame ${frame.url()}: ${html}`);
      }
    }
    if (framesChecked < 3) throw new Error(`only ${framesChecked} frames could be checked`);
    await page.waitForTimeout(500);
    if (dialogs.length) throw new Error(`dialogs opened: ${dialogs.join(', ')}`);
    await command(page, 'View: Hide Panel');
    await closeEditors(page);
  } finally {
    page.off('dialog', onDialog);
  }
}
