import torch
import torch.nn.functional as F
# NumPy's axis=/keepdims= names (the parser's aliases), dims that are not ints (the parser's texts, method and
# function forms), unary methods given arguments, where/zeros_like/stride/clamp argument checks, no-argument slips.
x=torch.arange(6.).reshape(2,3)
for f in [lambda: torch.mean(x, 1.5), lambda: x.sum(1.5), lambda: x.sum(dim=1.5), lambda: x.mean(dim=1.5), lambda: x.argmax(dim=1.5), lambda: x.unsqueeze(dim=1.0), lambda: torch.argmax(x, 1.5), lambda: x.topk(1, 1.5), lambda: x.topk(1, dim=1.5), lambda: x.mean('a'), lambda: x.argmax('a'), lambda: x.unsqueeze('a'), lambda: x.sum(None).shape, lambda: x.mean([0, 1.5]), lambda: torch.sum(x, 1.5), lambda: x.sum('a'), lambda: x.argmax(1.5), lambda: x.unsqueeze(1.0), lambda: F.softmax(x, 1.0), lambda: torch.softmax(x, 1.0), lambda: x.softmax(1.0), lambda: F.softmax(x, 'a'), lambda: x.sum((0, 'a')), lambda: x.sum(axis=0), lambda: x.mean(axis=1, keepdims=True), lambda: torch.sum(x, axis=1), lambda: x.max(axis=0), lambda: x.argmax(axis=1), lambda: torch.cat([x,x], axis=1).shape, lambda: torch.stack([x,x], axis=1).shape, lambda: torch.softmax(x, axis=1), lambda: x.softmax(axis=1), lambda: x.std(axis=0), lambda: x.squeeze(axis=0), lambda: x.unsqueeze(axis=0).shape, lambda: x.cumsum(axis=0), lambda: x.any(axis=0), lambda: x.norm(axis=0), lambda: x.var(axis=0, keepdims=True), lambda: x.prod(axis=0), lambda: x.min(axis=1), lambda: torch.mean(x, axis=0), lambda: x.logsumexp(axis=0), lambda: x.amax(axis=0), lambda: x.argsort(axis=0), lambda: x.sort(axis=0), lambda: x.topk(1, axis=0), lambda: F.softmax(x, axis=1), lambda: x.all(axis=1), lambda: x.median(axis=0), lambda: x.nansum(axis=0), lambda: x.count_nonzero(axis=0), lambda: x.unbind(axis=0), lambda: x.split(1, axis=0), lambda: x.chunk(2, axis=0), lambda: x.index_select(axis=0, index=torch.tensor([0])), lambda: x.gather(axis=0, index=torch.tensor([[0]])), lambda: x.diff(axis=0), lambda: x.select(axis=0, index=0), lambda: x.narrow(axis=0, start=0, length=1), lambda: x.size(axis=0), lambda: x.stride(axis=0), lambda: torch.max(x, axis=1), lambda: torch.argmax(x, axis=0), lambda: torch.std(x, axis=0, keepdims=True)]:
  try: r=f(); print('OK', r)
  except Exception as e: print(type(e).__name__, e)
x = torch.arange(6.).reshape(2, 3)


def t(label, fn):
    try:
        print(label, 'OK', repr(fn()))
    except Exception as e:
        print(label, 'EXC', type(e).__name__, str(e))


t('exp(x, 2)', lambda: torch.exp(x, 2))
t('x.exp(2)', lambda: x.exp(2))
t('x.exp(dim=1)', lambda: x.exp(dim=1))
t('x.exp_(1)', lambda: x.clone().exp_(1))
t('where(c, x)', lambda: torch.where(x > 1, x))
t('where(c, x, None)', lambda: torch.where(x > 1, x, None))
t('where(c, None, x)', lambda: torch.where(x > 1, None, x))
t('where(c, "a", x)', lambda: torch.where(x > 1, 'a', x))
t('where(list, x, x)', lambda: torch.where([True], x, x))
t('where(c, x, list)', lambda: torch.where(x > 1, x, [1.]))
t('where(c, 1., 0.)', lambda: torch.where(x > 1, 1., 0.))
t('where(c, 1, 0.5)', lambda: torch.where(x > 1, 1, 0.5))
t('where(c)', lambda: torch.where(x > 1))
t('x.where(c, 0.)', lambda: x.where(x > 1, 0.))
t('x.where(c)', lambda: x.where(x > 1))
t('x.where(c, x)', lambda: x.where(x > 1, -x))
t('zeros_like(list)', lambda: torch.zeros_like([1, 2]))
t('ones_like(3)', lambda: torch.ones_like(3))
t('full_like(list)', lambda: torch.full_like([1], 2))
t('empty_like(None)', lambda: torch.empty_like(None))
t('x.stride(2)', lambda: x.stride(2))
t('x.stride(-3)', lambda: x.stride(-3))
t('x.stride(-1)', lambda: x.stride(-1))
t('0-d stride(0)', lambda: torch.tensor(1.).stride(0))
t('clamp(t0, 2)', lambda: x.clamp(torch.tensor(1.), 2))
t('clamp(1, t0)', lambda: x.clamp(1, torch.tensor(2.)))
t('clamp(min=t0, max=4)', lambda: x.clamp(min=torch.tensor(1.), max=4))
t('torch.clamp(x, 1, t0)', lambda: torch.clamp(x, 1, torch.tensor(3.)))
t('clamp(t1d, 2)', lambda: x.clamp(torch.tensor([1., 2., 3.]), 2))
t('permute()', lambda: x.permute())
t('reshape()', lambda: x.reshape())
t('view()', lambda: x.view())
t('expand()', lambda: x.expand())
t('repeat()', lambda: x.repeat())
t('x.max(None)', lambda: x.max(None))
t('x.max(dim=None)', lambda: x.max(dim=None))
t('torch.max(x, dim=None)', lambda: torch.max(x, dim=None))
t('x.min(dim=None)', lambda: x.min(dim=None))
t('x.max()', lambda: x.max())
t('torch.max(x)', lambda: torch.max(x))
t('x.max(1)', lambda: x.max(1))
t('x.max(0, True)', lambda: x.max(0, True))
t('torch.max(x, x)', lambda: torch.max(x, -x))
t('x.max("a")', lambda: x.max('a'))
t('x.argmax(dim=None)', lambda: x.argmax(dim=None))
