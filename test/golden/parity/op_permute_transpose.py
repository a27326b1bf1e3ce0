import torch
x = torch.arange(6).reshape(2, 3)
print(x.T)
print(x.t(), x.t().is_contiguous())
print(x.transpose(0, 1).contiguous().is_contiguous())
y = torch.arange(24).reshape(2, 3, 4)
print(y.permute(2, 0, 1).shape)
print(y.transpose(0, 2)[1])
print(y.permute(1, 0, 2).stride())
