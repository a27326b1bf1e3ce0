import torch
print(torch.tensor(0.1).item())
print(torch.tensor(0.1, dtype=torch.float64).item())
print(torch.tensor(7).item())
print(torch.tensor(True).item())
print(torch.tensor([3.5]).item())
print(type(torch.tensor(7).item()).__name__, type(torch.tensor(1.0).item()).__name__)
print(torch.tensor([[2.0]], requires_grad=True).item())
