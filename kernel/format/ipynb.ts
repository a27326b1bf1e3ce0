// Conversion between .tnb notebooks (./tnb.ts) and Jupyter .ipynb files (nbformat 4), pure (no vscode, no file
// system, no node imports).
//
//   {
//    "cells": [
//     {"cell_type": "code", "execution_count": 1, "id": "a1b2", "metadata": {}, "outputs": [...], "source": ["x = 1\n", "x"]}
//    ],
//    "metadata": {"kernelspec": {...}, "language_info": {...}},
//    "nbformat": 4,
//    "nbformat_minor": 5
//   }
//
// Writing gives nbformat 4.5 as Jupyter writes it (nbformat's JSONWriter): keys sorted at every level, 1-space
// indentation, a final newline, sources, stream texts and text/*, application/javascript and image/svg+xml data
// split into lists of lines (Python's str.splitlines(True)); a file Jupyter wrote reads in and prints back byte for
// byte. One exception to the sorting: an output's mime bundle (`data`, with the values in it) keeps the order of
// the tnb output's items (text/plain first, say), as the order of items matters to VS Code; Jupyter sorts it
// again when it saves the file, and reading keeps the file's order. Reading accepts nbformat 4.0 to 4.5 (and
// later minor versions, which are backward compatible), multi-line strings as one string or a list of strings.
//
// Cells. code and markdown cells map to tnb's kinds; a raw cell becomes a markdown cell marked
// `"ipynbCellType": "raw"` in its metadata, and is written back as raw. The rest of the cell metadata is kept as it
// is both ways, with these tnb metadata keys standing for what tnb has no field for:
//   ipynbCellId       the cell's `id`, unless it is the `cell-<index>` tnb writes for a cell without one
//                     (ids are unique and match ^[a-zA-Z0-9-_]{1,64}$; a missing, invalid or repeated one is
//                     replaced on writing by `cell-<index>`);
//   execution_count   the code cell's prompt number (`executionOrder` is used when this is absent, and a count
//                     equal to `executionOrder` is not stored twice); none: null;
//   ipynbAttachments  the `attachments` of markdown and raw cells;
//   tnbExtra          keys of a tnb cell that this tnb version does not know (`TnbCell.extra`).
// The notebook metadata is kept both ways too, with `tnbExtra` for `TnbNotebook.extra`. Writing adds the
// kernelspec and language_info of a Python 3 kernel when the metadata has none; reading drops them when they
// are exactly those defaults, so a tnb notebook survives tnb -> ipynb -> tnb unchanged.
//
// Outputs (code cells only).
//   tnb output whose items all have mime STDOUT_MIME / STDERR_MIME
//                        <-> `stream` outputs (stdout / stderr), one per run of items on the same stream
//   tnb output whose one item has mime ERROR_MIME (text: JSON {name, message, stack})
//                        <-> `error` {ename: name, evalue: message, traceback: the lines of stack}; when the
//                            traceback's entries are not single lines (IPython puts one frame per entry) the
//                            list is kept as `traceback` in the JSON, so it is written back as it was
//   any other tnb output <-> `display_data`, or `execute_result` when the output metadata has
//                            `"ipynbOutputType": "execute_result"`, with one mime bundle entry per item:
//                            JSON mime types as JSON, binary ones (image/* but SVG, audio/*, video/*,
//                            application/pdf, application/octet-stream) as base64, the rest as text. The rest
//                            of the output metadata is the Jupyter output metadata.
//
// What is lost: the metadata and unknown keys of stream and error outputs and the unknown keys of output items
// (.ipynb has no place for them); top-level and cell-level keys of an .ipynb that nbformat does not define; the
// execution_count of an execute_result (the cell's is written); the order of keys outside mime bundles (sorted,
// as Jupyter does); the original nbformat_minor (always written as 5); newlines inside base64 data; the
// transient keys nbformat itself strips (notebook `signature`, `orig_nbformat`, `orig_nbformat_minor`; cell
// `trusted`).

import { ERROR_MIME, STDERR_MIME, STDOUT_MIME } from '../protocol';
import type { JsonPath } from './json-text';
import {
  TNB_VERSION,
  describe,
  isJsonMime,
  isObject,
  parseJsonText,
  problemAt,
  type JsonObject,
  type JsonValue,
  type TnbCell,
  type TnbNotebook,
  type TnbOutput,
  type TnbOutputItem,
} from './tnb';

