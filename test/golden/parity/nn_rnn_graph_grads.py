import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

# nn.RNN / nn.LSTM / nn.GRU forward and backward: the graph ATen builds (one UnbindBackward0 over the steps, the
# gates cut by UnsafeSplitBackward0, per-step cells, StackBackward0 / CatBackward0 outputs), outputs and the
# gradients of every weight, the input and the initial state, float32 and float64, unpacked and packed, 1-2 layers,
# bidirectional, batch_first, 1 and 2 threads. (Sums to 5 digits and values to 4 decimals in float32, 11 and 10 in float64: the products' last
# bits are tnb's own.)

def names(fn, depth):
    if fn is None or depth == 0:
        return None
    return [fn.name(), [names(f, depth - 1) for f, _ in fn.next_functions]]


def summary(t):
    g, f = ('.5g', '.4f') if t.dtype == torch.float32 else ('.11g', '.10f')
    t = t.detach().double()
    return (f'{tuple(t.shape)} {t.sum().item():{g}} {t.abs().sum().item():{g}} {t.flatten()[0].item():{f}} '
            f'{t.flatten()[-1].item():{f}}')


for threads in (1, 2):
    torch.set_num_threads(threads)
    for dt in (torch.float32, torch.float64):
        torch.manual_seed(21)
        for kind in ('RNN', 'LSTM', 'GRU'):
            for layers, bidi, bf in ((1, False, False), (2, False, True), (2, True, False), (1, True, True)):
                m = getattr(nn, kind)(5, 6, num_layers=layers, bidirectional=bidi, batch_first=bf, dtype=dt)
                T, B = 7, 3
                x = torch.randn(*((B, T) if bf else (T, B)), 5, dtype=dt, requires_grad=True)
                nd = layers * (2 if bidi else 1)
                h0 = torch.randn(nd, B, 6, dtype=dt, requires_grad=True)
                hx = (h0, torch.randn(nd, B, 6, dtype=dt, requires_grad=True)) if kind == 'LSTM' else h0
                out, hn = m(x, hx)
                tag = f't{threads} {str(dt)[6:]} {kind} layers={layers} bidi={bidi} batch_first={bf}'
                if threads == 1 and dt == torch.float32:
                    print(tag, 'graph', names(out.grad_fn, 6))
                    print(tag, 'h graph', names((hn[0] if kind == 'LSTM' else hn).grad_fn, 4))
                print(tag, 'out', summary(out))
                (out.pow(2).sum() + sum(h.sum() for h in (hn if kind == 'LSTM' else (hn,)))).backward()
                print(tag, 'x.grad', summary(x.grad))
                print(tag, 'h0.grad', summary(h0.grad))
                if kind == 'LSTM':
                    print(tag, 'c0.grad', summary(hx[1].grad))
                for n, p in m.named_parameters():
                    print(tag, n, summary(p.grad))

        # packed input, forward and reverse directions, a length that ends early and one equal to T
        for kind in ('LSTM', 'GRU', 'RNN'):
            m = getattr(nn, kind)(4, 5, num_layers=2, bidirectional=True, dtype=dt)
            x = torch.randn(6, 4, 4, dtype=dt, requires_grad=True)
            lengths = [6, 4, 4, 1]
            p = pack_padded_sequence(x, lengths)
            out, hn = m(p)
            tag = f't{threads} {str(dt)[6:]} packed {kind}'
            if threads == 1 and dt == torch.float32:
                print(tag, 'graph', names(out.data.grad_fn, 5))
            padded, lens = pad_packed_sequence(out)
            print(tag, 'out', summary(out.data), lens.tolist())
            hs = hn if kind == 'LSTM' else (hn,)
            (padded.pow(2).sum() + sum((h * h).sum() for h in hs)).backward()
            print(tag, 'x.grad', summary(x.grad), x.grad[5, 1:].abs().sum().item() == 0)
            for n, q in m.named_parameters():
                print(tag, n, summary(q.grad))
