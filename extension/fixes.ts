// Autograd errors a quick fix can repair, recognised by PyTorch's messages, and the text edits that repair them.
// Pure (no vscode), so that unit tests cover every case; extension/diagnostics.ts turns them into code actions.

export type AutogradErrorKind = 'backward-twice' | 'non-scalar-backward' | 'int-requires-grad' | 'inplace-modified';

/** Which autograd error an exception is, from PyTorch's message (null: another error). */
export function classify(ename: string, evalue: string): AutogradErrorKind | null {
  if (ename !== 'RuntimeError') return null;
  if (evalue.startsWith('Trying to backward through the graph a second time')) return 'backward-twice';
  if (evalue === 'grad can be implicitly created only for scalar outputs') return 'non-scalar-backward';
  if (evalue.startsWith('Only Tensors of floating point and complex dtype can require gradients')) return 'int-requires-grad';
  if (evalue.startsWith('one of the variables needed for gradient computation has been modified by an inplace operation')) return 'inplace-modified';
  return null;
}

/** A replacement of [start, end) in one line. */
export interface LineEdit { start: number; end: number; text: string }

/** Index of the `)` closing the `(` at `open`, skipping strings and nested brackets; -1 if the line does not close it. */
function closing(line: string, open: number): number {
  let depth = 0;
  let quote: string | null = null;
  for (let i = open; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '#') return -1;
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c) && --depth === 0) return i;
  }
  return -1;
}

/** The call `name(...)` on the line: where its parentheses are (the first such call), or null. */
function findCall(line: string, pattern: RegExp): { open: number; close: number } | null {
  const m = pattern.exec(line);
  if (!m) return null;
  const open = m.index + m[0].length - 1;
  const close = closing(line, open);
  return close < 0 ? null : { open, close };
}

/** Adds `keyword=value` to a call's arguments (or sets it when present). */
function setKeyword(line: string, call: { open: number; close: number }, keyword: string, value: string): LineEdit {
  const args = line.slice(call.open + 1, call.close);
  const present = new RegExp(`\\b${keyword}\\s*=\\s*([^,)]*)`).exec(args);
  if (present) {
    const start = call.open + 1 + present.index + present[0].length - present[1].length;
    return { start, end: start + present[1].length, text: value };
  }
  const text = args.trim() === '' ? `${keyword}=${value}` : `${args.trimEnd().endsWith(',') ? ' ' : ', '}${keyword}=${value}`;
  const at = args.trim() === '' ? call.open + 1 : call.open + 1 + args.trimEnd().length;
  return { start: at, end: args.trim() === '' ? call.close : at, text };
}

const BACKWARD = /(\.backward|\bautograd\.backward|\bautograd\.grad)\s*\(/;

/** backward a second time: `retain_graph=True` on the backward (or autograd.grad) that freed the graph. */
export function retainGraphEdit(line: string): LineEdit | null {
  const call = findCall(line, BACKWARD);
  return call ? setKeyword(line, call, 'retain_graph', 'True') : null;
}

/** backward of a non-scalar `y.backward()`: pass `gradient=torch.ones_like(y)`. */
export function onesGradientEdit(line: string): LineEdit | null {
  const m = /([A-Za-z_][\w.]*(?:\[[^\]]*\])?)\.backward\s*\(/.exec(line);
  if (!m) return null;
  const open = m.index + m[0].length - 1;
  const close = closing(line, open);
  if (close < 0 || line.slice(open + 1, close).trim() !== '') return null;
  return { start: open + 1, end: close, text: `gradient=torch.ones_like(${m[1]})` };
}

/** An integer tensor made with requires_grad=True: make it float (`dtype=torch.float32`). */
export function floatDtypeEdit(line: string): LineEdit | null {
  const m = /\brequires_grad\s*=\s*True/.exec(line);
  if (!m) return null;
  const dtype = /\bdtype\s*=\s*torch\.(int64|long|int32|int|int16|int8|uint8|bool)\b/.exec(line);
  if (dtype) {
    const start = dtype.index + dtype[0].length - dtype[1].length;
    return { start, end: start + dtype[1].length, text: 'float32' };
  }
  return { start: m.index, end: m.index, text: 'dtype=torch.float32, ' };
}

export function applyEdit(line: string, e: LineEdit): string {
  return line.slice(0, e.start) + e.text + line.slice(e.end);
}
