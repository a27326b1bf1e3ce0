# torch.nn.utils.rnn: PackedSequence, pack_padded_sequence, pad_packed_sequence, pad_sequence, unpad_sequence,
# pack_sequence, unpack_sequence, invert_permutation (ported from PyTorch 1.13.1 torch/nn/utils/rnn.py and ATen's
# PackedSequence.cpp, BSD-3-Clause, (c) PyTorch contributors). _pack_padded_sequence is an engine op
# (PackPaddedSequenceBackward0); _pad_packed_sequence is composed of full and slice copies as ATen composes it.
from collections import namedtuple
from collections.abc import Iterable

import torch
from torch import Tensor
from torch._bridge import call as _call, wrap as _wrap
from torch._types import SCALAR_TYPE_NAMES

__all__ = ['PackedSequence', 'invert_permutation', 'pack_padded_sequence', 'pad_packed_sequence', 'pad_sequence',
           'unpad_sequence', 'pack_sequence', 'unpack_sequence']

PackedSequence_ = namedtuple('PackedSequence_',
                             ['data', 'batch_sizes', 'sorted_indices', 'unsorted_indices'])


def bind(optional, fn):
    if optional is None:
        return None
    return fn(optional)


class PackedSequence(PackedSequence_):
    r"""Holds the data and list of :attr:`batch_sizes` of a packed sequence (built by pack_padded_sequence,
    pack_sequence or a recurrent layer over a packed input)."""

    def __new__(cls, data, batch_sizes=None, sorted_indices=None, unsorted_indices=None):
        return super(PackedSequence, cls).__new__(
            cls,
            *_packed_sequence_init_args(data, batch_sizes, sorted_indices,
                                        unsorted_indices))

    def pin_memory(self):
        return type(self)(self.data.pin_memory(), self.batch_sizes,
                          bind(self.sorted_indices, lambda t: t.pin_memory()),
                          bind(self.unsorted_indices, lambda t: t.pin_memory()))

    def cuda(self, *args, **kwargs):
        ex = torch.tensor((), dtype=self.data.dtype, device=self.data.device).to(*args, **kwargs)
        if ex.is_cuda:
            return self.to(*args, **kwargs)
        return self.to(*args, device='cuda', **kwargs)

    def cpu(self, *args, **kwargs):
        ex = torch.tensor((), dtype=self.data.dtype, device=self.data.device).to(*args, **kwargs)
        if ex.device.type == 'cpu':
            return self.to(*args, **kwargs)
        return self.to(*args, device='cpu', **kwargs)

    def double(self):
        return self.to(dtype=torch.double)

    def float(self):
        return self.to(dtype=torch.float)

    def half(self):
        return self.to(dtype=torch.half)

    def long(self):
        return self.to(dtype=torch.long)

    def int(self):
        return self.to(dtype=torch.int)

    def short(self):
        return self.to(dtype=torch.short)

    def char(self):
        return self.to(dtype=torch.int8)

    def byte(self):
        return self.to(dtype=torch.uint8)

    def to(self, *args, **kwargs):
        r"""Performs dtype and/or device conversion on `self.data` (as torch.Tensor.to); the indices follow
        the data's device; batch_sizes stays."""
        data = self.data.to(*args, **kwargs)
        if data is self.data:
            return self
        else:
            kwargs = {k: v for k, v in filter(lambda t: t[0] != 'device' and t[0] != 'dtype', kwargs.items())}
            sorted_indices = bind(self.sorted_indices, lambda t: t.to(data.device, **kwargs))
            unsorted_indices = bind(self.unsorted_indices, lambda t: t.to(data.device, **kwargs))
            return type(self)(data, self.batch_sizes, sorted_indices, unsorted_indices)

    @property
    def is_cuda(self):
        r"""Returns true if `self.data` stored on a gpu"""
        return self.data.is_cuda

    def is_pinned(self):
        r"""Returns true if `self.data` stored on in pinned memory"""
        return self.data.is_pinned()


def _packed_sequence_init_args(data, batch_sizes=None, sorted_indices=None, unsorted_indices=None):
    if unsorted_indices is None:
        unsorted_indices = invert_permutation(sorted_indices)
    if batch_sizes is not None:
        if batch_sizes.device.type != 'cpu':
            raise ValueError(
                "batch_sizes should always be on CPU. "
                "Instances of PackedSequence should never be created manually. "
                "They should be instantiated by functions like pack_sequence "
                "and pack_padded_sequences in nn.utils.rnn. "
                "https://pytorch.org/docs/stable/nn.html#torch.nn.utils.rnn.pack_sequence")
        return data, batch_sizes, sorted_indices, unsorted_indices
    else:
        assert isinstance(data, (list, tuple)) and len(data) == 2
        return data[0], data[1], sorted_indices, unsorted_indices


