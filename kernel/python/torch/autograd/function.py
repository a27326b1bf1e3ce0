# torch.autograd.Function: custom forward/backward in Python. As in PyTorch, the `ctx` passed to forward and
# backward is the grad_fn object itself (an instance of `<Name>Backward`), so attributes stored on ctx are visible
# on `y.grad_fn`. The engine records a node whose backward calls back into Python; tensors saved with
# ctx.save_for_backward are saved by the engine (version-checked, freed after backward like any saved tensor).
from .. import _bridge as B
from . import graph
from .grad_mode import no_grad

_E = B._E

# Tensors returned to the engine by Python callbacks (custom backward, hooks) stay alive here until the engine
# has taken its own reference; cleared at the next callback and after each backward.
returned = []


class FunctionCtx:
    def save_for_backward(self, *tensors):
        self.to_save = tensors

    def save_for_forward(self, *tensors):
        self.saved_for_forward = tensors

    def mark_dirty(self, *args):
        self.dirty_tensors = args

    def mark_non_differentiable(self, *args):
        self.non_differentiable = args

    def set_materialize_grads(self, value):
        self.materialize_grads = value

    @property
    def saved_tensors(self):
        n = self.__dict__.get('_n')
        if n is None:
            return tuple(getattr(self, 'to_save', ()))
        return tuple(B.wrap(h) for h in B.to_py(B.js(_E.node_saved, n)))

    @property
    def saved_variables(self):
        return self.saved_tensors


class BackwardCFunction(graph.Node, FunctionCtx):
    _forward_cls = None

    def _display_name(self):
        return 'torch.autograd.function.' + type(self).__name__

    def apply(self, *args):
        return self._forward_cls.backward(self, *args)


class FunctionMeta(type):
    def __init__(cls, name, bases, attrs):
        backward_fn = type(name + 'Backward', (BackwardCFunction,), {'_forward_cls': cls, '__module__': 'torch.autograd.function'})
        cls._backward_cls = backward_fn
        super().__init__(name, bases, attrs)


class Function(metaclass=FunctionMeta):
    """Subclass with static forward(ctx, ...) and backward(ctx, *grads); call with `.apply(...)`."""

    def __init__(self, *args, **kwargs):
        import warnings
        warnings.warn(f'{type(self)} should not be instantiated. Methods on autograd functions'
                      'are all static, so you should invoke them on the class itself. '
                      'Instantiating an autograd function will raise an '
                      'error in a future version of PyTorch.', DeprecationWarning)

    def __call__(self, *args, **kwargs):
        raise RuntimeError(
            'Legacy autograd function with non-static forward method is deprecated. '
            'Please use new-style autograd function with static forward method. '
            '(Example: https://pytorch.org/docs/stable/autograd.html#torch.autograd.Function)')

    @staticmethod
    def forward(ctx, *args, **kwargs):
        raise NotImplementedError('You must implement the forward function for custom autograd.Function.')

    @staticmethod
    def backward(ctx, *grad_outputs):
        raise NotImplementedError('You must implement either the backward or vjp method for your custom autograd.Function to use it with backward mode AD.')

    vjp = backward

    @classmethod
    def apply(cls, *args):
        from .._tensor import Tensor
        from .. import zeros
        ctx = object.__new__(cls._backward_cls)
        ctx._n = None
        ctx.needs_input_grad = tuple(isinstance(a, Tensor) and a.requires_grad for a in args)
        ctx.materialize_grads = True
        with no_grad():
            out = cls.forward(ctx, *args)
        single = isinstance(out, Tensor)
        outs = (out,) if single else tuple(out) if isinstance(out, (tuple, list)) else None
        if outs is None:
            return out
        tensor_args = [a for a in args if isinstance(a, Tensor)]
        if not any(ctx.needs_input_grad) or not any(isinstance(o, Tensor) for o in outs):
            return _packed(out, outs, single)
        # An input returned as is becomes a view of it, which gets the node as grad_fn (PyTorch's view_as).
        fixed = []
        for o in outs:
            if isinstance(o, Tensor) and any(o is a for a in tensor_args):
                with no_grad():
                    o = o.view_as(o)
            fixed.append(o)
        outs = tuple(fixed)
        non_diff = getattr(ctx, 'non_differentiable', ())
        # One node output per output of forward (non-tensors included: they count in output_nr); outputs marked
        # non-differentiable or not floating point get no grad_fn.
        diff = [o._h if isinstance(o, Tensor) and o.is_floating_point() and not any(o is nd for nd in non_diff) else None
                for o in outs]
        metas = [(list(o.shape), B._E.dtype(o._h)) if isinstance(o, Tensor) else None for o in outs]
        dtypes = [o.dtype if isinstance(o, Tensor) else None for o in outs]
        saved = [s for s in getattr(ctx, 'to_save', ()) if s is not None]
        inputs = [a._h if isinstance(a, Tensor) else None for a in args]
        n_inputs = len(args)

        def backward_bridge(grad_hs, needs):
            del returned[:]
            grads = []
            for i, h in enumerate(B.to_py(grad_hs)):
                if h is not None:
                    grads.append(B.wrap(h))
                elif ctx.materialize_grads and metas[i] is not None:
                    grads.append(zeros(metas[i][0], dtype=dtypes[i]))   # undefined gradients as zeros (default)
                else:
                    grads.append(None)
            grads = cls.backward(ctx, *grads)
            if not isinstance(grads, tuple):
                grads = (grads,)
            if len(grads) < n_inputs or (len(grads) > n_inputs and any(g is not None for g in grads[n_inputs:])):
                raise RuntimeError(f'function {type(ctx).__name__} returned an incorrect number of gradients '
                                   f'(expected {n_inputs}, got {len(grads)})')
            res = []
            for i, g in enumerate(grads[:n_inputs]):
                if g is not None and not isinstance(g, Tensor):
                    raise TypeError(f'function {type(ctx).__name__} returned a gradient different than None at position {i + 1}, but the corresponding forward input was not a Variable')
                if g is not None and inputs[i] is None:
                    raise RuntimeError(f'function {type(ctx).__name__} returned a gradient different than None at position {i + 1}, but the corresponding forward input was not a Variable')
                if g is not None:
                    returned.append(g)
                res.append(None if g is None else g._h)
            return res

        h = B.js(_E.record_custom, type(ctx).__name__, inputs, diff, metas, [s._h for s in saved], B.create_proxy(backward_bridge))
        if h is not None:
            graph.bind(ctx, h)
        return _packed(out, outs, single)


def _packed(out, outs, single):
    """forward's result with the outputs replaced (a tensor, or a tuple or list as forward returned)."""
    if single:
        return outs[0]
    return tuple(outs) if isinstance(out, tuple) else list(outs)


class once_differentiable:
    def __new__(cls, fn):
        return fn


InplaceFunction = Function
NestedIOFunction = Function
