import torch
# index_put_ / setitem refuse values (and index tensors) sharing memory with the written-to tensor, as at::assert_no_overlap; a
# single mask with one value (masked_fill_) is not checked; in-place writes through the kernel row path.
z = torch.arange(12.).reshape(6, 2)
try:
    z[torch.tensor([1, 2, 3])] = z[:3]
    print(z.tolist())
except RuntimeError as e:
    print('RuntimeError', e)
z = torch.arange(12.).reshape(6, 2)
z[torch.tensor([5, 0])] = z[torch.tensor([0, 5])]
print(z.tolist())
z = torch.arange(12).reshape(6, 2)
z.index_put_((torch.tensor([1, 1, -1]),), torch.ones(3, 2, dtype=torch.long) * 4, accumulate=True)
print(z.tolist())
z = torch.arange(12.).reshape(6, 2)
for f in (lambda: z.__setitem__(torch.tensor([0, 1]), z[4:]), lambda: z.__setitem__((slice(None), torch.tensor([1])), z[:, :1]),
          lambda: z.index_put_((torch.tensor([0]),), z[0], accumulate=True), lambda: z.__setitem__(z > 5, z[0, 0]),
          lambda: z.__setitem__(torch.tensor([0]), z.t()[0]), lambda: z[:3].__setitem__(torch.tensor([0]), z[3:4])):
    try:
        f(); print(z.tolist())
    except RuntimeError as e:
        print('RuntimeError', e)
