# Grad-mode context managers that also work as decorators: no_grad, enable_grad, set_grad_enabled, inference_mode.
import functools

from .. import _bridge as B

_E = B._E


def _is_enabled():   # until the engine is bound (then the JS function itself)
    return _E.is_grad_enabled()


def _set_enabled(flag):
    _E.set_grad_enabled(flag)


@B.on_bind
def _bind(engine):
    # looked up once: an attribute of the JS module costs microseconds, and optimizers switch grad mode every step
    global _is_enabled, _set_enabled
    _is_enabled, _set_enabled = engine.is_grad_enabled, engine.set_grad_enabled


def is_grad_enabled():
    return bool(_is_enabled())


def _set(flag):
    _set_enabled(bool(flag))


class _DecoratorContextManager:
    def __call__(self, func):
        if isinstance(func, type):
            raise TypeError(f'{type(self).__name__} cannot decorate a class')

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            with self.clone():
                return func(*args, **kwargs)
        return wrapper

    def clone(self):
        return self.__class__()


class no_grad(_DecoratorContextManager):
    """Disables gradient recording inside the block (or the decorated function)."""

    def __init__(self):
        self.prev = False

    def __enter__(self):
        self.prev = is_grad_enabled()
        _set(False)

    def __exit__(self, exc_type, exc_value, traceback):
        _set(self.prev)


class enable_grad(_DecoratorContextManager):
    def __enter__(self):
        self.prev = is_grad_enabled()
        _set(True)

    def __exit__(self, exc_type, exc_value, traceback):
        _set(self.prev)


class set_grad_enabled(_DecoratorContextManager):
    """Sets grad mode at once (as a function) and restores it on exit (as a context manager)."""

    def __init__(self, mode):
        self.prev = is_grad_enabled()
        self.mode = bool(mode)
        _set(self.mode)

    def __enter__(self):
        pass

    def __exit__(self, exc_type, exc_value, traceback):
        _set(self.prev)

    def clone(self):
        return self.__class__(self.mode)


class inference_mode(_DecoratorContextManager):
    """Grad mode off, and the tensors made inside are inference tensors (is_inference()): outside inference mode they
    cannot be saved for backward, changed in place, or made to require grad, with PyTorch's errors."""

    def __init__(self, mode=True):
        self.mode = bool(mode)

    def __enter__(self):
        self.prev = _E.enter_inference_mode(self.mode)

    def __exit__(self, exc_type, exc_value, traceback):
        _E.exit_inference_mode(self.prev)

    def clone(self):
        return self.__class__(self.mode)


def is_inference_mode_enabled():
    return bool(_E.is_inference_mode_enabled())
