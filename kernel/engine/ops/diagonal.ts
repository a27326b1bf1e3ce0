// diagonal(offset, dim1, dim2): a view with dim1 and dim2 replaced by one last dim walking their diagonal
// (DiagonalBackward0; the gradient is embedded back on the diagonal of zeros). Used by einsum for repeated labels.
import { TorchError } from '../errors';
import * as K from '../kernels';
import { contiguousStrides, wrapDim } from '../shape';
import { Tensor } from '../tensor';
import { apply, defineOp } from './apply';
import { embed, viewOf } from './views';

interface Geometry { shape: number[]; strides: number[]; offset: number }
function geometry(shape: readonly number[], strides: readonly number[], offset: number, off: number, d1: number, d2: number): Geometry {
  const len = Math.max(0, off >= 0 ? Math.min(shape[d1], shape[d2] - off) : Math.min(shape[d1] + off, shape[d2]));
  const keep = shape.map((_, d) => d).filter((d) => d !== d1 && d !== d2);
  const start = len === 0 ? 0 : off >= 0 ? off * strides[d2] : -off * strides[d1];
  return { shape: [...keep.map((d) => shape[d]), len], strides: [...keep.map((d) => strides[d]), strides[d1] + strides[d2]], offset: offset + start };
}

const DIAGONAL = defineOp({
  name: 'diagonal', node: 'DiagonalBackward0', args: ['self'], view: true,
  forward: ([x], a) => {
    const g = geometry(x.shape, x.strides, x.offset, a.offset as number, a.dim1 as number, a.dim2 as number);
    return viewOf(x, g.shape, g.strides, g.offset);
  },
  grads: {
    self: {
      saves: [], fn: (g, c) => {
        const shape = c.inputs[0].shape;
        const r = geometry(shape, contiguousStrides(shape), 0, c.attrs.offset as number, c.attrs.dim1 as number, c.attrs.dim2 as number);
        return embed(g, shape, { kind: 'strided', shape: r.shape, strides: r.strides, offset: r.offset });
      },
    },
  },
});

export function diagonal(x: Tensor, offset = 0, dim1 = 0, dim2 = 1): Tensor {
  const d1 = wrapDim(dim1, x.ndim), d2 = wrapDim(dim2, x.ndim);
  if (d1 === d2) throw new TorchError('RuntimeError', `diagonal dimensions cannot be identical ${dim1}, ${dim2}`);
  return apply(DIAGONAL, [x], { offset, dim1: d1, dim2: d2 });
}

/** The gradient of a diagonal read from a `shape` matrix: g embedded on that diagonal of zeros. */
function onDiagonal(g: Tensor, shape: readonly number[], off: number): Tensor {
  const r = geometry(shape, contiguousStrides(shape), 0, off, 0, 1);
  return embed(g, shape, { kind: 'strided', shape: r.shape, strides: r.strides, offset: r.offset });
}

// torch.diag (DiagBackward0): a vector to the square matrix with it on diagonal `offset`, or a matrix's diagonal
// `offset` as a new vector. The gradient reads that diagonal back, or embeds the vector's gradient on it.
const DIAG = defineOp({
  name: 'diag', node: 'DiagBackward0', args: ['self'],
  forward: ([x], a) => {
    const off = a.offset as number;
    if (x.ndim === 1) {
      const n = x.shape[0] + Math.abs(off);
      const out = K.full([n, n], 0, x.dtype);
      const g = geometry(out.shape, out.strides, 0, off, 0, 1);
      const d = viewOf(out, g.shape, g.strides, g.offset);
      K.copyInto(d, x);
      d.free();
      return out;
    }
    const g = geometry(x.shape, x.strides, x.offset, off, 0, 1);
    const d = viewOf(x, g.shape, g.strides, g.offset);
    const out = K.copyOf(d);
    d.free();
    return out;
  },
  grads: {
    self: {
      saves: [], fn: (g, c) => {
        const off = c.attrs.offset as number, shape = c.inputs[0].shape;
        return shape.length === 1 ? diagonal(g, off) : onDiagonal(g, shape, off);
      },
    },
  },
});
export function diag(x: Tensor, offset = 0): Tensor {
  if (x.ndim !== 1 && x.ndim !== 2) throw new TorchError('RuntimeError', 'matrix or a vector expected');
  return apply(DIAG, [x], { offset });
}
