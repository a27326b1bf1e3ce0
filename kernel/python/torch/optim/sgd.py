# torch.optim.SGD, ported from PyTorch 1.13.1 torch/optim/sgd.py (BSD-3-Clause, (c) PyTorch contributors):
# the single-tensor path (_single_tensor_sgd) with its exact order of operations; foreach=True runs it too (with
# Nesterov momentum adding into p.grad in place, as PyTorch's foreach path).
# Sparse gradients are not supported by tnb.
from typing import List, Optional

import torch
from torch import Tensor
from .optimizer import Optimizer, required, _use_grad_for_differentiable
from . import _pointwise as P

__all__ = ['SGD', 'sgd']


class SGD(Optimizer):
    r"""Implements stochastic gradient descent (optionally with momentum), as PyTorch 1.13.1's ``torch.optim.SGD``.

    Args: params, lr, momentum (0), dampening (0), weight_decay (0), nesterov (False), maximize (False),
    foreach (None), differentiable (False).
    """

    def __init__(self, params, lr=required, momentum=0, dampening=0,
                 weight_decay=0, nesterov=False, *, maximize=False, foreach: Optional[bool] = None,
                 differentiable=False):
        if lr is not required and lr < 0.0:
            raise ValueError("Invalid learning rate: {}".format(lr))
        if momentum < 0.0:
            raise ValueError("Invalid momentum value: {}".format(momentum))
        if weight_decay < 0.0:
            raise ValueError("Invalid weight_decay value: {}".format(weight_decay))

        defaults = dict(lr=lr, momentum=momentum, dampening=dampening,
                        weight_decay=weight_decay, nesterov=nesterov,
                        maximize=maximize, foreach=foreach,
                        differentiable=differentiable)
        if nesterov and (momentum <= 0 or dampening != 0):
            raise ValueError("Nesterov momentum requires a momentum and zero dampening")
        super(SGD, self).__init__(params, defaults)

    def __setstate__(self, state):
        super().__setstate__(state)
        for group in self.param_groups:
            group.setdefault('nesterov', False)
            group.setdefault('maximize', False)
            group.setdefault('foreach', None)
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
            d_p_list = []
            momentum_buffer_list = []

            for p in group['params']:
                if p.grad is not None:
                    params_with_grad.append(p)
                    d_p_list.append(p.grad)

                    state = self.state[p]
                    if 'momentum_buffer' not in state:
                        momentum_buffer_list.append(None)
                    else:
                        momentum_buffer_list.append(state['momentum_buffer'])

            sgd(params_with_grad,
                d_p_list,
                momentum_buffer_list,
                weight_decay=group['weight_decay'],
                momentum=group['momentum'],
                lr=group['lr'],
                dampening=group['dampening'],
                nesterov=group['nesterov'],
                maximize=group['maximize'],
                foreach=group['foreach'])

            # update momentum_buffers in state
            for p, momentum_buffer in zip(params_with_grad, momentum_buffer_list):
                state = self.state[p]
                state['momentum_buffer'] = momentum_buffer

        return loss


def sgd(params: List[Tensor],
        d_p_list: List[Tensor],
        momentum_buffer_list: List[Optional[Tensor]],
        has_sparse_grad: bool = None,
        foreach: bool = None,
        *,
        weight_decay: float,
        momentum: float,
        lr: float,
        dampening: float,
        nesterov: bool,
        maximize: bool):
    r"""Functional API that performs SGD algorithm computation (torch.optim.sgd.sgd)."""
    for i, param in enumerate(params):
        d_p = d_p_list[i] if not maximize else -d_p_list[i]

        if weight_decay != 0:
            d_p = P.add(d_p, param, alpha=weight_decay)

        if momentum != 0:
            buf = momentum_buffer_list[i]

            if buf is None:
                buf = torch.clone(d_p).detach()
                momentum_buffer_list[i] = buf
            else:
                # The momentum and parameter updates in one engine call, bit-identical to the lines below (tnb only)
                if not nesterov and P.sgd_momentum_update_(param, d_p, buf, momentum, dampening, lr):
                    continue
                P.add_(buf.mul_(momentum), d_p, alpha=1 - dampening)

            if nesterov:
                if foreach and weight_decay == 0 and not maximize:
                    # PyTorch's foreach path (_multi_tensor_sgd) adds into the gradient itself
                    # (torch._foreach_add_(grads, bufs, alpha=momentum)): p.grad changes
                    d_p = P.add_(d_p, buf, alpha=momentum)
                else:
                    d_p = P.add(d_p, buf, alpha=momentum)
            else:
                d_p = buf

        P.add_(param, d_p, alpha=-lr)
