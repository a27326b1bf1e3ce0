import torch
# foreach=True for SGD, Adam, AdamW, RMSprop and Adagrad: the parameters and the gradients after 6 steps, to the last bit
# (PyTorch's foreach paths add the weight decay or Nesterov momentum into p.grad in place, and Adagrad's rounds its
# step size as a float32 tensor).
import hashlib
O = torch.optim
def digest(t):
    return hashlib.sha256(repr(t.tolist()).encode()).hexdigest()[:16]
def run(mk):
    torch.manual_seed(1)
    w = torch.randn(40, 33, requires_grad=True); b = torch.randn(7, requires_grad=True)
    opt = mk([w, b])
    for _ in range(6):
        opt.zero_grad()
        loss = ((w * torch.linspace(-3, 3, 33)) ** 3).sum() * 1e-3 + (b.exp() * torch.arange(7.)).sum()
        loss.backward(); opt.step()
    return digest(w), digest(b), digest(w.grad), digest(b.grad)
cfgs = {
 'Adam_wd': lambda p, f: O.Adam(p, lr=0.01, foreach=f, weight_decay=0.1),
 'Adam_ams': lambda p, f: O.Adam(p, lr=0.01, foreach=f, amsgrad=True),
 'Adam_max_wd': lambda p, f: O.Adam(p, lr=0.01, foreach=f, weight_decay=0.1, maximize=True),
 'AdamW_ams': lambda p, f: O.AdamW(p, lr=0.01, foreach=f, amsgrad=True, weight_decay=0.1),
 'AdamW_max': lambda p, f: O.AdamW(p, lr=0.01, foreach=f, maximize=True),
 'SGD_nest': lambda p, f: O.SGD(p, lr=0.01, momentum=0.9, nesterov=True, foreach=f),
 'SGD_nest_wd': lambda p, f: O.SGD(p, lr=0.01, momentum=0.9, nesterov=True, foreach=f, weight_decay=0.1),
 'SGD_damp': lambda p, f: O.SGD(p, lr=0.01, momentum=0.9, dampening=0.3, foreach=f, weight_decay=0.1),
 'SGD_plain': lambda p, f: O.SGD(p, lr=0.01, foreach=f, weight_decay=0.1),
 'RMS_wd': lambda p, f: O.RMSprop(p, lr=0.01, foreach=f, weight_decay=0.1),
 'RMS_cm': lambda p, f: O.RMSprop(p, lr=0.01, foreach=f, centered=True, momentum=0.5),
 'RMS_max_wd': lambda p, f: O.RMSprop(p, lr=0.01, foreach=f, weight_decay=0.1, maximize=True),
 'Adagrad_wd': lambda p, f: O.Adagrad(p, lr=0.01, foreach=f, weight_decay=0.1, lr_decay=0.01),
 'Adagrad_max': lambda p, f: O.Adagrad(p, lr=0.01, foreach=f, maximize=True),
}
for name, mk in cfgs.items():
    print(name, *run(lambda p: mk(p, True)))
# ASGD foreach=True takes the first parameter's eta for all (here b starts later than a)
for fe in [False, True]:
    torch.manual_seed(0)
    a = torch.randn(4, requires_grad=True); b = torch.randn(3, requires_grad=True)
    opt = torch.optim.ASGD([a, b], lr=0.1, lambd=0.5, t0=1, foreach=fe)
    for i in range(5):
        opt.zero_grad()
        l = (a ** 2).sum() + ((b ** 2).sum() if i >= 2 else 0)
        l.backward()
        opt.step()
    print(fe, a.tolist(), b.tolist(), opt.state[b]['eta'], opt.state[b]['ax'].tolist())
