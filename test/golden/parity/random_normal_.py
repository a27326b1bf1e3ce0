import torch
torch.manual_seed(0)
print(torch.empty(4).normal_())
print(torch.empty(3).normal_(2.0, 0.5))
print(torch.normal(torch.zeros(3), torch.ones(3)))
