# grad_fn objects: one Python object per engine graph node (so `y.grad_fn is y.grad_fn`, as in PyTorch), of a
# class named after the node (`type(y.grad_fn).__name__ == 'MulBackward0'`), printing as PyTorch prints them.

from .. import _bridge as B

_E = B._E
_live = {}
_classes = {}


class Node:
    """Base of the grad_fn classes (torch.autograd.graph.Node)."""

    def __init__(self):
        self._n = None

    def name(self):
        n = str(B.js(_E.node_name, self._n))
        # PyTorch's C++ nodes outside the generated ones report their namespace in name().
        return 'torch::autograd::' + n if n in ('AccumulateGrad', 'CopySlices', 'GraphRoot', 'Error', 'NotImplemented') else n

    @property
    def next_functions(self):
        return tuple((node(h), int(nr)) for h, nr in B.to_py(B.js(_E.node_next, self._n)))

    @property
    def variable(self):
        h = B.js(_E.node_variable, self._n)
        if h is None:
            raise AttributeError(f"'{type(self).__name__}' object has no attribute 'variable'")
        return B.wrap(h)

    @property
    def metadata(self):
        d = self.__dict__.get('_metadata')
        if d is None:
            d = self.__dict__['_metadata'] = {}
        return d

    def register_hook(self, fn):
        from .._tensor import RemovableHandle

        def bridge(gi, go):
            grad_inputs = tuple(None if h is None else B.wrap(h) for h in B.to_py(gi))
            r = fn(grad_inputs, tuple(None if h is None else B.wrap(h) for h in B.to_py(go)))
            if r is None:
                return None
            # (PyTorch's PyFunctionPostHook: a tuple of as many gradients, each None or a tensor)
            if not isinstance(r, tuple):
                raise TypeError(f"expected tuple, but hook returned '{type(r).__name__}'")
            if len(r) != len(grad_inputs):
                raise RuntimeError(f"hook '{getattr(fn, '__name__', type(fn).__name__)}' has returned an incorrect "
                                   f"number of values (got {len(r)}, but expected {len(grad_inputs)})")
            from .function import returned
            from .._tensor import Tensor
            handles = []
            for v in r:
                if v is not None and not isinstance(v, Tensor):
                    raise TypeError(f"expected Variable (got '{type(v).__name__}')'")
                if v is not None:
                    returned.append(v)   # alive until the engine holds it
                handles.append(None if v is None else v._h)
            return handles
        return RemovableHandle(B.js(_E.node_register_hook, self._n, B.create_proxy(bridge)))

    def register_prehook(self, fn):
        """fn(grad_outputs) -> None or a tuple of new grad_outputs, before the node runs."""
        from .._tensor import RemovableHandle

        def bridge(go):
            grad_outputs = tuple(None if h is None else B.wrap(h) for h in B.to_py(go))
            r = fn(grad_outputs)
            if r is None:
                return None
            if not isinstance(r, tuple):
                raise TypeError(f"expected tuple, but hook returned '{type(r).__name__}'")
            if len(r) != len(grad_outputs):
                raise RuntimeError(f"hook '{getattr(fn, '__name__', type(fn).__name__)}' has returned an incorrect "
                                   f"number of values (got {len(r)}, but expected {len(grad_outputs)})")
            from .function import returned
            from .._tensor import Tensor
            for v in r:
                if v is not None and not isinstance(v, Tensor):
                    raise TypeError(f"expected Variable (got '{type(v).__name__}')'")
                if v is not None:
                    returned.append(v)   # alive until the engine holds it
            return [None if v is None else v._h for v in r]
        return RemovableHandle(B.js(_E.node_register_prehook, self._n, B.create_proxy(bridge)))

    def __getattr__(self, attr):
        # PyTorch exposes saved values as _saved_<name> (e.g. _saved_self, _saved_other, _saved_result).
        if attr.startswith('_saved_') and self.__dict__.get('_n') is not None:
            names = list(B.to_py(B.js(_E.node_saved_names, self._n)))
            key = attr[len('_saved_'):]
            if key in names:
                handles = B.to_py(B.js(_E.node_saved, self._n))
                return B.wrap(handles[names.index(key)])
            values = B.to_py(B.js(_E.node_saved_values, self._n))
            if key in values:
                return _saved_value(key, values[key])
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{attr}'")

    def __dir__(self):
        names = list(super().__dir__())
        if self.__dict__.get('_n') is not None:
            names += ['_saved_' + k for k in B.to_py(B.js(_E.node_saved_names, self._n))]
            names += ['_saved_' + k for k in B.to_py(B.js(_E.node_saved_values, self._n))]
        return sorted(set(names))

    def __repr__(self):
        return f'<{self._display_name()} object at {hex(id(self))}>'

    def _display_name(self):
        return type(self).__name__


def _saved_value(key, v):
    # PyTorch 1.13 shows saved dims as unsigned 64-bit integers: dim=-1 reads back as 2**64 - 1.
    fix = (lambda d: d + 2 ** 64 if key == 'dim' and isinstance(d, int) and d < 0 else d)
    if isinstance(v, list):
        return tuple(fix(d) for d in v)
    return fix(v)


def node_class(name):
    cls = _classes.get(name)
    if cls is None:
        # (PyTorch's node classes are made in C++ without a module: type() prints <class 'MulBackward0'>)
        cls = _classes[name] = type(name, (Node,), {'__module__': 'builtins'})
    return cls


def bind(obj, h):
    """Makes `obj` the Python object of node handle h (custom Functions: the ctx is the grad_fn). The handle is
    released by a weakref callback that runs no Python code (see torch/_bridge.py)."""
    obj._n = h
    B.track(obj, h, _live, B._release_node)


def node(h):
    """The grad_fn object for node handle h, or None."""
    if h is None:
        return None
    o = B.lookup(_live, h)
    if o is not None:
        return o
    o = object.__new__(node_class(str(_E.node_name(h))))
    bind(o, h)
    return o
