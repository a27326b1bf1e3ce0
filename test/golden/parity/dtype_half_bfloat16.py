import torch
# float16 / bfloat16: stored in 2 bytes, each op computed in float32 and rounded (round to nearest even)
print(torch.tensor([0.1, 1 / 3, 1000.5, 1e-5], dtype=torch.half), torch.tensor([0.1, 1 / 3, 1000.5, 1e-5], dtype=torch.bfloat16))
print(torch.tensor([65504., 1e-7, 70000.], dtype=torch.half), torch.tensor([12345678.], dtype=torch.bfloat16))
print(torch.tensor([0.1], dtype=torch.half).item(), torch.tensor([0.1], dtype=torch.bfloat16).tolist(), torch.tensor([1.], dtype=torch.half) + 0.1)
x = torch.tensor([1.5, -2.7, 300.2, float('nan'), float('inf'), 2049.0, 4097.0])
print(x.half(), x.bfloat16(), x.half().float(), x.half().type(), x.bfloat16().element_size())
print(torch.tensor([2049, 4097, 2**24 + 1]).half(), torch.tensor([2049, 2**24 + 1, 2**30 + 2**22 + 1]).bfloat16())
print(torch.tensor([1 + 2**-11 + 2**-40], dtype=torch.float64).half().item(), x.half() * 3, x.bfloat16().sum(), x[:3].half().sum())
h = torch.tensor([1.5, 2.25, -3.0], dtype=torch.float16, requires_grad=True)
z = (h * h * 3).sum()
z.backward()
print(z, h.grad, h.grad.dtype)
b = torch.tensor([1.5, 2.25, -3.0], dtype=torch.bfloat16, requires_grad=True)
w = (b.exp() * b).mean()
w.backward()
print(w, b.grad)
print(torch.tensor([[1., 2.]], dtype=torch.bfloat16) @ torch.tensor([[1.], [2.]], dtype=torch.bfloat16), torch.softmax(torch.tensor([1., 2., 3.], dtype=torch.bfloat16), 0))
print(torch.promote_types(torch.float16, torch.bfloat16), (torch.ones(2, dtype=torch.half) + torch.ones(2, dtype=torch.bfloat16)).dtype,
      (torch.ones(2, dtype=torch.half) + 1.5).dtype, (torch.ones(2, dtype=torch.int32) + torch.ones(2, dtype=torch.half)).dtype)
for d in [torch.float16, torch.bfloat16, torch.float32, torch.float64]:
    f = torch.finfo(d)
    print(f, f.bits, f.eps, f.max, f.min, f.tiny, f.resolution)
torch.manual_seed(0)
print(torch.rand(3, dtype=torch.half), torch.rand(3, dtype=torch.bfloat16), torch.randn(20, dtype=torch.half), torch.randn(4, dtype=torch.bfloat16))
print(torch.empty(3, dtype=torch.half).uniform_(-1, 1), torch.zeros(2, 2, dtype=torch.bfloat16).normal_())
for f in [lambda: torch.ones(2, 2, dtype=torch.half) @ torch.ones(2, 2, dtype=torch.half), lambda: torch.ones(2, dtype=torch.half).exp(),
          lambda: torch.softmax(torch.ones(2, dtype=torch.half), 0), lambda: torch.ones(2, dtype=torch.half).sigmoid(),
          lambda: torch.nn.functional.gelu(torch.ones(2, dtype=torch.half)), lambda: torch.ones(2, dtype=torch.half).cumsum(0),
          lambda: torch.eye(2, dtype=torch.bfloat16), lambda: torch.ones(2, dtype=torch.bfloat16).prod(), lambda: torch.finfo(torch.int32)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
