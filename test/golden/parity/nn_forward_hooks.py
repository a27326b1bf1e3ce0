import torch
import torch.nn as nn

torch.manual_seed(0)
lin = nn.Linear(2, 2)
seen = []


def pre(module, inputs):
    seen.append(('pre', type(module).__name__, len(inputs)))
    return (inputs[0] * 2,)


def post(module, inputs, output):
    seen.append(('post', tuple(output.shape)))
    return output + 100


h1 = lin.register_forward_pre_hook(pre)
h2 = lin.register_forward_hook(post)
x = torch.ones(1, 2)
print(lin(x))
print(seen)
h1.remove()
print(lin(x))
h2.remove()
print(lin(x))
with lin.register_forward_hook(lambda m, i, o: print('hooked', o.shape)):
    lin(x)
lin(x)
print(len(lin._forward_hooks), len(lin._forward_pre_hooks))
