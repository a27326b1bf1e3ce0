// Pieces of ATen's recurrent layers (RNN.cpp) that the Python facade cannot compose from public ops.
import { TorchError } from '../errors';
import { Tensor, tidy } from '../tensor';
import { apply, defineOp } from './apply';
import { stack } from './join';
import { linear, matmul } from './linalg';
import { add, mul, relu, sigmoid, sub, tanh } from './pointwise';
import { select, slice, t, transpose, viewOf } from './views';

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

const chunks = (x: Tensor, n: number): Tensor[] => {
  const size = x.shape[1] / n;
  return Array.from({ length: n }, (_, k) => slice(x, 1, k * size, (k + 1) * size));
};

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
    const steps = Array.from({ length: inputsW.shape[0] }, (_, i) => select(inputsW, 0, i));
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
