import torch
# float64 torch.dot as PyTorch 1.13.1 computes it through OpenBLAS's ddot (Haswell kernel: 16-element fma blocks, an
# unfused tail; above 10000 elements one stretch per core, so not compared here), huge and subnormal magnitudes,
# strided vectors;
# LBFGS on float64 to the last bit.
torch.manual_seed(0)
for n in [0, 1, 2, 3, 5, 7, 15, 16, 17, 31, 33, 64, 70, 100, 1000, 10000]:   # above 10000 OpenBLAS splits per core
    for k in range(4):
        a = torch.randn(n, dtype=torch.float64); b = torch.randn(n, dtype=torch.float64)
        print(n, a.dot(b).item(), (a * 1e150).dot(b * 1e150).item(), (a * 1e-160).dot(b * 1e-160).item())
for n in [1, 3, 4, 9, 100]:
    a = torch.randn(3 * n, dtype=torch.float64)[::3]; b = torch.randn(n, dtype=torch.float64)
    print('s', n, a.dot(b).item(), b.dot(a).item())
a = torch.randn(40, dtype=torch.float64)
print(torch.matmul(a, a).item(), torch.vdot(a, a + 1).item())
print(torch.tensor([1e308, 1e308], dtype=torch.float64).dot(torch.tensor([10., -10.], dtype=torch.float64)))
torch.manual_seed(0)
T = torch.randn(3, 7, dtype=torch.float64)
S = torch.rand(3, 7, dtype=torch.float64) + 0.5
for ls in [None, 'strong_wolfe']:
    w = torch.zeros(3, 7, dtype=torch.float64, requires_grad=True)
    opt = torch.optim.LBFGS([w], lr=0.7, history_size=5, line_search_fn=ls)
    def closure():
        opt.zero_grad()
        l = ((w - T) ** 2 * S).sum() + (w ** 4).sum() * 0.1
        l.backward()
        return l
    for i in range(4):
        print(opt.step(closure).item())
    print(w.flatten().tolist())
    print(opt.state[w]['func_evals'], opt.state[w]['n_iter'], opt.state[w]['H_diag'].item())
