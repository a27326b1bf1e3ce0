import torch
from torch import nn, optim

# Each layer in a small model, each optimizer: weights after init with a seed, then loss and parameters after 3
# steps (the parity check). Printed at PyTorch's default precision.
LAYERS = {
    'Linear': lambda: nn.Sequential(nn.Linear(6, 4), nn.Tanh(), nn.Linear(4, 3)),
    'Conv1d': lambda: nn.Sequential(nn.Unflatten(1, (1, 6)), nn.Conv1d(1, 2, 3, padding=1), nn.ReLU(), nn.MaxPool1d(2),
                                    nn.Flatten(), nn.Linear(6, 3)),
    'Conv2d': lambda: nn.Sequential(nn.Unflatten(1, (1, 2, 3)), nn.Conv2d(1, 2, 2, padding=1), nn.GELU(),
                                    nn.AvgPool2d(2, ceil_mode=True), nn.Flatten(), nn.Linear(8, 3)),
    'Embedding': lambda: nn.Sequential(nn.Embedding(10, 3), nn.Flatten(), nn.Linear(18, 3)),
    'LayerNorm': lambda: nn.Sequential(nn.Linear(6, 4), nn.LayerNorm(4), nn.Sigmoid(), nn.Linear(4, 3)),
    # (no bias before a batch norm: its gradient is 0 up to rounding noise, which Adam's normalised steps amplify)
    'BatchNorm1d': lambda: nn.Sequential(nn.Linear(6, 4, bias=False), nn.BatchNorm1d(4), nn.LeakyReLU(0.1), nn.Linear(4, 3)),
    'BatchNorm2d': lambda: nn.Sequential(nn.Unflatten(1, (2, 1, 3)), nn.BatchNorm2d(2), nn.Flatten(), nn.Linear(6, 3)),
    'Dropout': lambda: nn.Sequential(nn.Linear(6, 8), nn.ReLU(), nn.Dropout(0.25), nn.Linear(8, 3)),
}
OPTIMIZERS = {
    'SGD': lambda p: optim.SGD(p, lr=0.1, momentum=0.9, nesterov=True, weight_decay=0.01),
    'Adam': lambda p: optim.Adam(p, lr=0.01, amsgrad=True),
    'AdamW': lambda p: optim.AdamW(p, lr=0.01, weight_decay=0.1),
    'RMSprop': lambda p: optim.RMSprop(p, lr=0.01, momentum=0.5, centered=True),
}
for i, (lname, make) in enumerate(LAYERS.items()):
    for oname, make_opt in OPTIMIZERS.items():
        torch.manual_seed(i)
        model = make()
        if lname == 'Embedding':
            x = torch.randint(0, 10, (5, 6))
        else:
            x = torch.randn(5, 6)
        y = torch.randint(0, 3, (5,))
        if oname == 'SGD':
            print(f'== {lname}: weights after init')
            for n, p in model.named_parameters():
                print(n, p)
        opt = make_opt(model.parameters())
        losses = []
        for step in range(3):
            opt.zero_grad()
            loss = nn.functional.cross_entropy(model(x), y)
            loss.backward()
            opt.step()
            losses.append(loss)
        print(f'-- {lname} + {oname}: losses', torch.stack(losses).detach())
        for n, p in model.named_parameters():
            print(n, p.detach())
        for n, b in model.named_buffers():
            print(n, b)
