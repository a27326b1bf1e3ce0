import torch
import collections
import io
import os
import tempfile
torch.manual_seed(0)
w = torch.randn(3, 2)
sd = collections.OrderedDict([('w', w), ('wt', w.t()), ('row', w[1]), ('n', torch.tensor(5)),
                              ('m', torch.tensor([True, False])), ('d', torch.randn(2, dtype=torch.float64))])
buf = io.BytesIO()
torch.save(sd, buf)
buf.seek(0)
out = torch.load(buf)
print(type(out).__name__, list(out.keys()))
for k, v in out.items():
    print(k, v, v.dtype, tuple(v.shape))
print(out['row'].data_ptr() - out['w'].data_ptr(), out['row'].storage_offset())
x = torch.ones(2, requires_grad=True)
buf = io.BytesIO()
torch.save({'x': x, 'y': torch.zeros(1), 'meta': [1, 2.5, 'name', None, (3, 4)]}, buf)
buf.seek(0)
back = torch.load(buf, map_location='cpu')
print(back, back['x'].requires_grad, back['x'].is_leaf, back['y'].requires_grad)
d = tempfile.mkdtemp()
path = os.path.join(d, 'ckpt.pt')
opt = torch.optim.SGD([x], lr=0.1, momentum=0.9)
x.grad = torch.full((2,), 0.5)
opt.step()
torch.save({'optimizer': opt.state_dict(), 'epoch': 3}, path)
ck = torch.load(path, map_location=torch.device('cpu'))
print(ck)
opt2 = torch.optim.SGD([x], lr=0.5)
opt2.load_state_dict(ck['optimizer'])
print(opt2.state_dict())
os.remove(path)
os.rmdir(d)
