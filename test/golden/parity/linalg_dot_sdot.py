import torch
# float32 torch.dot as PyTorch 1.13.1 computes it through OpenBLAS's sdot (x86-64 Haswell kernel: 32-element fma
# blocks in 4x8 lanes, the tail summed in a double): all lengths, strided vectors, matmul/vdot of vectors; and
# x ** 3 / x ** -2, which ATen computes by multiplying.
torch.manual_seed(0)
bad = []
for n in [1, 2, 3, 5, 7, 8, 15, 16, 17, 31, 32, 33, 40, 64, 100, 257, 1000, 5000]:
    for k in range(5):
        a = torch.randn(n); b = torch.randn(n)
        print(n, a.dot(b).item(), (a * b).sum().item(), a.abs().sum().item())
for n in [1, 3, 7, 40, 100]:
    a = torch.randn(2 * n)[::2]; b = torch.randn(n)
    print('s', n, a.dot(b).item(), b.dot(a).item(), torch.dot(a[:1], b[:1]).item())
a = torch.randn(50); print(torch.matmul(a, a).item(), a @ torch.randn(50), torch.vdot(a, a).item())
x = torch.randn(500)
print(torch.equal(x ** 3, x * x * x), torch.equal(x ** -2, 1 / (x * x)), (x ** 3).sum().item(), (x.abs() ** -2).sum().item())
print((x.double() ** 3).sum().item())
