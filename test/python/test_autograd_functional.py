"""Differential test of tnb's torch.autograd.functional / torch.autograd.gradcheck
ports against REAL PyTorch.

Run with an interpreter that has PyTorch installed:

    /usr/bin/python3 test/python/test_autograd_functional.py

The two tnb modules (kernel/python/torch/autograd/functional.py and
gradcheck.py) are loaded by file path while `torch` is the real torch, and every
case is run once with PyTorch's implementation and once with ours. Compared:
result structure (tuple nesting, tensor shapes, dtypes, requires_grad,
grad_fn present or not), values (torch.allclose), exception type + message,
and the warnings raised. A few extra cases check our documented deviations
(vectorize=True, forward AD) and a static check verifies that the ported
modules only touch the torch surface that the tnb engine provides.

Prints `N passed, N failed` last and exits non-zero if anything failed.
"""

import ast
import importlib.util
import os
import sys
import traceback
import warnings

import torch
import torch.autograd.functional as ref_functional

# `torch.autograd.gradcheck` is shadowed by the function of the same name.
ref_gradcheck = sys.modules["torch.autograd.gradcheck"]

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
FUNCTIONAL_PATH = os.path.join(ROOT, "kernel", "python", "torch", "autograd", "functional.py")
GRADCHECK_PATH = os.path.join(ROOT, "kernel", "python", "torch", "autograd", "gradcheck.py")


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


my_functional = _load("tnb_autograd_functional", FUNCTIONAL_PATH)
my_gradcheck = _load("tnb_autograd_gradcheck", GRADCHECK_PATH)


class Impl:
    def __init__(self, name, functional, gradcheck_mod):
        self.name = name
        for fn in ("jacobian", "hessian", "vjp", "jvp", "vhp", "hvp"):
            setattr(self, fn, getattr(functional, fn))
        self.gradcheck = gradcheck_mod.gradcheck
        self.gradgradcheck = gradcheck_mod.gradgradcheck
        self.GradcheckError = gradcheck_mod.GradcheckError


REF = Impl("pytorch", ref_functional, ref_gradcheck)
MINE = Impl("tnb", my_functional, my_gradcheck)

D = torch.float64


# ---------------------------------------------------------------------------
# running and comparing

def run(case, impl):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            value = case(impl)
            outcome = ("ok", value)
        except Exception as e:  # noqa: BLE001 - we compare exceptions
            outcome = ("err", e)
    msgs = [str(w.message) for w in caught]
    return outcome, msgs


def describe(x):
    if isinstance(x, torch.Tensor):
        return "Tensor(shape=%s, dtype=%s, requires_grad=%s, grad_fn=%s)" % (
            tuple(x.shape), x.dtype, x.requires_grad, type(x.grad_fn).__name__ if x.grad_fn else None)
    if isinstance(x, (tuple, list)):
        return "%s[%s]" % (type(x).__name__, ", ".join(describe(e) for e in x))
    return repr(x)


def compare_values(a, b, path="result"):
    """Returns a list of differences between a (reference) and b (ours)."""
    diffs = []
    if isinstance(a, torch.Tensor) or isinstance(b, torch.Tensor):
        if not (isinstance(a, torch.Tensor) and isinstance(b, torch.Tensor)):
            return ["%s: %s vs %s" % (path, describe(a), describe(b))]
        if tuple(a.shape) != tuple(b.shape):
            diffs.append("%s: shape %s vs %s" % (path, tuple(a.shape), tuple(b.shape)))
        if a.dtype != b.dtype:
            diffs.append("%s: dtype %s vs %s" % (path, a.dtype, b.dtype))
        if a.requires_grad != b.requires_grad:
            diffs.append("%s: requires_grad %s vs %s" % (path, a.requires_grad, b.requires_grad))
        if (a.grad_fn is None) != (b.grad_fn is None):
            diffs.append("%s: grad_fn %s vs %s" % (path, a.grad_fn, b.grad_fn))
        if not diffs and not torch.allclose(a.detach(), b.detach(), rtol=1e-6, atol=1e-9, equal_nan=True):
            diffs.append("%s: values differ\n  ref: %s\n  got: %s" % (path, a.detach(), b.detach()))
        return diffs
    if isinstance(a, (tuple, list)) or isinstance(b, (tuple, list)):
        if type(a) is not type(b):
            return ["%s: %s vs %s" % (path, describe(a), describe(b))]
        if len(a) != len(b):
            return ["%s: length %d vs %d" % (path, len(a), len(b))]
        for i, (ea, eb) in enumerate(zip(a, b)):
            diffs += compare_values(ea, eb, "%s[%d]" % (path, i))
        return diffs
    if a != b:
        diffs.append("%s: %r vs %r" % (path, a, b))
    return diffs


