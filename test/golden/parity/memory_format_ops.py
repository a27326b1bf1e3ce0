import torch
import torch.nn as nn
import torch.nn.functional as F
# Ops on channels_last (and channels_last_3d) inputs: the strides of their results are PyTorch's (elementwise ops
# keep the layout; conv2d follows the input's or the weight's format; pooling, batch/group norm, nearest/bilinear
# upsampling, constant padding, cat, stack, shuffles, prelu, glu and roll follow the input's; conv3d, transposed
# convolutions, bicubic upsampling and reflect padding give contiguous results); values and gradients.
torch.manual_seed(0)
cl = torch.channels_last
xc = torch.randn(2, 3, 4, 5)
x = xc.contiguous(memory_format=cl).requires_grad_()
x3 = torch.randn(2, 3, 4, 5, 6).contiguous(memory_format=torch.channels_last_3d)
conv = nn.Conv2d(3, 4, 3, padding=1)
ops = {
    'relu': lambda: F.relu(x), 'add': lambda: x + 1, 'mul_bc': lambda: x * torch.ones(3, 1, 1),
    'add_contiguous': lambda: x + xc, 'exp': lambda: x.exp(), 'clone': lambda: x.clone(),
    'conv': lambda: conv(x), 'conv_groups': lambda: nn.Conv2d(3, 3, 3, groups=3)(x),
    'conv_weight_cl': lambda: F.conv2d(xc, torch.randn(4, 3, 2, 2).contiguous(memory_format=cl)),
    'conv_1x1': lambda: F.conv2d(x, torch.randn(4, 3, 1, 1)), 'conv_double': lambda: F.conv2d(x.double(), torch.randn(4, 3, 2, 2).double()),
    'conv_transpose': lambda: nn.ConvTranspose2d(3, 2, 2, stride=2)(x), 'conv3d': lambda: nn.Conv3d(3, 2, 2)(x3),
    'max_pool': lambda: F.max_pool2d(x, 2), 'max_pool_indices': lambda: F.max_pool2d(x, 2, return_indices=True)[1],
    'avg_pool': lambda: F.avg_pool2d(x, 2), 'avg_pool_ceil': lambda: F.avg_pool2d(x, 3, 2, 1, ceil_mode=True),
    'adaptive_avg_1': lambda: F.adaptive_avg_pool2d(x, 1), 'adaptive_avg': lambda: F.adaptive_avg_pool2d(x, (2, 3)),
    'adaptive_max': lambda: F.adaptive_max_pool2d(x, 2), 'lp_pool': lambda: F.lp_pool2d(x, 2, 2),
    'max_pool3d': lambda: F.max_pool3d(x3, 2),
    'batch_norm': lambda: nn.BatchNorm2d(3)(x), 'batch_norm_eval': lambda: nn.BatchNorm2d(3).eval()(x),
    'batch_norm3d': lambda: nn.BatchNorm3d(3)(x3), 'group_norm': lambda: nn.GroupNorm(1, 3)(x),
    'instance_norm': lambda: nn.InstanceNorm2d(3)(x), 'layer_norm': lambda: nn.LayerNorm([4, 5])(x),
    'nearest': lambda: F.interpolate(x, scale_factor=2), 'bilinear': lambda: F.interpolate(x, scale_factor=2, mode='bilinear'),
    'bilinear_ac': lambda: F.interpolate(x, size=(5, 7), mode='bilinear', align_corners=True),
    'bicubic': lambda: F.interpolate(x, size=(5, 6), mode='bicubic'), 'trilinear': lambda: F.interpolate(x3, scale_factor=2, mode='trilinear'),
    'pad': lambda: F.pad(x, (1, 1, 1, 1)), 'pad_negative': lambda: F.pad(x, (-1, 1, 0, 0)),
    'pad_reflect': lambda: F.pad(x, (1, 1, 1, 1), mode='reflect'), 'pad3d': lambda: F.pad(x3, (1, 1)),
    'cat': lambda: torch.cat([x, x], 1), 'stack0': lambda: torch.stack([x, x]), 'stack1': lambda: torch.stack([x, x, x], 1),
    'stack4': lambda: torch.stack([x, x], 4), 'stack_mixed': lambda: torch.stack([x, xc], 2), 'cat_mixed': lambda: torch.cat([x, xc], 1), 'cat3d': lambda: torch.cat([x3, x3], 0),
    'pixel_shuffle': lambda: F.pixel_shuffle(torch.cat([x, x, x, x], 1), 2),
    'pixel_unshuffle': lambda: F.pixel_unshuffle(torch.randn(2, 3, 4, 6).contiguous(memory_format=cl), 2),
    'channel_shuffle': lambda: nn.ChannelShuffle(3)(x), 'prelu': lambda: nn.PReLU(3)(x),
    'glu': lambda: F.glu(torch.cat([x, x], 1), 1), 'roll': lambda: x.roll(1, 1),
    'dropout2d': lambda: F.dropout2d(x, 0.5), 'softmax': lambda: F.softmax(x, 1), 'log_softmax': lambda: F.log_softmax(x, 1),
    'sum': lambda: x.sum(1, keepdim=True), 'mean': lambda: x.mean((2, 3), keepdim=True), 'amax': lambda: x.amax(1, keepdim=True),
    'cumsum': lambda: x.cumsum(1), 'flatten': lambda: x.flatten(1), 'matmul': lambda: x @ torch.ones(5, 2),
    'where': lambda: torch.where(x > 0, x, 0.), 'gelu': lambda: F.gelu(x), 'hardswish': lambda: F.hardswish(x),
    'mse_none': lambda: F.mse_loss(x, torch.zeros(2, 3, 4, 5), reduction='none'),
    'bce_logits': lambda: F.binary_cross_entropy_with_logits(x, torch.full((2, 3, 4, 5), 0.25), reduction='none'),
    'bce_logits_target_cl': lambda: F.binary_cross_entropy_with_logits(xc, torch.full((2, 3, 4, 5), 0.25).contiguous(memory_format=cl), reduction='none'),
    'sort': lambda: x.sort(1)[0], 'index_select': lambda: x.index_select(1, torch.tensor([0, 2])),
    'narrow': lambda: x.narrow(1, 0, 2), 'lerp': lambda: torch.lerp(x, xc, 0.5), 'to_double': lambda: x.double(),
    'empty_like': lambda: torch.empty_like(x), 'unfold': lambda: F.unfold(x, 2),
    'log_sigmoid': lambda: F.logsigmoid(x), 'rrelu': lambda: F.rrelu(x), 'pow_scalar_base': lambda: torch.pow(3., x),
}
for k, f in ops.items():
    y = f()
    print(k, tuple(y.shape), y.stride(), y.is_contiguous(), y.grad_fn.name() if y.grad_fn else None)
print(F.adaptive_avg_pool2d(x, 1).grad_fn.next_functions[0][0].name())
print(ops['conv']().sum(), ops['bilinear']().sum(), ops['batch_norm']()[1, 2])

# gradients: a channels_last input's grad is channels_last; parameter grads keep their parameters' layouts
out = F.max_pool2d(F.relu(nn.BatchNorm2d(4)(conv(x))), 2)
print(out.stride(), out.grad_fn.name())
(out * torch.arange(2.).view(1, 1, 1, 2)).sum().backward()
print(x.grad.stride(), x.grad[1, 2])
print(conv.weight.grad.stride(), conv.weight.grad[0, 0], conv.bias.grad.abs().max() < 1e-5)
convl = nn.Conv2d(3, 2, 2).to(memory_format=cl)
yl = convl(xc)
print(yl.stride(), convl.weight.stride())
yl.sum().backward()
print(convl.weight.grad.stride(), convl.weight.grad.is_contiguous(memory_format=cl), convl.weight.grad[1, 1])
