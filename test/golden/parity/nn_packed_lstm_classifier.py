import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence, pad_sequence
# The classic padded-batch classifier: embedding -> pack_padded_sequence -> LSTM -> last hidden state -> linear,
# trained a few steps with Adam; then the padded outputs through pad_packed_sequence.

torch.manual_seed(0)


class Classifier(nn.Module):
    def __init__(self, vocab, emb, hidden, classes):
        super().__init__()
        self.emb = nn.Embedding(vocab, emb, padding_idx=0)
        self.lstm = nn.LSTM(emb, hidden, batch_first=True, num_layers=2)
        self.fc = nn.Linear(hidden, classes)

    def forward(self, tokens, lengths):
        packed = pack_padded_sequence(self.emb(tokens), lengths, batch_first=True, enforce_sorted=False)
        out, (h, c) = self.lstm(packed)
        return self.fc(h[-1]), out, h, c


seqs = [torch.randint(1, 20, (n,)) for n in [5, 3, 7, 2, 6, 4]]
lengths = torch.tensor([len(s) for s in seqs])
tokens = pad_sequence(seqs, batch_first=True)
labels = torch.tensor([0, 1, 2, 1, 0, 2])
model = Classifier(20, 6, 8, 3)
opt = torch.optim.Adam(model.parameters(), lr=0.05)
for step in range(6):
    opt.zero_grad()
    logits, out, h, c = model(tokens, lengths)
    loss = nn.functional.cross_entropy(logits, labels)
    loss.backward()
    opt.step()
    print(step, f'{loss.item():.5f}', logits.argmax(1).tolist())
print(type(out).__name__, out.data.shape, out.data.grad_fn.name(), out.batch_sizes, out.sorted_indices,
      out.unsorted_indices)
print(h.grad_fn.name(), c.grad_fn.name(), h.shape, c.shape)
print(logits)
print([f'{prm.grad.norm().item():.4f}' for prm in model.lstm.parameters()])
print(f'{model.emb.weight.grad.norm().item():.4f}', model.emb.weight.grad[0].tolist())
padded, lens = pad_packed_sequence(out, batch_first=True)
print(padded.shape, lens, padded.grad_fn.name())
print(padded[3])
with torch.no_grad():
    logits, out, h, c = model(tokens, lengths)
print(logits.argmax(1).tolist(), out.data.requires_grad)