def compare(ref_run, my_run):
    (ref_outcome, ref_warn), (my_outcome, my_warn) = ref_run, my_run
    diffs = []
    if ref_outcome[0] != my_outcome[0]:
        diffs.append("outcome: %s vs %s" % (fmt_outcome(ref_outcome), fmt_outcome(my_outcome)))
    elif ref_outcome[0] == "ok":
        diffs += compare_values(ref_outcome[1], my_outcome[1])
    else:
        re_, me = ref_outcome[1], my_outcome[1]
        if type(re_).__name__ != type(me).__name__:
            diffs.append("exception type: %s vs %s" % (type(re_).__name__, type(me).__name__))
        for base in (RuntimeError, TypeError, ValueError, NotImplementedError, AssertionError):
            if isinstance(re_, base) != isinstance(me, base):
                diffs.append("exception base %s: %s vs %s" % (base.__name__, type(re_).__mro__, type(me).__mro__))
        if str(re_) != str(me):
            diffs.append("exception message:\n  ref: %r\n  got: %r" % (str(re_), str(me)))
    if ref_warn != my_warn:
        diffs.append("warnings:\n  ref: %r\n  got: %r" % (ref_warn, my_warn))
    return diffs


def fmt_outcome(o):
    if o[0] == "ok":
        return "returned " + describe(o[1])
    return "raised %s: %s" % (type(o[1]).__name__, o[1])


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# ---------------------------------------------------------------------------
# inputs (deterministic)

def vec(*shape, dtype=D, requires_grad=False, offset=0.0):
    n = 1
    for s in shape:
        n *= s
    t = (torch.arange(n, dtype=dtype) * 0.37 + 0.2 + offset).sin().reshape(shape)
    return t.clone().requires_grad_(requires_grad)


# ---------------------------------------------------------------------------
# jacobian

@case
def jacobian_single_in_single_out(F):
    return F.jacobian(lambda x: x.exp().sum(dim=1) * 2, vec(2, 3))


@case
def jacobian_tuple_in_single_out(F):
    return F.jacobian(lambda x, y: 2 * x.exp() + 3 * y * x, (vec(3), vec(3, offset=1.0)))


@case
def jacobian_single_in_tuple_out(F):
    return F.jacobian(lambda x: (x ** 2, x.sum(), x.sin().reshape(3, 1)), vec(3))


@case
def jacobian_tuple_in_tuple_out(F):
    return F.jacobian(lambda x, y: (x * y, (x ** 3).sum() + y.sum()),
                      (vec(2, 2), vec(2, 2, offset=0.5)))


@case
def jacobian_scalar_input_and_output(F):
    return F.jacobian(lambda x: x.sin() * x, vec(1).reshape(()))


@case
def jacobian_independent_input_gives_zeros(F):
    return F.jacobian(lambda x, y: x.cos() * 3, (vec(3), vec(2)))


@case
def jacobian_strict_independent_input(F):
    return F.jacobian(lambda x, y: x.cos() * 3, (vec(3), vec(2)), strict=True)


