import torch
import torch.nn as nn
# eval mode without grad: TransformerEncoderLayer's fast path, and TransformerEncoder's nested-tensor path for a
# src_key_padding_mask (padded positions come back as zeros, cut to the longest sequence)
torch.manual_seed(0)
layer = nn.TransformerEncoderLayer(4, 2, dim_feedforward=8, batch_first=True).eval()
enc = nn.TransformerEncoder(layer, 2, norm=nn.LayerNorm(4)).eval()
x = torch.randn(2, 3, 4)
kpm = torch.tensor([[False, False, True], [False, True, True]])
with torch.no_grad():
    c = enc(x, src_key_padding_mask=kpm)
    print(c.shape, c)
    c = enc(x, src_key_padding_mask=torch.tensor([[False, True, False], [False, True, True]]))
    print(c.shape, c)
    c = enc(x, src_key_padding_mask=torch.tensor([[False, False, False], [False, True, True]]))
    print(c.shape, c)
    print(layer(x), layer(x, src_key_padding_mask=kpm)[0], layer(x).stride())
    print(enc(x))
    enc2 = nn.TransformerEncoder(layer, 1, enable_nested_tensor=False)
    print(enc2(x, src_key_padding_mask=kpm))
    enc3 = nn.TransformerEncoder(nn.TransformerEncoderLayer(6, 3, 8, batch_first=True).eval(), 1)
    print(enc3(torch.ones(1, 2, 6), src_key_padding_mask=torch.tensor([[False, True]])).shape)
print(enc(x, src_key_padding_mask=kpm))
