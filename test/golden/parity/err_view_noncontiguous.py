import torch
x = torch.arange(6.0).reshape(2, 3)
y = x.t()
print(y.is_contiguous())
y.view(6)
