# torch.optim.RAdam, ported from PyTorch 1.13.1 torch/optim/radam.py (BSD-3-Clause, (c) PyTorch contributors):
# the single-tensor path (_single_tensor_radam) and, for foreach=True, the multi-tensor one (_multi_tensor_radam,
# which rounds differently and has no eps in its denominator), with their exact order of operations.
import math
from typing import List, Optional

import torch
from torch import Tensor
from .optimizer import Optimizer
from . import _pointwise as P

__all__ = ['RAdam', 'radam']


class RAdam(Optimizer):
    r"""Implements the RAdam algorithm (rectified Adam), as PyTorch 1.13.1's ``torch.optim.RAdam``.

    Args: params, lr (1e-3), betas ((0.9, 0.999)), eps (1e-8), weight_decay (0), foreach (None).
    """

    def __init__(self, params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8,
                 weight_decay=0, foreach: Optional[bool] = None):
        if not 0.0 <= lr:
            raise ValueError("Invalid learning rate: {}".format(lr))
        if not 0.0 <= eps:
            raise ValueError("Invalid epsilon value: {}".format(eps))
        if not 0.0 <= betas[0] < 1.0:
            raise ValueError("Invalid beta parameter at index 0: {}".format(betas[0]))
        if not 0.0 <= betas[1] < 1.0:
            raise ValueError("Invalid beta parameter at index 1: {}".format(betas[1]))
        if not 0.0 <= weight_decay:
            raise ValueError("Invalid weight_decay value: {}".format(weight_decay))
        defaults = dict(lr=lr, betas=betas, eps=eps, weight_decay=weight_decay,
                        foreach=foreach)
        super(RAdam, self).__init__(params, defaults)

    def __setstate__(self, state):
        super().__setstate__(state)
        for group in self.param_groups:
            group.setdefault('foreach', None)
        state_values = list(self.state.values())
        step_is_tensor = (len(state_values) != 0) and torch.is_tensor(state_values[0]['step'])
        if not step_is_tensor:
            for s in state_values:
                s['step'] = torch.tensor(float(s['step']))

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
            exp_avgs = []
            exp_avg_sqs = []
            state_steps = []
            beta1, beta2 = group['betas']

            for p in group['params']:
                if p.grad is not None:
                    params_with_grad.append(p)
                    if p.grad.is_sparse:
                        raise RuntimeError('RAdam does not support sparse gradients')
                    grads.append(p.grad)

                    state = self.state[p]
                    # Lazy state initialization
                    if len(state) == 0:
                        state['step'] = torch.tensor(0.)
                        # Exponential moving average of gradient values
                        state['exp_avg'] = torch.zeros_like(p, memory_format=torch.preserve_format)
                        # Exponential moving average of squared gradient values
                        state['exp_avg_sq'] = torch.zeros_like(p, memory_format=torch.preserve_format)

                    exp_avgs.append(state['exp_avg'])
                    exp_avg_sqs.append(state['exp_avg_sq'])
                    state_steps.append(state['step'])

            radam(params_with_grad,
                  grads,
                  exp_avgs,
                  exp_avg_sqs,
                  state_steps,
                  beta1=beta1,
                  beta2=beta2,
                  lr=group['lr'],
                  weight_decay=group['weight_decay'],
                  eps=group['eps'],
                  foreach=group['foreach'])

        return loss


