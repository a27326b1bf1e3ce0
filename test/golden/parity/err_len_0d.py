import torch
x = torch.tensor(3.0)
print(x)
len(x)
