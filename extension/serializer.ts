// The NotebookSerializer for .tnb files: a converter between the file format (kernel/format/tnb.ts, pure and
// unit-tested on its own) and VS Code's NotebookData.
//
// Where the tnb model has no VS Code counterpart it travels in metadata: the notebook's and each cell's
// `metadata` as `tnbMetadata`, keys this version does not know as `tnbExtra`, output items' unknown keys as the
// output's `tnbItemExtra`. Cell metadata set by others at the top level of VS Code's cell metadata is not saved.
//
// A file that cannot be read (not UTF-8, not JSON, not the format) opens as a notebook with one markdown cell
// that explains the problem, marked with `tnbUnreadable` in its metadata. Saving such a notebook throws, so VS
// Code reports "Failed to save" with our message and the file on disk keeps its bytes. We chose refusing over
// silently writing the original bytes back: the latter would report a successful save while dropping whatever
// the user typed.

import * as vscode from 'vscode';
import {
  TNB_VERSION,
  TnbFormatError,
  isJsonMime,
  parseTnb,
  serializeTnb,
  type JsonObject,
  type JsonValue,
  type TnbCell,
  type TnbNotebook,
  type TnbOutput,
  type TnbOutputItem,
} from '../kernel/format/tnb';

export const NOTEBOOK_TYPE = 'tnb';

const UNREADABLE = 'tnbUnreadable';
const utf8 = new TextDecoder('utf-8', { fatal: true });
const encoder = new TextEncoder();

export interface SaveSettings {
  /** Save cell outputs (setting `tnb.saveOutputs`). */
  saveOutputs: boolean;
  /** Largest output item saved, in bytes (`tnb.maxSavedOutputBytes`); bigger ones are replaced by a note. */
  maxOutputBytes: number;
}

const DEFAULT_SAVE: SaveSettings = { saveOutputs: true, maxOutputBytes: 1_000_000 };

export class TnbSerializer implements vscode.NotebookSerializer {
  static readonly options: vscode.NotebookDocumentContentOptions = { transientOutputs: false };

  constructor(private readonly settings: () => SaveSettings = () => DEFAULT_SAVE) {}

  deserializeNotebook(content: Uint8Array): vscode.NotebookData {
    let text: string;
    try {
      text = utf8.decode(content);
    } catch {
      return unreadableNotebook('the file is not valid UTF-8 text');
    }
    if (text.trim() === '') return toNotebookData({ tnb: TNB_VERSION, metadata: {}, cells: [] }); // a new, empty file
    try {
      return toNotebookData(parseTnb(text));
    } catch (e) {
      if (e instanceof TnbFormatError) return unreadableNotebook(e.message);
      throw e;
    }
  }

  serializeNotebook(data: vscode.NotebookData): Uint8Array {
    const unreadable = data.metadata?.[UNREADABLE];
    if (typeof unreadable === 'string') {
      throw new Error(
        `tnb will not save this notebook: it stands in for a file that could not be read (${unreadable}), ` +
          'and saving would overwrite that file. Fix the file in a text editor, then open it again.',
      );
    }
    return encoder.encode(serializeTnb(boundOutputs(fromNotebookData(data), this.settings())));
  }
}

/** Applies the save settings: outputs dropped when not saved, items over the size bound replaced by a note. */
export function boundOutputs(nb: TnbNotebook, settings: SaveSettings): TnbNotebook {
  for (const cell of nb.cells) {
    if (!cell.outputs) continue;
    if (!settings.saveOutputs) { delete cell.outputs; continue; }
    for (const output of cell.outputs) {
      output.items = output.items.map((item) => {
        const size = typeof item.data === 'string' ? encoder.encode(item.data).length : encoder.encode(JSON.stringify(item.data)).length;
        if (size <= settings.maxOutputBytes) return item;
        return { mime: 'text/plain', data: `[tnb: this ${item.mime} output (${size} bytes) was larger than tnb.maxSavedOutputBytes (${settings.maxOutputBytes}) and was not saved]` };
      });
    }
  }
  return nb;
}

function unreadableNotebook(problem: string): vscode.NotebookData {
  const fence = '`'.repeat(Math.max(3, longestRun(problem, '`') + 1));
  const text = [
    '### This file could not be opened as a tnb notebook',
    '',
    fence,
    problem,
    fence,
    '',
    'tnb refuses to save this notebook, so the file on disk stays exactly as it is. Fix it in a text editor ' +
      '(**Reopen Editor With... > Text Editor**), then open it again.',
  ].join('\n');
  const data = new vscode.NotebookData([new vscode.NotebookCellData(vscode.NotebookCellKind.Markup, text, 'markdown')]);
  data.metadata = { [UNREADABLE]: problem };
  return data;
}

