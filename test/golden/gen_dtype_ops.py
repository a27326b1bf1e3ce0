#!/usr/bin/python3
"""Generate test/golden/dtype_ops.json: the op-by-dtype matrix of dtype_ops.py (which ops accept which dtype, the
result's dtype and text or the error) as real PyTorch 1.13.1 gives it. Run: /usr/bin/python3 test/golden/gen_dtype_ops.py"""
import json
import os
import sys
import warnings

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import dtype_ops  # noqa: E402

warnings.simplefilter('ignore')
with open(os.path.join(HERE, 'dtype_ops.json'), 'w') as f:
    json.dump({'torch': torch.__version__, 'matrix': dtype_ops.matrix()}, f, indent=1, sort_keys=True)
    f.write('\n')
