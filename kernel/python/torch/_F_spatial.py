# torch.nn.functional's resampling ops over the engine: interpolate (and the deprecated upsample*), pixel and channel
# shuffles, unfold / fold, grid_sample / affine_grid, with F's 1.13.1 signatures, warnings and error texts. The Python parts are ported from PyTorch 1.13.1 torch/nn/functional.py
# (BSD-3-Clause, (c) PyTorch contributors); the kernels are kernel/engine/ops/upsample.ts.
import builtins as _builtins
import math as _math
import warnings as _warnings

from ._bridge import call as _call, wrap as _wrap

__all__ = ['interpolate', 'upsample', 'upsample_nearest', 'upsample_bilinear', 'pixel_shuffle', 'pixel_unshuffle',
           'channel_shuffle', 'native_channel_shuffle', 'unfold', 'fold', 'grid_sample', 'affine_grid']
_TORCH_NAMES = ['pixel_shuffle', 'pixel_unshuffle', 'channel_shuffle', 'native_channel_shuffle']

_MODES = {'nearest': 'nearest', 'nearest-exact': 'nearest-exact', 'linear': 'linear', 'bilinear': 'linear',
          'trilinear': 'linear', 'bicubic': 'cubic'}
# the input rank each interpolating mode needs
_RANK = {'linear': 3, 'bilinear': 4, 'bicubic': 4, 'trilinear': 5}


def _upsample(input, mode, output_size, scale_factors, align_corners):
    size = None if output_size is None else [_builtins.int(s) for s in output_size]
    scales = None if scale_factors is None else [float(s) for s in scale_factors]
    return _wrap(_call('upsample', input, _MODES[mode], size, scales, _builtins.bool(align_corners)))


def interpolate(input, size=None, scale_factor=None, mode='nearest', align_corners=None, recompute_scale_factor=None,
                antialias=False):
    if mode in ('nearest', 'area', 'nearest-exact'):
        if align_corners is not None:
            raise ValueError('align_corners option can only be set with the interpolating modes: '
                             'linear | bilinear | bicubic | trilinear')
    else:
        if align_corners is None:
            align_corners = False
    dim = input.dim() - 2
    if size is not None and scale_factor is not None:
        raise ValueError('only one of size or scale_factor should be defined')
    elif size is not None:
        scale_factors = None
        if isinstance(size, (list, tuple)):
            if len(size) != dim:
                raise ValueError('Input and output must have the same number of spatial dimensions, but got input with '
                                 f'spatial dimensions of {list(input.shape[2:])} and output size of {size}. Please '
                                 'provide input tensor in (N, C, d1, d2, ...,dK) format and output size in (o1, o2, '
                                 '...,oK) format.')
            output_size = size
        else:
            output_size = [size for _ in range(dim)]
    elif scale_factor is not None:
        output_size = None
        if isinstance(scale_factor, (list, tuple)):
            if len(scale_factor) != dim:
                raise ValueError('Input and scale_factor must have the same number of spatial dimensions, but got input '
                                 f'with spatial dimensions of {list(input.shape[2:])} and scale_factor of shape '
                                 f'{scale_factor}. Please provide input tensor in (N, C, d1, d2, ...,dK) format and '
                                 'scale_factor in (s1, s2, ...,sK) format.')
            scale_factors = scale_factor
        else:
            scale_factors = [scale_factor for _ in range(dim)]
    else:
        raise ValueError('either size or scale_factor should be defined')
    if recompute_scale_factor is not None and recompute_scale_factor and size is not None:
        raise ValueError('recompute_scale_factor is not meaningful with an explicit size.')
    if mode == 'area' and output_size is None:
        recompute_scale_factor = True
    if recompute_scale_factor is not None and recompute_scale_factor:
        output_size = [_builtins.int(_math.floor(float(input.size(i + 2)) * scale_factors[i])) for i in range(dim)]
        scale_factors = None
    if antialias and not (mode in ('bilinear', 'bicubic') and input.ndim == 4):
        raise ValueError('Anti-alias option is only supported for bilinear and bicubic modes')
    if antialias:
        raise NotImplementedError('tnb: F.interpolate(antialias=True) is not supported')
    if mode in ('nearest', 'nearest-exact') and input.dim() in (3, 4, 5):
        return _upsample(input, mode, output_size, scale_factors, False)
    if mode == 'area' and input.dim() in (3, 4, 5):
        from . import _F_nn, _F_pool
        if input.dim() == 3:
            return _F_nn.adaptive_avg_pool1d(input, output_size)
        if input.dim() == 4:
            return _F_nn.adaptive_avg_pool2d(input, output_size)
        return _F_pool.adaptive_avg_pool3d(input, output_size)
    if mode in _RANK and input.dim() == _RANK[mode]:
        return _upsample(input, mode, output_size, scale_factors, align_corners)
    if mode in ('linear', 'bilinear', 'trilinear') and input.dim() in (3, 4, 5):
        raise NotImplementedError(f'Got {input.dim()}D input, but {mode} mode needs {_RANK[mode]}D input')
    raise NotImplementedError('Input Error: Only 3D, 4D and 5D input Tensors supported (got {}D) for the modes: '
                              'nearest | linear | bilinear | bicubic | trilinear | area | nearest-exact (got {})'
                              .format(input.dim(), mode))


