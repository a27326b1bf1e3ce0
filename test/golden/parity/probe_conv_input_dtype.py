import torch
import torch.nn as nn
import torch.nn.functional as F
# nn.Conv2d (with a bias, padding not 'same') checks the bias's dtype against the input's first: a Long or Double
# image gets "Input type (long int) and bias type (float) should be the same"; the other convolutions name the weight.


def t(label, fn):
    try:
        print(label, 'OK', tuple(fn().shape))
    except Exception as e:
        print(label, 'EXC', type(e).__name__, str(e))


torch.manual_seed(0)
c = nn.Conv2d(3, 8, 3)
cn = nn.Conv2d(3, 8, 3, bias=False)
for dt in (torch.long, torch.double, torch.int32, torch.int16, torch.int8):
    t(f'conv2d {dt}', lambda: c(torch.ones(1, 3, 5, 5, dtype=dt)))
    t(f'conv2d unbatched {dt}', lambda: c(torch.ones(3, 5, 5, dtype=dt)))
    t(f'conv2d no bias {dt}', lambda: cn(torch.ones(1, 3, 5, 5, dtype=dt)))
    t(f'conv1d {dt}', lambda: nn.Conv1d(3, 2, 2)(torch.ones(1, 3, 5, dtype=dt)))
    t(f'conv3d {dt}', lambda: nn.Conv3d(1, 1, 1)(torch.ones(1, 1, 2, 2, 2, dtype=dt)))
L = torch.long
t('stride', lambda: nn.Conv2d(3, 2, 2, stride=2)(torch.ones(1, 3, 5, 5, dtype=L)))
t('padding same', lambda: nn.Conv2d(3, 2, 3, padding='same')(torch.ones(1, 3, 5, 5, dtype=L)))
t('padding valid', lambda: nn.Conv2d(3, 2, 2, padding='valid')(torch.ones(1, 3, 5, 5, dtype=L)))
t('padding (1, 1)', lambda: nn.Conv2d(3, 2, 2, padding=(1, 1))(torch.ones(1, 3, 5, 5, dtype=L)))
t('groups', lambda: nn.Conv2d(4, 4, 3, groups=2)(torch.ones(1, 4, 5, 5, dtype=L)))
t('wrong channels', lambda: nn.Conv2d(3, 2, 2)(torch.ones(1, 4, 5, 5, dtype=L)))
t('F weight long', lambda: F.conv2d(torch.ones(1, 3, 5, 5), torch.ones(2, 3, 2, 2, dtype=L)))
t('F double, float weight', lambda: F.conv2d(torch.ones(1, 3, 5, 5, dtype=torch.double), torch.ones(2, 3, 2, 2), torch.ones(2, dtype=torch.double)))
t('F float, double bias', lambda: F.conv2d(torch.ones(1, 3, 5, 5), torch.ones(2, 3, 2, 2), torch.ones(2, dtype=torch.double)))
t('F double, double weight, float bias', lambda: F.conv2d(torch.ones(1, 1, 2, 2, dtype=torch.double), torch.ones(1, 1, 1, 1, dtype=torch.double), torch.ones(1)))
t('ok after .double()', lambda: c.double()(torch.ones(1, 3, 5, 5, dtype=torch.double)))
t('ok float', lambda: nn.Conv2d(3, 8, 3)(torch.ones(1, 3, 5, 5)))
