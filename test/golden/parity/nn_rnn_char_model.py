import torch
import torch.nn as nn
import torch.nn.functional as F
# A tiny character model as users write it: Embedding -> LSTM (2 layers, dropout) -> Linear, trained a few SGD
# steps with cross-entropy; then greedy generation in eval mode with a carried hidden state; and a GRU with
# dropout in train mode (the dropout masks come from the default generator).

torch.manual_seed(0)
text = 'hello world, hello rnn'
chars = sorted(set(text))
idx = torch.tensor([chars.index(ch) for ch in text])


class CharModel(nn.Module):
    def __init__(self, vocab, hidden):
        super().__init__()
        self.emb = nn.Embedding(vocab, 8)
        self.rnn = nn.LSTM(8, hidden, num_layers=2, dropout=0.2, batch_first=True)
        self.head = nn.Linear(hidden, vocab)

    def forward(self, x, state=None):
        y, state = self.rnn(self.emb(x), state)
        return self.head(y), state


model = CharModel(len(chars), 16)
print(model)
opt = torch.optim.SGD(model.parameters(), lr=0.5)
inp, tgt = idx[:-1].unsqueeze(0), idx[1:].unsqueeze(0)
for step in range(5):
    logits, _ = model(inp)
    loss = F.cross_entropy(logits.reshape(-1, len(chars)), tgt.reshape(-1))
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, round(loss.item(), 4))
print(model.rnn.weight_hh_l1[:2], model.head.bias.grad)
model.eval()
state = None
cur = idx[:1].unsqueeze(0)
out = []
with torch.no_grad():
    for _ in range(10):
        logits, state = model(cur, state)
        cur = logits[:, -1].argmax(-1, keepdim=True)
        out.append(chars[cur.item()])
print(''.join(out), state[0].shape, state[1][1])

gru = nn.GRU(3, 4, num_layers=3, dropout=0.5)
x = torch.randn(4, 2, 3)
out, h = gru(x)
print(out[-1], h)
gru.eval()
out2, h2 = gru(x)
print(out2[-1], torch.equal(out, out2))
