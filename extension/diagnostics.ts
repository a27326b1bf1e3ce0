// Errors marked at the line that raised them: when a cell fails, its error becomes a diagnostic on that line of the
// cell (PyTorch's message), and the lines the error is about get their own markers: the backward that freed the
// graph (a second backward), the line that modified a saved tensor in place (the version error). Quick fixes
// (extension/fixes.ts) repair the autograd errors that have one. A cell's markers go when it runs again or when
// its text changes.
import * as vscode from 'vscode';
import type { ErrorInfo } from '../kernel/protocol';
import type { TnbController } from './controller';
import { classify, floatDtypeEdit, onesGradientEdit, retainGraphEdit, type AutogradErrorKind, type LineEdit } from './fixes';
import { NOTEBOOK_TYPE } from './serializer';

export const DIAGNOSTIC_SOURCE = 'tnb';

/** Diagnostic codes: the error's kind, or `<kind>:site` for the marker at a related line. */
type Code = AutogradErrorKind | `${AutogradErrorKind}:site` | 'error';

function cellOf(notebook: vscode.NotebookDocument, filename: string): vscode.NotebookCell | undefined {
  const m = /^<cell (\d+)>$/.exec(filename);
  if (!m) return undefined;
  const i = Number(m[1]) - 1;
  return i >= 0 && i < notebook.cellCount ? notebook.cellAt(i) : undefined;
}

function lineRange(doc: vscode.TextDocument, line: number): vscode.Range | undefined {
  if (line < 1 || line > doc.lineCount) return undefined;
  const l = doc.lineAt(line - 1);
  return new vscode.Range(line - 1, l.firstNonWhitespaceCharacterIndex, line - 1, l.text.length);
}

export class AutogradDiagnostics implements vscode.Disposable, vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };
  readonly collection = vscode.languages.createDiagnosticCollection('tnb');
  /** Markers by the cell whose error made them (they may sit in other cells). */
  private readonly byOrigin = new Map<string, { uri: vscode.Uri; diagnostic: vscode.Diagnostic }[]>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(ctrl: TnbController) {
    this.disposables.push(
      this.collection,
      ctrl.onDidRunCell(({ cell, error }) => this.update(cell, error)),
      vscode.workspace.onDidChangeTextDocument((e) => { if (e.contentChanges.length > 0) this.clearIn(e.document.uri); }),
      vscode.workspace.onDidCloseNotebookDocument((nb) => { for (const c of nb.getCells()) this.clearFrom(c); }),
      vscode.languages.registerCodeActionsProvider({ notebookType: NOTEBOOK_TYPE, language: 'python' }, this, AutogradDiagnostics.metadata),
    );
  }

  private add(origin: vscode.NotebookCell, uri: vscode.Uri, diagnostic: vscode.Diagnostic): void {
    const key = origin.document.uri.toString();
    const list = this.byOrigin.get(key) ?? [];
    list.push({ uri, diagnostic });
    this.byOrigin.set(key, list);
    this.collection.set(uri, [...(this.collection.get(uri) ?? []), diagnostic]);
  }

  private remove(match: (uri: vscode.Uri, d: vscode.Diagnostic) => boolean): void {
    for (const [key, list] of this.byOrigin) {
      const keep = list.filter((x) => !match(x.uri, x.diagnostic));
      for (const x of list) {
        if (keep.includes(x)) continue;
        this.collection.set(x.uri, (this.collection.get(x.uri) ?? []).filter((d) => d !== x.diagnostic));
      }
      if (keep.length > 0) this.byOrigin.set(key, keep); else this.byOrigin.delete(key);
    }
  }

  /** The markers one cell's error made. */
  private clearFrom(cell: vscode.NotebookCell): void {
    const list = this.byOrigin.get(cell.document.uri.toString());
    if (list) { const ds = new Set(list.map((x) => x.diagnostic)); this.remove((_, d) => ds.has(d)); }
  }

  /** Every marker in a document whose text changed (lines moved: they would point at the wrong place). */
  private clearIn(uri: vscode.Uri): void {
    const s = uri.toString();
    this.remove((u) => u.toString() === s);
  }

  update(cell: vscode.NotebookCell, error: ErrorInfo | null): void {
    this.clearFrom(cell);
    if (!error?.location || error.ename === 'KeyboardInterrupt') return;   // an interrupt is not a mistake in the code
    const notebook = cell.notebook;
    const where = cellOf(notebook, error.location.filename);
    if (!where) return;
    const range = lineRange(where.document, error.location.line);
    if (!range) return;
    const kind = classify(error.ename, error.evalue);
    const d = new vscode.Diagnostic(range, `${error.ename}: ${error.evalue}`, vscode.DiagnosticSeverity.Error);
    d.source = DIAGNOSTIC_SOURCE;
    d.code = (kind ?? 'error') satisfies Code;
    const related: vscode.DiagnosticRelatedInformation[] = [];
    for (const r of error.related ?? []) {
      const c = cellOf(notebook, r.filename);
      const rr = c && lineRange(c.document, r.line);
      if (!c || !rr) continue;
      related.push(new vscode.DiagnosticRelatedInformation(new vscode.Location(c.document.uri, rr), r.message));
      const site = new vscode.Diagnostic(rr, r.message, vscode.DiagnosticSeverity.Warning);
      site.source = DIAGNOSTIC_SOURCE;
      site.code = (kind ? `${kind}:site` : 'error') satisfies Code;
      site.relatedInformation = [new vscode.DiagnosticRelatedInformation(new vscode.Location(where.document.uri, range), `${error.ename} raised here`)];
      this.add(cell, c.document.uri, site);
    }
    if (related.length > 0) d.relatedInformation = related;
    this.add(cell, where.document.uri, d);
  }

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    for (const d of context.diagnostics) {
      if (d.source !== DIAGNOSTIC_SOURCE) continue;
      const code = String(d.code) as Code;
      const lineEdit = (uri: vscode.Uri, doc: vscode.TextDocument | undefined, line: number, make: (text: string) => LineEdit | null, title: string, preferred: boolean): void => {
        if (!doc) return;
        const text = doc.lineAt(line).text;
        const e = make(text);
        if (!e) return;
        const a = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
        a.edit = new vscode.WorkspaceEdit();
        a.edit.replace(uri, new vscode.Range(line, e.start, line, e.end), e.text);
        a.diagnostics = [d];
        a.isPreferred = preferred;
        actions.push(a);
      };
      if (code === 'backward-twice' || code === 'backward-twice:site') {
        // the edit goes on the backward that freed the graph: this line for the site marker, the related one otherwise
        const target = code === 'backward-twice:site' ? { uri: document.uri, line: d.range.start.line } : d.relatedInformation?.[0]
          ? { uri: d.relatedInformation[0].location.uri, line: d.relatedInformation[0].location.range.start.line } : null;
        if (!target) continue;
        const doc = vscode.workspace.textDocuments.find((t) => t.uri.toString() === target.uri.toString());
        lineEdit(target.uri, doc, target.line, retainGraphEdit, 'Add retain_graph=True to the first backward (keeps the graph for a second one)', true);
      } else if (code === 'non-scalar-backward') {
        lineEdit(document.uri, document, d.range.start.line, onesGradientEdit, 'Pass gradient=torch.ones_like(…) to backward (the gradient of sum())', true);
      } else if (code === 'int-requires-grad') {
        lineEdit(document.uri, document, d.range.start.line, floatDtypeEdit, 'Make it a float tensor (dtype=torch.float32)', true);
      }
    }
    return actions;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.byOrigin.clear();
  }
}
