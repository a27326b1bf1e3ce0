# torch.save / torch.load in PyTorch's own file format (the zip format of PyTorch >= 1.6, as 1.13.1 writes it), so
# files written by tnb load in PyTorch and PyTorch's .pt state dicts load in tnb. After PyTorch 1.13.1
# torch/serialization.py. The zip holds
#   <archive>/data.pkl     the object, pickled (protocol 2) with persistent ids ('storage', torch.FloatStorage,
#                          key, 'cpu', numel) in place of storages; tensors reduce to
#                          torch._utils._rebuild_tensor_v2(storage, offset, size, stride, requires_grad, OrderedDict())
#   <archive>/data/<key>   each storage's elements, raw little-endian bytes (records aligned to 64 bytes)
#   <archive>/version      b'3\n'
# where <archive> is the file's base name without extension for a path, 'archive' for a file object.
import collections
import io
import os
import pickle
import struct
import zipfile

from pyodide.ffi import to_js

from . import _bridge as B
from . import _types as T
from . import storage as _storage
from . import _utils
from ._tensor import Tensor

__all__ = ['save', 'load']

_ALIGN = 64
_VERSION = b'3\n'
DEFAULT_PROTOCOL = 2


def _is_path(f):
    return isinstance(f, (str, os.PathLike))


def _archive_name(f):
    # PyTorchStreamWriter: basename of the file name without its extension
    name = os.fspath(f)
    base = name.replace('\\', '/').rsplit('/', 1)[-1]
    return base.rsplit('.', 1)[0] if '.' in base else base


class _Pickler(pickle.Pickler):
    """Pickles tensors as PyTorch does: each distinct engine storage once, by persistent id, its bytes kept aside."""

    def __init__(self, file, protocol):
        super().__init__(file, protocol)
        self.storages = {}   # engine storage key -> storage placeholder (with ._key, ._numel, ._bytes)

    def reducer_override(self, obj):
        if isinstance(obj, Tensor):
            if type(obj).__name__ == 'Parameter' and type(obj).__module__.startswith('torch.nn'):
                return (_utils._rebuild_parameter, (obj.detach(), obj.requires_grad, collections.OrderedDict()))
            if obj.dtype not in _storage.SUPPORTED:
                raise RuntimeError(f'tnb: torch.save cannot save a tensor of dtype {obj.dtype}')
            engine_key = int(B.js(B._E.storage_key, obj._h))
            st = self.storages.get(engine_key)
            if st is None:
                st = _storage.SUPPORTED[obj.dtype]._from_tensor(None)
                st._key = str(len(self.storages))
                st._bytes = B.js(B._E.storage_bytes, obj._h).to_bytes()
                st._numel = len(st._bytes) // obj.dtype.itemsize
                self.storages[engine_key] = st
            args = (st, obj.storage_offset(), tuple(obj.shape), tuple(obj.stride()), obj.requires_grad,
                    collections.OrderedDict())
            return (_utils._rebuild_tensor_v2, args)
        return NotImplemented

    def persistent_id(self, obj):
        if isinstance(obj, _storage._LegacyStorage):
            return ('storage', type(obj), obj._key, 'cpu', obj._numel)
        return None


def _write_record(zf, name, data):
    offset = zf.fp.tell()
    header = 30 + len(name.encode('utf-8'))
    pad = (-(offset + header + 4)) % _ALIGN
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_STORED
    info.extra = b'FB' + struct.pack('<H', pad) + b'Z' * pad
    zf.writestr(info, data)


def save(obj, f, pickle_module=pickle, pickle_protocol=DEFAULT_PROTOCOL, _use_new_zipfile_serialization=True):
    """Saves an object (typically a state dict: dicts / OrderedDicts / lists / tuples of tensors, numbers, strings
    and None) to a path or a binary file object, in PyTorch's zip format; PyTorch can load the file."""
    if not _use_new_zipfile_serialization:
        raise NotImplementedError('tnb: torch.save writes only the zip format (_use_new_zipfile_serialization=True)')
    if pickle_module is not pickle:
        raise NotImplementedError('tnb: torch.save pickles with the standard pickle module only')
    data = io.BytesIO()
    pickler = _Pickler(data, pickle_protocol)
    pickler.dump(obj)
    archive = _archive_name(f) if _is_path(f) else 'archive'
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_STORED) as zf:
        _write_record(zf, f'{archive}/data.pkl', data.getvalue())
        for st in sorted(pickler.storages.values(), key=lambda st: st._key):   # string order, as PyTorch
            _write_record(zf, f'{archive}/data/{st._key}', st._bytes)
        _write_record(zf, f'{archive}/version', _VERSION)
    if _is_path(f):
        with open(f, 'wb') as fh:
            fh.write(buf.getvalue())
    else:
        f.write(buf.getvalue())


