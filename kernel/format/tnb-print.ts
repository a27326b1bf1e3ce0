// Printing the .tnb format (the layout is described in tnb.ts): as JSON.stringify(model, null, 1) would print it,
// except output items' data, which goes compactly on one line. Cells print one at a time (printTnbCell) and the file
// around them (printTnb), so that a caller may print a large notebook in slices and get the same bytes.
import type { JsonObject, JsonValue, TnbCell, TnbNotebook, TnbOutput } from './tnb';

export function serializeTnb(nb: TnbNotebook): string {
  return printTnb(nb, nb.cells.map(printTnbCell));
}

/** The file around its cells, each printed by printTnbCell (a caller may print the cells one at a time). */
export function printTnb(nb: TnbNotebook, cells: readonly string[]): string {
  return printTnbParts(nb, cells).join('');
}

/** printTnb's text in pieces, one per cell and the rest around them (to be encoded a piece at a time). */
export function printTnbParts(nb: TnbNotebook, cells: readonly string[]): string[] {
  const mark = '\u0000';   // printed JSON escapes control characters: the mark cannot occur in it
  const known: Known = [['tnb', JSON.stringify(nb.tnb)], ['metadata', jsonText(nb.metadata, ' ')], ['cells', mark]];
  const [head, tail] = (objectText(members(known, nb.extra, ''), '') + '\n').split(mark);
  if (cells.length === 0) return [head + arrayText(cells, ' ') + tail];
  return [head + '[\n', ...cells.map((cell, i) => `${i > 0 ? ',\n' : ''}  ${cell}`), '\n ]' + tail];
}

/** A cell as it stands in the file's `cells` array (at two spaces' indentation). */
export function printTnbCell(cell: TnbCell): string {
  const indent = '   ';
  const known: Known = [
    ['kind', JSON.stringify(cell.kind)],
    ['source', JSON.stringify(cell.source)],
    ['outputs', cell.outputs && arrayText(cell.outputs.map((o) => outputText(o, indent + ' ')), indent)],
    ['metadata', cell.metadata && jsonText(cell.metadata, indent)],
  ];
  return objectText(members(known, cell.extra, '  '), '  ');
}

/** An output at `indent`. */
function outputText(output: TnbOutput, indent: string): string {
  const inner = indent + ' ';
  const items = output.items.map((item) => {
    // Data on one line: a tensor's sample is thousands of numbers, one per line they would be most of the file.
    const known: Known = [['mime', JSON.stringify(item.mime)], ['encoding', item.encoding && JSON.stringify(item.encoding)], ['data', JSON.stringify(item.data)]];
    return objectText(members(known, item.extra, inner + ' '), inner + ' ');
  });
  const known: Known = [['items', arrayText(items, inner)], ['metadata', output.metadata && jsonText(output.metadata, inner)]];
  return objectText(members(known, output.extra, indent), indent);
}

/** Known keys with their printed values (undefined: left out), in the order of the format. */
type Known = [string, string | undefined][];

/** The known members that have values, then the extra keys that do not clash with them, of an object at `indent`. */
function members(known: Known, extra: JsonObject | undefined, indent: string): [string, string][] {
  const out = known.filter((m): m is [string, string] => m[1] !== undefined);
  const names = known.map(([key]) => key);
  for (const [key, value] of Object.entries(extra ?? {})) {
    if (!names.includes(key) && value !== undefined) out.push([key, jsonText(value, indent + ' ')]);
  }
  return out;
}

/** `value` as JSON.stringify(value, null, 1) prints it, for a place indented by `indent`. */
function jsonText(value: JsonValue, indent: string): string {
  return JSON.stringify(value, null, 1).replace(/\n/g, '\n' + indent);   // JSON strings hold no raw line breaks
}

/** An object whose members (printed values) go one per line at `indent` + 1, its closing brace at `indent`. */
function objectText(entries: [string, string][], indent: string): string {
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([key, value]) => `${indent} ${JSON.stringify(key)}: ${value}`).join(',\n')}\n${indent}}`;
}

function arrayText(elements: readonly string[], indent: string): string {
  if (elements.length === 0) return '[]';
  return `[\n${elements.map((e) => `${indent} ${e}`).join(',\n')}\n${indent}]`;
}
