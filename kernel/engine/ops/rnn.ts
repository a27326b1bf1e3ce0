// Pieces of ATen's recurrent layers (RNN.cpp) that the Python facade cannot compose from public ops.
import { TorchError } from '../errors';
import * as K from '../kernels';
import { Tensor, tidy } from '../tensor';
import { apply, defineOp } from './apply';
import { fromValues } from './creation';
import { cat, stack } from './join';
import { linear, matmul } from './linalg';
import { add, mul, relu, sigmoid, sub, tanh } from './pointwise';
import { chunk, unbind } from './split';
import { slice, t, transpose, viewOf } from './views';

/**
 * The last step of nn.RNN / nn.GRU with batch_first=True: ATen transposes its freshly stacked output in place
 * (`output.transpose_(0, 1)`), so the result is not a view and its grad_fn is TransposeBackward1. The stacked
 * tensor is internal (nothing else holds it), so an alias with the swapped geometry that is not marked as a view
 * behaves as that in-place transpose does (as `_unsafe_view` is an alias that is not a view).
 */
export const RNN_TRANSPOSE_ = defineOp({
  name: 'transpose_', node: 'TransposeBackward1', args: ['self'],
  forward: ([x], a) => {
    const d0 = a.dim0 as number, d1 = a.dim1 as number;
    const shape = [...x.shape], strides = [...x.strides];
    [shape[d0], shape[d1]] = [shape[d1], shape[d0]];
    [strides[d0], strides[d1]] = [strides[d1], strides[d0]];
    return viewOf(x, shape, strides);
  },
  grads: { self: { saves: [], fn: (g, c) => transpose(g, c.attrs.dim0 as number, c.attrs.dim1 as number) } },
});

/** `x.transpose_(d0, d1)` for a tensor the caller owns alone (the recurrent layers' stacked output). */
export function rnnTransposeOutput(x: Tensor, d0: number, d1: number): Tensor {
  if (d0 < 0 || d1 < 0 || d0 >= x.ndim || d1 >= x.ndim) throw new TorchError('IndexError', 'Dimension out of range');
  return apply(RNN_TRANSPOSE_, [x], { dim0: d0, dim1: d1 });
}

/** The cells of ATen's RNN.cpp: 'tanh' and 'relu' (SimpleCell), 'lstm' (LSTMCell), 'gru' (GRUCell). */
export type RnnCellKind = 'tanh' | 'relu' | 'lstm' | 'gru';

interface CellWeights { wIH: Tensor | null; wHH: Tensor; bIH: Tensor | null; bHH: Tensor | null; wHR: Tensor | null }

/** gates.unsafe_chunk(n, 1), as ATen's cells cut their gates (one UnsafeSplitBackward0 node). */
const chunks = (x: Tensor, n: number): Tensor[] => chunk(x, n, 1, true);

/**
 * One step of a cell, composed as ATen composes it (its in-place steps on fresh temporaries are the out-of-place
 * ops here: the same values and the same top-level nodes). `x` is the step's input, or with `pre` its product with
 * W_ih plus b_ih, computed for the whole sequence beforehand (the CPU layers do that). Returns [h', c' or null].
 */
function cellStep(kind: RnnCellKind, x: Tensor, h: Tensor, c: Tensor | null, w: CellWeights, pre: boolean): [Tensor, Tensor | null] {
  const ih = (): Tensor => (pre ? x : linear(x, w.wIH as Tensor, w.bIH));
  switch (kind) {
    case 'tanh': case 'relu': {
      const g = linear(h, w.wHH, w.bHH);
      const s = add(g, ih());
      return [kind === 'tanh' ? tanh(s) : relu(s), null];
    }
    case 'lstm': {
      const g = linear(h, w.wHH, w.bHH);
      const [i, f, cc, o] = chunks(add(g, ih()), 4);
      const ingate = sigmoid(i), forgetgate = sigmoid(f), cellgate = tanh(cc), outgate = sigmoid(o);
      const cy = add(mul(forgetgate, c as Tensor), mul(ingate, cellgate));
      const hy = mul(outgate, tanh(cy));
      return [w.wHR ? matmul(hy, t(w.wHR)) : hy, cy];
    }
    case 'gru': {
      const ig = chunks(ih(), 3);
      const hg = chunks(linear(h, w.wHH, w.bHH), 3);
      const resetgate = sigmoid(add(hg[0], ig[0]));
      const inputgate = sigmoid(add(hg[1], ig[1]));
      const newgate = tanh(add(ig[2], mul(hg[2], resetgate)));
      return [add(mul(sub(h, newgate), inputgate), newgate), null];
    }
  }
}

/**
 * One direction of one layer (ATen's FullLayer on CPU) over `inputsW` = linear(input, W_ih, b_ih) of shape
 * [seq, batch, gates]: unbinds it, runs the cell over the steps (from the last one when `reverse`), and returns
 * [the stacked outputs in time order, the final h, the final c (LSTM) or nothing].
 */
