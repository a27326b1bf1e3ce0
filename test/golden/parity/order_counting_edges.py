import torch
# Edge cases of the counting and cumulative ops: dtypes of weights, NaN in histc (PyTorch prints -nan for a
# range taken from two or more elements), mixed dtypes in the searches, empty inputs, argument types.
nan = float('nan')
for f in ["torch.bincount(torch.tensor([0, 2]), torch.tensor([1, 2]))", "torch.bincount(torch.tensor([0, 2]), torch.tensor([True, False]))", "torch.histc(torch.tensor([1., nan, 2.]), 2)", "torch.histc(torch.tensor([nan]), 2)",
          "torch.searchsorted(torch.tensor([1, 3]), torch.tensor([2.5]))", "torch.bucketize(torch.tensor([2.5]), torch.tensor([1, 3]))", "torch.searchsorted(torch.tensor([1., 3.]), torch.tensor([2]))",
          "torch.zeros(0).logcumsumexp(0)", "torch.zeros(2, 0).cummax(1)", "torch.zeros(0).cummin(0)", "torch.tensor([[1, 2]]).diff(dim=0)", "torch.histc(torch.tensor([]), 3)", "torch.bincount(torch.tensor([1]), minlength=1.5)",
          "torch.unique(torch.tensor([[1., 2.]]), dim=0, sorted=False, return_inverse=True)", "torch.tensor([1., 2.]).nanmean(dim=(0,))", "torch.tensor([[1., nan]]).nanmean(dtype=torch.float64)"]:
    try: print(f, '->', eval(f))
    except Exception as e: print(f, '!!', type(e).__name__, e)
