#!/usr/bin/python3
"""Generate test/golden/layouts.json: the memory layouts real PyTorch 1.13.1 gives new tensors.

Run:  /usr/bin/python3 test/golden/gen_layouts.py

Random operand layouts (shapes of 0-4 dims with sizes 1-4, then permuted, sliced with a step, size-1 dims
expanded, unsqueezed), fixed seed. Each case:
  {"operands": [{"shape", "strides"}, ...],   one to three operands, broadcastable
   "out": strides of the pointwise result (x * 1, x + y, torch.where(x != 0, y, z) for three: where's
          condition is the pointwise result x != 0, laid out by the same rule from x alone)
   "clone": strides of the first operand's clone() (memory_format=preserve)}
The unit test test/unit/layout.test.ts checks kernel/engine/shape.ts's iteratorStrides and preservedStrides
against every case.
"""
import json
import os
import random

import torch

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'layouts.json')


def operand(rng, shape):
    """A tensor of `shape` with a random layout: a permutation of a bigger block, maybe strided or expanded."""
    nd = len(shape)
    perm = list(range(nd))
    rng.shuffle(perm)
    step = [rng.choice([1, 1, 1, 2]) for _ in range(nd)]
    base_shape = [shape[perm.index(i)] * step[perm.index(i)] for i in range(nd)]
    t = torch.zeros(base_shape) if nd else torch.zeros(())
    # view with the permutation undone, then slice with the steps
    inv = [perm.index(i) for i in range(nd)]
    t = t.permute(*inv) if nd else t
    t = t[tuple(slice(None, None, s) for s in step)] if nd else t
    if nd and rng.random() < 0.3:
        d = rng.randrange(nd)
        if t.shape[d] == 1:
            sizes = list(t.shape)
            sizes[d] = rng.choice([1, 3])
            t = t.expand(*sizes)
    return t


def broadcast_shapes(rng, nd):
    full = [rng.randint(1, 4) for _ in range(nd)]
    shapes = []
    for _ in range(3):
        k = rng.randint(0, nd) if rng.random() < 0.3 else nd
        s = [1 if rng.random() < 0.25 else n for n in full[nd - k:]]
        shapes.append(s)
    return shapes


def main():
    rng = random.Random(20261129)
    cases = []
    while len(cases) < 600:
        nd = rng.randint(0, 4)
        shapes = broadcast_shapes(rng, nd)
        count = rng.choice([1, 2, 2, 3])
        ops = [operand(rng, s) for s in shapes[:count]]
        try:
            if count == 1:
                out = ops[0] * 1
            elif count == 2:
                out = ops[0] + ops[1]
            else:
                out = torch.where(ops[0] != 0, ops[1], ops[2])
        except RuntimeError:   # an expanded dim that no longer broadcasts with the others
            continue
        cases.append({
            'operands': [{'shape': list(t.shape), 'strides': list(t.stride())} for t in ops],
            'out': list(out.stride()),
            'outShape': list(out.shape),
            'clone': list(ops[0].clone().stride()),
        })
    with open(OUT, 'w') as f:
        json.dump({'torch': torch.__version__, 'cases': cases}, f, separators=(',', ':'))
        f.write('\n')
    print(f'wrote {OUT}: {len(cases)} cases')


if __name__ == '__main__':
    main()
