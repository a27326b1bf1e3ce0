import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
print(str(x))
print(repr(x))
print(str(x) == repr(x))
print(repr(torch.tensor(5)))
print(x.__repr__())
