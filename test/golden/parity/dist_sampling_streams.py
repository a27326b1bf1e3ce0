import torch
import torch.distributions as D
# torch.distributions' sample()/rsample() after manual_seed draw PyTorch's CPU streams: normal/uniform/bernoulli/
# multinomial/exponential/cauchy_/geometric_ fills, and the ATen samplers _standard_gamma (Gamma, Beta, Chi2, StudentT,
# Dirichlet), poisson and binomial (inversion and BTRS); float32 and float64; values printed with 17 digits.
t = torch.tensor


def show(name, v):
    print(name, v.dtype, tuple(v.shape), ' '.join(f'{x:.17g}' for x in v.reshape(-1).tolist()))


cases = [
    ('Normal', D.Normal(t([0., 1.5]), t([1., 0.5]))),
    ('Normal64', D.Normal(t([0., 1.5], dtype=torch.float64), 2.0)),
    ('Bernoulli', D.Bernoulli(probs=t([0.3, 0.9]))),
    ('BernoulliLogits', D.Bernoulli(logits=t([0.3, -2.0]))),
    ('Categorical', D.Categorical(probs=t([[0.2, 0.3, 0.5], [0.6, 0.1, 0.3]]))),
    ('CategoricalLogits', D.Categorical(logits=t([0.2, -1.3, 0.5, 2.0]))),
    ('OneHotCategorical', D.OneHotCategorical(probs=t([0.2, 0.3, 0.5]))),
    ('Uniform', D.Uniform(t([0., 1.]), t([2., 3.]))),
    ('Exponential', D.Exponential(t([0.5, 2.0]))),
    ('Laplace', D.Laplace(t([0., 1.]), t([1., 0.3]))),
    ('Cauchy', D.Cauchy(t([0., 1.]), t([1., 0.3]))),
    ('LogNormal', D.LogNormal(t([0., 1.]), t([1., 0.3]))),
    ('Gumbel', D.Gumbel(t([0., 1.]), t([1., 0.3]))),
    ('HalfNormal', D.HalfNormal(t([1., 0.3]))),
    ('Independent', D.Independent(D.Normal(torch.zeros(2, 3), torch.ones(2, 3)), 1)),
    ('MVN_tril', D.MultivariateNormal(t([0., 1.]), scale_tril=t([[2., 0.], [0.5, 1.]]))),
    ('MVN_cov64', D.MultivariateNormal(t([0., 1.], dtype=torch.float64), covariance_matrix=t([[2., 0.5], [0.5, 1.]], dtype=torch.float64))),
    ('Multinomial', D.Multinomial(10, probs=t([0.2, 0.3, 0.5]))),
    ('Binomial', D.Binomial(t([10., 50.]), probs=t([0.3, 0.6]))),
    ('Binomial64', D.Binomial(t([7., 200., 30.], dtype=torch.float64), probs=t([0.9, 0.2, 0.5], dtype=torch.float64))),
    ('Poisson', D.Poisson(t([0.5, 4.0, 30.0]))),
    ('Poisson64', D.Poisson(t([0.0, 12.5, 100.0], dtype=torch.float64))),
    ('Geometric', D.Geometric(probs=t([0.3, 0.8]))),
    ('Gamma', D.Gamma(t([0.5, 2.0, 9.0]), t([1., 2., 0.5]))),
    ('Gamma64', D.Gamma(t([0.2, 1.0, 30.0], dtype=torch.float64), 1.5)),
    ('Beta', D.Beta(t([0.5, 2.0]), t([1.5, 3.0]))),
    ('Dirichlet', D.Dirichlet(t([[0.5, 2.0, 1.0], [3.0, 0.2, 1.5]]))),
    ('Chi2', D.Chi2(t([1.0, 3.0]))),
    ('StudentT', D.StudentT(t([2.0, 5.0]))),
    ('RelaxedBernoulli', D.RelaxedBernoulli(t(0.5), probs=t([0.3, 0.9]))),
]
for name, d in cases:
    torch.manual_seed(1)
    show(name + '.sample()', d.sample())
    show(name + '.sample((3,))', d.sample((3,)))
    if d.has_rsample:
        show(name + '.rsample((2,))', d.rsample((2,)))
    show(name + ' then rand', torch.rand(2))
# the stream carries on across calls and generators
g = torch.Generator().manual_seed(5)
show('_standard_gamma gen', torch._standard_gamma(t([0.3, 1.0, 4.0, 25.0]), generator=g))
show('poisson gen', torch.poisson(t([1.0, 15.0]), generator=g))
show('binomial gen', torch.binomial(t([20., 100.]), t([0.25, 0.75]), generator=g))
show('_sample_dirichlet gen', torch._sample_dirichlet(t([0.4, 0.4, 5.0]), generator=g))
x = torch.empty(5)
show('cauchy_', x.cauchy_(1.0, 2.0, generator=g))
show('log_normal_', x.log_normal_(0.5, 0.25, generator=g))
show('geometric_', x.geometric_(0.35, generator=g))
show('geometric_ int64', torch.zeros(4, dtype=torch.int64).geometric_(0.5, generator=g))
# (RelaxedOneHotCategorical goes through logsumexp, whose float32 result can be an ulp from PyTorch's: 4 digits)
torch.manual_seed(1)
r = D.RelaxedOneHotCategorical(t(2.0), probs=t([0.2, 0.3, 0.5]))
print(r.sample((3,)), r.rsample(), torch.rand(2))
