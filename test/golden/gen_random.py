#!/usr/bin/python3
"""Generate test/golden/random.json: random streams from real PyTorch 1.13.1 (CPU).

Run:  /usr/bin/python3 test/golden/gen_random.py

Each case: {name, seed, calls: [...]} — torch.manual_seed(seed), then every call in order:
  {"op": "rand",      "n", "dtype"}                        torch.rand(n, dtype=dtype)
  {"op": "uniform",   "n", "dtype", "from", "to"}          torch.empty(n, dtype).uniform_(from, to)
  {"op": "randn",     "n", "dtype", "shape"?}              torch.randn(*shape or n, dtype=dtype)
  {"op": "normal",    "n", "dtype", "mean", "std"}         torch.empty(n, dtype).normal_(mean, std)
  {"op": "randint",   "n", "low", "high", "dtype"}         torch.randint(low, high, (n,), dtype=dtype)
  {"op": "randperm",  "n"}                                 torch.randperm(n)
  {"op": "bernoulli", "n", "dtype", "p"}                   torch.empty(n, dtype).bernoulli_(p)
  {"op": "bernoulli_tensor", "dtype", "probs"}             torch.bernoulli(torch.tensor(probs, dtype))
  {"op": "dropout",   "n", "p"}                            F.dropout(torch.ones(n), p) != 0  (the mask)
  {"op": "random",    "n", "dtype"}                        torch.empty(n, dtype).random_() (values as decimal strings)
  {"op": "state"}                                          torch.get_rng_state() as hex
each with "values": the flattened result (floats as the exact double of the stored value).
Seeds >= 2**53 are written as decimal strings. The top level also records where the numbers
came from (torch version, Debian package, CPU capability, MKL, libc): the float32 randn and
uniform_ kernels depend on the CPU capability, bernoulli_ on MKL, float64 normals on libm.
"""
import json
import os
import platform
import subprocess

import torch
import torch.nn.functional as F

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "random.json")
DT = {"float32": torch.float32, "float64": torch.float64, "int64": torch.int64, "bool": torch.bool}

SEEDS = [0, 1, 42, 2**32 + 5, 123456789]
SIZES = [1, 2, 3, 7, 15, 16, 17, 27, 31, 32, 33, 100, 1000]


def run(call):
    op = call["op"]
    n = call.get("n")
    dt = DT.get(call.get("dtype", "float32"))
    if op == "rand":
        t = torch.rand(n, dtype=dt)
    elif op == "uniform":
        t = torch.empty(n, dtype=dt).uniform_(call["from"], call["to"])
    elif op == "randn":
        t = torch.randn(*call.get("shape", [n]), dtype=dt)
        assert t.numel() == n
    elif op == "normal":
        t = torch.empty(n, dtype=dt).normal_(call["mean"], call["std"])
    elif op == "randint":
        t = torch.randint(call["low"], call["high"], (n,), dtype=dt)
    elif op == "randperm":
        t = torch.randperm(n)
    elif op == "bernoulli":
        t = torch.empty(n, dtype=dt).bernoulli_(call["p"])
    elif op == "bernoulli_tensor":
        t = torch.bernoulli(torch.tensor(call["probs"], dtype=dt))
    elif op == "dropout":
        t = (F.dropout(torch.ones(n), call["p"], training=True) != 0).double()
    elif op == "random":
        t = torch.empty(n, dtype=dt).random_()
        return {**call, "values": [str(int(v)) for v in t.tolist()]}
    elif op == "state":
        return {**call, "values": torch.get_rng_state().numpy().tobytes().hex()}
    else:
        raise ValueError(op)
    flat = t.reshape(-1)
    if flat.is_floating_point():
        values = [float(v) for v in flat.double().tolist()]
    else:
        values = [int(v) for v in flat.tolist()]
    return {**call, "values": values}


cases = []


def case(name, seed, calls):
    torch.manual_seed(seed)
    done = [run(c) for c in calls]
    cases.append({"name": name, "seed": seed if seed < 2**53 else str(seed), "calls": done})


