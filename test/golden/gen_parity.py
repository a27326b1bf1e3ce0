#!/usr/bin/python3
"""Generate test/golden/parity.json: the snippets of test/golden/parity/*.py run as whole programs in real PyTorch.

Run:  /usr/bin/python3 test/golden/gen_parity.py [NAME ...]   (names: regenerate only those snippets)

Every snippet runs in a fresh `sys.executable` subprocess (cwd = an empty temp dir, PYTHONWARNINGS unset). Output:
  {"torch": version, "python": version,
   "cases": {name: {"stdout":   everything the snippet printed (object addresses 0x... masked as 0xADDR),
                    "error":    last line of the traceback, e.g. "RuntimeError: ..." (addresses masked), or null,
                    "warnings": ["UserWarning: message", ...]  (each warning Python printed to stderr, in order),
                    "exit":     the process exit code}}}
`name` is the file name without ".py". Naming convention, checked here: files named err_*.py (and seed.py, the seed
program verbatim, whose second y.backward raises) must end in an uncaught exception (non-zero exit, a traceback on
stderr); all others must exit 0 with nothing on stderr but warnings.
The generator exits non-zero, writing nothing, if any snippet breaks the convention (e.g. a typo in a snippet).
"""
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
SNIPPETS = os.path.join(HERE, "parity")
OUT = os.path.join(HERE, "parity.json")
TIMEOUT = 120  # seconds per snippet
RAISING = {"seed"}  # expected to raise although not named err_*

ADDR = re.compile(r"0x[0-9a-f]+")
# warnings.formatwarning: "{filename}:{lineno}: {category}: {message}\n" then "  {source line}\n" (if available)
WARNING_HEAD = re.compile(r"^.*?:\d+: ([A-Za-z_][A-Za-z0-9_]*(?:Warning)): (.*)$")


def mask(s):
    return ADDR.sub("0xADDR", s)


def parse_stderr(stderr):
    """→ (warnings, traceback lines, unexplained lines)."""
    lines = stderr.splitlines()
    warns, other = [], []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("Traceback (most recent call last):"):
            return warns, lines[i:], other
        m = WARNING_HEAD.match(line)
        if m:
            msg = [f"{m.group(1)}: {m.group(2)}"]
            i += 1
            # a multi-line message continues until the indented source line, the next warning or a traceback
            while (i < len(lines) and not lines[i].startswith("  ") and not WARNING_HEAD.match(lines[i])
                   and not lines[i].startswith("Traceback (most recent call last):")):
                msg.append(lines[i])
                i += 1
            if i < len(lines) and lines[i].startswith("  "):
                i += 1  # the source line of the warning
            warns.append(mask("\n".join(msg)))
            continue
        other.append(line)
        i += 1
    return warns, [], other


def run(path):
    env = dict(os.environ)
    env.pop("PYTHONWARNINGS", None)
    with tempfile.TemporaryDirectory(prefix="tnb-parity-") as cwd:
        p = subprocess.run([sys.executable, path], cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                           capture_output=True, text=True, encoding="utf-8", timeout=TIMEOUT)
    return p.returncode, p.stdout, p.stderr


def check(name, code, stdout, stderr):
    """→ (case, problem or None)."""
    warns, tb, other = parse_stderr(stderr)
    error = None
    tail = [l for l in tb if l.strip()]
    if tail:
        error = mask(tail[-1])
    case = {"stdout": mask(stdout), "error": error, "warnings": warns, "exit": code}
    if name.startswith("err_") or name in RAISING:
        if code == 0 or error is None:
            return case, f"expected an uncaught exception, got exit {code}"
        if not re.match(r"^[A-Za-z_][\w.]*(Error|Exception|Interrupt)\b", error):
            return case, f"last traceback line does not name an exception: {error!r}"
        if other:
            return case, "unexpected stderr before the traceback:\n    " + "\n    ".join(other)
    else:
        if code != 0 or tb or other:
            return case, f"exit {code}, stderr:\n    " + "\n    ".join(stderr.splitlines()[-15:])
    return case, None


def main():
    files = sorted(f for f in os.listdir(SNIPPETS) if f.endswith(".py"))
    only = sys.argv[1:]   # snippet names: regenerate just these, keep the other recorded cases
    if only:
        unknown = [n for n in only if f"{n}.py" not in files]
        if unknown:
            sys.exit(f"no such snippets: {unknown}")
        files = [f"{n}.py" for n in only]
    if not files:
        sys.exit(f"no snippets in {SNIPPETS}")
    for f in files:
        with open(os.path.join(SNIPPETS, f), encoding="utf-8") as fh:
            if not fh.readline().startswith("import torch"):
                sys.exit(f"{f}: a snippet must start with `import torch`")
    with ThreadPoolExecutor(max_workers=max(1, os.cpu_count() or 1)) as pool:
        results = list(pool.map(lambda f: run(os.path.join(SNIPPETS, f)), files))
    cases, failures = {}, []
    for f, (code, stdout, stderr) in zip(files, results):
        name = f[:-3]
        case, problem = check(name, code, stdout, stderr)
        if problem:
            failures.append(f"{name}: {problem}")
        cases[name] = case
    if failures:
        sys.exit("snippets that do not behave as named:\n  " + "\n  ".join(failures))
    if only:
        with open(OUT, encoding="utf-8") as fh:
            kept = json.load(fh)["cases"]
        kept.update(cases)
        present = {f[:-3] for f in os.listdir(SNIPPETS) if f.endswith(".py")}
        cases = {k: v for k, v in kept.items() if k in present}
    doc = {"torch": torch.__version__, "python": platform.python_version(), "cases": dict(sorted(cases.items()))}
    with open(OUT, "w", encoding="utf-8") as fh:
        json.dump(doc, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    n_err = sum(1 for c in cases.values() if c["error"])
    n_warn = sum(1 for c in cases.values() if c["warnings"])
    print(f"wrote {OUT}: {len(cases)} cases ({n_err} raising, {n_warn} with warnings)")


if __name__ == "__main__":
    main()
