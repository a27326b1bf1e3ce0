import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(3, 4)
y = torch.randn(3, 4)
t = torch.tensor([1., -1, 1])
cases = [
    ('KLDivLoss', lambda **k: nn.KLDivLoss(**k)(x.log_softmax(1), y.softmax(1))),
    ('PoissonNLLLoss', lambda **k: nn.PoissonNLLLoss(**k)(x, y.abs())),
    ('HingeEmbeddingLoss', lambda **k: nn.HingeEmbeddingLoss(**k)(x, y.sign())),
    ('MultiLabelMarginLoss', lambda **k: nn.MultiLabelMarginLoss(**k)(x, torch.tensor([[0, 1, -1, 0]] * 3))),
    ('SoftMarginLoss', lambda **k: nn.SoftMarginLoss(**k)(x, y.sign())),
    ('MultiLabelSoftMarginLoss', lambda **k: nn.MultiLabelSoftMarginLoss(**k)(x, (y > 0).float())),
    ('CosineEmbeddingLoss', lambda **k: nn.CosineEmbeddingLoss(**k)(x, y, t)),
    ('MarginRankingLoss', lambda **k: nn.MarginRankingLoss(**k)(x[:, 0], y[:, 0], t)),
    ('MultiMarginLoss', lambda **k: nn.MultiMarginLoss(**k)(x, torch.tensor([0, 3, 1]))),
    ('TripletMarginLoss', lambda **k: nn.TripletMarginLoss(**k)(x, y, -x)),
]
for name, f in cases:
    for kw in ({'size_average': False}, {'reduce': False}, {'size_average': True, 'reduce': True}, {'reduction': 'sum'}):
        print(name, kw, f(**kw))
for name, f in [('mse-like mismatch poisson', lambda: F.poisson_nll_loss(x, y[0:1])),
                ('soft margin broadcast', lambda: F.soft_margin_loss(x, y[0])),
                ('soft margin bad', lambda: F.soft_margin_loss(x, y[:2])),
                ('hinge bad', lambda: F.hinge_embedding_loss(x, y[:2])),
                ('kl bad', lambda: F.kl_div(x, y[:2], reduction='sum')),
                ('cos emb bad', lambda: F.cosine_embedding_loss(x, y[:2], t)),
                ('margin rank bad', lambda: F.margin_ranking_loss(x[:, 0], y[:2, 0], t)),
                ('triplet bad', lambda: F.triplet_margin_loss(x, y[:2], x)),
                ('multilabel soft bad', lambda: F.multilabel_soft_margin_loss(x, y[:2])),
                ('gauss bad', lambda: F.gaussian_nll_loss(x, y[:2], torch.ones(3, 4))),
                ('pairwise bad', lambda: F.pairwise_distance(x, y[:2])),
                ('elementwise_mean', lambda: F.soft_margin_loss(x, y.sign(), reduction='elementwise_mean'))]:
    try:
        print(name, f())
    except Exception as e:
        print(name, type(e).__name__, e)
