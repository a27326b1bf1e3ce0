"""Error texts of PyTorch 1.13.1 for calls checked one by one (test/unit/errors.test.ts makes the same calls).

Run: /usr/bin/python3 test/golden/gen_errors.py  → test/golden/errors.json
"""
import json, os, torch

o = torch.ones
CASES = {
    'bmm_batch1_2d': lambda: o(2, 3).bmm(o(2, 3, 4)),
    'bmm_batch2_2d': lambda: o(2, 3, 4).bmm(o(3, 4)),
    'mv_vec_2d': lambda: o(2, 3).mv(o(2, 3)),
    'permute_duplicate': lambda: o(2, 3).permute(0, 0),
    'flatten_order': lambda: o(2, 3).flatten(1, 0),
    'expand_leading_minus_one': lambda: o(3).expand(-1, 3),
    'clamp_no_bounds': lambda: o(3).clamp(),
    'where_float_condition': lambda: torch.where(o(3), o(3), o(3)),
    't_3d': lambda: o(2, 2, 2).t(),
    'matmul_0d': lambda: torch.matmul(o(3), torch.tensor(1.)),
    'select_out_of_range': lambda: o(2).select(0, 5),
    'slice_step_zero': lambda: o(2)[0:2:0],
    'view_two_inferred': lambda: o(2, 3).view(-1, -1),
    'select_0d': lambda: torch.tensor(1.).select(0, 0),
    'inplace_float_into_long': lambda: o(3, dtype=torch.long).add_(o(3)),
    'sum_repeated_dim': lambda: o(3).sum(dim=(0, 0)),
}

out = {}
for name, f in CASES.items():
    try:
        f()
        raise SystemExit(f'{name} did not raise')
    except SystemExit:
        raise
    except Exception as e:
        out[name] = {'type': type(e).__name__, 'message': str(e)}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'errors.json'), 'w') as fh:
    json.dump({'torch': torch.__version__, 'cases': out}, fh, indent=1)
    fh.write('\n')