def radam(params: List[Tensor],
          grads: List[Tensor],
          exp_avgs: List[Tensor],
          exp_avg_sqs: List[Tensor],
          state_steps: List[Tensor],
          foreach: bool = None,
          *,
          beta1: float,
          beta2: float,
          lr: float,
          weight_decay: float,
          eps: float):
    r"""Functional API that performs RAdam algorithm computation (torch.optim.radam.radam)."""
    if not all(isinstance(t, torch.Tensor) for t in state_steps):
        raise RuntimeError("API has changed, `state_steps` argument must contain a list of singleton tensors")

    if foreach:
        return _multi_tensor_radam(params, grads, exp_avgs, exp_avg_sqs, state_steps, beta1=beta1, beta2=beta2,
                                   lr=lr, weight_decay=weight_decay, eps=eps)

    for i, param in enumerate(params):
        grad = grads[i]
        exp_avg = exp_avgs[i]
        exp_avg_sq = exp_avg_sqs[i]
        step_t = state_steps[i]
        # update step
        step_t += 1
        step = step_t.item()

        bias_correction1 = 1 - beta1 ** step
        bias_correction2 = 1 - beta2 ** step

        if weight_decay != 0:
            grad = P.add(grad, param, alpha=weight_decay)

        # Decay the first and second moment running average coefficient
        P.add_(exp_avg.mul_(beta1), grad, alpha=1 - beta1)
        P.addcmul_(exp_avg_sq.mul_(beta2), grad, grad, value=1 - beta2)

        # correcting bias for the first moving moment
        bias_corrected_exp_avg = exp_avg / bias_correction1

        # maximum length of the approximated SMA
        rho_inf = 2 / (1 - beta2) - 1
        # compute the length of the approximated SMA
        rho_t = rho_inf - 2 * step * (beta2 ** step) / bias_correction2

        if rho_t > 5.:
            # Compute the variance rectification term and update parameters accordingly
            rect = math.sqrt((rho_t - 4) * (rho_t - 2) * rho_inf / ((rho_inf - 4) * (rho_inf - 2) * rho_t))
            adaptive_lr = math.sqrt(bias_correction2) / exp_avg_sq.sqrt().add_(eps)

            P.add_(param, bias_corrected_exp_avg * lr * adaptive_lr * rect, alpha=-1.0)
        else:
            P.add_(param, bias_corrected_exp_avg * lr, alpha=-1.0)


def _multi_tensor_radam(params, grads, exp_avgs, exp_avg_sqs, state_steps, *, beta1, beta2, lr, weight_decay, eps):
    # PyTorch's torch._foreach_* ops on CPU run the per-tensor op on each list element, rounded as those ops
    if len(params) == 0:
        return

    for step in state_steps:
        step.add_(1)

    # maximum length of the approximated SMA
    rho_inf = 2 / (1 - beta2) - 1
    # compute the length of the approximated SMA
    rho_t_list = [rho_inf - 2 * step.item() * (beta2 ** step.item()) / (1 - beta2 ** step.item())
                  for step in state_steps]

    bias_correction1 = [1 - beta1 ** step.item() for step in state_steps]
    bias_correction2 = [1 - beta2 ** step.item() for step in state_steps]
    if weight_decay != 0:
        for grad, param in zip(grads, params):
            P.add_(grad, param, alpha=weight_decay)

    # Decay the first and second moment running average coefficient
    for exp_avg, grad in zip(exp_avgs, grads):
        P.add_(exp_avg.mul_(beta1), grad, alpha=1 - beta1)

    for exp_avg_sq, grad in zip(exp_avg_sqs, grads):
        P.addcmul_(exp_avg_sq.mul_(beta2), grad, grad, value=1 - beta2)

    rect = [math.sqrt((rho_t - 4) * (rho_t - 2) * rho_inf / ((rho_inf - 4) * (rho_inf - 2) * rho_t))
            if rho_t > 5 else 0 for rho_t in rho_t_list]
    unrectified = [0 if rect > 0 else 1. for rect in rect]

    exp_avg_sq_sqrt = [t.sqrt() for t in exp_avg_sqs]
    bias_correction_sqrt = [math.sqrt(bc) for bc in bias_correction2]
    denom = [t / bc for t, bc in zip(exp_avg_sq_sqrt, bias_correction_sqrt)]
    step_size = [(lr * rect / bc) * -1 for rect, bc in zip(rect, bias_correction1)]
    for param, exp_avg, d, v in zip(params, exp_avgs, denom, step_size):
        P.addcdiv_(param, exp_avg, d, value=v)

    denom = [torch.ones_like(exp_av, memory_format=torch.preserve_format) for exp_av in exp_avgs]
    step_size = [(lr * rect / bc) * -1 for rect, bc in zip(unrectified, bias_correction1)]
    for param, exp_avg, d, v in zip(params, exp_avgs, denom, step_size):
        P.addcdiv_(param, exp_avg, d, value=v)
