// The same extension-host tests under @vscode/test-electron, for machines that can download VS Code (this one
// cannot: here test/vscode/run.mjs runs them in code-server). `npm run test:electron` builds and runs them in a
// downloaded VS Code (Electron) with a fresh copy of test/vscode/workspace.
import { runTests } from '@vscode/test-electron';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const workspace = join(mkdtempSync(join(tmpdir(), 'tnb-electron-')), 'workspace');
cpSync(join(root, 'test/vscode/workspace'), workspace, { recursive: true });
try {
  await runTests({
    version: '1.100.3',
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'dist/test/exthost/index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
  });
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
