import torch
import torch.distributions as D
# The other families of torch.distributions: sample / rsample streams after manual_seed, log_prob, moments, entropy,
# cdf/icdf; 17 digits (Kumaraswamy's variance goes through float64 lgamma, whose last bits can differ: 12 digits)
t = torch.tensor
d64 = torch.float64


def fmt(v):
    return f'{v.dtype} {tuple(v.shape)} ' + ' '.join(f'{x:.17g}' for x in v.detach().reshape(-1).tolist())


def show(name, f):
    try:
        print(name, fmt(f()))
    except Exception as e:
        print(name, type(e).__name__, e)


def fam(name, d, x, short=()):
    print(name, repr(d), d.batch_shape, d.event_shape, d.support)
    torch.manual_seed(3)
    show(name + '.sample', lambda: d.sample((2,)))
    if d.has_rsample:
        show(name + '.rsample', lambda: d.rsample())
    show(name + '.log_prob', lambda: d.log_prob(x))
    for a in ('mean', 'variance', 'mode'):
        if a in short:
            print(name + '.' + a, ' '.join(f'{v:.12g}' for v in getattr(d, a).tolist()))
        else:
            show(name + '.' + a, lambda: getattr(d, a))
    show(name + '.entropy', lambda: d.entropy())
    show(name + '.cdf', lambda: d.cdf(x))
    show(name + '.icdf', lambda: d.icdf(torch.full_like(x, 0.3)))


fam('Pareto', D.Pareto(t([1.0, 2.0]), t([2.0, 3.5])), t([1.5, 2.5]))
fam('Weibull64', D.Weibull(t([1.0, 2.0], dtype=d64), t([2.0, 0.7], dtype=d64)), t([0.5, 1.5], dtype=d64))
fam('NegativeBinomial', D.NegativeBinomial(t([3.0, 10.0]), probs=t([0.4, 0.7])), t([2., 20.]))
fam('NegativeBinomial64', D.NegativeBinomial(t([3.0, 10.0], dtype=d64), logits=t([0.4, -0.7], dtype=d64)), t([2., 20.], dtype=d64))
fam('VonMises', D.VonMises(t([0.5, -1.0]), t([2.0, 0.3])), t([0.2, 2.0]))
fam('Kumaraswamy64', D.Kumaraswamy(t([2.0, 0.5], dtype=d64), t([3.0, 1.5], dtype=d64)), t([0.3, 0.6], dtype=d64), short=('variance',))
fam('FisherSnedecor64', D.FisherSnedecor(t([3.0, 7.0], dtype=d64), t([5.0, 12.0], dtype=d64)), t([0.8, 1.5], dtype=d64))
fam('LogisticNormal', D.LogisticNormal(t([0., 1.]), t([1., 2.])), t([0.2, 0.5, 0.3]))
fam('Mixture', D.MixtureSameFamily(D.Categorical(t([0.3, 0.7])), D.Normal(t([0., 3.]), t([1., 0.5]))), t([0.5, 2.5]))
fam('LKJCholesky', D.LKJCholesky(3, t(0.5)), torch.eye(3))
fam('Wishart64', D.Wishart(t(4., dtype=d64), covariance_matrix=torch.eye(2, dtype=d64)), t([[2., 0.3], [0.3, 1.]], dtype=d64))
fam('HalfCauchy', D.HalfCauchy(t([1.0, 0.5])), t([0.5, 2.0]))
fam('OneHotStraightThrough', D.OneHotCategoricalStraightThrough(probs=t([0.2, 0.3, 0.5])), t([0., 0., 1.]))
fam('LowRankMVN', D.LowRankMultivariateNormal(t([0., 1.]), t([[1.], [0.5]]), t([1., 2.])), t([0.3, 0.4]))
fam('ContinuousBernoulli', D.ContinuousBernoulli(logits=t([0.3, -0.6])), t([0.2, 0.9]))
fam('ExpandedNormal', D.Normal(t([0., 1.]), 1.).expand((3, 2)), torch.zeros(3, 2))
fam('GeometricLogits', D.Geometric(logits=t([0.3, -0.8])), t([1., 4.]))
fam('BinomialLogits', D.Binomial(t([6., 30.]), logits=t([0.3, -0.8])), t([2., 10.]))
fam('MultinomialLogits', D.Multinomial(6, logits=t([0.3, -0.8, 0.1])), t([2., 1., 3.]))
