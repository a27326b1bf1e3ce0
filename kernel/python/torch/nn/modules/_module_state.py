# nn.Module's state: state_dict / load_state_dict (with torch's error texts and _IncompatibleKeys) and the
# conversions that rewrite every parameter and buffer (_apply, to, float, double, cpu, type).
# Ported from PyTorch 1.13.1 torch/nn/modules/module.py (BSD-3-Clause, (c) PyTorch contributors); these functions
# become methods of Module (attach), so the class looks as torch's does.
import itertools
import warnings
from collections import OrderedDict, namedtuple
from collections.abc import Mapping

import torch
from ._hooks import RemovableHandle

_EXTRA_STATE_KEY_SUFFIX = '_extra_state'


class _IncompatibleKeys(namedtuple('IncompatibleKeys', ['missing_keys', 'unexpected_keys'])):
    def __repr__(self):
        if not self.missing_keys and not self.unexpected_keys:
            return '<All keys matched successfully>'
        return super().__repr__()

    __str__ = __repr__


def attach(Module, Parameter):
    """Adds the state methods to Module."""

    def get_extra_state(self):
        raise RuntimeError('Reached a code path in Module.get_extra_state() that should never be called. Please file '
                           'an issue at https://github.com/pytorch/pytorch/issues/new?template=bug-report.yml to '
                           'report this bug.')

    def set_extra_state(self, state):
        raise RuntimeError('Reached a code path in Module.set_extra_state() that should never be called. Please file '
                           'an issue at https://github.com/pytorch/pytorch/issues/new?template=bug-report.yml to '
                           'report this bug.')

    def _register_state_dict_hook(self, hook):
        handle = RemovableHandle(self._state_dict_hooks)
        self._state_dict_hooks[handle.id] = hook
        return handle

    def _register_load_state_dict_pre_hook(self, hook, with_module=False):
        handle = RemovableHandle(self._load_state_dict_pre_hooks)
        if with_module:
            module = self
            self._load_state_dict_pre_hooks[handle.id] = lambda *args: hook(module, *args)
        else:
            self._load_state_dict_pre_hooks[handle.id] = hook
        return handle

    def register_load_state_dict_post_hook(self, hook):
        handle = RemovableHandle(self._load_state_dict_post_hooks)
        self._load_state_dict_post_hooks[handle.id] = hook
        return handle

    def _save_to_state_dict(self, destination, prefix, keep_vars):
        for name, param in self._parameters.items():
            if param is not None:
                destination[prefix + name] = param if keep_vars else param.detach()
        for name, buf in self._buffers.items():
            if buf is not None and name not in self._non_persistent_buffers_set:
                destination[prefix + name] = buf if keep_vars else buf.detach()
        if getattr(self.__class__, 'get_extra_state', Module.get_extra_state) is not Module.get_extra_state:
            destination[prefix + _EXTRA_STATE_KEY_SUFFIX] = self.get_extra_state()

    def state_dict(self, *args, destination=None, prefix='', keep_vars=False):
        if len(args) > 0:
            if destination is None:
                destination = args[0]
            if len(args) > 1 and prefix == '':
                prefix = args[1]
            if len(args) > 2 and keep_vars is False:
                keep_vars = args[2]
            warnings.warn('Positional args are being deprecated, use kwargs instead. Refer to '
                          'https://pytorch.org/docs/master/generated/torch.nn.Module.html#torch.nn.Module.state_dict'
                          ' for details.')
        if destination is None:
            destination = torch._utils.OrderedDict()   # (printed as PyTorch users see it: OrderedDict([...]))
            destination._metadata = torch._utils.OrderedDict()
        local_metadata = dict(version=self._version)
        if hasattr(destination, '_metadata'):
            destination._metadata[prefix[:-1]] = local_metadata
        self._save_to_state_dict(destination, prefix, keep_vars)
        for name, module in self._modules.items():
            if module is not None:
                module.state_dict(destination=destination, prefix=prefix + name + '.', keep_vars=keep_vars)
        for hook in self._state_dict_hooks.values():
            hook_result = hook(self, destination, prefix, local_metadata)
            if hook_result is not None:
                destination = hook_result
        return destination

    def _load_from_state_dict(self, state_dict, prefix, local_metadata, strict, missing_keys, unexpected_keys,
                              error_msgs):
        for hook in self._load_state_dict_pre_hooks.values():
            hook(state_dict, prefix, local_metadata, strict, missing_keys, unexpected_keys, error_msgs)
        persistent_buffers = {k: v for k, v in self._buffers.items() if k not in self._non_persistent_buffers_set}
        local_name_params = itertools.chain(self._parameters.items(), persistent_buffers.items())
        local_state = {k: v for k, v in local_name_params if v is not None}
        for name, param in local_state.items():
            key = prefix + name
            if key in state_dict:
                input_param = state_dict[key]
                if not isinstance(input_param, torch.Tensor):
                    error_msgs.append('While copying the parameter named "{}", expected torch.Tensor or Tensor-like '
                                      'object from checkpoint but received {}'.format(key, type(input_param)))
                    continue
                # a 0-d parameter accepts a 1-element 1-d tensor (backward compatibility in torch)
                if len(param.shape) == 0 and len(input_param.shape) == 1:
                    input_param = input_param[0]
                if input_param.shape != param.shape:
                    error_msgs.append('size mismatch for {}: copying a param with shape {} from checkpoint, the shape '
                                      'in current model is {}.'.format(key, input_param.shape, param.shape))
                    continue
                try:
                    with torch.no_grad():
                        param.copy_(input_param)
                except Exception as ex:
                    error_msgs.append('While copying the parameter named "{}", whose dimensions in the model are {} '
                                      'and whose dimensions in the checkpoint are {}, an exception occurred : {}.'
                                      .format(key, param.size(), input_param.size(), ex.args))
            elif strict:
                missing_keys.append(key)
        extra_state_key = prefix + _EXTRA_STATE_KEY_SUFFIX
        if getattr(self.__class__, 'set_extra_state', Module.set_extra_state) is not Module.set_extra_state:
            if extra_state_key in state_dict:
                self.set_extra_state(state_dict[extra_state_key])
            elif strict:
                missing_keys.append(extra_state_key)
        elif strict and extra_state_key in state_dict:
            unexpected_keys.append(extra_state_key)
        if strict:
            for key in state_dict.keys():
                if key.startswith(prefix) and key != extra_state_key:
                    input_name = key[len(prefix):].split('.', 1)[0]
                    if input_name not in self._modules and input_name not in local_state:
                        unexpected_keys.append(key)

    def load_state_dict(self, state_dict, strict=True):
        if not isinstance(state_dict, Mapping):
            raise TypeError('Expected state_dict to be dict-like, got {}.'.format(type(state_dict)))
        missing_keys, unexpected_keys, error_msgs = [], [], []
        metadata = getattr(state_dict, '_metadata', None)
        state_dict = OrderedDict(state_dict)
        if metadata is not None:
            state_dict._metadata = metadata

        def load(module, local_state_dict, prefix=''):
            local_metadata = {} if metadata is None else metadata.get(prefix[:-1], {})
            module._load_from_state_dict(local_state_dict, prefix, local_metadata, True, missing_keys,
                                         unexpected_keys, error_msgs)
            for name, child in module._modules.items():
                if child is not None:
                    child_prefix = prefix + name + '.'
                    child_state_dict = {k: v for k, v in local_state_dict.items() if k.startswith(child_prefix)}
                    load(child, child_state_dict, child_prefix)
            incompatible_keys = _IncompatibleKeys(missing_keys, unexpected_keys)
            for hook in module._load_state_dict_post_hooks.values():
                out = hook(module, incompatible_keys)
                assert out is None, ('Hooks registered with ``register_load_state_dict_post_hook`` are not'
                                     'expected to return new values, if incompatible_keys need to be modified,'
                                     'it should be done inplace.')

        load(self, state_dict)
        del load
        if strict:
            if len(unexpected_keys) > 0:
                error_msgs.insert(0, 'Unexpected key(s) in state_dict: {}. '.format(
                    ', '.join('"{}"'.format(k) for k in unexpected_keys)))
            if len(missing_keys) > 0:
                error_msgs.insert(0, 'Missing key(s) in state_dict: {}. '.format(
                    ', '.join('"{}"'.format(k) for k in missing_keys)))
        if len(error_msgs) > 0:
            raise RuntimeError('Error(s) in loading state_dict for {}:\n\t{}'.format(
                self.__class__.__name__, '\n\t'.join(error_msgs)))
        return _IncompatibleKeys(missing_keys, unexpected_keys)

    # --- conversions ------------------------------------------------------------------------------------------------
    def _apply(self, fn):
        for module in self.children():
            module._apply(fn)
        # CPU tensors are always shallow-copy compatible: torch keeps the Parameter objects and sets their .data
        for param in self._parameters.values():
            if param is None:
                continue
            with torch.no_grad():
                param_applied = fn(param)
            param.data = param_applied
            if param.grad is not None:
                with torch.no_grad():
                    grad_applied = fn(param.grad)
                param.grad.data = grad_applied
        for key, buf in self._buffers.items():
            if buf is not None:
                self._buffers[key] = fn(buf)
        return self

    def cpu(self):
        return self._apply(lambda t: t.cpu())

    def cuda(self, device=None):
        return self._apply(lambda t: t.cuda(device))

    def type_(self, dst_type):
        return self._apply(lambda t: t.type(dst_type))

    def float_(self):
        return self._apply(lambda t: t.float() if t.is_floating_point() else t)

    def double_(self):
        return self._apply(lambda t: t.double() if t.is_floating_point() else t)

    def half_(self):
        return self._apply(lambda t: t.half() if t.is_floating_point() else t)

    def bfloat16_(self):
        return self._apply(lambda t: t.bfloat16() if t.is_floating_point() else t)

    def to(self, *args, **kwargs):
        dtype, convert_to_format = _parse_to(*args, **kwargs)
        if dtype is not None and not (dtype.is_floating_point or dtype.is_complex):
            raise TypeError('nn.Module.to only accepts floating point or complex dtypes, but got desired dtype={}'
                            .format(dtype))

        def convert(t):
            d = dtype if dtype is not None and t.is_floating_point() else None
            if convert_to_format is not None and t.dim() in (4, 5):
                return t.to(d, memory_format=convert_to_format) if d is not None else t.to(
                    memory_format=convert_to_format)
            return t.to(d) if d is not None else t
        return self._apply(convert)

    def share_memory(self):
        return self

    for f in (get_extra_state, set_extra_state, _register_state_dict_hook, _register_load_state_dict_pre_hook,
              register_load_state_dict_post_hook, _save_to_state_dict, state_dict, _load_from_state_dict,
              load_state_dict, _apply, cpu, cuda, type_, float_, double_, half_, bfloat16_, to, share_memory):
        name = f.__name__.rstrip('_') if f.__name__ in ('type_', 'float_', 'double_', 'half_', 'bfloat16_') else f.__name__
        f.__name__ = name
        f.__qualname__ = 'Module.' + name
        setattr(Module, name, f)