export const NBFORMAT = 4;
export const NBFORMAT_MINOR = 5;

/** tnb cell metadata: `"raw"` on a markdown cell that was (and will be written as) a raw cell. */
export const CELL_TYPE_KEY = 'ipynbCellType';
/** tnb cell metadata: the Jupyter cell id. */
export const CELL_ID_KEY = 'ipynbCellId';
/** tnb cell metadata: the code cell's prompt number. */
export const EXECUTION_COUNT_KEY = 'execution_count';
/** tnb cell metadata read when EXECUTION_COUNT_KEY is absent (VS Code's name for it). */
export const EXECUTION_ORDER_KEY = 'executionOrder';
/** tnb cell metadata: the attachments of a markdown or raw cell. */
export const ATTACHMENTS_KEY = 'ipynbAttachments';
/** tnb output metadata: `"execute_result"` for an output written as one (display_data otherwise). */
export const OUTPUT_TYPE_KEY = 'ipynbOutputType';
/** ipynb notebook and cell metadata: the `extra` of the tnb notebook or cell. */
export const EXTRA_KEY = 'tnbExtra';

export const DEFAULT_KERNELSPEC: JsonObject = { display_name: 'Python 3 (ipykernel)', language: 'python', name: 'python3' };
export const DEFAULT_LANGUAGE_INFO: JsonObject = {
  codemirror_mode: { name: 'ipython', version: 3 },
  file_extension: '.py',
  mimetype: 'text/x-python',
  name: 'python',
  nbconvert_exporter: 'python',
  pygments_lexer: 'ipython3',
};

const TRANSIENT_NOTEBOOK_KEYS = ['signature', 'orig_nbformat', 'orig_nbformat_minor'];
const TRANSIENT_CELL_KEYS = ['trusted'];
const CELL_ID = /^[a-zA-Z0-9_-]{1,64}$/;

// ------------------------------------------------------------------------------------------------ tnb -> ipynb

export function tnbToIpynb(nb: TnbNotebook): string {
  const metadata: JsonObject = {
    kernelspec: DEFAULT_KERNELSPEC,
    language_info: DEFAULT_LANGUAGE_INFO,
    ...without(nb.metadata, TRANSIENT_NOTEBOOK_KEYS),
  };
  if (nb.extra) metadata[EXTRA_KEY] = nb.extra;
  const ids = cellIds(nb.cells);
  const doc: JsonObject = {
    cells: nb.cells.map((cell, i) => cellJson(cell, ids[i])),
    metadata,
    nbformat: NBFORMAT,
    nbformat_minor: NBFORMAT_MINOR,
  };
  return JSON.stringify(sortKeys(doc), null, 1) + '\n';
}

/** A unique valid id per cell: the stored one (first come first served), else `cell-<index>`. */
function cellIds(cells: readonly TnbCell[]): string[] {
  const used = new Set<string>();
  const ids = cells.map((cell) => {
    const stored = cell.metadata?.[CELL_ID_KEY];
    if (typeof stored !== 'string' || !CELL_ID.test(stored) || used.has(stored)) return null;
    used.add(stored);
    return stored;
  });
  return ids.map((id, i) => {
    if (id !== null) return id;
    let fresh = `cell-${i}`;
    for (let n = 1; used.has(fresh); n++) fresh = `cell-${i}-${n}`;
    used.add(fresh);
    return fresh;
  });
}

