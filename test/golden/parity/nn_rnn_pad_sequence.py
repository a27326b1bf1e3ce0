import torch
import torch.nn as nn
from torch.nn.utils.rnn import pad_sequence
# torch.nn.utils.rnn.pad_sequence: time-major and batch_first, padding_value, dtypes, gradients through the
# copies (CopySlices), the errors; feeding an RNN. Also copy_'s broadcast check and size(d) of a 0-d tensor.
torch.manual_seed(0)
a = torch.randn(3, 2, requires_grad=True); b = torch.randn(1, 2); c = torch.randn(2, 2, requires_grad=True)
p = pad_sequence([a, b, c])
print(p, p.shape, p.grad_fn)
q = pad_sequence([a, b, c], batch_first=True, padding_value=-1)
print(q)
(p * torch.arange(18.).reshape(3, 3, 2)).sum().backward()
print(a.grad, c.grad)
print(pad_sequence([torch.tensor([1, 2, 3]), torch.tensor([4])]))
print(pad_sequence([torch.tensor([1, 2, 3]), torch.tensor([4])], True, 9))
print(pad_sequence((torch.ones(2), torch.zeros(3)), padding_value=0.5))
print(pad_sequence([torch.tensor([1., 2.]), torch.tensor([3], dtype=torch.int64)]))
print(pad_sequence([torch.tensor([True]), torch.tensor([False, True])]))
print(pad_sequence(torch.ones(2, 3)))
print(pad_sequence([torch.zeros(0, 2), torch.ones(1, 2)]))
try:
    print(pad_sequence([torch.ones(2, 1), torch.zeros(1, 3)]))
except RuntimeError as e:
    print(e)
for bad in [[], 5, [torch.ones(2, 2), torch.ones(1, 3)], [torch.tensor(1.)], [torch.ones(2), 3]]:
    try:
        print(pad_sequence(bad))
    except Exception as e:
        print(type(e).__name__, e)
# with an RNN
rnn = nn.GRU(2, 3, batch_first=True)
out, h = rnn(pad_sequence([a, b, c], batch_first=True))
print(out.shape, h)
print(nn.utils.rnn.pad_sequence is pad_sequence)
for dst, src in [((1, 1), (1, 3)), ((2, 1), (2, 3)), ((3,), (2,)), ((2, 3), (3,))]:
    try:
        print(torch.zeros(dst).copy_(torch.ones(src)))
    except RuntimeError as e:
        print(e)
for d in [0, -1, 1]:
    try:
        torch.tensor(1.).size(d)
    except IndexError as e:
        print(e)
