// kernel/stream-output.ts: how a cell's prints leave the worker (batched by size and time, capped per cell).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { StreamOutput, type StreamName } from '../../kernel/stream-output';

function setup(limit: number | null, flushChars = 100) {
  const posted: [StreamName, string][] = [];
  let t = 0;
  const s = new StreamOutput((name, text) => posted.push([name, text]), { limit, flushChars, flushMs: 50, now: () => t });
  return { s, posted, tick: (ms: number) => { t += ms; } };
}

test('a write after a quiet 50 ms goes at once; quicker ones are joined per stream and go in order', () => {
  const { s, posted, tick } = setup(null);
  s.start();
  s.write('stdout', 'first\n');
  assert.deepEqual(posted, [['stdout', 'first\n']], 'the first line of a cell is not held back');
  s.write('stdout', 'a\n'); s.write('stdout', 'b\n'); s.write('stderr', 'w\n'); s.write('stdout', 'c\n');
  assert.equal(posted.length, 1);
  tick(30); s.poll();
  assert.equal(posted.length, 1, 'not yet: 30 ms');
  tick(20); s.poll();   // an engine call 50 ms after the last post
  assert.deepEqual(posted.slice(1), [['stdout', 'a\nb\n'], ['stderr', 'w\n'], ['stdout', 'c\n']]);
  s.write('stdout', 'x'.repeat(100));
  assert.equal(posted.length, 5, 'posted at 100 waiting characters');
  s.write('stdout', 'tail'); s.finish();
  assert.deepEqual(posted[5], ['stdout', 'tail']);
});

test('a million prints become a bounded number of messages', () => {
  const { s, posted, tick } = setup(null, 65536);
  s.start();
  for (let i = 0; i < 1_000_000; i++) { s.write('stdout', `${i}\n`); if (i % 1000 === 0) tick(1); }
  s.finish();
  assert.ok(posted.length < 200, `${posted.length} messages`);
  assert.equal(posted.map(([, t]) => t).join('').split('\n').length, 1_000_001);
});

test('past the limit text is dropped, a note says so once, and the end says how much was not shown', () => {
  const { s, posted } = setup(10);
  s.start();
  s.write('stdout', '0123456'); s.write('stdout', '789abc'); s.write('stdout', 'more');
  s.finish();
  const out = posted.filter(([n]) => n === 'stdout').map(([, t]) => t).join('');
  const err = posted.filter(([n]) => n === 'stderr').map(([, t]) => t).join('');
  assert.equal(out, '0123456789');
  assert.match(err, /output reached 10 characters \(the tnb\.maxCellOutputChars setting\)/);
  assert.equal(err.match(/reached/g)?.length, 1);
  assert.match(err, /\[tnb: 7 more characters of output were not shown\]\n$/);
  // The next cell has its own budget.
  posted.length = 0;
  s.start(); s.write('stdout', 'fresh'); s.finish();
  assert.deepEqual(posted, [['stdout', 'fresh']]);
});

test('the cut never splits a surrogate pair', () => {
  const { s, posted } = setup(3);
  s.start(); s.write('stdout', 'ab😀c'); s.finish();
  assert.equal(posted[0][1], 'ab');
  assert.match(posted.map(([, t]) => t).join(''), /3 more characters/);
});
