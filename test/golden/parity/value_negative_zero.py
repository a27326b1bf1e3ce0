import torch
import math
# -0.0 survives item(), tolist(), float() and format() (the engine's values cross to Python as float64 arrays;
# an integral JS number, -0 among them, would arrive as the int 0), for float32 and float64, with the
# other special values and float64 values beyond float32's precision beside it.
z = torch.zeros(4)
n = -z
print(n.tolist(), n[0].item(), float(n[1]), f'{n[2]:.2f}', math.copysign(1.0, n[3].item()))
d = torch.tensor([-0.0, 0.0, float('inf'), -float('inf'), float('nan'), 2.0 ** 60 + 2.0 ** 8, 1 / 3, 1e-310], dtype=torch.float64)
print(d.tolist(), [math.copysign(1.0, v) for v in d[:2].tolist()], d[5].item(), d[7].item())
print(torch.tensor(-0.0).item(), torch.tensor(-0.0).tolist(), (torch.ones(2, 2) * -0.0).tolist(), torch.tensor([1.5, -2.0]).tolist())
print(torch.tensor(-0.0) == 0, bool(torch.tensor(-0.0)), int(torch.tensor(-0.0)), torch.tensor([[-0.0, 3.0]]).sum(1).tolist())
print([type(v).__name__ for v in torch.tensor([1.0, 2.0]).tolist()], torch.tensor([3, -4]).tolist(), torch.tensor([True, False]).tolist())
