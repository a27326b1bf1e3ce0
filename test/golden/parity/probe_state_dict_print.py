import torch
import collections
import copy
import io
import torch.nn as nn
# state_dict() prints as PyTorch users see it (Python <= 3.11's OrderedDict([(key, value), ...])), also after a
# copy, a deepcopy and a torch.save/torch.load round trip; it is a collections.OrderedDict.
torch.manual_seed(0)
lin = nn.Linear(2, 1)
sd = lin.state_dict()
print(sd)
print(repr(sd), str(sd))
print(type(sd), isinstance(sd, collections.OrderedDict), isinstance(sd, dict), list(sd.keys()), len(sd))
print(sd._metadata)
print(copy.deepcopy(sd))
print(copy.copy(sd))
print(sd.copy())
net = nn.Sequential(nn.Linear(2, 2), nn.BatchNorm1d(2))
print(net.state_dict())
print(net.state_dict().keys(), net.state_dict().values().__class__.__name__)
print(list(net.state_dict().items())[-1])
buf = io.BytesIO()
torch.save(net.state_dict(), buf)
buf.seek(0)
loaded = torch.load(buf)
print(type(loaded), loaded)
print(net.load_state_dict(loaded))
print(nn.Module().state_dict(), nn.ReLU().state_dict())
print({k: v.shape for k, v in sd.items()})
print(collections.OrderedDict(sd) == sd, sd == dict(sd))
best = copy.deepcopy(net.state_dict())
best['0.bias'].add_(1)
print(best['0.bias'], net.state_dict()['0.bias'])
print(nn.Linear(1, 1).state_dict(keep_vars=True))
