import torch
# Python numbers meeting the narrow dtypes: overflow checks (clamp, where, masked_fill), in-place casts, arange/linspace
u = torch.tensor([100, 50], dtype=torch.uint8)
for f in [lambda: u.clamp(max=300), lambda: torch.where(u > 60, u, 300), lambda: u.masked_fill(u > 60, 300), lambda: u.clamp(0, 255),
          lambda: torch.where(u > 60, u, 3), lambda: u.masked_fill(u > 60, 7), lambda: u.add_(300), lambda: u.mul_(2.5), lambda: u.add_(torch.tensor([1.5])),
          lambda: torch.tensor([1, 2], dtype=torch.int32).div_(2), lambda: torch.tensor([1, 2], dtype=torch.int32).float_power(2),
          lambda: torch.tensor([1.5], dtype=torch.half).floor_divide(0.5), lambda: torch.tensor([7], dtype=torch.int8) ** 3,
          lambda: torch.tensor([7], dtype=torch.uint8) - torch.tensor([9], dtype=torch.uint8), lambda: torch.full((2,), 2.5, dtype=torch.int32),
          lambda: torch.tensor([3.7, -3.7]).to(torch.int8), lambda: torch.arange(0, 1, 0.25, dtype=torch.half), lambda: torch.linspace(0, 1, 5, dtype=torch.bfloat16)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
