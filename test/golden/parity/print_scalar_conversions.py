import torch
t = torch.tensor(2.75)
print(float(t), int(t), bool(t))
print(int(torch.tensor(-2.75)))
print(float(torch.tensor(3)), int(torch.tensor([5])))
print(bool(torch.tensor(0.0)), bool(torch.tensor([1])))
print(float(torch.tensor(0.1)))
print(int(torch.tensor(True)))
