#!/usr/bin/python3
"""Generate test/golden/print.json: repr() of many tensors, from real PyTorch.

Run:  /usr/bin/python3 test/golden/gen_print.py

Each case: {name, shape, dtype, values, requires_grad?, grad_fn?, repr}.
`values` is either a flat list (nan/inf encoded as the strings "nan", "inf",
"-inf"; float32 values stored as the exact double they convert to) or, for big
tensors, a recipe the TS test reproduces bit-exactly without torch:
  {"arange": [start, step]}          v[i] = start + i*step            (double)
  {"lcg": [seed, scale, offset]}     s = (1664525*s + 1013904223) % 2**32 (advance first),
                                     v[i] = offset + scale * (s / 2**32)   (double)
  optional "round": true             v[i] = round-half-even(v[i])  (integer-valued)
  optional "set": [[index, value], ...] overrides applied afterwards
then, for float32, each double is rounded to float32 (Math.fround); for
int64 recipe values are integers; bool takes v != 0.
"""
import json
import math
import os
import struct

import torch

torch.set_printoptions(profile="default")
assert torch.get_default_dtype() == torch.float32

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "print.json")
DTYPES = {
    "float32": torch.float32,
    "float64": torch.float64,
    "int64": torch.int64,
    "bool": torch.bool,
}
NAMES = {v: k for k, v in DTYPES.items()}
STORE_LIMIT = 1500  # above this many elements, a recipe is required

cases = []
seen_names = set()


def enc(v):
    if isinstance(v, float):
        if math.isnan(v):
            return "nan"
        if math.isinf(v):
            return "inf" if v > 0 else "-inf"
    return v


def f32(x):
    return struct.unpack("f", struct.pack("f", x))[0]


def recipe_values(recipe, n, dtype):
    if "arange" in recipe:
        start, step = recipe["arange"]
        vals = [start + i * step for i in range(n)]
    else:
        seed, scale, offset = recipe["lcg"]
        s = seed
        vals = []
        for _ in range(n):
            s = (1664525 * s + 1013904223) % 2**32
            vals.append(offset + scale * (s / 2**32))
    if recipe.get("round"):
        vals = [float(round(v)) for v in vals]  # Python round() is half-even
    for i, v in recipe.get("set", []):
        vals[i] = {"nan": math.nan, "inf": math.inf, "-inf": -math.inf}.get(v, v)
    if dtype == "float32":
        vals = [f32(v) for v in vals]
    elif dtype == "int64":
        vals = [int(v) for v in vals]
    elif dtype == "bool":
        vals = [v != 0 for v in vals]
    return vals


def add(name, t, recipe=None):
    """Record repr(t). t may carry requires_grad / grad_fn."""
    assert name not in seen_names, name
    seen_names.add(name)
    flat = t.detach().reshape(-1).tolist()
    case = {"name": name, "shape": list(t.shape), "dtype": NAMES[t.dtype]}
    if recipe is not None:
        expect = recipe_values(recipe, t.numel(), case["dtype"])
        got = flat
        same = all(
            (a == b and math.copysign(1, a) == math.copysign(1, b))
            or (a != a and b != b)
            for a, b in zip(expect, got)
        )
        assert len(expect) == len(got) and same, name
        case["values"] = recipe
    else:
        assert t.numel() <= STORE_LIMIT, name
        case["values"] = [enc(v) for v in flat]
    if t.grad_fn is not None:
        case["grad_fn"] = type(t.grad_fn).__name__
    elif t.requires_grad:
        case["requires_grad"] = True
    case["repr"] = repr(t)
    assert case["repr"] == str(t)
    cases.append(case)


def from_recipe(recipe, shape, dtype):
    n = 1
    for s in shape:
        n *= s
    vals = recipe_values(recipe, n, "float64")
    t = torch.tensor(vals, dtype=torch.float64)
    if dtype == "bool":
        t = t != 0
    else:
        t = t.to(DTYPES[dtype])
    return t.reshape(shape)