# Stream position checks after every call: a float32 rand and a small float64 randn (which uses the
# cached Box-Muller value if the main call left one).
PROBE = [{"op": "rand", "n": 3, "dtype": "float32"}, {"op": "randn", "n": 3, "dtype": "float64"}]

for seed in SEEDS:
    for dtype in ("float32", "float64"):
        for n in SIZES:
            case(f"rand/{dtype}/n{n}/seed{seed}", seed, [{"op": "rand", "n": n, "dtype": dtype}] + PROBE)
            case(f"randn/{dtype}/n{n}/seed{seed}", seed, [{"op": "randn", "n": n, "dtype": dtype}] + PROBE)

for seed in (0, 42):
    for dtype in ("float32", "float64"):
        for n in (5, 16, 40):
            case(f"uniform/{dtype}/n{n}/seed{seed}", seed, [
                {"op": "uniform", "n": n, "dtype": dtype, "from": -3.7, "to": 11.3},
                {"op": "uniform", "n": n, "dtype": dtype, "from": 0.1, "to": 0.30000001},
                {"op": "uniform", "n": n, "dtype": dtype, "from": -1e-3, "to": 1e5},
                {"op": "uniform", "n": n, "dtype": dtype, "from": 2.5, "to": 2.5},
            ] + PROBE)
            case(f"normal/{dtype}/n{n}/seed{seed}", seed, [
                {"op": "normal", "n": n, "dtype": dtype, "mean": 0.3, "std": 2.7},
                {"op": "normal", "n": n, "dtype": dtype, "mean": -1e3, "std": 1e-2},
                {"op": "normal", "n": n, "dtype": dtype, "mean": 1.1, "std": 0.0},
                {"op": "normal", "n": n, "dtype": dtype, "mean": 0.0, "std": 1e6},
            ] + PROBE)

for seed in SEEDS:
    case(f"randint/seed{seed}", seed, [
        {"op": "randint", "n": 20, "low": 0, "high": 10, "dtype": "int64"},
        {"op": "randint", "n": 20, "low": -5, "high": 5, "dtype": "int64"},
        {"op": "randint", "n": 10, "low": 0, "high": 1, "dtype": "int64"},
        {"op": "randint", "n": 10, "low": -(2**31), "high": 2**31, "dtype": "int64"},
        {"op": "randint", "n": 10, "low": 0, "high": 2**32 - 1, "dtype": "int64"},
        {"op": "randint", "n": 10, "low": 0, "high": 2**32, "dtype": "int64"},
        {"op": "randint", "n": 10, "low": -(2**40), "high": 2**45 + 7, "dtype": "int64"},
        {"op": "randint", "n": 10, "low": 3, "high": 1000, "dtype": "float32"},
        {"op": "randint", "n": 10, "low": 3, "high": 1000, "dtype": "float64"},
    ] + PROBE)

for seed in (0, 42):
    case(f"randperm/1..50/seed{seed}", seed, [{"op": "randperm", "n": n} for n in range(0, 51)] + PROBE)
    case(f"randperm/1000/seed{seed}", seed, [{"op": "randperm", "n": 1000}] + PROBE)

for seed in (0, 1, 123456789):
    case(f"bernoulli/seed{seed}", seed, [
        {"op": "bernoulli", "n": 50, "dtype": "float32", "p": 0.5},
        {"op": "bernoulli", "n": 50, "dtype": "float64", "p": 0.1},
        {"op": "bernoulli", "n": 20, "dtype": "float32", "p": 0.0},
        {"op": "bernoulli", "n": 20, "dtype": "float32", "p": 1.0},
        {"op": "bernoulli", "n": 30, "dtype": "float32", "p": 0.75},
        {"op": "dropout", "n": 64, "p": 0.5},
        {"op": "dropout", "n": 40, "p": 0.2},
        {"op": "bernoulli_tensor", "dtype": "float32", "probs": [i / 20 for i in range(21)]},
        {"op": "bernoulli_tensor", "dtype": "float64", "probs": [i / 20 for i in range(21)]},
    ] + PROBE)

