import torch
x = torch.zeros(2)
print(x.dtype)
print(x.device)
print(torch.float, torch.long, torch.double, torch.bool)
print(str(x.dtype), repr(x.device))
print(x.dtype == torch.float32, x.dtype is torch.float32)
print(x.is_floating_point(), torch.zeros(2, dtype=torch.long).is_floating_point())
print(torch.get_default_dtype())