# --- load ---------------------------------------------------------------------------------------------------------
def _allowed_globals():
    import torch
    allowed = {
        ('collections', 'OrderedDict'): _utils.OrderedDict,   # (prints as Python 3.11 prints it, as state_dict())
        ('torch._utils', '_rebuild_tensor_v2'): _utils._rebuild_tensor_v2,
        ('torch._utils', '_rebuild_parameter'): _utils._rebuild_parameter,
        ('torch', 'Size'): torch.Size,
        ('torch', 'device'): torch.device,
        ('builtins', 'set'): set,
        ('builtins', 'frozenset'): frozenset,
        ('builtins', 'complex'): complex,
    }
    for cls in _storage.STORAGE_CLASSES:
        allowed[('torch', cls.__name__)] = cls
    for d in T.ALL:
        allowed[('torch', repr(d).split('.', 1)[1])] = d
    return allowed


class _Unpickler(pickle.Unpickler):
    """Unpickles only tensors, storages, numbers, strings and containers: find_class answers an allow-list, so a
    file can never make the kernel import or call anything else."""

    def __init__(self, file, zf, archive, map_location):
        super().__init__(file)
        self.zf, self.archive, self.map_location = zf, archive, map_location
        self.loaded = {}
        self.allowed = _allowed_globals()

    def find_class(self, module, name):
        found = self.allowed.get((module, name))
        if found is None:
            raise pickle.UnpicklingError(
                f'tnb: torch.load reads tensors, numbers, strings and containers of them (state dicts) only; this '
                f'file needs {module}.{name}, which tnb does not unpickle (unpickling arbitrary objects can run '
                'arbitrary code). For a model, save and load its state_dict(): '
                'torch.save(model.state_dict(), f); model.load_state_dict(torch.load(f)).')
        return found

    def persistent_load(self, saved_id):
        if not (isinstance(saved_id, tuple) and saved_id and saved_id[0] == 'storage'):
            raise pickle.UnpicklingError(f'tnb: torch.load: unknown persistent id {saved_id!r}')
        _, storage_type, key, location, numel = saved_id
        st = self.loaded.get(key)
        if st is not None:
            return st
        _check_location(location, self.map_location)
        if storage_type not in _storage.SUPPORTED.values():
            raise RuntimeError(f'tnb: torch.load: the file holds a tensor of dtype {storage_type.dtype}, which tnb '
                               'does not support')
        data = self.zf.read(f'{self.archive}/data/{key}')
        dt = storage_type.dtype
        if len(data) != numel * dt.itemsize:
            raise RuntimeError(f'tnb: torch.load: storage {key} has {len(data)} bytes, expected {numel * dt.itemsize}')
        flat = B.wrap(B.js(B._E.tensor_from_bytes, to_js(data), dt._engine_name(), numel))
        st = storage_type._from_tensor(flat)
        self.loaded[key] = st
        return st


def _check_location(location, map_location):
    target = location
    if map_location is not None:
        if callable(map_location) and not isinstance(map_location, (str, dict)):
            raise NotImplementedError('tnb: torch.load: a callable map_location is not supported; use "cpu"')
        if isinstance(map_location, dict):
            target = map_location.get(location, location)
        else:
            target = str(map_location)
    if not str(target).startswith('cpu'):
        if map_location is None and str(location).startswith('cuda'):
            raise RuntimeError('Attempting to deserialize object on a CUDA device but torch.cuda.is_available() '
                               'is False. If you are running on a CPU-only machine, please use torch.load with '
                               "map_location=torch.device('cpu') to map your storages to the CPU.")
        raise RuntimeError(f'tnb: torch.load: tnb has only the CPU device, cannot map storages to {target!r}')


def load(f, map_location=None, pickle_module=pickle, *, weights_only=False, **pickle_load_args):
    """Loads an object saved with torch.save (by tnb or PyTorch >= 1.6, zip format) from a path or a binary file
    object. Safe by construction: only tensors, numbers, strings, None and dicts / OrderedDicts / lists / tuples /
    sets of them are unpickled (an allow-list of globals; never arbitrary code), so state dicts load and a pickled
    nn.Module or other object raises pickle.UnpicklingError. Tensors come back on the CPU with their dtype, shape,
    values and requires_grad; tensors that shared a storage when saved share it again (strided views come back as
    copies)."""
    if pickle_module is not pickle:
        raise NotImplementedError('tnb: torch.load unpickles with the standard pickle module only')
    if _is_path(f):
        with open(f, 'rb') as fh:
            raw = fh.read()
    else:
        raw = f.read()
    if not zipfile.is_zipfile(io.BytesIO(raw)):
        raise RuntimeError('tnb: torch.load reads the zip format that torch.save writes since PyTorch 1.6; this '
                           'file is not a zip archive (a legacy torch.save file, or not a PyTorch file)')
    with zipfile.ZipFile(io.BytesIO(raw)) as zf:
        names = zf.namelist()
        archive = names[0].split('/', 1)[0] if names else ''
        if f'{archive}/data.pkl' not in names:
            if f'{archive}/constants.pkl' in names:
                raise RuntimeError('tnb: this is a TorchScript archive (torch.jit.save); tnb loads torch.save files')
            raise RuntimeError('tnb: torch.load: the archive has no data.pkl record')
        unpickler = _Unpickler(io.BytesIO(zf.read(f'{archive}/data.pkl')), zf, archive, map_location)
        return unpickler.load()
