import torch
x = torch.arange(12.).reshape(3, 4).requires_grad_()
cases = [('unbind', lambda: x.unbind(0)), ('unbind1', lambda: x.unbind(1)), ('torch.unbind', lambda: torch.unbind(x, -1)),
         ('split', lambda: x.split(2)), ('split list', lambda: x.split([1, 2])), ('split dim', lambda: x.split(3, dim=1)),
         ('chunk', lambda: x.chunk(2)), ('chunk dim', lambda: x.chunk(3, 1)), ('chunk 4 of 3', lambda: x.chunk(4)),
         ('split_with_sizes', lambda: x.split_with_sizes([2, 1])), ('torch.split', lambda: torch.split(x, 2)),
         ('torch.split list', lambda: torch.split(x, [3, 1], 1)), ('torch.chunk', lambda: torch.chunk(x, 2)),
         ('unsafe_split', lambda: x.unsafe_split(2)), ('unsafe_chunk', lambda: x.unsafe_chunk(2, 1)),
         ('unsafe_split_with_sizes', lambda: torch.unsafe_split_with_sizes(x, [2, 1])),
         ('tensor_split', lambda: x.tensor_split(2)), ('tensor_split idx', lambda: x.tensor_split([1, 3], 1)),
         ('tensor_split tensor', lambda: torch.tensor_split(x, torch.tensor([1, 2]), dim=1)),
         ('tensor_split 5', lambda: x.tensor_split(5, dim=-1)), ('hsplit', lambda: x.hsplit(2)), ('vsplit', lambda: x.vsplit([1])),
         ('dsplit', lambda: x.reshape(1, 3, 4).dsplit(2)), ('hsplit 1d', lambda: torch.arange(4.).hsplit([1, 3]))]
for name, f in cases:
    r = f()
    print(name, type(r).__name__, len(r), [(t.grad_fn.name() if t.grad_fn else None, t.output_nr, tuple(t.shape), t.stride(), t.storage_offset()) for t in r])
    g = r[0].grad_fn
    if g is not None:
        print('  next', [(type(n).__name__, nr) for n, nr in g.next_functions], all(t.grad_fn is g for t in r) if 'split' not in name or 'tensor' in name or 'split' in name else '')
print(x.unbind(0)[0])
print(x.split(2))
print(torch.zeros(0, 2).split(2), torch.zeros(0, 2).unbind(), torch.zeros(0, 2, requires_grad=True).chunk(3))
print(torch.zeros(5, 2, requires_grad=True).chunk(3))
print(torch.zeros(6).chunk(4), torch.zeros(0).split(0), torch.zeros(4).split(5))
print(torch.zeros(5).unsafe_chunk(2), torch.zeros(3).split([3, 0]))
