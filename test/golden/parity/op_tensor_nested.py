import torch
print(torch.tensor([[1, 2], [3, 4]]))
print(torch.tensor([[1, 2.5], [3, 4]]))
print(torch.tensor([[True, False]]))
print(torch.tensor([1, True]))
print(torch.tensor([[[1.0]], [[2.0]]]).shape)
print(torch.tensor([1, 2], dtype=torch.float32))
print(torch.tensor(torch.tensor([1.0, 2.0]).tolist()))
