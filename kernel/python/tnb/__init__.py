# `import tnb`: notebook helpers of the tnb kernel.
#
#   tnb.show(x)               shows x now (like a trailing expression, but anywhere in a cell): PyTorch's text,
#                             the heatmaps of its value and of its .grad when it has one, and its grad_fn graph
#   tnb.show(x, grad=False)   without the gradient heatmap
#   tnb.show(y.grad_fn)       the graph alone
import sys as _sys

__all__ = ['show']


def show(value, grad=True, name=None):
    """Displays `value` in the running cell's output (tensor view with value and grad heatmaps, or a graph)."""
    import tnb_kernel
    if name is None:
        frame = _sys._getframe(1)
        for k, v in frame.f_locals.items():
            if v is value and not k.startswith('_'):
                name = k
                break
    tnb_kernel.display(value, name, bool(grad))
