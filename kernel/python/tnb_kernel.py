# The cell runner of the tnb kernel: runs code like a Jupyter cell (state kept in one namespace, the trailing
# expression's value displayed), formats tracebacks as Python prints them without the kernel's own frames, and
# answers inspections (hovers) without running user code.
import ast
import functools
import json
import linecache
import sys
import time
import traceback
import types
import warnings

import torch
from torch import _bridge
from torch.autograd import graph as _graph

PKG = '/tnb/'
user_ns = {'__name__': '__main__', '__builtins__': __builtins__}
_main = types.ModuleType('__main__')
_main.__dict__.update(user_ns)
user_ns = _main.__dict__
sys.modules['__main__'] = _main

_tnb_host = None


def bind(argv):
    """Connects the package to the engine and the host (after a snapshot restore, or a cold start)."""
    global _tnb_host
    import _tnb_engine
    import _tnb_host as host
    _tnb_host = host
    _bridge.bind(_tnb_engine)
    _tnb_engine.set_record_grads(True, RECORD_GRAD_NUMEL)
    sys.argv = list(argv)
    sys.stdout.reconfigure(line_buffering=True)
    sys.stderr.reconfigure(line_buffering=True)
    if not getattr(time.sleep, '_tnb_flushes', False):
        time.sleep = _flushing_sleep(time.sleep)


def _flushing_sleep(sleep):
    """time.sleep that first posts the output the worker holds back (kernel/stream-output.ts): the worker cannot
    post while it sleeps."""
    @functools.wraps(sleep)
    def wrapper(secs):
        _tnb_host.flush_output()
        return sleep(secs)
    wrapper._tnb_flushes = True
    return wrapper


RECORD_GRAD_NUMEL = 1 << 20   # gradients kept on nodes for the graph view: at most this many elements each


def _is_internal(filename):
    return filename.startswith(PKG) or filename.startswith('/lib/python') and '/_pyodide/' in filename


class _Stack(traceback.StackSummary):
    """CPython 3.13's StackSummary.format, except that frames past the third repeat of a line are not formatted
    before being dropped: formatting one (source line, caret anchors from an ast parse) costs about a millisecond
    in Pyodide, so a RecursionError's 1,000 frames took over a second. The text is the same."""

    def format(self, **kwargs):
        colorize = kwargs.get('colorize', False)
        result = []
        last = None
        count = 0
        cutoff = traceback._RECURSIVE_CUTOFF
        for fs in self:
            key = (fs.filename, fs.lineno, fs.name)
            if key != last:
                if count > cutoff:
                    count -= cutoff
                    result.append(f'  [Previous line repeated {count} more time{"s" if count > 1 else ""}]\n')
                last = key
                count = 0
            count += 1
            if count > cutoff:
                continue
            formatted = self.format_frame_summary(fs, colorize=colorize)
            if formatted is not None:
                result.append(formatted)
        if count > cutoff:
            count -= cutoff
            result.append(f'  [Previous line repeated {count} more time{"s" if count > 1 else ""}]\n')
        return result


def _filter(te):
    """Drops frames of the kernel and the torch package from a TracebackException (and its causes)."""
    seen = set()
    while te is not None and id(te) not in seen:
        seen.add(id(te))
        te.stack = _Stack(f for f in te.stack if not _is_internal(f.filename))
        if te.__cause__ is not None:
            _filter(te.__cause__)
        te = te.__context__


def _error_info(e, filename):
    te = traceback.TracebackException(type(e), e, e.__traceback__, compact=True, lookup_lines=False)
    _filter(te)
    lines = list(te.format())
    text = ''.join(lines)
    location = None
    if isinstance(e, SyntaxError) and e.filename == filename and e.lineno:
        location = {'filename': filename, 'line': e.lineno}
    else:
        for f in reversed(te.stack):
            if f.filename == filename or f.filename.startswith('<cell '):
                location = {'filename': f.filename, 'line': f.lineno}
                break
    evalue = str(e)
    related = []
    for site, message in getattr(e, '_tnb_related', None) or []:
        info = _bridge.site_info(site)
        if info:
            related.append({'filename': info[0], 'line': info[1], 'message': message})
    return {'ename': type(e).__name__, 'evalue': evalue, 'traceback': text.rstrip('\n').split('\n'), 'location': location,
            'related': related}


def _display(value, expr_node):
    if value is None:
        return
    user_ns['_'] = value
    # A name or attribute chain (`x`, `x.grad`, `model.fc1.weight`) labels the value (heatmap hover, graph leaves).
    node = expr_node
    while isinstance(node, ast.Attribute):
        node = node.value
    name = ast.unparse(expr_node) if isinstance(node, ast.Name) else None
    display(value, name)


def display(value, name=None, grad=True):
    """Shows a value in the cell's output now: its repr, plus tnb's tensor or graph view (tnb.show)."""
    text = repr(value)
    if isinstance(value, torch.Tensor):
        _tnb_host.display(text, 'tensor' if grad else 'tensor-nograd', value._h, name)
    elif isinstance(value, _graph.Node):
        _tnb_host.display(text, 'node', value._n, name)
    else:
        _tnb_host.display(text, 'other', None, name)


