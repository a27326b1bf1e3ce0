import torch
y = torch.tensor([[1., 4., 9., 16., 25.], [2., 3., 5., 7., 11.], [0., 1., 0., 1., 0.]], requires_grad=True)
for kw in [{}, dict(spacing=2.), dict(dim=1), dict(dim=0, edge_order=2), dict(spacing=[0.5, 2.]), dict(spacing=(torch.tensor([0., 1., 3.]),), dim=0),
           dict(spacing=[torch.tensor([0., 1., 3.]), torch.tensor([0., 0.5, 1.5, 2., 4.])]), dict(spacing=[torch.tensor([0., 1., 3.]), torch.tensor([0., 0.5, 1.5, 2., 4.])], edge_order=2), dict(dim=[1], spacing=[3])]:
    r = torch.gradient(y, **kw)
    print(kw.keys(), [t.tolist() for t in r], [t.grad_fn for t in r])
    print('  ', torch.autograd.grad(sum((t * torch.arange(float(t.numel())).view(t.shape)).sum() for t in r), y))
print(torch.gradient(torch.tensor([1, 4, 9, 16])), torch.gradient(torch.tensor([1., 4., 9., 16.], dtype=torch.float64), edge_order=2))
for kw in [dict(spacing=[1., 2., 3.]), dict(edge_order=3), dict(spacing=[1., 2.], dim=1)]:
    try: torch.gradient(y, **kw)
    except RuntimeError as e: print('RuntimeError', e)
try: torch.gradient(torch.ones(2, 1))
except RuntimeError as e: print('RuntimeError', e)
print(torch.gradient(torch.tensor([True, False, True])) if False else '')
try: torch.gradient(torch.tensor([True, False, True]))
except RuntimeError as e: print('RuntimeError', e)
