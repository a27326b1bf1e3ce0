// Fuzzing the .tnb reader and writer (issue 9): generated notebooks round-trip exactly (unknown keys included), and
// 10,000 mutated or random files never crash the reader. Each one either opens as a notebook or is reported with a
// TnbFormatError that names the problem; in VS Code it opens as an explanation that refuses to save, and its bytes
// are left as they were. Reading and printing in slices (tnb-slices.ts, for the editor) give the same notebooks,
// texts and errors. Seeded, so a failure names a case that can be replayed.
import './vscode-fake'; // first: the serializer's `import 'vscode'` gets the fake
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { JsonObject, JsonValue, parseTnb, serializeTnb, TnbCell, TnbFormatError, TnbNotebook, TnbOutputItem } from '../../kernel/format/tnb';
import { TnbSerializer } from '../../extension/serializer';
import { parseTnbInSlices, serializeTnbInSlices, Slicer } from '../../kernel/format/tnb-slices';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => { s = (s + 0x6d2b79f5) >>> 0; let t = s; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}
type R = () => number;
const int = (r: R, n: number) => Math.floor(r() * n);
const pick = <T>(r: R, xs: readonly T[]): T => xs[int(r, xs.length)];

const ALPHABET = ['a', 'x', ' ', '\n', '\t', '"', '\\', '/', '{', '}', '[', ']', ':', ',', '0', '-', 'é', '中', '😀', '\u0000', '\u2028', '\ufeff', '<script>', '%%', '# %%'];
function str(r: R, max = 12): string {
  let s = '';
  for (let i = int(r, max); i > 0; i--) s += pick(r, ALPHABET);
  return s;
}
function json(r: R, depth = 0): JsonValue {
  switch (int(r, depth > 3 ? 4 : 6)) {
    case 0: return null;
    case 1: return r() < 0.5;
    case 2: return pick(r, [0, -1, 1.5, 1e300, -2.5e-8, 123456789]);
    case 3: return str(r);
    case 4: return Array.from({ length: int(r, 4) }, () => json(r, depth + 1));
    default: return obj(r, depth + 1);
  }
}
function obj(r: R, depth = 0): JsonObject {
  const o: JsonObject = {};
  for (let i = int(r, 4); i > 0; i--) Object.defineProperty(o, str(r, 6) || 'k', { value: json(r, depth), enumerable: true, writable: true, configurable: true });
  return o;
}
/** Unknown keys: never one of the level's own names. */
function extra(r: R, known: readonly string[]): JsonObject | undefined {
  if (r() < 0.6) return undefined;
  const o: JsonObject = {};
  for (let i = 1 + int(r, 2); i > 0; i--) { const k = 'x_' + str(r, 4); if (!known.includes(k)) o[k] = json(r, 2); }
  return o;
}
function item(r: R): TnbOutputItem {
  const kind = int(r, 3);
  const it: TnbOutputItem = kind === 0 ? { mime: 'text/plain', data: str(r, 40) }
    : kind === 1 ? { mime: 'application/vnd.tnb.tensor+json', data: json(r) }
      : { mime: 'image/png', encoding: 'base64', data: Buffer.from(str(r, 20)).toString('base64') };
  const x = extra(r, ['mime', 'encoding', 'data']);
  if (x) it.extra = x;
  return it;
}
function cell(r: R): TnbCell {
  const c: TnbCell = { kind: r() < 0.5 ? 'code' : 'markdown', source: str(r, 30) };
  if (c.kind === 'code' && r() < 0.6) c.outputs = Array.from({ length: int(r, 3) }, () => {
    const o: { items: TnbOutputItem[]; metadata?: JsonObject; extra?: JsonObject } = { items: Array.from({ length: int(r, 3) }, () => item(r)) };
    if (r() < 0.3) o.metadata = obj(r);
    const x = extra(r, ['items', 'metadata']);
    if (x) o.extra = x;
    return o;
  });
  if (r() < 0.4) c.metadata = obj(r);
  const x = extra(r, ['kind', 'source', 'outputs', 'metadata']);
  if (x) c.extra = x;
  return c;
}
function notebook(r: R): TnbNotebook {
  const nb: TnbNotebook = { tnb: 1, metadata: obj(r), cells: Array.from({ length: int(r, 6) }, () => cell(r)) };
  const x = extra(r, ['tnb', 'metadata', 'cells']);
  if (x) nb.extra = x;
  return nb;
}

