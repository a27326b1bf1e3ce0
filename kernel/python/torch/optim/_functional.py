# torch.optim._functional: the optimizers' functional forms, as PyTorch 1.13.1 re-exports them
# (torch/optim/_functional.py).
# sparse_adam needs sparse gradients, which tnb does not have.
from .adadelta import adadelta  # noqa: F401
from .adagrad import adagrad  # noqa: F401
from .adam import adam  # noqa: F401
from .adamw import adamw  # noqa: F401
from .adamax import adamax  # noqa: F401
from .asgd import asgd  # noqa: F401
from .nadam import nadam  # noqa: F401
from .radam import radam  # noqa: F401
from .rmsprop import rmsprop  # noqa: F401
from .rprop import rprop  # noqa: F401
from .sgd import sgd  # noqa: F401


def sparse_adam(params, grads, exp_avgs, exp_avg_sqs, state_steps, *, eps, beta1, beta2, lr, maximize):
    r"""Functional API of SparseAdam (torch.optim._functional.sparse_adam): needs sparse gradients."""
    raise NotImplementedError("tnb: sparse tensors are not supported, so torch.optim._functional.sparse_adam is not "
                              "available")
