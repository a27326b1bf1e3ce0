// Positions in JSON text, for error messages that point at a line and column.
//
// JSON.parse builds the values but says little about where a problem is: V8's message has an offset for some
// syntax errors and none for others, and nothing locates a value that parsed but has the wrong shape. This is
// a small scanner over the same grammar (RFC 8259) that finds the first syntax error, and the offset of the
// value at a path such as ["cells", 2, "kind"].

export type JsonPath = readonly (string | number)[];

export interface JsonSyntaxProblem {
  problem: string;
  offset: number;
}

class SyntaxProblem extends Error {
  constructor(
    readonly problem: string,
    readonly offset: number,
  ) {
    super(problem);
  }
}

const WHITESPACE = ' \t\n\r';
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** A scanner over JSON text: each method reads one construct starting at `pos` and leaves `pos` after it. */
class Scanner {
  pos = 0;

  constructor(private readonly text: string) {}

  private fail(problem: string, offset = this.pos): never {
    throw new SyntaxProblem(problem, offset);
  }

  private found(): string {
    const c = this.text[this.pos];
    return c === undefined ? 'the end of the file' : `'${c}'`;
  }

  whitespace(): void {
    while (this.pos < this.text.length && WHITESPACE.includes(this.text[this.pos])) this.pos++;
  }

  document(): void {
    this.value();
    this.whitespace();
    if (this.pos < this.text.length) this.fail('unexpected text after the end of the JSON value');
  }

  value(): void {
    this.whitespace();
    const c = this.text[this.pos];
    if (c === '{') this.object();
    else if (c === '[') this.array();
    else if (c === '"') this.string();
    else if (c === '-' || (c >= '0' && c <= '9')) this.number();
    else if (this.text.startsWith('true', this.pos)) this.pos += 4;
    else if (this.text.startsWith('false', this.pos)) this.pos += 5;
    else if (this.text.startsWith('null', this.pos)) this.pos += 4;
    else this.fail(`expected a value, found ${this.found()}`);
  }

  /** Reads an object; calls `member(key)` with `pos` at each member's value, which `member` may move past. */
  object(member?: (key: string) => void): void {
    this.pos++; // '{'
    this.whitespace();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return;
    }
    for (;;) {
      this.whitespace();
      if (this.text[this.pos] !== '"') this.fail(`expected a double-quoted property name, found ${this.found()}`);
      const keyStart = this.pos;
      this.string();
      const key = JSON.parse(this.text.slice(keyStart, this.pos)) as string;
      this.whitespace();
      if (this.text[this.pos] !== ':') this.fail(`expected ':' after the property name, found ${this.found()}`);
      this.pos++;
      this.whitespace();
      if (member) member(key);
      this.value();
      this.whitespace();
      const c = this.text[this.pos];
      if (c !== ',' && c !== '}') this.fail(`expected ',' or '}' after a property value, found ${this.found()}`);
      this.pos++;
      if (c === '}') return;
    }
  }

  /** Reads an array; calls `element(index)` with `pos` at each element. */
  array(element?: (index: number) => void): void {
    this.pos++; // '['
    this.whitespace();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return;
    }
    for (let index = 0; ; index++) {
      this.whitespace();
      if (element) element(index);
      this.value();
      this.whitespace();
      const c = this.text[this.pos];
      if (c !== ',' && c !== ']') this.fail(`expected ',' or ']' after an array element, found ${this.found()}`);
      this.pos++;
      if (c === ']') return;
    }
  }

  private string(): void {
    const start = this.pos++;
    while (this.pos < this.text.length) {
      const c = this.text[this.pos];
      if (c === '"') {
        this.pos++;
        return;
      }
      if (c === '\\') {
        const next = this.text[this.pos + 1];
        if (next !== undefined && '"\\/bfnrt'.includes(next)) this.pos += 2;
        else if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.pos + 2, this.pos + 6))) this.pos += 6;
        else this.fail('invalid escape sequence in a string');
        continue;
      }
      if (c < ' ') this.fail(c === '\n' ? 'line break inside a string (write it as \\n)' : 'control character inside a string');
      this.pos++;
    }
    this.fail('unterminated string', start);
  }

  private number(): void {
    NUMBER.lastIndex = this.pos;
    const m = NUMBER.exec(this.text);
    if (!m) this.fail('invalid number');
    this.pos += m[0].length;
  }
}

