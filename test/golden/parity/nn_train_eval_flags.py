import torch
import copy
import torch.nn as nn

model = nn.Sequential(nn.Linear(2, 2), nn.Sequential(nn.Dropout(), nn.BatchNorm1d(2)))
print([m.training for m in model.modules()])
r = model.eval()
print(r is model, [m.training for m in model.modules()])
model[1].train()
print([m.training for m in model.modules()])
model.train(False)
print([m.training for m in model.modules()])
model.train()
print([m.training for m in model.modules()])
twin = copy.deepcopy(model)
print(twin)
print(twin[0].weight is model[0].weight, torch.equal(twin[0].weight, model[0].weight), type(twin[0].weight).__name__)
with torch.no_grad():
    twin[0].weight.fill_(1.0)
print(torch.equal(twin[0].weight, model[0].weight), twin[0].weight.requires_grad, twin[0].weight.is_leaf)
print(twin[1][1].running_var, twin[1][1].num_batches_tracked)