@case
def jacobian_strict_output_without_grad(F):
    return F.jacobian(lambda x: torch.ones(3, dtype=D), vec(3), strict=True)


@case
def jacobian_nonstrict_output_without_grad(F):
    return F.jacobian(lambda x: torch.ones(3, dtype=D), vec(3))


@case
def jacobian_strict_create_graph_linear(F):
    return F.jacobian(lambda x: x * 2, vec(3), create_graph=True, strict=True)


@case
def jacobian_create_graph_then_differentiate(F):
    x = vec(3, requires_grad=True)
    jac = F.jacobian(lambda t: t.sin() * t, x, create_graph=True)
    (g,) = torch.autograd.grad(jac.sum(), x)
    return jac, g


@case
def jacobian_create_graph_tuple_then_differentiate(F):
    x = vec(2, requires_grad=True)
    y = vec(2, offset=1.0, requires_grad=True)
    jac = F.jacobian(lambda a, b: (a * b * b, (a ** 3).sum()), (x, y), create_graph=True)
    total = jac[0][0].sum() + jac[0][1].sum() * 2 + jac[1][0].sum()
    return jac, torch.autograd.grad(total, (x, y))


@case
def jacobian_no_create_graph_detaches(F):
    x = vec(3, requires_grad=True)
    return F.jacobian(lambda t: t ** 2, x)


@case
def jacobian_output_int_type_error(F):
    return F.jacobian(lambda x: 3, vec(3))


@case
def jacobian_output_tuple_with_int_error(F):
    return F.jacobian(lambda x: (x * 2, 3), vec(3))


@case
def jacobian_inputs_list_error(F):
    return F.jacobian(lambda x: x * 2, [vec(3)])


@case
def jacobian_inputs_tuple_with_float_error(F):
    return F.jacobian(lambda x, y: x * y, (vec(3), 2.0))


@case
def jacobian_bad_strategy(F):
    return F.jacobian(lambda x: x * 2, vec(3), strategy="sideways")


@case
def jacobian_forward_mode_not_vectorized(F):
    return F.jacobian(lambda x: x * 2, vec(3), strategy="forward-mode")


@case
def jacobian_forward_mode_create_graph(F):
    return F.jacobian(lambda x: x * 2, vec(3), strategy="forward-mode", create_graph=True)


@case
def jacobian_forward_mode_strict(F):
    return F.jacobian(lambda x: x * 2, vec(3), strategy="forward-mode", strict=True)


@case
def jacobian_vectorize_strict(F):
    return F.jacobian(lambda x: x * 2, vec(3), vectorize=True, strict=True)


@case
def jacobian_under_no_grad(F):
    with torch.no_grad():
        return F.jacobian(lambda x: x.exp() * x, vec(2, 2))


@case
def jacobian_captured_input_not_differentiated(F):
    # issue 32576: the input captured by the closure is not the one differentiated
    x = vec(3, requires_grad=True)
    return F.jacobian(lambda t: t * x, x)


# ---------------------------------------------------------------------------
# hessian

@case
def hessian_single(F):
    return F.hessian(lambda x: (x ** 3).sum(), vec(2, 2))


@case
def hessian_tuple(F):
    return F.hessian(lambda x, y: (2 * x ** 2 + 3 * y ** 2 + x * y.sum()).sum(), (vec(2), vec(2, offset=1.0)))


@case
def hessian_tuple_linear_input(F):
    return F.hessian(lambda x, y: (x ** 2).sum() + y.sum(), (vec(2), vec(3)))


@case
def hessian_create_graph_then_differentiate(F):
    x = vec(3, requires_grad=True)
    h = F.hessian(lambda t: (t ** 3).sum() + t.prod(), x, create_graph=True)
    return h, torch.autograd.grad(h.sum(), x)


@case
def hessian_strict_linear(F):
    return F.hessian(lambda x: (x * 2).sum(), vec(3), strict=True)


