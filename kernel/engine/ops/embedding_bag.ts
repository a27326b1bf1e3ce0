// embedding_bag (EmbeddingBagBackward0): per bag of indices (bags given by offsets), the sum, mean or max of the
// weight's rows, optionally weighting each index (per_sample_weights, mode 'sum'). Indices equal to padding_idx
// are skipped (and not counted by 'mean'); an empty bag gives zeros. As PyTorch 1.13's CPU kernel, with
// include_last_offset the mean of the last bag divides by (number of indices - its offset), even when the last
// offset ends the bag earlier. PyTorch computes the gradients without recording a graph (their grad_fn is None),
// and so does this entry.
import { TorchError } from '../errors';
import { Tensor } from '../tensor';
import { apply, defineOp } from './apply';
import { fromValues } from './creation';

export type BagMode = 'sum' | 'mean' | 'max';
interface Bags { starts: number[]; ends: number[]; counts: number[]; idx: Float64Array; d: number }

function bagsOf(weight: Tensor, a: Record<string, unknown>): Bags {
  const idx = a.idx as Float64Array, off = a.off as Float64Array, pad = a.padding_idx as number;
  const nb = a.include_last_offset ? off.length - 1 : off.length, starts: number[] = [], ends: number[] = [], counts: number[] = [];
  for (let b = 0; b < nb; b++) {
    const s = off[b], e = b + 1 < off.length ? off[b + 1] : idx.length;
    let n = (a.include_last_offset && b === nb - 1 ? idx.length : e) - s;
    for (let i = s; i < e; i++) if (idx[i] === pad) n--;
    starts.push(s); ends.push(e); counts.push(n);
  }
  return { starts, ends, counts, idx, d: weight.shape[1] };
}

/** The bag outputs and, for 'max', the row chosen per output element (-1 for an empty bag). */
function bagForward(w: Tensor, psw: Tensor | null, a: Record<string, unknown>): { out: Float64Array; arg: Int32Array } {
  const bags = bagsOf(w, a), wv = w.toArray(), pv = psw ? psw.toArray() : null, { d, idx } = bags, pad = a.padding_idx as number;
  const nb = bags.starts.length, out = new Float64Array(nb * d), arg = new Int32Array(nb * d).fill(-1);
  for (let b = 0; b < nb; b++) {
    for (let i = bags.starts[b]; i < bags.ends[b]; i++) {
      const r = idx[i];
      if (r === pad) continue;
      for (let k = 0; k < d; k++) {
        const v = wv[r * d + k] * (pv ? pv[i] : 1), o = b * d + k;
        if (a.mode !== 'max') out[o] += v;
        else if (arg[o] < 0 || v > out[o]) { out[o] = v; arg[o] = r; }
      }
    }
    if (a.mode === 'mean' && bags.counts[b] > 0) for (let k = 0; k < d; k++) out[b * d + k] /= bags.counts[b];
  }
  return { out, arg };
}

function weightGrad(g: Tensor, w: Tensor, psw: Tensor | null, a: Record<string, unknown>): Tensor {
  const bags = bagsOf(w, a), gv = g.toArray(), pv = psw ? psw.toArray() : null, { d, idx } = bags, pad = a.padding_idx as number;
  const out = new Float64Array(w.numel());
  if (a.mode === 'max') {
    const { arg } = bagForward(w, psw, a);
    arg.forEach((r, o) => { if (r >= 0) out[r * d + (o % d)] += gv[o]; });
  } else {
    bags.starts.forEach((s, b) => {
      const scale = a.mode === 'mean' ? 1 / bags.counts[b] : 1;
      for (let i = s; i < bags.ends[b]; i++) {
        if (idx[i] === pad) continue;
        for (let k = 0; k < d; k++) out[idx[i] * d + k] += gv[b * d + k] * scale * (pv ? pv[i] : 1);
      }
    });
  }
  return fromValues(w.shape, out, w.dtype);
}
/** d out / d per_sample_weights[i] = <grad of its bag, weight row of index i> (0 for padding). */
function pswGrad(g: Tensor, w: Tensor, psw: Tensor, a: Record<string, unknown>): Tensor {
  const bags = bagsOf(w, a), gv = g.toArray(), wv = w.toArray(), { d, idx } = bags, out = new Float64Array(psw.numel());
  bags.starts.forEach((s, b) => {
    for (let i = s; i < bags.ends[b]; i++) {
      if (idx[i] === a.padding_idx) continue;
      let acc = 0;
      for (let k = 0; k < d; k++) acc += gv[b * d + k] * wv[idx[i] * d + k];
      out[i] = acc;
    }
  });
  return fromValues(psw.shape, out, psw.dtype);
}

