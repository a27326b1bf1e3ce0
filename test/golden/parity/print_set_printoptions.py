import torch
torch.set_printoptions(precision=2)
print(torch.tensor([1.23456, 2.5]))
torch.set_printoptions(precision=6)
print(torch.tensor([1.23456789, 2.5]))
torch.set_printoptions(profile="default")
print(torch.tensor([1.23456789, 2.5]))