@case
def hessian_strict_quadratic_create_graph(F):
    return F.hessian(lambda x: (x ** 2).sum(), vec(3), strict=True, create_graph=True)


@case
def hessian_nonscalar_output(F):
    return F.hessian(lambda x: x ** 2, vec(3))


@case
def hessian_tuple_output(F):
    return F.hessian(lambda x: ((x ** 2).sum(), x.sum()), vec(3))


@case
def hessian_single_element_output_shape_1(F):
    return F.hessian(lambda x: (x ** 3).sum().reshape(1, 1), vec(2))


@case
def hessian_forward_mode_not_vectorized(F):
    return F.hessian(lambda x: (x ** 3).sum(), vec(2), outer_jacobian_strategy="forward-mode")


# ---------------------------------------------------------------------------
# vjp

@case
def vjp_single(F):
    return F.vjp(lambda x: x.exp().sum(dim=1), vec(4, 4), vec(4, offset=2.0))


@case
def vjp_tuple(F):
    return F.vjp(lambda x, y: (2 * x + 3 * y, x * y), (vec(2), vec(2, offset=1.0)),
                 (torch.ones(2, dtype=D), vec(2, offset=3.0)))


@case
def vjp_v_none_single_element(F):
    return F.vjp(lambda x: (x ** 2).sum(), vec(3))


@case
def vjp_v_none_nonscalar_error(F):
    return F.vjp(lambda x: x ** 2, vec(3))


@case
def vjp_v_wrong_size(F):
    return F.vjp(lambda x: x ** 2, vec(3), vec(4))


@case
def vjp_v_wrong_size_tuple_entry(F):
    return F.vjp(lambda x: (x ** 2, x), vec(3), (vec(3), vec(2)))


@case
def vjp_v_wrong_tuple_length(F):
    return F.vjp(lambda x: (x ** 2, x), vec(3), (vec(3),))


@case
def vjp_v_tuple_for_single_output(F):
    return F.vjp(lambda x: x ** 2, vec(3), (vec(3), vec(3)))


@case
def vjp_v_wrong_type(F):
    return F.vjp(lambda x: x ** 2, vec(3), 1.0)


@case
def vjp_strict_independent(F):
    return F.vjp(lambda x, y: x ** 2, (vec(3), vec(3)), vec(3), strict=True)


@case
def vjp_nonstrict_independent(F):
    return F.vjp(lambda x, y: x ** 2, (vec(3), vec(3)), vec(3))


@case
def vjp_create_graph_then_differentiate(F):
    x = vec(3, requires_grad=True)
    v = vec(3, offset=1.0, requires_grad=True)
    out, g = F.vjp(lambda t: t.sin() * t, x, v, create_graph=True)
    return out, g, torch.autograd.grad(g.sum() + out.sum(), (x, v))


@case
def vjp_strict_create_graph_linear(F):
    return F.vjp(lambda x: x * 2, vec(3), vec(3), create_graph=True, strict=True)


@case
def vjp_under_no_grad(F):
    with torch.no_grad():
        return F.vjp(lambda x: x.exp(), vec(3), vec(3))


# ---------------------------------------------------------------------------
# jvp

@case
def jvp_single(F):
    return F.jvp(lambda x: x.exp().sum(dim=1), vec(4, 4), vec(4, 4, offset=1.0))


@case
def jvp_tuple(F):
    return F.jvp(lambda x, y: (2 * x + 3 * y, (x * y).sum()), (vec(2), vec(2, offset=1.0)),
                 (torch.ones(2, dtype=D), vec(2, offset=2.0)))


@case
def jvp_v_none_scalar_input(F):
    return F.jvp(lambda x: x * vec(3), vec(1))


@case
def jvp_v_none_error(F):
    return F.jvp(lambda x: x * 2, vec(3))


@case
def jvp_v_wrong_tuple_length(F):
    return F.jvp(lambda x, y: x * y, (vec(3), vec(3)), (vec(3),))


