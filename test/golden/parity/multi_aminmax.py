import torch
x = torch.tensor([[1., 2., 4.], [3., -1., 0.5]], requires_grad=True)
r = x.aminmax(dim=1)
g = r.min.grad_fn
print(g.name(), type(g).__name__, r.max.grad_fn is g, r[0].output_nr, r[1].output_nr, g.next_functions)
print(r)
print(torch.aminmax(x))
print(torch.aminmax(x, keepdim=True))
print(torch.aminmax(x, dim=0, keepdim=True))
print(torch.aminmax(torch.tensor([[3, 1], [2, 5]]), dim=-1, keepdim=True))
print(torch.aminmax(torch.tensor(2.5)), torch.aminmax(torch.tensor(2.5), dim=0))
print(torch.aminmax(torch.tensor([True, False])), torch.aminmax(torch.tensor([2, 7, -1])))
print(torch.aminmax(torch.tensor([1., float('nan'), 3.])), torch.aminmax(torch.tensor([[1., float('nan')], [2, 3]]), dim=1))
print(torch.aminmax(torch.zeros(0, 3), dim=1), type(r).__name__, r.min, r.max)
mn, mx = torch.aminmax(x.double(), dim=0)
print(mn, mx)
with torch.no_grad():
    print(x.aminmax())
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: torch.aminmax(torch.tensor([])))
t(lambda: torch.aminmax(torch.zeros(0, 3), dim=0))
t(lambda: torch.aminmax(x, dim=2))
t(lambda: torch.aminmax(x, 1))
t(lambda: r.min.sum().backward())
t(lambda: (r.max * 2).sum().backward())
