import torch
x = torch.tensor([[1., 2., 4.], [3., -1., 0.5]], requires_grad=True)
cases = [lambda: torch.std_mean(x), lambda: torch.var_mean(x, 1), lambda: torch.var_mean(x, [0], keepdim=True),
         lambda: torch.std_mean(x, 1, unbiased=False), lambda: torch.var_mean(x, dim=1, correction=0),
         lambda: torch.std_mean(x, unbiased=False), lambda: torch.var_mean(x, (0, 1), False, True), lambda: torch.var_mean(x, False),
         lambda: torch.std_mean(x, -1, keepdim=True), lambda: torch.std_mean(x, (), keepdim=True), lambda: torch.var_mean(x, dim=None, correction=2)]
for f in cases:
    r = f()
    print(type(r).__name__, r)
    g = r[0].grad_fn
    print(' ', g.name(), r[1].grad_fn is g, [t.output_nr for t in r], g.next_functions[0][0].name())
    print(' ', [a for a in dir(g) if a.startswith('_saved')], g._saved_correction, g._saved_dim, g._saved_keepdim)
    print(' ', torch.autograd.grad(r[0].sum() + r[1].sum() * 2, x, retain_graph=True))
    print(' ', torch.autograd.grad(r[1].sum(), x, retain_graph=True))
    print(' ', torch.autograd.grad(r[0].sum(), x))
print(torch.std_mean(torch.tensor([1., 2.])), torch.var_mean(torch.tensor([1.])))
print(torch.var_mean(x.double(), 0), torch.std_mean(torch.arange(10.).reshape(2, 5), 1))
r = torch.std_mean(x, 1)
print(r[0].grad_fn._saved_result0, r[0].grad_fn._saved_self)
# double backward through VarMeanBackward0
v, m = torch.var_mean(x, 1)
g, = torch.autograd.grad((v * m).sum(), x, create_graph=True)
print(g)
print(torch.autograd.grad(g.sum(), x))
with torch.no_grad():
    print(torch.var_mean(x))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: torch.std_mean(torch.tensor([1, 2])))
t(lambda: torch.var_mean(torch.tensor([1, 2])))
t(lambda: torch.var_mean(x, 3))
t(lambda: torch.var_mean(x, unbiased=False, correction=1))
t(lambda: torch.std_mean(x, [0, 0]))
t(lambda: x.var_mean())
