import torch
# A 3-step training loop of a small MLP with plain SGD written by hand (no optimizer package).
import torch.nn as nn
import torch.nn.functional as F

torch.set_printoptions(precision=6)
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3))
x = torch.randn(6, 4)
target = torch.randn(6, 3)
lr = 0.1
for step in range(3):
    model.zero_grad()
    out = model(x)
    loss = ((out - target) ** 2).mean()
    loss.backward()
    print(step, loss, loss.grad_fn.name())  # a tensor at 6 digits: float32 sums may differ in the last bit of .item()
    with torch.no_grad():
        for p in model.parameters():
            p -= lr * p.grad
    for name, p in model.named_parameters():
        print(name, p.requires_grad, p.is_leaf, type(p).__name__)
        print(p)
        print(p.grad)
for p in model.parameters():
    p.data -= lr * p.grad
print(model[2].bias)
print(F.softmax(model(x), dim=1))
print(F.log_softmax(model(x), dim=1).grad_fn.name())
torch.set_printoptions(profile="default")
