#!/usr/bin/python3
"""Generate test/golden/examples.json: the example notebooks (examples/*.tnb) run in real PyTorch as Jupyter runs them.

Run:  /usr/bin/python3 test/golden/gen_examples.py

Each notebook's code cells run in order in one namespace, in a fresh `sys.executable` subprocess whose working
directory is an empty temp dir (examples may write files, e.g. torch.save). A cell's text is what Jupyter shows as
text: everything it printed, then the repr of its last line if that is an expression whose value is not None.
Object addresses are masked (0xADDR). Output:
  {"torch": version, "notebooks": {file name: [{"cell": index in the notebook, "text": str, "error": str|null}]}}
A cell that raises records the last line of its traceback and stops the notebook (as `tnb run` does).
"""
import json
import os
import platform
import re
import subprocess
import sys
import tempfile

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(HERE, "examples.json")

RUNNER = r'''
import ast, contextlib, io, json, sys, traceback
cells = json.load(sys.stdin)
ns = {"__name__": "__main__"}
out = []
for index, source in cells:
    buf = io.StringIO()
    error = None
    with contextlib.redirect_stdout(buf):
        try:
            tree = ast.parse(source)
            last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
            exec(compile(tree, f"<cell {index + 1}>", "exec"), ns)
            if last is not None:
                value = eval(compile(ast.Expression(last.value), f"<cell {index + 1}>", "eval"), ns)
                if value is not None:
                    print(repr(value))
        except Exception as e:
            error = traceback.format_exception_only(type(e), e)[-1].rstrip("\n")
    out.append({"cell": index, "text": buf.getvalue(), "error": error})
    if error:
        break
json.dump(out, sys.stdout)
'''

ADDR = re.compile(r"0x[0-9a-f]+")


def run(path):
    with open(path, encoding="utf-8") as f:
        nb = json.load(f)
    cells = [[i, c["source"]] for i, c in enumerate(nb["cells"]) if c["kind"] == "code"]
    with tempfile.TemporaryDirectory() as cwd:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONWARNINGS"}
        r = subprocess.run([sys.executable, "-c", RUNNER], input=json.dumps(cells), capture_output=True, text=True,
                           cwd=cwd, env=env, timeout=600)
    if r.returncode != 0:
        sys.exit(f"{path}: the runner failed:\n{r.stderr}")
    result = json.loads(r.stdout)
    for c in result:
        c["text"] = ADDR.sub("0xADDR", c["text"])
    return result


def main():
    folder = os.path.join(ROOT, "examples")
    notebooks = {}
    for name in sorted(os.listdir(folder)):
        if name.endswith(".tnb"):
            notebooks[name] = run(os.path.join(folder, name))
            failed = [c for c in notebooks[name] if c["error"]]
            if failed:
                sys.exit(f"{name}: cell {failed[0]['cell'] + 1} raised {failed[0]['error']}; examples must run cleanly")
            print(f"{name}: {len(notebooks[name])} code cells", file=sys.stderr)
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump({"torch": torch.__version__, "python": platform.python_version(), "notebooks": notebooks}, f,
                  indent=1, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()
