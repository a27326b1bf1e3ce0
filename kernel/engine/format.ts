// Tensor printing: a faithful port of torch/_tensor_str.py (PyTorch 1.13) for
// strided CPU tensors of our dtypes with the default print options.
//
// Covered: _Formatter (int mode, sci mode, widths), _scalar_str, _vector_str
// (linewidth wrapping), _tensor_str_with_formatter (nesting, indentation,
// summarisation with '...'), get_summarized_data, _tensor_str, the plain-tensor
// branch of _str_intern (empty tensors, dtype/size suffixes, grad_fn /
// requires_grad) and _add_suffixes. Not covered (no such tensors here): complex,
// half/bfloat16, sparse, quantized, nested, meta, named, devices, forward-AD
// tangents, functorch wrappers, and non-default set_printoptions.

import { isFloating, type DType } from './dtype';
import { formatExp, formatFixed, formatInt } from './pyfloat';

export interface FormatInput {
  shape: readonly number[];
  dtype: DType;
  /** All elements, row-major contiguous. float32 values are float32-rounded doubles; bool as 0/1. */
  values: ArrayLike<number>;
}

export interface ReprOptions {
  /** e.g. 'MulBackward0' -> suffix `grad_fn=<MulBackward0>`. */
  gradFnName?: string | null;
  /** Leaf requiring grad -> suffix `requires_grad=True` (only when there is no gradFnName). */
  requiresGrad?: boolean;
}

/** torch._tensor_str.PRINT_OPTS (defaults: precision 4, threshold 1000, edgeitems 3, linewidth 80). */
export const PRINT_OPTS = { precision: 4, threshold: 1000, edgeitems: 3, linewidth: 80, sci_mode: null as boolean | null };

export interface PrintOptions {
  precision?: number | null; threshold?: number | null; edgeitems?: number | null; linewidth?: number | null;
  profile?: 'default' | 'short' | 'full' | null; sci_mode?: boolean | null;
}

/** torch.set_printoptions, as PyTorch 1.13 (sci_mode is always replaced, None included). */
export function setPrintOptions(o: PrintOptions): void {
  if (o.profile === 'default') Object.assign(PRINT_OPTS, { precision: 4, threshold: 1000, edgeitems: 3, linewidth: 80 });
  else if (o.profile === 'short') Object.assign(PRINT_OPTS, { precision: 2, threshold: 1000, edgeitems: 2, linewidth: 80 });
  else if (o.profile === 'full') Object.assign(PRINT_OPTS, { precision: 4, threshold: Infinity, edgeitems: 3, linewidth: 80 });
  if (o.precision !== null && o.precision !== undefined) PRINT_OPTS.precision = o.precision;
  if (o.threshold !== null && o.threshold !== undefined) PRINT_OPTS.threshold = o.threshold;
  if (o.edgeitems !== null && o.edgeitems !== undefined) PRINT_OPTS.edgeitems = o.edgeitems;
  if (o.linewidth !== null && o.linewidth !== undefined) PRINT_OPTS.linewidth = o.linewidth;
  PRINT_OPTS.sci_mode = o.sci_mode ?? null;
}

// ---------------------------------------------------------------- _Formatter

interface Formatter {
  floating: boolean;
  bool: boolean;
  intMode: boolean;
  sciMode: boolean;
  maxWidth: number;
}

