# torch.optim.Adadelta, ported from PyTorch 1.13.1 torch/optim/adadelta.py (BSD-3-Clause, (c) PyTorch contributors):
# the single-tensor path (_single_tensor_adadelta) with its exact order of operations; foreach=True runs it too, with
# the foreach path's one visible difference (the weight decay added into p.grad in place).
from typing import List, Optional

import torch
from torch import Tensor
from .optimizer import Optimizer
from . import _pointwise as P

__all__ = ['Adadelta', 'adadelta']


class Adadelta(Optimizer):
    r"""Implements the Adadelta algorithm, as PyTorch 1.13.1's ``torch.optim.Adadelta``.

    Args: params, lr (1.0), rho (0.9), eps (1e-6), weight_decay (0), foreach (None), maximize (False).
    """

    def __init__(self, params, lr=1.0, rho=0.9, eps=1e-6, weight_decay=0,
                 foreach: Optional[bool] = None, *, maximize: bool = False):
        if not 0.0 <= lr:
            raise ValueError("Invalid learning rate: {}".format(lr))
        if not 0.0 <= rho <= 1.0:
            raise ValueError("Invalid rho value: {}".format(rho))
        if not 0.0 <= eps:
            raise ValueError("Invalid epsilon value: {}".format(eps))
        if not 0.0 <= weight_decay:
            raise ValueError("Invalid weight_decay value: {}".format(weight_decay))

        defaults = dict(lr=lr, rho=rho, eps=eps, weight_decay=weight_decay,
                        maximize=maximize, foreach=foreach)
        super(Adadelta, self).__init__(params, defaults)

    def __setstate__(self, state):
        super().__setstate__(state)
        for group in self.param_groups:
            group.setdefault('foreach', None)
            group.setdefault('maximize', False)

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
            square_avgs = []
            acc_deltas = []
            lr, rho, eps, weight_decay, foreach, maximize = (group['lr'], group['rho'], group['eps'],
                                                             group['weight_decay'], group['foreach'],
                                                             group['maximize'])

            for p in group['params']:
                if p.grad is None:
                    continue
                params_with_grad.append(p)
                if p.grad.is_sparse:
                    raise RuntimeError('Adadelta does not support sparse gradients')
                grads.append(p.grad)

                state = self.state[p]

                # Lazy state initialization
                if len(state) == 0:
                    state['step'] = 0
                    state['square_avg'] = torch.zeros_like(p, memory_format=torch.preserve_format)
                    state['acc_delta'] = torch.zeros_like(p, memory_format=torch.preserve_format)

                square_avgs.append(state['square_avg'])
                acc_deltas.append(state['acc_delta'])

                state['step'] += 1

            adadelta(params_with_grad,
                     grads,
                     square_avgs,
                     acc_deltas,
                     lr=lr,
                     rho=rho,
                     eps=eps,
                     weight_decay=weight_decay,
                     foreach=foreach,
                     maximize=maximize)

        return loss


def adadelta(params: List[Tensor],
             grads: List[Tensor],
             square_avgs: List[Tensor],
             acc_deltas: List[Tensor],
             foreach: bool = None,
             *,
             lr: float,
             rho: float,
             eps: float,
             weight_decay: float,
             maximize: bool):
    r"""Functional API that performs Adadelta algorithm computation (torch.optim.adadelta.adadelta)."""
    if foreach and weight_decay != 0 and not maximize:
        # PyTorch's foreach path (_multi_tensor_adadelta) adds the weight decay into the gradients in place
        # (torch._foreach_add_(grads, params, alpha=weight_decay)); its other steps round as the lines below.
        for grad, param in zip(grads, params):
            P.add_(grad, param, alpha=weight_decay)
        weight_decay = 0
    for (param, grad, square_avg, acc_delta) in zip(params, grads, square_avgs, acc_deltas):
        grad = grad if not maximize else -grad

        if weight_decay != 0:
            grad = P.add(grad, param, alpha=weight_decay)

        P.addcmul_(square_avg.mul_(rho), grad, grad, value=1 - rho)
        std = square_avg.add(eps).sqrt_()
        delta = acc_delta.add(eps).sqrt_().div_(std).mul_(grad)
        P.addcmul_(acc_delta.mul_(rho), delta, delta, value=1 - rho)
        P.add_(param, delta, alpha=-lr)
