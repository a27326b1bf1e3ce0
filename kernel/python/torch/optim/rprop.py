# torch.optim.Rprop, ported from PyTorch 1.13.1 torch/optim/rprop.py (BSD-3-Clause, (c) PyTorch contributors):
# the single-tensor path (_single_tensor_rprop) with its exact order of operations; foreach=True runs it too.
from typing import List, Optional

import torch
from torch import Tensor
from .optimizer import Optimizer
from . import _pointwise as P

__all__ = ['Rprop', 'rprop']


class Rprop(Optimizer):
    r"""Implements the resilient backpropagation algorithm, as PyTorch 1.13.1's ``torch.optim.Rprop``.

    Args: params, lr (1e-2), etas ((0.5, 1.2)), step_sizes ((1e-6, 50)), foreach (None), maximize (False).
    """

    def __init__(self, params, lr=1e-2, etas=(0.5, 1.2), step_sizes=(1e-6, 50),
                 foreach: Optional[bool] = None, maximize: bool = False):
        if not 0.0 <= lr:
            raise ValueError("Invalid learning rate: {}".format(lr))
        if not 0.0 < etas[0] < 1.0 < etas[1]:
            raise ValueError("Invalid eta values: {}, {}".format(etas[0], etas[1]))

        defaults = dict(lr=lr, etas=etas, step_sizes=step_sizes, foreach=foreach, maximize=maximize)
        super(Rprop, self).__init__(params, defaults)

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
            params = []
            grads = []
            prevs = []
            step_sizes = []
            etaminus, etaplus = group['etas']
            step_size_min, step_size_max = group['step_sizes']
            foreach = group['foreach']
            maximize = group['maximize']

            for p in group['params']:
                if p.grad is None:
                    continue
                params.append(p)
                grad = p.grad
                if grad.is_sparse:
                    raise RuntimeError('Rprop does not support sparse gradients')

                grads.append(grad)
                state = self.state[p]

                # State initialization
                if len(state) == 0:
                    state['step'] = 0
                    state['prev'] = torch.zeros_like(p, memory_format=torch.preserve_format)
                    # grad.new().resize_as_(grad).fill_(lr): a tensor of grad's dtype and shape
                    state['step_size'] = torch.empty_like(grad, memory_format=torch.contiguous_format)
                    state['step_size'].fill_(group['lr'])

                prevs.append(state['prev'])
                step_sizes.append(state['step_size'])

                state['step'] += 1

            rprop(params,
                  grads,
                  prevs,
                  step_sizes,
                  step_size_min=step_size_min,
                  step_size_max=step_size_max,
                  etaminus=etaminus,
                  etaplus=etaplus,
                  foreach=foreach,
                  maximize=maximize)

        return loss


def rprop(params: List[Tensor],
          grads: List[Tensor],
          prevs: List[Tensor],
          step_sizes: List[Tensor],
          foreach: bool = None,
          maximize: bool = False,
          *,
          step_size_min: float,
          step_size_max: float,
          etaminus: float,
          etaplus: float):
    r"""Functional API that performs rprop algorithm computation (torch.optim.rprop.rprop)."""
    for i, param in enumerate(params):
        grad = grads[i]
        grad = grad if not maximize else -grad
        prev = prevs[i]
        step_size = step_sizes[i]

        sign = grad.mul(prev).sign()
        sign[sign.gt(0)] = etaplus
        sign[sign.lt(0)] = etaminus
        sign[sign.eq(0)] = 1

        # update stepsizes with step size updates
        step_size.mul_(sign).clamp_(step_size_min, step_size_max)

        # for dir<0, dfdx=0
        # for dir>=0 dfdx=dfdx
        grad = grad.clone(memory_format=torch.preserve_format)
        grad[sign.eq(etaminus)] = 0

        # update parameters
        P.addcmul_(param, grad.sign(), step_size, value=-1)

        prev.copy_(grad)
