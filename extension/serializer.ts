// The NotebookSerializer for .tnb files: a converter between the file format (kernel/format/tnb.ts, pure and
// unit-tested on its own) and VS Code's NotebookData.
//
// Where the tnb model has no VS Code counterpart it travels in metadata: the notebook's and each cell's
// `metadata` as `tnbMetadata`, keys this version does not know as `tnbExtra`, output items' unknown keys as the
// output's `tnbItemExtra`. Cell metadata set by others at the top level of VS Code's cell metadata is not saved.
//
// A file that cannot be read (not UTF-8, not JSON, not the format) opens as a notebook with one markdown cell
// that explains the problem, marked with `tnbUnreadable` in its metadata. Saving such a notebook fails, so VS
// Code reports "Failed to save" with our message and the file on disk keeps its bytes. We chose refusing over
// silently writing the original bytes back: the latter would report a successful save while dropping whatever
// the user typed.
//
// Opening and saving run in slices that yield to the event loop (kernel/format/tnb-slices.ts), so that a notebook of
// many large outputs never blocks the extension host for long; the results are those of the synchronous functions
// (parseTnb, serializeTnb, toNotebookData, fromNotebookData), which the tests compare them with.

import * as vscode from 'vscode';
import {
  TNB_VERSION,
  TnbFormatError,
  isJsonMime,
  printTnbCell,
  printTnbParts,
  type JsonObject,
  type JsonValue,
  type TnbCell,
  type TnbNotebook,
  type TnbOutput,
  type TnbOutputItem,
} from '../kernel/format/tnb';
import { parseTnbInSlices, Slicer } from '../kernel/format/tnb-slices';

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

  /** Reads in slices that yield to the event loop (kernel/format/tnb-slices.ts); the result is the synchronous
   * `toNotebookData(parseTnb(text))`. */
  async deserializeNotebook(content: Uint8Array): Promise<vscode.NotebookData> {
    const slicer = new Slicer();
    let text: string;
    try {
      text = await decodeUtf8(content, slicer);
    } catch {
      return unreadableNotebook('the file is not valid UTF-8 text');
    }
    if (text.trim() === '') return toNotebookData({ tnb: TNB_VERSION, metadata: {}, cells: [] }); // a new, empty file
    let nb: TnbNotebook;
    try {
      nb = await parseTnbInSlices(text, slicer);
    } catch (e) {
      if (e instanceof TnbFormatError) return unreadableNotebook(e.message);
      throw e;
    }
    const cells: vscode.NotebookCellData[] = [];
    for (const cell of nb.cells) {
      await slicer.pause();
      cells.push(toCellData(cell));
    }
    return notebookData(nb, cells);
  }

  /** Prints in slices, per cell; the bytes are the synchronous `serializeTnb(boundOutputs(fromNotebookData(data)))`. */
  async serializeNotebook(data: vscode.NotebookData): Promise<Uint8Array> {
    const unreadable = data.metadata?.[UNREADABLE];
    if (typeof unreadable === 'string') {
      throw new Error(
        `tnb will not save this notebook: it stands in for a file that could not be read (${unreadable}), ` +
          'and saving would overwrite that file. Fix the file in a text editor, then open it again.',
      );
    }
    const settings = this.settings();
    const slicer = new Slicer();
    const cells: string[] = [];
    for (const cell of data.cells) {
      await slicer.pause();
      cells.push(printTnbCell(boundCell(fromCellData(cell), settings)));
    }
    return encodeUtf8(printTnbParts(notebookShell(data), cells), slicer);
  }
}

/** The UTF-8 bytes of the parts' concatenation, a part at a time (the file's text in one piece takes ~15 ms). */
async function encodeUtf8(parts: string[], slicer: Slicer): Promise<Uint8Array> {
  const encoded: Uint8Array[] = [];
  for (const part of parts) {
    await slicer.pause();
    encoded.push(encoder.encode(part));   // parts split at JSON punctuation, never inside a character
  }
  const out = new Uint8Array(encoded.reduce((n, bytes) => n + bytes.length, 0));
  let at = 0;
  for (const bytes of encoded) { out.set(bytes, at); at += bytes.length; }
  return out;
}

/** UTF-8 bytes to text, 256 kB at a time; throws on bytes that are not UTF-8, as one fatal decode would. */
async function decodeUtf8(bytes: Uint8Array, slicer: Slicer): Promise<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let text = '';
  for (let at = 0; at < bytes.length; at += 1 << 18) {
    text += decoder.decode(bytes.subarray(at, at + (1 << 18)), { stream: true });
    await slicer.pause();
  }
  return text + decoder.decode();
}

/** Applies the save settings: outputs dropped when not saved, items over the size bound replaced by a note. */
export function boundOutputs(nb: TnbNotebook, settings: SaveSettings): TnbNotebook {
  nb.cells.forEach((cell) => boundCell(cell, settings));
  return nb;
}

function boundCell(cell: TnbCell, settings: SaveSettings): TnbCell {
  if (!cell.outputs) return cell;
  if (!settings.saveOutputs) { delete cell.outputs; return cell; }
  for (const output of cell.outputs) {
    output.items = output.items.map((item) => {
      const size = Buffer.byteLength(typeof item.data === 'string' ? item.data : JSON.stringify(item.data));
      if (size <= settings.maxOutputBytes) return item;
      return { mime: 'text/plain', data: `[tnb: this ${item.mime} output (${size} bytes) was larger than tnb.maxSavedOutputBytes (${settings.maxOutputBytes}) and was not saved]` };
    });
  }
  return cell;
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
  return notebookData(nb, nb.cells.map(toCellData));
}

function notebookData(nb: TnbNotebook, cells: vscode.NotebookCellData[]): vscode.NotebookData {
  const data = new vscode.NotebookData(cells);
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
  return { ...notebookShell(data), cells: data.cells.map(fromCellData) };
}

/** The notebook's own part, without cells. */
function notebookShell(data: vscode.NotebookData): TnbNotebook {
  const meta = data.metadata ?? {};
  const nb: TnbNotebook = { tnb: TNB_VERSION, metadata: asObject(meta.tnbMetadata) ?? {}, cells: [] };
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
