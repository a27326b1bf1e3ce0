// Colours and geometry of the tensor heatmaps, pure (no DOM), so they are unit-tested under node.
//
// Values use a perceptual sequential map (viridis, by its published control points, interpolated in sRGB);
// gradients a diverging map centred at zero (ColorBrewer RdBu, blue for negative, red for positive) on a symmetric
// scale [-m, m]. NaN, +inf and -inf get colours outside both maps, so they never read as numbers.
import type { Sample } from '../kernel/protocol';

export type RGB = readonly [number, number, number];

const VIRIDIS: RGB[] = [
  [68, 1, 84], [72, 40, 120], [62, 73, 137], [49, 104, 142], [38, 130, 142], [31, 158, 137],
  [53, 183, 121], [109, 205, 89], [180, 222, 44], [253, 231, 37],
];
const RDBU: RGB[] = [
  [5, 48, 97], [33, 102, 172], [67, 147, 195], [146, 197, 222], [209, 229, 240], [247, 247, 247],
  [253, 219, 199], [244, 165, 130], [214, 96, 77], [178, 24, 43], [103, 0, 31],
];

export const NAN_COLOR: RGB = [255, 0, 255];      // magenta: not a number
export const POSINF_COLOR: RGB = [255, 255, 255]; // white with a mark: +inf
export const NEGINF_COLOR: RGB = [0, 0, 0];       // black with a mark: -inf

function lerpStops(stops: RGB[], t: number): RGB {
  const x = Math.min(1, Math.max(0, t)) * (stops.length - 1);
  const i = Math.min(stops.length - 2, Math.floor(x));
  const f = x - i;
  const a = stops[i], b = stops[i + 1];
  return [Math.round(a[0] + (b[0] - a[0]) * f), Math.round(a[1] + (b[1] - a[1]) * f), Math.round(a[2] + (b[2] - a[2]) * f)];
}

export type Scale = { kind: 'sequential'; min: number; max: number } | { kind: 'diverging'; max: number };

/** The scale for a set of values: sequential over [min, max], or diverging over [-max|v|, max|v|]. */
export function scaleFor(kind: Scale['kind'], min: number | null, max: number | null): Scale {
  const lo = min ?? 0, hi = max ?? 0;
  if (kind === 'diverging') return { kind, max: Math.max(Math.abs(lo), Math.abs(hi)) };
  return { kind, min: lo, max: hi };
}

/** The colour of one value (NaN and ±inf by their own colours). */
export function colorOf(v: number | 'nan' | 'inf' | '-inf', scale: Scale): RGB {
  if (v === 'nan' || Number.isNaN(v)) return NAN_COLOR;
  if (v === 'inf' || v === Infinity) return POSINF_COLOR;
  if (v === '-inf' || v === -Infinity) return NEGINF_COLOR;
  if (scale.kind === 'diverging') {
    const t = scale.max === 0 ? 0.5 : 0.5 + (v as number) / (2 * scale.max);
    return lerpStops(RDBU, t);
  }
  const span = scale.max - scale.min;
  return lerpStops(VIRIDIS, span === 0 ? 0.5 : ((v as number) - scale.min) / span);
}

export function cssColor(c: RGB): string {
  return `rgb(${c[0]}, ${c[1]}, ${c[2]})`;
}

/** Evenly spaced colours of a scale for its legend bar, left (min) to right (max). */
export function legendStops(scale: Scale, n = 11): RGB[] {
  const out: RGB[] = [];
  for (let i = 0; i < n; i++) {
    const t = i / (n - 1);
    out.push(scale.kind === 'diverging' ? lerpStops(RDBU, t) : lerpStops(VIRIDIS, t));
  }
  return out;
}

// --- geometry ----------------------------------------------------------------------------------------------------

/** How a sample is drawn: a list of 2-D slices (rows x cols), one per index of the leading dimensions. */
export interface Layout {
  rows: number;
  cols: number;
  /** Sizes of the leading dimensions (empty for 1-D and 2-D). */
  leading: number[];
  slices: number;
}

export function layoutOf(shape: readonly number[]): Layout {
  if (shape.length === 0) return { rows: 1, cols: 1, leading: [], slices: 1 };
  if (shape.length === 1) return { rows: 1, cols: shape[0], leading: [], slices: 1 };
  const leading = shape.slice(0, -2);
  return { rows: shape[shape.length - 2], cols: shape[shape.length - 1], leading, slices: leading.reduce((a, b) => a * b, 1) };
}

/** The index into the original tensor of sample element (slice, row, col), via the sample's steps. */
export function tensorIndex(sample: Sample, slice: number, row: number, col: number): number[] {
  const shape = sample.shape;
  const idx: number[] = [];
  if (shape.length === 1) idx.push(col);
  else if (shape.length >= 2) {
    const leading = shape.slice(0, -2);
    let rest = slice;
    const lead: number[] = [];
    for (let d = leading.length - 1; d >= 0; d--) { lead.unshift(rest % leading[d]); rest = Math.floor(rest / leading[d]); }
    idx.push(...lead, row, col);
  }
  return idx.map((i, d) => i * (sample.step[d] ?? 1));
}

/** The sample value at (slice, row, col). */
export function sampleValue(sample: Sample, slice: number, row: number, col: number): Sample['values'][number] {
  const { rows, cols } = layoutOf(sample.shape);
  return sample.values[slice * rows * cols + row * cols + col];
}

/** Cell size in CSS pixels so a slice fits `width` (at least 1, at most 24). */
export function cellSize(cols: number, rows: number, width = 480, height = 320): number {
  return Math.max(1, Math.min(24, Math.floor(Math.min(width / Math.max(cols, 1), height / Math.max(rows, 1)))));
}

/** A value as the hover shows it: exact for finite numbers, inf/nan words otherwise. */
export function formatValue(v: Sample['values'][number]): string {
  if (v === 'nan' || v === 'inf' || v === '-inf') return v;
  return String(v);
}
