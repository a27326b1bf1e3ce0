// UI test: a .tnb opened from the Explorer shows in the notebook editor with its cell's source.
// Run by test/vscode/run.mjs ui; each exported function is one test and gets { page, workspaceDir, screenshot }.

import { openNotebookFromExplorer } from './workbench.mjs';

const CELL_LINES = ['import torch', 'x = torch.ones(2)']; // test/vscode/workspace/sample.tnb

export async function opensSampleInTheNotebookEditor({ page, screenshot }) {
  const attempts = await openNotebookFromExplorer(page, 'sample.tnb', CELL_LINES[0]);
  const lines = page.locator('.notebook-editor .monaco-list-row .view-lines').first();
  for (const line of CELL_LINES) {
    await lines.locator('.view-line', { hasText: line }).first().waitFor({ timeout: 10_000 });
  }
  const text = (await lines.innerText()).replace(/\u00a0/g, ' ');
  if (!CELL_LINES.every((line) => text.includes(line))) throw new Error(`the cell shows ${JSON.stringify(text)}`);
  const tab = page.locator('.tabs-container .tab.active', { hasText: 'sample.tnb' });
  if ((await tab.count()) !== 1) throw new Error('sample.tnb is not the active tab');
  await screenshot('open-sample');
  if (attempts > 1) console.log(`  (sample.tnb opened as text first; notebook editor on attempt ${attempts})`);
}
