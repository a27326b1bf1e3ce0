// Reading and printing .tnb files in slices that yield to the event loop, for VS Code's extension host: a notebook
// of 100 large tensor outputs takes hundreds of milliseconds to parse or print in one go, and everything else the
// host runs (other extensions, hovers, the kernel's messages) would wait that long. The work is cut per cell, and
// the text scan per 8 K characters (a check of the clock); a slice yields (setImmediate) once it has run for
// `budgetMs`.
//
// The results are those of the synchronous parseTnb and serializeTnb (tnb.ts), which stay the reference for the
// CLI and the tests: printing uses the same per-cell printer, and reading parses each cell's text on its own after a
// scan has found where the cells are. Anything the scan does not expect (a malformed file above all) is handed to
// parseTnb on the whole text, so errors are exactly parseTnb's, found in one go (malformed files are the rare case).

import { jsonStructure } from './json-text';
import { parseJsonText, parseTnb, printTnb, printTnbCell, TnbFormatError, tnbReader, type TnbCell, type TnbNotebook } from './tnb';

/** Yields to the event loop whenever more than `budgetMs` passed since the last yield. */
export class Slicer {
  private last = performance.now();

  constructor(private readonly budgetMs = 10) {}

  /** Call between pieces of work: returns at once while the budget lasts, else after one turn of the event loop. */
  async pause(): Promise<void> {
    if (performance.now() - this.last < this.budgetMs) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.last = performance.now();
  }
}

/** serializeTnb in slices: the same text. */
export async function serializeTnbInSlices(nb: TnbNotebook, slicer = new Slicer()): Promise<string> {
  const cells: string[] = [];
  for (const cell of nb.cells) {
    cells.push(printTnbCell(cell));
    await slicer.pause();
  }
  return printTnb(nb, cells);
}

/** parseTnb in slices: the same notebook, or the same TnbFormatError. */
export async function parseTnbInSlices(text: string, slicer = new Slicer()): Promise<TnbNotebook> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;   // as parseJsonText
  const layout = await cellsLayout(body, slicer);
  if (!layout) return parseTnb(text);
  const reader = tnbReader(text);
  try {
    const nb = reader.shell(parseJsonText(body.slice(0, layout.open + 1) + body.slice(layout.close)));
    const cells: TnbCell[] = [];
    for (const [start, end] of layout.cells) {
      await slicer.pause();
      const cellText = body.slice(start, end);
      const structure = jsonStructure(cellText, 2);   // a cell stands inside the file's object and its cells array
      if (structure.tooDeep >= 0 || structure.duplicate) return parseTnb(text);
      cells.push(reader.cell(JSON.parse(cellText), cells.length));
    }
    nb.cells = cells;
    return nb;
  } catch (e) {
    if (e instanceof TnbFormatError || e instanceof SyntaxError) return parseTnb(text);   // throws the reference error
    throw e;
  }
}

interface CellsLayout {
  /** Offsets of the `[` and `]` of the top-level `cells` array. */
  open: number;
  close: number;
  /** Each element's text range (with its surrounding whitespace), between the array's commas. */
  cells: [number, number][];
}

/**
 * Where the top-level object's `cells` array and its elements are: a scan of strings and brackets only (JSON.parse
 * checks the pieces afterwards). Null when the text is not an object with one `cells` key holding an array.
 */
async function cellsLayout(text: string, slicer: Slicer): Promise<CellsLayout | null> {
  const n = text.length;
  let depth = 0, open = -1, close = -1, start = -1, cellsKeys = 0;
  let afterCellsKey = false;   // the last thing read was the key "cells" of the top-level object, and its colon
  const cells: [number, number][] = [];
  let i = 0;
  while (i < n && isSpace(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) !== 0x7b) return null;   // '{'
  for (let check = i + 8192; i < n; i++) {
    if (i >= check) { await slicer.pause(); check = i + 8192; }
    const c = text.charCodeAt(i);
    if (c === 0x22) {   // a string: jump to its closing quote
      const from = i;
      i = stringEnd(text, i);
      if (i < 0) return null;
      afterCellsKey = false;
      if (depth === 1 && i - from === 6 && text.startsWith('"cells"', from)) {
        let j = i + 1;
        while (j < n && isSpace(text.charCodeAt(j))) j++;
        if (text.charCodeAt(j) === 0x3a) { cellsKeys++; afterCellsKey = true; i = j; }   // ':'
      }
      continue;
    }
    if (isSpace(c)) continue;
    if (c === 0x7b || c === 0x5b) {   // '{' '['
      depth++;
      if (afterCellsKey && depth === 2 && c === 0x5b) { open = i; start = i + 1; }
    } else if (c === 0x7d || c === 0x5d) {   // '}' ']'
      if (depth === 2 && open >= 0 && close < 0) {
        if (c !== 0x5d) return null;
        close = i;
        cells.push([start, i]);
      }
      depth--;
    } else if (c === 0x2c && depth === 2 && open >= 0 && close < 0) {   // ',' between cells
      cells.push([start, i]);
      start = i + 1;
    }
    afterCellsKey = false;
  }
  if (cellsKeys !== 1 || open < 0 || close < 0) return null;
  // `[]` or `[ ]`: no cells (one empty element between other commas is an error JSON.parse will report)
  if (cells.length === 1 && text.slice(cells[0][0], cells[0][1]).trim() === '') cells.length = 0;
  return { open, close, cells };
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/** The offset of the quote that closes the string opening at `i`, or -1. */
function stringEnd(text: string, i: number): number {
  for (;;) {
    const q = text.indexOf('"', i + 1);
    if (q < 0) return -1;
    let backslashes = 0;
    while (text.charCodeAt(q - 1 - backslashes) === 0x5c) backslashes++;
    if (backslashes % 2 === 0) return q;
    i = q;
  }
}
