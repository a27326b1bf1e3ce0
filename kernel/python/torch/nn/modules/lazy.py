# LazyModuleMixin: modules whose parameters get their shapes from the first input. Ported (in part: no
# state_dict hooks for uninitialized parameters) from PyTorch 1.13.1 torch/nn/modules/lazy.py (BSD-3-Clause,
# (c) PyTorch contributors).
import warnings

from ..parameter import UninitializedParameter

__all__ = ['LazyModuleMixin']


class LazyModuleMixin:
    cls_to_become = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._initialize_hook = self.register_forward_pre_hook(self._infer_parameters)
        # (from this line, as PyTorch's from lazy.py: Python shows it once per session)
        warnings.warn('Lazy modules are a new feature under heavy development '
                      'so changes to the API or functionality can happen at any moment.')

    def has_uninitialized_params(self):
        params = list(self._parameters.values()) + list(self._buffers.values())
        return any(isinstance(p, UninitializedParameter) for p in params)

    def _infer_parameters(self, module, input):
        module.initialize_parameters(*input)
        if module.has_uninitialized_params():
            raise RuntimeError('module {} has not been fully initialized'.format(self._get_name()))
        module._initialize_hook.remove()
        delattr(module, '_initialize_hook')
        if module.cls_to_become is not None:
            module.__class__ = module.cls_to_become

    def initialize_parameters(self, *args, **kwargs):
        raise NotImplementedError('initialize_parameters is not implemented for {}'.format(self.__class__.__name__))
