import torch
x = torch.randn(3, 4)
print(x.gather(1, torch.tensor([[0], [1], [2]])).shape)
x.gather(1, torch.tensor([[0.], [1.], [2.]]))