function longestRun(text: string, char: string): number {
  let longest = 0;
  for (const run of text.match(new RegExp(`\\${char}+`, 'g')) ?? []) longest = Math.max(longest, run.length);
  return longest;
}

// ------------------------------------------------------------------------------------- tnb -> NotebookData

export function toNotebookData(nb: TnbNotebook): vscode.NotebookData {
  const data = new vscode.NotebookData(nb.cells.map(toCellData));
  data.metadata = compact({ tnbMetadata: nb.metadata, tnbExtra: nb.extra });
  return data;
}

function toCellData(cell: TnbCell): vscode.NotebookCellData {
  const data =
    cell.kind === 'code'
      ? new vscode.NotebookCellData(vscode.NotebookCellKind.Code, cell.source, 'python')
      : new vscode.NotebookCellData(vscode.NotebookCellKind.Markup, cell.source, 'markdown');
  if (cell.outputs) data.outputs = cell.outputs.map(toCellOutput);
  data.metadata = compact({ tnbMetadata: cell.metadata, tnbExtra: cell.extra });
  return data;
}

function toCellOutput(output: TnbOutput): vscode.NotebookCellOutput {
  const itemExtra = output.items.map((item) => item.extra ?? null);
  const metadata = compact({
    tnbMetadata: output.metadata,
    tnbExtra: output.extra,
    tnbItemExtra: itemExtra.some((extra) => extra !== null) ? itemExtra : undefined,
  });
  return new vscode.NotebookCellOutput(output.items.map(toOutputItem), metadata);
}

function toOutputItem(item: TnbOutputItem): vscode.NotebookCellOutputItem {
  let bytes: Uint8Array;
  if (item.encoding === 'base64') bytes = Buffer.from(item.data as string, 'base64');
  else if (typeof item.data === 'string' && !isJsonMime(item.mime)) bytes = encoder.encode(item.data);
  else bytes = encoder.encode(JSON.stringify(item.data));
  return new vscode.NotebookCellOutputItem(bytes, item.mime);
}

// ------------------------------------------------------------------------------------- NotebookData -> tnb

export function fromNotebookData(data: vscode.NotebookData): TnbNotebook {
  const meta = data.metadata ?? {};
  const nb: TnbNotebook = { tnb: TNB_VERSION, metadata: asObject(meta.tnbMetadata) ?? {}, cells: data.cells.map(fromCellData) };
  const extra = asObject(meta.tnbExtra);
  if (extra) nb.extra = extra;
  return nb;
}

function fromCellData(data: vscode.NotebookCellData): TnbCell {
  const code = data.kind === vscode.NotebookCellKind.Code;
  const cell: TnbCell = { kind: code ? 'code' : 'markdown', source: data.value };
  if (code && data.outputs && data.outputs.length > 0) cell.outputs = data.outputs.map(fromCellOutput);
  const metadata = asObject(data.metadata?.tnbMetadata);
  if (metadata) cell.metadata = metadata;
  const extra = asObject(data.metadata?.tnbExtra);
  if (extra) cell.extra = extra;
  return cell;
}

function fromCellOutput(output: vscode.NotebookCellOutput): TnbOutput {
  const meta = output.metadata ?? {};
  const itemExtra: unknown[] = Array.isArray(meta.tnbItemExtra) ? meta.tnbItemExtra : [];
  const items = output.items.map((item, i) => {
    const result = fromOutputItem(item);
    const extra = asObject(itemExtra[i]);
    if (extra) result.extra = extra;
    return result;
  });
  const result: TnbOutput = { items };
  const metadata = asObject(meta.tnbMetadata);
  if (metadata) result.metadata = metadata;
  const extra = asObject(meta.tnbExtra);
  if (extra) result.extra = extra;
  return result;
}

/** JSON mime types as JSON values, UTF-8 text as text, anything else (images, bytes that are not UTF-8 or
 * not the JSON their mime type promises) as base64. */
function fromOutputItem(item: vscode.NotebookCellOutputItem): TnbOutputItem {
  const { mime, data } = item;
  const binary = (): TnbOutputItem => ({ mime, encoding: 'base64', data: Buffer.from(data).toString('base64') });
  if (mime.startsWith('image/') && mime !== 'image/svg+xml') return binary();
  let text: string;
  try {
    text = utf8.decode(data);
  } catch {
    return binary();
  }
  if (!isJsonMime(mime)) return { mime, data: text };
  try {
    return { mime, data: JSON.parse(text) as JsonValue };
  } catch {
    return binary(); // a JSON mime type whose bytes are not JSON: keep the bytes exactly
  }
}

function asObject(value: unknown): JsonObject | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : undefined;
}

/** Drops undefined entries, so metadata holds only what the file had. */
function compact(entries: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined));
}
