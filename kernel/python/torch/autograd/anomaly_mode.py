# torch.autograd.detect_anomaly / set_detect_anomaly: while on, every backward node's output is checked for NaN
# ("Function 'XBackward0' returned nan values in its 0th output.", as PyTorch).
import traceback
import warnings

from .. import _bridge as B
from .grad_mode import _DecoratorContextManager

_E = B._E


def _forward_trace():
    """The user's stack where a node is created (kernel and package frames left out), as PyTorch shows it."""
    frames = [f for f in traceback.extract_stack() if not f.filename.startswith('/tnb/')]
    return ''.join(traceback.format_list(frames))


@B.on_bind
def _bind(engine):
    engine.set_anomaly_trace_provider(B.create_proxy(_forward_trace))


def is_anomaly_enabled():
    return bool(_E.is_anomaly_enabled())


class detect_anomaly(_DecoratorContextManager):
    def __init__(self, check_nan=True):
        self.prev = is_anomaly_enabled()
        self.check_nan = check_nan
        warnings.warn('Anomaly Detection has been enabled. '
                      'This mode will increase the runtime '
                      'and should only be enabled for debugging.', stacklevel=2)

    def __enter__(self):
        _E.set_anomaly_enabled(True)

    def __exit__(self, *args):
        _E.set_anomaly_enabled(self.prev)

    def clone(self):
        return self.__class__(self.check_nan)


class set_detect_anomaly:
    def __init__(self, mode, check_nan=True):
        self.prev = is_anomaly_enabled()
        _E.set_anomaly_enabled(bool(mode))

    def __enter__(self):
        pass

    def __exit__(self, *args):
        _E.set_anomaly_enabled(self.prev)
