// Conversion between .tnb notebooks (./tnb.ts) and Python scripts in the "percent" format of Jupytext, Spyder
// and VS Code, pure (no vscode, no file system, no node imports).
//
//   # %% [markdown]
//   # # Gradients
//   #
//   # of *y = 3x*
//
//   # %% Training loop
//   for step in range(3):
//       loss.backward()
//
// A line `# %%` (also `#%%`, `# %%%`; at the start of the line only) starts a cell. After it come an optional
// title, then `[markdown]` (or `[md]`) for a markdown cell or `[raw]` for a raw one (a markdown cell with
// `"ipynbCellType": "raw"` in its metadata, as ./ipynb.ts reads .ipynb raw cells); no bracket: a code cell. The
// title is kept in the cell metadata as `title` and written back as `# %% Title [markdown]`, Jupytext's order.
// Markdown and raw lines are commented: `# ` before each line, `#` alone for an empty one. Cells are written
// separated by one blank line; on reading, the trailing blank lines of a cell are dropped. Text before the first
// `# %%` that is not blank is a code cell: a plain script without markers is one code cell holding the whole
// script, unchanged but for its trailing blank lines. A Jupytext header at the top of the file (`# ---`, YAML
// lines with a `# jupyter:` key, `# ---`) is kept verbatim in the notebook metadata as `percentHeader` and
// written back first.
//
// Lines of a cell that would read as a marker are escaped with one more `# `: a code line `# %% x` is written
// `# # %% x` (and a code line `# # %% x` as `# # # %% x`, and so on), a markdown line `%% x` as `# # %% x`;
// reading removes exactly that one `# `, so every source survives a round trip.
//
// What is lost (a .py file has no place for them): outputs; notebook and cell metadata other than the header, the
// title and the raw mark; unknown keys (`extra`); trailing blank lines of a code cell (including a final newline);
// a title's line breaks (written as spaces) and its leading and trailing spaces. CRLF line ends are read as LF.

import type { JsonObject, TnbCell, TnbNotebook } from './tnb';
import { TNB_VERSION } from './tnb';
import { CELL_TYPE_KEY } from './ipynb';

/** tnb cell metadata: the title after `# %%`. */
export const TITLE_KEY = 'title';
/** tnb notebook metadata: the Jupytext header, verbatim (its lines, from `# ---` to `# ---`). */
export const HEADER_KEY = 'percentHeader';

