// DataLoader(num_workers > 0): Pyodide has no worker processes, so tnb loads in the kernel's process, says so in a
// UserWarning, and yields the batches PyTorch yields (same order, same shuffling stream) — checked against the
// num_workers=0 loader, whose batches the parity snippets compare with real PyTorch.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { run, session } from './helpers';

const s = session();
before(async () => { await s.start(); });
after(async () => { await s.dispose(); });

test('DataLoader(num_workers=2) warns and loads in process with the batches of num_workers=0', async () => {
  const r = await run(s, `import torch
from torch.utils.data import DataLoader, TensorDataset
ds = TensorDataset(torch.arange(10))
def batches(**kw):
    torch.manual_seed(3)
    return [b[0].tolist() for b in DataLoader(ds, batch_size=3, shuffle=True, **kw)]
a = batches(num_workers=2, persistent_workers=True)
print(a == batches(), len(a))`);
  assert.ok(!r.error, JSON.stringify(r.error));
  assert.equal(r.stdout, 'True 4\n');
  assert.match(r.stderr, /UserWarning: tnb: DataLoader\(num_workers=2\) loads data in the kernel's process/);
});
