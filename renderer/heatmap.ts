// The heatmap view of a tensor payload: canvases of 2-D slices (1-D as a strip, 3-D and more as slices chosen with
// one selector per leading dimension), a legend with the scale's min and max, NaN/±inf marked, and a hover line
// with the element's index and exact value. Values use the sequential map, gradients the diverging one.
// Strings reach the DOM only through textContent.
import type { Sample, TensorSummary } from '../kernel/protocol';
import { cellSize, colorOf, cssColor, formatValue, layoutOf, legendStops, sampleValue, scaleFor, tensorIndex, type Scale } from './colormap';

export interface HeatmapOptions {
  title: string;
  kind: Scale['kind'];
  /** Name used in the hover line, e.g. `x` or `x.grad`. */
  name: string;
}

export function heatmap(t: TensorSummary, opts: HeatmapOptions): HTMLElement {
  const root = el('div', 'tnb-heatmap');
  root.style.display = 'inline-block';
  root.style.verticalAlign = 'top';
  root.style.marginRight = '16px';
  const title = el('div', 'tnb-heatmap-title');
  title.textContent = opts.title;
  title.style.fontSize = '11px';
  title.style.color = 'var(--vscode-descriptionForeground)';
  root.append(title);
  const sample = t.sample;
  if (!sample || !t.stats) {
    const none = el('div', 'tnb-heatmap-empty');
    none.textContent = 'no values';
    root.append(none);
    return root;
  }
  const scale = scaleFor(opts.kind, t.stats.min, t.stats.max);
  const layout = layoutOf(sample.shape);
  const size = cellSize(layout.cols, layout.rows);
  const canvas = document.createElement('canvas');
  canvas.className = 'tnb-heatmap-canvas';
  canvas.width = layout.cols * size;
  canvas.height = layout.rows * size;
  canvas.style.imageRendering = 'pixelated';
  canvas.style.border = '1px solid var(--vscode-panel-border, #8884)';
  canvas.style.display = 'block';
  const hover = el('div', 'tnb-heatmap-hover');
  hover.style.fontFamily = 'var(--vscode-editor-font-family, monospace)';
  hover.style.fontSize = '11px';
  hover.style.minHeight = '1.4em';
  let slice = 0;
  const draw = (): void => drawSlice(canvas, sample, slice, size, scale);

  if (layout.leading.length > 0) {
    const controls = el('div', 'tnb-heatmap-slices');
    controls.style.fontSize = '11px';
    const picks = layout.leading.map(() => 0);
    layout.leading.forEach((n, d) => {
      const label = document.createElement('label');
      label.textContent = `dim ${d} `;
      const select = document.createElement('select');
      select.className = 'tnb-heatmap-slice';
      for (let i = 0; i < n; i++) {
        const o = document.createElement('option');
        o.value = String(i);
        o.textContent = String(i * (sample.step[d] ?? 1));
        select.append(o);
      }
      select.addEventListener('change', () => {
        picks[d] = Number(select.value);
        slice = picks.reduce((acc, p, k) => acc * layout.leading[k] + p, 0);
        draw();
      });
      label.append(select);
      controls.append(label, document.createTextNode(' '));
    });
    root.append(controls);
  }
  canvas.addEventListener('mousemove', (ev) => {
    const r = canvas.getBoundingClientRect();
    const col = Math.floor((ev.clientX - r.left) / (r.width / layout.cols));
    const row = Math.floor((ev.clientY - r.top) / (r.height / layout.rows));
    if (row < 0 || col < 0 || row >= layout.rows || col >= layout.cols) return;
    hover.textContent = describe(opts.name, sample, slice, row, col);
  });
  canvas.addEventListener('mouseleave', () => { hover.textContent = ''; });
  draw();
  root.append(canvas, legend(scale, t), hover);
  if (sample.step.some((s) => s > 1)) {
    const note = el('div', 'tnb-heatmap-note');
    note.style.fontSize = '11px';
    note.style.color = 'var(--vscode-descriptionForeground)';
    note.textContent = `every ${sample.step.join(' × ')}-th element shown (${sample.values.length} of ${t.numel})`;
    root.append(note);
  }
  return root;
}

/** The hover line for sample element (slice, row, col): the tensor index and the exact value. */
export function describe(name: string, sample: Sample, slice: number, row: number, col: number): string {
  const idx = tensorIndex(sample, slice, row, col);
  return `${name}[${idx.join(', ')}] = ${formatValue(sampleValue(sample, slice, row, col))}`;
}

function drawSlice(canvas: HTMLCanvasElement, sample: Sample, slice: number, size: number, scale: Scale): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const { rows, cols } = layoutOf(sample.shape);
  const img = ctx.createImageData(cols, rows);
  const marks: [number, number, string][] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const v = sampleValue(sample, slice, r, c);
      const [R, G, B] = colorOf(v, scale);
      const o = (r * cols + c) * 4;
      img.data[o] = R; img.data[o + 1] = G; img.data[o + 2] = B; img.data[o + 3] = 255;
      if (typeof v === 'string' && size >= 8) marks.push([r, c, v === 'nan' ? '?' : v === 'inf' ? '+' : '−']);
    }
  }
  // Drawn at one pixel per element, then scaled up without smoothing.
  const tmp = document.createElement('canvas');
  tmp.width = cols;
  tmp.height = rows;
  tmp.getContext('2d')?.putImageData(img, 0, 0);
  ctx.imageSmoothingEnabled = false;
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(tmp, 0, 0, cols * size, rows * size);
  ctx.font = `${Math.floor(size * 0.8)}px monospace`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const [r, c, m] of marks) {
    ctx.fillStyle = m === '+' ? '#000' : '#fff';
    ctx.fillText(m, c * size + size / 2, r * size + size / 2);
  }
}

function legend(scale: Scale, t: TensorSummary): HTMLElement {
  const box = el('div', 'tnb-heatmap-legend');
  box.style.display = 'flex';
  box.style.alignItems = 'center';
  box.style.gap = '6px';
  box.style.fontSize = '11px';
  const lo = el('span', 'tnb-legend-min');
  const hi = el('span', 'tnb-legend-max');
  lo.textContent = short(scale.kind === 'diverging' ? -scale.max : scale.min);
  hi.textContent = short(scale.max);
  const bar = el('span', 'tnb-legend-bar');
  bar.style.display = 'inline-block';
  bar.style.width = '120px';
  bar.style.height = '10px';
  bar.style.background = `linear-gradient(to right, ${legendStops(scale).map(cssColor).join(', ')})`;
  box.append(lo, bar, hi);
  const s = t.stats;
  if (s && (s.nan || s.posinf || s.neginf)) {
    const odd = el('span', 'tnb-legend-nonfinite');
    odd.textContent = [s.nan ? `${s.nan} nan (magenta, ?)` : '', s.posinf ? `${s.posinf} +inf (white, +)` : '', s.neginf ? `${s.neginf} −inf (black, −)` : ''].filter(Boolean).join(' · ');
    box.append(odd);
  }
  return box;
}

/** A legend number: 4 significant digits (the hover line gives exact values). */
function short(v: number): string {
  return Number.isInteger(v) ? String(v) : Number(v.toPrecision(4)).toString();
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  e.className = className;
  return e;
}
