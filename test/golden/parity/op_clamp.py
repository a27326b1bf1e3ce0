import torch
x = torch.tensor([-2.0, -0.5, 0.5, 2.0])
print(x.clamp(-1, 1))
print(x.clamp(min=0))
print(torch.clamp(x, max=0.0))
print(torch.tensor([-5, 0, 5]).clamp(-1, 1))
print(x.clamp(min=1.0, max=-1.0))
