import torch
import torch.nn as nn
# The errors of memory formats (rank checks, preserve for contiguous, wrong argument types, zeros/ones refuse
# memory_format); the last one is uncaught.
cl, cl3 = torch.channels_last, torch.channels_last_3d
cases = [
    lambda: torch.randn(2, 3).contiguous(memory_format=cl),
    lambda: torch.randn(2, 3, 4, 5).contiguous(memory_format=cl3),
    lambda: torch.randn(2, 3, 4).to(memory_format=cl),
    lambda: torch.empty(2, 3, memory_format=cl),
    lambda: torch.empty_like(torch.randn(2, 3), memory_format=cl),
    lambda: torch.randn(2, 3, 4, 5).transpose(1, 2).contiguous(memory_format=torch.preserve_format),
    lambda: torch.randn(2, 3, 4, 5).contiguous(memory_format=3),
    lambda: torch.randn(2, 3, 4, 5).clone(memory_format=cl3),
    lambda: torch.zeros(2, 3, memory_format=cl),
    lambda: torch.ones(2, 3, 4, 5, memory_format=torch.preserve_format),
    lambda: torch.randn(2, 3, 4, 5).to(torch.float64, memory_format=cl3),
    lambda: torch.randn_like(torch.randn(3), memory_format=cl),
    lambda: nn.Conv3d(2, 2, 1).to(memory_format=cl),
    lambda: torch.randn(2, 3, 4, 5).to(cl),
    lambda: torch.randn(2, 3, 4, 5).to(memory_format='channels_last'),
    lambda: torch.randn(2).to(cl, memory_format=3),
    lambda: torch.randn(2).to(torch.float32, 3),
    lambda: torch.randn(2).to(foo=1),
    lambda: torch.randn(2, 3, 4, 5).is_contiguous(cl),
    lambda: torch.randn(2, 3, 4, 5).contiguous(cl),
    lambda: nn.Linear(1, 1).to(cl),
    lambda: nn.Linear(1, 1).to(memory_format='x'),
]
for f in cases:
    try:
        r = f()
        print('ok', r.shape, r.stride())
    except Exception as e:
        print(type(e).__name__, e)
torch.randn(2, 3, 4).contiguous(memory_format=cl)
