import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 4), nn.BatchNorm1d(4), nn.ReLU(), nn.Linear(4, 2))
sd = model.state_dict()
print(type(sd).__name__, list(sd.keys()))
for k, v in sd.items():
    print(k, type(v).__name__, v.requires_grad, tuple(v.shape), v.dtype)
print(sd['0.bias'])
print(dict(sd._metadata))
kv = model.state_dict(keep_vars=True)
print(type(kv['0.weight']).__name__, kv['0.weight'].requires_grad, kv['0.weight'] is model[0].weight)
torch.manual_seed(1)
other = nn.Sequential(nn.Linear(3, 4), nn.BatchNorm1d(4), nn.ReLU(), nn.Linear(4, 2))
print(torch.equal(other[0].weight, model[0].weight))
r = other.load_state_dict(sd)
print(r)
print(r.missing_keys, r.unexpected_keys)
print(torch.equal(other[0].weight, model[0].weight), other[0].weight.requires_grad, other[0].weight.is_leaf)
sd['0.weight'].mul_(2)
print(torch.equal(model[0].weight, sd['0.weight']))  # detached, but shares storage
partial = {k: v for k, v in sd.items() if k.startswith('3.')}
partial['extra.weight'] = torch.zeros(1)
r = other.load_state_dict(partial, strict=False)
print(r)
print(r.missing_keys)
print(r.unexpected_keys)
print(r == ([], []), tuple(r))
prefixed = model.state_dict(prefix='net.')
print(list(prefixed.keys())[:3])
scalar = nn.Module()
scalar.register_buffer('s', torch.tensor(0.0))
print(scalar.load_state_dict({'s': torch.tensor([5.0])}), scalar.s)
