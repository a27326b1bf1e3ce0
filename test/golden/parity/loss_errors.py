import torch
try:
    import torch.nn.functional as F
except ImportError:  # a tnb build without torch.nn: the same functions live in torch._F_loss
    F = torch._F_loss
x = torch.tensor([[0.3, -1.2, 2.1, 0.7], [-0.4, 1.6, -2.2, 0.9], [1.1, 0.2, -0.8, 1.9]])
t = torch.tensor([0, 2, 1])
cases = [
    lambda: F.nll_loss(x, t.float()),
    lambda: F.cross_entropy(x, t.float()),
    lambda: F.cross_entropy(x, torch.tensor([0, 2])),
    lambda: F.nll_loss(x, torch.tensor([0, 2])),
    lambda: F.nll_loss(x, torch.tensor([0, 5, 1])),
    lambda: F.nll_loss(x, torch.tensor([0, -1, 1])),
    lambda: F.nll_loss(x, torch.tensor([[0, 1, 1]])),
    lambda: F.nll_loss(x, t, weight=torch.ones(3)),
    lambda: F.cross_entropy(x, t, weight=torch.ones(3)),
    lambda: F.nll_loss(torch.zeros(2, 3, 4, 5), torch.zeros(2, 4, 4, dtype=torch.long)),
    lambda: F.nll_loss(torch.zeros(2, 3, 4), torch.zeros(2, 5, dtype=torch.long)),
    lambda: F.nll_loss(torch.zeros(2, 3, 4, 5), torch.zeros(2, 4, dtype=torch.long)),
    lambda: F.nll_loss(torch.zeros(2, 3, 4, 5), torch.zeros(3, 4, 5, dtype=torch.long)),
    lambda: F.nll_loss(torch.tensor(1.), torch.tensor(0)),
    lambda: F.nll_loss(torch.zeros(3), torch.tensor([1])),
    lambda: F.nll_loss(x.long(), t),
    lambda: F.cross_entropy(x, t, reduction='foo'),
    lambda: F.mse_loss(x, x, reduction='foo'),
    lambda: F.cross_entropy(x, t, label_smoothing=1.5),
    lambda: F.cross_entropy(x, torch.rand(3, 4), label_smoothing=1.5),
    lambda: F.cross_entropy(x, torch.rand(3, 4), ignore_index=1),
    lambda: F.cross_entropy(x, torch.ones(3, 4, dtype=torch.long)),
    lambda: F.cross_entropy(x, torch.rand(3, 4), weight=torch.ones(2)),
    lambda: F.mse_loss(x, torch.zeros(5)),
    lambda: F.binary_cross_entropy(torch.rand(3), torch.rand(2)),
    lambda: F.binary_cross_entropy(torch.tensor([1.5]), torch.rand(1)),
    lambda: F.binary_cross_entropy(torch.rand(3), torch.tensor([1, 0, 1])),
    lambda: F.binary_cross_entropy_with_logits(x, torch.rand(3)),
    lambda: F.binary_cross_entropy_with_logits(x, torch.ones(3, 4, dtype=torch.long)),
    lambda: F.gelu(x, approximate='foo'),
    lambda: F.gelu(torch.tensor([1, 2])),
    lambda: F.elu(torch.tensor([1, 2])),
    lambda: F.silu(torch.tensor([1, 2])),
    lambda: F.softplus(torch.tensor([1, 2])),
    lambda: F.logsigmoid(torch.tensor([1, 2])),
    lambda: F.leaky_relu(torch.tensor([1, 2])),
    lambda: F.one_hot(torch.tensor([1., 2.])),
    lambda: F.one_hot(torch.tensor([1, 5]), 3),
    lambda: F.one_hot(torch.tensor([1, -1])),
    lambda: F.one_hot(torch.tensor([], dtype=torch.long)),
    lambda: F.pad(torch.ones(2, 3), (1, 2, 1)),
    lambda: F.pad(torch.ones(2, 3), (1, 1, 1, 1, 1, 1)),
    lambda: F.pad(torch.ones(2, 3), (1, -5)),
    lambda: F.normalize(torch.tensor([1, 2])),
]
for f in cases:
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)