function cellJson(cell: TnbCell, id: string): JsonObject {
  const stored = cell.metadata ?? {};
  const metadata = without(stored, [CELL_ID_KEY, CELL_TYPE_KEY, ...TRANSIENT_CELL_KEYS]);
  if (cell.extra) metadata[EXTRA_KEY] = cell.extra;
  const source = splitLines(cell.source);
  if (cell.kind === 'code') {
    let count = stored[EXECUTION_COUNT_KEY];
    if (isCount(count)) delete metadata[EXECUTION_COUNT_KEY];
    else count = isCount(stored[EXECUTION_ORDER_KEY]) ? stored[EXECUTION_ORDER_KEY] : null;
    const outputs = (cell.outputs ?? []).flatMap((output) => outputJson(output, count));
    return { cell_type: 'code', execution_count: count, id, metadata, outputs, source };
  }
  const result: JsonObject = { cell_type: stored[CELL_TYPE_KEY] === 'raw' ? 'raw' : 'markdown', id, metadata, source };
  const attachments = stored[ATTACHMENTS_KEY];
  if (isObject(attachments)) {
    delete metadata[ATTACHMENTS_KEY];
    result.attachments = Object.fromEntries(
      Object.entries(attachments).map(([name, bundle]) => [name, isObject(bundle) ? splitBundle(bundle) : bundle]),
    );
  }
  return result;
}

function isCount(value: JsonValue | undefined): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function outputJson(output: TnbOutput, executionCount: JsonValue): JsonObject[] {
  const { items } = output;
  if (items.length > 0 && items.every((item) => item.mime === STDOUT_MIME || item.mime === STDERR_MIME)) {
    const streams: { name: string; text: string }[] = [];
    for (const item of items) {
      const name = item.mime === STDERR_MIME ? 'stderr' : 'stdout';
      const last = streams.at(-1);
      if (last?.name === name) last.text += itemText(item);
      else streams.push({ name, text: itemText(item) });
    }
    return streams.map(({ name, text }) => ({ output_type: 'stream', name, text: splitLines(text) }));
  }
  const error = items.length === 1 && items[0].mime === ERROR_MIME ? errorJson(items[0]) : null;
  if (error) return [error];
  const data = Object.fromEntries(items.map((item) => [item.mime, bundleValue(item)]));
  keepOrder.add(data);
  const metadata = without(output.metadata ?? {}, [OUTPUT_TYPE_KEY]);
  if (output.metadata?.[OUTPUT_TYPE_KEY] === 'execute_result') {
    return [{ output_type: 'execute_result', data, execution_count: executionCount, metadata }];
  }
  return [{ output_type: 'display_data', data, metadata }];
}

/** The `error` output for an ERROR_MIME item, or null when its data is not the JSON of an error. */
function errorJson(item: TnbOutputItem): JsonObject | null {
  let value: unknown = item.data;
  if (typeof value === 'string' || item.encoding === 'base64') {
    try {
      value = JSON.parse(itemText(item));
    } catch {
      return null;
    }
  }
  if (!isObject(value)) return null;
  const { name, message, stack, traceback } = value;
  if ((name !== undefined && typeof name !== 'string') || (message !== undefined && typeof message !== 'string')) return null;
  if (stack !== undefined && typeof stack !== 'string') return null;
  const lines = isStringList(traceback) ? traceback : stackLines(stack ?? '');
  return { output_type: 'error', ename: name ?? 'Error', evalue: message ?? '', traceback: lines };
}

function stackLines(stack: string): string[] {
  return stack === '' ? [] : stack.split('\n');
}

/** The mime bundle value of an item, as nbformat stores it. */
function bundleValue(item: TnbOutputItem): JsonValue {
  const { mime } = item;
  if (item.encoding === 'base64' && isBinaryMime(mime)) return item.data;
  if (isJsonMime(mime) && item.encoding === 'base64') {
    const text = itemText(item);
    try {
      return checkedJson(mime, JSON.parse(text) as JsonValue);
    } catch {
      return text;
    }
  }
  if (isJsonMime(mime)) return checkedJson(mime, item.data);
  const text = itemText(item);
  return isSplitMime(mime) ? splitLines(text) : text;
}

/** nbformat takes any JSON only for application/json and application/*+json; others must be text. */
function checkedJson(mime: string, value: JsonValue): JsonValue {
  if (isNotebookJsonMime(mime) || typeof value === 'string') return value;
  const text = JSON.stringify(value);
  return isSplitMime(mime) ? splitLines(text) : text;
}

function splitBundle(bundle: JsonObject): JsonObject {
  return Object.fromEntries(
    Object.entries(bundle).map(([mime, value]) => [mime, typeof value === 'string' && isSplitMime(mime) ? splitLines(value) : value]),
  );
}

