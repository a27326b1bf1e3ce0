import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(3, 5, requires_grad=True)
y = torch.randn(3, 5, requires_grad=True)
W = torch.randn(3, 5)
t = torch.tensor([1, -1, 1])
def run(name, f):
    for red in ('none', 'mean', 'sum'):
        try:
            o = f(red)
            gx = torch.autograd.grad((o * torch.arange(1., o.numel() + 1).view(o.shape)).sum(), x, retain_graph=True)[0]
            print(name, red, o, o.grad_fn, gx[1])
        except Exception as e:
            print(name, red, type(e).__name__, e)
def kl(*args, **kwargs):  # one call site: PyTorch shows its 'mean' warning once per location
    return F.kl_div(*args, **kwargs)
run('kl', lambda r: kl(x, y.abs(), reduction=r))
run('kl_log', lambda r: kl(x, y, reduction=r, log_target=True))
print(kl(x, y.abs(), reduction='batchmean'), kl(x, torch.tensor([[0., 1, 0, 2, 0]] * 3)), torch.kl_div(x, y, 2, log_target=True))
run('cos_emb', lambda r: F.cosine_embedding_loss(x, y, t, reduction=r, margin=0.1))
run('margin_rank', lambda r: F.margin_ranking_loss(x[:, 0], y[:, 0], t.float(), reduction=r, margin=0.2))
run('hinge', lambda r: F.hinge_embedding_loss(x, torch.tensor([[1., -1, 1, -1, 1]] * 3), reduction=r, margin=0.5))
run('multi_margin', lambda r: F.multi_margin_loss(x, torch.tensor([0, 2, 4]), reduction=r))
run('multi_margin2', lambda r: F.multi_margin_loss(x, torch.tensor([0, 2, 4]), p=2, margin=0.5, weight=torch.tensor([1., 2, 3, 4, 5]), reduction=r))
run('multilabel_margin', lambda r: F.multilabel_margin_loss(x, torch.tensor([[0, 2, -1, 0, 0], [4, -1, 1, 1, 1], [0, 1, 2, 3, 4]]), reduction=r))
run('multilabel_soft', lambda r: F.multilabel_soft_margin_loss(x, (W > 0).float(), reduction=r))
run('multilabel_softw', lambda r: F.multilabel_soft_margin_loss(x, (W > 0).float(), weight=torch.arange(5.), reduction=r))
run('soft_margin', lambda r: F.soft_margin_loss(x, W.sign(), reduction=r))
run('triplet', lambda r: F.triplet_margin_loss(x, y, W, reduction=r))
run('triplet_swap', lambda r: F.triplet_margin_loss(x, y, W, swap=True, p=1, margin=2.0, reduction=r))
run('triplet_dist', lambda r: F.triplet_margin_with_distance_loss(x, y, W, reduction=r))
run('triplet_dist_cos', lambda r: F.triplet_margin_with_distance_loss(x, y, W, distance_function=nn.CosineSimilarity(), swap=True, reduction=r))
run('poisson', lambda r: F.poisson_nll_loss(x, y.abs(), reduction=r))
run('poisson_full', lambda r: F.poisson_nll_loss(x.abs(), W.abs() * 3, log_input=False, full=True, reduction=r))
run('gauss', lambda r: F.gaussian_nll_loss(x, y, W.abs(), reduction=r))
run('gauss_full', lambda r: F.gaussian_nll_loss(x, y, W.abs()[:, :1], full=True, reduction=r))
run('gauss_homo', lambda r: F.gaussian_nll_loss(x, y, W.abs()[:, 0], reduction=r))
print(F.pairwise_distance(x, y), F.pairwise_distance(x, y, p=1, keepdim=True).grad_fn, F.pairwise_distance(x[0], y[0], p=3.0))
print(F.pdist(x), F.pdist(x, p=1), F.pdist(x, p=0.5), F.pdist(x, p=0), F.pdist(x, p=float('inf')), F.pdist(x, p=3))
for p in (2., 1., 0.5, 3., float('inf')):
    print(torch.autograd.grad((F.pdist(x, p) * torch.tensor([1., 2, 3])).sum(), x)[0][0])
