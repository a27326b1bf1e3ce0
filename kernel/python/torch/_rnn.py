# The recurrent kernels behind nn.RNN / nn.LSTM / nn.GRU and their cells: PyTorch 1.13.1's CPU path of
# aten/src/ATen/native/RNN.cpp (BSD-3-Clause, (c) PyTorch contributors) composed from differentiable engine ops,
# step by step as ATen composes them, so values, gradients and the outputs' grad_fn nodes are PyTorch's:
#   - a layer first applies its input weights to the whole sequence at once (linear over (seq, batch, feature)),
#     then runs the cell per time step with gates = linear(h, W_hh, b_hh) + that step's precomputed input part;
#   - LSTM gates are chunked i, f, g, o; c' = f * c + i * g; h' = o * tanh(c') (then h' @ W_hr^T with proj_size);
#   - GRU gates are chunked r, z, n with n = tanh(i_n + r * (W_hn h + b_hn)); h' = (h - n) * z + n;
#   - bidirectional layers run the reverse direction over the reversed steps and cat both along the features;
#   - dropout (train mode, p > 0) after every layer but the last, drawn as F.dropout draws;
#   - the outputs are stacks (StackBackward0); batch_first transposes input and output (RNN and GRU transpose
#     the output in place: TransposeBackward1; LSTM out of place: TransposeBackward0).
# The cells and the loop over the steps are kernel/engine/ops/rnn.ts (one engine call per layer and direction, or
# per cell call); the layer stacking, directions, dropout and batch_first are here.
import torch
from ._bridge import call as _call, wrap as _wrap


def _linear(x, w, b):
    return torch.nn.functional.linear(x, w, b)


class _Params:
    """ATen's CellParams: one direction of one layer."""
    __slots__ = ('w_ih', 'w_hh', 'b_ih', 'b_hh', 'w_hr')

    def __init__(self, w_ih, w_hh, b_ih=None, b_hh=None, w_hr=None):
        self.w_ih, self.w_hh, self.b_ih, self.b_hh, self.w_hr = w_ih, w_hh, b_ih, b_hh, w_hr

    def linear_ih(self, x):
        return _linear(x, self.w_ih, self.b_ih)

    def linear_hh(self, h):
        return _linear(h, self.w_hh, self.b_hh)


def _gather_params(params, has_biases, has_projections=False):
    """ATen's gather_params: the flat weight list grouped per layer and direction."""
    result = []
    if has_biases:
        step = 5 if has_projections else 4
        if len(params) % step != 0:
            raise RuntimeError('got an incorrect number of RNN parameters')
        for i in range(0, len(params), step):
            result.append(_Params(*params[i:i + 4], params[i + 4] if has_projections else None))
    else:
        step = 3 if has_projections else 2
        if len(params) % step != 0:
            raise RuntimeError('got an incorrect number of RNN parameters')
        for i in range(0, len(params), step):
            result.append(_Params(params[i], params[i + 1], None, None, params[i + 2] if has_projections else None))
    return result


# --- layers: the per-step loop runs in the engine (kernel/engine/ops/rnn.ts: rnnLayer / rnnPackedLayer, one call
# per direction) -----------------------------------------------------------------------------------------------------
class _Packed:
    """ATen's PackedSequence inside the kernels: the data and the batch sizes (a list of ints)."""
    __slots__ = ('data', 'batch_sizes')

    def __init__(self, data, batch_sizes):
        self.data, self.batch_sizes = data, batch_sizes


