"""The program corpus replayed by test/unit/programs.test.ts (fixtures written by gen_programs.py).

A program is {"name": str, "steps": [step, ...]}. Steps run in order against one variable environment.

Values (arguments, kwargs, data):
  JSON number / bool / null      a Python int / float / bool / None (gen_programs.py writes a float whose
                                 value is integral or non-finite as {"float": 2.0} / {"float": "nan"|"inf"|"-inf"},
                                 so that the TypeScript side can tell 2.0 from 2)
  "$x"                           the variable x;  "$x.attr": an attribute of it (grad, data, T, grad_fn,
                                 is_leaf, requires_grad, shape, dtype)
  [v, ...]                       a Python list of values (shapes, nested data, lists of tensors)
  {"dtype": "float64"}           torch.float64 (float32 / float64 / int64 / bool)

Step kinds (every step may carry "raises": true; such a step must raise, and must be the program's last step):
  {"call": "mul", "on": "$x", "args": [...], "kwargs": {...}, "let": "y"}
        method call x.mul(*args, **kwargs) (torch.<call> when "on" is absent; "autograd.grad" is allowed);
        "let" is optional; a list of names unpacks a tuple result ("let": ["v", "i"]).
  {"getitem": "$x", "index": [item, ...], "let": "y"}     y = x[item, ...]  (x[item] for a single item)
  {"setitem": "$x", "index": [item, ...], "value": v}     x[item, ...] = v
        index items: int, {"slice": [start, stop, step]} (nulls allowed), null (None), "..." (Ellipsis),
        "$t" (a bool mask or an int64 index tensor)
  {"setattr": "$x", "attr": "requires_grad" | "grad", "value": v}
  {"hook": "$x", "mul": 2}                  x.register_hook(lambda g: g * 2)
  {"hook": "$x", "save": "hg"}              x.register_hook(lambda g: env.__setitem__("hg", g))  (returns None)
  {"no_grad": [step, ...]}                  with torch.no_grad(): ...
  {"record": [value, ...]}                  record the values (see gen_programs.py for the recorded form)

Inputs are explicit literals or arange/linspace based: no random functions here.
"""

F32 = {"dtype": "float32"}
F64 = {"dtype": "float64"}
I64 = {"dtype": "int64"}
BOOL = {"dtype": "bool"}
ELL = "..."
NAN = float("nan")
INF = float("inf")

PROGRAMS = []


def sl(start=None, stop=None, step=None):
    return {"slice": [start, stop, step]}


def _target(t):
    """'y = x.mul' / 'x.backward' / 'a, b = x.max' / 'g, = torch.autograd.grad' → (let, on, call)."""
    let = None
    if "=" in t:
        lhs, t = [s.strip() for s in t.split("=", 1)]
        if "," in lhs:
            let = [n.strip() for n in lhs.split(",") if n.strip()]
        else:
            let = lhs
    if t.startswith("torch."):
        return let, None, t[len("torch."):]
    on, call = t.split(".", 1)
    return let, "$" + on, call


def C(target, *args, **kwargs):
    let, on, call = _target(target)
    step = {"call": call}
    if on is not None:
        step["on"] = on
    if args:
        step["args"] = list(args)
    if kwargs:
        step["kwargs"] = kwargs
    if let is not None:
        step["let"] = let
    return step


def T(name, data, dtype=None, rg=False):
    """name = torch.tensor(data, dtype=dtype, requires_grad=rg)."""
    kw = {}
    if dtype is not None:
        kw["dtype"] = dtype
    if rg:
        kw["requires_grad"] = True
    return C(f"{name} = torch.tensor", data, **kw)


def G(target, *index):
    let, src = [s.strip() for s in target.split("=", 1)]
    return {"getitem": "$" + src, "index": list(index), "let": let}


def S(var, index, value):
    return {"setitem": "$" + var, "index": list(index), "value": value}


def SETATTR(target, value):
    var, attr = target.split(".", 1)
    return {"setattr": "$" + var, "attr": attr, "value": value}


def HOOK(var, mul=None, save=None):
    step = {"hook": "$" + var}
    if mul is not None:
        step["mul"] = mul
    if save is not None:
        step["save"] = save
    return step


def NOGRAD(*steps):
    return {"no_grad": list(steps)}


def R(*names):
    """Record variables / attributes: R('y', 'x.grad', 'y.grad_fn')."""
    return {"record": ["$" + n for n in names]}


def E(step):
    return {**step, "raises": True}


def P(name, *steps):
    PROGRAMS.append({"name": name, "steps": list(steps)})


def nest(flat, shape):
    if not shape:
        return flat[0]
    n = len(flat) // shape[0]
    return [nest(flat[i * n:(i + 1) * n], shape[1:]) for i in range(shape[0])]


def numel(shape):
    n = 1
    for s in shape:
        n *= s
    return n


def seq(shape, start=-1.0, step=0.375):
    """Nested float literal of the given shape: start, start+step, ... (exact binary fractions)."""
    return nest([start + step * i for i in range(numel(shape))], shape)


def gout(shape):
    """A deterministic, non-uniform gradient literal for backward(gradient)."""
    flat = [0.25 * ((i * 7) % 11) - 1.0 for i in range(numel(shape))]
    return nest(flat, shape)


def GRAD(name, leaves, body, out, shape, extra=()):
    """Leaves (name, data) as float64 requires_grad tensors; body computes `out` of the given shape; backward with
    an explicit gradient (or none for a 0-d output); record out, its grad_fn graph and every leaf's grad."""
    steps = [T(n, d, F64, rg=True) for n, d in leaves]
    steps += list(body)
    if shape == []:
        steps.append(C(f"{out}.backward"))
    else:
        steps.append(T("_g", gout(shape), F64))
        steps.append(C(f"{out}.backward", "$_g"))
    steps.append(R(out, f"{out}.grad_fn", *[f"{n}.grad" for n, _ in leaves], *extra))
    P(name, *steps)


# ================================================================================================================
# creation
# ================================================================================================================
P("create_tensor_ints", T("x", [[1, 2, 3], [4, 5, 6]]), R("x", "x.shape", "x.dtype"))
P("create_tensor_floats", T("x", [[1.5, -2.0], [0.25, 3.0]]), R("x"))
P("create_tensor_bools", T("x", [True, False, True]), R("x"))
P("create_tensor_int_float_mix", T("x", [1, 2.5, 3]), R("x"))
P("create_tensor_bool_int_mix", T("x", [True, 2, False]), R("x"))
P("create_tensor_bool_float_mix", T("x", [True, 0.5]), R("x"))
P("create_tensor_0d", T("a", 3.5), T("b", 7), T("c", True), T("d", -0.0), R("a", "b", "c", "d"))
P("create_tensor_dtype_f64", T("x", [1, 2, 3], F64), T("y", [0.1, 0.2], F64), R("x", "y"))
P("create_tensor_dtype_int64_trunc", T("x", [1.7, -2.7, 0.5], I64), R("x"))
P("create_tensor_dtype_bool", T("x", [0, 2, -1], BOOL), T("y", [0.0, 0.5], BOOL), R("x", "y"))
P("create_tensor_f32_rounding", T("x", [0.1, 1e-8, 3.141592653589793, 16777217.0, 1e38]), R("x"))
P("create_tensor_special_floats", T("x", [NAN, INF, -INF, -0.0, 1e-45]), T("y", [NAN, INF], F64), R("x", "y"))
P("create_tensor_empty_list", T("x", []), T("y", [[], []]), R("x", "y"))
P("create_tensor_3d", T("x", [[[1, 2], [3, 4]], [[5, 6], [7, 8]], [[9, 10], [11, 12]]]), R("x"))
P("create_tensor_ragged_error", E(T("x", [[1, 2], [3]])))
P("create_zeros_ones",
  C("a = torch.zeros", [2, 3]), C("b = torch.ones", [3]), C("c = torch.zeros", []), C("d = torch.ones", [2, 0]),
  R("a", "b", "c", "d"))
P("create_zeros_ones_dtypes",
  C("a = torch.zeros", [2], dtype=I64), C("b = torch.ones", [2, 2], dtype=BOOL), C("c = torch.zeros", [1, 2], dtype=F64),
  C("d = torch.ones", [3], dtype=F64, requires_grad=True), R("a", "b", "c", "d"))
P("create_empty_shape_only", C("e = torch.empty", [2, 3]), C("f = torch.empty", [4], dtype=I64),
  R("e.shape", "e.dtype", "f.shape", "f.dtype"))
P("create_full",
  C("a = torch.full", [2, 2], 7), C("b = torch.full", [2], 2.5), C("c = torch.full", [2], True),
  C("d = torch.full", [2], 7, dtype=F64), C("e = torch.full", [3], -1.0), C("f = torch.full", [1], 3.9, dtype=I64),
  R("a", "b", "c", "d", "e", "f"))
P("create_arange_int",
  C("a = torch.arange", 5), C("b = torch.arange", 1, 4), C("c = torch.arange", 10, 0, -3), C("d = torch.arange", -3, 3, 2),
  C("e = torch.arange", 0), R("a", "b", "c", "d", "e"))
P("create_arange_float",
  C("a = torch.arange", 0, 1, 0.25), C("b = torch.arange", 0.5, 3), C("c = torch.arange", 1, 2.5, 0.5),
  C("d = torch.arange", 5, dtype=F64), C("e = torch.arange", 0.0, 1.0, 0.1), C("f = torch.arange", 3, dtype=F32),
  R("a", "b", "c", "d", "e", "f"))
P("create_arange_f64_fraction", C("a = torch.arange", -1.0, 1.0, 0.3, dtype=F64), R("a"))
P("create_arange_bad_sign", E(C("a = torch.arange", 0, 5, -1)))
P("create_linspace",
  C("a = torch.linspace", 0, 1, 5), C("b = torch.linspace", -1, 1, 7, dtype=F64), C("c = torch.linspace", 0, 10, 1),
  C("d = torch.linspace", 3, 3, 4), C("e = torch.linspace", 0, 1, 0), C("f = torch.linspace", 0.0, 1.0, 11),
  C("g = torch.linspace", 10, -10, 6), R("a", "b", "c", "d", "e", "f", "g"))
P("create_eye",
  C("a = torch.eye", 3), C("b = torch.eye", 2, 4), C("c = torch.eye", 3, dtype=I64), C("d = torch.eye", 3, 2, dtype=F64),
  R("a", "b", "c", "d"))
