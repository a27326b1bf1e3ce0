import torch
t = torch.tensor([[1, 2], [3, 4], [5, 6]])
print(len(t))
for row in t:
    print(row)
for v in torch.tensor([1.5, 2.5]):
    print(v, v.shape)
a, b = torch.tensor([10, 20])
print(a, b)
print(len(torch.zeros(0, 4)))
