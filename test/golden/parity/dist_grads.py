import torch
import torch.distributions as D
from torch.distributions import transforms as T
# Gradients through rsample (reparameterised: Normal, LogNormal, Uniform, Exponential, Laplace, Cauchy, Gumbel,
# MultivariateNormal; implicit: Gamma/Chi2/Beta/StudentT via _standard_gamma's StandardGammaBackward0, Dirichlet via
# its autograd.Function and _dirichlet_grad; RelaxedBernoulli) and through log_prob/entropy of the parameters, with
# the grad_fn names PyTorch records; 17 digits.
t = torch.tensor


DIGITS = [17]


def fmt(v):
    return ' '.join(f'{x:.{DIGITS[0]}g}' for x in v.detach().reshape(-1).tolist())


def run(name, make, params, x=None, n=(3,), dtype=torch.float32, digits=17):
    # digits < 17 where a gradient passes through ops (float32 sums and logs in the backward of the composite formulas)
    # whose last bit can differ from PyTorch's
    DIGITS[0] = digits

    ps = [t(p, dtype=dtype, requires_grad=True) for p in params]
    d = make(*ps)   # (made anew for each graph: a distribution caches tensors computed from its parameters)
    torch.manual_seed(7)
    if d.has_rsample:
        s = d.rsample(n)
        print(name, 'rsample', type(s.grad_fn).__name__, fmt(s))
        grads = torch.autograd.grad((s * torch.linspace(0.5, 1.5, s.numel(), dtype=dtype).reshape(s.shape)).sum(), ps, allow_unused=True)
        for i, g in enumerate(grads):
            print(' d rsample / param', i, None if g is None else fmt(g))
    if x is not None:
        d = make(*ps)
        lp = d.log_prob(t(x, dtype=dtype))
        print(name, 'log_prob', type(lp.grad_fn).__name__, fmt(lp))
        for i, g in enumerate(torch.autograd.grad(lp.sum(), ps, allow_unused=True)):
            print(' d log_prob / param', i, None if g is None else fmt(g))
    try:
        d = make(*ps)
        e = d.entropy()
        for i, g in enumerate(torch.autograd.grad(e.sum(), ps, allow_unused=True)):
            print(' d entropy / param', i, None if g is None else fmt(g))
    except NotImplementedError:
        pass


run('Normal', D.Normal, [[0., 1.5], [1., 0.5]], [0.3, 2.0])
run('Normal64', D.Normal, [[0., 1.5], [1., 0.5]], [0.3, 2.0], dtype=torch.float64)
run('LogNormal64', D.LogNormal, [[0., 1.], [1., 0.3]], [0.4, 2.2], dtype=torch.float64, digits=15)
run('Uniform', D.Uniform, [[0., 1.], [2., 3.]], [0.5, 2.5])
run('Exponential', D.Exponential, [[0.5, 2.0]], [0.25, 3.0])
run('Laplace', D.Laplace, [[0., 1.], [1., 0.3]], [0.4, 0.2])
run('Cauchy', D.Cauchy, [[0., 1.], [1., 0.3]], [0.4, 0.2])
run('Gumbel', D.Gumbel, [[0., 1.], [1., 0.3]], [0.4, 0.2])
run('MVN_tril', lambda m, L: D.MultivariateNormal(m, scale_tril=L), [[0., 1.], [[2., 0.], [0.5, 1.]]], [0.3, 0.4], n=(2,))
run('Gamma64', D.Gamma, [[0.5, 2.0, 9.0], [1., 2., 0.5]], [0.3, 1.2, 20.], dtype=torch.float64)
run('Gamma', D.Gamma, [[0.5, 2.0, 9.0], [1., 2., 0.5]])
run('Chi2_64', D.Chi2, [[1.0, 3.0]], [0.5, 2.5], dtype=torch.float64)
run('Beta64', D.Beta, [[0.5, 2.0], [1.5, 3.0]], [0.3, 0.6], dtype=torch.float64)
run('Beta', D.Beta, [[0.5, 2.0], [1.5, 3.0]], digits=6)
run('Dirichlet64', D.Dirichlet, [[0.5, 2.0, 1.0]], [0.2, 0.5, 0.3], n=(2,), dtype=torch.float64)
run('Dirichlet', D.Dirichlet, [[[0.5, 2.0, 1.0], [8.0, 7.0, 9.0]]], n=(2,))
run('StudentT64', D.StudentT, [[2.0, 5.0], [0., 1.], [1., 2.]], [0.3, -1.2], dtype=torch.float64, digits=14)
run('RelaxedBernoulli', lambda temp, p: D.RelaxedBernoulli(temp, probs=p), [0.5, [0.3, 0.9]], [0.2, 0.7])
run('Bernoulli', lambda p: D.Bernoulli(probs=p), [[0.3, 0.9]], [1., 0.])
run('BernoulliLogits', lambda l: D.Bernoulli(logits=l), [[0.3, -2.0]], [1., 0.])
run('Categorical', lambda p: D.Categorical(probs=p), [[0.2, 0.3, 0.5]], [2], digits=6)
run('CategoricalLogits', lambda l: D.Categorical(logits=l), [[0.2, -1.3, 0.5, 2.0]], [3], dtype=torch.float64, digits=15)
run('Poisson64', D.Poisson, [[0.5, 4.0]], [0., 3.], dtype=torch.float64)
run('Binomial', lambda p: D.Binomial(10, probs=p), [[0.3, 0.6]], [3., 7.])
run('Geometric64', lambda p: D.Geometric(probs=p), [[0.3, 0.8]], [2., 0.], dtype=torch.float64, digits=15)
run('TanhNormal', lambda m, s: D.TransformedDistribution(D.Normal(m, s), [T.TanhTransform(cache_size=1)]), [[0., 1.], [1., 0.5]], [0.3, -0.5])
DIGITS[0] = 17
a = t([0.5, 2.0], requires_grad=True)
torch.manual_seed(3)
g = torch._standard_gamma(a)
print(type(g.grad_fn).__name__, fmt(g), fmt(torch.autograd.grad(g.sum(), a)[0]))
print(fmt(torch._standard_gamma_grad(t([0.5, 2.0, 9.0, 30.0, 3.0]), t([0.3, 2.5, 9.5, 20.0, 0.9]))))
print(fmt(torch._dirichlet_grad(t([0.2, 0.7, 0.5, 0.45]), t([0.5, 2.0, 8.0, 7.0]), t([2.0, 2.5, 17.0, 15.0]))))
print(fmt(torch._dirichlet_grad(t([0.2, 0.7, 0.5, 0.45], dtype=torch.float64), t([0.5, 2.0, 8.0, 7.0], dtype=torch.float64), t([2.0, 2.5, 17.0, 15.0], dtype=torch.float64))))