P("create_like",
  T("x", [[1, 2, 3], [4, 5, 6]]), C("a = torch.zeros_like", "$x"), C("b = torch.ones_like", "$x"),
  C("c = torch.full_like", "$x", 2.7), C("d = torch.zeros_like", "$x", dtype=F64), C("e = torch.ones_like", "$x", dtype=BOOL),
  C("f = torch.full_like", "$x", 1.5, dtype=F32), R("a", "b", "c", "d", "e", "f"))
P("create_like_float_requires_grad",
  T("x", [1.0, 2.0], F64), C("a = torch.ones_like", "$x", requires_grad=True), C("b = torch.zeros_like", "$x"),
  R("a", "b"))
P("create_requires_grad_flags",
  T("x", [1.0, 2.0], rg=True), C("y = torch.ones", [2], requires_grad=True), T("z", [1.0, 2.0]),
  R("x", "y", "z", "x.is_leaf", "x.requires_grad", "z.requires_grad"))
P("create_requires_grad_int_error", E(T("x", [1, 2], rg=True)))

# ================================================================================================================
# type promotion
# ================================================================================================================
P("promote_int_tensor_times_float", T("x", [1, 2, 3]), C("y = x.mul", 2.5), C("z = x.mul", 2), R("y", "z"))
P("promote_int_plus_float_tensor", T("x", [1, 2, 3]), T("f", [0.5, 0.25, 0.125]), C("y = x.add", "$f"), R("y"))
P("promote_int_plus_f64_tensor", T("x", [1, 2, 3]), T("f", [0.5, 0.25, 0.125], F64), C("y = x.add", "$f"), R("y"))
P("promote_bool_plus_int", T("b", [True, False, True]), T("i", [10, 20, 30]), C("y = b.add", "$i"), C("z = b.add", 1),
  C("w = b.mul", 1.5), R("y", "z", "w"))
P("promote_bool_plus_bool", T("a", [True, False, True, False]), T("b", [True, True, False, False]), C("y = a.add", "$b"),
  C("z = a.mul", "$b"), R("y", "z"))
P("promote_f32_plus_f64", T("a", [0.1, 0.2]), T("b", [0.1, 0.2], F64), C("y = a.add", "$b"), C("z = b.sub", "$a"), R("y", "z"))
P("promote_dim_f32_vs_0d_f64", T("a", [1.5, 2.5]), T("s", 0.1, F64), C("y = a.mul", "$s"), C("z = s.mul", "$a"), R("y", "z"))
P("promote_dim_int_vs_0d_f64", T("a", [1, 2]), T("s", 1.5, F64), C("y = a.add", "$s"), R("y"))
P("promote_dim_int_vs_0d_int_and_float", T("a", [1, 2]), T("s", 3), T("f", 0.5), C("y = a.mul", "$s"), C("z = a.mul", "$f"),
  R("y", "z"))
P("promote_0d_vs_0d", T("a", 1), T("b", 2.5), T("c", 2.5, F64), C("y = a.add", "$b"), C("z = b.add", "$c"), R("y", "z"))
P("promote_dim_bool_vs_0d_int", T("a", [True, False]), T("s", 5), C("y = a.add", "$s"), R("y"))
P("promote_f64_tensor_python_scalars", T("a", [1.0, 2.0], F64), C("y = a.mul", 3), C("z = a.add", 0.1), R("y", "z"))
P("promote_f32_tensor_python_float", T("a", [1.0, 2.0]), C("y = a.add", 0.1), C("z = a.mul", 1e-3), R("y", "z"))
P("promote_int_div_int", T("a", [1, 2, 3, -7]), T("b", [2, 2, 2, 2]), C("y = a.div", "$b"), C("z = a.div", 4), R("y", "z"))
P("promote_int_div_zero", T("a", [1, 0, -1]), T("b", [0, 0, 0]), C("y = a.div", "$b"), R("y"))
P("promote_comparisons_bool",
  T("a", [1, 2, 3]), T("f", [1.5, 2.0, 2.5]),
  C("lt = a.lt", "$f"), C("eq = a.eq", "$f"), C("ge = a.ge", 2.0), C("ne = f.ne", 2), C("gt = f.gt", "$a"), C("le = a.le", 2),
  R("lt", "eq", "ge", "ne", "gt", "le"))
P("promote_int_pow", T("a", [2, 3, -2]), C("y = a.pow", 2), C("z = a.pow", 0.5), C("w = a.pow", "$a"), R("y", "z", "w"))
P("promote_int_pow_negative_error", T("a", [2, 3]), E(C("y = a.pow", -1)))
P("promote_unary_on_int",
  T("a", [-2, 0, 3]), C("e = a.exp"), C("s = a.sqrt"), C("b = a.abs"), C("n = a.neg"), C("r = a.relu"), C("g = a.sigmoid"),
  C("t = a.tanh"), R("e", "s", "b", "n", "r", "g", "t"))
P("promote_unary_on_bool", T("a", [True, False]), C("e = a.exp"), C("s = a.sin"), R("e", "s"))
P("promote_neg_bool_error", T("a", [True, False]), E(C("y = a.neg")))
P("promote_sum_int_bool", T("a", [[1, 2], [3, 4]]), T("b", [True, True, False]), C("s = a.sum"), C("t = b.sum"),
  C("u = a.sum", 1), C("p = b.prod"), C("m = a.max"), R("s", "t", "u", "p", "m"))
P("promote_mean_int_error", T("a", [1, 2, 3]), E(C("m = a.mean")))
P("promote_inplace_int_add_float_error", T("a", [1, 2, 3]), E(C("a.add_", 1.5)))
P("promote_inplace_float_add_int", T("a", [1.5, 2.5]), T("i", [1, 2]), C("a.add_", "$i"), C("a.mul_", 2), R("a"))
P("promote_where_int_float", T("c", [True, False, True]), T("a", [1, 2, 3]), T("b", [0.5, 0.25, 0.125]),
  C("y = torch.where", "$c", "$a", "$b"), R("y"))
P("promote_cat_int_float", T("a", [1, 2]), T("b", [0.5]), C("y = torch.cat", ["$a", "$b"]), R("y"))
P("promote_maximum_int_float", T("a", [1, 5]), T("b", [2.5, 0.5]), C("y = torch.maximum", "$a", "$b"),
  C("z = torch.minimum", "$a", "$b"), R("y", "z"))
P("promote_matmul_int", T("a", [[1, 2], [3, 4]]), T("b", [[5, 6], [7, 8]]), C("y = a.mm", "$b"), C("z = a.matmul", "$b"),
  R("y", "z"))
P("promote_mm_int_float_error", T("a", [[1, 2], [3, 4]]), T("b", [[0.5, 0.5], [1.5, 1.5]]), E(C("y = a.mm", "$b")))
P("promote_clamp_int", T("a", [-3, 0, 7]), C("y = a.clamp", 0, 5), R("y"))
P("promote_to_dtype", T("a", [1.7, -1.7, 0.0]), C("i = a.long"), C("b = a.bool"), C("d = a.double"), C("f = i.float"),
  R("i", "b", "d", "f"))

# ================================================================================================================
# views
# ================================================================================================================
P("view_basic", C("x = torch.arange", 6), C("a = x.view", 3, 2), C("b = x.view", -1), C("c = x.view", 2, -1),
  C("d = x.view", [1, 6]), R("a", "b", "c", "d", "a.shape"))
P("view_shares_storage", C("x = torch.arange", 6.0), C("v = x.view", 2, 3), C("v.add_", 1), C("x.mul_", 2), R("x", "v"))
P("view_size_error", C("x = torch.arange", 6), E(C("v = x.view", 4)))
P("view_noncontiguous_error", C("x = torch.arange", 6), C("v = x.view", 2, 3), C("t = v.t"), E(C("w = t.view", -1)))
P("reshape_noncontiguous_copies", C("x = torch.arange", 6), C("v = x.view", 2, 3), C("t = v.t"), C("r = t.reshape", -1),
  C("r.add_", 100), C("c = t.is_contiguous"), R("r", "x", "c"))
P("reshape_contiguous_is_view", C("x = torch.arange", 6), C("r = x.reshape", 3, 2), C("r.mul_", 10), R("x", "r"))
P("flatten_variants", C("x = torch.arange", 24), C("x3 = x.view", 2, 3, 4), C("a = x3.flatten"), C("b = x3.flatten", 1),
  C("c = x3.flatten", 0, 1), C("d = x3.flatten", -2, -1), R("a.shape", "b", "c.shape", "d.shape"))
P("squeeze_unsqueeze", C("x = torch.arange", 6), C("x3 = x.view", 1, 6, 1), C("a = x3.squeeze"), C("b = x3.squeeze", 0),
  C("c = x3.squeeze", 1), C("d = x3.squeeze", -1), C("e = x.unsqueeze", 0), C("f = x.unsqueeze", -1),
  C("g = x.unsqueeze", 1), R("a", "b.shape", "c.shape", "d.shape", "e.shape", "f.shape", "g.shape"))
P("squeeze_0d", T("x", 5.0), C("a = x.squeeze"), C("b = x.unsqueeze", 0), C("c = x.squeeze", 0), R("a", "b", "c"))
P("transpose_t_T_permute",
  C("x = torch.arange", 24), C("x3 = x.view", 2, 3, 4), C("a = x3.transpose", 0, 2), C("b = x3.permute", 2, 0, 1),
  C("c = x3.transpose", -1, 0), C("x2 = x.view", 4, 6), C("d = x2.t"), C("f = x3.permute", [1, 2, 0]),
  R("a", "b", "c", "d", "x2.T", "f"))
P("t_on_1d_and_0d", T("x", [1, 2, 3]), T("s", 3), C("a = x.t"), C("b = s.t"), R("a", "b"))
P("t_3d_error", C("x = torch.zeros", [2, 2, 2]), E(C("y = x.t")))
P("permute_error", C("x = torch.zeros", [2, 3]), E(C("y = x.permute", 0)))
P("transpose_dim_error", C("x = torch.zeros", [2, 3]), E(C("y = x.transpose", 0, 2)))
P("expand_variants",
  T("x", [[1, 2, 3, 4]]), C("a = x.expand", 3, 4), T("y", [[1], [2]]), C("b = y.expand", -1, 3), C("c = y.expand", 2, 2, 3),
  C("d = x.expand", [2, 4]), C("ac = a.is_contiguous"), R("a", "b", "c", "d", "ac"))
P("expand_error", T("x", [[1, 2], [3, 4]]), E(C("y = x.expand", 2, 3)))
P("contiguous_after_transpose",
  C("x = torch.arange", 6), C("v = x.view", 2, 3), C("t = v.t"), C("c0 = t.is_contiguous"), C("c = t.contiguous"),
  C("c1 = c.is_contiguous"), C("c.add_", 10), C("v2 = c.view", -1), R("c0", "c1", "v2", "x"))
