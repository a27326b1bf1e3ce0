import torch
a = torch.tensor([1.0, 2.0])
b = torch.tensor([3, 4])
print([a, b])
print((a, b))
print([torch.tensor(1.5), torch.tensor(True)])
print({'a': a})
print(list(torch.arange(3)))
