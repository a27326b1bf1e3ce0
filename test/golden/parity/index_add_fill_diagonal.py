import torch
# index_add / index_fill (methods, in place, torch functions; IndexAddBackward0 with alpha, IndexFillBackward0/1) and
# fill_diagonal_ (cubes, wrap, CopySlices on a tensor with history), with PyTorch's checks and parser errors.
x = torch.arange(12.).view(3, 4).requires_grad_()
s = torch.ones(2, 4, requires_grad=True)
r = x.index_add(0, torch.tensor([0, 0]), s, alpha=2); print(r, r.grad_fn)
(r * torch.arange(12.).view(3, 4)).sum().backward(); print(x.grad, s.grad)
x.grad = None
r = x.index_fill(1, torch.tensor([0, 2]), -1.5); print(r, r.grad_fn)
r.sum().backward(); print(x.grad)
x.grad = None
r = x.index_fill(1, torch.tensor([1]), torch.tensor(7.)); print(r, r.grad_fn)
y = torch.zeros(3, 3); y.fill_diagonal_(5); print(y)
z = torch.zeros(7, 3); z.fill_diagonal_(1, wrap=True); print(z)
w = torch.zeros(2, 4); print(w.fill_diagonal_(2))
q = torch.ones(3, 3, requires_grad=True) * 1; q.fill_diagonal_(0); print(q, q.grad_fn)
t = torch.zeros(3, 2); t.index_add_(1, torch.tensor([1, 1, 0]), torch.ones(3, 3)); print(t)
t.index_fill_(0, torch.tensor([2]), 9); print(t)
i = torch.tensor([[1, 2], [3, 4]]); print(i.index_add(0, torch.tensor([1]), torch.tensor([[10, 20]])), i.index_fill(0, torch.tensor([0]), 7))
for f in ["x.index_add(0, torch.tensor([3]), torch.ones(1, 4))", "x.index_add(0, torch.tensor([0.]), torch.ones(1, 4))", "x.index_add(0, torch.tensor([0]), torch.ones(1, 3))", "x.index_add(0, torch.tensor([0, 1]), torch.ones(1, 4))",
          "x.detach().index_fill(0, torch.tensor([5]), 1)", "x.index_fill(0, torch.tensor([[0]]), 1)", "torch.zeros(3).fill_diagonal_(1)", "torch.zeros(2, 3, 4).fill_diagonal_(1)", "x.index_fill(1, torch.tensor([0]), torch.tensor([1., 2.]))",
          "x.index_add(2, torch.tensor([0]), torch.ones(1, 4))", "torch.index_add(x, 0, torch.tensor([1]), torch.ones(1, 4))", "torch.index_fill(x, 0, torch.tensor([1]), 3)"]:
    try: print(f, '->', eval(f))
    except Exception as e: print(f, '!!', type(e).__name__, e)
for f in ["x.index_add(0, torch.tensor([[0]]), torch.ones(1, 4))", "x.index_fill(0, torch.tensor([0.]), 1)", "x.index_fill(0, torch.tensor([-1]), 2)", "x.index_fill(0, 1, 2)", "x.index_add(0, torch.tensor([1]), torch.ones(1, 4, dtype=torch.float64))", "torch.ones(2, 2, dtype=torch.int64).index_fill(0, torch.tensor([0]), 2.7)", "torch.ones(2, 2).index_fill(1, torch.tensor([1]), True)", "torch.ones(2, 2, 2).fill_diagonal_(3)", "torch.ones(5, 2).fill_diagonal_(0, True)", "torch.ones(2, 5).fill_diagonal_(0, True)"]:
    try: print(f, '->', eval(f))
    except Exception as e: print(f, '!!', type(e).__name__, e)
