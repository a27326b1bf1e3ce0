import torch
import torch.nn as nn
torch.manual_seed(0)
model = nn.Transformer(d_model=8, nhead=2, num_encoder_layers=2, num_decoder_layers=1, dim_feedforward=16, dropout=0.1, batch_first=True)
head = nn.Linear(8, 5)
opt = torch.optim.Adam(list(model.parameters()) + list(head.parameters()), lr=1e-2)
src = torch.randn(4, 6, 8)
tgt = torch.randn(4, 5, 8)
y = torch.randint(0, 5, (4, 5))
mask = model.generate_square_subsequent_mask(5)
for step in range(4):
    opt.zero_grad()
    out = head(model(src, tgt, tgt_mask=mask, src_key_padding_mask=torch.tensor([[False] * 6, [False] * 5 + [True]] * 2)))
    loss = nn.functional.cross_entropy(out.reshape(-1, 5), y.reshape(-1))
    loss.backward()
    opt.step()
    print(step, f"{loss.item():.5f}")
model.eval()
with torch.no_grad():
    print(head(model(src, tgt, tgt_mask=mask))[0])
print(list(model.state_dict().keys())[:6], len(model.state_dict()))
