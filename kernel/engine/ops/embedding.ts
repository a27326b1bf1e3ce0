// embedding: rows of a weight matrix picked by integer indices (EmbeddingBackward0), and its backward, the rows of
// the gradient summed into a zero matrix (embedding_dense_backward, whose own backward PyTorch names
// EmbeddingDenseBackwardBackward0). padding_idx rows get no gradient; scale_grad_by_freq divides by the counts.
import { tensorTypeName } from '../dtype';
import { TorchError } from '../errors';
import * as K from '../kernels';
import { Tensor, writeElements } from '../tensor';
import { apply, defineOp } from './apply';
import { mul } from './pointwise';

/** Flat offsets of the rows of a contiguous [V, D] matrix picked by `idx`, element by element. */
function rowOffsets(idx: Float64Array, D: number): Int32Array {
  const out = new Int32Array(idx.length * D);
  for (let i = 0, k = 0; i < idx.length; i++) for (let j = 0; j < D; j++) out[k++] = idx[i] * D + j;
  return out;
}

/** Per index position: 0 at padding_idx, 1 / count when scaling by frequency, else 1 (null when all are 1). */
function gradScale(idx: Float64Array, paddingIdx: number | null, byFreq: boolean): number[] | null {
  if (paddingIdx === null && !byFreq) return null;
  const counts = new Map<number, number>();
  if (byFreq) for (const v of idx) counts.set(v, (counts.get(v) ?? 0) + 1);
  return Array.from(idx, (v) => (v === paddingIdx ? 0 : byFreq ? 1 / (counts.get(v) as number) : 1));
}

export const EMBEDDING = defineOp({
  name: 'embedding', node: 'EmbeddingBackward0', args: ['weight'],
  forward: ([w], a) => {
    const idx = a.indices as Tensor;
    return K.selectAlong(w, 0, K.contiguousAs(idx), [...idx.shape, w.shape[1]]);
  },
  grads: { weight: { saves: [], fn: (g, c) => apply(EMBEDDING_BACKWARD, [g], { ...c.attrs, numWeights: c.inputs[0].shape[0] }) } },
});

const EMBEDDING_BACKWARD = defineOp({
  name: 'embedding_dense_backward', node: 'EmbeddingDenseBackwardBackward0', args: ['grad_output'],
  forward: ([g], a) => {
    const indices = a.indices as Tensor, D = g.shape[g.ndim - 1];
    const scaled = a.paddingIdx !== null || a.scaleGradByFreq;
    const idx = scaled ? indices.toArray() : null;
    const scale = idx ? gradScale(idx, a.paddingIdx as number | null, a.scaleGradByFreq as boolean) : null;
    const rows = scale ? K.binary('mul', g, scaleTensor(scale, indices, g.dtype), g.dtype) : g;
    const out = K.full([a.numWeights as number, D], 0, g.dtype);
    if (!K.addAlong(out, 0, K.contiguousAs(indices), rows)) K.put(out, rowOffsets(idx ?? indices.toArray(), D), rows, true);
    return out;
  },
  // d/dg of a sum of rows: the rows of G at the indices, scaled the same way.
  grads: {
    grad_output: {
      saves: [], fn: (G, c) => {
        const idx = c.attrs.indices as Tensor;
        const rows = apply(EMBEDDING, [G], { indices: idx, paddingIdx: null, scaleGradByFreq: false });
        const scale = gradScale(idx.toArray(), c.attrs.paddingIdx as number | null, c.attrs.scaleGradByFreq as boolean);
        return scale ? mul(rows, scaleTensor(scale, idx, G.dtype)) : rows;
      },
    },
  },
});

function scaleTensor(scale: number[], idx: Tensor, dtype: Tensor['dtype']): Tensor {
  const t = K.empty([...idx.shape, 1], dtype);
  writeElements(t, scale);
  return t;
}

export function embedding(indices: Tensor, weight: Tensor, paddingIdx: number | null = null, scaleGradByFreq = false): Tensor {
  if (indices.dtype === 'int32') indices = K.cast(indices, 'int64');
  if (indices.dtype !== 'int64') {
    // (the half dtypes are named by their legacy type there: CPUBFloat16Type)
    const name = indices.dtype === 'bfloat16' || indices.dtype === 'float16' ? `CPU${tensorTypeName(indices.dtype).replace('Tensor', 'Type')}` : `torch.${tensorTypeName(indices.dtype)}`;
    throw new TorchError('RuntimeError', `Expected tensor for argument #1 'indices' to have one of the following scalar types: Long, Int; but got ${name} instead (while checking arguments for embedding)`);
  }
  if (weight.ndim !== 2) throw new TorchError('RuntimeError', "'weight' must be 2-D");
  const V = weight.shape[0];
  if (K.badIndex(K.contiguousAs(indices), V, false) !== null) throw new TorchError('IndexError', 'index out of range in self');
  return apply(EMBEDDING, [weight], { indices, paddingIdx, scaleGradByFreq });
}
