// npm start: VS Code with tnb installed and the example notebooks open.
//
//   npm start                      build and package (scripts/package.mjs), then:
//     - with a `code` command on the PATH: install the .vsix into that VS Code and open examples/ in it;
//     - without one: run code-server (VS Code in the browser; installed into the tnb cache folder on first use,
//       see scripts/install-code-server.sh) with tnb installed, on http://127.0.0.1:$PORT (a free port if PORT is
//       unset), and print the URL to open. It stays in the foreground; Ctrl-C stops it.
//   npm start -- --code-server     use code-server even when `code` exists
//
// Packaging runs the `vscode:prepublish` script, which builds everything (the wasm kernel and all four bundles).
// code-server's profile (settings, installed extensions, logs) is kept in <tnb cache>/code-server-profile.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDir, ensureCodeServer, installExtension, openProfile, REPO_ROOT, startCodeServer, workbenchUrl } from '../test/vscode/codeserver.mjs';
import { packageExtension } from './package.mjs';

const EXAMPLES = join(REPO_ROOT, 'examples');

function ensureExamples() {
  if (existsSync(EXAMPLES)) return;
  mkdirSync(EXAMPLES, { recursive: true });
  writeFileSync(
    join(EXAMPLES, 'README.md'),
    '# tnb examples\n\nExample notebooks (`*.tnb`) go here. Create one with **tnb: New Notebook** in the command palette.\n',
  );
}

/** True when a `code` command is on the PATH. */
function hasCodeCli() {
  return spawnSync('sh', ['-c', 'command -v code'], { stdio: 'ignore' }).status === 0;
}

function openInVsCode(vsix) {
  for (const args of [['--install-extension', vsix, '--force'], [EXAMPLES]]) {
    const result = spawnSync('code', args, { stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`code ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
  }
  console.log('tnb is installed in VS Code, and examples/ is open there.');
}

async function runCodeServer(vsix) {
  const bin = ensureCodeServer();
  const profile = openProfile(join(cacheDir(), 'code-server-profile'), { gallery: true });
  installExtension(bin, profile, vsix);
  const port = process.env.PORT ? Number(process.env.PORT) : undefined;
  if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) throw new Error(`PORT=${process.env.PORT} is not a port`);
  const server = await startCodeServer(bin, profile, { port, folder: EXAMPLES });
  let stopping = false;
  const stop = async (signal) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping code-server`);
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  console.log('');
  console.log(`tnb in VS Code (code-server ${server.url}) is ready. Open:`);
  console.log('');
  console.log(`    ${workbenchUrl(server, { folder: EXAMPLES })}`);
  console.log('');
  console.log(`code-server's log: ${profile.serverLog}. Press Ctrl-C to stop.`);
  const { code, signal } = await server.exit;
  if (!stopping) {
    await server.stop();
    throw new Error(`code-server exited on its own (${code ?? signal}); see ${profile.serverLog}`);
  }
}

async function main() {
  const args = process.argv.slice(2);
  if (args.some((arg) => arg !== '--code-server')) throw new Error('usage: npm start [-- --code-server]');
  ensureExamples();
  const vsix = packageExtension();
  if (!args.includes('--code-server') && hasCodeCli()) openInVsCode(vsix);
  else await runCodeServer(vsix);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
