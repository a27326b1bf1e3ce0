import torch
# grad_fn.register_prehook: the node's incoming gradients before it runs, replaced by a returned tuple; PyTorch's
# errors for a non-tuple or a wrong count; it runs after tensor hooks registered before it.
x = torch.ones(2, requires_grad=True); y = x * 2
def h(go):
    print('pre', go)
    return (go[0] * 3,)
print(y.grad_fn.register_prehook(h))
y.sum().backward(); print(x.grad)
x = torch.ones(2, requires_grad=True); y = x * 2
y.grad_fn.register_prehook(lambda go: None); y.grad_fn.register_prehook(lambda go: 5)
try: y.sum().backward()
except Exception as e: print(type(e).__name__, e)
x = torch.ones(2, requires_grad=True); y = x * 2
y.grad_fn.register_prehook(lambda go: (go[0], go[0]))
try: y.sum().backward()
except Exception as e: print(type(e).__name__, e)
x = torch.ones(2, requires_grad=True); y = x * 2
y.register_hook(lambda g: g + 1)
y.grad_fn.register_prehook(lambda go: print('after tensor hook', go))
hd = y.grad_fn.register_prehook(lambda go: print('removed'))
hd.remove()
y.sum().backward(); print(x.grad)
a, b = torch.ones(3, requires_grad=True).split([1, 2])
a.grad_fn.register_prehook(lambda go: print('split go', go))
(a.sum() * 2).backward()
