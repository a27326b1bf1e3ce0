import torch
a = torch.zeros(1, requires_grad=True)
o = torch.optim.SGD([a], lr=0.1)
torch.optim.SGD([{'params': [a]}, {'params': [torch.ones(1, requires_grad=True)]}], lr=0.1).load_state_dict(o.state_dict())
