import torch
# torch.normal with tensor mean and/or std: the values (normal_ of the output, times std, plus mean; broadcasting)
# and PyTorch's grad_fn NormalBackward1/2/3, whose gradient is zero (the sample is not reparameterised).
m = torch.tensor([0., 1.], requires_grad=True)
s = torch.tensor([1., 2.], requires_grad=True)
torch.manual_seed(0)
for args in [(m, s), (m, 2.0), (0.5, s)]:
    y = torch.normal(*args)
    print(y, y.grad_fn)
    y.sum().backward()
    print(m.grad, s.grad)
    m.grad = None
    s.grad = None
with torch.no_grad():
    print(torch.normal(m, s))
torch.manual_seed(0)
print(torch.normal(torch.zeros(20), torch.ones(20))[-3:], torch.normal(torch.zeros(3, 1), torch.ones(1, 4)))
print(torch.normal(torch.zeros(2, dtype=torch.float64), 3.0), torch.normal(1.0, torch.ones(3)), torch.rand(1))
