// code-server (VS Code 1.100.3 served to a browser) and Chromium, as the tests in a real VS Code and `npm start`
// use them: install on demand, a fresh profile per run, start on a free local port in its own process group,
// stop the whole group.
//
// code-server is installed by scripts/install-code-server.sh into the tnb cache folder (once); Chromium is Debian's
// (/usr/bin/chromium, or $TNB_CHROMIUM), driven by playwright-core, which never downloads a browser.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
/** Where the test runs keep profiles, logs and screenshots (gitignored). */
export const ARTIFACTS_DIR = join(REPO_ROOT, 'test-artifacts/vscode');
export const CODE_SERVER_VERSION = '4.100.3';
const WORKSPACE_TEMPLATE = join(REPO_ROOT, 'test/vscode/workspace');

/** tnb's cache folder, as the kernel's snapshot cache uses it. */
export function cacheDir() {
  return process.env.TNB_CACHE_DIR || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'tnb');
}

/**
 * The code-server executable, installing it first if needed (instant when it is there; about 1–2 minutes when
 * not). Throws with the install script's message when Debian packages are missing.
 */
export function ensureCodeServer() {
  const dir = join(cacheDir(), `code-server-${CODE_SERVER_VERSION}`);
  const result = spawnSync('bash', [join(REPO_ROOT, 'scripts/install-code-server.sh'), dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = result.stdout.toString().trim().split('\n');
  if (result.status !== 0) {
    process.stdout.write(result.stdout);
    throw new Error(`could not install code-server (scripts/install-code-server.sh exited ${result.status})`);
  }
  const bin = lines.at(-1);
  if (!bin || !existsSync(bin)) throw new Error(`install-code-server.sh did not report an executable (got ${bin})`);
  return bin;
}

/** Settings that keep a fresh workbench quiet: no welcome page, trust prompt, update checks, tips or git scans. */
export const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.colorTheme': 'Default Dark Modern',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'notebook.output.scrolling': false,
  'editor.hover.delay': 100,
};

/**
 * A fresh profile for one test run under `parent`/`name` (anything left from an earlier run of that name is removed
 * first), with a fresh copy of test/vscode/workspace unless `workspace: false`. See `openProfile` for the rest.
 */
export function freshProfile(name, { parent = ARTIFACTS_DIR, workspace = true, ...options } = {}) {
  const dir = join(parent, name);
  rmSync(dir, { recursive: true, force: true });
  const profile = openProfile(dir, options);
  if (workspace) {
    profile.workspaceDir = join(dir, 'workspace');
    cpSync(WORKSPACE_TEMPLATE, profile.workspaceDir, { recursive: true });
  }
  return profile;
}

/**
 * The profile in `dir`, made if missing: user data (QUIET_SETTINGS and `settings` are written when there is no
 * settings.json yet, so a kept profile keeps its user's changes), extensions, XDG folders (so nothing is written to
 * the home folder), Chromium profile. The extension gallery is switched off unless `gallery: true`.
 */
export function openProfile(dir, { settings = {}, gallery = false } = {}) {
  const profile = {
    dir,
    userDataDir: join(dir, 'user-data'),
    extensionsDir: join(dir, 'extensions'),
    chromeDir: join(dir, 'chrome-profile'),
    workspaceDir: null,
    serverLog: join(dir, 'server.log'),
    env: childEnv({
      // no extension gallery (open-vsx.org): tests must not depend on the network, and offline it logs errors
      ...(gallery ? {} : { EXTENSIONS_GALLERY: '{}' }),
      XDG_CONFIG_HOME: join(dir, 'xdg/config'),
      XDG_DATA_HOME: join(dir, 'xdg/data'),
      XDG_CACHE_HOME: join(dir, 'xdg/cache'),
      XDG_STATE_HOME: join(dir, 'xdg/state'),
    }),
  };
  const settingsFile = join(profile.userDataDir, 'User/settings.json');
  mkdirSync(dirname(settingsFile), { recursive: true });
  mkdirSync(profile.extensionsDir, { recursive: true });
  if (!existsSync(settingsFile)) writeFileSync(settingsFile, JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 1) + '\n');
  return profile;
}

/**
 * The environment for code-server and Chromium: ours, with the XDG folders of the profile (so nothing is written to
 * the home folder), without variables that would hand commands to another VS Code (VSCODE_IPC_HOOK_CLI from a VS
 * Code terminal) or change code-server's port ($PORT). The tnb kernel keeps its snapshot cache where it was.
 */
