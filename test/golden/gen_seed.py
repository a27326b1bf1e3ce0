"""The seed program of issue 2, run in real PyTorch 1.13.1; writes test/golden/seed.json (printed text per step).

Run: /usr/bin/python3 test/golden/gen_seed.py
Two variants: as written (the second y.backward raises "backward through the graph a second time"), and with
retain_graph=True on the first backward (then x.grad accumulates 3 + 3 * gradient).
"""
import json, os, torch

def run(retain):
    out = []
    def p(v): out.append(str(v))
    x = torch.ones(3, 3, 3, requires_grad=True); p(x); p(x.data)
    y = x * 3; p(y); p(type(y.grad_fn).__name__)
    y.backward(torch.ones(3, 3, 3), retain_graph=retain); p(x.grad)
    z = y * y * y; p(z)
    torch.manual_seed(0)
    gradient = torch.randn(3, 3, 3)
    try:
        y.backward(gradient); p(x.grad)
    except RuntimeError as e:
        out.append('RuntimeError: ' + str(e))
    return out

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, 'seed.json'), 'w') as f:
    json.dump({'torch': torch.__version__, 'plain': run(False), 'retain_graph': run(True)}, f, indent=1)
    f.write('\n')