/** The text of an item: its data, decoded when it is base64, printed when it is JSON. */
function itemText(item: TnbOutputItem): string {
  if (item.encoding === 'base64' && typeof item.data === 'string') return decodeBase64(item.data);
  return typeof item.data === 'string' ? item.data : JSON.stringify(item.data);
}

function decodeBase64(data: string): string {
  try {
    const binary = atob(data.replace(/\s+/g, ''));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8').decode(bytes);
  } catch {
    return data;
  }
}

// ------------------------------------------------------------------------------------------------ ipynb -> tnb

export function ipynbToTnb(text: string): TnbNotebook {
  return new Reader(text).notebook(parseJsonText(text));
}

/** Checks the parsed JSON against nbformat 4, with the text at hand to say where a problem is. */
class Reader {
  constructor(private readonly text: string) {}

  private fail(path: JsonPath, problem: string): never {
    throw problemAt(this.text, path, problem);
  }

  private object(value: unknown, path: JsonPath, what: string): JsonObject {
    if (value === undefined) this.fail(path, `missing (expected ${what})`);
    if (!isObject(value)) this.fail(path, `expected ${what}, found ${describe(value)}`);
    return value;
  }

  private optionalObject(value: unknown, path: JsonPath): JsonObject | undefined {
    return value === undefined ? undefined : this.object(value, path, 'an object');
  }

  private array(value: unknown, path: JsonPath, what: string): unknown[] {
    if (value === undefined) this.fail(path, `missing (expected ${what})`);
    if (!Array.isArray(value)) this.fail(path, `expected ${what}, found ${describe(value)}`);
    return value;
  }

  private string(value: unknown, path: JsonPath): string {
    if (value === undefined) this.fail(path, 'missing (expected a string)');
    if (typeof value !== 'string') this.fail(path, `expected a string, found ${describe(value)}`);
    return value;
  }

  /** nbformat's multiline_string: a string, or a list of strings to join. */
  private multiline(value: unknown, path: JsonPath): string {
    if (typeof value === 'string') return value;
    if (value === undefined) this.fail(path, 'missing (expected a string or a list of strings)');
    if (!Array.isArray(value)) this.fail(path, `expected a string or a list of strings, found ${describe(value)}`);
    value.forEach((line, i) => {
      if (typeof line !== 'string') this.fail([...path, i], `expected a string (one line), found ${describe(line)}`);
    });
    return value.join('');
  }

  notebook(root: unknown): TnbNotebook {
    if (!isObject(root)) {
      this.fail([], `a Jupyter notebook is a JSON object like {"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": []}, found ${describe(root)}`);
    }
    const major = root.nbformat;
    if (major === undefined) {
      const hint =
        root.tnb !== undefined
          ? ' (this looks like a .tnb notebook, not a Jupyter one)'
          : root.worksheets !== undefined
            ? ' (this looks like an nbformat 3 notebook: open and save it in Jupyter to upgrade it)'
            : '';
      this.fail(['nbformat'], `missing the format version (a Jupyter notebook has "nbformat": 4)${hint}`);
    }
    if (typeof major === 'number' && Number.isInteger(major) && major < NBFORMAT) {
      this.fail(['nbformat'], `this is an nbformat ${major} notebook; tnb reads nbformat 4 only (open and save it in Jupyter to upgrade it)`);
    }
    if (typeof major === 'number' && Number.isInteger(major) && major > NBFORMAT) {
      this.fail(['nbformat'], `this is an nbformat ${major} notebook, newer than the nbformat 4 tnb reads`);
    }
    if (major !== NBFORMAT) this.fail(['nbformat'], `expected the format version 4, found ${describe(major)}`);
    const minor = root.nbformat_minor;
    if (minor !== undefined && !isCount(minor)) this.fail(['nbformat_minor'], `expected a minor version (0 to 5), found ${describe(minor)}`);

    const metadata = without(this.optionalObject(root.metadata, ['metadata']) ?? {}, TRANSIENT_NOTEBOOK_KEYS);
    for (const [key, value] of [['kernelspec', DEFAULT_KERNELSPEC], ['language_info', DEFAULT_LANGUAGE_INFO]] as const) {
      if (jsonEqual(metadata[key], value)) delete metadata[key];
    }
    const extra = metadata[EXTRA_KEY];
    if (isObject(extra)) delete metadata[EXTRA_KEY];
    const cells = this.array(root.cells, ['cells'], 'an array of cells').map((cell, i) => this.cell(cell, ['cells', i], i));
    const nb: TnbNotebook = { tnb: TNB_VERSION, metadata, cells };
    if (isObject(extra)) nb.extra = extra;
    return nb;
  }

