import torch
# uint8 index tensors are deprecated masks in PyTorch 1.13 (a warning each time)
x = torch.tensor([5, 3, 7, 0])
m = torch.tensor([1, 0, 1, 0], dtype=torch.uint8)
print(x[m])
y = x.clone()
y[m] = 9
print(y)
img = torch.randint(0, 256, (2, 3), dtype=torch.uint8, generator=torch.Generator().manual_seed(0))
print(img, img.float() / 255, (img > 128).sum(), img.to(torch.int16) - 128, img.max(), img.sum(), img.any(), img.all())
print(img.double().mean(), img[img > 100], img.flip(1), torch.cat([img, img]).shape, img.bitwise_and(15))
