import torch
import hashlib
import math
import struct
# The ATen samplers over many draws, so that every branch and rejection path runs: _standard_gamma (alpha < 1 boost,
# Marsaglia-Tsang rejections), poisson (multiplication below 10, transformed rejection above), binomial (inversion,
# BTRS, p > 0.5 mirrored), _sample_dirichlet, cauchy_/log_normal_/geometric_; float32 and float64. Each result is
# summarised by its exact sum and a hash of its bits, and the generator's next draw shows the stream position.
# (Known last-bit differences, rare: a gamma draw with alpha < 1 takes pow(1 - u, 1 / alpha), where glibc's pow is not
# correctly rounded and tnb's is, so about one draw in 2000 can end an ulp apart (log_normal_'s exp: rarer still);
# float64 cauchy_ takes tan, which V8 rounds otherwise than glibc: only float32 cauchy_ here.)


def digest(name, v):
    vals = v.double().reshape(-1).tolist()
    h = hashlib.sha256(struct.pack(f'{len(vals)}d', *vals)).hexdigest()[:16]
    print(name, v.dtype, tuple(v.shape), f'{math.fsum(vals):.17g}', h, f'{torch.rand(1).item():.17g}')


torch.manual_seed(12)
for dt in (torch.float32, torch.float64):
    a = torch.cat([torch.full((300,), 0.05), torch.linspace(0.1, 0.99, 300), torch.linspace(1.0, 40.0, 400)]).to(dt)
    digest('_standard_gamma', torch._standard_gamma(a))
    r = torch.cat([torch.linspace(0.0, 9.99, 400), torch.linspace(10.0, 500.0, 400)]).to(dt)
    digest('poisson', torch.poisson(r))
    c = torch.cat([torch.full((300,), 15.0), torch.full((300,), 400.0), torch.linspace(0.0, 60.0, 300)]).to(dt)
    p = torch.cat([torch.linspace(0.001, 0.999, 600), torch.linspace(0.3, 0.7, 300)]).to(dt)
    digest('binomial', torch.binomial(c, p))
    digest('_sample_dirichlet', torch._sample_dirichlet(torch.linspace(0.05, 6.0, 600).reshape(100, 6).to(dt)))
    x = torch.empty(500, dtype=dt)
    if dt == torch.float32:
        digest('cauchy_', x.cauchy_(0.5, 3.0))
    digest('log_normal_', x.log_normal_(0.2, 1.5))
    digest('geometric_', x.geometric_(0.07))
    digest('geometric_ 0.9', x.geometric_(0.9))
