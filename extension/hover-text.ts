// The text of tnb's hovers (extension/hover.ts), without vscode so that it is unit-tested: which expression is under
// the pointer, and the Markdown for what the kernel said about it (no HTML; user strings escaped or fenced).
import type { InspectResult, Stats, TensorPayload } from '../kernel/protocol';
import { heatmapPng } from './png';

const CHAIN = /[A-Za-z_][A-Za-z0-9_]*(?:\s*\.\s*[A-Za-z_][A-Za-z0-9_]*)*/g;
const KEYWORDS = new Set(['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif',
  'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise',
  'return', 'try', 'while', 'with', 'yield']);

/** The name or attribute chain under `character` of `line`, up to the hovered identifier; null elsewhere. */
export function expressionAt(line: string, character: number): { expression: string; start: number; end: number } | null {
  // Not inside a comment or a string (quotes counted before the position).
  const before = line.slice(0, character);
  const hash = before.indexOf('#');
  if (hash >= 0 && (before.slice(0, hash).split(/['"]/).length - 1) % 2 === 0) return null;
  if ((before.split("'").length - 1) % 2 === 1 || (before.split('"').length - 1) % 2 === 1) return null;
  for (const m of line.matchAll(CHAIN)) {
    const start = m.index ?? 0, end = start + m[0].length;
    if (character < start || character > end) continue;
    if (start > 0 && line[start - 1] === '.') return null;   // an attribute of a call's result: not resolvable
    // cut after the identifier under the cursor
    const rest = m[0].slice(character - start);
    const cut = /^[A-Za-z0-9_]*/.exec(rest)?.[0].length ?? 0;
    const expression = m[0].slice(0, character - start + cut).replace(/\s+/g, '');
    if (!expression || KEYWORDS.has(expression.split('.')[0]) || /^\d/.test(expression)) return null;
    return { expression, start, end: character + cut };
  }
  return null;
}

const fmt = (v: number | null): string => (v === null ? '—' : Math.abs(v) >= 1e4 || (v !== 0 && Math.abs(v) < 1e-3) ? v.toExponential(3) : String(Number(v.toPrecision(5))));

function statsRow(label: string, s: Stats | null): string {
  if (!s) return `| ${label} | — | — | — | — | — |`;
  const odd = [s.nan ? `${s.nan} nan` : '', s.posinf ? `${s.posinf} +inf` : '', s.neginf ? `${s.neginf} −inf` : ''].filter(Boolean).join(', ');
  return `| ${label} | ${fmt(s.min)} | ${fmt(s.max)} | ${fmt(s.mean)} | ${fmt(s.std)} | ${fmt(s.norm)}${odd ? ` (${odd})` : ''} |`;
}

export function escapeMd(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>&]/g, (c) => `\\${c}`);
}

/** Why a tensor has no .grad, in PyTorch's terms. */
export function whyNoGrad(t: TensorPayload): string {
  if (!t.requires_grad) return 'requires_grad=False: no gradient is computed for it';
  if (!t.is_leaf) return 'not a leaf: backward does not keep its .grad (call .retain_grad() before backward to keep it)';
  return 'no backward has reached it yet';
}

/** A fenced code block that no text can break out of. */
function codeblock(text: string): string {
  const fence = '`'.repeat(Math.max(3, ...[...text.matchAll(/`+/g)].map((m) => m[0].length + 1)));
  return `\n${fence}text\n${text}\n${fence}\n`;
}

/** The hover's Markdown for an inspection result (no HTML; every user string escaped or fenced). */
export function hoverMarkdown(r: InspectResult): string {
  const md = { parts: [] as string[], appendMarkdown(s: string) { this.parts.push(s); }, appendCodeblock(s: string) { this.parts.push(codeblock(s)); } };
  if (r.kind === 'unavailable') {
    md.appendMarkdown(`**${escapeMd(r.expression)}** — ${escapeMd(r.reason)}`);
    return md.parts.join('');
  }
  if (r.kind === 'value') {
    md.appendMarkdown(`**${escapeMd(r.expression)}** · ${escapeMd(r.type)}\n\n`);
    md.appendCodeblock(r.repr.length > 600 ? r.repr.slice(0, 600) + '…' : r.repr);
    return md.parts.join('');
  }
  const t = r.tensor;
  const summary = `tensor of shape [${t.shape.join(', ')}], dtype=${t.dtype}, requires_grad=${t.requires_grad ? 'True' : 'False'}`
    + (t.grad_fn ? `, grad_fn=<${t.grad_fn}>` : t.requires_grad && t.is_leaf ? ' (leaf)' : '');
  md.appendMarkdown(`**${escapeMd(r.expression)}** · version ${t.version}\n\n`);
  md.appendCodeblock(summary);
  md.appendMarkdown('\n\n| | min | max | mean | std | norm |\n|---|---|---|---|---|---|\n');
  md.appendMarkdown(statsRow('value', t.stats) + '\n');
  if (t.grad) md.appendMarkdown(statsRow('.grad', t.grad.stats) + '\n');
  md.appendMarkdown('\n');
  if (!t.grad) md.appendMarkdown(`*.grad:* ${escapeMd(whyNoGrad(t))}\n\n`);
  const pics: string[] = [];
  const v = heatmapPng(t, 'sequential');
  if (v) pics.push(`![value heatmap](${v})`);
  const g = t.grad ? heatmapPng(t.grad, 'diverging') : null;
  if (g) pics.push(`![grad heatmap](${g})`);
  if (pics.length > 0) {
    const slice = t.shape.length > 2 ? ` (slice [${t.shape.slice(0, -2).map(() => 0).join(', ')}])` : '';
    md.appendMarkdown(`${pics.join(' &nbsp; ')}\n\n*${v ? 'value' : ''}${g ? ' · .grad (centred at 0)' : ''}${slice}*\n\n`);
  }
  if (t.graph && t.graph.nodes.length > 0) {
    // the first nodes of the chain: the root, then first inputs
    const names: string[] = [];
    let id: number | undefined = t.graph.root;
    const seen = new Set<number>();
    while (id !== undefined && names.length < 5 && !seen.has(id)) {
      seen.add(id);
      const node = t.graph.nodes.find((n) => n.id === id);
      if (!node) break;
      names.push(node.label ? `${node.name}(${node.label})` : node.name);
      id = t.graph.edges.find((e) => e.from === id)?.to;
    }
    md.appendMarkdown(`grad_fn chain: ${escapeMd(names.join(' → '))}${t.graph.nodes.length > names.length ? ' → …' : ''} (${t.graph.nodes.length} node${t.graph.nodes.length === 1 ? '' : 's'})`);
  }
  return md.parts.join('');
}

