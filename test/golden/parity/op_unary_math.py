import torch
x = torch.tensor([0.25, 1.0, 4.0])
print(x.exp(), x.log())
print(x.sqrt(), torch.rsqrt(x))
print(torch.sin(x), torch.cos(x))
print(torch.tanh(x), torch.sigmoid(x))
print(torch.tensor([-1.5, 0.0, 2.5]).abs(), torch.tensor([-1.5, 0.0, 2.5]).sign())
print(torch.tensor([-1.5, 0.5, 2.5]).round(), torch.tensor([-1.5, 1.5]).floor(), torch.tensor([-1.5, 1.5]).ceil())
