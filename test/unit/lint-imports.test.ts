import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, test } from 'node:test';

const SCRIPT = join(__dirname, '..', '..', 'scripts', 'lint-imports.mjs');
const fixtures: string[] = [];

after(() => {
  for (const dir of fixtures) rmSync(dir, { recursive: true, force: true });
});

/** A throwaway tree with the given files (path -> text). */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'tnb-lint-'));
  fixtures.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

function lint(root?: string): { status: number | null; lines: string[] } {
  const args = root ? [SCRIPT, '--root', root] : [SCRIPT];
  const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
  assert.equal(run.stderr, '');
  return { status: run.status, lines: run.stdout.trim().split('\n') };
}

describe('lint-imports (CONVENTIONS 12)', () => {
  test('reports every forbidden import with file:line and exits 1', () => {
    const root = tree({
      'kernel/engine/a.ts': "// a comment\nimport * as vscode from 'vscode';\n",
      'kernel/b.mts': "export { view } from '../renderer/view';\n",
      'kernel/deep/c.js': "\n\nconst r = require('../../renderer/index.js');\n",
      'kernel/d.ts': "export async function f() {\n  return import('vscode');\n}\n",
      'kernel/e.ts': "import type { Uri } from 'vscode';\n",
      'kernel/f.ts': "import { x } from '../extension/serializer';\n",
      'renderer/g.ts': "import vscode = require('vscode');\n",
      'renderer/h.mjs': "import { window } from 'vscode/sub';\n",
    });
    const { status, lines } = lint(root);
    assert.equal(status, 1);
    const found = lines.filter((line) => !line.startsWith('lint-imports:')).sort();
    assert.deepEqual(found, [
      "kernel/b.mts:1: imports '../renderer/view' from renderer/: kernel/ must not depend on renderer/",
      "kernel/d.ts:2: imports 'vscode': only extension/ may import vscode",
      "kernel/deep/c.js:3: imports '../../renderer/index.js' from renderer/: kernel/ must not depend on renderer/",
      "kernel/e.ts:1: imports 'vscode': only extension/ may import vscode",
      "kernel/engine/a.ts:2: imports 'vscode': only extension/ may import vscode",
      "kernel/f.ts:1: imports '../extension/serializer' from extension/, which is vscode-only",
      "renderer/g.ts:1: imports 'vscode': only extension/ may import vscode",
      "renderer/h.mjs:1: imports 'vscode/sub': only extension/ may import vscode",
    ]);
    assert.match(lines.at(-1) ?? '', /^lint-imports: 8 violation/);
  });

  test('allows what the rules allow and ignores comments and strings', () => {
    const root = tree({
      'extension/extension.ts': "import * as vscode from 'vscode';\nimport { parseTnb } from '../kernel/format/tnb';\n",
      'renderer/index.ts': "import type { TensorPayload } from '../kernel/protocol';\nimport type { OutputItem } from 'vscode-notebook-renderer';\n",
      'kernel/protocol.ts': "// import 'vscode' would be wrong here\n/* require('vscode') */\nexport const note = \"import 'vscode'\";\n",
      'kernel/engine/x.ts': "import { y } from './y';\nimport { readFileSync } from 'node:fs';\nimport { other } from './renderer';\n",
      'kernel/engine/renderer.ts': 'export const other = 1;\n',
      'kernel/node_modules/pkg/index.js': "require('vscode');\n",
    });
    assert.deepEqual(lint(root), { status: 0, lines: ['lint-imports: 4 files under kernel/ and renderer/, no violations'] });
  });

  test('the real tree passes', () => {
    const { status, lines } = lint();
    assert.equal(status, 0, lines.join('\n'));
  });
});
