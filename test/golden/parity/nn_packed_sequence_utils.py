import torch
from torch.nn.utils.rnn import (PackedSequence, invert_permutation, pack_padded_sequence, pack_sequence,
                                pad_packed_sequence, unpack_sequence, unpad_sequence)
# torch.nn.utils.rnn packing: PackedSequence (a namedtuple: repr, fields, .to/.double), pack_padded_sequence
# (time-major and batch_first, enforce_sorted True/False), pad_packed_sequence (batch_first, total_length,
# padding_value), pack_sequence, unpack_sequence, unpad_sequence, invert_permutation; grad_fn names and gradients.

torch.manual_seed(0)
x = torch.randn(4, 3, 2, requires_grad=True)
p = pack_padded_sequence(x, [4, 2, 1])
print(p)
print(type(p).__name__, isinstance(p, tuple), p._fields, len(p), p[0] is p.data, p.batch_sizes.dtype)
print(p.data.grad_fn.name(), p.data.is_contiguous())
o, l = pad_packed_sequence(p)
print(o.grad_fn.name(), [f[0].name() for f in o.grad_fn.next_functions], l, l.dtype)
print(o)
o2, l2 = pad_packed_sequence(p, batch_first=True, total_length=6, padding_value=-1)
print(o2.grad_fn.name(), o2.shape, o2.stride(), l2)
print(o2)
(o * torch.arange(1., 5.).view(4, 1, 1)).sum().backward()
print(x.grad)

x.grad = None
xb = torch.randn(3, 5, 2, requires_grad=True)
pb = pack_padded_sequence(xb, torch.tensor([1, 5, 3]), batch_first=True, enforce_sorted=False)
print(pb)
ob, lb = pad_packed_sequence(pb, batch_first=True)
print(ob.grad_fn.name(), lb, ob.shape, ob.stride())
(ob ** 2).sum().backward()
print(xb.grad)
ot, lt = pad_packed_sequence(pb)
print(ot.shape, lt, ot.grad_fn.name())

# dtype conversions keep the batch sizes and indices
print(p.float() is p)
pd = pb.double()
print(pd.data.dtype, pd.data.grad_fn.name(), pd.batch_sizes, pd.sorted_indices, pd.unsorted_indices)
print(p.to(torch.float64).data.dtype, p.is_cuda, type(p.to(torch.float64)).__name__)

# pack_sequence / unpack_sequence / unpad_sequence on integer and float data
seqs = [torch.tensor([1, 2, 3]), torch.tensor([4, 5]), torch.tensor([6])]
ps = pack_sequence(seqs)
print(ps)
print(pack_sequence([seqs[1], seqs[0], seqs[2]], enforce_sorted=False))
print(unpack_sequence(pb))
padded = torch.tensor([[1., 2., 3.], [4., 5., 0.]]).t().contiguous()
print(unpad_sequence(padded, torch.tensor([3, 2])), padded.shape)
print(invert_permutation(torch.tensor([2, 0, 3, 1])), invert_permutation(None))
# built directly (as the recurrent layers do)
q = PackedSequence(torch.arange(6.).view(3, 2), torch.tensor([2, 1]))
print(q)
print(pad_packed_sequence(q))
# a length beyond the time dim adds batch sizes without rows, as ATen's slicing does
print(pack_padded_sequence(torch.arange(6.).view(2, 3), [3, 1, 1]))

# double backward through the packing (gradient penalty): the gradient's own history is PyTorch's
for bf in [False, True]:
    xg = torch.randn(3, 4, 2, requires_grad=True)
    pg = pack_padded_sequence(xg, [4, 2, 1], batch_first=bf) if bf else pack_padded_sequence(xg, [3, 3, 2, 1])
    g, = torch.autograd.grad(pg.data.pow(2).sum(), xg, create_graph=True)
    print(bf, type(g.grad_fn).__name__, g.sum().item())
    g.pow(2).sum().backward()
    print(xg.grad.sum(dim=-1))
