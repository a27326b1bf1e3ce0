import torch
import struct

# float32 sigmoid over long runs bit for bit: blocks of 16 whose lanes all lie in the fast exp range and blocks with
# a lane beyond it (|x| > 86.5, ±inf, NaN) or in (86.5, 88], run tails, a transposed tensor, 1 and 2 threads.


def digest(t):
    acc = 0
    for i, v in enumerate(torch.nan_to_num(t, 7.0).flatten().tolist()):
        acc = (acc * 1000003 + int.from_bytes(struct.pack('<f', v), 'little') + i) % ((1 << 61) - 1)
    return acc


torch.manual_seed(3)
x = torch.randn(300, 257) * 6
x[::7, ::13] *= 20
x[5, 100] = float('nan')
x[9, 3] = float('inf')
x[9, 40] = -float('inf')
x[11, 17:33] = torch.linspace(-88.5, 88.5, 16)
x[12, 0:16] = torch.linspace(86.0, 87.0, 16)
prev = torch.get_num_threads()
for threads in (1, 2):
    torch.set_num_threads(threads)
    print(threads, digest(x.sigmoid()), digest(x.t().sigmoid()), digest(x[:, 3:250].sigmoid()), digest(x.flatten()[:77103].sigmoid()))
print(x[11, 17:33].sigmoid().tolist())
print(x[12, 0:16].sigmoid().tolist())
torch.set_num_threads(prev)
