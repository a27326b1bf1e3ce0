import torch
import torch.nn as nn
# load_state_dict's multi-line RuntimeError texts (printed whole: a traceback shows only their last line)

model = nn.Sequential(nn.Linear(3, 4), nn.BatchNorm1d(4), nn.Linear(4, 2))
sd = model.state_dict()
del sd['1.running_var']
del sd['2.bias']
sd['2.extra'] = torch.zeros(1)
sd['head.weight'] = torch.zeros(1)
try:
    model.load_state_dict(sd)
except RuntimeError as e:
    print(e)
r = model.load_state_dict(sd, strict=False)
print(r)

model = nn.Sequential(nn.Linear(3, 4), nn.Linear(4, 2))
sd = nn.Sequential(nn.Linear(3, 5), nn.Linear(5, 2)).state_dict()
try:
    model.load_state_dict(sd)
except RuntimeError as e:
    print(e)
sd['0.weight'] = [1, 2]
try:
    model.load_state_dict(sd, strict=False)
except RuntimeError as e:
    print(e)
try:
    model.load_state_dict({'0.weight': torch.zeros(4, 3, dtype=torch.float64), '0.bias': torch.zeros(4)}, strict=False)
    print(model[0].weight.dtype, model[0].weight.sum())
except RuntimeError as e:
    print(e)
