import torch
print(float(torch.tensor([1.5])))
float(torch.tensor([1.0, 2.0]))
