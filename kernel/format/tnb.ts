// The .tnb notebook file, format version 1: parsing and printing, pure (no vscode, no file system).
//
//   {
//    "tnb": 1,
//    "metadata": {},
//    "cells": [
//     {
//      "kind": "code",
//      "source": "import torch\nx = torch.rand(2)\nx",
//      "outputs": [
//       {
//        "items": [
//         {
//          "mime": "application/vnd.tnb.tensor+json",
//          "data": {"shape":[2],"sample":{"shape":[2],"step":[1],"values":[0.4962566,0.7682218]},...}
//         },
//         ...
//
// UTF-8 JSON written with 1-space indentation (as .ipynb) and a final newline, except each output item's `data`,
// which is written compactly on one line (a tensor's sample of thousands of numbers would otherwise be a line each,
// most of the file; one line per output still diffs well). Readers accept any whitespace, so files written with the
// data indented (tnb before this layout, or by hand) read the same. Known keys come first in a fixed order (tnb,
// metadata, cells; kind, source, outputs, metadata; items, metadata; mime, encoding, data), then the keys this
// version does not know, in the order the file had them: a file written by a newer tnb survives a round trip
// through this one. Sources are single strings. An output item's `data` is the text itself for text mime types,
// any JSON value for JSON mime types (application/json, *+json), and base64 marked `"encoding": "base64"` for
// binary ones (image/png). Only code cells have outputs. The printing is per cell (printTnbCell, printTnb) so that
// the editor can print a large notebook in slices (kernel/format/tnb-slices.ts) with the same bytes; the printing
// is in tnb-print.ts.

export { printTnb, printTnbCell, printTnbParts, serializeTnb } from './tnb-print';
import { findJsonSyntaxProblem, lineColumn, locateJsonPath, jsonStructure, MAX_JSON_NESTING, type JsonPath } from './json-text';

export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

export const TNB_VERSION = 1;

export interface TnbNotebook {
  tnb: typeof TNB_VERSION;
  metadata: JsonObject;
  cells: TnbCell[];
  /** Top-level keys this version does not know. */
  extra?: JsonObject;
}

export type TnbCellKind = 'code' | 'markdown';

export interface TnbCell {
  kind: TnbCellKind;
  source: string;
  /** Code cells only. */
  outputs?: TnbOutput[];
  metadata?: JsonObject;
  extra?: JsonObject;
}

export interface TnbOutput {
  items: TnbOutputItem[];
  metadata?: JsonObject;
  extra?: JsonObject;
}

export interface TnbOutputItem {
  mime: string;
  /** Set when `data` is the base64 of binary bytes. */
  encoding?: 'base64';
  /** Text (a string), a JSON value (JSON mime types), or base64 (with `encoding`). */
  data: JsonValue;
  extra?: JsonObject;
}

/** A file that is not a tnb notebook; the message names the problem, where it is and the line. */
export class TnbFormatError extends Error {
  override name = 'TnbFormatError';

  constructor(
    /** What is wrong, without the location. */
    readonly problem: string,
    /** Where in the JSON, e.g. `cells[2].kind`; empty for the whole file or a syntax error. */
    readonly path: string,
    readonly line: number | undefined,
    readonly column: number | undefined,
  ) {
    super((path ? `${path}: ` : '') + problem + (line === undefined ? '' : ` (line ${line}, column ${column})`));
  }
}

export function isJsonMime(mime: string): boolean {
  return mime === 'application/json' || mime.endsWith('+json');
}

const NOTEBOOK_KEYS = ['tnb', 'metadata', 'cells'];
const CELL_KEYS = ['kind', 'source', 'outputs', 'metadata'];
const OUTPUT_KEYS = ['items', 'metadata'];
const ITEM_KEYS = ['mime', 'encoding', 'data'];

// ------------------------------------------------------------------------------------------------- parsing

export function parseTnb(text: string): TnbNotebook {
  return new Reader(text).notebook(parseJsonText(text));
}

/**
 * The checks of parseTnb for a file read in pieces (tnb-slices.ts): `shell` is the parsed file with an empty
 * `cells` array, `cell` one parsed cell at its index. Problems are TnbFormatErrors located in the whole `text`.
 */
export function tnbReader(text: string): { shell(root: unknown): TnbNotebook; cell(value: unknown, index: number): TnbCell } {
  const reader = new Reader(text);
  return { shell: (root) => reader.notebook(root), cell: (value, index) => reader.cell(value, ['cells', index]) };
}

/**
 * JSON.parse of a file's text (a byte order mark skipped), whose syntax errors are TnbFormatErrors with the line
 * and column of the problem. Shared by the .tnb and .ipynb readers.
 */
export function parseJsonText(text: string): unknown {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // a byte order mark is not JSON
  const structure = jsonStructure(text);
  if (structure.tooDeep >= 0) {
    const { line, column } = lineColumn(text, structure.tooDeep);
    throw new TnbFormatError(`arrays and objects are nested more than ${MAX_JSON_NESTING} levels deep`, '', line, column);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const found = findJsonSyntaxProblem(text);
    if (!found) throw new TnbFormatError(`not valid JSON: ${(e as Error).message}`, '', undefined, undefined);
    const { line, column } = lineColumn(text, found.offset);
    throw new TnbFormatError(`not valid JSON: ${found.problem}`, '', line, column);
  }
  if (structure.duplicate) {
    const { line, column } = lineColumn(text, structure.duplicate.offset);
    const key = JSON.stringify(structure.duplicate.key);
    throw new TnbFormatError(`the key ${key.length > 40 ? key.slice(0, 37) + '..."' : key} appears twice in one object (which one is meant?)`, '', line, column);
  }
  return value;
}

