# The one door from Python to the engine (the JS module `_tnb_engine`, kernel/bridge.ts).
#
# Python objects hold integer handles. `call(name, *args)` encodes the arguments with a signature string so that
# Python's int / float / bool distinction survives (JS has one number type), calls the engine, and turns engine
# errors into the Python exceptions PyTorch raises (RuntimeError, IndexError, TypeError, ValueError) with
# PyTorch's text. Tensor handles come back as ints; `wrap` gives the one Python Tensor object per engine tensor.
import linecache
import sys
import weakref

from pyodide.ffi import JsException, create_proxy

# The engine module is bound after import (`bind`), so that the package can be imported into Pyodide's memory
# snapshot, which cannot hold references to JS objects. Hot JS functions are cached as globals at bind time: an
# attribute lookup on a JS module costs microseconds per call.
_engine = None
_call = _release = _release_node = None
_binders = []


class _LateEngine:
    """`_E.name` reaches the engine module once it is bound."""

    def __getattr__(self, name):
        if _engine is None:
            raise RuntimeError('tnb: the torch package is not connected to the engine (kernel not started)')
        return getattr(_engine, name)


_E = _LateEngine()


def on_bind(fn):
    """Registers fn(engine), called when the engine is bound (modules cache their hot JS functions there)."""
    _binders.append(fn)
    return fn


def bind(engine):
    global _engine, _call, _release, _release_node
    _engine = engine
    _call, _release, _release_node = engine.call, engine.release, engine.release_node
    _TensorRef.release = staticmethod(_release)   # a JS function as a class attribute would bind `this`
    engine.set_site_resolver(create_proxy(site_info))
    for fn in _binders:
        fn(engine)

_ERRORS = {
    'RuntimeError': RuntimeError, 'IndexError': IndexError, 'TypeError': TypeError, 'ValueError': ValueError,
    'NotImplementedError': NotImplementedError,
}


def error_from_js(e):
    """The Python exception for a JS error thrown by the engine."""
    js = e.js_error
    py_type = getattr(js, 'pyType', None)
    msg = str(getattr(js, 'message', e))
    if py_type:
        if str(py_type) == 'KeyboardInterrupt':
            # A long engine call saw the interrupt flag (and cleared it): raised as CPython raises SIGINT's.
            return KeyboardInterrupt()
        if str(py_type) == 'LinAlgError':
            from ._linalg_fns import LinAlgError as _LinAlgError
            _ERRORS['LinAlgError'] = _LinAlgError
        exc = _ERRORS.get(str(py_type), RuntimeError)(msg)
        related = getattr(js, 'tnbRelated', None)
        if related is not None:
            # lines of user code the error relates to (where the graph was freed, where a tensor changed in place)
            exc._tnb_related = [(int(r.site), str(r.message)) for r in related]
        return exc
    name = str(getattr(js, 'name', ''))
    if name == 'TypeError':
        return TypeError(msg)
    if name == 'RangeError':
        return RuntimeError(msg)
    return RuntimeError('tnb internal error: ' + msg + '\n' + str(getattr(js, 'stack', '')))


# Filled in by torch/__init__.py (the classes are defined after this module).
Tensor = None
dtype = None
Generator = None


def _encode(args, sig, vals):
    for a in args:
        k = _LETTERS.get(type(a))
        if k is not None:
            # the common exact types (and Tensor subclasses met before): one dict lookup
            sig.append(k)
            vals.append(a._h if k == 't' else a)
        elif isinstance(a, Tensor):
            _LETTERS[type(a)] = 't'
            sig.append('t'); vals.append(a._h)
        elif a is True or a is False:
            sig.append('b'); vals.append(a)
        elif isinstance(a, int):
            sig.append('i'); vals.append(int(a))
        elif isinstance(a, float):
            sig.append('f'); vals.append(a)
        elif isinstance(a, str):
            sig.append('s'); vals.append(a)
        elif isinstance(a, dtype):
            sig.append('s'); vals.append(a._engine_name())
        elif isinstance(a, (list, tuple)):
            sig.append('['); _encode(a, sig, vals); sig.append(']')
        elif isinstance(a, Generator):
            sig.append('G'); vals.append(a._g)
        elif callable(a):
            sig.append('p'); vals.append(a)
        else:
            raise TypeError(f"tnb: cannot pass a value of type {type(a).__name__} to the engine")


# Signature letters of exact types (filled in with Tensor by torch/__init__.py through `set_tensor_class`).
_LETTERS = {type(None): 'n', bool: 'b', int: 'i', float: 'f', str: 's'}


def set_classes(tensor, dtype_, generator):
    global Tensor, dtype, Generator
    Tensor, dtype, Generator = tensor, dtype_, generator
    _LETTERS[tensor] = 't'


# --- creation sites -----------------------------------------------------------------------------------------------
# Each engine call carries the line of user code that made it (the innermost frame outside this package and the
# standard library), so that graph nodes know where they were created: the graph view groups a loop's repeated
# nodes by it. A site is one int, source * _SITE_LINES + line, where `source` indexes the text of the file as it
# was when that code ran (a re-run cell gets a new index, so older nodes keep their line). Code objects are
# classified once, then found by id(): a code object's own hash is not cached and walks its whole bytecode and
# constants (a long cell's module code, at every op), so it is never the key. `_kept` holds every classified code
# object so that its id is never reused.
_SITE_LINES = 1 << 20
_PKG = __file__.rsplit('/torch/', 1)[0] + '/'
_sources = []          # [(filename, lines or None)]
_source_index = {}     # filename -> index in _sources of its current text
_codes = {}            # id(code object) -> False (package, stdlib) or source index * _SITE_LINES
_kept = {}             # id(code object) -> the code object
_getframe = sys._getframe


