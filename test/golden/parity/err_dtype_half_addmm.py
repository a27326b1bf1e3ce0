import torch
w = torch.nn.Linear(2, 2).half()
print(w.weight.dtype)
w(torch.ones(1, 2, dtype=torch.half))
