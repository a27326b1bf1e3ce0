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
