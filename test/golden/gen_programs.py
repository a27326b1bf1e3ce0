#!/usr/bin/python3
"""Generate test/golden/programs.json: the programs of programs.py run in real PyTorch 1.13.1.

Run:  /usr/bin/python3 test/golden/gen_programs.py

Output: {"torch": version, "programs": [{"name", "steps": [...]}, ...]} where each step is the step of programs.py
(floats that JSON cannot tell from ints written as {"float": 2.0}, non-finite ones as {"float": "nan"|"inf"|"-inf"}),
and additionally
  a record step:   "out": [recorded value, ...]  (one per recorded expression)
  a raising step:  "error": {"type": "RuntimeError", "message": "..."}  (always the program's last step)

A recorded value is one of
  {"kind": "tensor", "shape", "dtype", "values" (flat, row-major; "nan"/"inf"/"-inf" strings; bools as true/false),
   "requires_grad", "is_leaf", "grad_fn" (class name or null)}
  {"kind": "none"}
  {"kind": "list", "items": [value, ...]}                    tuples, lists, torch.return_types
  {"kind": "size", "value": [...]}                           torch.Size
  {"kind": "dtype", "value": "float32"}                      torch.dtype
  {"kind": "bool" | "int" | "float", "value": v}             Python scalars
  {"kind": "node", "graph": node}                            a grad_fn: node = {"name", "next": [[node | null, nr], ...]}
                                                             (AccumulateGrad nodes also carry "variable": the name of
                                                             the program variable holding their leaf, or null)
"""
import json
import math
import os
import sys
import warnings

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from programs import PROGRAMS  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "programs.json")
DTYPES = {"float32": torch.float32, "float64": torch.float64, "int64": torch.int64, "bool": torch.bool}
DTYPE_NAMES = {v: k for k, v in DTYPES.items()}

warnings.simplefilter("ignore")
torch.set_num_threads(1)


class Raised(Exception):
    pass


# --- encoding of the program text --------------------------------------------------------------------------------------
def enc_float(f):
    if math.isnan(f):
        return "nan"
    if math.isinf(f):
        return "inf" if f > 0 else "-inf"
    return f


def encode(v):
    """Program text → JSON: floats that JSON.parse would turn into integers (or cannot hold) get a marker."""
    if isinstance(v, bool) or v is None or isinstance(v, (int, str)):
        return v
    if isinstance(v, float):
        if not math.isfinite(v) or v == int(v):
            return {"float": enc_float(v)}
        return v
    if isinstance(v, (list, tuple)):
        return [encode(x) for x in v]
    if isinstance(v, dict):
        return {k: encode(x) for k, x in v.items()}
    raise TypeError(f"cannot encode {v!r}")


# --- interpretation ----------------------------------------------------------------------------------------------------
def resolve(v, env):
    if isinstance(v, str):
        if v.startswith("$"):
            name, *attrs = v[1:].split(".")
            obj = env[name]
            for a in attrs:
                obj = getattr(obj, a)
            return obj
        return v
    if isinstance(v, list):
        return [resolve(x, env) for x in v]
    if isinstance(v, dict):
        if set(v) == {"dtype"}:
            return DTYPES[v["dtype"]]
        raise ValueError(f"unknown value form {v!r}")
    return v


def index_item(item, env):
    if item is None or isinstance(item, int):
        return item
    if item == "...":
        return Ellipsis
    if isinstance(item, dict) and "slice" in item:
        return slice(*item["slice"])
    if isinstance(item, str) and item.startswith("$"):
        return resolve(item, env)
    raise ValueError(f"bad index item {item!r}")


def index_key(items, env):
    """x[i] for one item (Python's fast paths, e.g. its 0-dim error message), x[i, j, ...] otherwise."""
    key = tuple(index_item(i, env) for i in items)
    return key[0] if len(key) == 1 else key


def assign(let, value, env):
    if let is None:
        return
    if isinstance(let, list):
        value = tuple(value)
        if len(value) != len(let):
            raise AssertionError(f"cannot unpack {len(value)} values into {let}")
        for n, x in zip(let, value):
            env[n] = x
    else:
        env[let] = value


def call(step, env):
    args = resolve(step.get("args", []), env)
    kwargs = {k: resolve(x, env) for k, x in step.get("kwargs", {}).items()}
    if "on" in step:
        fn = getattr(resolve(step["on"], env), step["call"])
    else:
        fn = torch
        for part in step["call"].split("."):
            fn = getattr(fn, part)
    return fn(*args, **kwargs)


