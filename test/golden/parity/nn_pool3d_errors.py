import torch
import torch.nn as nn
import torch.nn.functional as F
def t(f):
    try:
        r = f(); print('OK', r.shape if hasattr(r,'shape') else r)
    except Exception as e: print(type(e).__name__, ':', e)
x = torch.randn(1, 2, 3, 4, 4)
t(lambda: F.max_pool3d(x, 4))
t(lambda: F.max_pool3d(x, 2, padding=2))
t(lambda: F.max_pool3d(x[0,0], 2))
t(lambda: F.avg_pool3d(x, 4))
t(lambda: F.avg_pool3d(x, 2, padding=2))
t(lambda: F.avg_pool3d(x[0,0], 2))
t(lambda: F.adaptive_avg_pool3d(x[0,0], 2))
t(lambda: F.adaptive_avg_pool3d(x, (2, 2)))
t(lambda: F.adaptive_max_pool3d(x, (2, 2)))
t(lambda: F.adaptive_max_pool2d(x[0,0,0], (2, 2)))
t(lambda: F.adaptive_max_pool2d(x, (2, 2)))
t(lambda: F.adaptive_max_pool1d(x[0,0], 2))
t(lambda: F.max_pool3d(x.long(), 2))

print(nn.MaxPool3d(2), nn.MaxPool3d((1,2,2), stride=1, padding=(0,1,1), ceil_mode=True), nn.AvgPool3d(2), nn.AvgPool3d((1,2,2), count_include_pad=False, divisor_override=3), nn.AdaptiveAvgPool3d((2, None, 3)), nn.AdaptiveMaxPool2d(3, return_indices=True), nn.AdaptiveMaxPool1d(2), nn.AdaptiveMaxPool3d(1))
