import torch
# torch.optim._functional: the functional forms (adam, sgd, rmsprop) called directly, as torch.distributed.optim does.
import torch.optim._functional as F
torch.manual_seed(0)
p = torch.randn(5); g = torch.randn(5)
m = torch.zeros(5); v = torch.zeros(5); st = torch.tensor(0.)
F.adam([p], [g], [m], [v], [], [st], amsgrad=False, beta1=0.9, beta2=0.999, lr=0.1, weight_decay=0, eps=1e-8, maximize=False)
print(p.tolist(), st)
buf = [None]
F.sgd([p], [g], buf, weight_decay=0.0, momentum=0.9, lr=0.1, dampening=0.0, nesterov=False, maximize=False)
print(p.tolist(), buf[0].tolist())
F.rmsprop([p], [g], [v], [], [], lr=0.01, alpha=0.99, eps=1e-8, weight_decay=0, momentum=0, centered=False)
print(p.tolist())
