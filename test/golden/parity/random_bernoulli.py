import torch
torch.manual_seed(0)
p = torch.full((8,), 0.5)
print(torch.bernoulli(p))
print(torch.bernoulli(torch.tensor([0.0, 1.0, 0.2, 0.9])))
print(torch.empty(6).bernoulli_(0.3))
