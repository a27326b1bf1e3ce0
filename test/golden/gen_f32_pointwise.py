#!/usr/bin/python3
"""Generate test/golden/f32_pointwise.json: float32 results of the libraries PyTorch 1.13.1's CPU kernels call.

Run:  /usr/bin/python3 test/golden/gen_f32_pointwise.py

PyTorch 1.13.1 (Debian) links the system SLEEF 3.5.1 (libsleef.so.3) and calls its AVX2 functions (Sleef_logf8_u10, Sleef_tanhf8_u10,
...) for the vectorised part of a run; the scalar lambdas call glibc's libm. SLEEF's purecfma functions
(Sleef_tanhf1_u10purecfma, ...) run the same algorithm lane by lane with the same fused multiply-adds, so they give
the AVX2 lanes' values; libm.so.6's expf/expm1f/tanhf/log1pf/erff and sinhf/coshf the scalar ones (this machine's glibc 2.36).
The inputs: random float32 bit patterns (every magnitude, NaN, inf, subnormals) and randn·3 values, plus edges.
Output: {"x": [bits], "sleef": {op code: [bits]}, "glibc": {fn code: [bits]}} (op codes as kernels.ts UnaryOp,
fn codes as kernel/wasm/assembly/glibc.ts glibcF32).
"""
import ctypes
import json
import os
import random
import struct

HERE = os.path.dirname(os.path.abspath(__file__))
SLEEF = ctypes.CDLL('libsleef.so.3')
LIBM = ctypes.CDLL('libm.so.6')


def fn(lib, name):
    f = getattr(lib, name)
    f.restype, f.argtypes = ctypes.c_float, [ctypes.c_float]
    return f


def bits(v):
    return struct.unpack('<I', struct.pack('<f', v))[0]


def value(b):
    return struct.unpack('<f', struct.pack('<I', b))[0]


random.seed(20261130)
xs = [random.getrandbits(32) for _ in range(1200)]
xs += [bits(random.gauss(0, 3)) for _ in range(1200)]
xs += [bits(v) for v in (0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1e-30, -1e-30, 1e-45, 8.664339742, -8.664339742, 88.72283172607421875,
                         -16.635532333438687426013570, 89.0, 1e38, 3e38, -0.999999, 1.1, 2.4, 4.0, 6.0, 22.0)]
xs += [0x7f800000, 0xff800000, 0x7fc00000]
SLEEF_OPS = {2: 'logf1_u10', 5: 'sinf1_u10', 6: 'cosf1_u10', 7: 'tanhf1_u10', 15: 'log1pf1_u10', 16: 'expm1f1_u10',
             22: 'tanf1_u10', 23: 'asinf1_u10', 24: 'acosf1_u10', 25: 'atanf1_u10', 26: 'sinhf1_u10', 27: 'coshf1_u10',
             28: 'log2f1_u10', 29: 'log10f1_u10', 35: 'erff1_u10', 45: 'erfcf1_u15'}
GLIBC = {0: 'expf', 1: 'expm1f', 2: 'tanhf', 3: 'log1pf', 4: 'erff', 5: 'sinhf', 6: 'coshf'}
out = {'x': xs, 'sleef': {}, 'glibc': {}}
for op, name in SLEEF_OPS.items():
    f = fn(SLEEF, 'Sleef_%spurecfma' % name)
    out['sleef'][str(op)] = [bits(f(value(b))) for b in xs]
for code, name in GLIBC.items():
    f = fn(LIBM, name)
    out['glibc'][str(code)] = [bits(f(value(b))) for b in xs]
with open(os.path.join(HERE, 'f32_pointwise.json'), 'w') as fh:
    json.dump(out, fh, separators=(',', ':'))
    fh.write('\n')
