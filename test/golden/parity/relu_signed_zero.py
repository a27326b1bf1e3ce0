import torch
import torch.nn.functional as F
# relu is clamp_min(x, 0) = std::max(x, 0): -0.0 and NaN pass through; the vector body and the scalar tail agree
vals = [-0.0, 0.0, float('nan'), -float('nan'), float('inf'), -float('inf'), 1e-45, -1e-45, 2.5, -2.5, 3e38, -3e38] * 3
for dt in (torch.float32, torch.float64):
    x = torch.tensor(vals, dtype=dt)
    y = torch.relu(x)
    print(dt, [repr(v) for v in y.tolist()])
    print('1/relu(±0):', (1 / y[:2]).tolist())
    print('transposed:', F.relu(x.view(6, 6).t()).tolist()[0])
    z = x.clone()
    F.relu(z, inplace=True)
    print('inplace:', [repr(v) for v in z[:12].tolist()])
    print('nn.ReLU:', [repr(v) for v in torch.nn.ReLU()(x)[:12].tolist()])
g = torch.tensor([-0.0, 0.0, -1.0, 2.0, float('nan')], requires_grad=True)
r = torch.relu(g)
r.backward(torch.ones(5))
print(r.grad_fn.name(), [repr(v) for v in r.tolist()], g.grad.tolist())
print(torch.relu(torch.tensor([-3, 0, 4])).tolist())