print(torch.pdist(torch.randn(1, 3)), torch.pairwise_distance(x, y))
torch.manual_seed(1)
b = nn.Bilinear(5, 4, 2)
print(b, b.weight, b.bias)
x2 = torch.randn(3, 4, requires_grad=True)
o = b(x, x2)
print(o, o.grad_fn)
print(torch.autograd.grad((o * torch.tensor([1., -2.])).sum(), (x, x2, b.weight, b.bias)))
print(nn.Bilinear(2, 3, 4, bias=False)(torch.randn(2, 5, 2), torch.randn(2, 5, 3)).shape, F.bilinear(x, x2, b.weight).grad_fn)
mods = [nn.KLDivLoss(reduction='batchmean', log_target=True), nn.PoissonNLLLoss(), nn.GaussianNLLLoss(full=True), nn.HingeEmbeddingLoss(0.5),
        nn.MultiLabelMarginLoss(), nn.SoftMarginLoss(reduction='sum'), nn.MultiLabelSoftMarginLoss(weight=torch.ones(5)),
        nn.CosineEmbeddingLoss(0.2), nn.MarginRankingLoss(0.1), nn.MultiMarginLoss(p=2), nn.TripletMarginLoss(swap=True),
        nn.TripletMarginWithDistanceLoss(), nn.PairwiseDistance(p=1), nn.CosineSimilarity(0)]
print(nn.ModuleList(mods))
print(mods[-3].distance_function, mods[1].log_input, mods[0].log_target, mods[6].weight)
print(nn.SoftMarginLoss(size_average=False)(x, W.sign()), nn.KLDivLoss(reduce=False)(x, y.abs()).shape, F.kl_div(x, y.abs(), size_average=True))
print(nn.PairwiseDistance()(x, y), nn.CosineSimilarity()(x, y), torch.cosine_similarity(x, y, 0))
for f in [lambda: F.margin_ranking_loss(x, y[0], t), lambda: F.cosine_embedding_loss(x, y, torch.ones(3, 1)),
          lambda: F.cosine_embedding_loss(x, y, torch.tensor(1.)), lambda: F.cosine_embedding_loss(x[0], y[0], t),
          lambda: F.multi_margin_loss(x, torch.tensor([0, 5, 1])), lambda: F.multi_margin_loss(x, torch.tensor([0, 1])),
          lambda: F.multi_margin_loss(x, t, p=3), lambda: F.multi_margin_loss(x, t.abs(), weight=torch.ones(4)),
          lambda: F.multi_margin_loss(x, t.abs(), weight=torch.ones(1, 5)),
          lambda: F.multilabel_margin_loss(x, torch.zeros(3, 4, dtype=torch.long)), lambda: F.multilabel_margin_loss(x, torch.full((3, 5), 5)),
          lambda: F.multilabel_margin_loss(x, torch.full((3, 5), -2)),
          lambda: F.soft_margin_loss(x, y), lambda: F.triplet_margin_loss(x, y, W[0]),
          lambda: F.poisson_nll_loss(x, y, reduction='avg'), lambda: F.gaussian_nll_loss(x, y, torch.ones(2)),
          lambda: F.gaussian_nll_loss(x, y, -torch.ones(3, 5)), lambda: F.gaussian_nll_loss(x, y, torch.ones(3, 5), reduction='x'),
          lambda: F.pdist(torch.randn(2, 3, 4)), lambda: F.pdist(torch.ones(3, 2, dtype=torch.long)), lambda: F.pdist(x, -1),
          lambda: F.bilinear(x, x2[0], b.weight), lambda: F.bilinear(x, x2[:2], b.weight), lambda: F.bilinear(x2, x2, b.weight),
          lambda: F.bilinear(x, x, b.weight), lambda: F.bilinear(x, x2, b.weight, torch.ones(3)),
          lambda: F.multilabel_soft_margin_loss(x, y, reduction='bad'), lambda: F.kl_div(x, y, reduction='bad'),
          lambda: torch.autograd.grad(F.multi_margin_loss(x, t.abs()), x, create_graph=True)[0].sum().backward(),
          lambda: torch.autograd.grad(F.pdist(x).sum(), x, create_graph=True)[0].sum().backward(),
          lambda: nn.MultiMarginLoss(p=3)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
g, = torch.autograd.grad(F.soft_margin_loss(x, W.sign()), x, create_graph=True)
print(g.grad_fn, torch.autograd.grad(g.pow(2).sum(), x)[0][0])
g, = torch.autograd.grad(F.multilabel_margin_loss(x, torch.tensor([[0, 2, -1, 0, 0]] * 3)), x, create_graph=True)
print(g.grad_fn)
