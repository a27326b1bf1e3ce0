# torch._C (part): the helpers torch.distributions calls. tnb has no JIT tracer, so no trace is ever in progress.


def _get_tracing_state():
    """None: nothing is being traced (tnb has no torch.jit tracer)."""
    return None


def _infer_size(a, b):
    """The broadcast of two shapes (ATen's infer_size), with its error text."""
    from . import Size
    a, b = list(a), list(b)
    n = max(len(a), len(b))
    out = []
    for i in range(n - 1, -1, -1):
        offset = n - 1 - i
        dim_a = len(a) - 1 - offset
        dim_b = len(b) - 1 - offset
        size_a = a[dim_a] if dim_a >= 0 else 1
        size_b = b[dim_b] if dim_b >= 0 else 1
        if size_a != size_b and size_a != 1 and size_b != 1:
            raise RuntimeError(f'The size of tensor a ({size_a}) must match the size of tensor b ({size_b}) '
                               f'at non-singleton dimension {i}')
        out.append(size_b if size_a == 1 else size_a)
    return Size(out[::-1])