P("view_dtype_preserved", C("x = torch.arange", 6, dtype=F64), C("v = x.view", 3, 2), C("b = x.gt", 2),
  C("bv = b.view", 2, 3), R("v", "bv"))

# indexing ------------------------------------------------------------------------------------------------------------
P("index_ints",
  C("x = torch.arange", 12), C("m = x.view", 3, 4), G("a = m", 1), G("b = m", -1), G("c = m", 1, 2), G("d = m", -1, -4),
  G("e = x", 5), R("a", "b", "c", "d", "e"))
P("index_slices",
  C("x = torch.arange", 10), G("a = x", sl(None, None, 2)), G("b = x", sl(1, 8, 3)), G("c = x", sl(-3)), G("d = x", sl(2, 100)),
  G("e = x", sl(5, 1)), G("f = x", sl(None, -2)), G("g = x", sl(-100, 3)), R("a", "b", "c", "d", "e", "f", "g"))
P("index_2d_slices",
  C("x = torch.arange", 20), C("m = x.view", 4, 5), G("a = m", sl(), 1), G("b = m", sl(1, 3), sl(None, None, 2)),
  G("c = m", sl(None, None, 3), -1), G("d = m", 2, sl(1, None)), R("a", "b", "c", "d"))
P("index_none_ellipsis",
  C("x = torch.arange", 24), C("m = x.view", 2, 3, 4), G("a = m", None), G("b = m", ELL, 0), G("c = m", sl(), None, sl()),
  G("d = m", 0, ELL, None), G("e = m", ELL), G("f = m", None, ELL, None), G("g = m", 1, ELL, sl(1, 3)),
  R("a.shape", "b", "c.shape", "d.shape", "e.shape", "f.shape", "g"))
P("index_bool_mask",
  C("x = torch.arange", 6), C("m = x.view", 2, 3), C("k = m.gt", 2), G("a = m", "$k"), T("rows", [True, False]),
  G("b = m", "$rows"), T("cols", [False, True, True]), G("c = m", sl(), "$cols"), R("a", "b", "c"))
P("index_bool_mask_all_false", C("x = torch.arange", 4.0), C("k = x.gt", 10), G("a = x", "$k"), R("a"))
P("index_int_tensor",
  C("x = torch.arange", 10, 20), T("i", [0, 3, 3, -1]), G("a = x", "$i"), T("i2", [[1, 2], [0, 9]]), G("b = x", "$i2"),
  R("a", "b"))
P("index_int_tensor_2d",
  C("x = torch.arange", 12), C("m = x.view", 3, 4), T("i", [2, 0]), G("a = m", "$i"), G("b = m", sl(), "$i"),
  G("c = m", "$i", 1), T("j", [1, 3]), G("d = m", "$i", "$j"), T("col", [[0], [2]]), G("e = m", "$col", "$j"),
  R("a", "b", "c", "d", "e"))
P("index_int_tensor_separated",
  C("x = torch.arange", 24), C("m = x.view", 2, 3, 4), T("i", [0, 1]), T("j", [3, 2]), G("a = m", "$i", sl(), "$j"),
  G("b = m", sl(), "$i", "$j"), G("c = m", 1, "$i"), R("a", "b", "c"))
P("index_out_of_range_int", C("x = torch.arange", 3), E(G("a = x", 5)))
P("index_out_of_range_negative", C("x = torch.arange", 6), C("m = x.view", 2, 3), E(G("a = m", 0, -4)))
P("index_out_of_range_tensor", C("x = torch.arange", 3), T("i", [0, 7]), E(G("a = x", "$i")))
P("index_too_many", C("x = torch.zeros", [2, 2]), E(G("a = x", 0, 0, 0)))
P("index_0d_error", T("x", 5), E(G("a = x", 0)))
P("index_0d_ellipsis_none", T("x", 5), G("a = x", ELL), G("b = x", None), R("a", "b"))
P("index_mask_shape_error", C("x = torch.arange", 6), C("m = x.view", 2, 3), T("k", [True, False, True]), E(G("a = m", "$k")))
P("index_view_shares_storage", C("x = torch.arange", 12.0), C("m = x.view", 3, 4), G("r = m", 1), G("c = m", sl(), 2),
  C("r.mul_", -1), C("c.add_", 100), R("x"))

# setitem --------------------------------------------------------------------------------------------------------------
P("setitem_int_scalar", C("x = torch.zeros", [2, 3]), S("x", [0], 5), S("x", [1, -1], 2.5), R("x"))
P("setitem_slice_tensor", C("x = torch.zeros", [3, 4]), T("v", [1.0, 2.0, 3.0]), S("x", [sl(), 1], "$v"),
  T("row", [9.0, 8.0, 7.0, 6.0]), S("x", [sl(1, 3)], "$row"), R("x"))
P("setitem_mask", C("x = torch.arange", 6.0), C("k = x.gt", 2), S("x", ["$k"], 0), R("x"))
P("setitem_mask_tensor_value", C("x = torch.arange", 6.0), C("k = x.lt", 2), T("v", [-1.0, -2.0]), S("x", ["$k"], "$v"), R("x"))
P("setitem_int_tensor", C("x = torch.zeros", [5]), T("i", [0, 3]), S("x", ["$i"], 1.5), T("j", [4]), T("v", [7.0]),
  S("x", ["$j"], "$v"), R("x"))
P("setitem_ellipsis_step", C("x = torch.zeros", [3, 4], dtype=I64), S("x", [ELL], 1), S("x", [sl(None, None, 2), sl(1, None, 2)], 7),
  R("x"))
P("setitem_int_tensor_float_value_truncates", C("x = torch.zeros", [3], dtype=I64), S("x", [1], 2.9), R("x"))
P("setitem_shape_error", C("x = torch.zeros", [3, 4]), T("v", [1.0, 2.0]), E(S("x", [0], "$v")))
P("setitem_through_view", C("x = torch.zeros", [2, 3]), C("v = x.t"), S("v", [0], 1.0), S("v", [sl(), 1], 2.0), R("x", "v"))

# ================================================================================================================
# pointwise
# ================================================================================================================
UNARY_IN = [-100.0, -2.5, -1.0, -0.0, 0.0, 0.25, 1.0, 3.0, 20.0, 100.0, INF, -INF, NAN]
UNARY = ["neg", "exp", "log", "sqrt", "abs", "sin", "cos", "tanh", "sigmoid", "relu"]
for op in UNARY:
    P(f"unary_{op}_f32", T("x", UNARY_IN), C(f"y = x.{op}"), C(f"z = torch.{op}", "$x"), R("y", "z"))
    P(f"unary_{op}_f64", T("x", UNARY_IN, F64), C(f"y = x.{op}"), R("y"))
P("unary_exp_f32_range", C("x = torch.linspace", -90, 90, 37), C("y = x.exp"), R("y"))
P("unary_sigmoid_tanh_f32_range", C("x = torch.linspace", -12, 12, 49), C("s = x.sigmoid"), C("t = x.tanh"), R("s", "t"))
P("unary_sin_cos_f32_range", C("x = torch.linspace", -10, 10, 41), C("s = x.sin"), C("c = x.cos"), C("l = x.abs"),
  C("q = l.sqrt"), C("g = l.log"), R("s", "c", "q", "g"))

A23 = [[1.5, -2.0, 0.0], [4.0, 0.5, -3.0]]
B3 = [2.0, -0.5, 3.0]
BINARY = ["add", "sub", "mul", "div", "pow", "maximum", "minimum"]
for op in BINARY:
    P(f"binary_{op}_broadcast",
      T("a", A23), T("b", B3), T("c", [[2.0], [-1.0]]), C(f"y = a.{op}", "$b"), C(f"z = torch.{op}", "$c", "$b"),
      C(f"w = b.{op}", "$a"), R("y", "z", "w"))
for op in ["add", "sub", "mul", "div", "pow"]:
    P(f"binary_{op}_scalar", T("a", A23), C(f"y = a.{op}", 2), C(f"z = a.{op}", -0.5), C(f"w = torch.{op}", "$a", 3.0),
      R("y", "z", "w"))
P("binary_add_sub_alpha", T("a", [1.0, 2.0]), T("b", [0.5, 0.25]), C("y = a.add", "$b", alpha=2), C("z = a.sub", "$b", alpha=-3),
  C("w = torch.add", "$a", "$b", alpha=0.5), R("y", "z", "w"))
P("binary_div_special", T("a", [1.0, -1.0, 0.0, INF]), T("b", [0.0, 0.0, 0.0, INF]), C("y = a.div", "$b"), R("y"))
P("binary_pow_special", T("a", [-2.0, 0.0, 0.0, -8.0, 4.0]), T("e", [0.5, 0.0, -1.0, 3.0, -0.5]), C("y = a.pow", "$e"),
  C("z = torch.pow", 2, "$e"), R("y", "z"))
P("binary_pow_scalar_base", T("e", [0, 1, 3]), C("y = torch.pow", 2, "$e"), C("z = torch.pow", 1.5, "$e"), R("y", "z"))
P("binary_broadcast_outer", T("a", [[1.0], [2.0], [3.0]]), T("b", [[10.0, 20.0]]), C("y = a.add", "$b"), C("z = a.mul", "$b"),
  R("y", "z"))
P("binary_broadcast_3d", C("x = torch.arange", 6.0), C("a = x.view", 2, 1, 3), C("y = torch.arange", 4.0), C("b = y.view", 4, 1),
  C("z = a.sub", "$b"), R("z"))
P("binary_broadcast_error", T("a", [1.0, 2.0, 3.0]), T("b", [1.0, 2.0]), E(C("y = a.add", "$b")))
P("binary_broadcast_error_2d", C("a = torch.zeros", [2, 3]), C("b = torch.zeros", [3, 2]), E(C("y = a.mul", "$b")))
P("binary_nan_maximum", T("a", [NAN, 1.0, 2.0]), T("b", [0.0, NAN, 1.0]), C("y = torch.maximum", "$a", "$b"),
  C("z = torch.minimum", "$a", "$b"), R("y", "z"))
P("binary_sub_bool_error", T("a", [True, False]), T("b", [True, True]), E(C("y = a.sub", "$b")))

P("clamp_variants",
  T("x", [-3.0, -1.0, 0.0, 0.5, 2.0, 7.0, NAN]), C("a = x.clamp", -1, 2), C("b = x.clamp", min=0), C("c = x.clamp", max=0.5),
  C("d = torch.clamp", "$x", -0.5, 0.5), C("e = x.clamp", None, 1), R("a", "b", "c", "d", "e"))
