import torch
print(torch.cat([torch.ones(2, 3), torch.ones(1, 3)]).shape)
torch.cat([torch.ones(2, 3), torch.ones(2, 2)])
