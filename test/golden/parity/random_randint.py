import torch
torch.manual_seed(0)
print(torch.randint(0, 10, (5,)))
print(torch.randint(5, (2, 3)))
print(torch.randint(-3, 3, (4,)).dtype)
