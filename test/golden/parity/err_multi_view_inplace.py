import torch
x = torch.randn(3, 4, requires_grad=True)
rows = (x * 2).unbind()
rows[1].add_(1)
