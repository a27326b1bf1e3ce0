import torch
import copy
import io
import pickle
import torch.nn as nn
# type() of torch's objects prints as in PyTorch: torch.dtype, torch.device, torch.Size, grad_fn classes without a
# module, torch._C.Generator, torch.utils.hooks.RemovableHandle; they still pickle, copy and torch.save/load.
x = torch.ones(2, requires_grad=True)
for o in [torch.float32, torch.device('cpu'), x.shape, x, nn.Parameter(torch.ones(1)), (x * 2).grad_fn, x.max(0),
          torch.Generator(), nn.Linear(1, 1), x.shape[1:], torch.Size([2]) + (3,)]:
    print(type(o))
print(torch.Size, torch.dtype, torch.device, torch.Tensor, torch.nn.Parameter)
print(type(x.register_hook(lambda g: g)), type(nn.Linear(1, 1).register_forward_hook(lambda *a: None)))
buf = io.BytesIO()
torch.save({'s': torch.Size([2, 3]), 'd': torch.float64, 'dev': torch.device('cpu'), 't': torch.ones(2)}, buf)
buf.seek(0)
o = torch.load(buf)
print(o, type(o['s']), o['d'] is torch.float64, o['d'] == torch.float64)
print(copy.deepcopy(torch.Size([1, 2])), copy.deepcopy(torch.float16), copy.copy(torch.device('cpu')))
print(pickle.loads(pickle.dumps(torch.Size([3]))), pickle.loads(pickle.dumps(torch.device('cpu'))))