# ---------------------------------------------------------------- value makers
def make(dist, shape, dtype, seed):
    g = torch.Generator().manual_seed(seed)
    n = 1
    for s in shape:
        n *= s
    fd = torch.float64
    if dist == "randn":
        x = torch.randn(n, generator=g, dtype=fd)
    elif dist == "randn_big":
        x = torch.randn(n, generator=g, dtype=fd) * 1e8
    elif dist == "randn_tiny":
        x = torch.randn(n, generator=g, dtype=fd) * 1e-5
    elif dist == "rand":
        x = torch.rand(n, generator=g, dtype=fd)
    elif dist == "rand_wide":  # spans many magnitudes -> sci mode
        x = torch.rand(n, generator=g, dtype=fd) * 10.0 ** torch.randint(-6, 6, (n,), generator=g)
    elif dist == "small_int":
        x = torch.randint(-10, 11, (n,), generator=g).to(fd)
    elif dist == "pos_int":
        x = torch.randint(0, 100, (n,), generator=g).to(fd)
    elif dist == "big_int":
        x = torch.randint(-(10**9), 10**9, (n,), generator=g).to(fd)
    elif dist == "int_ratio":  # integer-valued with max/min > 1000
        x = torch.randint(1, 5000, (n,), generator=g).to(fd)
        x[0] = 1.0
        x[-1] = 4999.0
    elif dist == "arange":
        x = torch.arange(n, dtype=fd) - n // 3
    elif dist == "zeros":
        x = torch.zeros(n, dtype=fd)
    elif dist == "ones":
        x = torch.ones(n, dtype=fd)
    elif dist == "neg":
        x = -torch.rand(n, generator=g, dtype=fd) * 50
    elif dist == "halves":  # exact ties at 4 decimals: k/32
        x = torch.randint(-64, 65, (n,), generator=g).to(fd) / 32
    elif dist == "special":
        x = torch.randn(n, generator=g, dtype=fd)
        pool = [math.nan, math.inf, -math.inf, 0.0, -0.0]
        idx = torch.randint(0, n, (max(1, n // 3),), generator=g)
        for j, i in enumerate(idx.tolist()):
            x[i] = pool[j % len(pool)]
    elif dist == "special_int":
        x = torch.randint(-5, 6, (n,), generator=g).to(fd)
        pool = [math.nan, math.inf, -math.inf]
        idx = torch.randint(0, n, (max(1, n // 3),), generator=g)
        for j, i in enumerate(idx.tolist()):
            x[i] = pool[j % len(pool)]
    elif dist == "bool":
        x = (torch.rand(n, generator=g, dtype=fd) > 0.5).to(fd)
    else:
        raise ValueError(dist)
    if dtype == "bool":
        t = x != 0
    else:
        t = x.to(DTYPES[dtype])
    return t.reshape(shape)


def shape_name(shape):
    return "x".join(str(s) for s in shape) if shape else "scalar"


# ---------------------------------------------------------------- cases
# 1. Small shapes x dtypes x distributions.
SMALL_SHAPES = [[], [1], [5], [7], [3, 4], [1, 1], [2, 3, 4], [2, 1, 3], [1, 1, 1, 1], [2, 2, 2, 2]]
FLOAT_DISTS = ["randn", "randn_big", "randn_tiny", "rand", "rand_wide", "small_int", "pos_int",
               "big_int", "int_ratio", "arange", "zeros", "ones", "neg", "halves", "special",
               "special_int"]
seed = 0
for shape in SMALL_SHAPES:
    for dist in FLOAT_DISTS:
        for dtype in ["float32", "float64"]:
            if dist == "int_ratio" and len(shape) == 0:
                continue
            seed += 1
            add(f"{dist}/{dtype}/{shape_name(shape)}", make(dist, shape, dtype, seed))
    for dist in ["small_int", "big_int", "arange", "zeros", "pos_int"]:
        seed += 1
        add(f"{dist}/int64/{shape_name(shape)}", make(dist, shape, "int64", seed))
    seed += 1
    add(f"bool/bool/{shape_name(shape)}", make("bool", shape, "bool", seed))

# 2. Medium shapes (stored values, not summarised unless > 1000 elements).
MEDIUM = [[40], [100], [3, 30], [30, 3], [10, 10], [5, 5, 5], [4, 3, 2, 5], [40, 25], [999], [1000],
          [1001], [1, 1001], [1001, 1], [1200], [11, 11, 11], [2, 3, 200], [7, 7, 7, 4], [5, 5, 5, 5, 2],
          [3, 3, 3, 3, 3, 3]]
MEDIUM_DISTS = [("randn", "float32"), ("randn_big", "float64"), ("small_int", "int64"),
                ("rand_wide", "float32"), ("halves", "float32"), ("special", "float64"),
                ("bool", "bool"), ("pos_int", "float32")]
for k, shape in enumerate(MEDIUM):
    n = math.prod(shape)
    # keep the file small: bigger shapes get half of the distributions (alternating halves)
    dists = MEDIUM_DISTS if n <= 500 else MEDIUM_DISTS[k % 2::2]
    for dist, dtype in dists:
        seed += 1
        add(f"{dist}/{dtype}/{shape_name(shape)}", make(dist, shape, dtype, seed))

# 3. Big shapes from recipes (summarised).
BIG = [[2000], [1, 1200], [1200, 1], [40, 40], [11, 11, 11], [7, 7, 7, 7], [3, 400], [400, 3],
       [2, 3, 1000], [1000, 2, 3], [10, 101], [8, 1, 8, 1, 8, 1, 8]]
# summarised but every dimension <= 6, so everything is printed: big reprs, few recipes
BIG_FULL = [[6, 6, 6, 6, 6], [3, 3, 3, 3, 3, 3, 3]]
RECIPES = [
    ("arange", {"arange": [0, 1]}, ["float32", "float64", "int64"]),
    ("arange_neg", {"arange": [-1000, 1]}, ["float32", "int64"]),
    ("arange_frac", {"arange": [0.5, 0.25]}, ["float32", "float64"]),
    ("arange_tiny", {"arange": [1e-6, 1e-7]}, ["float32"]),
    ("lcg", {"lcg": [7, 2.0, -1.0]}, ["float32", "float64"]),
    ("lcg_big", {"lcg": [11, 1e9, 0.0]}, ["float32", "float64"]),
    ("lcg_int", {"lcg": [5, 2000.0, -1000.0], "round": True}, ["float32", "int64"]),
    ("lcg_bool", {"lcg": [3, 2.0, -1.0], "round": True}, ["bool"]),
    # a huge value hidden in the middle (not printed) must not affect the formatter
    ("hidden_huge", {"lcg": [13, 1.0, 0.0], "set": [[700, 1e12], [701, "nan"]]}, ["float32"]),
    ("edge_special", {"lcg": [17, 10.0, 0.0], "set": [[0, "nan"], [1, "-inf"], [-1, "inf"]]},
     ["float64"]),
]
for shape in BIG:
    n = 1
    for s in shape:
        n *= s
    for rname, recipe, dtypes in RECIPES:
        for dtype in dtypes:
            r = dict(recipe)
            if "set" in r:
                r["set"] = [[i % n, v] for i, v in r["set"]]
            add(f"{rname}/{dtype}/{shape_name(shape)}", from_recipe(r, shape, dtype), r)
for shape in BIG_FULL:
    for rname, recipe, dtype in [("lcg", {"lcg": [23, 2.0, -1.0]}, "float32"),
                                 ("lcg_int", {"lcg": [29, 20.0, -10.0], "round": True}, "int64")]:
        add(f"{rname}/{dtype}/{shape_name(shape)}", from_recipe(recipe, shape, dtype), recipe)

# 4. Hand-picked values.
SPECIAL_VALUES = {
    "neg_zero": [-0.0],
    "neg_zero_mix": [-0.0, 0.0, 1.0],
    "neg_zero_frac": [-0.0, 0.5],
    "nan_only": [math.nan],
    "inf_only": [math.inf, -math.inf],
    "nan_inf_int": [1.0, math.nan, -math.inf, 100.0],
    "nan_frac": [1.5, math.nan, math.inf],
    "nan_sci": [1e-8, math.nan, -math.inf, 3.0],
    "ties4": [0.03125, 0.09375, -0.15625, 1.03125, 2.5],
    "ties_sci": [12344.5, 12345.5, 1e-9, 125000.5],
    "round_up": [9.99995, 0.99999, 99999.99995],
    "round_up_sci": [9.99995e-7, 9.999951e10, 1.0],
    "int_edge_1e8": [1e8, 1.0],
    "int_over_1e8": [100000001.0, 1.0],
    "frac_edge_1e8": [1e8 + 0.5, 1.0],
    "ratio_1000": [1.0, 1000.0],
    "ratio_1000_frac": [0.5, 500.0],
    "ratio_over_1000": [1.0, 1001.0],
    "min_1e4": [1e-4, 0.5],
    "min_below_1e4": [9.9e-5, 0.5],
    "big_float64": [1e300, -1.7976931348623157e308, 1.0],
    "denormal": [5e-324, 1.0],
    "float32_max": [3.4028234663852886e38, 1.0],
    "float32_tiny": [1.401298464324817e-45, 1.1754943508222875e-38],
    "e100": [1e100, 1e-100],
    "precision": [0.1, 0.2, 0.30000000000000004, 1 / 3],
    "mixed_sign_int": [-1000.0, 5.0, 999.0],
    "long_neg": [-123456.75, 1.5],
}
for vname, vals in SPECIAL_VALUES.items():
    for dtype in ["float32", "float64"]:
        if dtype == "float32" and any(abs(v) > 3.5e38 for v in vals if math.isfinite(v)):
            continue
        add(f"special/{vname}/{dtype}", torch.tensor(vals, dtype=DTYPES[dtype]))
    if len(vals) == 1:
        add(f"special/{vname}/float32/scalar", torch.tensor(vals[0]))

INT_VALUES = {
    "int_big": [2**62, -(2**63), 0, 1],
    "int_neg": [-5, -100, 3],
    "int_zero": [0],
    "int_wide": [123456789012, -1],
}
for vname, vals in INT_VALUES.items():
    add(f"special/{vname}/int64", torch.tensor(vals, dtype=torch.int64))
add("special/int_scalar_big/int64", torch.tensor(-(2**63)))
add("special/bool_true_scalar", torch.tensor(True))
add("special/bool_false_scalar", torch.tensor(False))
add("special/bool_all_true", torch.tensor([True, True, True]))
add("special/bool_2d", torch.tensor([[True, False], [False, False]]))

# 5. Empty tensors.
for shape in [[0], [0, 3], [3, 0], [2, 0, 4], [0, 0], [1, 0], [0, 1, 2, 3]]:
    for dtype in DTYPES:
        add(f"empty/{dtype}/{shape_name(shape)}", torch.zeros(shape, dtype=DTYPES[dtype]))
    for dtype in ["float32", "float64"]:
        add(f"empty/{dtype}/{shape_name(shape)}/requires_grad",
            torch.zeros(shape, dtype=DTYPES[dtype], requires_grad=True))
    a = torch.zeros(shape, requires_grad=True)
    add(f"empty/float32/{shape_name(shape)}/grad_fn", a * 2)
    a = torch.zeros(shape, dtype=torch.float64, requires_grad=True)
    add(f"empty/float64/{shape_name(shape)}/grad_fn", a + 1)

# 6. Autograd suffixes, including the linewidth wrapping of suffixes.
g = torch.Generator().manual_seed(1234)
for dtype in ["float32", "float64"]:
    for shape in [[], [3], [2, 3], [2, 2, 2]]:
        x = torch.randn(shape, generator=g, dtype=DTYPES[dtype]).requires_grad_()
        sn = shape_name(shape)
        add(f"grad/leaf/{dtype}/{sn}", x)
        add(f"grad/mul/{dtype}/{sn}", x * 2)
        add(f"grad/add/{dtype}/{sn}", x + 1)
        add(f"grad/exp/{dtype}/{sn}", x.exp())
        add(f"grad/sum/{dtype}/{sn}", x.sum())
        add(f"grad/mean/{dtype}/{sn}", x.mean())
        add(f"grad/neg/{dtype}/{sn}", -x)
        add(f"grad/pow/{dtype}/{sn}", x ** 2)
        add(f"grad/relu/{dtype}/{sn}", x.relu())
        if len(shape) >= 1:
            add(f"grad/select/{dtype}/{sn}", x[0])
            add(f"grad/view/{dtype}/{sn}", x.reshape(-1))
        if len(shape) == 2:
            add(f"grad/t/{dtype}/{sn}", x.t())
            add(f"grad/mm/{dtype}/{sn}", x @ x.t())

# 1-D rows of growing length: the line fills up to 80 chars and the suffixes wrap.
for dtype in ["float32", "float64"]:
    for width_val, tag in [(1.2345, "w6"), (-12.5, "w8"), (3.0, "int"), (123456.0, "int7"),
                           (1.5e-7, "sci")]:
        for n in range(1, 14):
            vals = [width_val * (1 + (i % 3)) for i in range(n)]
            base = torch.tensor(vals, dtype=DTYPES[dtype])
            add(f"wrap/{tag}/{dtype}/n{n}", base)
            add(f"wrap/{tag}/{dtype}/n{n}/leaf", base.clone().requires_grad_())
            y = base.clone().requires_grad_() * 1
            add(f"wrap/{tag}/{dtype}/n{n}/mul", y)
            y = (base.clone().requires_grad_() + 0).view(n)
            add(f"wrap/{tag}/{dtype}/n{n}/view", y)
# long multi-line rows with suffixes (last-line length matters)
for n in [20, 23, 25, 31, 37]:
    for dtype in ["float32", "float64"]:
        base = torch.linspace(-3, 3, n, dtype=DTYPES[dtype])
        add(f"wrap/multi/{dtype}/n{n}/leaf", base.clone().requires_grad_())
        add(f"wrap/multi/{dtype}/n{n}/div", base.clone().requires_grad_() / 3)
        add(f"wrap/multi2d/{dtype}/n{n}/sub", base.clone().requires_grad_().reshape(1, n) - 1)
big = from_recipe({"lcg": [99, 1.0, 0.0]}, [40, 40], "float64").requires_grad_()
add("grad/big_leaf/float64/40x40", big, {"lcg": [99, 1.0, 0.0]})
big = from_recipe({"arange": [0, 1]}, [2000], "float32").requires_grad_()
add("grad/big_leaf/float32/2000", big, {"arange": [0, 1]})

with open(OUT, "w") as f:
    json.dump(cases, f, indent=None, separators=(",", ":"))
    f.write("\n")
print(f"torch {torch.__version__}: wrote {len(cases)} cases to {OUT} ({os.path.getsize(OUT)} bytes)")
