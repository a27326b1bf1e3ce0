// A cell's stdout/stderr on their way out of the worker: batched, and bounded.
//
// Python's print calls `write` once or twice per call. Posting each write as a message floods the host in a loop
// that prints (tens of thousands of messages a second, each one a change to the notebook document). So a write is
// posted at once when the last post is 50 ms old, and otherwise waits, joined with the next ones, until 64 KiB wait
// or a later check finds 50 ms passed. The worker runs Python synchronously, so no timer can fire during a cell;
// the checks are each write, each engine call (`poll`, from the bridge), time.sleep, anything else the cell
// sends, and its end. Only a pure-Python computation right after a burst of prints holds the burst's tail back.
// A cell's output can also be capped (the extension's tnb.maxCellOutputChars): past the cap, text is dropped, a
// note says so once, and the cell's end says how much was not shown. The cell keeps running; interrupt stops it.

export type StreamName = 'stdout' | 'stderr';

export interface StreamOutputOptions {
  /** Characters a cell may print before the rest is dropped; null: no limit. */
  limit: number | null;
  flushChars?: number;
  flushMs?: number;
  now?: () => number;
}

export class StreamOutput {
  private pending: { name: StreamName; text: string }[] = [];
  private pendingChars = 0;
  private lastPost: number;
  private written = 0;
  private dropped = 0;
  private readonly limit: number | null;
  private readonly flushChars: number;
  private readonly flushMs: number;
  private readonly now: () => number;

  constructor(private readonly post: (name: StreamName, text: string) => void, options: StreamOutputOptions) {
    this.limit = options.limit;
    this.flushChars = options.flushChars ?? 65536;
    this.flushMs = options.flushMs ?? 50;
    this.now = options.now ?? (() => performance.now());
    this.lastPost = this.now();
  }

  /** A new cell: its own budget. */
  start(): void {
    this.pending = [];
    this.pendingChars = 0;
    this.written = 0;
    this.dropped = 0;
    this.lastPost = -Infinity;
  }

  /** Posts what waits if the last post is old enough (cheap when nothing waits: called at every engine call). */
  poll(): void {
    if (this.pending.length > 0 && this.now() - this.lastPost >= this.flushMs) this.flush();
  }

  write(name: StreamName, text: string): void {
    if (text === '') return;
    if (this.limit !== null && this.written + text.length > this.limit) {
      let room = Math.max(0, this.limit - this.written);
      if (room > 0 && /[\ud800-\udbff]/.test(text[room - 1])) room--; // do not split a surrogate pair
      if (this.dropped === 0) {
        if (room > 0) this.add(name, text.slice(0, room));
        this.add('stderr', `\n[tnb: this cell's output reached ${this.limit.toLocaleString('en-US')} characters (the ` +
          'tnb.maxCellOutputChars setting); what it prints from here on is not shown. The cell is still running: ' +
          'interrupt it to stop it.]\n');
      }
      this.written = this.limit;
      this.dropped += text.length - (this.dropped === 0 ? room : 0);
      this.flush();
      return;
    }
    this.written += text.length;
    this.add(name, text);
    if (this.pendingChars >= this.flushChars || this.now() - this.lastPost >= this.flushMs) this.flush();
  }

  /** Posts what is waiting (before a display, at the end of a cell). */
  flush(): void {
    for (const { name, text } of this.pending) this.post(name, text);
    this.pending = [];
    this.pendingChars = 0;
    this.lastPost = this.now();
  }

  /** The end of a cell: what is waiting, then how much was not shown. */
  finish(): void {
    if (this.dropped > 0) this.add('stderr', `[tnb: ${this.dropped.toLocaleString('en-US')} more characters of output were not shown]\n`);
    this.flush();
  }

  private add(name: StreamName, text: string): void {
    const last = this.pending[this.pending.length - 1];
    if (last && last.name === name) last.text += text;
    else this.pending.push({ name, text });
    this.pendingChars += text.length;
  }
}