/** `_Formatter(tensor)`, given the (possibly summarised) elements it would see. */
function makeFormatter(dtype: DType, vals: readonly number[]): Formatter {
  const f: Formatter = {
    floating: isFloating(dtype),   // float16/bfloat16 are printed from their float32 values, as _tensor_str does
    bool: dtype === 'bool',
    intMode: true,
    sciMode: false,
    maxWidth: 1,
  };
  if (!f.floating) {
    for (const v of vals) f.maxWidth = Math.max(f.maxWidth, scalarText(f, v).length);
    return f;
  }
  const nz = vals.filter((v) => Number.isFinite(v) && v !== 0);
  if (nz.length === 0) return f; // no valid number, do nothing
  // Computed in double, like tensor_totype(); |float32| is exact in double.
  let min = Infinity;
  let max = 0;
  for (const v of nz) {
    const a = Math.abs(v);
    if (a < min) min = a;
    if (a > max) max = a;
  }
  f.intMode = nz.every((v) => Number.isInteger(v)); // value == ceil(value)
  if (f.intMode) {
    if (max / min > 1000.0 || max > 1.0e8) {
      f.sciMode = true;
      for (const v of nz) f.maxWidth = Math.max(f.maxWidth, formatExp(v, PRINT_OPTS.precision).length);
    } else {
      for (const v of nz) f.maxWidth = Math.max(f.maxWidth, formatFixed(v, 0).length + 1);
    }
  } else if (max / min > 1000.0 || max > 1.0e8 || min < 1.0e-4) {
    f.sciMode = true;
    for (const v of nz) f.maxWidth = Math.max(f.maxWidth, formatExp(v, PRINT_OPTS.precision).length);
  } else {
    for (const v of nz) f.maxWidth = Math.max(f.maxWidth, formatFixed(v, PRINT_OPTS.precision).length);
  }
  if (PRINT_OPTS.sci_mode !== null) f.sciMode = PRINT_OPTS.sci_mode;
  return f;
}

/** The unpadded text of one element (`ret` in _Formatter.format). */
function scalarText(f: Formatter, v: number): string {
  if (f.floating) {
    if (f.sciMode) return formatExp(v, PRINT_OPTS.precision);
    if (f.intMode) {
      const s = formatFixed(v, 0);
      return Number.isFinite(v) ? s + '.' : s;
    }
    return formatFixed(v, PRINT_OPTS.precision);
  }
  if (f.bool) return v ? 'True' : 'False';
  return formatInt(v);
}

/** `_Formatter.format`: right-aligned to max_width (never truncated). */
function formatElement(f: Formatter, v: number): string {
  const s = scalarText(f, v);
  return s.length < f.maxWidth ? ' '.repeat(f.maxWidth - s.length) + s : s;
}

// ---------------------------------------------------------------- layout

/** Row-major strides. */
function stridesOf(shape: readonly number[]): number[] {
  const st = new Array<number>(shape.length);
  let s = 1;
  for (let d = shape.length - 1; d >= 0; d--) {
    st[d] = s;
    s *= shape[d];
  }
  return st;
}

/** Indices shown along a dimension of this size; -1 marks the '...' slot. */
function shownIndices(size: number, summarize: boolean): number[] {
  if (summarize && size > 2 * PRINT_OPTS.edgeitems) {
    const out: number[] = [];
    for (let i = 0; i < PRINT_OPTS.edgeitems; i++) out.push(i);
    out.push(-1);
    for (let i = size - PRINT_OPTS.edgeitems; i < size; i++) out.push(i);
    return out;
  }
  return Array.from({ length: size }, (_, i) => i);
}

class Printer {
  private readonly strides: number[];
  private readonly fmt: Formatter;

  constructor(
    private readonly shape: readonly number[],
    private readonly values: ArrayLike<number>,
    dtype: DType,
    private readonly summarize: boolean,
  ) {
    this.strides = stridesOf(shape);
    // get_summarized_data keeps exactly the elements that will be printed.
    const seen: number[] = [];
    this.collect(0, 0, seen);
    this.fmt = makeFormatter(dtype, seen);
  }

  private collect(dim: number, offset: number, out: number[]): void {
    if (dim === this.shape.length) {
      out.push(this.values[offset]);
      return;
    }
    for (const i of shownIndices(this.shape[dim], this.summarize)) {
      if (i >= 0) this.collect(dim + 1, offset + i * this.strides[dim], out);
    }
  }

