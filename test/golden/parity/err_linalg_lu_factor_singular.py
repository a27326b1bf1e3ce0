import torch
# linalg.lu_factor refuses a singular matrix (a zero pivot), as PyTorch does.
print(torch.linalg.lu_factor_ex(torch.tensor([[0., 1.], [0., 2.]])))
torch.linalg.lu_factor(torch.tensor([[0., 1.], [0., 2.]]))