/**
 * The deepest nesting of arrays and objects a notebook may have. Deeper files are refused before anything parses
 * them: JSON.parse copes, but the recursive walks after it (this scanner, JSON.stringify on save, the outputs) would
 * overflow the stack. Real notebooks nest a few levels; the bound leaves room for any metadata.
 */
export const MAX_JSON_NESTING = 1000;

export interface JsonStructure {
  /** Offset of the bracket that opens level MAX_JSON_NESTING + 1, or -1. */
  tooDeep: number;
  /** The first key that appears twice in one object (JSON.parse would silently keep the last), or null. */
  duplicate: { key: string; offset: number } | null;
}

/**
 * One linear pass over JSON text, without recursion, for what JSON.parse does not report: nesting too deep for the
 * recursive code after it, and duplicated keys (a save would drop all but the last, losing data). On text that is
 * not valid JSON the answers are approximate; callers ask JSON.parse first where it matters. `outerDepth`: how deep
 * `text` stands inside a larger document (a cell of a notebook read one cell at a time).
 */
export function jsonStructure(text: string, outerDepth = 0): JsonStructure {
  const keys: (Set<string> | null)[] = []; // per open bracket: the keys seen (objects) or null (arrays)
  let duplicate: JsonStructure['duplicate'] = null;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) { // a string: find its end, then see whether it is a key
      const start = i;
      let escaped = false;
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c) { escaped = true; i++; } else if (d === 0x22) break;
      }
      const top = keys[keys.length - 1];
      if (top && !duplicate) {
        let j = i + 1;
        while (j < text.length && (text[j] === ' ' || text[j] === '\n' || text[j] === '\r' || text[j] === '\t')) j++;
        if (text[j] === ':') {
          const raw = text.slice(start + 1, i);
          let key = raw;
          if (escaped) { try { key = JSON.parse(`"${raw}"`) as string; } catch { /* invalid: JSON.parse reports it */ } }
          if (top.has(key)) duplicate = { key, offset: start };
          else top.add(key);
        }
      }
    } else if (c === 0x5b || c === 0x7b) {
      keys.push(c === 0x7b ? new Set() : null);
      if (keys.length + outerDepth > MAX_JSON_NESTING) return { tooDeep: i, duplicate };
    } else if (c === 0x5d || c === 0x7d) keys.pop();
  }
  return { tooDeep: -1, duplicate };
}

/** The first syntax error in `text`, or null when it is valid JSON. */
export function findJsonSyntaxProblem(text: string): JsonSyntaxProblem | null {
  try {
    new Scanner(text).document();
    return null;
  } catch (e) {
    if (e instanceof SyntaxProblem) return { problem: e.problem, offset: e.offset };
    throw e;
  }
}

/**
 * Offset in `text` (valid JSON) of the value at `path`, or of the deepest value on the way there when the path
 * does not exist (e.g. the object that lacks a required key). A key given twice resolves to its last occurrence,
 * as JSON.parse keeps the last one.
 */
export function locateJsonPath(text: string, path: JsonPath): number {
  const scanner = new Scanner(text);
  scanner.whitespace();
  let at = scanner.pos;
  for (const segment of path) {
    let next = -1;
    const c = text[at];
    scanner.pos = at;
    if (typeof segment === 'number' && c === '[') {
      scanner.array((index) => {
        if (index === segment) next = scanner.pos;
      });
    } else if (typeof segment === 'string' && c === '{') {
      scanner.object((key) => {
        if (key === segment) next = scanner.pos;
      });
    }
    if (next < 0) break;
    at = next;
  }
  return at;
}

/** 1-based line and column (in UTF-16 code units) of `offset`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
