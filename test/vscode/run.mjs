// Runs tnb's tests in a real VS Code: code-server 1.100.3 on 127.0.0.1, driven through Debian's Chromium.
//
//   node test/vscode/run.mjs exthost [--grep RE]
//                                      extension-host tests (test/vscode/exthost/*.test.ts, bundled by
//                                      `npm run build:tests` into dist/test/exthost/index.js) against the extension
//                                      as built in dist/ (`npm run build`), loaded as extensionDevelopmentPath;
//                                      --grep runs only the tests whose name matches RE
//   node test/vscode/run.mjs ui [--vsix FILE] [--grep RE]
//                                      UI tests (test/vscode/ui/*.test.mjs) against the extension installed from a
//                                      .vsix, freshly packaged (scripts/package.mjs) unless --vsix is given;
//                                      --grep runs only the tests whose name matches RE
//
// Each mode starts code-server with a fresh profile and a fresh copy of test/vscode/workspace/ under
// test-artifacts/vscode/<mode>/, stops its whole process group at the end, saves screenshots to
// test-artifacts/vscode/, and ends with the line `N passed, N failed` (exit status 1 if a test failed).
//
// The extension-host route is the contract of @vscode/test-electron: the workbench URL carries a payload with
// extensionDevelopmentPath and extensionTestsPath; VS Code loads the tests module in the extension host, calls its
// run(), and reports the result through window.codeAutomationExit(code), and its log through
// window.codeAutomationLog(level, message), both of which Playwright exposes to the page. The tests log one
// `TNB-TEST ok|not ok <name>` line per test (see exthost/harness.ts), which is what is counted here.
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ARTIFACTS_DIR,
  REPO_ROOT,
  ensureCodeServer,
  freshProfile,
  installExtension,
  launchBrowser,
  remoteUri,
  sleep,
  startCodeServer,
  workbenchUrl,
} from './codeserver.mjs';
import { resetWorkbench } from './ui/workbench.mjs';

const EXTHOST_TESTS = join(REPO_ROOT, 'dist/test/exthost/index.js');
const EXTHOST_TIMEOUT_MS = 5 * 60_000;
const UI_TESTS_DIR = join(REPO_ROOT, 'test/vscode/ui');
const UI_TEST_TIMEOUT_MS = 3 * 60_000;
const PROTOCOL = /TNB-TEST (ok|not ok) (.*)$/;
const USAGE = 'usage: node test/vscode/run.mjs exthost [--grep RE] | ui [--vsix FILE] [--grep RE]';

// Ctrl-C or a kill: exit, so that codeserver.mjs's exit hook stops the server's process group.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