export function rnnLayer(kind: RnnCellKind, inputsW: Tensor, reverse: boolean, h0: Tensor, c0: Tensor | null,
  wHH: Tensor, bHH: Tensor | null, wHR: Tensor | null): Tensor[] {
  // Each step runs in its own tidy scope (its temporaries go at once). A view made in a step holds its base and
  // lets go of it when the step's scope frees the view, which would destroy a base nobody else owns (an input
  // of this call, or an earlier step's state): so they are held here for the whole loop.
  const held: Tensor[] = [];
  const hold = (x: Tensor | null): void => { if (x !== null) held.push(x.retain()); };
  [inputsW, h0, c0, wHH, bHH, wHR].forEach(hold);
  try {
    // ATen: inputs_w.unbind(0) (one UnbindBackward0 node, whose backward stacks the steps' gradients)
    const steps = unbind(inputsW, 0);
    steps.forEach(hold);
    if (reverse) steps.reverse();
    const w: CellWeights = { wIH: null, wHH, bHH, bIH: null, wHR };
    let h = h0, c = c0;
    const outputs: Tensor[] = [];
    for (const x of steps) {
      [h, c] = tidy(() => cellStep(kind, x, h, c, w, true));
      hold(h);
      hold(c);
      outputs.push(h);
    }
    if (outputs.length === 0) throw new TorchError('RuntimeError', 'Expected sequence length to be larger than 0 in RNN');
    if (reverse) outputs.reverse();
    return c === null ? [stack(outputs, 0), h] : [stack(outputs, 0), h, c];
  } finally {
    for (const x of held) x.disown();   // unowned ones are then freed by the caller's tidy scope
  }
}

/** torch.rnn_tanh_cell / rnn_relu_cell / gru_cell / lstm_cell after their checks: [h'] or [h', c']. */
export function rnnCell(kind: RnnCellKind, x: Tensor, h: Tensor, c: Tensor | null, wIH: Tensor, wHH: Tensor,
  bIH: Tensor | null, bHH: Tensor | null): Tensor[] {
  const [hy, cy] = cellStep(kind, x, h, c, { wIH, wHH, bIH, bHH, wHR: null }, false);
  return cy === null ? [hy] : [hy, cy];
}

// --- packed sequences (ATen's PackedSequence.cpp and the PackedLayer / ReversedPackedLayer of RNN.cpp) ---------------

/** Storage offsets of the elements of the rows `rows` of x seen as [x.shape[0] * x.shape[1], D], row by row. */
function packOffsets(x: Tensor, rows: readonly number[], rowOffsets: ArrayLike<number>): Int32Array {
  const D = x.shape.slice(2).reduce((a, b) => a * b, 1);
  const out = new Int32Array(rows.length * D);
  for (let k = 0; k < rows.length; k++) for (let j = 0; j < D; j++) out[k * D + j] = rowOffsets[rows[k] * D + j];
  return out;
}

const contiguousOffsets = (n: number): Int32Array => Int32Array.from({ length: n }, (_, i) => i);

/** The rows of the padded input (time-major or batch-major) that make up the packed data, in packed order. */
const PACK_PADDED_SEQUENCE = defineOp({
  name: '_pack_padded_sequence', node: 'PackPaddedSequenceBackward0', args: ['input'],
  forward: ([x], a) => {
    const rows = a.rows as number[];
    return K.take(x, packOffsets(x, rows, K.elementOffsets(x)), [rows.length, ...x.shape.slice(2)]);
  },
  grads: {
    input: {
      saves: [], fn: (g, c) => {
        // ATen's backward fills a time-major gradient and transposes it for batch_first (TransposeBackward0)
        const shape = [...c.inputs[0].shape];
        if (!c.attrs.batchFirst) return apply(PACK_PADDED_SEQUENCE_BACKWARD, [g], { rows: c.attrs.timeRows, shape });
        [shape[0], shape[1]] = [shape[1], shape[0]];
        return transpose(apply(PACK_PADDED_SEQUENCE_BACKWARD, [g], { rows: c.attrs.timeRows, shape }), 0, 1);
      },
    },
  },
});

/**
 * _pack_padded_sequence_backward: the packed gradient put back into zeros of the time-major padded shape. PyTorch
 * composes it of zeros and slice copies, so its own grad_fn (with create_graph) is CopySlices.
 */
const PACK_PADDED_SEQUENCE_BACKWARD = defineOp({
  name: '_pack_padded_sequence_backward', node: 'CopySlices', args: ['grad'],
  forward: ([g], a) => {
    const shape = a.shape as number[], rows = a.rows as number[];
    const out = K.full(shape, 0, g.dtype);
    K.put(out, packOffsets(out, rows, contiguousOffsets(out.numel())), g, false);
    return out;
  },
  grads: { grad: { saves: [], fn: (G, c) => apply(PACK_PADDED_SEQUENCE, [G], { rows: c.attrs.rows, timeRows: c.attrs.rows, batchFirst: false }) } },
});

