// Helpers for the UI tests (test/vscode/ui/*.test.mjs): workbench actions through the DOM, with Playwright.

/**
 * Opens `file` from the Explorer and resolves once it shows in the notebook editor.
 *
 * A fresh workbench can resolve the editor for a .tnb before the extension host has registered the `tnb` notebook
 * type, and then the file opens as JSON text. When that happens the tab is closed and the file opened again.
 */
export async function openNotebookFromExplorer(page, file, firstLine, { attempts = 10 } = {}) {
  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: file }).first();
  await row.waitFor({ timeout: 60_000 });
  // a hidden .notebook-editor may exist as well, so look for the cell's text rather than the container
  // (or, for a notebook VS Code reopens scrolled down, any cell of the one visible notebook editor)
  const notebookCell = page.locator('.notebook-editor .monaco-list-row .view-line', { hasText: firstLine })
    .or(page.locator('.notebook-editor:visible .monaco-list-row.code-cell-row')).first();
  const jsonText = page.locator('.editor-group-container .monaco-editor .view-line', { hasText: '"cells"' }).first();
  for (let attempt = 1; attempt <= attempts; attempt++) {
    await row.click();
    const shown = await Promise.race([
      notebookCell.waitFor({ timeout: 20_000 }).then(() => 'notebook'),
      jsonText.waitFor({ timeout: 20_000 }).then(() => 'text'),
    ]).catch(() => 'nothing');
    if (shown === 'notebook') return attempt;
    const tab = page.locator('.tabs-container .tab', { hasText: file }).first();
    if (await tab.isVisible()) await tab.locator('.codicon-close').click();
    await page.waitForTimeout(1000);
  }
  throw new Error(`${file} did not open in the notebook editor in ${attempts} attempts`);
}

/**
 * Runs a command by its title from the Command Palette. The palette closes when something else takes the focus (a
 * webview that has just loaded can), so a palette that did not open or closed again is opened again.
 */
export async function command(page, title) {
  const input = page.locator('.quick-input-widget input');
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('F1');
    const offered = await input.waitFor({ timeout: 5000 })
      .then(() => input.fill(`>${title}`))
      .then(() => row.waitFor({ timeout: 10_000, state: 'attached' }))
      .then(() => input.isVisible(), () => false);
    if (offered) { await page.keyboard.press('Enter'); return; }
    if (attempt === 3) throw new Error(`the Command Palette did not offer "${title}" (3 tries)`);
    await page.keyboard.press('Escape');
  }
}

/**
 * After a failed test: back to a bare workbench (no open menu, dialog or widget, no panel, no editor, unsaved changes
 * dropped), so that one failure does not become the next test's.
 */
export async function resetWorkbench(page) {
  for (let i = 0; i < 3; i++) await page.keyboard.press('Escape');
  // (the palette offers "View: Hide Panel" only while a panel shows)
  if (await page.locator('.part.panel').first().isVisible()) await command(page, 'View: Hide Panel');
  await closeEditors(page);
}

/** Closes every editor, dropping unsaved changes. */
export async function closeEditors(page) {
  await command(page, 'View: Close All Editors');
  const dontSave = page.locator('.monaco-dialog-box .monaco-button', { hasText: "Don't Save" });
  if (await dontSave.waitFor({ timeout: 1500 }).then(() => true, () => false)) await dontSave.click();
}
