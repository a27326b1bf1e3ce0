#!/usr/bin/python3
"""Generate test/golden/unordered_set.json: the iteration order of libstdc++'s std::unordered_set built from a
range, which is the order of torch.unique(x, sorted=False) in PyTorch 1.13.1 (unique_cpu_template copies the set).

Run:  /usr/bin/python3 test/golden/gen_unordered_set.py   (needs g++; compiles unordered_set_order.cc)

Cases: int64, float32 and float64 inputs of 1 to 1,000 elements (so that the table rehashes several times), small and
large value ranges, negative values, -0.0 and 0.0 mixed. test/unit/unique.test.ts checks tnb's emulation against
every case; the parity snippet order_unique checks it against PyTorch itself.
"""
import json
import os
import random
import struct
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def f32(v):
    return struct.unpack('f', struct.pack('f', v))[0]


def main():
    rnd = random.Random(20261129)
    cases = []
    for c in range(78):
        kind = c % 3
        n = [1, 2, 5, 12, 13, 14, 15, 27, 28, 29, 60, 200, 1000][c % 13]
        span = [3, 10, 100, 10 ** 6][c % 4]
        vals = []
        for i in range(n):
            v = rnd.randrange(span) - (span // 2 if c % 5 == 0 else 0)
            if kind > 0:
                v = v / 7 + (0.1 if c % 7 == 0 else 0)
                if c % 11 == 0 and i % 9 == 0:
                    v = -0.0
                if kind == 1:
                    v = f32(v)
            vals.append(v)
        cases.append({'dtype': ['int64', 'float32', 'float64'][kind], 'values': vals})
    with tempfile.TemporaryDirectory() as tmp:
        exe = os.path.join(tmp, 'order')
        subprocess.run(['g++', '-O2', '-o', exe, os.path.join(HERE, 'unordered_set_order.cc')], check=True)
        text = ''.join(f"{['int64', 'float32', 'float64'].index(c['dtype'])} {len(c['values'])} "
                       + ' '.join(repr(v) if c['dtype'] != 'int64' else str(v) for v in c['values']) + '\n' for c in cases)
        out = subprocess.run([exe], input=text, capture_output=True, text=True, check=True).stdout.strip().split('\n')
    for c, line in zip(cases, out):
        c['order'] = [int(x) if c['dtype'] == 'int64' else float(x) for x in line.split()]
    with open(os.path.join(HERE, 'unordered_set.json'), 'w') as f:
        json.dump({'cases': cases}, f, separators=(',', ':'))
        f.write('\n')
    print(f'wrote {len(cases)} cases')


if __name__ == '__main__':
    main()
