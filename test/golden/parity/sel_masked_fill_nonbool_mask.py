import torch
# PyTorch 1.13 reads a mask that is not bool as one byte per element (the lowest): float 0/1 masks fill nothing
for m in [torch.tensor([0, 1, 1, 0]), torch.tensor([0., 1., 1., 0.]), torch.tensor([-1., 1., 2., 0.5]),
          torch.tensor([0., 1., 1., 0.], dtype=torch.float64), torch.tensor([0, 256, 257, 1]), torch.tensor([0, 2, 1, 1]),
          torch.tensor([0., 0.1, 0., 0.]), torch.tensor([0, -1, 0, 0])]:
    try:
        print(torch.arange(4.).masked_fill(m, -5.), torch.arange(4.).masked_fill(m, torch.tensor(-5.)))
        print(torch.zeros(2, 4).masked_fill_(m, 3.))
    except Exception as e:
        print(type(e).__name__, e)
x = torch.arange(4., requires_grad=True)
y = x.masked_fill(torch.tensor([0., 1., 1., 0.]), 2.)
print(y)
