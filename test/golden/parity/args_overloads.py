import torch

# Arguments that fit none of an overloaded op's signatures get PyTorch's argument-parser text: the types given, each
# signature, and (for the signatures that take that many arguments) which ones did not fit. Method and function forms
# list different signatures; aliases (greater, not_equal, multiply, divide, subtract, ...) name themselves. A number
# in front: torch.pow(2, x) is pow(Scalar self, Tensor exponent); add/sub/mul/div/floor_divide take it as a tensor.
a = torch.ones(2)
n = torch.arange(3)
g = torch.tensor([1., 2.], requires_grad=True)
calls = [
    "a.eq('x')", "torch.eq(a, 'x')", "a.eq(other='x')", "torch.eq(a, other=None)", "a.eq(None)", "a.eq((1,))",
    "a.eq(1, 2)", "a.eq(1, other=2)", "a.eq()", "a.eq(foo=1)", "a.eq([a])", "torch.eq('x', a)", "torch.eq(2, a)",
    "torch.eq(a)", "a.ne('x')", "a.lt('x')", "torch.le(a, 'x')", "a.gt(None)", "torch.ge(a, [1])", "a.le(a, 'x')",
    "a.greater('x')", "torch.greater_equal(a, 'x')", "a.less('x')", "torch.less_equal(a, 'x')", "a.not_equal('x')",
    "a.floor_divide('x')", "torch.floor_divide(a, 'x')", "torch.floor_divide(a, other='x')",
    "a.floor_divide(other=a, foo=1)", "a.remainder('x')", "torch.remainder(a, 'x')", "torch.remainder(2, 'x')",
    "torch.remainder('x', a)", "torch.remainder(a, a, a)", "a.pow('x')", "a.pow(exponent='x')", "torch.pow(a, 'x')",
    "torch.pow(2, 'x')", "torch.pow('x', a)", "a.fmod('x')", "torch.fmod(a, 'x')", "a.true_divide('x')",
    "torch.true_divide(a, 'x')", "a.subtract('x')", "torch.subtract(a, 'x')", "a.multiply('x')",
    "torch.multiply(a, 'x')", "a.divide('x')", "torch.divide(a, 'x')", "a.divide('x', 'y', 'z')",
    "a.divide('x', rounding_mode='floor')", "torch.divide(a, 'x', rounding_mode='floor')", "torch.rsub(a, 'x')",
    "a.lerp('x')", "a.lerp(a, 'x')", "torch.lerp(a, 'x')", "torch.lerp(a, a, 'x')", "a.logical_and('x')",
    "torch.logical_or(a, 'x')", "a.logical_xor(None)", "hasattr(a, 'rsub')", "torch.sub(2, 'x')", "torch.add('x', a)",
    "a.sub('x')", "a.div('x')", "a.mul('x')", "a.add('x')",
]
for c in calls:
    try:
        print(c, '->', repr(eval(c)))
    except TypeError as e:
        print(c, '-> TypeError:', repr(str(e)))

# the calls that work
for c in ["torch.pow(2, a)", "torch.pow(2.5, n)", "torch.remainder(5, n + 2)", "torch.floor_divide(7, n + 1)",
          "torch.add(2, a)", "torch.add(2, n)", "torch.add(2.5, n)", "torch.mul(True, n)", "torch.div(2, n)",
          "torch.multiply(2, a)", "torch.true_divide(2, n)", "torch.add(2, 3)", "torch.add(2.5, torch.tensor(1))",
          "torch.sub(2, torch.tensor(1))", "torch.mul(True, torch.tensor(True))", "a.eq(True)",
          "a.divide(a, rounding_mode='floor')", "a.subtract(a, alpha=2)", "a.lerp(a * 3, 0.5)", "a.pow(exponent=2)",
          "torch.greater(a, 0)"]:
    r = eval(c)
    print(c, '->', r, r.dtype)
for c in ["torch.pow(2, g)", "2 ** g", "torch.pow(2.0, g)", "torch.sub(1, g, alpha=2)", "torch.div(1, g)",
          "torch.add(1, g)", "torch.mul(3, g)"]:
    g.grad = None
    r = eval(c)
    print(c, '->', r)
    if r.requires_grad:
        r.sum().backward()
        print('  grad', g.grad)
# a Number parameter is never shown as fitting (the parser's type table lacks the name): lerp('x', 0.5) marks the 0.5
for bad in (lambda: a.lerp('x', 0.5), lambda: a.lerp('x', 1), lambda: a.lerp_('x', 0.5)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