const outShape = (w: Tensor, a: Record<string, unknown>): number[] => {
  const n = (a.off as Float64Array).length;
  return [a.include_last_offset ? n - 1 : n, w.shape[1]];
};
const EMBEDDING_BAG = defineOp({
  name: 'embedding_bag', node: 'EmbeddingBagBackward0', args: ['weight'],
  forward: ([w], a) => fromValues(outShape(w, a), bagForward(w, null, a).out, w.dtype),
  grads: { weight: { saves: ['weight'], fn: (g, c) => weightGrad(g, c.saved('weight'), null, c.attrs) } },
});
const EMBEDDING_BAG_WEIGHTED = defineOp({
  name: 'embedding_bag', node: 'EmbeddingBagBackward0', args: ['weight', 'per_sample_weights'],
  forward: ([w, p], a) => fromValues(outShape(w, a), bagForward(w, p, a).out, w.dtype),
  grads: {
    weight: { saves: ['weight', 'per_sample_weights'], fn: (g, c) => weightGrad(g, c.saved('weight'), c.saved('per_sample_weights'), c.attrs) },
    per_sample_weights: { saves: ['weight', 'per_sample_weights'], fn: (g, c) => pswGrad(g, c.saved('weight'), c.saved('per_sample_weights'), c.attrs) },
  },
});

const TYPE_NAMES: Record<string, string> = { float32: 'torch.FloatTensor', float64: 'torch.DoubleTensor', int64: 'torch.LongTensor', bool: 'torch.BoolTensor' };
/** torch.embedding_bag's first output (the facade has checked the argument shapes as F.embedding_bag does). */
export function embedding_bag(weight: Tensor, indices: Tensor, offsets: Tensor, mode: BagMode, psw: Tensor | null,
  includeLastOffset: boolean, paddingIdx: number | null): Tensor {
  for (const t of [indices, offsets]) {
    if (t.dtype !== 'int64') {
      throw new TorchError('RuntimeError', `Expected tensor for argument #1 'indices' to have one of the following scalar types: Long, Int; but got ${TYPE_NAMES[t.dtype]} instead (while checking arguments for embedding_bag)`);
    }
  }
  if (weight.dtype !== 'float32' && weight.dtype !== 'float64') {
    throw new TorchError('RuntimeError', `Expected tensor for argument #1 'weight' to have one of the following scalar types: Half, Float, Double; but got ${TYPE_NAMES[weight.dtype]} instead (while checking arguments for embedding_bag)`);
  }
  const off = offsets.toArray(), idx = indices.toArray(), n = weight.shape[0];
  if (off.length > 0 && off[0] !== 0) {
    throw new TorchError('RuntimeError', `offsets[0] has to be 0, i.e., the first sequence in the mini-batch has to start from position 0. However, got ${off[0]}\n[ torch.LongTensor{} ]`);
  }
  if (off.length > 0 && off[off.length - 1] > idx.length) {
    throw new TorchError('RuntimeError', `offsets[-1] can not be greater than input's length ${idx.length} but got offsets[-1] of ${off[off.length - 1]}`);
  }
  for (let b = 1; b < off.length; b++) if (off[b] < off[b - 1]) throw new TorchError('RuntimeError', 'tnb: embedding_bag offsets must not decrease');
  const pad = paddingIdx ?? -1;
  for (let i = 0; i < idx.length; i++) {
    if (idx[i] >= 0 && idx[i] < n) continue;
    if (mode === 'max') throw new TorchError('RuntimeError', `embedding_bag: Expected idx >= 0 && idx < num_embeddings but found idx to be ${idx[i]}`);
    throw new TorchError('RuntimeError', `[enforce fail at embedding_lookup_idx.cc:214] 0 <= idx && idx < data_size. Index ${i} is out of bounds: ${idx[i]}, range 0 to ${n}`);
  }
  // (the index values, not the tensors, go into the node: the facade's temporaries may be freed before backward)
  const attrs = { idx, off, mode, include_last_offset: includeLastOffset, padding_idx: pad };
  return psw ? apply(EMBEDDING_BAG_WEIGHTED, [weight, psw], attrs) : apply(EMBEDDING_BAG, [weight], attrs);
}