P("clamp_no_bounds_error", T("x", [1.0]), E(C("y = x.clamp")))
P("where_variants",
  T("c", [[True, False, True], [False, False, True]]), T("a", A23), T("b", B3), C("y = torch.where", "$c", "$a", "$b"),
  C("z = torch.where", "$c", "$a", 0.0), C("w = a.where", "$c", "$b"), R("y", "z", "w"))
P("where_cond_int_error", T("c", [1, 0]), T("a", [1.0, 2.0]), E(C("y = torch.where", "$c", "$a", "$a")))
P("comparisons_broadcast",
  T("a", A23), T("b", B3),
  C("eq = a.eq", "$b"), C("ne = a.ne", "$b"), C("lt = a.lt", "$b"), C("le = a.le", "$b"), C("gt = a.gt", "$b"), C("ge = a.ge", "$b"),
  C("e0 = a.eq", 0), C("tl = torch.lt", "$a", 1), R("eq", "ne", "lt", "le", "gt", "ge", "e0", "tl"))
P("comparisons_nan", T("a", [NAN, 1.0, INF]), T("b", [NAN, NAN, INF]), C("eq = a.eq", "$b"), C("ne = a.ne", "$b"),
  C("lt = a.lt", "$b"), C("ge = a.ge", "$b"), R("eq", "ne", "lt", "ge"))
P("comparisons_no_grad_flag", T("a", [1.0, 2.0], rg=True), C("y = a.gt", 1.5), R("y"))

# ================================================================================================================
# reductions
# ================================================================================================================
M34 = [[1.0, -2.0, 3.5, 0.0], [4.0, 4.0, -1.5, 2.0], [-0.5, 6.0, 1.0, 6.0]]
P("reduce_sum",
  T("x", M34), C("a = x.sum"), C("b = x.sum", 0), C("c = x.sum", 1, keepdim=True), C("d = x.sum", -1), C("e = x.sum", [0, 1]),
  C("f = torch.sum", "$x", 1), C("g = x.sum", dim=0, keepdim=True), R("a", "b", "c", "d", "e", "f", "g"))
P("reduce_mean",
  T("x", M34), C("a = x.mean"), C("b = x.mean", 0), C("c = x.mean", 1, True), C("d = x.mean", [-1, 0]), R("a", "b", "c", "d"))
P("reduce_sum_3d_dims", C("x = torch.arange", 24.0), C("m = x.view", 2, 3, 4), C("a = m.sum", [0, 2]), C("b = m.sum", [2, 0], True),
  C("c = m.mean", 1), R("a", "b", "c"))
P("reduce_max_min_full", T("x", M34), C("a = x.max"), C("b = x.min"), C("c = torch.max", "$x"), R("a", "b", "c"))
P("reduce_max_min_dim",
  T("x", M34), C("v, i = x.max", 1), C("v0, i0 = x.max", 0, keepdim=True), C("u, j = x.min", 1), C("u0, j0 = x.min", -2),
  C("t = torch.max", "$x", 1), R("v", "i", "v0", "i0", "u", "j", "u0", "j0", "t"))
P("reduce_max_ties_index", T("x", [[1.0, 3.0, 3.0, 0.0], [2.0, 2.0, 2.0, 2.0]]), C("v, i = x.max", 1), C("u, j = x.min", 1),
  C("am = x.argmax", 1), C("an = x.argmin", 1), R("v", "i", "u", "j", "am", "an"))
P("reduce_argmax_argmin", T("x", M34), C("a = x.argmax"), C("b = x.argmin"), C("c = x.argmax", 0), C("d = x.argmin", 1, keepdim=True),
  C("e = torch.argmax", "$x", dim=-1), R("a", "b", "c", "d", "e"))
P("reduce_max_nan", T("x", [1.0, NAN, 3.0]), C("a = x.max"), C("v, i = x.max", 0), C("s = x.sum"), R("a", "v", "i", "s"))
P("reduce_int_bool", T("x", [[3, -1, 4], [1, 5, 9]]), T("b", [[True, False], [True, True]]), C("a = x.max"), C("v, i = x.min", 1),
  C("s = x.sum", 0), C("p = x.prod", 1), C("bs = b.sum", 1), C("am = x.argmax"), R("a", "v", "i", "s", "p", "bs", "am"))
P("reduce_prod", T("x", [[1.5, -2.0, 0.5], [0.0, 3.0, 4.0]]), C("a = x.prod"), C("b = x.prod", 1), C("c = x.prod", 0, True),
  R("a", "b", "c"))
P("reduce_var_std",
  T("x", M34), C("a = x.var"), C("b = x.var", 1), C("c = x.var", 0, False), C("d = x.var", 1, keepdim=True),
  C("e = x.std"), C("f = x.std", 0), C("g = x.std", 1, False, True), C("h = x.var", unbiased=False), R("a", "b", "c", "d", "e", "f", "g", "h"))
P("reduce_var_single_element", T("x", [[2.0], [3.0]]), C("a = x.var", 1), C("b = x.std", 1), C("c = x.var", 1, False), R("a", "b", "c"))
P("reduce_var_f64", T("x", seq([5, 3], -2.0, 0.3), F64), C("a = x.var", 0), C("b = x.std"), R("a", "b"))
P("reduce_empty", C("x = torch.zeros", [0]), C("s = x.sum"), C("m = x.mean"), C("p = x.prod"), R("s", "m", "p"))
P("reduce_empty_max_error", C("x = torch.zeros", [0]), E(C("m = x.max")))
P("reduce_sum_dim_error", C("x = torch.zeros", [2, 3]), E(C("s = x.sum", 2)))
P("reduce_max_dim_error", C("x = torch.zeros", [2, 3]), E(C("v, i = x.max", -3)))
P("reduce_0d", T("x", 2.5), C("s = x.sum"), C("m = x.mean", 0), C("v, i = x.max", 0), C("a = x.argmax"), R("s", "m", "v", "i", "a"))
P("reduce_f32_accuracy", C("x = torch.linspace", 0, 1, 1001), C("s = x.sum"), C("m = x.mean"), C("v = x.var"), R("s", "m", "v"))

# ================================================================================================================
# linalg
# ================================================================================================================
P("linalg_mm", T("a", seq([2, 3], -1.0, 0.5)), T("b", seq([3, 4], 0.25, 0.25)), C("y = a.mm", "$b"), C("z = torch.mm", "$a", "$b"),
  R("y", "z"))
P("linalg_bmm", T("a", seq([2, 2, 3])), T("b", seq([2, 3, 2], 1.0, -0.25)), C("y = a.bmm", "$b"), C("z = torch.bmm", "$a", "$b"),
  R("y", "z"))
P("linalg_matmul_shapes",
  T("v3", [1.0, 2.0, 3.0]), T("w3", [0.5, -1.0, 2.0]), T("m23", seq([2, 3])), T("m34", seq([3, 4], 0.5, 0.125)),
  T("b234", seq([2, 3, 4], -2.0, 0.25)), T("w4", [1.0, -1.0, 0.5, 2.0]),
  C("a = v3.matmul", "$w3"), C("b = m23.matmul", "$v3"), C("c = v3.matmul", "$m34"), C("d = m23.matmul", "$m34"),
  C("e = m23.matmul", "$b234"), C("f = v3.matmul", "$b234"), C("g = torch.matmul", "$b234", "$w4"),
  R("a", "b", "c", "d", "e.shape", "e", "f", "g.shape"))
P("linalg_matmul_batched_broadcast",
  T("a", seq([2, 1, 2, 3])), T("b", seq([3, 3, 2], 0.5, 0.125)), C("y = a.matmul", "$b"),
  T("c", seq([4, 3, 2])), C("z = c.matmul", "$a"), R("y.shape", "y", "z.shape"))
P("linalg_dot_mv_outer", T("v", [1.0, 2.0, 3.0]), T("w", [0.5, -1.0, 2.0]), T("m", seq([2, 3])),
  C("d = v.dot", "$w"), C("e = torch.dot", "$w", "$v"), C("mv = m.mv", "$v"), C("o = v.outer", "$w"), C("o2 = torch.outer", "$w", "$v"),
  R("d", "e", "mv", "o", "o2"))
P("linalg_f64", T("a", seq([3, 3], 0.1, 0.1), F64), T("b", seq([3, 2], -0.3, 0.7), F64), C("y = a.mm", "$b"),
  C("z = a.matmul", "$a"), R("y", "z"))
P("linalg_mm_shape_error", C("a = torch.zeros", [2, 3]), C("b = torch.zeros", [2, 3]), E(C("y = a.mm", "$b")))
P("linalg_mm_dim_error", C("a = torch.zeros", [2, 3]), C("b = torch.zeros", [3]), E(C("y = a.mm", "$b")))
P("linalg_bmm_shape_error", C("a = torch.zeros", [2, 2, 3]), C("b = torch.zeros", [2, 2, 3]), E(C("y = a.bmm", "$b")))
P("linalg_matmul_shape_error", C("a = torch.zeros", [2, 3]), C("b = torch.zeros", [4, 2]), E(C("y = a.matmul", "$b")))
P("linalg_matmul_1d_error", C("a = torch.zeros", [3]), C("b = torch.zeros", [4]), E(C("y = a.matmul", "$b")))
P("linalg_dot_size_error", C("a = torch.zeros", [3]), C("b = torch.zeros", [4]), E(C("y = a.dot", "$b")))
P("linalg_dot_dtype_error", C("a = torch.zeros", [3]), C("b = torch.zeros", [3], dtype=F64), E(C("y = a.dot", "$b")))
P("linalg_mv_shape_error", C("a = torch.zeros", [2, 3]), C("b = torch.zeros", [2]), E(C("y = a.mv", "$b")))

# ================================================================================================================
# cat / stack / softmax
# ================================================================================================================
P("cat_dims", T("a", seq([2, 3])), T("b", seq([1, 3], 5.0)), T("c", seq([2, 2], 9.0)),
  C("x = torch.cat", ["$a", "$b"]), C("y = torch.cat", ["$a", "$c"], 1), C("z = torch.cat", ["$a", "$a", "$c"], -1),
  C("w = torch.cat", ["$a"], dim=0), R("x", "y", "z", "w"))
P("cat_legacy_empty", T("a", [1.0, 2.0]), C("e = torch.zeros", [0]), C("x = torch.cat", ["$a", "$e"]), C("m = a.view", 1, 2),
  C("y = torch.cat", ["$m", "$e"]), R("x", "y"))
