import torch
import torch.nn.functional as F
# float32 activations and their backward kernels as PyTorch 1.13.1's CPU kernels round them (cpu_kernel_vec's
# 16-element Sleef blocks and glibc tail, oneDNN's gelu for contiguous tensors, log_sigmoid's all-vector loop):
# runs of 1..40 elements, strided / transposed / row-sliced inputs, sum().backward() grads, and the hash of 20,000
# more values (a hash of the floats: equal only when every bit is).
import hashlib
def digest(v): return hashlib.md5(repr(v).encode()).hexdigest()
torch.manual_seed(1)
base = torch.randn(30000) * 3
gb = torch.randn(30000)
acts = {
    'silu': F.silu, 'softplus': F.softplus, 'softplus_b': lambda t: F.softplus(t, beta=2.5, threshold=7),
    'elu': F.elu, 'elu_a': lambda t: F.elu(t, alpha=0.3), 'selu': F.selu, 'celu': lambda t: F.celu(t, 0.7),
    'gelu': F.gelu, 'gelu_tanh': lambda t: F.gelu(t, approximate='tanh'), 'logsigmoid': F.logsigmoid, 'mish': F.mish,
}
def grad(f, x, g=None):
    x = x.detach().clone().requires_grad_()
    y = f(x)
    if g is None:
        y.sum().backward()
    else:
        y.backward(g)
    return x.grad
for name, f in acts.items():
    runs, grads = [], []
    for n in (1, 2, 3, 7, 8, 15, 16, 17, 31, 33, 40):
        x = base[100 * n: 100 * n + n]
        runs += f(x).tolist()
        grads += grad(f, x, gb[:n]).tolist() + grad(f, x).tolist()
    m = base[5000:5600].view(20, 30)
    print(name, runs)
    print(name, 'strided', f(m[:, ::3]).tolist()[::4], 'transposed', f(m.t()).tolist()[::7], 'rows', f(m[:, 2:25]).tolist()[::5])
    print(name, 'digest', digest(f(base[10000:30000]).tolist()))
    print(name, 'grad', grads)
    print(name, 'grad transposed', grad(f, m.t(), gb[:600].view(30, 20)).tolist()[::7])
    print(name, 'grad rows', grad(f, m[:, 2:25], gb[:460].view(20, 23)).tolist()[::5])
    print(name, 'grad digest', digest(grad(f, base[10000:30000], gb[10000:30000]).tolist()))
x = torch.tensor([-3., -0.5, 0., 0.5, 3.], requires_grad=True)
for f in (F.silu, F.gelu, F.softplus, F.elu, F.logsigmoid):
    y = f(x)
    print(y, torch.autograd.grad(y.sum(), x))
