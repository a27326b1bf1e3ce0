import torch
torch.manual_seed(0)
print(torch.empty(5).uniform_(-1, 1))
print(torch.empty(3).uniform_())
print(torch.zeros(2, dtype=torch.float64).uniform_(10, 20))
