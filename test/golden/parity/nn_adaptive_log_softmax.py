import torch
import torch.nn as nn
torch.manual_seed(0)
m = nn.AdaptiveLogSoftmaxWithLoss(8, 10, [3, 6], div_value=2.0)
print(m)
x = torch.randn(5, 8, requires_grad=True)
t = torch.tensor([0, 4, 9, 2, 7])
out, loss = m(x, t)
print(out, loss, out.grad_fn, loss.grad_fn)
loss.backward()
print(x.grad[0], m.head.weight.grad[0], m.tail[1][1].weight.grad[0])
print(m.log_prob(x), m.predict(x))
o = m(x[0], t[1])
print(o.output, o.loss, type(o).__name__)
m2 = nn.AdaptiveLogSoftmaxWithLoss(4, 5, (2,), head_bias=True)
print(m2, m2.predict(torch.randn(3, 4)))
for f in [lambda: nn.AdaptiveLogSoftmaxWithLoss(8, 10, [6, 3]), lambda: m(x, torch.tensor([0, 1, 2, 3, 10])),
          lambda: m(x, t[:3]), lambda: m(x, t.view(5, 1))]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
