// The notebook controller "tnb · PyTorch API": one KernelSession (one worker thread) per open notebook, started
// lazily at the first run and disposed when the notebook closes. Cells run in the order they were queued; stdout
// and stderr stream into the cell as they arrive; a trailing expression is displayed (text/plain plus tnb's tensor
// and graph JSON); errors become error outputs carrying the Python traceback. Interrupt raises KeyboardInterrupt in
// the running cell and keeps the kernel's state; a worker that dies is reported, with a restart action, and
// touches no other notebook.
import * as vscode from 'vscode';
import type { ErrorInfo, InspectResult, OutputItem } from '../kernel/protocol';
import { KernelDiedError, KernelSession, type SessionState } from '../kernel/session';
import { NOTEBOOK_TYPE } from './serializer';

export const CONTROLLER_ID = 'tnb-kernel';
export const CONTROLLER_LABEL = 'tnb · PyTorch API';

interface NotebookKernel {
  session: KernelSession;
  /** Executions run one after another: each waits for the previous one. */
  queue: Promise<void>;
  order: number;
  unsubscribe: () => void;
}

export class TnbController implements vscode.Disposable {
  readonly controller: vscode.NotebookController;
  private readonly kernels = new Map<string, NotebookKernel>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly stateEmitter = new vscode.EventEmitter<{ notebook: vscode.NotebookDocument; state: SessionState }>();
  /** Fires when the kernel of a notebook changes state (starting, idle, busy, dead). */
  readonly onDidChangeState = this.stateEmitter.event;
  private readonly ranEmitter = new vscode.EventEmitter<{ cell: vscode.NotebookCell; error: ErrorInfo | null }>();
  /** Fires when a cell has run (error: what it raised, if it did). */
  readonly onDidRunCell = this.ranEmitter.event;

  constructor(private readonly context: vscode.ExtensionContext) {
    this.controller = vscode.notebooks.createNotebookController(CONTROLLER_ID, NOTEBOOK_TYPE, CONTROLLER_LABEL);
    this.controller.supportedLanguages = ['python'];
    this.controller.supportsExecutionOrder = true;
    this.controller.description = 'PyTorch API on the tnb engine (Pyodide + WebAssembly, in a worker)';
    this.controller.executeHandler = (cells, notebook) => this.execute(cells, notebook);
    this.controller.interruptHandler = (notebook) => this.interrupt(notebook);
    for (const nb of vscode.workspace.notebookDocuments) this.prefer(nb);
    this.disposables.push(
      this.controller,
      this.stateEmitter,
      this.ranEmitter,
      vscode.workspace.onDidOpenNotebookDocument((nb) => this.prefer(nb)),
      vscode.workspace.onDidCloseNotebookDocument((nb) => { void this.shutdown(nb); }),
    );
  }

  private prefer(nb: vscode.NotebookDocument): void {
    if (nb.notebookType === NOTEBOOK_TYPE) this.controller.updateNotebookAffinity(nb, vscode.NotebookControllerAffinity.Preferred);
  }

  /** The live kernel of a notebook, if it has been started. */
  session(notebook: vscode.NotebookDocument): KernelSession | undefined {
    return this.kernels.get(notebook.uri.toString())?.session;
  }

  state(notebook: vscode.NotebookDocument): SessionState | 'none' {
    return this.session(notebook)?.state ?? 'none';
  }

  private kernelFor(notebook: vscode.NotebookDocument): NotebookKernel {
    const key = notebook.uri.toString();
    let k = this.kernels.get(key);
    if (!k) {
      const folder = notebook.uri.scheme === 'file' ? vscode.Uri.joinPath(notebook.uri, '..').fsPath
        : vscode.workspace.getWorkspaceFolder(notebook.uri)?.uri.fsPath ?? null;
      const session = new KernelSession({
        workerPath: this.context.asAbsolutePath('dist/worker.js'),
        snapshotDir: vscode.Uri.joinPath(this.context.globalStorageUri, 'pyodide-snapshot').fsPath,
        cwd: folder,
        wasmBuild: vscode.workspace.getConfiguration('tnb').get<string>('wasmBuild') || undefined,
        threads: vscode.workspace.getConfiguration('tnb').get<number>('threads') || undefined,
        maxOutputChars: vscode.workspace.getConfiguration('tnb').get<number>('maxCellOutputChars') ?? 1_000_000,
      });
      const unsubscribe = session.onStateChange((state) => {
        this.stateEmitter.fire({ notebook, state });
        if (state === 'dead') void this.reportDeath(notebook);
      });
      k = { session, queue: Promise.resolve(), order: 0, unsubscribe };
      this.kernels.set(key, k);
    }
    return k;
  }

  private async reportDeath(notebook: vscode.NotebookDocument): Promise<void> {
    const choice = await vscode.window.showErrorMessage(
      `The tnb kernel of ${vscode.workspace.asRelativePath(notebook.uri)} stopped; its variables are lost. Other notebooks are not affected.`,
      'Restart Kernel');
    if (choice === 'Restart Kernel') await this.restart(notebook);
  }