@case
def jvp_strict_independent_input(F):
    return F.jvp(lambda x, y: x ** 2, (vec(3), vec(3)), (vec(3), vec(3)), strict=True)


@case
def jvp_nonstrict_output_without_grad(F):
    return F.jvp(lambda x: (x ** 2, torch.ones(2, dtype=D)), vec(3), vec(3))


@case
def jvp_strict_output_without_grad(F):
    return F.jvp(lambda x: (x ** 2, torch.ones(2, dtype=D)), vec(3), vec(3), strict=True)


@case
def jvp_create_graph_then_differentiate(F):
    x = vec(3, requires_grad=True)
    v = vec(3, offset=1.0, requires_grad=True)
    out, j = F.jvp(lambda t: t.sin() * t, x, v, create_graph=True)
    return out, j, torch.autograd.grad(j.sum(), (x, v))


# ---------------------------------------------------------------------------
# vhp / hvp

@case
def vhp_single(F):
    return F.vhp(lambda x: (x ** 3).sum(), vec(2, 2), vec(2, 2, offset=1.0))


@case
def vhp_tuple(F):
    return F.vhp(lambda x, y: (2 * x ** 2 + 3 * y ** 2 + x * y).sum(), (vec(2), vec(2, offset=1.0)),
                 (torch.zeros(2, dtype=D), torch.ones(2, dtype=D)))


@case
def vhp_v_none_scalar_input(F):
    return F.vhp(lambda x: (x ** 3).sum(), vec(1))


@case
def vhp_nonscalar_output(F):
    return F.vhp(lambda x: x ** 3, vec(2), vec(2))


@case
def vhp_strict_linear(F):
    return F.vhp(lambda x: (x * 2).sum(), vec(2), vec(2), strict=True)


@case
def vhp_create_graph_then_differentiate(F):
    x = vec(3, requires_grad=True)
    out, r = F.vhp(lambda t: (t ** 3).sum() + (t.sin() * t).sum(), x, vec(3, offset=1.0), create_graph=True)
    return out, r, torch.autograd.grad(r.sum(), x)


@case
def hvp_single(F):
    return F.hvp(lambda x: (x ** 3).sum(), vec(2, 2), vec(2, 2, offset=1.0))


@case
def hvp_tuple(F):
    return F.hvp(lambda x, y: (2 * x ** 2 + 3 * y ** 2 + x * y).sum(), (vec(2), vec(2, offset=1.0)),
                 (torch.zeros(2, dtype=D), torch.ones(2, dtype=D)))


@case
def hvp_tuple_output_error(F):
    return F.hvp(lambda x: ((x ** 3).sum(), x.sum()), vec(2), vec(2))


@case
def hvp_strict_linear(F):
    return F.hvp(lambda x: (x * 2).sum(), vec(2), vec(2), strict=True)


@case
def hvp_strict_quadratic(F):
    return F.hvp(lambda x: (x ** 2).sum(), vec(2), vec(2), strict=True)


@case
def hvp_create_graph_then_differentiate(F):
    x = vec(3, requires_grad=True)
    v = vec(3, offset=1.0, requires_grad=True)
    out, r = F.hvp(lambda t: (t ** 3).sum() + (t.sin() * t).sum(), x, v, create_graph=True)
    return out, r, torch.autograd.grad(r.sum() + out, (x, v))


@case
def hvp_independent_input_zeros(F):
    return F.hvp(lambda x, y: (x ** 3).sum(), (vec(2), vec(3)), (vec(2), vec(3)))


# ---------------------------------------------------------------------------
# gradcheck / gradgradcheck

