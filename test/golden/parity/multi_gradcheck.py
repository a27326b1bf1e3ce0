import torch
torch.manual_seed(0)
x = torch.randn(3, 4, dtype=torch.float64, requires_grad=True)
print(torch.autograd.gradcheck(lambda t: t.unbind(1), (x,)))
print(torch.autograd.gradcheck(lambda t: t.split([1, 3], 1), (x,)))
print(torch.autograd.gradcheck(lambda t: torch.std_mean(t, 1), (x,)))
print(torch.autograd.gradcheck(lambda t: torch.linalg.qr(t), (x,)))
print(torch.autograd.gradgradcheck(lambda t: torch.var_mean(t, 0), (x,)))
print(torch.autograd.gradgradcheck(lambda t: t.chunk(2, 1), (x,)))
from torch.autograd.functional import jacobian
print(jacobian(lambda t: t.unbind(), torch.tensor([1., 2.])))