  private execute(cells: vscode.NotebookCell[], notebook: vscode.NotebookDocument): void {
    if (!vscode.workspace.isTrusted) {
      void vscode.window.showWarningMessage('tnb does not run code in an untrusted workspace. Trust the workspace to run cells.');
      for (const cell of cells) {
        const exec = this.controller.createNotebookCellExecution(cell);
        exec.start(Date.now());
        void exec.replaceOutput(new vscode.NotebookCellOutput([vscode.NotebookCellOutputItem.error({
          name: 'Untrusted workspace', message: 'tnb does not run code in an untrusted workspace (Workspace Trust).' })]));
        exec.end(false, Date.now());
      }
      return;
    }
    const k = this.kernelFor(notebook);
    // Executions are created now so that the cells show as queued; each starts when the previous one ends.
    // As in Jupyter, a cell that fails stops the cells queued after it in the same run.
    const execs = cells.map((cell) => this.controller.createNotebookCellExecution(cell));
    const batch = { failed: false };
    for (const exec of execs) {
      k.queue = k.queue.then(() => this.runCell(k, exec, batch), () => this.runCell(k, exec, batch));
    }
  }

  private async runCell(k: NotebookKernel, exec: vscode.NotebookCellExecution, batch: { failed: boolean }): Promise<void> {
    if (exec.token.isCancellationRequested || batch.failed) { exec.end(undefined); return; }
    const cell = exec.cell;
    exec.executionOrder = ++k.order;
    exec.start(Date.now());
    await exec.clearOutput();
    const cancel = exec.token.onCancellationRequested(() => k.session.interruptExecution());
    // Stream text joins the previous output while the same stream continues, as in Jupyter.
    let stream: { name: 'stdout' | 'stderr'; output: vscode.NotebookCellOutput } | null = null;
    let pending = Promise.resolve();
    const enqueue = (f: () => Thenable<void>): void => { pending = pending.then(() => f(), () => f()); };
    try {
      const r = await k.session.execute(cell.document.getText(), `<cell ${cell.index + 1}>`, {
        onStream: (name, text) => {
          const item = name === 'stdout' ? vscode.NotebookCellOutputItem.stdout(text) : vscode.NotebookCellOutputItem.stderr(text);
          if (stream && stream.name === name) {
            const output = stream.output;
            enqueue(() => exec.appendOutputItems(item, output));
          } else {
            const output = new vscode.NotebookCellOutput([item]);
            stream = { name, output };
            enqueue(() => exec.appendOutput(output));
          }
        },
        onDisplay: (items) => {
          stream = null;
          const output = new vscode.NotebookCellOutput(toOutputItems(items));
          enqueue(() => exec.appendOutput(output));
        },
      });
      await pending;
      if (r.error) { await exec.appendOutput(errorOutput(r.error)); batch.failed = true; }
      exec.end(r.error === null, Date.now());
      this.ranEmitter.fire({ cell, error: r.error });
    } catch (e) {
      await pending;
      const message = e instanceof Error ? e.message : String(e);
      await exec.appendOutput(new vscode.NotebookCellOutput([vscode.NotebookCellOutputItem.error({
        name: e instanceof KernelDiedError ? 'Kernel stopped' : 'Kernel error', message })]));
      batch.failed = true;
      exec.end(false, Date.now());
    } finally {
      cancel.dispose();
    }
  }

  interrupt(notebook: vscode.NotebookDocument): void {
    this.session(notebook)?.interruptExecution();
  }

  /** Ends the notebook's worker and starts a fresh one (all variables are lost). */
  async restart(notebook: vscode.NotebookDocument): Promise<void> {
    const k = this.kernelFor(notebook);
    k.order = 0;
    k.queue = Promise.resolve();
    await k.session.restart();
  }

  async shutdown(notebook: vscode.NotebookDocument): Promise<void> {
    const key = notebook.uri.toString();
    const k = this.kernels.get(key);
    if (!k) return;
    this.kernels.delete(key);
    k.unsubscribe();
    await k.session.dispose();
  }

  /** A request to the notebook's live kernel (hovers, renderer messages); undefined when none is running. */
  async inspect(notebook: vscode.NotebookDocument, expression: string): Promise<InspectResult | undefined> {
    const s = this.session(notebook);
    if (!s || s.state === 'dead' || s.state === 'disposed') return undefined;
    return s.inspect(expression);
  }

  dispose(): void {
    for (const k of this.kernels.values()) { k.unsubscribe(); void k.session.dispose(); }
    this.kernels.clear();
    for (const d of this.disposables) d.dispose();
  }
}

/** Output items for VS Code: the custom mime types first (the tnb renderer), then text/plain. */
export function toOutputItems(items: OutputItem[]): vscode.NotebookCellOutputItem[] {
  const custom = items.filter((i) => i.mime !== 'text/plain').map((i) => vscode.NotebookCellOutputItem.json(i.data, i.mime));
  const text = items.filter((i) => i.mime === 'text/plain').map((i) => vscode.NotebookCellOutputItem.text(i.data as string, 'text/plain'));
  return [...custom, ...text];
}

export function errorOutput(e: ErrorInfo): vscode.NotebookCellOutput {
  // VS Code shows `stack` as the body of the error; the traceback is what Python prints.
  return new vscode.NotebookCellOutput([vscode.NotebookCellOutputItem.error({ name: e.ename, message: e.evalue, stack: e.traceback.join('\n') })],
    { tnbError: { ename: e.ename, location: e.location ?? null } });
}