class WrongBackward(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x ** 2

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        return grad_output * 3 * x  # should be 2 * x


class NotMultipliedByGradOutput(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x ** 2

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        g = grad_output * 2 * x
        if grad_output.abs().max().item() == 0:
            g = g + 1
        return g


class DetachedBackward(torch.autograd.Function):
    # first derivative right, second derivative wrong (x is treated as a constant)
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x ** 3

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        return grad_output * 3 * x.detach() ** 2


def make_nondeterministic():
    calls = [0]

    class Nondeterministic(torch.autograd.Function):
        @staticmethod
        def forward(ctx, x):
            return x * 2

        @staticmethod
        def backward(ctx, grad_output):
            calls[0] += 1
            return grad_output * (2 + 1e-3 * calls[0])
    return Nondeterministic


@case
def gradcheck_pass_single(F):
    return F.gradcheck(lambda x: x.sin() * x.exp(), vec(2, 3, requires_grad=True))


@case
def gradcheck_pass_tuple_inputs_outputs(F):
    x = vec(3, requires_grad=True)
    y = vec(2, offset=1.0, requires_grad=True)
    z = vec(2, offset=2.0)  # does not require grad
    return F.gradcheck(lambda a, k, b, c: (a.sum() * b * k + c, (a ** 2).reshape(3, 1) * c.sum()),
                       (x, 2.5, y, z))


@case
def gradcheck_pass_list_inputs(F):
    return F.gradcheck(lambda a, b: a * b, [vec(3, requires_grad=True), vec(3, offset=1.0, requires_grad=True)])


@case
def gradcheck_same_tensor_twice(F):
    x = vec(3, requires_grad=True)
    return F.gradcheck(lambda a, b: a * b.exp(), (x, x))


@case
def gradcheck_wrong_custom_backward(F):
    return F.gradcheck(WrongBackward.apply, (vec(3, requires_grad=True),))


@case
def gradcheck_wrong_custom_backward_second_input(F):
    return F.gradcheck(lambda a, b: (a * 2, WrongBackward.apply(b) + a.sum()),
                       (vec(2, requires_grad=True), vec(2, offset=1.0, requires_grad=True)))


@case
def gradcheck_wrong_no_raise(F):
    return F.gradcheck(WrongBackward.apply, (vec(3, requires_grad=True),), raise_exception=False)


@case
def gradcheck_float32_warning_and_failure(F):
    x = vec(3, dtype=torch.float32, requires_grad=True)
    return F.gradcheck(lambda t: t.exp() * 3, (x,))


@case
def gradcheck_float32_no_raise(F):
    x = vec(3, dtype=torch.float32, requires_grad=True)
    return F.gradcheck(lambda t: t * 3, (x,), raise_exception=False, atol=1e-2, rtol=1e-2)


@case
def gradcheck_no_input_requires_grad(F):
    return F.gradcheck(lambda t: t * 3, (vec(3),))


@case
def gradcheck_no_differentiable_output_nonzero(F):
    return F.gradcheck(lambda t: t.detach() * 2, (vec(3, requires_grad=True),))


@case
def gradcheck_no_differentiable_output_zero(F):
    return F.gradcheck(lambda t: torch.zeros(3, dtype=D) + t.detach() * 0, (vec(3, requires_grad=True),))


@case
def gradcheck_partial_nondifferentiable_output(F):
    return F.gradcheck(lambda t: (t * 2, t.detach()), (vec(3, requires_grad=True),))


@case
def gradcheck_backward_not_multiplied_by_grad_output(F):
    return F.gradcheck(NotMultipliedByGradOutput.apply, (vec(3, requires_grad=True),),
                       check_undefined_grad=False)


@case
def gradcheck_not_reentrant(F):
    return F.gradcheck(make_nondeterministic().apply, (vec(2, requires_grad=True),))


@case
def gradcheck_not_reentrant_with_tolerance(F):
    return F.gradcheck(make_nondeterministic().apply, (vec(2, requires_grad=True),),
                       nondet_tol=1.0, atol=1e-1)


@case
def gradcheck_fast_mode_and_batched_grad(F):
    return F.gradcheck(lambda x: (x ** 2).sum(dim=0), (vec(2, 2, requires_grad=True),),
                       fast_mode=True, check_batched_grad=True)


@case
def gradcheck_tolerances(F):
    # tiny tolerances make a correct function fail on finite-difference error
    return F.gradcheck(lambda x: x.exp() * 1e3, (vec(3, requires_grad=True),), atol=0.0, rtol=1e-14)


@case
def gradcheck_assert_no_backward(F):
    return F.gradcheck(lambda x: x, (vec(3, requires_grad=True),), check_backward_ad=False)


@case
def gradgradcheck_pass_with_grad_outputs(F):
    x = vec(2, 2, requires_grad=True)
    go = vec(2, 2, offset=3.0, requires_grad=True)
    return F.gradgradcheck(lambda t: t.sin() * t ** 2, (x,), (go,))


@case
def gradgradcheck_pass_random_grad_outputs(F):
    x = vec(3, requires_grad=True)
    y = vec(3, offset=1.0, requires_grad=True)
    return F.gradgradcheck(lambda a, b: (a * b.exp(), (a ** 3).sum()), (x, y))


@case
def gradgradcheck_wrong_double_backward(F):
    x = vec(3, requires_grad=True)
    go = vec(3, offset=2.0, requires_grad=True)
    return F.gradgradcheck(DetachedBackward.apply, (x,), (go,))


@case
def gradgradcheck_wrong_no_raise(F):
    x = vec(3, requires_grad=True)
    return F.gradgradcheck(DetachedBackward.apply, (x,), raise_exception=False)


# ---------------------------------------------------------------------------
# checks of our documented deviations (not differential)

def expect_raise(exc_type, fragment, fn):
    try:
        fn()
    except exc_type as e:
        if fragment in str(e):
            return []
        return ["%s raised without %r in the message: %s" % (exc_type.__name__, fragment, e)]
    except Exception as e:  # noqa: BLE001
        return ["expected %s, got %s: %s" % (exc_type.__name__, type(e).__name__, e)]
    return ["expected %s, nothing raised" % exc_type.__name__]


def own_vectorize_jacobian():
    return expect_raise(NotImplementedError, "vectorize",
                        lambda: MINE.jacobian(lambda x: x * 2, vec(3), vectorize=True))


def own_vectorize_hessian():
    return expect_raise(NotImplementedError, "vectorize",
                        lambda: MINE.hessian(lambda x: (x ** 3).sum(), vec(3), vectorize=True))


def own_vectorize_forward_mode():
    return expect_raise(NotImplementedError, "vectorize",
                        lambda: MINE.jacobian(lambda x: x * 2, vec(3), vectorize=True, strategy="forward-mode"))


def own_check_forward_ad():
    return expect_raise(NotImplementedError, "check_forward_ad",
                        lambda: MINE.gradcheck(lambda x: x * 2, (vec(3, requires_grad=True),),
                                               check_forward_ad=True))


def own_check_fwd_over_rev():
    return expect_raise(NotImplementedError, "check_fwd_over_rev",
                        lambda: MINE.gradgradcheck(lambda x: x ** 2, (vec(3, requires_grad=True),),
                                                   check_fwd_over_rev=True))


def own_gradcheck_error_class():
    errs = []
    if not issubclass(my_gradcheck.GradcheckError, RuntimeError):
        errs.append("GradcheckError is not a RuntimeError subclass")
    for name in ("gradcheck", "gradgradcheck", "GradcheckError"):
        if name not in my_gradcheck.__all__:
            errs.append("%s not exported" % name)
    return errs


def own_gradcheck_does_not_modify_inputs():
    x = vec(2, 2, requires_grad=True)
    before = x.detach().clone()
    MINE.gradcheck(lambda t: t.exp(), (x,))
    return [] if torch.equal(before, x.detach()) and x.grad is None else ["input was modified"]


# The torch surface the tnb engine provides (see the brief of these modules).
ALLOWED_TORCH_ATTRS = {
    "autograd", "no_grad", "enable_grad", "is_grad_enabled", "zeros", "zeros_like", "ones_like",
    "stack", "cat", "Tensor", "allclose", "float64",
}
ALLOWED_AUTOGRAD_ATTRS = {"grad"}
# Tensor methods / attributes of the surface, plus the plain-Python names used.
ALLOWED_METHODS = {
    "shape", "dtype", "numel", "dim", "requires_grad", "requires_grad_", "detach", "clone", "view",
    "reshape", "contiguous", "sum", "abs", "max", "item", "tolist", "is_floating_point", "grad_fn", "to",
    # python
    "append", "format", "copy", "pop", "items", "uniform", "warn", "nullcontext", "abc", "Iterable",
    "Random",
}
FORBIDDEN_MODULES = {"numpy", "torch._C", "torch._vmap_internals", "torch.testing", "torch.overrides"}


def surface_check(path):
    tree = ast.parse(open(path).read(), path)
    errs = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
            for n in names:
                if any(n == m or n.startswith(m + ".") for m in FORBIDDEN_MODULES):
                    errs.append("line %d imports %s" % (node.lineno, n))
                if isinstance(node, ast.ImportFrom) and n.startswith("torch"):
                    errs.append("line %d: from-import of torch (%s); use `import torch`" % (node.lineno, n))
        if isinstance(node, ast.Attribute):
            base = node.value
            if isinstance(base, ast.Name) and base.id == "torch":
                if node.attr not in ALLOWED_TORCH_ATTRS:
                    errs.append("line %d uses torch.%s" % (node.lineno, node.attr))
            elif (isinstance(base, ast.Attribute) and isinstance(base.value, ast.Name)
                  and base.value.id == "torch" and base.attr == "autograd"):
                if node.attr not in ALLOWED_AUTOGRAD_ATTRS:
                    errs.append("line %d uses torch.autograd.%s" % (node.lineno, node.attr))
            elif node.attr not in ALLOWED_METHODS:
                errs.append("line %d uses .%s" % (node.lineno, node.attr))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "getattr":
            errs.append("line %d uses getattr (hides the surface used)" % node.lineno)
        if isinstance(node, ast.Constant) and isinstance(node.value, complex):
            errs.append("line %d uses a complex literal" % node.lineno)
    return errs


OWN_CHECKS = [
    own_vectorize_jacobian, own_vectorize_hessian, own_vectorize_forward_mode,
    own_check_forward_ad, own_check_fwd_over_rev, own_gradcheck_error_class,
    own_gradcheck_does_not_modify_inputs,
    lambda: surface_check(FUNCTIONAL_PATH),
    lambda: surface_check(GRADCHECK_PATH),
]
OWN_CHECK_NAMES = [
    "own_vectorize_jacobian", "own_vectorize_hessian", "own_vectorize_forward_mode",
    "own_check_forward_ad", "own_check_fwd_over_rev", "own_gradcheck_error_class",
    "own_gradcheck_does_not_modify_inputs",
    "surface_check functional.py", "surface_check gradcheck.py",
]


def main():
    verbose = "-v" in sys.argv
    passed = failed = 0
    for c in CASES:
        try:
            diffs = compare(run(c, REF), run(c, MINE))
        except Exception:  # noqa: BLE001
            diffs = ["harness error:\n" + traceback.format_exc()]
        if diffs:
            failed += 1
            print("FAIL %s" % c.__name__)
            for d in diffs:
                print("    " + d.replace("\n", "\n    "))
        else:
            passed += 1
            if verbose:
                print("ok   %s" % c.__name__)
    for name, check in zip(OWN_CHECK_NAMES, OWN_CHECKS):
        try:
            errs = check()
        except Exception:  # noqa: BLE001
            errs = ["error:\n" + traceback.format_exc()]
        if errs:
            failed += 1
            print("FAIL %s" % name)
            for e in errs:
                print("    " + e.replace("\n", "\n    "))
        else:
            passed += 1
            if verbose:
                print("ok   %s" % name)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
