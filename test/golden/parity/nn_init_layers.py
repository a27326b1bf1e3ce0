import torch
# Default initializations after manual_seed draw the same numbers as torch (uniform_/normal_ follow torch's CPU
# streams), printed with 8 digits: they are bit-identical.
import torch.nn as nn

torch.set_printoptions(precision=8)
torch.manual_seed(0)
lin = nn.Linear(5, 3)
print(lin.weight)
print(lin.bias)
conv = nn.Conv2d(2, 3, 3)
print(conv.weight.shape, conv.weight[0])
print(conv.bias)
conv1 = nn.Conv1d(4, 2, 2, groups=2)
print(conv1.weight)
print(conv1.bias)
emb = nn.Embedding(4, 3, padding_idx=1)
print(emb.weight)
ln = nn.LayerNorm(3)
print(ln.weight, ln.bias)
bn = nn.BatchNorm1d(3)
print(bn.weight, bn.bias, bn.running_mean, bn.running_var, bn.num_batches_tracked)
big = nn.Linear(40, 30)
print(big.weight[-1], big.weight[::10, ::10], big.bias[-5:])
print(torch.rand(2))
torch.set_printoptions(profile="default")