def _direction(kind, input, hidden, p, reverse):
    """One direction of one layer: W_ih x + b_ih for the whole sequence, then the steps -> (output, final hidden).
    Over a packed input (ATen's PackedLayer / ReversedPackedLayer) the output is packed too."""
    h, c = hidden if kind == 'lstm' else (hidden, None)
    if isinstance(input, _Packed):
        r = _call('rnn_packed_layer', kind, p.linear_ih(input.data), input.batch_sizes, reverse, h, c, p.w_hh,
                  p.b_hh, p.w_hr)
        out = _Packed(_wrap(r[0]), input.batch_sizes)
    else:
        r = _call('rnn_layer', kind, p.linear_ih(input), reverse, h, c, p.w_hh, p.b_hh, p.w_hr)
        out = _wrap(r[0])
    if kind == 'lstm':
        return out, (_wrap(r[1]), _wrap(r[2]))
    return out, _wrap(r[1])


def _full_layer(kind, input, hidden, p):
    return _direction(kind, input, hidden, p, False)


def _bidir_layer(kind, input, hidden, params):
    fw_output, fw_hidden = _direction(kind, input, hidden[0], params[0], False)
    rev_output, rev_hidden = _direction(kind, input, hidden[1], params[1], True)
    if isinstance(input, _Packed):
        return _Packed(torch.cat([fw_output.data, rev_output.data], -1), input.batch_sizes), (fw_hidden, rev_hidden)
    return torch.cat([fw_output, rev_output], fw_output.dim() - 1), (fw_hidden, rev_hidden)


def _rnn_impl(kind, input, params, hiddens, num_layers, dropout_p, train, bidirectional):
    """ATen's _rnn_impl / apply_layer_stack: the final hidden state of every layer (and direction), in order."""
    if bidirectional:
        hiddens = [(hiddens[i], hiddens[i + 1]) for i in range(0, len(hiddens) - 1, 2)]
        params = [(params[i], params[i + 1]) for i in range(0, len(params) - 1, 2)]
        layer = _bidir_layer
    else:
        layer = _full_layer
    if num_layers != len(hiddens):
        raise RuntimeError('Expected more hidden states in stacked_rnn')
    if num_layers != len(params):
        raise RuntimeError('Expected more weights in stacked_rnn')
    layer_input = input
    final_hiddens = []
    for l in range(num_layers):
        layer_input, final = layer(kind, layer_input, hiddens[l], params[l])
        final_hiddens.extend(final if bidirectional else [final])
        if dropout_p != 0 and train and l < num_layers - 1:
            if isinstance(layer_input, _Packed):
                layer_input = _Packed(torch.nn.functional.dropout(layer_input.data, dropout_p, True),
                                      layer_input.batch_sizes)
            else:
                layer_input = torch.nn.functional.dropout(layer_input, dropout_p, True)
    return layer_input, final_hiddens


def _packed_input(data, batch_sizes):
    if batch_sizes.dim() != 1:
        raise RuntimeError(f'batch_sizes must be a 1D tensor, got {batch_sizes.dim()}D')
    return _Packed(data, [int(v) for v in batch_sizes.tolist()])



def _one_hidden_rnn(kind, input, hx, params, has_biases, num_layers, dropout, train, bidirectional, batch_first):
    if batch_first:
        input = input.transpose(0, 1)
    output, final = _rnn_impl(kind, input, _gather_params(params, has_biases), hx.unbind(0), num_layers, dropout,
                              train, bidirectional)
    if batch_first:
        output = _wrap(_call('rnn_transpose_output', output, 0, 1))   # ATen: output.transpose_(0, 1)
    return output, torch.stack(final, 0)


def _one_hidden_packed(kind, data, batch_sizes, hx, params, has_biases, num_layers, dropout, train, bidirectional):
    output, final = _rnn_impl(kind, _packed_input(data, batch_sizes), _gather_params(params, has_biases),
                              hx.unbind(0), num_layers, dropout, train, bidirectional)
    return output.data, torch.stack(final, 0)


def _one_hidden(kind, input, args):
    """ATen's two overloads: (input, hx, params, has_biases, num_layers, dropout, train, bidirectional,
    batch_first) and (data, batch_sizes, hx, params, has_biases, num_layers, dropout, train, bidirectional)."""
    if isinstance(args[1], (list, tuple)):
        return _one_hidden_rnn(kind, input, *args)
    return _one_hidden_packed(kind, input, *args)


