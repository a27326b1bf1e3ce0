import torch
x = torch.tensor([1.0, 2.0])
print(f"x = {x}")
t = torch.tensor(3.14159)
print(f"t = {t}")
print(f"t = {t:.2f}")
print(f"item = {t.item():.3f}")
print(f"{x.shape} {x.dtype}")
print("sum: " + str(x.sum()))
