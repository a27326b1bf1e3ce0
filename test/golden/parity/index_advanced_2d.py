import torch
x = torch.arange(12).reshape(3, 4)
rows = torch.tensor([0, 2])
cols = torch.tensor([1, 3])
print(x[rows, cols])
print(x[rows])
print(x[:, cols])
print(x[1, cols])
print(x[rows[:, None], cols])