def register_source(filename, lines):
    """Code compiled from `lines` under `filename` runs next (a cell): its sites refer to this text."""
    _source_index[filename] = len(_sources)
    _sources.append((filename, lines))


def bind_code(code):
    """Binds a compiled cell, and the functions and classes defined in it, to its file's current text, so that a
    function defined by an earlier run of the same cell keeps pointing at the text it was compiled from."""
    i = _source_index.get(code.co_filename)
    if i is None:
        return
    stack = [code]
    while stack:
        c = stack.pop()
        _codes[id(c)] = i * _SITE_LINES
        _kept[id(c)] = c
        stack.extend(x for x in c.co_consts if isinstance(x, type(c)))


def _classify(code):
    fn = code.co_filename
    if fn.startswith(_PKG) or fn.startswith('/lib/python') or fn.startswith('<frozen'):
        k = False
    else:
        i = _source_index.get(fn)
        if i is None:
            register_source(fn, None)
            i = len(_sources) - 1
        k = i * _SITE_LINES
    _codes[id(code)] = k
    _kept[id(code)] = code
    return k


def _site():
    f = _getframe(2)
    while f is not None:
        k = _codes.get(id(f.f_code))
        if k is None:
            k = _classify(f.f_code)
        if k is not False:
            return k + min(f.f_lineno or 0, _SITE_LINES - 1)
        f = f.f_back
    return -1


def site_info(site):
    """[filename, line, text of the line] of a site, or None."""
    i, line = divmod(int(site), _SITE_LINES)
    if not 0 <= i < len(_sources):
        return None
    filename, lines = _sources[i]
    if lines is None:
        lines = linecache.getlines(filename)
    code = lines[line - 1].strip() if 0 < line <= len(lines) else ''
    return [filename, line, code]


def call(name, *args):
    """Calls engine op `name`; returns what the engine returns (handles for tensors)."""
    if _dead:
        drain()
    sig = []
    vals = []
    _encode(args, sig, vals)
    try:
        return _call(name, ''.join(sig), _site(), *vals)
    except JsException as e:
        raise error_from_js(e) from None


def js(fn, *args):
    """Calls another function of the engine module, converting its errors."""
    if _dead:
        drain()
    try:
        return fn(*args)
    except JsException as e:
        raise error_from_js(e) from None


# --- one Python object per engine object ------------------------------------------------------------------------------
# A handle is released when its Python object dies, without a Python __del__: the object's weakref callback is a C
# function (list.append) that queues the weakref, and the queue is drained before the next engine call. No Python
# bytecode runs while an object dies, so an interrupt (KeyboardInterrupt) never lands in a finalizer, where CPython
# would swallow it and the interrupted cell would run on.
class _HandleRef(weakref.ref):
    __slots__ = ('h', 'release', 'table')


_dead = []
_queue_dead = _dead.append
_live = {}


def track(obj, h, table, release):
    """Makes obj the owner of handle h in `table` (handle -> _HandleRef)."""
    r = _HandleRef(obj, _queue_dead)
    r.h = h
    r.release = release
    r.table = table
    table[h] = r


def lookup(table, h):
    """The live object of handle h, or None. A dead owner whose release is still queued gives up the handle
    (the caller makes a new owner of the same engine reference)."""
    r = table.get(h)
    if r is None:
        return None
    o = r()
    if o is None:
        r.h = None
    return o


def drain():
    """Releases the handles of Python objects that died since the last engine call."""
    while _dead:
        r = _dead.pop()
        h = r.h
        if h is not None:
            r.h = None
            if r.table.get(h) is r:
                del r.table[h]
            r.release(h)


class _TensorRef(_HandleRef):
    """The owner reference of a Tensor's handle: release and table are the class's (two attribute stores fewer
    per op than track())."""
    __slots__ = ()
    table = _live      # `release` is set by bind()


_new_object = object.__new__


def wrap(h):
    """The Tensor for handle h (the existing object when there is one). The hot path of every op's result: lookup
    and track inlined."""
    if h is None:
        return None
    r = _live.get(h)
    if r is not None:
        o = r()
        if o is not None:
            return o
        r.h = None
    o = _new_object(Tensor)
    o._h = h
    r = _TensorRef(o, _queue_dead)
    r.h = h
    _live[h] = r
    return o


def rebind(o, h):
    """Makes Tensor o own handle h in place of its old one, which is released (the in-place geometry ops: the
    engine hands back a new tensor for the same Python object, as PyTorch changes a tensor's sizes in place)."""
    old = o._h
    r = _live.get(old)
    if r is not None and r() is o:
        r.h = None
        del _live[old]
        _TensorRef.release(old)
    o._h = h
    r = _TensorRef(o, _queue_dead)
    r.h = h
    _live[h] = r
    return o


def wrap_list(hs):
    return [wrap(h) for h in hs]


def to_py(v):
    """A JS array (JsProxy) to a Python list; other values unchanged."""
    return v.to_py() if hasattr(v, 'to_py') else v


__all__ = ['call', 'js', 'wrap', 'wrap_list', 'to_py', 'create_proxy', 'error_from_js', '_E']
