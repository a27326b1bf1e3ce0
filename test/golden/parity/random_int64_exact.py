import torch
# random_() on int64 draws 63-bit values: printed, tolist() and item() exactly (beyond 2**53)
torch.manual_seed(3)
t = torch.empty(5, dtype=torch.int64).random_()
print(t, t.tolist(), t[0].item(), int(t[1]), t.view(5, 1).t(), t[::2])
u = torch.empty(2, 3, dtype=torch.int64).random_(generator=torch.Generator().manual_seed(9)).t()
print(u, u.tolist(), u[1, 1].item())
print(torch.tensor([1, -2, 3]), torch.tensor([1, -2, 3]).tolist(), torch.tensor([7]).item(), torch.arange(6).view(2, 3))
print(t % 1000, t // 2**40)
