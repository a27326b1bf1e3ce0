import torch
import torch.nn.functional as F


def t(f):
    try:
        r = f()
        print('OK', r.shape if hasattr(r, 'shape') else r)
    except Exception as e:
        print(type(e).__name__, ':', e)


x4 = torch.randn(1, 2, 3, 4)
t(lambda: F.interpolate(x4, size=(0, 8)))
t(lambda: F.interpolate(x4, scale_factor=0.1))
t(lambda: F.interpolate(x4, scale_factor=0.1, mode='bilinear'))
t(lambda: F.interpolate(x4, size=(2, 3, 4)))
t(lambda: F.interpolate(x4, size=5, mode='linear'))
t(lambda: F.interpolate(x4, size=5, mode='trilinear'))
t(lambda: F.interpolate(torch.randn(1, 2, 3), size=5, mode='bilinear'))
t(lambda: F.interpolate(torch.randn(1, 2, 3), size=5, mode='bicubic'))
t(lambda: F.interpolate(torch.randn(1, 2, 3, 3, 3), size=5, mode='linear'))
t(lambda: F.interpolate(x4, size=5, mode='foo'))
t(lambda: F.interpolate(x4, size=5, scale_factor=2))
t(lambda: F.interpolate(x4))
t(lambda: F.interpolate(x4, size=5, align_corners=True))
t(lambda: F.interpolate(x4, size=5, mode='area', align_corners=False))
t(lambda: F.interpolate(x4, size=5, mode='nearest', antialias=True))
t(lambda: F.interpolate(x4, size=5, recompute_scale_factor=True))
t(lambda: F.interpolate(torch.randn(2, 3), size=5))
t(lambda: F.interpolate(torch.randn(1, 0, 3, 3), size=5))
t(lambda: F.interpolate(x4.long(), size=5))
t(lambda: F.interpolate(x4.long(), size=5, mode='bilinear'))
t(lambda: F.interpolate(x4, scale_factor=(2, 3, 4)))
t(lambda: F.interpolate(x4, scale_factor=-1))
t(lambda: F.interpolate(x4, size=(2, -1), mode='bicubic'))
t(lambda: F.interpolate(torch.randn(1, 2, 3), size=0))
t(lambda: F.interpolate(torch.randn(1, 2, 3), size=0, mode='linear'))
t(lambda: F.interpolate(torch.randn(1, 2, 3, 3, 3), size=(2, 0, 1), mode='trilinear'))
t(lambda: F.interpolate(torch.randn(1, 0, 3, 3, 3), size=2))
t(lambda: F.interpolate(torch.randn(1, 0, 3), size=2))