def rnn_tanh(input, *args):
    return _one_hidden('tanh', input, args)


def rnn_relu(input, *args):
    return _one_hidden('relu', input, args)


def gru(input, *args):
    return _one_hidden('gru', input, args)


def lstm(input, *args):
    if isinstance(args[0], torch.Tensor):   # (data, batch_sizes, hx, params, ...): the packed overload
        batch_sizes, hx, params, has_biases, num_layers, dropout, train, bidirectional = args
        input = _packed_input(input, batch_sizes)
        batch_first = False
    else:
        hx, params, has_biases, num_layers, dropout, train, bidirectional, batch_first = args
    if len(hx) != 2:
        raise RuntimeError('lstm expects two hidden states')
    has_projections = hx[0].size(2) != hx[1].size(2)
    if batch_first:
        input = input.transpose(0, 1)
    hiddens = list(zip(hx[0].unbind(0), hx[1].unbind(0)))
    output, final = _rnn_impl('lstm', input, _gather_params(params, has_biases, has_projections), hiddens,
                              num_layers, dropout, train, bidirectional)
    if isinstance(output, _Packed):
        output = output.data
    if batch_first:
        output = output.transpose(0, 1)
    return output, torch.stack([h for h, _ in final], 0), torch.stack([c for _, c in final], 0)


# --- the cell functions (torch.rnn_tanh_cell, ...) -----------------------------------------------------------------------
def _check_cell_input(input, input_size):
    if input.size(1) != input_size:
        raise RuntimeError(f'input has inconsistent input_size: got {input.size(1)} expected {input_size}')


def _check_cell_hidden(input, hx, hidden_size, hidden_label):
    if input.size(0) != hx.size(0):
        raise RuntimeError(f"Input batch size {input.size(0)} doesn't match hidden{hidden_label} batch size "
                           f'{hx.size(0)}')
    if hx.size(1) != hidden_size:
        raise RuntimeError(f'hidden{hidden_label} has inconsistent hidden_size: got {hx.size(1)}, expected '
                           f'{hidden_size}')


def _cell(kind, input, hx, w_ih, w_hh, b_ih, b_hh):
    _check_cell_input(input, w_ih.size(1))
    _check_cell_hidden(input, hx, w_hh.size(1), 0)
    return _wrap(_call('rnn_cell', kind, input, hx, None, w_ih, w_hh, b_ih, b_hh)[0])


def rnn_tanh_cell(input, hx, w_ih, w_hh, b_ih=None, b_hh=None):
    return _cell('tanh', input, hx, w_ih, w_hh, b_ih, b_hh)


def rnn_relu_cell(input, hx, w_ih, w_hh, b_ih=None, b_hh=None):
    return _cell('relu', input, hx, w_ih, w_hh, b_ih, b_hh)


def gru_cell(input, hx, w_ih, w_hh, b_ih=None, b_hh=None):
    return _cell('gru', input, hx, w_ih, w_hh, b_ih, b_hh)


def lstm_cell(input, hx, w_ih, w_hh, b_ih=None, b_hh=None):
    if not isinstance(hx, (tuple, list)):
        raise TypeError(f"lstm_cell(): argument 'hx' (position 2) must be tuple of Tensors, not {type(hx).__name__}")
    if len(hx) != 2:
        raise RuntimeError('lstm_cell expects two hidden states')
    _check_cell_input(input, w_ih.size(1))
    hidden_size = w_hh.size(1)
    _check_cell_hidden(input, hx[0], hidden_size, 0)
    _check_cell_hidden(input, hx[1], hidden_size, 0)
    r = _call('rnn_cell', 'lstm', input, hx[0], hx[1], w_ih, w_hh, b_ih, b_hh)
    return _wrap(r[0]), _wrap(r[1])
