import torch
import torch.distributions as D
from torch.distributions import transforms as T
# log_prob, entropy, mean, variance, stddev, mode, cdf, icdf, support, shapes and enumerate_support of the
# torch.distributions families at fixed values, printed with 17 digits (float32 and float64; HalfCauchy and
# ContinuousBernoulli in float32: tnb's float64 log1p/expm1 can end an ulp from glibc's).
t = torch.tensor


def fmt(v):
    if isinstance(v, torch.Tensor):
        return f'{v.dtype} {tuple(v.shape)} ' + ' '.join(f'{x:.17g}' for x in v.detach().reshape(-1).tolist())
    return repr(v)


def show(name, f):
    try:
        print(name, fmt(f()))
    except Exception as e:
        print(name, type(e).__name__, e)


def fam(name, d, x):
    print(name, repr(d), d.batch_shape, d.event_shape, d.support, d.has_rsample, d.has_enumerate_support)
    show(name + '.log_prob', lambda: d.log_prob(x))
    for a in ('mean', 'variance', 'stddev', 'mode'):
        show(name + '.' + a, lambda: getattr(d, a))
    for m in ('entropy', 'perplexity'):
        show(name + '.' + m, lambda: getattr(d, m)())
    show(name + '.cdf', lambda: d.cdf(x))
    show(name + '.icdf', lambda: d.icdf(torch.full_like(x, 0.3)))
    if d.has_enumerate_support:
        show(name + '.enumerate_support', lambda: d.enumerate_support())
        show(name + '.enumerate_support(False)', lambda: d.enumerate_support(expand=False))


d64 = torch.float64
fam('Normal', D.Normal(t([0., 1.5]), t([1., 0.5])), t([0.3, 2.0]))
fam('Normal64', D.Normal(t([0., 1.5], dtype=d64), 2.0), t([-0.7, 4.0], dtype=d64))
fam('Bernoulli', D.Bernoulli(probs=t([0.3, 0.9])), t([1., 0.]))
fam('BernoulliLogits', D.Bernoulli(logits=t([0.3, -2.0], dtype=d64)), t([1., 0.], dtype=d64))
fam('Categorical', D.Categorical(probs=t([[0.2, 0.3, 0.5], [0.6, 0.1, 0.3]])), t([2, 0]))
fam('CategoricalLogits', D.Categorical(logits=t([0.2, -1.3, 0.5, 2.0], dtype=d64)), t(3))
fam('OneHotCategorical', D.OneHotCategorical(probs=t([0.2, 0.3, 0.5])), t([0., 1., 0.]))
fam('Uniform', D.Uniform(t([0., 1.]), t([2., 3.])), t([0.5, 2.5]))
fam('Exponential', D.Exponential(t([0.5, 2.0])), t([0.25, 3.0]))
fam('Laplace', D.Laplace(t([0., 1.]), t([1., 0.3])), t([0.4, 0.2]))
fam('Cauchy', D.Cauchy(t([0., 1.]), t([1., 0.3])), t([0.4, 0.2]))
fam('LogNormal', D.LogNormal(t([0., 1.]), t([1., 0.3])), t([0.4, 2.2]))
fam('Gumbel', D.Gumbel(t([0., 1.]), t([1., 0.3])), t([0.4, 0.2]))
fam('HalfNormal', D.HalfNormal(t([1., 0.3])), t([0.4, 0.2]))
fam('HalfCauchy', D.HalfCauchy(t([1., 0.3])), t([0.4, 0.2]))
fam('Independent', D.Independent(D.Normal(torch.zeros(2, 3), torch.ones(2, 3)), 1), t([[0.1, 0.2, 0.3], [-1., 0., 1.]]))
fam('MVN_cov', D.MultivariateNormal(t([0., 1.]), covariance_matrix=t([[2., 0.5], [0.5, 1.]])), t([0.3, 0.4]))
fam('MVN_tril', D.MultivariateNormal(t([0., 1.]), scale_tril=t([[2., 0.], [0.5, 1.]])), t([0.3, 0.4]))
fam('MVN_prec64', D.MultivariateNormal(t([0., 1.], dtype=d64), precision_matrix=t([[2., 0.5], [0.5, 1.]], dtype=d64)), t([0.3, 0.4], dtype=d64))
fam('Multinomial', D.Multinomial(10, probs=t([0.2, 0.3, 0.5])), t([3., 3., 4.]))
fam('Binomial', D.Binomial(t([10., 50.]), probs=t([0.3, 0.6])), t([3., 31.]))
fam('Binomial_enum', D.Binomial(4, probs=t([0.3, 0.6])), t([3., 1.]))
fam('Poisson', D.Poisson(t([0.5, 4.0, 30.0], dtype=d64)), t([0., 3., 29.], dtype=d64))
fam('Geometric', D.Geometric(probs=t([0.3, 0.8])), t([2., 0.]))
fam('Gamma64', D.Gamma(t([0.5, 2.0, 9.0], dtype=d64), t([1., 2., 0.5], dtype=d64)), t([0.3, 1.2, 20.], dtype=d64))
fam('Beta64', D.Beta(t([0.5, 2.0], dtype=d64), t([1.5, 3.0], dtype=d64)), t([0.3, 0.6], dtype=d64))
fam('Dirichlet64', D.Dirichlet(t([0.5, 2.0, 1.0], dtype=d64)), t([0.2, 0.5, 0.3], dtype=d64))
fam('StudentT64', D.StudentT(t([2.0, 5.0], dtype=d64), 1.0, 2.0), t([0.3, -1.2], dtype=d64))
fam('RelaxedBernoulli', D.RelaxedBernoulli(t(0.5), probs=t([0.3, 0.9])), t([0.2, 0.7]))
fam('Sigmoid(Affine(Normal))', D.TransformedDistribution(D.Normal(0., 1.), [T.AffineTransform(1., 2.), T.SigmoidTransform()]), t([0.3, 0.8]))
fam('Tanh(Normal)', D.TransformedDistribution(D.Normal(t([0., 1.]), 1.), [T.TanhTransform(cache_size=1)]), t([0.3, -0.5]))
fam('Compose(Exp, Affine)', D.TransformedDistribution(D.Uniform(0., 1.), T.ComposeTransform([T.ExpTransform(), T.AffineTransform(0., 3.)])), t([4.0, 5.0]))
fam('LowRankMVN', D.LowRankMultivariateNormal(t([0., 1.]), t([[1.], [0.5]]), t([1., 2.])), t([0.3, 0.4]))
fam('ContinuousBernoulli', D.ContinuousBernoulli(probs=t([0.3, 0.6])), t([0.2, 0.9]))
