# torch.optim.RMSprop, ported from PyTorch 1.13.1 torch/optim/rmsprop.py (BSD-3-Clause, (c) PyTorch contributors):
# the single-tensor path (_single_tensor_rmsprop) with its exact order of operations; foreach=True runs it too
# (adding the weight decay into p.grad in place, as PyTorch's foreach path).
from typing import List, Optional

import torch
from torch import Tensor
from .optimizer import Optimizer, _use_grad_for_differentiable
from . import _pointwise as P

__all__ = ['RMSprop', 'rmsprop']


class RMSprop(Optimizer):
    r"""Implements the RMSprop algorithm, as PyTorch 1.13.1's ``torch.optim.RMSprop``.

    Args: params, lr (1e-2), alpha (0.99), eps (1e-8), weight_decay (0), momentum (0), centered (False),
    foreach (None), maximize (False), differentiable (False).
    """

    def __init__(self, params, lr=1e-2, alpha=0.99, eps=1e-8, weight_decay=0, momentum=0,
                 centered=False, foreach: Optional[bool] = None, maximize: bool = False,
                 differentiable: bool = False):
        if not 0.0 <= lr:
            raise ValueError("Invalid learning rate: {}".format(lr))
        if not 0.0 <= eps:
            raise ValueError("Invalid epsilon value: {}".format(eps))
        if not 0.0 <= momentum:
            raise ValueError("Invalid momentum value: {}".format(momentum))
        if not 0.0 <= weight_decay:
            raise ValueError("Invalid weight_decay value: {}".format(weight_decay))
        if not 0.0 <= alpha:
            raise ValueError("Invalid alpha value: {}".format(alpha))

        defaults = dict(lr=lr, momentum=momentum, alpha=alpha, eps=eps, centered=centered,
                        weight_decay=weight_decay, foreach=foreach, maximize=maximize,
                        differentiable=differentiable)
        super(RMSprop, self).__init__(params, defaults)

    def __setstate__(self, state):
        super().__setstate__(state)
        for group in self.param_groups:
            group.setdefault('momentum', 0)
            group.setdefault('centered', False)
            group.setdefault('foreach', None)
            group.setdefault('maximize', False)
            group.setdefault('differentiable', False)

    @_use_grad_for_differentiable
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
            grad_avgs = []
            momentum_buffer_list = []

            for p in group['params']:
                if p.grad is None:
                    continue
                params_with_grad.append(p)
                grads.append(p.grad)

                state = self.state[p]

                # State initialization
                if len(state) == 0:
                    state['step'] = 0
                    state['square_avg'] = torch.zeros_like(p)
                    if group['momentum'] > 0:
                        state['momentum_buffer'] = torch.zeros_like(p)
                    if group['centered']:
                        state['grad_avg'] = torch.zeros_like(p)
                square_avgs.append(state['square_avg'])

                if group['momentum'] > 0:
                    momentum_buffer_list.append(state['momentum_buffer'])
                if group['centered']:
                    grad_avgs.append(state['grad_avg'])

                if group['differentiable'] and isinstance(state['step'], Tensor):
                    raise RuntimeError('`step` can\'t be a tensor')

                state['step'] += 1

            rmsprop(params_with_grad,
                    grads,
                    square_avgs,
                    grad_avgs,
                    momentum_buffer_list,
                    lr=group['lr'],
                    alpha=group['alpha'],
                    eps=group['eps'],
                    weight_decay=group['weight_decay'],
                    momentum=group['momentum'],
                    centered=group['centered'],
                    maximize=group["maximize"],
                    foreach=group['foreach'],
                    differentiable=group["differentiable"])

        return loss


def rmsprop(params: List[Tensor],
            grads: List[Tensor],
            square_avgs: List[Tensor],
            grad_avgs: List[Tensor],
            momentum_buffer_list: List[Tensor],
            foreach: bool = None,
            maximize: bool = False,
            differentiable: bool = False,
            *,
            lr: float,
            alpha: float,
            eps: float,
            weight_decay: float,
            momentum: float,
            centered: bool):
    r"""Functional API that performs rmsprop algorithm computation (torch.optim.rmsprop.rmsprop)."""
    if foreach and weight_decay != 0 and not maximize:
        # PyTorch's foreach path (_multi_tensor_rmsprop) adds the weight decay into the gradients in place
        # (torch._foreach_add_(grads, params, alpha=weight_decay)); its other steps round as the lines below.
        for grad, param in zip(grads, params):
            P.add_(grad, param, alpha=weight_decay)
        weight_decay = 0
    for i, param in enumerate(params):
        grad = grads[i]
        grad = grad if not maximize else -grad
        square_avg = square_avgs[i]

        if weight_decay != 0:
            grad = P.add(grad, param, alpha=weight_decay)

        P.addcmul_(square_avg.mul_(alpha), grad, grad, value=1 - alpha)

        if centered:
            grad_avg = grad_avgs[i]
            P.add_(grad_avg.mul_(alpha), grad, alpha=1 - alpha)
            avg = P.addcmul(square_avg, grad_avg, grad_avg, value=-1).sqrt()
        else:
            avg = square_avg.sqrt()

        if differentiable:
            avg = avg.add(eps)
        else:
            avg = avg.add_(eps)

        if momentum > 0:
            buf = momentum_buffer_list[i]
            P.addcdiv_(buf.mul_(momentum), grad, avg)
            P.add_(param, buf, alpha=-lr)
        else:
            P.addcdiv_(param, grad, avg, value=-lr)