/**
 * ATen's _pack_padded_sequence after its checks (the facade checks `lengths`, sorted in decreasing order, each
 * > 0): for every time step t < lengths[b] the row (t, b) of the time-major input (b, t with batch_first) in the
 * order t, then b. A length beyond the input's time dim adds batch sizes but no rows, as ATen's slicing does.
 * Returns [data, batch_sizes (int64)].
 */
export function packPaddedSequence(input: Tensor, lengths: readonly number[], batchFirst: boolean): Tensor[] {
  if (input.ndim < 2) throw new TorchError('IndexError', `Dimension out of range (expected to be in range of [-${Math.max(input.ndim, 1)}, ${Math.max(input.ndim, 1) - 1}], but got 1)`);
  const T = batchFirst ? input.shape[1] : input.shape[0], B = batchFirst ? input.shape[0] : input.shape[1];
  const rows: number[] = [], timeRows: number[] = [], batchSizes: number[] = [];
  let prev = 0;
  for (let i = 0; i < B; i++) {
    const l = lengths[B - 1 - i], current = B - i;
    if (l > prev) {
      for (let t = prev; t < Math.min(l, T); t++) {
        for (let b = 0; b < current; b++) { rows.push(batchFirst ? b * T + t : t * B + b); timeRows.push(t * B + b); }
      }
      for (let t = prev; t < l; t++) batchSizes.push(current);
      prev = l;
    }
  }
  return [apply(PACK_PADDED_SEQUENCE, [input], { rows, timeRows, batchFirst }), fromValues([batchSizes.length], batchSizes, 'int64')];
}

/**
 * One direction of one layer over a packed sequence (ATen's PackedLayer, ReversedPackedLayer with `reverse`):
 * `inputsW` = linear(data, W_ih, b_ih); the steps are the batch_sizes' chunks of it. Going forward, the hidden
 * state of the sequences that end is sliced off and kept; going backward, the initial state of the sequences that
 * start joins it. Returns [cat of the step outputs, final h, final c (LSTM) or nothing].
 */
export function rnnPackedLayer(kind: RnnCellKind, inputsW: Tensor, batchSizes: readonly number[], reverse: boolean,
  h0: Tensor, c0: Tensor | null, wHH: Tensor, bHH: Tensor | null, wHR: Tensor | null): Tensor[] {
  const held: Tensor[] = [];
  const hold = (x: Tensor | null): void => { if (x !== null) held.push(x.retain()); };
  [inputsW, h0, c0, wHH, bHH, wHR].forEach(hold);
  type Hidden = [Tensor, Tensor | null];
  const hs = (x: Hidden, a: number, b: number): Hidden => [slice(x[0], 0, a, b), x[1] === null ? null : slice(x[1], 0, a, b)];
  const hcat = (xs: Hidden[]): Hidden => [cat(xs.map((x) => x[0]), 0), xs[0][1] === null ? null : cat(xs.map((x) => x[1] as Tensor), 0)];
  const holdH = (x: Hidden): Hidden => { hold(x[0]); hold(x[1]); return x; };
  try {
    const n = batchSizes.length;
    if (n === 0) throw new TorchError('RuntimeError', 'Expected sequence length to be larger than 0 in RNN');
    const w: CellWeights = { wIH: null, wHH, bHH, bIH: null, wHR };
    const outputs: Tensor[] = [];
    let hidden: Hidden = [h0, c0];
    if (!reverse) {
      const finals: Hidden[] = [];
      let offset = 0, last = batchSizes[0];
      for (let i = 0; i < n; i++) {
        const bs = batchSizes[i], start = offset;
        offset += bs;
        const dec = last - bs;
        const prev = hidden;
        const from = last;
        const [next, ended] = tidy((): [Hidden, Hidden | null] => {
          const gone = dec > 0 ? hs(prev, from - dec, from) : null;
          const hid = dec > 0 ? hs(prev, 0, from - dec) : prev;
          return [cellStep(kind, slice(inputsW, 0, start, start + bs), hid[0], hid[1], w, true), gone];
        });
        if (ended !== null) finals.push(holdH(ended));
        hidden = holdH(next);
        last = bs;
        outputs.push(hidden[0]);
      }
      finals.push(hidden);
      finals.reverse();
      const [h, c] = hcat(finals);
      return c === null ? [cat(outputs, 0), h] : [cat(outputs, 0), h, c];
    }
    let offset = inputsW.shape[0], last = batchSizes[n - 1];
    hidden = holdH(hs([h0, c0], 0, last));
    for (let i = n - 1; i >= 0; i--) {
      const bs = batchSizes[i], inc = bs - last, prev = hidden, from = last;
      offset -= bs;
      const start = offset;
      hidden = holdH(tidy((): Hidden => {
        const hid = inc > 0 ? hcat([prev, hs([h0, c0], from, bs)]) : prev;
        return cellStep(kind, slice(inputsW, 0, start, start + bs), hid[0], hid[1], w, true);
      }));
      last = bs;
      outputs.push(hidden[0]);
    }
    outputs.reverse();
    const out = cat(outputs, 0);
    return hidden[1] === null ? [out, hidden[0]] : [out, hidden[0], hidden[1]];
  } finally {
    for (const x of held) x.disown();
  }
}