  private cell(value: unknown, path: JsonPath, index: number): TnbCell {
    const cell = this.object(value, path, 'a cell object');
    const type = cell.cell_type;
    if (type === undefined) this.fail([...path, 'cell_type'], 'missing (expected "code", "markdown" or "raw")');
    if (type !== 'code' && type !== 'markdown' && type !== 'raw') {
      this.fail([...path, 'cell_type'], `expected "code", "markdown" or "raw", found ${describe(type)}`);
    }
    const source = this.multiline(cell.source, [...path, 'source']);
    const metadata = without(this.optionalObject(cell.metadata, [...path, 'metadata']) ?? {}, TRANSIENT_CELL_KEYS);
    const extra = metadata[EXTRA_KEY];
    if (isObject(extra)) delete metadata[EXTRA_KEY];

    if (cell.id !== undefined) {
      const id = this.string(cell.id, [...path, 'id']);
      if (id !== `cell-${index}`) metadata[CELL_ID_KEY] = id;
    }
    const result: TnbCell = { kind: type === 'code' ? 'code' : 'markdown', source };
    if (type === 'raw') metadata[CELL_TYPE_KEY] = 'raw';
    if (type === 'code') {
      const count = cell.execution_count;
      if (count !== undefined && count !== null && !isCount(count)) {
        this.fail([...path, 'execution_count'], `expected a non-negative integer or null, found ${describe(count)}`);
      }
      if (isCount(count) && metadata[EXECUTION_ORDER_KEY] !== count) metadata[EXECUTION_COUNT_KEY] = count;
      if (cell.outputs !== undefined) {
        const outputsPath = [...path, 'outputs'];
        const outputs = this.array(cell.outputs, outputsPath, 'an array of outputs').map((o, i) => this.output(o, [...outputsPath, i]));
        if (outputs.length > 0) result.outputs = outputs;
      }
    } else if (cell.attachments !== undefined) {
      const attachmentsPath = [...path, 'attachments'];
      const attachments = this.object(cell.attachments, attachmentsPath, 'an object of attachments');
      metadata[ATTACHMENTS_KEY] = Object.fromEntries(
        Object.entries(attachments).map(([name, bundle]) => [name, this.joinedBundle(bundle, [...attachmentsPath, name])]),
      );
    }
    if (Object.keys(metadata).length > 0) result.metadata = metadata;
    if (isObject(extra)) result.extra = extra;
    return result;
  }

  /** An attachment's mime bundle with its multi-line strings joined (JSON mime types left alone). */
  private joinedBundle(value: unknown, path: JsonPath): JsonObject {
    const bundle = this.object(value, path, 'a mime bundle object');
    return Object.fromEntries(
      Object.entries(bundle).map(([mime, data]) => [mime, isJsonMime(mime) ? data : this.multiline(data, [...path, mime])]),
    );
  }