function childEnv(xdg) {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (key.startsWith('VSCODE_') || key === 'ELECTRON_RUN_AS_NODE' || key === 'PORT') continue;
    env[key] = value;
  }
  return { ...env, TNB_CACHE_DIR: cacheDir(), ...xdg };
}

function profileArgs(profile) {
  return ['--user-data-dir', profile.userDataDir, '--extensions-dir', profile.extensionsDir];
}

/** Installs a .vsix into the profile (code-server's CLI, no server needed). */
export function installExtension(bin, profile, vsix) {
  execFileSync(bin, [...profileArgs(profile), '--install-extension', vsix, '--force'], { env: profile.env, stdio: 'pipe' });
}

/** A TCP port that was free on 127.0.0.1 a moment ago. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** GET `url`; resolves the status code, or 0 when nothing answers. */
export function httpStatus(url) {
  return new Promise((resolve) => {
    const req = request(url, { timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(0));
    req.end();
  });
}

const running = new Set();
// A last resort when the runner dies without stopping a server (uncaught error, process.exit): no orphans.
process.on('exit', () => {
  for (const pid of running) killGroup(pid, 'SIGKILL');
});

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false; // the group is gone
  }
}

/**
 * Starts code-server for `profile` on 127.0.0.1:`port` (a free one if not given) with `--auth none`, in its own
 * process group, and waits until it answers /healthz. `folder` is opened when a browser connects without a
 * ?folder= of its own. Output goes to profile.serverLog, and to our stdout too with `echo: true`.
 */
export async function startCodeServer(bin, profile, { port, folder, echo = false, readyTimeoutMs = 60_000 } = {}) {
  port ??= await freePort();
  const args = [
    ...profileArgs(profile),
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    ...(folder ? [folder] : []),
  ];
  const child = spawn(bin, args, { env: profile.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  running.add(child.pid);
  const log = createWriteStream(profile.serverLog);
  for (const stream of [child.stdout, child.stderr]) {
    stream.pipe(log, { end: false });
    if (echo) stream.pipe(process.stdout, { end: false });
  }
  let exited = null;
  const exit = new Promise((resolve) => child.once('exit', (code, signal) => resolve((exited = { code, signal }))));

  const url = `http://127.0.0.1:${port}`;
  const server = {
    url,
    port,
    pid: child.pid,
    /** Resolves { code, signal } when the code-server process exits. */
    exit,
    /** Stops code-server and everything it started (extension host, file watcher, pty host). */
    async stop() {
      if (!running.has(child.pid)) return;
      killGroup(child.pid, 'SIGTERM');
      const deadline = Date.now() + 10_000;
      while (Date.now() < deadline && (exited === null || killGroup(child.pid, 0))) await sleep(100);
      killGroup(child.pid, 'SIGKILL');
      running.delete(child.pid);
      await exit;
      log.end();
    },
  };
  const deadline = Date.now() + readyTimeoutMs;
  while ((await httpStatus(`${url}/healthz`)) !== 200) {
    if (exited) {
      await server.stop();
      throw new Error(`code-server exited (${exited.code ?? exited.signal}) before it served; see ${profile.serverLog}:\n${tail(profile.serverLog)}`);
    }
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`code-server did not answer on ${url} within ${readyTimeoutMs / 1000} s; see ${profile.serverLog}`);
    }
    await sleep(100);
  }
  return server;
}

/** The workbench URL for `folder`, with an optional automation payload (extension development and tests). */
export function workbenchUrl(server, { folder, payload } = {}) {
  const query = [];
  if (folder) query.push(`folder=${encodeURIComponent(folder).replaceAll('%2F', '/')}`); // slashes kept: readable
  if (payload) query.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
  return `${server.url}/${query.length > 0 ? `?${query.join('&')}` : ''}`;
}

/** A path on the code-server machine as the workbench's remote URI (for payload entries). */
export function remoteUri(server, path) {
  return `vscode-remote://127.0.0.1:${server.port}${path}`;
}

/** Debian's Chromium, headless, with a persistent profile in the run's folder. Returns { context, page }. */
export async function launchBrowser(profile, { viewport = { width: 1400, height: 900 } } = {}) {
  const executablePath = process.env.TNB_CHROMIUM || '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(`no Chromium at ${executablePath}: apt-get install chromium (or set TNB_CHROMIUM)`);
  }
  const { chromium } = await import('playwright-core');
  const context = await chromium.launchPersistentContext(profile.chromeDir, {
    executablePath,
    headless: true,
    viewport,
    env: profile.env,
    args: [
      '--no-sandbox', // root in CI
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page };
}

export function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function tail(file, lines = 20) {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}