def _packed_sequence_init(data, batch_sizes=None, sorted_indices=None, unsorted_indices=None):
    data, batch_sizes, sorted_indices, unsorted_indices = _packed_sequence_init_args(
        data, batch_sizes, sorted_indices, unsorted_indices)
    return PackedSequence(data, batch_sizes, sorted_indices, unsorted_indices)


def invert_permutation(permutation):
    if permutation is None:
        return None
    output = torch.empty_like(permutation)
    output.scatter_(0, permutation,
                    torch.arange(0, permutation.numel(), device=permutation.device))
    return output


def _check_long_tensor(t):
    """ATen's checkLongTensor (PackedSequence.cpp)."""
    if t.dim() != 1 or t.device.type != 'cpu' or t.dtype != torch.int64:
        raise RuntimeError(f"'lengths' argument should be a 1D CPU int64 tensor, but got {t.dim()}D "
                           f"{t.device.type} {SCALAR_TYPE_NAMES[t.dtype._engine_name()]} tensor")


def _pack_padded_sequence(input, lengths, batch_first):
    """ATen's _pack_padded_sequence: (data, batch_sizes)."""
    padded = input.transpose(0, 1) if batch_first else input   # time-major
    _check_long_tensor(lengths)
    batch_size = padded.size(1)
    lens = lengths.tolist()
    if input.numel() <= 0:
        raise RuntimeError('Cannot pack empty tensors.')
    if len(lens) != batch_size:
        raise RuntimeError(f'Expected `len(lengths)` to be equal to batch_size, but got {len(lens)} '
                           f'(batch_size={batch_size})')
    if lens[batch_size - 1] <= 0:
        raise RuntimeError("Length of all samples has to be greater than 0, but found an element in 'lengths' "
                           "that is <= 0")
    for i in range(batch_size - 1):
        if lens[batch_size - 1 - i] > lens[batch_size - 2 - i]:
            raise RuntimeError('`lengths` array must be sorted in decreasing order when `enforce_sorted` is True. '
                               'You can pass `enforce_sorted=False` to pack_padded_sequence and/or pack_sequence '
                               'to sidestep this requirement if you do not need ONNX exportability.')
    r = _call('pack_padded_sequence', input, lens, bool(batch_first))
    return _wrap(r[0]), _wrap(r[1])


def _pad_packed_sequence(data, batch_sizes, batch_first, padding_value, total_length):
    """ATen's _pad_packed_sequence: a tensor full of padding_value with the steps' rows copied into their slots
    (CopySlices), transposed with batch_first; and the lengths."""
    _check_long_tensor(batch_sizes)
    bs = batch_sizes.tolist()
    max_batch_size = bs[0]
    max_real_seq_length = len(bs)
    max_seq_length = max_real_seq_length
    if total_length > 0:
        if total_length < max_seq_length:
            raise RuntimeError('Expected total_length to be at least the length of the longest sequence in input, '
                               f'but got total_length={total_length} and max sequence length being {max_seq_length}')
        max_seq_length = total_length
    output_size = list(data.shape)
    output_size[0] = max_seq_length
    output_size.insert(1, max_batch_size)
    output = torch.full(output_size, padding_value, dtype=data.dtype)
    tmp_view_size = list(output_size)
    lengths = [0] * max_batch_size
    pos = max_batch_size - 1
    data_offset = 0
    prev_batch_size = max_batch_size
    prev_i = 0
    for i in range(max_real_seq_length + 1):
        batch_size = bs[i] if i != max_real_seq_length else 0
        if batch_size != prev_batch_size:
            n = prev_batch_size * (i - prev_i)
            tmp = data.narrow(0, data_offset, n)
            tmp_view_size[0] = i - prev_i
            tmp_view_size[1] = prev_batch_size
            output.narrow(0, prev_i, i - prev_i).narrow(1, 0, prev_batch_size).copy_(tmp.view(tmp_view_size))
            data_offset += n
            prev_i = i
        dec = prev_batch_size - batch_size
        for _ in range(dec):
            lengths[pos] = i
            pos -= 1
        prev_batch_size = batch_size
    if batch_first:
        output = output.transpose(0, 1)
    return output, torch.tensor(lengths, dtype=torch.int64)