def run_step(step, env):
    """Runs one step; returns the output form of the step (with "out" / "error")."""
    res = {k: encode(v) for k, v in step.items() if k != "no_grad"}
    try:
        if "call" in step:
            assign(step.get("let"), call(step, env), env)
        elif "getitem" in step:
            x = resolve(step["getitem"], env)
            assign(step["let"], x[index_key(step["index"], env)], env)
        elif "setitem" in step:
            x = resolve(step["setitem"], env)
            x[index_key(step["index"], env)] = resolve(step["value"], env)
        elif "setattr" in step:
            setattr(resolve(step["setattr"], env), step["attr"], resolve(step["value"], env))
        elif "hook" in step:
            x = resolve(step["hook"], env)
            if "mul" in step:
                m = step["mul"]
                x.register_hook(lambda g: g * m)
            else:
                name = step["save"]

                def save(g, name=name):
                    env[name] = g
                x.register_hook(save)
        elif "no_grad" in step:
            inner = []
            with torch.no_grad():
                for s in step["no_grad"]:
                    inner.append(run_step(s, env))
                    if "error" in inner[-1]:
                        break
            res["no_grad"] = inner
            if "error" in inner[-1]:
                res["error"] = inner[-1]["error"]
        elif "record" in step:
            res["out"] = [record(resolve(e, env), env) for e in step["record"]]
        else:
            raise ValueError(f"unknown step {step!r}")
    except Raised:
        raise
    except Exception as e:  # noqa: BLE001 — every torch error is data here
        if "raises" not in step:
            raise Raised(f"unexpected {type(e).__name__}: {e}") from e
        res["error"] = {"type": type(e).__name__, "message": str(e)}
        return res
    if "raises" in step and "error" not in res:
        raise Raised(f"step did not raise: {step!r}")
    return res


# --- recording ---------------------------------------------------------------------------------------------------------
def tensor_values(t):
    flat = t.detach().reshape(-1).tolist()
    if t.dtype == torch.bool:
        return [bool(v) for v in flat]
    if t.dtype.is_floating_point:
        return [enc_float(float(v)) for v in flat]
    return [int(v) for v in flat]


def graph(node, env, depth=0):
    if node is None:
        return None
    if depth > 40:
        raise AssertionError("graph too deep")
    g = {"name": type(node).__name__,
         "next": [[graph(n, env, depth + 1), nr] for n, nr in node.next_functions]}
    if type(node).__name__ == "AccumulateGrad":
        names = [k for k, v in env.items() if v is node.variable]
        g["variable"] = names[0] if names else None
    return g


def record(v, env):
    if isinstance(v, torch.Tensor):
        return {"kind": "tensor", "shape": list(v.shape), "dtype": DTYPE_NAMES[v.dtype], "values": tensor_values(v),
                "requires_grad": v.requires_grad, "is_leaf": v.is_leaf,
                "grad_fn": type(v.grad_fn).__name__ if v.grad_fn is not None else None}
    if v is None:
        return {"kind": "none"}
    if isinstance(v, torch.Size):
        return {"kind": "size", "value": list(v)}
    if isinstance(v, (tuple, list)):
        return {"kind": "list", "items": [record(x, env) for x in v]}
    if isinstance(v, torch.dtype):
        return {"kind": "dtype", "value": DTYPE_NAMES[v]}
    if isinstance(v, bool):
        return {"kind": "bool", "value": v}
    if isinstance(v, int):
        return {"kind": "int", "value": v}
    if isinstance(v, float):
        return {"kind": "float", "value": enc_float(v)}
    if hasattr(v, "next_functions"):
        return {"kind": "node", "graph": graph(v, env)}
    raise TypeError(f"cannot record {type(v).__name__}")


def check_raises_last(steps, where):
    for i, s in enumerate(steps):
        if "no_grad" in s:
            check_raises_last(s["no_grad"], where)
        if s.get("raises") and i != len(steps) - 1:
            raise AssertionError(f"{where}: a raising step must be the last step")


def run_program(p):
    check_raises_last(p["steps"], p["name"])
    env = {}
    steps = []
    for step in p["steps"]:
        steps.append(run_step(step, env))
        if "error" in steps[-1]:
            break
    return {"name": p["name"], "steps": steps}


def main():
    names = [p["name"] for p in PROGRAMS]
    dup = {n for n in names if names.count(n) > 1}
    if dup:
        sys.exit(f"duplicate program names: {sorted(dup)}")
    results, failures = [], []
    for p in PROGRAMS:
        try:
            results.append(run_program(p))
        except Raised as e:
            failures.append(f"{p['name']}: {e}")
    if failures:
        sys.exit("programs that do not behave as written:\n  " + "\n  ".join(failures))
    text = '{"torch": %s, "programs": [\n%s\n]}\n' % (
        json.dumps(torch.__version__), ",\n".join(json.dumps(r, allow_nan=False) for r in results))
    with open(OUT, "w") as f:
        f.write(text)
    print(f"wrote {OUT}: {len(results)} programs, {len(text)} bytes")


if __name__ == "__main__":
    main()
