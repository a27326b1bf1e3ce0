import torch
def e(label, f):
    try: r = f(); print(label, 'OK', repr(r))
    except Exception as ex: print(label, type(ex).__name__ + ':', ex)
x = torch.ones(2, 3)
e('contains', lambda: 'a' in x)
e('invert_float', lambda: ~torch.ones(2))
e('invert_long', lambda: ~torch.tensor([1, 2]))
e('repeat_few', lambda: x.repeat(2))
e('split_sizes', lambda: x.split([1, 1], 1))
e('div_mode', lambda: x.div(2, rounding_mode='x'))
def setgrad(): x.grad = 3
e('grad_set', setgrad)
def setdata(): x.data = 3
e('data_set', setdata)
def setgrad2(): x.grad = torch.ones(3)
e('grad_set_shape', setgrad2)
a = torch.ones(2, requires_grad=True)
e('backward_count', lambda: torch.autograd.backward([a * 2, a * 3], [torch.ones(2)]))
e('grad_count', lambda: torch.autograd.grad([a * 2, a * 3], [a], [torch.ones(2)]))
e('cat_tensor', lambda: torch.cat(x))
e('copy_int', lambda: x.copy_(3))
e('seed_float', lambda: torch.manual_seed(1.5))
class F(torch.autograd.Function):
    @staticmethod
    def forward(ctx, a, b): return a * b
    @staticmethod
    def backward(ctx, g): return g
e('fn_count', lambda: F.apply(a, torch.ones(2)).sum().backward())
b = torch.zeros(4)
b[1:3] = a * 2
print('copyslices', b.grad_fn.name(), b.grad_fn)
e('stack_tensor', lambda: torch.stack(x))
e('item_multi', lambda: x.item())
e('float_multi', lambda: float(x))
e('add_str', lambda: x.add('a'))
e('mul_str', lambda: x * 'a')
e('matmul_int', lambda: x @ 3)
e('unflatten', lambda: torch.ones(6).unflatten(0, (2, 3)).shape)
e('clamp_tensor', lambda: torch.arange(4.).clamp(torch.tensor(1.), torch.tensor(2.)))
e('tensor_str', lambda: torch.tensor('a'))
e('zeros_str', lambda: torch.zeros(2, 'a'))
e('view_dtype', lambda: x.view(torch.float32).shape)
e('int_conv', lambda: int(torch.tensor(2.7)))
e('index_float', lambda: x[1.0])
e('bool_index', lambda: x[True].shape)
e('new_zeros', lambda: x.new_zeros(2))
e('type_str', lambda: x.type('torch.DoubleTensor').dtype)
e('hook_ret', lambda: (lambda t: (t.register_hook(lambda g: 3), (t * 2).sum().backward()))(torch.ones(2, requires_grad=True)))