def run(code, filename, display_trailing):
    """Runs `code` compiled as `filename`; returns None, or a JSON error description."""
    lines = code.splitlines(True)
    linecache.cache[filename] = (len(code), None, lines, filename)
    _bridge.register_source(filename, lines)
    is_script = not filename.startswith('<')
    if is_script:
        user_ns['__file__'] = filename
    try:
        tree = ast.parse(code, filename)
        last = None
        if display_trailing and tree.body and isinstance(tree.body[-1], ast.Expr):
            last = tree.body.pop().value
        body = compile(tree, filename, 'exec')
        _bridge.bind_code(body)
        exec(body, user_ns)
        if last is not None:
            tail = compile(ast.Expression(last), filename, 'eval')
            _bridge.bind_code(tail)
            value = eval(tail, user_ns)
            _display(value, last)
        return None
    except SystemExit as e:
        if e.code in (None, 0):
            return None
        return json.dumps(_error_info(e, filename))
    except BaseException as e:   # noqa: B902 (KeyboardInterrupt too: the kernel keeps running)
        return json.dumps(_error_info(e, filename))
    finally:
        try:
            _bridge.drain()
            sys.stdout.flush()
            sys.stderr.flush()
        except BaseException:
            pass


def variables():
    """[name, handle] of the tensors bound to top-level names, and of the parameters of modules bound to names (their
    `_parameters` and `_modules` dicts, read without running user code), for the Tensors view."""
    out = []

    def walk(prefix, obj, depth):
        d = getattr(type(obj), '__dict__', None) is not None and getattr(obj, '__dict__', None)
        if not isinstance(d, dict) or depth > 6:
            return
        params, mods = d.get('_parameters'), d.get('_modules')
        if isinstance(params, dict):
            for k, v in params.items():
                if isinstance(v, torch.Tensor):
                    out.append([prefix + '.' + k, v._h])
        if isinstance(mods, dict):
            for k, v in mods.items():
                if v is not None:
                    walk(prefix + '.' + k, v, depth + 1)

    for k, v in list(user_ns.items()):
        if k.startswith('_'):
            continue
        if isinstance(v, torch.Tensor):
            out.append([k, v._h])
        elif not isinstance(v, (types.ModuleType, type)):
            walk(k, v, 0)
    return out


def tensor_names():
    """[handle, name] of the tensors bound to top-level names (graph labels for leaves)."""
    out = []
    for k, v in list(user_ns.items()):
        if isinstance(v, torch.Tensor) and not k.startswith('_'):
            out.append([v._h, k])
    return out


_SAFE_TENSOR_ATTRS = {'grad', 'grad_fn', 'data', 'T', 'mT', 'shape', 'dtype', 'requires_grad', 'is_leaf', 'device', 'ndim'}


def _resolve(expression):
    # A name, then attributes, or keys of nn.Module's _parameters/_modules (`model.0.weight`: Sequential's children
    # are named "0", "1", ...; any string but "." can be such a key, and the Tensors view lists them that way).
    parts = expression.split('.')
    if not parts[0].isidentifier() or not all(parts[1:]):
        raise LookupError('not a name or attribute chain')
    if parts[0] in user_ns:
        obj = user_ns[parts[0]]
    elif hasattr(__builtins__, parts[0]) if not isinstance(__builtins__, dict) else parts[0] in __builtins__:
        raise LookupError('a builtin')
    else:
        raise LookupError(f'{parts[0]} is not defined')
    for p in parts[1:]:
        if isinstance(obj, torch.Tensor):
            if p not in _SAFE_TENSOR_ATTRS:
                raise LookupError(f'{p} is not evaluated for hovers')
            import warnings
            with warnings.catch_warnings():
                warnings.simplefilter('ignore')
                obj = getattr(obj, p)
            continue
        if isinstance(obj, _graph.Node) and p in ('next_functions', 'variable'):
            obj = getattr(obj, p)
            continue
        if isinstance(obj, types.ModuleType):
            d = obj.__dict__
        else:
            d = getattr(obj, '__dict__', None)
        if d is None or p not in d or not p.isidentifier():
            # Only plain instance/module attributes: no properties, descriptors or __getattr__ of user classes.
            params = d.get('_parameters', {}) if d else {}
            mods = d.get('_modules', {}) if d else {}
            if p in params:
                obj = params[p]
                continue
            if p in mods:
                obj = mods[p]
                continue
            raise LookupError(f'{p} is not a plain attribute')
        obj = d[p]
    return obj


def inspect(expression):
    try:
        value = _resolve(expression)
    except LookupError as e:
        return json.dumps({'kind': 'unavailable', 'expression': expression, 'reason': str(e)})
    if isinstance(value, torch.Tensor):
        # The worker replaces the handle by the tensor's payload (built next to the engine).
        return json.dumps({'kind': 'tensor', 'expression': expression, 'handle': value._h})
    try:
        r = repr(value) if isinstance(value, (int, float, str, bool, list, tuple, dict, type(None), _graph.Node,
                                               torch.Size, torch.dtype)) else object.__repr__(value)
    except Exception as e:   # noqa: BLE001
        r = f'<repr failed: {type(e).__name__}>'
    if len(r) > 2000:
        r = r[:2000] + '…'
    return json.dumps({'kind': 'value', 'expression': expression, 'type': type(value).__name__, 'repr': r})


def reset():
    """Forgets every variable (like Jupyter's %reset -f) and restores grad mode; the kernel stays up."""
    for k in [k for k in user_ns if k not in ('__name__', '__builtins__')]:
        del user_ns[k]
    user_ns.pop('__warningregistry__', None)
    warnings._filters_mutated()   # every module's once-per-location registry is stale: warnings show as in a new process
    import gc
    gc.collect()
    torch.set_grad_enabled(True)
    torch.autograd.set_detect_anomaly(False)
    torch.set_default_dtype(torch.float32)
