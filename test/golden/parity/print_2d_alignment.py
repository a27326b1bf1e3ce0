import torch
print(torch.tensor([[1.5, -10.25], [100.0, 0.001]]))
print(torch.tensor([[1, -100], [1000, 5]]))
print(torch.tensor([[-1.0, 2.0], [3.0, -4.0]]))
print(torch.tensor([[0.5], [-0.25]]))