P("cat_shape_error", C("a = torch.zeros", [2, 3]), C("b = torch.zeros", [2, 2]), E(C("x = torch.cat", ["$a", "$b"])))
P("cat_dim_error", C("a = torch.zeros", [2, 3]), E(C("x = torch.cat", ["$a", "$a"], 2)))
P("cat_empty_list_error", E(C("x = torch.cat", [])))
P("stack_dims", T("a", [1.0, 2.0, 3.0]), T("b", [4.0, 5.0, 6.0]), C("x = torch.stack", ["$a", "$b"]),
  C("y = torch.stack", ["$a", "$b"], 1), C("z = torch.stack", ["$a", "$b", "$a"], -1), C("m = x.view", 2, 3),
  C("w = torch.stack", ["$m", "$m"], 2), R("x", "y", "z", "w"))
P("stack_shape_error", C("a = torch.zeros", [2]), C("b = torch.zeros", [3]), E(C("x = torch.stack", ["$a", "$b"])))
P("softmax_dims", T("x", M34), C("a = x.softmax", 1), C("b = x.softmax", 0), C("c = x.log_softmax", -1), C("d = torch.softmax", "$x", 0),
  C("e = torch.log_softmax", "$x", 1), R("a", "b", "c", "d", "e"))
P("softmax_stability", T("x", [[1000.0, 1001.0, 1002.0], [-INF, 0.0, 1.0], [-1000.0, 0.0, 1000.0]]), C("a = x.softmax", 1),
  C("b = x.log_softmax", 1), R("a", "b"))
P("softmax_f64", T("x", seq([2, 5], -3.0, 0.7), F64), C("a = x.softmax", 1), C("b = x.log_softmax", 0), R("a", "b"))
P("softmax_int_error", T("x", [1, 2, 3]), E(C("y = x.softmax", 0)))
P("softmax_dim_error", T("x", [1.0, 2.0]), E(C("y = x.softmax", 1)))

# ================================================================================================================
# in-place
# ================================================================================================================
P("inplace_arith", T("x", [1.0, 2.0, 3.0]), T("y", [0.5, 0.25, 2.0]), C("x.add_", "$y"), C("x.sub_", 1), C("x.mul_", "$y"),
  C("x.div_", 2), C("x.add_", "$y", alpha=10), C("x.sub_", "$y", alpha=0.5), R("x"))
P("inplace_returns_self", T("x", [1.0, 2.0]), C("y = x.add_", 1), C("y.mul_", 3), R("x", "y"))
P("inplace_broadcast", C("x = torch.zeros", [2, 3]), T("r", [1.0, 2.0, 3.0]), C("x.add_", "$r"), T("c", [[10.0], [20.0]]),
  C("x.mul_", "$c"), R("x"))
P("inplace_broadcast_error", C("x = torch.zeros", [3]), C("y = torch.zeros", [2, 3]), E(C("x.add_", "$y")))
P("inplace_int_div_error", T("x", [1, 2, 3]), E(C("x.div_", 2)))
P("inplace_zero_fill", T("x", [[1.0, 2.0], [3.0, 4.0]]), C("r = x.select", 0, 1), C("r.fill_", 7), C("a = x.clone"), C("x.zero_"),
  T("i", [1, 2]), C("i.fill_", 2.9), T("b", [True, False]), C("b.fill_", 1), R("a", "x", "i", "b"))
P("inplace_fill_tensor", C("x = torch.zeros", [3]), T("v", 2.5), C("x.fill_", "$v"), R("x"))
P("inplace_copy", C("x = torch.zeros", [2, 3]), T("s", [1.5, -2.5, 3.5]), C("x.copy_", "$s"), T("i", [[1, 2, 3], [4, 5, 6]]),
  C("f = torch.zeros", [2, 3], dtype=F64), C("f.copy_", "$i"), C("k = torch.zeros", [3], dtype=I64), C("k.copy_", "$s"),
  R("x", "f", "k"))
P("inplace_copy_shape_error", C("x = torch.zeros", [3]), C("s = torch.zeros", [4]), E(C("x.copy_", "$s")))
P("inplace_clamp", T("x", [-2.0, 0.5, 3.0]), C("x.clamp_", -1, 1), T("y", [-2.0, 0.5, 3.0]), C("y.clamp_", min=0), R("x", "y"))
P("inplace_on_view_updates_base", C("x = torch.zeros", [3, 3]), C("d = x.t"), G("r = d", 1), C("r.add_", 5),
  G("c = x", sl(), 0), C("c.sub_", 1), R("x"))
P("inplace_unary", T("x", [0.5, 1.0, 2.0]), C("x.exp_"), C("x.log_"), C("x.sqrt_"), C("x.neg_"), R("x"))

# ================================================================================================================
# autograd
# ================================================================================================================
# grads of every differentiable op -------------------------------------------------------------------------------------
POS = [[0.5, 1.25, 2.0], [3.0, 0.75, 1.5]]
MIXED = [[-1.5, -0.25, 0.0], [0.5, 1.0, 2.5]]
for op in UNARY:
    data = POS if op in ("log", "sqrt") else MIXED
    GRAD(f"grad_{op}", [("x", data)], [C(f"y = x.{op}")], "y", [2, 3])
GRAD("grad_abs_relu_at_zero", [("x", [-1.0, 0.0, 2.0])], [C("a = x.abs"), C("r = x.relu"), C("y = a.add", "$r")], "y", [3])
GRAD("grad_sqrt_at_zero", [("x", [0.0, 4.0])], [C("y = x.sqrt")], "y", [2])
GRAD("grad_log_at_zero", [("x", [0.0, 2.0])], [C("y = x.log")], "y", [2])
for op in BINARY:
    a = POS if op == "pow" else A23
    GRAD(f"grad_{op}_broadcast", [("a", a), ("b", B3)], [C(f"y = a.{op}", "$b")], "y", [2, 3])
GRAD("grad_add_sub_alpha", [("a", [1.0, 2.0]), ("b", [3.0, 4.0])], [C("y = a.add", "$b", alpha=3), C("z = y.sub", "$a", alpha=0.5)],
     "z", [2])
GRAD("grad_scalar_ops", [("a", MIXED)], [C("y = a.mul", 3), C("z = y.add", 1.5), C("w = z.div", 4), C("v = w.sub", 2),
                                          C("u = v.pow", 2)], "u", [2, 3])
GRAD("grad_rsub_rdiv_rpow", [("a", POS)], [C("y = torch.pow", 2.0, "$a"), C("z = torch.div", 1.0, "$a"), C("w = torch.sub", 5.0, "$a"),
                                           C("s = y.add", "$z"), C("t = s.add", "$w")], "t", [2, 3])
GRAD("grad_pow_zero_base", [("a", [0.0, 0.0, 2.0]), ("e", [2.0, 0.0, 0.5])], [C("y = a.pow", "$e")], "y", [3])
GRAD("grad_maximum_ties", [("a", [1.0, 2.0, 3.0]), ("b", [1.0, 3.0, 2.0])],
     [C("y = torch.maximum", "$a", "$b"), C("z = torch.minimum", "$a", "$b"), C("w = y.mul", "$z")], "w", [3])
GRAD("grad_broadcast_both", [("a", [[1.0], [2.0]]), ("b", [[0.5, -1.0, 2.0]])], [C("y = a.mul", "$b"), C("z = y.add", "$a")],
     "z", [2, 3])
GRAD("grad_same_leaf_twice", [("a", [1.0, -2.0, 3.0])], [C("y = a.mul", "$a"), C("z = y.add", "$a")], "z", [3])
GRAD("grad_clamp", [("x", [-3.0, -1.0, 0.0, 0.5, 2.0, 7.0])], [C("y = x.clamp", -1, 2)], "y", [6])
GRAD("grad_clamp_min_only", [("x", [-3.0, 0.0, 2.0])], [C("y = x.clamp", min=0)], "y", [3])
GRAD("grad_where", [("a", A23), ("b", B3)], [T("c", [[True, False, True], [False, False, True]]), C("y = torch.where", "$c", "$a", "$b")],
     "y", [2, 3])
GRAD("grad_sum_dims", [("x", M34)], [C("a = x.sum", 1), C("b = x.sum", 0, True), C("c = b.sum"), C("y = a.mul", "$c")], "y", [3])
GRAD("grad_sum_full", [("x", M34)], [C("y = x.sum")], "y", [])
GRAD("grad_mean", [("x", M34)], [C("a = x.mean", 0), C("b = x.mean"), C("y = a.add", "$b")], "y", [4])
GRAD("grad_mean_keepdim", [("x", M34)], [C("y = x.mean", 1, True)], "y", [3, 1])
GRAD("grad_max_full_ties", [("x", [[1.0, 6.0, 6.0], [0.0, 6.0, 2.0]])], [C("y = x.max")], "y", [])
GRAD("grad_min_full", [("x", [[1.0, 6.0, -6.0], [0.0, 6.0, 2.0]])], [C("y = x.min")], "y", [])
GRAD("grad_max_dim", [("x", M34)], [C("v, i = x.max", 1)], "v", [3], extra=("i",))
GRAD("grad_min_dim_keepdim", [("x", M34)], [C("v, i = x.min", 0, True)], "v", [1, 4], extra=("i",))
GRAD("grad_prod", [("x", [[1.5, -2.0, 0.5], [2.0, 3.0, 4.0]])], [C("y = x.prod")], "y", [])
GRAD("grad_prod_dim", [("x", [[1.5, -2.0, 0.5], [2.0, 3.0, 4.0]])], [C("y = x.prod", 1)], "y", [2])
GRAD("grad_prod_one_zero", [("x", [2.0, 0.0, 3.0])], [C("y = x.prod")], "y", [])
GRAD("grad_prod_two_zeros", [("x", [2.0, 0.0, 0.0])], [C("y = x.prod")], "y", [])
GRAD("grad_prod_dim_zero", [("x", [[2.0, 0.0, 3.0], [1.0, 2.0, 3.0]])], [C("y = x.prod", 1)], "y", [2])
GRAD("grad_var", [("x", M34)], [C("y = x.var", 1)], "y", [3])
GRAD("grad_var_full_biased", [("x", M34)], [C("y = x.var", unbiased=False)], "y", [])
GRAD("grad_std", [("x", M34)], [C("y = x.std", 0)], "y", [4])
GRAD("grad_std_full", [("x", M34)], [C("y = x.std")], "y", [])
GRAD("grad_mm", [("a", seq([2, 3])), ("b", seq([3, 4], 0.5, 0.25))], [C("y = a.mm", "$b")], "y", [2, 4])
GRAD("grad_bmm", [("a", seq([2, 2, 3])), ("b", seq([2, 3, 2], 1.0, -0.25))], [C("y = a.bmm", "$b")], "y", [2, 2, 2])
GRAD("grad_matmul_1d_1d", [("a", [1.0, 2.0, 3.0]), ("b", [0.5, -1.0, 2.0])], [C("y = a.matmul", "$b")], "y", [])
GRAD("grad_matmul_2d_1d", [("a", seq([2, 3])), ("b", [0.5, -1.0, 2.0])], [C("y = a.matmul", "$b")], "y", [2])
GRAD("grad_matmul_1d_2d", [("a", [0.5, -1.0, 2.0]), ("b", seq([3, 2]))], [C("y = a.matmul", "$b")], "y", [2])
GRAD("grad_matmul_batched_broadcast", [("a", seq([2, 1, 2, 3])), ("b", seq([3, 3, 2], 0.5, 0.125))], [C("y = a.matmul", "$b")],
     "y", [2, 3, 2, 2])