  /** `_tensor_str_with_formatter` for the sub-tensor starting at `dim` / `offset`. */
  str(dim: number, offset: number, indent: number): string {
    const rank = this.shape.length - dim;
    if (rank === 0) return formatElement(this.fmt, this.values[offset]);
    const idx = shownIndices(this.shape[dim], this.summarize);
    if (rank === 1) return this.vector(idx, offset, this.strides[dim], indent);
    const slices = idx.map((i) =>
      i < 0 ? '...' : this.str(dim + 1, offset + i * this.strides[dim], indent + 1),
    );
    return '[' + slices.join(',' + '\n'.repeat(rank - 1) + ' '.repeat(indent + 1)) + ']';
  }

  /** `_vector_str`. */
  private vector(idx: number[], offset: number, stride: number, indent: number): string {
    const elementLength = this.fmt.maxWidth + 2; // includes the ', ' separator
    const perLine = Math.max(1, Math.floor((PRINT_OPTS.linewidth - indent) / elementLength));
    const data = idx.map((i) => (i < 0 ? ' ...' : formatElement(this.fmt, this.values[offset + i * stride])));
    const lines: string[] = [];
    for (let i = 0; i < data.length; i += perLine) lines.push(data.slice(i, i + perLine).join(', '));
    return '[' + lines.join(',' + '\n' + ' '.repeat(indent + 1)) + ']';
  }
}

function numelOf(shape: readonly number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}

/** `_tensor_str(self, indent)`. */
function tensorStr(t: FormatInput, indent: number): string {
  const numel = numelOf(t.shape);
  if (numel === 0) return '[]';
  if (t.values.length < numel) {
    throw new RangeError(`formatTensor: ${t.values.length} values for shape (${t.shape.join(', ')})`);
  }
  return new Printer(t.shape, t.values, t.dtype, numel > PRINT_OPTS.threshold).str(0, 0, indent);
}

/** Python's str(tuple(shape)). */
function tupleStr(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
}

/** `_add_suffixes`. */
function addSuffixes(tensorString: string, suffixes: readonly string[], indent: number): string {
  const parts = [tensorString];
  // Python: len(s) - s.rfind('\n') + 1 (rfind is -1 without a newline; quirk kept).
  let lastLineLen = tensorString.length - tensorString.lastIndexOf('\n') + 1;
  for (const suffix of suffixes) {
    if (lastLineLen + suffix.length + 2 > PRINT_OPTS.linewidth) {
      parts.push(',\n' + ' '.repeat(indent) + suffix);
      lastLineLen = indent + suffix.length;
    } else {
      parts.push(', ' + suffix);
      lastLineLen += suffix.length + 2;
    }
  }
  parts.push(')');
  return parts.join('');
}

// ---------------------------------------------------------------- API

/** Exactly what `repr(t)` / `print(t)` shows in PyTorch 1.13.1 (they are the same for tensors). */
export function formatTensor(t: FormatInput, opts: ReprOptions = {}): string {
  const prefix = 'tensor(';
  const indent = prefix.length;
  const suffixes: string[] = [];
  let body: string;
  if (numelOf(t.shape) === 0) {
    // Explicitly print the shape if it is not (0,), to match NumPy.
    if (t.shape.length !== 1) suffixes.push('size=' + tupleStr(t.shape));
    // No elements to infer the dtype from: anything but the default dtype is shown.
    if (t.dtype !== 'float32') suffixes.push('dtype=torch.' + t.dtype);
    body = '[]';
  } else {
    // has_default_dtype: float32 (default), int64 and bool are not shown.
    if (t.dtype !== 'float32' && t.dtype !== 'int64' && t.dtype !== 'bool') suffixes.push('dtype=torch.' + t.dtype);
    body = tensorStr(t, indent);
  }
  if (opts.gradFnName) suffixes.push(`grad_fn=<${opts.gradFnName}>`);
  else if (opts.requiresGrad) suffixes.push('requires_grad=True');
  return addSuffixes(prefix + body, suffixes, indent);
}

/**
 * The body only, as `_tensor_str(t, indent)` without prefix/suffix (useful for
 * hovers). With the default indent 0, continuation lines line up under the
 * opening '['; pass 7 to get exactly the body of `formatTensor`.
 */
export function formatValues(t: FormatInput, indent = 0): string {
  return tensorStr(t, indent);
}
