import torch
# The sampler ops at their edges: transposed and strided inputs (row-major draws), 0-d and empty inputs, dtype errors,
# non-finite rates, the fills on float16/bfloat16/int32, PyTorch's dtype and shape errors; the stream after them.
torch.manual_seed(5)
a = torch.tensor([[0.5, 2.0, 3.0], [1.5, 0.2, 7.0]])
for f in ['torch._standard_gamma(a.t())', 'torch._standard_gamma(torch.tensor(2.5))', 'torch._standard_gamma(torch.empty(0))',
          'torch.poisson(a.t() * 3)', 'torch.binomial(torch.full((2, 3), 9.).t(), a.t() / 8)', 'torch._sample_dirichlet(a.t())',
          'torch._sample_dirichlet(torch.tensor(2.0))', 'torch._standard_gamma(a.half())', 'torch._standard_gamma(a.bfloat16())',
          'torch.poisson(a.double()).dtype', 'torch.binomial(a, a.double())', 'torch._standard_gamma(a[:, ::2])',
          'torch.zeros(3).cauchy_(generator=torch.Generator().manual_seed(1))', 'torch.zeros(2, 3).t().log_normal_()',
          'torch.zeros(3, dtype=torch.half).cauchy_()', 'torch.zeros(3, dtype=torch.bfloat16).log_normal_()', 'torch.zeros(3, dtype=torch.int32).geometric_(0.3)',
          'torch.poisson(torch.tensor([float("nan")]))', 'torch.poisson(torch.tensor([float("inf")]))',
          'torch._standard_gamma(torch.tensor([float("inf"), 0.0]))', 'torch._standard_gamma_grad(a, a.double())',
          'torch._dirichlet_grad(a, a, a.double())', 'torch.binomial(a.double(), a)', 'torch._standard_gamma_grad(a, torch.ones(3))',
          'torch.binomial(a.long(), a.long())', 'torch.poisson(a.half())', 'torch.binomial(torch.ones(2, 3), a[0])']:
    try:
        print(f, eval(f))
    except Exception as e:
        print(f, type(e).__name__, e)
print(torch.rand(2))