GRAD("grad_matmul_3d_2d", [("a", seq([2, 2, 3])), ("b", seq([3, 2], 0.5, 0.125))], [C("y = a.matmul", "$b")], "y", [2, 2, 2])
GRAD("grad_matmul_1d_3d", [("a", [0.5, -1.0, 2.0]), ("b", seq([2, 3, 2]))], [C("y = a.matmul", "$b")], "y", [2, 2])
GRAD("grad_dot", [("a", [1.0, 2.0, 3.0]), ("b", [0.5, -1.0, 2.0])], [C("y = a.dot", "$b")], "y", [])
GRAD("grad_mv", [("m", seq([2, 3])), ("v", [0.5, -1.0, 2.0])], [C("y = m.mv", "$v")], "y", [2])
GRAD("grad_outer", [("a", [1.0, 2.0]), ("b", [0.5, -1.0, 2.0])], [C("y = a.outer", "$b")], "y", [2, 3])
GRAD("grad_cat", [("a", seq([2, 3])), ("b", seq([2, 1], 4.0))], [C("y = torch.cat", ["$a", "$b", "$a"], 1)], "y", [2, 7])
GRAD("grad_stack", [("a", [1.0, 2.0]), ("b", [3.0, 4.0])], [C("y = torch.stack", ["$a", "$b"], 1)], "y", [2, 2])
GRAD("grad_softmax", [("x", seq([2, 4], -1.0, 0.6))], [C("y = x.softmax", 1)], "y", [2, 4])
GRAD("grad_softmax_dim0", [("x", seq([3, 2], -1.0, 0.6))], [C("y = x.softmax", 0)], "y", [3, 2])
GRAD("grad_log_softmax", [("x", seq([2, 4], -1.0, 0.6))], [C("y = x.log_softmax", -1)], "y", [2, 4])
GRAD("grad_view_reshape", [("x", seq([2, 3]))], [C("a = x.view", 3, 2), C("b = a.reshape", 6), C("y = b.mul", "$b")], "y", [6])
GRAD("grad_reshape_noncontiguous", [("x", seq([2, 3]))], [C("t = x.t"), C("y = t.reshape", -1)], "y", [6])
GRAD("grad_flatten_squeeze_unsqueeze", [("x", seq([1, 3, 1]))], [C("a = x.squeeze"), C("b = a.unsqueeze", 0), C("c = b.flatten"),
                                                                  C("d = x.squeeze", 2), C("y = c.add", "$d")], "y", [1, 3])
GRAD("grad_transpose_permute", [("x", seq([2, 3, 4]))], [C("a = x.transpose", 0, 2), C("y = a.permute", 1, 0, 2)], "y", [3, 4, 2])
GRAD("grad_t", [("x", seq([2, 3]))], [C("y = x.t")], "y", [3, 2])
GRAD("grad_T", [("x", seq([2, 3]))], [{"call": "mul", "on": "$x.T", "args": [2], "let": "y"}], "y", [3, 2])
GRAD("grad_expand", [("x", [[1.0], [2.0]])], [C("y = x.expand", 2, 3)], "y", [2, 3])
GRAD("grad_expand_new_dims", [("x", [1.0, 2.0])], [C("y = x.expand", 3, 2)], "y", [3, 2])
GRAD("grad_contiguous", [("x", seq([2, 3]))], [C("t = x.t"), C("y = t.contiguous")], "y", [3, 2])
GRAD("grad_getitem_int", [("x", seq([3, 4]))], [G("y = x", 1)], "y", [4])
GRAD("grad_getitem_slice_step", [("x", seq([3, 4]))], [G("y = x", sl(None, None, 2), sl(1, None, 2))], "y", [2, 2])
GRAD("grad_getitem_none_ellipsis", [("x", seq([2, 3]))], [G("y = x", None, ELL, 1)], "y", [1, 2])
GRAD("grad_getitem_mask", [("x", seq([2, 3]))], [C("k = x.gt", 0), G("y = x", "$k")], "y", [3])
GRAD("grad_getitem_int_tensor_dup", [("x", [1.0, 2.0, 3.0, 4.0])], [T("i", [0, 2, 0, -1]), G("y = x", "$i")], "y", [4])
GRAD("grad_getitem_2d_tensors", [("x", seq([3, 4]))], [T("i", [0, 2, 2]), T("j", [1, 1, 3]), G("y = x", "$i", "$j")], "y", [3])
GRAD("grad_setitem_nonleaf", [("x", [1.0, 2.0, 3.0]), ("v", [10.0])],
     [C("y = x.mul", 2), S("y", [1], "$v"), C("z = y.mul", "$y")], "z", [3])
GRAD("grad_setitem_mask_nonleaf", [("x", seq([2, 3]))], [C("y = x.mul", 1), C("k = x.lt", 0), S("y", ["$k"], 0.0)], "y", [2, 3])
GRAD("grad_setitem_slice_tensor", [("x", seq([2, 3])), ("r", [7.0, 8.0])],
     [C("y = x.clone"), S("y", [sl(), 0], "$r")], "y", [2, 3])
GRAD("grad_clone", [("x", [1.0, 2.0])], [C("y = x.clone")], "y", [2])
GRAD("grad_select_narrow", [("x", seq([3, 4]))], [C("a = x.select", 1, 2), C("b = x.narrow", 0, 1, 2), C("c = b.sum", 1),
                                                   G("a2 = a", sl(1, 3)), C("y = c.mul", "$a2")], "y", [2])
GRAD("grad_inplace_chain", [("x", [1.0, 2.0, 3.0])],
     [C("y = x.mul", 2), C("y.add_", 1), C("y.mul_", "$x"), C("y.div_", 2), C("y.sub_", "$x", alpha=2), C("y.clamp_", 0, 5)],
     "y", [3])
GRAD("grad_inplace_unary", [("x", [0.5, 1.0, 2.0])], [C("y = x.mul", 1), C("y.sin_"), C("z = y.mul", 2), C("z.exp_"),
                                                    C("w = y.add", "$z")], "w", [3])
P("ag_inplace_unary_saved_error", T("x", [0.5, 1.0, 2.0], F64, rg=True), C("y = x.mul", 1), C("y.exp_"), C("y.sigmoid_"),
  C("s = y.sum"), E(C("s.backward")))
GRAD("grad_inplace_on_view", [("x", seq([2, 3]))], [C("y = x.mul", 1), G("r = y", 0), C("r.mul_", 10)], "y", [2, 3], extra=("r.grad_fn",))
GRAD("grad_inplace_zero_fill", [("x", seq([2, 2]))], [C("y = x.mul", 3), G("r = y", 1), C("r.zero_"), G("c = y", sl(), 0),
                                                       C("c.fill_", 2)], "y", [2, 2])
GRAD("grad_inplace_copy", [("x", [1.0, 2.0]), ("s", [5.0, 6.0])], [C("y = x.mul", 1), C("y.copy_", "$s")], "y", [2])
GRAD("grad_detach_blocks", [("x", [1.0, 2.0])], [C("d = x.detach"), C("y = x.mul", "$d")], "y", [2])
GRAD("grad_float32_leaf_mixed", [("x", [1.0, 2.0])], [C("f = torch.ones", [2], requires_grad=True), C("y = x.mul", "$f")], "y", [2],
     extra=("f.grad",))
GRAD("grad_chain_composite", [("w", seq([3, 2], -0.5, 0.25)), ("b", [0.1, -0.2]), ("x", seq([4, 3], 0.2, 0.15))],
     [C("h = x.mm", "$w"), C("z = h.add", "$b"), C("a = z.tanh"), C("p = a.softmax", 1), C("l = p.log"), C("m = l.mean")], "m", [])

# backward mechanics --------------------------------------------------------------------------------------------------
P("ag_scalar_backward", T("x", [1.0, 2.0, 3.0], rg=True), C("y = x.mul", "$x"), C("s = y.sum"), C("s.backward"),
  R("x.grad", "s", "y", "x"))
P("ag_explicit_gradient", T("x", [1.0, 2.0, 3.0], rg=True), C("y = x.mul", 2), T("g", [1.0, 0.1, 0.01]), C("y.backward", "$g"),
  R("x.grad"))
P("ag_explicit_gradient_kw", T("x", [1.0, 2.0], rg=True), C("y = x.exp"), T("g", [1.0, -1.0]), C("y.backward", gradient="$g"),
  R("x.grad"))
P("ag_accumulate_retain_graph", T("x", [1.0, 2.0], F64, rg=True), C("y = x.pow", 3), C("s = y.sum"), C("s.backward", retain_graph=True),
  R("x.grad"), C("s.backward"), R("x.grad"))
P("ag_accumulate_two_graphs", T("x", [1.0, 2.0], rg=True), C("a = x.mul", 2), C("s = a.sum"), C("s.backward"), C("b = x.mul", "$x"),
  C("t = b.sum"), C("t.backward"), R("x.grad"))
P("ag_grad_reset_none", T("x", [1.0, 2.0], rg=True), C("s = x.sum"), C("s.backward"), SETATTR("x.grad", None), C("t = x.sum"),
  C("t.backward"), R("x.grad"))
P("ag_backward_twice_error", T("x", [1.0, 2.0], rg=True), C("y = x.exp"), C("s = y.sum"), C("s.backward"), E(C("s.backward")))
P("ag_backward_twice_no_saved_ok", T("x", [1.0, 2.0], rg=True), C("y = x.add", 1), C("s = y.sum"), C("s.backward"), C("s.backward"),
  R("x.grad"))