def pack_padded_sequence(input, lengths, batch_first=False, enforce_sorted=True):
    r"""Packs a Tensor containing padded sequences of variable length (``T x B x *``, ``B x T x *`` with
    batch_first); with enforce_sorted=False the sequences are sorted by length here first."""
    lengths = torch.as_tensor(lengths, dtype=torch.int64)
    if enforce_sorted:
        sorted_indices = None
    else:
        lengths, sorted_indices = torch.sort(lengths, descending=True)
        sorted_indices = sorted_indices.to(input.device)
        batch_dim = 0 if batch_first else 1
        input = input.index_select(batch_dim, sorted_indices)

    data, batch_sizes = _pack_padded_sequence(input, lengths, batch_first)
    return _packed_sequence_init(data, batch_sizes, sorted_indices, None)


def pad_packed_sequence(sequence, batch_first=False, padding_value=0.0, total_length=None):
    r"""Pads a packed batch of variable length sequences (the inverse of pack_padded_sequence): the padded
    tensor and the lengths of the sequences."""
    max_seq_length = sequence.batch_sizes.size(0)
    if total_length is not None:
        if total_length < max_seq_length:
            raise ValueError("Expected total_length to be at least the length "
                             "of the longest sequence in input, but got "
                             "total_length={} and max sequence length being {}"
                             .format(total_length, max_seq_length))
        max_seq_length = total_length
    padded_output, lengths = _pad_packed_sequence(
        sequence.data, sequence.batch_sizes, batch_first, padding_value, max_seq_length)
    unsorted_indices = sequence.unsorted_indices
    if unsorted_indices is not None:
        batch_dim = 0 if batch_first else 1
        return padded_output.index_select(batch_dim, unsorted_indices), lengths[unsorted_indices.cpu()]
    return padded_output, lengths


def pad_sequence(sequences, batch_first=False, padding_value=0.0):
    r"""Pad a list of variable length Tensors with ``padding_value``: a ``T x B x *`` tensor (``B x T x *`` with
    batch_first), T the longest length; trailing dims and dtype are those of the first sequence."""
    if not isinstance(sequences, Iterable):
        msg = ('pad_sequence: Expected iterable for input sequences, but got arg of type: '
               f'{type(sequences)}')
        raise RuntimeError(msg)
    sequences = tuple(sequences)
    for i, seq in enumerate(sequences):   # the argument parser's check of a list of tensors
        if not isinstance(seq, torch.Tensor):
            raise TypeError(f'expected Tensor as element {i} in argument 0, but got {type(seq).__name__}')
    # ATen's pad_sequence: a tensor full of padding_value, each sequence copied into its slot.
    if len(sequences) == 0:
        raise RuntimeError('received an empty list of sequences')
    first = sequences[0]
    trailing_dims = list(first.shape[1:]) if first.dim() > 0 else []
    max_len = max(s.size(0) for s in sequences)
    n = len(sequences)
    out_dims = [n, max_len] if batch_first else [max_len, n]
    out = torch.full(out_dims + trailing_dims, padding_value, dtype=first.dtype)
    for i, seq in enumerate(sequences):
        length = seq.size(0)
        if batch_first:
            out.select(0, i).narrow(0, 0, length).copy_(seq)
        else:
            out.narrow(0, 0, length).select(1, i).copy_(seq)
    return out


def unpad_sequence(padded_sequences, lengths, batch_first=False):
    r"""Unpads a padded Tensor into a list of variable length Tensors (transposes a time-major input in place,
    as PyTorch does)."""
    unpadded_sequences = []

    if not batch_first:
        padded_sequences.transpose_(0, 1)

    max_length = padded_sequences.shape[1]
    idx = torch.arange(max_length)

    for seq, length in zip(padded_sequences, lengths):
        mask = idx < length
        unpacked_seq = seq[mask]
        unpadded_sequences.append(unpacked_seq)

    return unpadded_sequences


def pack_sequence(sequences, enforce_sorted=True):
    r"""Packs a list of variable length Tensors (pad_sequence, then pack_padded_sequence)."""
    lengths = torch.as_tensor([v.size(0) for v in sequences])
    return pack_padded_sequence(pad_sequence(sequences), lengths, enforce_sorted=enforce_sorted)


def unpack_sequence(packed_sequences):
    r"""Unpacks a PackedSequence into a list of variable length Tensors."""
    padded_sequences, lengths = pad_packed_sequence(packed_sequences, batch_first=True)
    unpacked_sequences = unpad_sequence(padded_sequences, lengths, batch_first=True)
    return unpacked_sequences
