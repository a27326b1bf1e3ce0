import torch
try:
    import torch.nn.functional as F
except ImportError:  # a tnb build without torch.nn: the same functions live in torch._F_loss
    F = torch._F_loss
logits = torch.randn(4, 3, requires_grad=True)
labels = torch.tensor([0., 2., 1., 1.])
loss = F.cross_entropy(logits, labels)