describe('tnb format: property tests on generated notebooks', () => {
  test('parse(serialize(nb)) equals nb, unknown keys kept, and serializing again gives the same text (1,000 notebooks)', () => {
    const r = rng(1);
    for (let i = 0; i < 1000; i++) {
      const nb = notebook(r);
      const text = serializeTnb(nb);
      const back = parseTnb(text);
      assert.deepEqual(back, nb, `notebook ${i}`);
      assert.equal(serializeTnb(back), text, `notebook ${i}`);
    }
  });

  test('reading and printing in slices (yielding after every piece) give what parseTnb and serializeTnb give (1,000 notebooks, also laid out by JSON.stringify)', async () => {
    const r = rng(2);
    for (let i = 0; i < 1000; i++) {
      const nb = notebook(r);
      const text = serializeTnb(nb);
      assert.equal(await serializeTnbInSlices(nb, new Slicer(0)), text, `notebook ${i}`);
      assert.deepEqual(await parseTnbInSlices(text, new Slicer(0)), nb, `notebook ${i}`);
      const other = i % 2 ? JSON.stringify(JSON.parse(text)) : '\uFEFF' + JSON.stringify(JSON.parse(text), null, '\t');
      assert.deepEqual(await parseTnbInSlices(other, new Slicer(0)), nb, `notebook ${i}, other layout`);
    }
  });

  test('slices yield to the event loop', async () => {
    const r = rng(3);
    const nb: TnbNotebook = { tnb: 1, metadata: {}, cells: Array.from({ length: 50 }, () => cell(r)) };
    let turns = 0;
    const tick = (): void => { turns++; if (!done) setImmediate(tick); };
    let done = false;
    setImmediate(tick);
    const text = await serializeTnbInSlices(nb, new Slicer(0));
    assert.ok(turns >= 40, `printing: ${turns} turns of the event loop`);
    turns = 0;
    await parseTnbInSlices(text, new Slicer(0));
    done = true;
    assert.ok(turns >= 40, `reading: ${turns} turns of the event loop`);
  });
});

// --- mutations ----------------------------------------------------------------------------------------------------
const enc = new TextEncoder();
type Mutation = (r: R, text: string) => Uint8Array;
const asBytes = (s: string) => enc.encode(s);
const SCHEMA_VALUES: JsonValue[] = [null, true, 0, 2, -1, '', 'code', 'raw', [], {}, [1], { a: 1 }, 'x'.repeat(5000)];

/** The JSON paths of a notebook's values (for type mutations). */
function paths(v: JsonValue, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) paths(x, [...at, k], out);
  return out;
}
function setAt(root: JsonValue, path: (string | number)[], value: JsonValue | undefined): JsonValue {
  if (path.length === 0) return value ?? null;
  const copy = structuredClone(root) as Record<string | number, JsonValue>;
  let o = copy;
  for (const k of path.slice(0, -1)) o = o[k] as Record<string | number, JsonValue>;
  const last = path[path.length - 1];
  if (value === undefined) { if (Array.isArray(o)) o.splice(last as number, 1); else delete o[last]; } else o[last] = value;
  return copy as JsonValue;
}

