import torch
# The new optimizers' argument checks (texts as PyTorch 1.13.1), LBFGS's one-group rule and its early return when
# the gradient is already below tolerance_grad.
O = torch.optim
w = torch.zeros(2, requires_grad=True)
cases = [
    lambda: O.Adadelta([w], lr=-1), lambda: O.Adadelta([w], rho=1.5), lambda: O.Adadelta([w], eps=-1), lambda: O.Adadelta([w], weight_decay=-0.1),
    lambda: O.Adamax([w], lr=-0.5), lambda: O.Adamax([w], eps=-1), lambda: O.Adamax([w], betas=(1.0, 0.9)), lambda: O.Adamax([w], betas=(0.9, -0.1)), lambda: O.Adamax([w], weight_decay=-1),
    lambda: O.NAdam([w], lr=-1), lambda: O.NAdam([w], betas=(0.9, 1)), lambda: O.NAdam([w], momentum_decay=-1), lambda: O.NAdam([w], weight_decay=-2),
    lambda: O.RAdam([w], lr=-1e-3), lambda: O.RAdam([w], eps=-1e-8), lambda: O.RAdam([w], betas=(-0.1, 0.9)),
    lambda: O.ASGD([w], lr=-1), lambda: O.ASGD([w], weight_decay=-1),
    lambda: O.Rprop([w], lr=-1), lambda: O.Rprop([w], etas=(1.2, 0.5)), lambda: O.Rprop([w], etas=(0.5, 1.0)),
    lambda: O.SparseAdam([w], lr=0), lambda: O.SparseAdam([w], eps=0), lambda: O.SparseAdam([w], betas=(0.9, 1.0)),
    lambda: O.LBFGS([{'params': [w]}, {'params': [torch.zeros(1, requires_grad=True)]}]),
    lambda: O.LBFGS([w], line_search_fn='backtracking').step(lambda: (w ** 2).sum()),
    lambda: O.LBFGS([w]).step(),
    lambda: O.Adadelta([]), lambda: O.NAdam(w),
]
for f in cases:
    try:
        f()
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)
