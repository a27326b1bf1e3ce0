import torch
# int32 / int16 / int8 / uint8: creation, printing, casts, wrap-around, integer division, promotion
i = torch.tensor([[1, 2], [3, 4]], dtype=torch.int32)
print(i, i.dtype, i.element_size(), i.is_floating_point(), i.is_signed(), i.type())
print(i[0], i.t(), i.view(4), i.sum(0), i.sum().dtype, i.float().mean(), i * 2.5, i @ i, i.max(1))
print(torch.arange(10, dtype=torch.int32).reshape(2, 5) // 3, torch.tensor([-7], dtype=torch.int32) // 2,
      torch.tensor([-7], dtype=torch.int32) % 3, torch.div(torch.tensor([-7, 7], dtype=torch.int16), 2, rounding_mode='trunc'))
print(torch.tensor([2147483647], dtype=torch.int32) + 1, torch.tensor([127], dtype=torch.int8) + torch.tensor([1], dtype=torch.int8))
print(torch.tensor([1000, 2000], dtype=torch.int16) * 40, torch.tensor([100], dtype=torch.int8) * 3)
u = torch.tensor([100, 50], dtype=torch.uint8)
print(u < 300, u + 300, u % 1000, u == 356, u * 1.5, u - 200, torch.tensor([3], dtype=torch.uint8) - 5)
print(torch.tensor([1, 2], dtype=torch.uint8) + torch.tensor([1, 2], dtype=torch.int8))
x = torch.tensor([1.5, -1.5, 300.0, -300.0, 1e10, -1e10, float('nan'), float('inf'), 2.9, 40000.0, 70000.0])
for d in [torch.int32, torch.int16, torch.int8, torch.uint8]:
    print(d, x.to(d), x.double().to(d).tolist())
big = torch.tensor([2**40 + 5, -3, 255, 256, -129, 70000])
print(big.int(), big.short(), big.char(), big.byte(), big.to(torch.int32).long())
print(torch.tensor([1, 2, 3]).int().dtype, torch.tensor([1.7]).type(torch.IntTensor), torch.tensor([1.7]).type('torch.ByteTensor'))
x32 = torch.tensor([1, 2], dtype=torch.int32)
print(x32 + torch.tensor(3), (x32 + torch.tensor(3.5, dtype=torch.float64)).dtype, (x32 + 2.5).dtype, (x32 * torch.tensor([2])).dtype)
print(torch.result_type(x32, 2.5), torch.result_type(x32, 2), torch.result_type(x32, torch.tensor(3)), torch.result_type(2, 3.0))
print(torch.promote_types(torch.uint8, torch.int8), torch.promote_types(torch.int32, torch.int64), torch.can_cast(torch.int32, torch.uint8), torch.can_cast(torch.float16, torch.int32))
for d in [torch.uint8, torch.int8, torch.int16, torch.int32, torch.int64]:
    info = torch.iinfo(d)
    print(info, info.bits, info.min, info.max, info.dtype)
print(torch.zeros(2, 3, dtype=torch.int16), torch.ones(2, dtype=torch.int8), torch.full((2,), 7, dtype=torch.int32), torch.empty(0, dtype=torch.int32))
print(torch.arange(250, 260, dtype=torch.uint8), torch.zeros_like(x, dtype=torch.int32), torch.tensor([-1], dtype=torch.uint8))
torch.manual_seed(0)
print(torch.randint(0, 10, (5,), dtype=torch.int32), torch.randint(-5, 5, (2, 3), dtype=torch.int8), torch.empty(4, dtype=torch.int16).random_(0, 100))
print(torch.tensor([3, 1, 2], dtype=torch.uint8).sort(), torch.tensor([3, 1, 2], dtype=torch.int8).argmax(), torch.tensor([5, 6], dtype=torch.int32).tolist(), torch.tensor(7, dtype=torch.int16).item())
print(torch.tensor([5, 3], dtype=torch.int32) & 6, ~torch.tensor([5], dtype=torch.uint8), torch.tensor([1], dtype=torch.int8) << 7, torch.tensor([-8], dtype=torch.int16) >> 1)
for f in [lambda: torch.zeros(2, dtype=torch.uint8).fill_(300), lambda: torch.full((2,), -129, dtype=torch.int8), lambda: torch.tensor([300], dtype=torch.uint8),
          lambda: torch.tensor([2**40], dtype=torch.int32), lambda: x32.mean(), lambda: x32.std(), lambda: torch.tensor([1, 2], dtype=torch.int32, requires_grad=True),
          lambda: torch.tensor([5, 3, 7])[torch.tensor([0], dtype=torch.int32)], lambda: torch.iinfo(torch.float32), lambda: torch.iinfo(torch.bool), lambda: torch.zeros(2, dtype=torch.half).fill_(1e6)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