case("shapes/randn(3,3,3)", 0, [
    {"op": "randn", "n": 27, "dtype": "float32", "shape": [3, 3, 3]},
    {"op": "rand", "n": 5, "dtype": "float32"},
])
case("shapes/randn(4,4)+randn(2,3)", 7, [
    {"op": "randn", "n": 16, "dtype": "float32", "shape": [4, 4]},
    {"op": "randn", "n": 6, "dtype": "float32", "shape": [2, 3]},
    {"op": "randn", "n": 6, "dtype": "float64", "shape": [3, 2]},
])

# The cached second Box-Muller value: small float32 and float64 normals share it.
case("cache/small-normals", 3, [
    {"op": "randn", "n": 1, "dtype": "float32"},
    {"op": "state"},
    {"op": "randn", "n": 1, "dtype": "float64"},
    {"op": "randn", "n": 3, "dtype": "float32"},
    {"op": "normal", "n": 1, "dtype": "float64", "mean": 5.0, "std": 0.5},
    {"op": "randn", "n": 20, "dtype": "float32"},
    {"op": "randn", "n": 1, "dtype": "float32"},
    {"op": "state"},
    {"op": "randn", "n": 1, "dtype": "float32"},
])

# Long interleaved sequences (crossing several 624-word refills).
MIX = [
    {"op": "rand", "n": 13, "dtype": "float32"},
    {"op": "randn", "n": 5, "dtype": "float32"},
    {"op": "randint", "n": 7, "low": -3, "high": 17, "dtype": "int64"},
    {"op": "randn", "n": 33, "dtype": "float64"},
    {"op": "randperm", "n": 12},
    {"op": "rand", "n": 4, "dtype": "float64"},
    {"op": "randn", "n": 1, "dtype": "float64"},
    {"op": "bernoulli", "n": 25, "dtype": "float32", "p": 0.3},
    {"op": "randn", "n": 300, "dtype": "float32"},
    {"op": "uniform", "n": 9, "dtype": "float32", "from": -2.0, "to": 2.0},
    {"op": "normal", "n": 3, "dtype": "float32", "mean": 1.0, "std": 3.0},
    {"op": "randn", "n": 17, "dtype": "float32"},
    {"op": "randint", "n": 5, "low": 0, "high": 2**33, "dtype": "int64"},
    {"op": "randn", "n": 2, "dtype": "float32"},
    {"op": "state"},
]
for seed in (0, 2**32 + 5, 2**63 + 11):
    case(f"mix/seed{seed}", seed, MIX * 3)

# tensor.random_() over each dtype's whole range (RandomSampler and DataLoader seed themselves with an int64 one)
for seed in (0, 7, 2**63 + 11):
    case(f"random_/seed{seed}", seed, [
        {"op": "random", "n": 1, "dtype": "int64"},
        {"op": "random", "n": 9, "dtype": "int64"},
        {"op": "random", "n": 9, "dtype": "float32"},
        {"op": "random", "n": 9, "dtype": "float64"},
        {"op": "random", "n": 9, "dtype": "bool"},
        {"op": "randperm", "n": 10},
    ] + PROBE)

case("state/fresh-seed", 0, [{"op": "state"}])
case("state/after-624", 0, [{"op": "rand", "n": 623, "dtype": "float32"}, {"op": "state"},
                            {"op": "rand", "n": 1, "dtype": "float32"}, {"op": "state"},
                            {"op": "rand", "n": 1, "dtype": "float32"}, {"op": "state"}])

def provenance():
    """Where the numbers came from: the stream of some kernels depends on the CPU and libm."""
    try:
        pkg = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "python3-torch"], capture_output=True, text=True).stdout
    except OSError:
        pkg = ""
    cap = [ln.split(":", 1)[1].strip() for ln in torch.__config__.show().splitlines() if "CPU capability usage" in ln]
    return {
        "torch": torch.__version__,
        "debian_package": pkg or None,
        "cpu_capability": cap[0] if cap else None,
        "mkl": torch.backends.mkl.is_available(),
        "libc": " ".join(platform.libc_ver()),
        "machine": platform.machine(),
    }


with open(OUT, "w") as f:
    json.dump({**provenance(), "cases": cases}, f, separators=(",", ":"))
    f.write("\n")
print(f"wrote {len(cases)} cases to {OUT} ({os.path.getsize(OUT)} bytes)")
