// The seed program of issue 2 written against the TypeScript API prints exactly what PyTorch 1.13.1 prints
// (test/golden/seed.json from test/golden/gen_seed.py), in both the plain and the retain_graph variant.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import * as torch from '../../kernel/engine';

const golden = JSON.parse(readFileSync(join(__dirname, '../golden/seed.json'), 'utf8')) as { plain: string[]; retain_graph: string[] };

function run(retain: boolean): string[] {
  const out: string[] = [];
  const p = (t: torch.Tensor) => out.push(t.repr());
  const x = torch.ones([3, 3, 3], { requires_grad: true }); p(x); p(x.data);
  const y = x.mul(3); p(y); out.push(y.grad_fn?.name() ?? 'None');
  y.backward(torch.ones([3, 3, 3]), { retain_graph: retain }); p(x.grad as torch.Tensor);
  const z = y.mul(y).mul(y); p(z);
  torch.manual_seed(0);
  const gradient = torch.randn([3, 3, 3]);
  try {
    y.backward(gradient); p(x.grad as torch.Tensor);
  } catch (e) {
    if (!(e instanceof torch.TorchError)) throw e;
    out.push(`${e.pyType}: ${e.message}`);
  }
  return out;
}

test('seed program: second backward raises PyTorch\'s error', () => {
  assert.deepEqual(run(false), golden.plain);
});

test('seed program with retain_graph=True: x.grad = 3 + 3 * gradient as PyTorch prints it', () => {
  assert.deepEqual(run(true), golden.retain_graph);
});
