import torch
import torch.nn as nn
torch.manual_seed(0)
layer = nn.TransformerEncoderLayer(8, 2, dim_feedforward=16, dropout=0.1)
print(layer)
x = torch.randn(5, 3, 8)
y = layer(x)
print(y[0], y.grad_fn)
(y * torch.randn(5, 3, 8)).sum().backward()
print(layer.linear1.weight.grad[0], layer.self_attn.out_proj.weight.grad[0], layer.norm1.weight.grad)
layer.eval()
print(layer(x)[1])
torch.manual_seed(1)
enc = nn.TransformerEncoder(nn.TransformerEncoderLayer(8, 2, 16, 0.0, activation='gelu', norm_first=True), 2,
                            norm=nn.LayerNorm(8))
print(enc)
mask = nn.Transformer.generate_square_subsequent_mask(5)
print(mask)
y = enc(x, mask=mask, src_key_padding_mask=torch.tensor([[False] * 5, [False] * 4 + [True], [False] * 5]))
print(y[4], y.grad_fn)
torch.manual_seed(2)
dec_layer = nn.TransformerDecoderLayer(8, 4, 12, 0.0, activation=nn.GELU(), batch_first=True)
print(dec_layer)
dec = nn.TransformerDecoder(dec_layer, 2)
print(dec.layers[0].self_attn.in_proj_weight is dec.layers[1].self_attn.in_proj_weight,
      torch.equal(dec.layers[0].linear1.weight, dec.layers[1].linear1.weight))
tgt = torch.randn(2, 4, 8)
mem = torch.randn(2, 6, 8)
out = dec(tgt, mem, tgt_mask=nn.Transformer.generate_square_subsequent_mask(4),
          memory_key_padding_mask=torch.tensor([[False] * 6, [False] * 3 + [True] * 3]))
print(out[1], out.grad_fn)
torch.manual_seed(3)
t = nn.Transformer(d_model=8, nhead=2, num_encoder_layers=1, num_decoder_layers=1, dim_feedforward=8, dropout=0.0)
print(t)
print(sum(p.numel() for p in t.parameters()), t.encoder.layers[0].self_attn.in_proj_weight[0],
      t.decoder.layers[0].linear1.weight[0], t.decoder.layers[0].linear1.bias)
src = torch.randn(6, 2, 8)
tg = torch.randn(4, 2, 8)
o = t(src, tg, tgt_mask=t.generate_square_subsequent_mask(4))
print(o[3], o.grad_fn)
(o * torch.randn(4, 2, 8)).sum().backward()
print(t.encoder.layers[0].linear2.bias.grad, t.decoder.layers[0].multihead_attn.in_proj_bias.grad[:8])
t.train()
torch.manual_seed(4)
t2 = nn.Transformer(d_model=4, nhead=2, num_encoder_layers=1, num_decoder_layers=1, dim_feedforward=4,
                    batch_first=True, norm_first=True, activation=torch.tanh)
print(t2.encoder.layers[0].activation_relu_or_gelu, t2(torch.randn(2, 3, 4), torch.randn(2, 2, 4)))
for f in [lambda: t(src, torch.randn(4, 3, 8)), lambda: t(src, torch.randn(4, 2, 6)),
          lambda: nn.TransformerEncoderLayer(8, 2, activation='tanh'),
          lambda: enc(x, src_key_padding_mask=torch.zeros(3, 5, dtype=torch.int64))]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
