import torch


def show(name, f):
    try:
        r = f()
        print(name, r)
        if isinstance(r, torch.Tensor):
            print('  ', r.dtype, r.shape, r.grad_fn)
    except Exception as e:
        print(name, type(e).__name__, e)


a = torch.tensor([[1., 2.], [3., 4.]], requires_grad=True)
v = torch.tensor([5., 6., 7.], requires_grad=True)
s = torch.tensor(8., requires_grad=True)
show('block_diag', lambda: torch.block_diag(a, v, s))
show('block_diag none', lambda: torch.block_diag())
show('block_diag one', lambda: torch.block_diag(a))
show('block_diag transposed', lambda: torch.block_diag(a.t(), a))
show('block_diag mixed dtype', lambda: torch.block_diag(a, torch.tensor([1, 2])))
show('block_diag long', lambda: torch.block_diag(torch.tensor([1, 2]), torch.tensor([[3]])))
show('block_diag f64', lambda: torch.block_diag(a, v.double()))
show('block_diag bool', lambda: torch.block_diag(torch.tensor([True]), torch.tensor([[False]])))
show('block_diag 3d', lambda: torch.block_diag(a, torch.ones(2, 2, 2)))
show('block_diag empty', lambda: torch.block_diag(a, torch.ones(0, 3)))
show('block_diag empty 1d', lambda: torch.block_diag(a, torch.ones(0)))
show('block_diag list', lambda: torch.block_diag([a]))
y = torch.block_diag(a, v, s)
(y * torch.arange(1., y.numel() + 1).reshape(y.shape)).sum().backward()
print(a.grad, v.grad, s.grad)
a.grad = None
y = torch.block_diag(a.t(), a)
(y * torch.arange(1., y.numel() + 1).reshape(y.shape)).sum().backward()
print(a.grad)
