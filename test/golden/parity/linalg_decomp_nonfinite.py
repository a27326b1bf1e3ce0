import torch
# Non-finite input to the decompositions, as LAPACK's scaling leaves it: infinities scale the matrix by 0 (NaN
# results), NaN makes the iterations fail (LinAlgError) or propagates (lstsq's gelsy).
def t(f):
    try:
        print(f())
    except RuntimeError as e:
        print(type(e).__name__, e)
inf, nan = float('inf'), float('nan')
t(lambda: torch.linalg.eigh(torch.tensor([[inf, 0.], [0., 1.]])))
t(lambda: torch.linalg.eigh(torch.full((3, 3), nan)))
t(lambda: torch.linalg.eigvalsh(torch.stack([torch.eye(2), torch.full((2, 2), nan)])))
t(lambda: torch.linalg.svd(torch.full((2, 2), inf)))
t(lambda: torch.linalg.svd(torch.tensor([[1., 0.], [0., inf]])))
t(lambda: torch.linalg.svdvals(torch.tensor([[1., 0.], [0., inf]])))
t(lambda: torch.linalg.svdvals(torch.tensor([[1., 0.], [0., inf]]).requires_grad_()))
t(lambda: torch.linalg.svd(torch.stack([torch.eye(2), torch.full((2, 2), nan)])))
t(lambda: torch.linalg.svdvals(torch.full((2, 2), nan)))
t(lambda: torch.linalg.pinv(torch.full((2, 2), nan)))
t(lambda: torch.linalg.lstsq(torch.full((3, 2), nan), torch.ones(3, 1)))
t(lambda: torch.linalg.lstsq(torch.tensor([[1., 0.], [0., inf], [1., 1.]]), torch.ones(3, 1)))
t(lambda: torch.linalg.lu_factor(torch.tensor([[1., nan], [1., 2.]])))
for f in (lambda: torch.linalg.pinv(torch.randn(3, 3), rcond=0.1, atol=0.2),
          lambda: torch.linalg.pinv(torch.randn(3, 3), 0.1, atol=0.2)):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
