import torch
import torch.nn as nn

torch.manual_seed(0)
logits = torch.randn(4, 3, requires_grad=True)
target = torch.tensor([0, 2, 1, 2])
for loss_fn in [nn.CrossEntropyLoss(), nn.CrossEntropyLoss(reduction='sum'), nn.CrossEntropyLoss(label_smoothing=0.1)]:
    loss = loss_fn(logits, target)
    loss.backward()
    print(loss_fn, loss, logits.grad)
    logits.grad = None
print(nn.NLLLoss()(torch.log_softmax(logits, 1), target))
pred = torch.randn(5, requires_grad=True)
y = torch.rand(5)
for loss_fn in [nn.MSELoss(), nn.L1Loss(), nn.SmoothL1Loss(beta=0.5), nn.HuberLoss(delta=0.5), nn.BCEWithLogitsLoss(),
                nn.MSELoss(reduction='none')]:
    loss = loss_fn(pred, y)
    print(loss_fn, loss)
print(nn.BCELoss()(torch.sigmoid(pred), y))
print(nn.MSELoss(size_average=False)(pred, y))
