import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
m = nn.MultiheadAttention(8, 2)
print(m)
print([(n, tuple(p.shape)) for n, p in m.named_parameters()])
print(m.in_proj_weight[:2], m.in_proj_bias[:4], m.out_proj.weight[0], m.out_proj.bias[:3])
q = torch.randn(5, 3, 8, requires_grad=True)
o, w = m(q, q, q)
print(o[:2], w[0], o.grad_fn, w.grad_fn, o.grad_fn.next_functions)
(o * torch.randn(5, 3, 8)).sum().backward()
print(q.grad[0], m.in_proj_weight.grad[0], m.in_proj_bias.grad[16:], m.out_proj.bias.grad)
k = torch.randn(4, 3, 8)
o, w = m(q, k, k, average_attn_weights=False)
print(o.shape, w.shape, w[0, 1], w.grad_fn)
o, w = m(q, k, torch.randn(4, 3, 8), need_weights=False)
print(o[1], w)
mask = torch.tensor([[False, True, False, False]] * 5)
kpm = torch.tensor([[False, False, True, True], [False] * 4, [False, False, False, True]])
o, w = m(q, k, k, attn_mask=mask, key_padding_mask=kpm)
print(o[1], w[0])
o, w = m(q, k, k, attn_mask=torch.randn(5, 4), key_padding_mask=kpm)
print(o[2], w[2])
# a float key_padding_mask is merged with masked_fill (which ignores a float mask in PyTorch 1.13)
o, w = m(q, k, k, attn_mask=torch.zeros(6, 5, 4), key_padding_mask=kpm.float())
print(o[3], w[1])
o, w = m(q, k, k, key_padding_mask=torch.tensor([[0., 0., -1., 0.5]] * 3))
print(w[0])
o, w = m(q[:, 0], k[:, 0], k[:, 0], key_padding_mask=torch.tensor([False, True, False, False]))
print(o, w)
torch.manual_seed(1)
m2 = nn.MultiheadAttention(6, 3, kdim=4, vdim=5, add_bias_kv=True, add_zero_attn=True, bias=False, dropout=0.2)
print(m2, [(n, tuple(p.shape)) for n, p in m2.named_parameters()])
print(m2.bias_k, m2.bias_v, m2.q_proj_weight[0], m2.k_proj_weight[0], m2.v_proj_weight[0])
q2 = torch.randn(3, 2, 6)
k2 = torch.randn(4, 2, 4)
v2 = torch.randn(4, 2, 5)
o, w = m2(q2, k2, v2, key_padding_mask=torch.tensor([[False, True, False, False], [False] * 4]),
          attn_mask=torch.zeros(3, 4, dtype=torch.bool))
print(o, w, o.grad_fn)
m2.eval()
o, w = m2(q2, k2, v2)
print(o, w)
x = torch.randn(3, 2, 8)
print(F.multi_head_attention_forward(x, x, x, 8, 2, m.in_proj_weight, m.in_proj_bias, None, None, False, 0.5,
                                     m.out_proj.weight, m.out_proj.bias)[1])
print(F.multi_head_attention_forward(x, x, x, 8, 4, m.in_proj_weight, None, None, None, True, 0.0,
                                     m.out_proj.weight, None, training=False, static_k=torch.randn(8, 2, 2),
                                     static_v=torch.randn(8, 2, 2))[0])
for f in [lambda: nn.MultiheadAttention(5, 2), lambda: m(q[0, 0], k, k), lambda: m(q, k[:, 0], k[:, 0]),
          lambda: m(q, k, k, attn_mask=torch.zeros(3, 4)), lambda: m(q, k, k, attn_mask=torch.zeros(2, 5, 4)),
          lambda: m(q, k, k, attn_mask=torch.zeros(1, 2, 5, 4)),
          lambda: m(q, k, k, key_padding_mask=torch.zeros(3, 4, dtype=torch.int64)),
          lambda: m(q, k, k, attn_mask=torch.zeros(5, 4, dtype=torch.int64)),
          lambda: m(q, k, k, key_padding_mask=torch.zeros(3, 5, dtype=torch.bool)),
          lambda: m(q[:, 0], k[:, 0], k[:, 0], attn_mask=torch.zeros(3, 5, 4)),
          lambda: m(q, k, torch.randn(3, 3, 8)), lambda: m(torch.randn(5, 3, 6), k, k),
          lambda: m(q, k, k, key_padding_mask=torch.tensor([[0, 2, 0, 0]] * 3).float())]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
