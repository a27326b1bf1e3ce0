import torch
print(torch.tensor([1.0, 2.0], requires_grad=True))
x = torch.tensor([1, 2, 3], requires_grad=True)
