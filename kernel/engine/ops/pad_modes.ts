// F.pad's reflect and replicate modes over the last 1, 2 or 3 dims (PyTorch's reflection_pad{1,2,3}d and
// replication_pad{1,2,3}d: Reflection/Replication{1,2,3}DBackward0). Each output element reads one input element
// (mirrored at the edges without repeating them, or the edge repeated); the backward op adds the gradient back at the
// same positions, and its own gradient is the padding again (…BackwardBackward0), as in PyTorch.
import { isFloating } from '../dtype';
import { TorchError } from '../errors';
import * as K from '../kernels';
import { contiguousStrides } from '../shape';
import { Tensor } from '../tensor';
import { apply, defineOp, OpDef, scalarTypeName } from './apply';
import { refuseHalf } from './upsample';

export type PadMode = 'reflect' | 'replicate';

/** The input index an output index reads along one dim padded by `lo` before. */
function source(mode: PadMode, o: number, size: number, lo: number): number {
  const i = o - lo;
  if (mode === 'replicate') return Math.min(Math.max(i, 0), size - 1);
  return i < 0 ? -i : i >= size ? 2 * (size - 1) - i : i;
}

/** The output shape and, per output element (row-major), the storage offset it reads in a tensor of `shape`/`strides`. */
function gatherOffsets(shape: readonly number[], strides: readonly number[], offset: number, pad: readonly number[], mode: PadMode): { outShape: number[]; offsets: Int32Array } {
  const k = pad.length / 2, nd = shape.length;
  const lo = (d: number): number => (d < nd - k ? 0 : pad[2 * (nd - 1 - d)]);
  const hi = (d: number): number => (d < nd - k ? 0 : pad[2 * (nd - 1 - d) + 1]);
  const outShape = shape.map((s, d) => s + lo(d) + hi(d));
  const maps = outShape.map((o, d) => Int32Array.from({ length: o }, (_, i) => source(mode, i, shape[d], lo(d)) * strides[d]));
  const n = outShape.reduce((a, b) => a * b, 1), offsets = new Int32Array(n), idx = new Array<number>(nd).fill(0);
  for (let q = 0; q < n; q++) {
    let pos = offset;
    for (let d = 0; d < nd; d++) pos += maps[d][idx[d]];
    offsets[q] = pos;
    for (let d = nd - 1; d >= 0; d--) { if (++idx[d] < outShape[d]) break; idx[d] = 0; }
  }
  return { outShape, offsets };
}

function padPair(mode: PadMode, dims: number): OpDef {
  const name = `${mode === 'reflect' ? 'Reflection' : 'Replication'}Pad${dims}D`;
  const fwd = defineOp({
    name: `${mode === 'reflect' ? 'reflection' : 'replication'}_pad${dims}d`, node: `${name}Backward0`, args: ['self'],
    forward: ([x], a) => {
      const { outShape, offsets } = gatherOffsets(x.shape, x.strides, x.offset, a.pad as number[], mode);
      return K.take(x, offsets, outShape);
    },
    grads: { self: { saves: ['self'], fn: (g, c) => apply(bwd, [g, c.saved('self')], { pad: c.attrs.pad, inShape: [...c.inputs[0].shape] }) } },
  });
  const bwd = defineOp({
    name: `${fwd.name}_backward`, node: `${name}BackwardBackward0`, args: ['grad_output', 'self'],
    forward: ([g], a) => {
      const inShape = a.inShape as number[], out = K.full(inShape, 0, g.dtype);
      K.put(out, gatherOffsets(inShape, contiguousStrides(inShape), 0, a.pad as number[], mode).offsets, g, true);
      return out;
    },
    grads: {
      grad_output: { saves: [], fn: (G, c) => apply(fwd, [G], { pad: c.attrs.pad }) },
      self: { saves: [], fn: (G, c) => K.full(c.inputs[1].shape, 0, G.dtype) },
    },
  });
  return fwd;
}
const PAD_OPS = new Map<string, OpDef>();
for (const mode of ['reflect', 'replicate'] as const) for (const dims of [1, 2, 3]) PAD_OPS.set(`${mode}${dims}`, padPair(mode, dims));

const AXES = ['W', 'H', 'D'];

/** F.pad(x, pad, mode='reflect' | 'replicate') with pad of 2, 4 or 6 entries (last dim first), with ATen's checks. */
export function pad_mode(x: Tensor, pad: number[], mode: PadMode): Tensor {
  const dims = pad.length / 2;
  const kernel = mode === 'reflect' ? `reflection_pad${dims}d` : `replication_pad${dims}d_cpu`;
  if (!isFloating(x.dtype)) throw new TorchError('RuntimeError', `"${kernel}" not implemented for '${scalarTypeName(x.dtype)}'`);
  refuseHalf(x, `F.pad(mode='${mode}')`);
  for (let i = 0; i < dims; i++) {
    const d = x.ndim - 1 - i, size = x.shape[d], lo = pad[2 * i], hi = pad[2 * i + 1];
    if (mode === 'reflect' && (lo >= size || hi >= size)) {
      const input = dims === 2 ? `${x.ndim}` : `[${x.shape.join(', ')}]`;
      throw new TorchError('RuntimeError', `Argument #${4 + 2 * i}: Padding size should be less than the corresponding input dimension, but got: padding (${lo}, ${hi}) at dimension ${d} of input ${input}`);
    }
    if (size + lo + hi < 1) {
      throw new TorchError('RuntimeError', `input (${AXES[i]}: ${size}) is too small. Calculated output ${AXES[i]}: ${size + lo + hi}`);
    }
  }
  return apply(PAD_OPS.get(`${mode}${dims}`) as OpDef, [x], { pad: [...pad] });
}