const MUTATIONS: Record<string, Mutation> = {
  truncated: (r, t) => asBytes(t.slice(0, int(r, t.length))),
  'a range deleted': (r, t) => { const a = int(r, t.length); return asBytes(t.slice(0, a) + t.slice(a + 1 + int(r, 20))); },
  'characters inserted': (r, t) => { const a = int(r, t.length); return asBytes(t.slice(0, a) + str(r, 4) + t.slice(a)); },
  'a value of the wrong type': (r, t) => {
    const root = JSON.parse(t) as JsonValue;
    const p = pick(r, paths(root));
    return asBytes(JSON.stringify(setAt(root, p, r() < 0.2 ? undefined : pick(r, SCHEMA_VALUES)), null, 1));
  },
  'a huge string': (r, t) => { const root = JSON.parse(t) as JsonValue; return asBytes(JSON.stringify(setAt(root, pick(r, paths(root)), pick(r, ['é', 'x', '\\', '\n']).repeat(r() < 0.01 ? 1_000_000 : 10_000 + int(r, 30_000))))); },
  'deep nesting': (r) => { const n = 1000 + int(r, 200_000); const open = r() < 0.5 ? '[' : '{"a":'; return asBytes(`{"tnb": 1, "cells": ${open.repeat(n)}1${(open === '[' ? ']' : '}').repeat(r() < 0.5 ? n : int(r, n))}}`); },
  'invalid UTF-8': (r, t) => { const b = asBytes(t); const out = new Uint8Array(b.length + 1); const a = int(r, b.length); out.set(b.slice(0, a)); out[a] = pick(r, [0xff, 0xfe, 0xc0, 0x80, 0xed]); out.set(b.slice(a), a + 1); return out; },
  'a duplicated key': (r, t) => {
    const keys = [...t.matchAll(/\n *("[a-z]+": )/g)];
    if (keys.length === 0) return asBytes(t);
    const m = pick(r, keys); const at = (m.index ?? 0) + 1;
    return asBytes(t.slice(0, at) + `${m[1]}${JSON.stringify(pick(r, SCHEMA_VALUES))}, ` + t.slice(at));
  },
  'random bytes': (r) => Uint8Array.from({ length: int(r, 200) }, () => int(r, 256)),
  'random JSON': (r) => asBytes(JSON.stringify(json(r))),
};

const serializer = new TnbSerializer();
const UNREADABLE = /tnb refuses to save this notebook/;

describe('tnb format: 10,000 mutated and random files', () => {
  test('never crash the reader: a notebook or a TnbFormatError naming the problem; VS Code shows the problem, refuses to save, and the bytes stay as they were', async () => {
    const r = rng(7);
    const counts: Record<string, { ok: number; error: number; unreadable: number }> = {};
    const names = Object.keys(MUTATIONS);
    for (let i = 0; i < 10_000; i++) {
      const name = names[i % names.length];
      const base = serializeTnb(notebook(r));
      const input = MUTATIONS[name](r, base);
      const before = Uint8Array.from(input);
      const where = `case ${i} (${name})`;
      const c = (counts[name] ??= { ok: 0, error: 0, unreadable: 0 });
      // The reader itself.
      let text: string | null = null;
      try { text = new TextDecoder('utf-8', { fatal: true }).decode(input); } catch { /* not UTF-8: the serializer's job below */ }
      if (text !== null && text.trim() !== '') {
        // Read in slices, the same file gives the same notebook or the same error.
        const sliced = await parseTnbInSlices(text, new Slicer(0)).catch((e: unknown) => e);
        try {
          const nb = parseTnb(text);
          assert.deepEqual(sliced, nb, `${where}: read in slices`);
          assert.equal(serializeTnb(parseTnb(serializeTnb(nb))), serializeTnb(nb), `${where}: a file that reads is written back stably`);
          c.ok++;
        } catch (e) {
          assert.ok(e instanceof TnbFormatError, `${where}: ${(e as Error)?.stack}`);
          assert.ok(e.problem.length > 0 && e.message.length < 400, `${where}: message ${JSON.stringify(e.message.slice(0, 500))}`);
          assert.ok(sliced instanceof TnbFormatError && sliced.message === e.message, `${where}: read in slices: ${String(sliced)}`);
          c.error++;
        }
      }
      // The VS Code serializer: never throws on open; an unreadable file becomes one explanation cell and cannot be saved.
      const data = await serializer.deserializeNotebook(input);
      assert.ok(Buffer.from(input).equals(Buffer.from(before)), `${where}: the bytes are untouched`);
      if (data.cells.length === 1 && UNREADABLE.test(data.cells[0].value)) {
        await assert.rejects(serializer.serializeNotebook(data), /tnb will not save this notebook/, where);
        c.unreadable++;
      }
    }
    for (const name of names) assert.ok(counts[name].unreadable > 0, `${name}: ${JSON.stringify(counts[name])}`);
    // Each mutation family produced real errors (the test is not passing on valid files alone).
    for (const name of ['truncated', 'a value of the wrong type', 'a huge string', 'deep nesting', 'a duplicated key', 'random JSON']) {
      assert.ok(counts[name].error > 0, `${name}: ${JSON.stringify(counts[name])}`);
    }
  });
});
