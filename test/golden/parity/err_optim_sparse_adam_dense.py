import torch
w = torch.ones(3, requires_grad=True)
opt = torch.optim.SparseAdam([w], lr=0.1)
print(opt)
(w * 2).sum().backward()
opt.step()
