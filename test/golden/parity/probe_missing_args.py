import torch
# A required argument left out or a dim of the wrong type: the parser's texts (invalid combination for the methods with
# name-dim overloads, 'missing 1 required positional arguments' for those with one signature), method and function forms.
x=torch.ones(2,3)
for f in [lambda: x.unsqueeze(), lambda: torch.unsqueeze(x), lambda: x.gather(), lambda: x.gather(0), lambda: x.index_select(0), lambda: x.softmax(), lambda: x.transpose(0), lambda: x.narrow(0, 1), lambda: x.select(0), lambda: x.topk(), lambda: x.cumsum(), lambda: x.diff(axis=0).shape, lambda: x.unflatten(0)]:
  try: print(f())
  except Exception as e: print(type(e).__name__, str(e)[:200])
for f in [lambda: torch.gather(x), lambda: torch.index_select(x, 0), lambda: torch.transpose(x, 0), lambda: torch.select(x, 0), lambda: torch.narrow(x, 0, 1), lambda: torch.softmax(x), lambda: torch.log_softmax(x), lambda: x.log_softmax(), lambda: torch.unsqueeze(x), lambda: torch.topk(x), lambda: x.chunk(), lambda: x.transpose(0, 1.0), lambda: torch.transpose(x, 0, 1.0), lambda: x.transpose(0, 1).shape, lambda: x.t().transpose(-1, -2).shape]:
  try: print(f())
  except Exception as e: print(type(e).__name__, str(e))