/** A cell marker: `#`, optional spaces, two or more `%`, then a space or the end of the line. */
const MARKER = /^#\s*%%+(?=\s|$)(.*)$/;
/** Code lines escaped on writing: a marker, or a marker behind any number of `# `. */
const CODE_ESCAPE = /^(?:# )*#\s*%%+(?:\s|$)/;
/** Code lines unescaped on reading (drop the first `# `): the written form of the above. */
const CODE_UNESCAPE = /^(?:# )+#\s*%%+(?:\s|$)/;
/** Markdown lines escaped on writing: those whose commented form `# line` would be a marker (or an escaped one). */
const MARKDOWN_ESCAPE = /^(?:# )*\s*%%+(?:\s|$)/;
const MARKDOWN_UNESCAPE = /^(?:# )+\s*%%+(?:\s|$)/;
const KIND = /\[(markdown|md|raw)\]/;
const BLANK = /^\s*$/;

// ------------------------------------------------------------------------------------------------ tnb -> py

/** The notebook as a percent-format script. Outputs are dropped (see the top of this file). */
export function tnbToPercent(nb: TnbNotebook): string {
  const parts = nb.cells.map(cellText);
  const header = nb.metadata[HEADER_KEY];
  if (typeof header === 'string' && header !== '') parts.unshift(header);
  return parts.length === 0 ? '' : parts.join('\n\n') + '\n';
}

function cellText(cell: TnbCell): string {
  const title = cell.metadata?.[TITLE_KEY];
  const oneLine = typeof title === 'string' ? title.replace(/[\r\n]+/g, ' ').trim() : '';
  const raw = cell.kind === 'markdown' && cell.metadata?.[CELL_TYPE_KEY] === 'raw';
  const kind = cell.kind === 'code' ? '' : raw ? '[raw]' : '[markdown]';
  const marker = ['# %%', oneLine, kind].filter((part) => part !== '').join(' ');
  const lines = cell.source === '' ? [] : cell.source.split('\n');
  const body =
    cell.kind === 'code'
      ? lines.map((line) => (CODE_ESCAPE.test(line) ? '# ' + line : line))
      : lines.map((line) => (MARKDOWN_ESCAPE.test(line) ? '# # ' + line : line === '' ? '#' : '# ' + line));
  return [marker, ...body].join('\n');
}

// ------------------------------------------------------------------------------------------------ py -> tnb

/** The notebook a percent-format script (or any Python script) stands for. Never fails. */
export function percentToTnb(text: string): TnbNotebook {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let lines = text.replace(/\r\n/g, '\n').split('\n');
  const metadata: JsonObject = {};

  const headerEnd = jupytextHeaderEnd(lines);
  if (headerEnd > 0) {
    metadata[HEADER_KEY] = lines.slice(0, headerEnd).join('\n');
    lines = lines.slice(headerEnd);
    while (lines.length > 0 && BLANK.test(lines[0])) lines.shift();
  }

  const cells: TnbCell[] = [];
  let start = lines.findIndex((line) => MARKER.test(line));
  const preamble = trimTrailingBlank(start < 0 ? lines : lines.slice(0, start));
  if (preamble.length > 0) cells.push({ kind: 'code', source: preamble.join('\n') });
  while (start >= 0) {
    const next = lines.findIndex((line, i) => i > start && MARKER.test(line));
    const body = trimTrailingBlank(lines.slice(start + 1, next < 0 ? lines.length : next));
    cells.push(cellFrom(lines[start], body));
    start = next;
  }
  return { tnb: TNB_VERSION, metadata, cells };
}

/** The number of lines of a Jupytext YAML header at the top (0: none). */
function jupytextHeaderEnd(lines: readonly string[]): number {
  if (lines[0]?.trimEnd() !== '# ---') return 0;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (line.trimEnd() === '# ---') return lines.slice(1, i).some((l) => /^#\s+jupyter:\s*$/.test(l)) ? i + 1 : 0;
    if (!line.startsWith('#')) return 0;
  }
  return 0;
}

function cellFrom(markerLine: string, body: string[]): TnbCell {
  const rest = MARKER.exec(markerLine)![1];
  const kind = KIND.exec(rest);
  const title = (kind ? rest.slice(0, kind.index) + ' ' + rest.slice(kind.index + kind[0].length) : rest).trim();
  const metadata: JsonObject = {};
  if (title !== '') metadata[TITLE_KEY] = title;
  let cell: TnbCell;
  if (!kind) {
    cell = { kind: 'code', source: body.map((line) => (CODE_UNESCAPE.test(line) ? line.slice(2) : line)).join('\n') };
  } else {
    if (kind[1] === 'raw') metadata[CELL_TYPE_KEY] = 'raw';
    cell = { kind: 'markdown', source: body.map(uncomment).join('\n') };
  }
  if (Object.keys(metadata).length > 0) cell.metadata = metadata;
  return cell;
}

/** A markdown line as written in the file -> the markdown line. */
function uncomment(line: string): string {
  const text = line.startsWith('# ') ? line.slice(2) : line.startsWith('#') ? line.slice(1) : line;
  return MARKDOWN_UNESCAPE.test(text) ? text.slice(2) : text;
}

function trimTrailingBlank(lines: readonly string[]): string[] {
  let end = lines.length;
  while (end > 0 && BLANK.test(lines[end - 1])) end--;
  return lines.slice(0, end);
}
