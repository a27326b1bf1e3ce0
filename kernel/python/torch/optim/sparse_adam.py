# torch.optim.SparseAdam, ported from PyTorch 1.13.1 torch/optim/sparse_adam.py (BSD-3-Clause, (c) PyTorch
# contributors). tnb has no sparse tensors, so a gradient is always dense and step() raises PyTorch's error for
# dense gradients (as PyTorch does for them); constructing it, repr, state_dict and the argument checks work.
import torch
from .optimizer import Optimizer

__all__ = ['SparseAdam']


class SparseAdam(Optimizer):
    r"""Implements the lazy version of Adam for sparse gradients, as PyTorch 1.13.1's ``torch.optim.SparseAdam``.

    Args: params, lr (1e-3), betas ((0.9, 0.999)), eps (1e-8), maximize (False).
    """

    def __init__(self, params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8, maximize: bool = False):
        if not 0.0 < lr:
            raise ValueError("Invalid learning rate: {}".format(lr))
        if not 0.0 < eps:
            raise ValueError("Invalid epsilon value: {}".format(eps))
        if not 0.0 <= betas[0] < 1.0:
            raise ValueError("Invalid beta parameter at index 0: {}".format(betas[0]))
        if not 0.0 <= betas[1] < 1.0:
            raise ValueError("Invalid beta parameter at index 1: {}".format(betas[1]))

        params = list(params)

        sparse_params = []
        for index, param in enumerate(params):
            if isinstance(param, dict):
                for d_index, d_param in enumerate(param.get("params", [])):
                    if d_param.is_sparse:
                        sparse_params.append([index, d_index])
            elif param.is_sparse:
                sparse_params.append(index)
        if sparse_params:
            raise ValueError(
                f"Sparse params at indices {sparse_params}: SparseAdam requires dense parameter tensors"
            )

        defaults = dict(lr=lr, betas=betas, eps=eps, maximize=maximize)
        super(SparseAdam, self).__init__(params, defaults)

    @torch.no_grad()
    def step(self, closure=None):
        """Performs a single optimization step.

        Args:
            closure (Callable, optional): A closure that reevaluates the model
                and returns the loss.
        """
        loss = None
        if closure is not None:
            with torch.enable_grad():
                loss = closure()

        for group in self.param_groups:
            for p in group['params']:
                if p.grad is not None:
                    if not p.grad.is_sparse:
                        raise RuntimeError('SparseAdam does not support dense gradients, please consider Adam instead')
                    # unreachable in tnb (no sparse tensors)
                    raise NotImplementedError("SparseAdam: sparse gradients are not supported by tnb")

        return loss
