# torch.nn.utils.rnn: pad_sequence (ported from PyTorch 1.13.1 torch/nn/utils/rnn.py and ATen's
# PackedSequence.cpp, BSD-3-Clause, (c) PyTorch contributors). PackedSequence, pack_padded_sequence,
# pad_packed_sequence, pack_sequence and unpad_sequence do not exist here yet (AttributeError), and the recurrent
# layers do not take packed input.
from collections.abc import Iterable

import torch

__all__ = ['pad_sequence']


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
