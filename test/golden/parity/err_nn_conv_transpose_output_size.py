import torch
m = torch.nn.ConvTranspose2d(2, 2, 3, stride=3)
m(torch.randn(1, 2, 4, 4), output_size=(12, 15))