def upsample(input, size=None, scale_factor=None, mode='nearest', align_corners=None):
    _warnings.warn('nn.functional.upsample is deprecated. Use nn.functional.interpolate instead.')
    return interpolate(input, size, scale_factor, mode, align_corners)


def upsample_nearest(input, size=None, scale_factor=None):
    _warnings.warn('nn.functional.upsample_nearest is deprecated. Use nn.functional.interpolate instead.')
    return interpolate(input, size, scale_factor, mode='nearest')


def upsample_bilinear(input, size=None, scale_factor=None):
    _warnings.warn('nn.functional.upsample_bilinear is deprecated. Use nn.functional.interpolate instead.')
    return interpolate(input, size, scale_factor, mode='bilinear', align_corners=True)


def _factor(fname, name, v, pos):
    if not isinstance(v, _builtins.int) or isinstance(v, _builtins.bool):
        raise TypeError(f"{fname}(): argument '{name}' (position {pos}) must be int, not {type(v).__name__}")
    return v


def pixel_shuffle(input, upscale_factor):
    return _wrap(_call('pixel_shuffle', input, _factor('pixel_shuffle', 'upscale_factor', upscale_factor, 2), True))


def pixel_unshuffle(input, downscale_factor):
    return _wrap(_call('pixel_shuffle', input, _factor('pixel_unshuffle', 'downscale_factor', downscale_factor, 2), False))


def channel_shuffle(input, groups):
    return _wrap(_call('channel_shuffle', input, _factor('channel_shuffle', 'groups', groups, 2)))


native_channel_shuffle = channel_shuffle


def _pair(v):
    return [_builtins.int(x) for x in v] if isinstance(v, (list, tuple)) else [_builtins.int(v)] * 2


def unfold(input, kernel_size, dilation=1, padding=0, stride=1):
    return _wrap(_call('unfold_im2col', input, _pair(kernel_size), _pair(dilation), _pair(padding), _pair(stride)))


def fold(input, output_size, kernel_size, dilation=1, padding=0, stride=1):
    return _wrap(_call('fold_col2im', input, _pair(output_size), _pair(kernel_size), _pair(dilation), _pair(padding),
                       _pair(stride)))


_ALIGN_WARNING = ('Default grid_sample and affine_grid behavior has changed to align_corners=False since 1.3.0. Please '
                  'specify align_corners=True if the old behavior is desired. See the documentation of grid_sample for '
                  'details.')


def grid_sample(input, grid, mode='bilinear', padding_mode='zeros', align_corners=None):
    if mode != 'bilinear' and mode != 'nearest' and mode != 'bicubic':
        raise ValueError("nn.functional.grid_sample(): expected mode to be 'bilinear', 'nearest' or 'bicubic', but got: "
                         "'{}'".format(mode))
    if padding_mode != 'zeros' and padding_mode != 'border' and padding_mode != 'reflection':
        raise ValueError("nn.functional.grid_sample(): expected padding_mode to be 'zeros', 'border', or 'reflection', "
                         "but got: '{}'".format(padding_mode))
    if align_corners is None:
        _warnings.warn(_ALIGN_WARNING)
        align_corners = False
    return _wrap(_call('grid_sample', input, grid, mode, padding_mode, _builtins.bool(align_corners)))


def affine_grid(theta, size, align_corners=None):
    if align_corners is None:
        _warnings.warn(_ALIGN_WARNING)
        align_corners = False
    if not theta.is_floating_point():
        raise ValueError('Expected theta to have floating point type, but got {}'.format(theta.dtype))
    if len(size) == 4:
        if theta.dim() != 3 or theta.shape[-2] != 2 or theta.shape[-1] != 3:
            raise ValueError('Expected a batch of 2D affine matrices of shape Nx2x3 for size {}. Got {}.'
                             .format(size, theta.shape))
        spatial_size = size[-2:]
    elif len(size) == 5:
        if theta.dim() != 3 or theta.shape[-2] != 3 or theta.shape[-1] != 4:
            raise ValueError('Expected a batch of 3D affine matrices of shape Nx3x4 for size {}. Got {}.'
                             .format(size, theta.shape))
        spatial_size = size[-3:]
    else:
        raise NotImplementedError('affine_grid only supports 4D and 5D sizes, for 2D and 3D affine transforms, '
                                  'respectively. Got size {}.'.format(size))
    if align_corners and min(spatial_size) == 1:
        _warnings.warn('Since version 1.3.0, affine_grid behavior has changed for unit-size grids when align_corners=True. '
                       'This is not an intended use case of affine_grid. See the documentation of affine_grid for details.')
    elif min(size) <= 0:
        raise ValueError('Expected non-zero, positive output size. Got {}'.format(size))
    if theta.shape[0] != size[0]:
        k = len(size) - 2
        raise RuntimeError(f'Expected size for first two dimensions of batch2 tensor to be: [{size[0]}, {k + 1}] but got: '
                           f'[{theta.shape[0]}, {k + 1}].')
    return _wrap(_call('affine_grid', theta, [_builtins.int(v) for v in size], _builtins.bool(align_corners)))
