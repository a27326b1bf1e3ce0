import torch
x = torch.tensor([[1.0, 5.0, 3.0], [7.0, 2.0, 7.0]])
print(x.argmax(), x.argmin())
print(x.argmax(dim=1), x.argmin(dim=0))
print(x.argmax(dim=1, keepdim=True))
print(torch.tensor([2, 2, 2]).argmax())
