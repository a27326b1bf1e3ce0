# torch.optim.Adagrad, ported from PyTorch 1.13.1 torch/optim/adagrad.py (BSD-3-Clause, (c) PyTorch contributors):
# the dense single-tensor path (_single_tensor_adagrad) and, for foreach=True, the multi-tensor one, with their exact
# order of operations. Sparse gradients are not supported by tnb.
from typing import List, Optional

import torch
from torch import Tensor
from .optimizer import Optimizer
from . import _pointwise as P

__all__ = ['Adagrad', 'adagrad']


class Adagrad(Optimizer):
    r"""Implements the Adagrad algorithm, as PyTorch 1.13.1's ``torch.optim.Adagrad``.

    Args: params, lr (1e-2), lr_decay (0), weight_decay (0), initial_accumulator_value (0), eps (1e-10),
    foreach (None), maximize (False).
    """

    def __init__(self, params, lr=1e-2, lr_decay=0, weight_decay=0, initial_accumulator_value=0, eps=1e-10,
                 foreach: Optional[bool] = None, *, maximize: bool = False):
        if not 0.0 <= lr:
            raise ValueError("Invalid learning rate: {}".format(lr))
        if not 0.0 <= lr_decay:
            raise ValueError("Invalid lr_decay value: {}".format(lr_decay))
        if not 0.0 <= weight_decay:
            raise ValueError("Invalid weight_decay value: {}".format(weight_decay))
        if not 0.0 <= initial_accumulator_value:
            raise ValueError("Invalid initial_accumulator_value value: {}".format(initial_accumulator_value))
        if not 0.0 <= eps:
            raise ValueError("Invalid epsilon value: {}".format(eps))

        defaults = dict(lr=lr, lr_decay=lr_decay, eps=eps, weight_decay=weight_decay,
                        initial_accumulator_value=initial_accumulator_value, foreach=foreach, maximize=maximize)
        super(Adagrad, self).__init__(params, defaults)

        for group in self.param_groups:
            for p in group["params"]:
                state = self.state[p]
                state["step"] = torch.tensor(0.0)
                state["sum"] = torch.full_like(p, initial_accumulator_value)

    def __setstate__(self, state):
        super().__setstate__(state)
        for group in self.param_groups:
            group.setdefault("foreach", None)
            group.setdefault("maximize", False)

        state_values = list(self.state.values())
        step_is_tensor = (len(state_values) != 0) and torch.is_tensor(state_values[0]["step"])
        if not step_is_tensor:
            for s in state_values:
                s["step"] = torch.tensor(float(s["step"]))

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
            params_with_grad = []
            grads = []
            state_sums = []
            state_steps = []

            for p in group["params"]:
                if p.grad is not None:
                    params_with_grad.append(p)
                    grads.append(p.grad)
                    state = self.state[p]
                    state_sums.append(state["sum"])
                    state_steps.append(state["step"])

            adagrad(params_with_grad,
                    grads,
                    state_sums,
                    state_steps,
                    lr=group["lr"],
                    weight_decay=group["weight_decay"],
                    lr_decay=group["lr_decay"],
                    eps=group["eps"],
                    maximize=group["maximize"],
                    foreach=group["foreach"])

        return loss


def adagrad(params: List[Tensor],
            grads: List[Tensor],
            state_sums: List[Tensor],
            state_steps: List[Tensor],
            has_sparse_grad: bool = None,
            foreach: bool = None,
            *,
            lr: float,
            weight_decay: float,
            lr_decay: float,
            eps: float,
            maximize: bool):
    r"""Functional API that performs Adagrad algorithm computation (torch.optim.adagrad.adagrad)."""
    if not all(isinstance(t, torch.Tensor) for t in state_steps):
        raise RuntimeError("API has changed, `state_steps` argument must contain a list of singleton tensors")

    if foreach:
        return _multi_tensor_adagrad(params, grads, state_sums, state_steps, lr=lr, weight_decay=weight_decay,
                                     lr_decay=lr_decay, eps=eps, maximize=maximize)

    for (param, grad, state_sum, step_t) in zip(params, grads, state_sums, state_steps):
        # update step
        step_t += 1
        step = step_t.item()
        grad = grad if not maximize else -grad

        if weight_decay != 0:
            grad = P.add(grad, param, alpha=weight_decay)

        clr = lr / (1 + (step - 1) * lr_decay)

        P.addcmul_(state_sum, grad, grad, value=1)
        std = state_sum.sqrt().add_(eps)
        P.addcdiv_(param, grad, std, value=-clr)


def _multi_tensor_adagrad(params, grads, state_sums, state_steps, *, lr, weight_decay, lr_decay, eps, maximize):
    # PyTorch's _multi_tensor_adagrad (torch._foreach_* ops on CPU run the per-tensor op on each list element): the
    # weight decay is added into the gradients in place, and the step size is a float32 tensor computed from the
    # step tensor, so the update rounds differently from the single-tensor path.
    if len(params) == 0:
        return

    if maximize:
        grads = [-g for g in grads]

    # Update steps
    for step in state_steps:
        step.add_(1)

    if weight_decay != 0:
        for grad, param in zip(grads, params):
            P.add_(grad, param, alpha=weight_decay)

    minus_clr = [-lr / (1 + (step - 1) * lr_decay) for step in state_steps]

    for state_sum, grad in zip(state_sums, grads):
        P.addcmul_(state_sum, grad, grad, value=1)
    std = [s.sqrt().add(eps) for s in state_sums]
    toAdd = [(grad * c) / d for grad, c, d in zip(grads, minus_clr, std)]
    for param, t in zip(params, toAdd):
        param.add_(t)