async function main() {
  const [mode, ...rest] = process.argv.slice(2);
  const started = Date.now();
  let counts;
  if (mode === 'exthost') counts = await runExthost(parseOption(rest, '--grep'));
  else if (mode === 'ui') counts = await runUi(parseOptions(rest, ['--vsix', '--grep']));
  else throw new Error(USAGE);
  console.log(`(${mode}: ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  console.log(`${counts.passed} passed, ${counts.failed} failed`);
  return counts.failed === 0 && counts.passed > 0 ? 0 : 1;
}

// ---- extension-host tests --------------------------------------------------------------------------------------

/** The value of the one option a mode takes (`--name VALUE`), or null. */
function parseOption(args, name) {
  if (args.length === 0) return null;
  if (args.length === 2 && args[0] === name) return args[1];
  throw new Error(USAGE);
}

/** The values of options that each take one value (`--name VALUE`), by name. */
function parseOptions(args, names) {
  const out = {};
  for (let i = 0; i < args.length; i += 2) {
    if (!names.includes(args[i]) || i + 1 >= args.length) throw new Error(USAGE);
    out[args[i]] = args[i + 1];
  }
  return out;
}

async function runExthost(grep) {
  for (const [file, how] of [
    [join(REPO_ROOT, 'dist/extension.js'), 'npm run build'],
    [EXTHOST_TESTS, 'npm run build:tests (after npm run build, which empties dist/)'],
  ]) {
    if (!existsSync(file)) throw new Error(`${relative(REPO_ROOT, file)} is missing: run ${how}`);
  }
  const bin = ensureCodeServer();
  const profile = freshProfile('exthost');
  rmSync(join(ARTIFACTS_DIR, 'exthost.png'), { force: true });
  if (grep) profile.env.TNB_TEST_GREP = grep; // read by exthost/index.ts, in the extension host code-server starts
  const server = await startCodeServer(bin, profile);
  const { context, page } = await launchBrowser(profile);
  const log = [];
  const results = [];
  let exitCode = null;
  try {
    let resolveExit;
    const exited = new Promise((resolve) => (resolveExit = resolve));
    await page.exposeFunction('codeAutomationLog', (level, message) => {
      const text = Array.isArray(message) ? message.join(' ') : String(message);
      log.push(`[${level}] ${text}`);
      for (const line of text.split('\n')) {
        const match = PROTOCOL.exec(line);
        if (!match) continue;
        results.push({ ok: match[1] === 'ok', text: match[2] });
        console.log(`${match[1]} ${match[2]}`);
      }
      if (level === 'error' && !PROTOCOL.test(text)) console.log(`[exthost error] ${text.slice(0, 500)}`);
    });
    await page.exposeFunction('codeAutomationExit', (code) => resolveExit(code));
    page.on('console', (message) => log.push(`[page ${message.type()}] ${message.text()}`));
    page.on('pageerror', (error) => log.push(`[page error] ${error.stack ?? error}`));

    const payload = [
      ['extensionDevelopmentPath', remoteUri(server, REPO_ROOT)],
      ['extensionTestsPath', remoteUri(server, EXTHOST_TESTS)],
    ];
    await page.goto(workbenchUrl(server, { folder: profile.workspaceDir, payload }));
    exitCode = await Promise.race([exited, sleep(EXTHOST_TIMEOUT_MS).then(() => 'timeout')]);
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'exthost.png') }).catch(() => {});
  } finally {
    writeFileSync(join(profile.dir, 'exthost.log'), log.join('\n') + '\n');
    await context.close().catch(() => {});
    await server.stop();
  }

  const passed = results.filter((r) => r.ok).length;
  let failed = results.length - passed;
  // The exit code also covers what the lines cannot: the tests module failing to load, run() throwing outside a
  // test, VS Code never calling back.
  if (exitCode !== 0 && failed === 0) {
    failed = 1;
    const why = exitCode === 'timeout' ? `no result within ${EXTHOST_TIMEOUT_MS / 1000} s` : `exit code ${exitCode}`;
    console.log(`not ok extension-host run: ${why}; see ${relative(REPO_ROOT, join(profile.dir, 'exthost.log'))}`);
  }
  return { passed, failed };
}

// ---- UI tests --------------------------------------------------------------------------------------------------

/** Every exported function of every test/vscode/ui/*.test.mjs, in file then export order. */
async function loadUiTests() {
  const files = readdirSync(UI_TESTS_DIR).filter((f) => f.endsWith('.test.mjs')).sort();
  const tests = [];
  for (const file of files) {
    const module = await import(pathToFileURL(join(UI_TESTS_DIR, file)).href);
    for (const [name, fn] of Object.entries(module)) {
      if (typeof fn === 'function') tests.push({ name: `${basename(file, '.test.mjs')} › ${name}`, fn });
    }
  }
  if (tests.length === 0) throw new Error(`no UI tests in ${relative(REPO_ROOT, UI_TESTS_DIR)}`);
  return tests;
}

async function runUi({ '--vsix': given, '--grep': grep }) {
  let vsix = given ?? null;
  const tests = (await loadUiTests()).filter((t) => !grep || new RegExp(grep).test(t.name));
  if (tests.length === 0) throw new Error(`no UI test matches ${grep}`);
  if (!vsix) {
    const { packageExtension } = await import('../../scripts/package.mjs');
    vsix = packageExtension(join(ARTIFACTS_DIR, 'tnb-ui.vsix'));
  }
  const bin = ensureCodeServer();
  const profile = freshProfile('ui');
  for (const file of readdirSync(ARTIFACTS_DIR)) { // screenshots of an earlier run
    if (/^ui-.*\.png$/.test(file)) rmSync(join(ARTIFACTS_DIR, file));
  }
  installExtension(bin, profile, vsix);
  const server = await startCodeServer(bin, profile);
  const { context, page } = await launchBrowser(profile);
  const screenshot = (name) => page.screenshot({ path: join(ARTIFACTS_DIR, `ui-${name}.png`) });
  let passed = 0;
  let failed = 0;
  try {
    await page.goto(workbenchUrl(server, { folder: profile.workspaceDir }));
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    // The tests share this one workbench, in order; each leaves it usable for the next.
    for (const { name, fn } of tests) {
      const t0 = Date.now();
      try {
        await withTimeout(fn({ page, workspaceDir: profile.workspaceDir, screenshot }), UI_TEST_TIMEOUT_MS);
        passed++;
        console.log(`ok ${name} (${Date.now() - t0} ms)`);
      } catch (error) {
        failed++;
        const shot = `failure-${name.replace(/[^\w-]+/g, '_')}`;
        await screenshot(shot).catch(() => {});
        const message = (error instanceof Error ? error.message : String(error)).replace(/\x1b\[[0-9;]*m/g, '');
        console.log(`not ok ${name}: ${message}`);
        console.log(`  screenshot: ${relative(REPO_ROOT, join(ARTIFACTS_DIR, `ui-${shot}.png`))}`);
        await resetWorkbench(page).catch((e) => console.log(`  (could not reset the workbench: ${e instanceof Error ? e.message : e})`));
      }
    }
  } finally {
    await context.close().catch(() => {});
    await server.stop();
  }
  return { passed, failed };
}

function withTimeout(promise, ms) {
  let timer;
  const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${ms / 1000} s`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

main().then(
  (status) => process.exit(status),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