/** The error for a value at `path` of the JSON `text` that is not what the format wants. */
export function problemAt(text: string, path: JsonPath, problem: string): TnbFormatError {
  const { line, column } = lineColumn(text, locateJsonPath(text, path));
  return new TnbFormatError(problem, formatPath(path), line, column);
}

/** Checks the parsed JSON against the format, with the text at hand to say where a problem is. */
class Reader {
  constructor(private readonly text: string) {}

  private fail(path: JsonPath, problem: string): never {
    throw problemAt(this.text, path, problem);
  }

  private object(value: unknown, path: JsonPath, what: string): JsonObject {
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

  notebook(root: unknown): TnbNotebook {
    if (!isObject(root)) {
      this.fail([], `the file must hold a JSON object like {"tnb": 1, "metadata": {}, "cells": []}, found ${describe(root)}`);
    }
    const version = root.tnb;
    if (version === undefined) this.fail(['tnb'], 'missing the format version (a tnb notebook starts with {"tnb": 1, ...})');
    if (typeof version === 'number' && Number.isInteger(version) && version > TNB_VERSION) {
      this.fail(['tnb'], `this file has format version ${version}, newer than this tnb reads (${TNB_VERSION}); update tnb`);
    }
    if (version !== TNB_VERSION) this.fail(['tnb'], `expected the format version ${TNB_VERSION}, found ${describe(version)}`);
    const metadata = this.optionalObject(root.metadata, ['metadata']) ?? {};
    const cells = this.array(root.cells, ['cells'], 'an array of cells').map((cell, i) => this.cell(cell, ['cells', i]));
    const nb: TnbNotebook = { tnb: TNB_VERSION, metadata, cells };
    return withExtra(nb, root, NOTEBOOK_KEYS);
  }

  cell(value: unknown, path: JsonPath): TnbCell {
    const cell = this.object(value, path, 'a cell object');
    const kind = cell.kind;
    if (kind === undefined) this.fail([...path, 'kind'], 'missing (expected "code" or "markdown")');
    if (kind !== 'code' && kind !== 'markdown') this.fail([...path, 'kind'], `expected "code" or "markdown", found ${describe(kind)}`);
    const source = cell.source;
    if (source === undefined) this.fail([...path, 'source'], 'missing (expected a string)');
    if (typeof source !== 'string') {
      const hint = Array.isArray(source) ? ' (a source is one string, not a list of lines)' : '';
      this.fail([...path, 'source'], `expected a string, found ${describe(source)}${hint}`);
    }
    const result: TnbCell = { kind, source };
    if (cell.outputs !== undefined) {
      if (kind === 'markdown') this.fail([...path, 'outputs'], 'markdown cells have no outputs');
      const outputsPath = [...path, 'outputs'];
      result.outputs = this.array(cell.outputs, outputsPath, 'an array of outputs').map((o, i) => this.output(o, [...outputsPath, i]));
    }
    const metadata = this.optionalObject(cell.metadata, [...path, 'metadata']);
    if (metadata) result.metadata = metadata;
    return withExtra(result, cell, CELL_KEYS);
  }

  private output(value: unknown, path: JsonPath): TnbOutput {
    const output = this.object(value, path, 'an output object');
    const itemsPath = [...path, 'items'];
    const items = this.array(output.items, itemsPath, 'an array of output items').map((it, i) => this.item(it, [...itemsPath, i]));
    const result: TnbOutput = { items };
    const metadata = this.optionalObject(output.metadata, [...path, 'metadata']);
    if (metadata) result.metadata = metadata;
    return withExtra(result, output, OUTPUT_KEYS);
  }

  private item(value: unknown, path: JsonPath): TnbOutputItem {
    const item = this.object(value, path, 'an output item object');
    const { mime, encoding, data } = item;
    if (typeof mime !== 'string' || mime === '') this.fail([...path, 'mime'], `expected a mime type, found ${describe(mime)}`);
    if (encoding !== undefined && encoding !== 'base64') this.fail([...path, 'encoding'], `expected "base64", found ${describe(encoding)}`);
    if (data === undefined) this.fail([...path, 'data'], 'missing');
    if (typeof data !== 'string' && (encoding === 'base64' || !isJsonMime(mime))) {
      const what = encoding === 'base64' ? 'a base64 string' : `a string (the text of ${mime.length > 60 ? mime.slice(0, 57) + '...' : mime})`;
      this.fail([...path, 'data'], `expected ${what}, found ${describe(data)}`);
    }
    const result: TnbOutputItem = encoding === 'base64' ? { mime, encoding, data } : { mime, data };
    return withExtra(result, item, ITEM_KEYS);
  }
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value as error messages name it. */
export function describe(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (isObject(value)) return 'an object';
  if (value === undefined) return 'nothing';
  const json = JSON.stringify(value);
  return json.length > 40 ? json.slice(0, 37) + '...' : json;
}

/** `cells[2].outputs[0].items`, `cells[0].outputs[0].data["image/png"]` */
export function formatPath(path: JsonPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) out += (out ? '.' : '') + segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** Adds the keys of `source` that are not in `known` as `extra`, if there are any. */
function withExtra<T extends { extra?: JsonObject }>(target: T, source: JsonObject, known: readonly string[]): T {
  const unknown = Object.entries(source).filter(([key]) => !known.includes(key));
  // Object.fromEntries defines properties, so even a key named "__proto__" stays an ordinary key.
  if (unknown.length > 0) target.extra = Object.fromEntries(unknown);
  return target;
}