def _parse_to(*args, **kwargs):
    """The dtype and memory format of Module.to's arguments (device, dtype, tensor, non_blocking, memory_format in
    torch's forms); devices are checked (the CPU only)."""
    from torch._tensor import _to_invalid
    given = (args, dict(kwargs))
    device = kwargs.pop('device', None)
    dtype = kwargs.pop('dtype', None)
    kwargs.pop('non_blocking', None)
    kwargs.pop('copy', None)
    memory_format = kwargs.pop('memory_format', None)
    if kwargs or (memory_format is not None and not isinstance(memory_format, torch.memory_format)):
        raise _to_invalid(*given)
    for a in args:
        if isinstance(a, torch.dtype):
            dtype = a
        elif a is float or a is int or a is bool:   # Python's types are dtypes to the parser
            dtype = torch._types.from_python_type(a)
        elif isinstance(a, torch.Tensor):
            dtype = a.dtype
        elif isinstance(a, (str, torch.device, int)) and not isinstance(a, bool):
            device = a
        elif isinstance(a, bool):
            pass
        else:
            raise _to_invalid(*given)
    if device is not None:
        (device if isinstance(device, torch.device) else torch.device(device if isinstance(device, str) else 'cuda')
         ).check_available()
    if dtype is float or dtype is int or dtype is bool:
        dtype = torch._types.from_python_type(dtype)
    return dtype, memory_format