P("ag_implicit_grad_nonscalar_error", T("x", [1.0, 2.0], rg=True), C("y = x.mul", 2), E(C("y.backward")))
P("ag_backward_no_grad_error", T("x", [1.0, 2.0]), C("s = x.sum"), E(C("s.backward")))
P("ag_backward_grad_shape_error", T("x", [1.0, 2.0], rg=True), C("y = x.mul", 2), C("g = torch.ones", [3]), E(C("y.backward", "$g")))
P("ag_retain_grad_nonleaf", T("x", [1.0, 2.0], rg=True), C("y = x.mul", 3), C("y.retain_grad"), C("z = y.mul", "$y"), C("s = z.sum"),
  C("s.backward"), R("y.grad", "x.grad", "z.grad"))
P("ag_nonleaf_grad_none", T("x", [1.0, 2.0], rg=True), C("y = x.mul", 3), C("s = y.sum"), C("s.backward"), R("y.grad"))
P("ag_retain_grad_accumulates", T("x", [1.0, 2.0], rg=True), C("y = x.mul", 3), C("y.retain_grad"), C("s = y.sum"),
  C("s.backward", retain_graph=True), C("s.backward"), R("y.grad", "x.grad"))
P("ag_retain_grad_no_grad_error", T("x", [1.0, 2.0]), E(C("x.retain_grad")))
P("ag_hook_double_leaf", T("x", [1.0, 2.0], rg=True), HOOK("x", mul=2), C("y = x.mul", "$x"), C("s = y.sum"), C("s.backward"),
  R("x.grad"))
P("ag_hook_double_nonleaf", T("x", [1.0, 2.0], rg=True), C("y = x.mul", 3), HOOK("y", mul=2), C("z = y.exp"), C("s = z.sum"),
  C("s.backward"), R("x.grad"))
P("ag_hook_save", T("x", [1.0, 2.0], rg=True), C("y = x.mul", 3), HOOK("y", save="hg"), C("z = y.mul", "$y"), C("s = z.sum"),
  C("s.backward"), R("hg", "x.grad"))
P("ag_hook_two_hooks", T("x", [1.0, 2.0], rg=True), HOOK("x", mul=2), HOOK("x", mul=3), C("s = x.sum"), C("s.backward"), R("x.grad"))
P("ag_hook_retain_grad_order", T("x", [1.0, 2.0], rg=True), C("y = x.mul", 3), C("y.retain_grad"), HOOK("y", mul=2), C("s = y.sum"),
  C("s.backward"), R("y.grad", "x.grad"))
P("ag_hook_no_grad_error", T("x", [1.0, 2.0]), E(HOOK("x", mul=2)))
P("ag_detach", T("x", [1.0, 2.0], rg=True), C("d = x.detach"), C("y = x.mul", 2), C("e = y.detach"), R("d", "e"), C("d.add_", 10),
  R("x"))
P("ag_data_attr", T("x", [1.0, 2.0], rg=True), {"call": "mul", "on": "$x.data", "args": [2], "let": "d"},
  R("d", "x.data"))
P("ag_no_grad_block", T("x", [1.0, 2.0], rg=True),
  NOGRAD(C("y = x.mul", 2), C("x.add_", 1), C("z = y.add", "$x")), C("w = x.mul", 2), R("y", "z", "w", "x"))
P("ag_no_grad_then_backward", T("x", [1.0, 2.0], rg=True), NOGRAD(C("c = x.mul", 2)), C("y = x.mul", "$c"), C("s = y.sum"),
  C("s.backward"), R("x.grad", "c"))
P("ag_requires_grad_flags",
  T("x", [1.0, 2.0], rg=True), T("k", [1.0, 2.0]), T("i", [1, 2]), C("y = x.add", "$k"), C("z = k.add", "$i"), C("d = y.detach"),
  C("v, j = y.max", 0),
  R("x.is_leaf", "x.requires_grad", "k.is_leaf", "k.requires_grad", "y.is_leaf", "y.requires_grad", "z.is_leaf", "z.requires_grad",
    "d.is_leaf", "d.requires_grad", "i.is_leaf", "v", "j"))
P("ag_requires_grad_setter", T("x", [1.0, 2.0]), SETATTR("x.requires_grad", True), C("k = x.requires_grad_"), C("y = x.mul", 2),
  R("x", "k", "y"))
P("ag_requires_grad_int_error", T("x", [1, 2]), E(C("x.requires_grad_")))
P("ag_requires_grad_nonleaf_error", T("x", [1.0, 2.0], rg=True), C("y = x.mul", 2), E(C("y.requires_grad_", False)))
P("ag_inplace_leaf_error", T("x", [1.0, 2.0], rg=True), E(C("x.add_", 1)))
P("ag_inplace_leaf_view_error", T("x", [1.0, 2.0], rg=True), G("v = x", 0), E(C("v.mul_", 2)))
P("ag_inplace_saved_output_error", T("x", [1.0, 2.0, 3.0], rg=True), C("y = x.exp"), C("y.add_", 1), C("s = y.sum"),
  E(C("s.backward")))
P("ag_inplace_saved_input_error", T("x", [1.0, 2.0], F64, rg=True), C("a = x.mul", 1), C("b = a.mul", "$a"), C("a.mul_", 2),
  C("s = b.sum"), E(C("s.backward")))
P("ag_inplace_saved_leaf_version", T("x", [1.0, 2.0], rg=True), T("w", [3.0, 4.0]), C("y = x.mul", "$w"), C("w.add_", 1), C("s = y.sum"),
  E(C("s.backward")))
P("ag_inplace_not_saved_ok", T("x", [1.0, 2.0], rg=True), C("y = x.add", 1), C("y.mul_", 2), C("s = y.sum"), C("s.backward"),
  R("x.grad", "y"))
P("ag_backward_inputs", T("x", [1.0, 2.0], rg=True), T("w", [3.0, 4.0], rg=True), C("y = x.mul", "$w"), C("s = y.sum"),
  C("s.backward", inputs=["$x"]), R("x.grad", "w.grad"))

# torch.autograd.grad ---------------------------------------------------------------------------------------------------
P("ag_grad_basic", T("x", [1.0, 2.0], F64, rg=True), C("y = x.pow", 3), C("s = y.sum"), C("g = torch.autograd.grad", "$s", "$x"),
  R("g", "x.grad"))
P("ag_grad_second_derivative", T("x", [0.5, 2.0, -1.0], F64, rg=True), C("y = x.pow", 3), C("s = y.sum"),
  C("g, = torch.autograd.grad", ["$s"], ["$x"], create_graph=True), C("gs = g.sum"), C("h, = torch.autograd.grad", "$gs", "$x"),
  R("g", "h", "g.grad_fn"))
P("ag_grad_second_derivative_sin", T("x", [0.5, 2.0, -1.0], F64, rg=True), C("y = x.sin"), C("s = y.sum"),
  C("g, = torch.autograd.grad", "$s", "$x", create_graph=True), C("gs = g.sum"), C("h, = torch.autograd.grad", "$gs", "$x", create_graph=True),
  C("hs = h.sum"), C("k, = torch.autograd.grad", "$hs", "$x"), R("g", "h", "k"))
P("ag_grad_second_derivative_exp_tanh", T("x", [0.5, -0.3], F64, rg=True), C("e = x.exp"), C("t = x.tanh"), C("y = e.mul", "$t"),
  C("s = y.sum"), C("g, = torch.autograd.grad", "$s", "$x", create_graph=True), C("gs = g.sum"), C("h, = torch.autograd.grad", "$gs", "$x"),
  R("g", "h"))
P("ag_grad_mixed_partials", T("x", [1.5], F64, rg=True), T("y", [-2.0], F64, rg=True), C("a = x.mul", "$y"), C("b = a.mul", "$y"),
  C("s = b.sum"), C("gx, gy = torch.autograd.grad", "$s", ["$x", "$y"], create_graph=True), C("t = gx.sum"),
  C("hxx, hxy = torch.autograd.grad", "$t", ["$x", "$y"], allow_unused=True), R("gx", "gy", "hxx", "hxy"))
P("ag_grad_create_graph_backward", T("x", [1.0, 3.0], F64, rg=True), C("y = x.pow", 2), C("s = y.sum"),
  C("g, = torch.autograd.grad", "$s", "$x", create_graph=True), C("n = g.pow", 2), C("m = n.sum"), C("m.backward"),
  R("g", "x.grad"))
P("ag_grad_outputs", T("x", [1.0, 2.0, 3.0], F64, rg=True), C("y = x.mul", "$x"), T("go", [1.0, 0.5, -1.0], F64),
  C("g, = torch.autograd.grad", ["$y"], ["$x"], grad_outputs=["$go"]), R("g"))
P("ag_grad_allow_unused", T("x", [1.0], rg=True), T("z", [2.0], rg=True), C("y = x.mul", 2), C("s = y.sum"),
  C("gx, gz = torch.autograd.grad", "$s", ["$x", "$z"], allow_unused=True), R("gx", "gz"))
P("ag_grad_unused_error", T("x", [1.0], rg=True), T("z", [2.0], rg=True), C("y = x.mul", 2), C("s = y.sum"),
  E(C("g = torch.autograd.grad", "$s", ["$x", "$z"])))
P("ag_grad_retain_graph", T("x", [2.0], F64, rg=True), C("y = x.exp"), C("s = y.sum"), C("g1, = torch.autograd.grad", "$s", "$x", retain_graph=True),
  C("g2, = torch.autograd.grad", "$s", "$x"), R("g1", "g2"))
P("ag_grad_twice_error", T("x", [2.0], F64, rg=True), C("y = x.exp"), C("s = y.sum"), C("g1, = torch.autograd.grad", "$s", "$x"),
  E(C("g2, = torch.autograd.grad", "$s", "$x")))
P("ag_grad_nonleaf_input", T("x", [1.0, 2.0], F64, rg=True), C("y = x.mul", 3), C("z = y.pow", 2), C("s = z.sum"),
  C("gy, = torch.autograd.grad", "$s", "$y"), R("gy", "x.grad"))
P("ag_grad_no_grad_input_error", T("x", [1.0, 2.0], rg=True), T("k", [1.0, 2.0]), C("y = x.mul", "$k"), C("s = y.sum"),
  E(C("g = torch.autograd.grad", "$s", "$k")))

# grad_fn structure ---------------------------------------------------------------------------------------------------
P("graph_simple", T("a", [1.0, 2.0], rg=True), T("b", [3.0, 4.0], rg=True), T("c", [5.0, 6.0]),
  C("y = a.mul", "$b"), C("z = y.add", "$c"), C("s = z.sum"), R("s.grad_fn", "y.grad_fn", "z.grad_fn"))