  private output(value: unknown, path: JsonPath): TnbOutput {
    const output = this.object(value, path, 'an output object');
    const type = output.output_type;
    switch (type) {
      case 'stream': {
        const name = this.string(output.name, [...path, 'name']);
        const text = this.multiline(output.text, [...path, 'text']);
        return { items: [{ mime: name === 'stderr' ? STDERR_MIME : STDOUT_MIME, data: text }] };
      }
      case 'error': {
        const ename = this.string(output.ename, [...path, 'ename']);
        const evalue = this.string(output.evalue, [...path, 'evalue']);
        const tracebackPath = [...path, 'traceback'];
        const traceback = this.array(output.traceback, tracebackPath, 'a list of strings').map((line, i) =>
          this.string(line, [...tracebackPath, i]),
        );
        const stack = traceback.join('\n');
        const payload: JsonObject = { name: ename, message: evalue, stack };
        if (!sameStrings(stackLines(stack), traceback)) payload.traceback = traceback;
        return { items: [{ mime: ERROR_MIME, data: JSON.stringify(payload) }] };
      }
      case 'execute_result':
      case 'display_data': {
        const dataPath = [...path, 'data'];
        const data = this.object(output.data, dataPath, 'a mime bundle object');
        const items = Object.entries(data).map(([mime, v]) => this.item(mime, v, [...dataPath, mime]));
        const metadata = { ...this.optionalObject(output.metadata, [...path, 'metadata']) };
        if (type === 'execute_result') metadata[OUTPUT_TYPE_KEY] = 'execute_result';
        const result: TnbOutput = { items };
        if (Object.keys(metadata).length > 0) result.metadata = metadata;
        return result;
      }
      case undefined:
        return this.fail([...path, 'output_type'], 'missing (expected "stream", "display_data", "execute_result" or "error")');
      default:
        return this.fail([...path, 'output_type'], `expected "stream", "display_data", "execute_result" or "error", found ${describe(type)}`);
    }
  }

  private item(mime: string, value: unknown, path: JsonPath): TnbOutputItem {
    if (isNotebookJsonMime(mime)) return { mime, data: value as JsonValue };
    const text = this.multiline(value, path);
    if (isBinaryMime(mime)) return { mime, encoding: 'base64', data: text.replace(/\s+/g, '') };
    if (isJsonMime(mime)) {
      // JSON for tnb but not for nbformat (e.g. text/x+json), so it was written as text.
      try {
        return { mime, data: JSON.parse(text) as JsonValue };
      } catch {
        return { mime, data: text };
      }
    }
    return { mime, data: text };
  }
}

// ------------------------------------------------------------------------------------------------ helpers

/** Mime types whose bundle value nbformat leaves as any JSON (its schema: ^application/(.*\+)?json$). */
function isNotebookJsonMime(mime: string): boolean {
  return mime === 'application/json' || (mime.startsWith('application/') && mime.endsWith('+json'));
}

/** Mime types whose data is bytes, stored as base64 in both formats. */
export function isBinaryMime(mime: string): boolean {
  if (mime.startsWith('image/')) return mime !== 'image/svg+xml';
  return mime.startsWith('audio/') || mime.startsWith('video/') || mime === 'application/pdf' || mime === 'application/octet-stream';
}

/** Mime types whose text nbformat writes as a list of lines. */
function isSplitMime(mime: string): boolean {
  return mime.startsWith('text/') || mime === 'application/javascript' || mime === 'image/svg+xml';
}

/** Python's str.splitlines(True): every line keeps its line break; "" gives []. */
export function splitLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (const match of text.matchAll(/\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/g)) {
    const end = match.index + match[0].length;
    lines.push(text.slice(start, end));
    start = end;
  }
  if (start < text.length) lines.push(text.slice(start));
  return lines;
}

/** A copy of `object` without `keys` (keeps a "__proto__" key an ordinary key). */
function without(object: JsonObject, keys: readonly string[]): JsonObject {
  return Object.fromEntries(Object.entries(object).filter(([key]) => !keys.includes(key)));
}

/** Output mime bundles written in the order of the tnb items, which VS Code can use to pick what to show. */
const keepOrder = new WeakSet<JsonObject>();

/** Keys sorted by code point at every level, as Python's json.dumps(sort_keys=True), but in `keepOrder`. */
function sortKeys(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!isObject(value) || keepOrder.has(value)) return value;
  return Object.fromEntries(
    Object.entries(value)
      .sort(([a], [b]) => compareCodePoints(a, b))
      .map(([key, v]) => [key, sortKeys(v)]),
  );
}

function compareCodePoints(a: string, b: string): number {
  for (let i = 0, j = 0; ; ) {
    if (i >= a.length) return j >= b.length ? 0 : -1;
    if (j >= b.length) return 1;
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(j)!;
    if (x !== y) return x - y;
    i += x > 0xffff ? 2 : 1;
    j += y > 0xffff ? 2 : 1;
  }
}

function jsonEqual(a: JsonValue | undefined, b: JsonValue): boolean {
  return a !== undefined && JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((s) => typeof s === 'string');
}
