import torch
x = torch.tensor([1.0, 2.0])
r = x.add_(1)
print(x, r is x)
x.mul_(torch.tensor([2.0, 3.0]))
print(x)
x.sub_(1).div_(2)
print(x)
x += 1
x *= 2
print(x)
x.zero_()
print(x)
x.fill_(3.5)
print(x)
