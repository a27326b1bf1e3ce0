# The legacy typed storage classes (torch.FloatStorage, ...) as far as torch.save / torch.load need them: PyTorch's
# pickles name a storage by its class (GLOBAL 'torch FloatStorage'), so the classes must exist under those names.
# A tnb storage wraps a flat tensor holding all of a storage's elements; tensors loaded from one file that shared a
# storage are views of the same flat tensor. Storages cannot be made or resized directly in tnb.
from . import _types as T


class _LegacyStorage:
    dtype = None

    def __init__(self, *args, **kwargs):
        raise NotImplementedError(f'tnb: torch.{type(self).__name__} cannot be constructed directly; storages '
                                  'exist only inside torch.save / torch.load')

    @classmethod
    def _from_tensor(cls, flat):
        s = object.__new__(cls)
        s._tensor = flat
        return s

    def size(self):
        return self._tensor.numel()

    __len__ = size

    def tolist(self):
        return self._tensor.tolist()

    def __repr__(self):
        body = '\n'.join(' ' + str(v) for v in self.tolist())
        return f'{body}\n[torch.storage.TypedStorage(dtype={self.dtype}, device=cpu) of size {len(self)}]'


def _storage_class(name, dtype):
    cls = type(name, (_LegacyStorage,), {'dtype': dtype})
    cls.__module__ = 'torch'   # pickles refer to them as torch.<Name>Storage
    return cls


FloatStorage = _storage_class('FloatStorage', T.float32)
DoubleStorage = _storage_class('DoubleStorage', T.float64)
LongStorage = _storage_class('LongStorage', T.int64)
BoolStorage = _storage_class('BoolStorage', T.bool)
HalfStorage = _storage_class('HalfStorage', T.float16)
BFloat16Storage = _storage_class('BFloat16Storage', T.bfloat16)
IntStorage = _storage_class('IntStorage', T.int32)
ShortStorage = _storage_class('ShortStorage', T.int16)
CharStorage = _storage_class('CharStorage', T.int8)
ByteStorage = _storage_class('ByteStorage', T.uint8)

STORAGE_CLASSES = (FloatStorage, DoubleStorage, LongStorage, BoolStorage, HalfStorage, BFloat16Storage, IntStorage,
                   ShortStorage, CharStorage, ByteStorage)
SUPPORTED = {c.dtype: c for c in STORAGE_CLASSES}