P("graph_scalar_operand", T("a", [1.0, 2.0], rg=True), C("y = a.mul", 2), C("z = y.add", 1), C("w = torch.sub", 1, "$z"),
  C("v = w.div", 3), R("v.grad_fn"))
P("graph_views", T("a", seq([2, 3]), rg=True), C("b = a.view", 3, 2), C("c = b.t"), C("d = c.permute", 1, 0), C("e = d.unsqueeze", 0),
  C("f = e.squeeze", 0), C("g = f.expand", 2, 3, 2), C("h = g.reshape", -1), C("i = a.flatten"), C("j = a.transpose", 0, 1),
  C("k = j.contiguous"), C("l = a.squeeze"),
  R("h.grad_fn", "i.grad_fn", "k.grad_fn", "l.grad_fn", "a.T.grad_fn"))
P("graph_indexing", T("a", seq([3, 4]), rg=True), G("b = a", 1), G("c = a", sl(None, None, 2)), G("d = a", sl(), 1),
  T("i", [0, 2]), G("e = a", "$i"), C("k = a.gt", 0), G("f = a", "$k"), G("g = a", None), G("h = a", ELL, sl(1, 3)), G("j = a", 1, 2),
  R("b.grad_fn", "c.grad_fn", "d.grad_fn", "e.grad_fn", "f.grad_fn", "g.grad_fn", "h.grad_fn", "j.grad_fn"))
P("graph_pointwise_names", T("a", [1.0, 2.0], rg=True), T("b", [0.5, 0.25], rg=True),
  C("o1 = a.add", "$b"), C("o2 = a.sub", "$b"), C("o3 = a.mul", "$b"), C("o4 = a.div", "$b"), C("o5 = a.pow", "$b"), C("o6 = a.pow", 2),
  C("o7 = a.neg"), C("o8 = a.exp"), C("o9 = a.log"), C("o10 = a.sqrt"), C("o11 = a.abs"), C("o12 = a.sin"), C("o13 = a.cos"),
  C("o14 = a.tanh"), C("o15 = a.sigmoid"), C("o16 = a.relu"), C("o17 = a.clamp", 0, 1), C("o18 = torch.maximum", "$a", "$b"),
  C("o19 = torch.minimum", "$a", "$b"), C("k = a.gt", 1), C("o20 = torch.where", "$k", "$a", "$b"), C("o21 = torch.pow", 2, "$a"),
  C("o22 = a.add", 1), C("o23 = a.sub", 1), C("o24 = a.mul", 2), C("o25 = a.div", 2), C("o26 = a.clamp", min=0),
  R(*[f"o{i}.grad_fn" for i in range(1, 27)]))
P("graph_reduction_names", T("a", seq([2, 3]), rg=True),
  C("o1 = a.sum"), C("o2 = a.sum", 1), C("o3 = a.mean"), C("o4 = a.mean", 0), C("o5 = a.max"), C("o6, i6 = a.max", 1), C("o7 = a.min"),
  C("o8, i8 = a.min", 0), C("o9 = a.prod"), C("o10 = a.prod", 1), C("o11 = a.var"), C("o12 = a.var", 1), C("o13 = a.std"),
  C("o14 = a.std", 0), C("o15 = a.softmax", 1), C("o16 = a.log_softmax", 0),
  R(*[f"o{i}.grad_fn" for i in range(1, 17)], "i6", "i8"))
P("graph_linalg_join_names", T("a", seq([2, 3]), rg=True), T("b", seq([3, 2]), rg=True), T("v", [1.0, 2.0, 3.0], rg=True),
  T("bb", seq([2, 3, 2]), rg=True),
  C("o1 = a.mm", "$b"), C("o2 = a.matmul", "$b"), C("o3 = a.mv", "$v"), C("o4 = v.dot", "$v"), C("o5 = v.outer", "$v"),
  C("o6 = a.matmul", "$v"), C("o7 = v.matmul", "$v"), C("ab = a.unsqueeze", 0), C("a2 = ab.expand", 2, 2, 3), C("o8 = a2.bmm", "$bb"),
  C("o9 = a.matmul", "$bb"), C("o10 = torch.cat", ["$a", "$a"]), C("o11 = torch.stack", ["$v", "$v"]), C("o12 = v.matmul", "$b"),
  R(*[f"o{i}.grad_fn" for i in range(1, 13)]))
P("graph_inplace_names", T("a", [1.0, 2.0], rg=True), C("y = a.mul", 1), C("y.add_", 1), R("y.grad_fn"), C("y.mul_", 2),
  R("y.grad_fn"), C("y.zero_"), R("y.grad_fn"), C("y.fill_", 3), R("y.grad_fn"), T("s", [1.0, 1.0], rg=True), C("y.copy_", "$s"),
  R("y.grad_fn"), C("y.clamp_", 0, 1), R("y.grad_fn", "y"))
P("graph_setitem_names", T("a", seq([2, 3]), rg=True), C("y = a.mul", 1), S("y", [0], 1.0), R("y.grad_fn"),
  T("v", [1.0, 2.0], rg=True), S("y", [sl(), 1], "$v"), R("y.grad_fn"), C("k = y.gt", 0), S("y", ["$k"], 0.0), R("y.grad_fn"))
P("graph_view_after_inplace", T("a", seq([2, 3]), rg=True), C("y = a.mul", 1), G("v = y", 0), C("v.mul_", 2), R("v.grad_fn", "y.grad_fn"))
P("graph_base_inplace_view_regen", T("a", seq([2, 3]), rg=True), C("y = a.mul", 1), G("v = y", 0), C("y.mul_", 2), R("v.grad_fn"),
  C("s = v.sum"), C("s.backward"), R("a.grad"))
P("graph_leaf_flags_after_no_grad", T("a", [1.0], rg=True), NOGRAD(C("y = a.mul", 2)), R("y", "y.grad_fn"))
P("graph_detach_graph", T("a", [1.0, 2.0], rg=True), C("b = a.mul", 2), C("d = b.detach"), C("c = d.mul", "$a"), R("c.grad_fn"))
P("graph_int_operand", T("a", [1.0, 2.0], rg=True), T("i", [1, 2]), C("y = a.mul", "$i"), C("z = i.add", "$a"), R("y.grad_fn", "z.grad_fn", "y", "z"))
P("graph_max_dim_outputs", T("a", seq([2, 3]), rg=True), C("v, i = a.max", 1), C("s = v.sum"), R("s.grad_fn", "i"))
P("graph_second_order_nodes", T("x", [1.0, 2.0], F64, rg=True), C("y = x.mul", "$x"), C("z = y.exp"), C("s = z.sum"),
  C("g, = torch.autograd.grad", "$s", "$x", create_graph=True), R("g.grad_fn"))

# more autograd edge cases ----------------------------------------------------------------------------------------------
P("ag_expand_inplace_error", T("x", [[1.0, 2.0]]), C("e = x.expand", 3, 2), E(C("e.add_", 1)))
P("ag_setitem_leaf_error", T("x", [1.0, 2.0], rg=True), E(S("x", [0], 5.0)))
P("ag_setitem_leaf_no_grad_ok", T("x", [1.0, 2.0], rg=True), NOGRAD(S("x", [0], 5.0)), R("x"))
P("ag_grad_zero_inplace", T("x", [1.0, 2.0], rg=True), C("s = x.sum"), C("s.backward"), {"call": "zero_", "on": "$x.grad"},
  C("y = x.mul", "$x"), C("t = y.sum"), C("t.backward"), R("x.grad"))
P("ag_requires_grad_inside_no_grad", NOGRAD(C("x = torch.ones", [2], requires_grad=True), C("y = x.mul", 2)), C("z = x.mul", 2),
  R("x", "y", "z"))
P("ag_detach_inplace_saved_error", T("x", [1.0, 2.0], rg=True), C("y = x.exp"), C("d = y.detach"), C("d.add_", 1), C("s = y.sum"),
  E(C("s.backward")))
P("ag_data_inplace_untracked", T("x", [1.0, 2.0], rg=True), C("y = x.mul", "$x"), {"call": "mul_", "on": "$x.data", "args": [2]},
  C("s = y.sum"), C("s.backward"), R("x", "x.grad", "y"))
P("ag_backward_create_graph", T("x", [1.0, -2.0], F64, rg=True), C("y = x.pow", 3), C("s = y.sum"), C("s.backward", create_graph=True),
  R("x.grad"), {"call": "sum", "on": "$x.grad", "let": "z"},
  C("h, = torch.autograd.grad", "$z", "$x"), R("h"))
P("ag_hessian_vector_tanh_mm", T("x", [[0.5, -1.0], [1.5, 0.25]], F64, rg=True), T("w", [[0.3, -0.2], [0.1, 0.4]], F64, rg=True),
  C("h = x.mm", "$w"), C("a = h.tanh"), C("s = a.sum"), C("gx, gw = torch.autograd.grad", "$s", ["$x", "$w"], create_graph=True),
  T("v", [[1.0, 0.0], [0.0, -1.0]], F64), C("p = gx.mul", "$v"), C("q = p.sum"), C("hx, hw = torch.autograd.grad", "$q", ["$x", "$w"]),
  R("gx", "gw", "hx", "hw"))
P("ag_grad_second_derivative_softmax", T("x", [0.5, -1.0, 2.0], F64, rg=True), C("p = x.softmax", 0), T("c", [1.0, 2.0, 3.0], F64),
  C("m = p.mul", "$c"), C("s = m.sum"), C("g, = torch.autograd.grad", "$s", "$x", create_graph=True), C("gs = g.pow", 2),
  C("t = gs.sum"), C("h, = torch.autograd.grad", "$t", "$x"), R("g", "h"))
GRAD("grad_0d_broadcast", [("s", 1.5), ("b", seq([2, 3]))], [C("y = b.mul", "$s"), C("z = y.add", "$s")], "z", [2, 3])
GRAD("grad_matmul_2d_3d", [("a", seq([2, 3])), ("b", seq([2, 3, 4], -2.0, 0.25))], [C("y = a.matmul", "$b")], "y", [2, 2, 4])
GRAD("grad_max_dim_values_and_indices_used", [("x", M34)], [C("v, i = x.max", 1), C("f = i.double"), C("y = v.mul", "$f")], "y", [3])
P("index_negative_step_error", C("x = torch.arange", 6), E(G("a = x", sl(None, None, -1))))
P("index_float_tensor_error", C("x = torch.arange", 6), T("i", [0.0, 1.0]), E(G("a = x", "$i")))
