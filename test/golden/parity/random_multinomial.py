import torch
# torch.multinomial / Tensor.multinomial after manual_seed: the Gumbel (exponential_ + argmax/topk) path without replacement
# or for one sample, the cumulative binary search with replacement; generators, 2-D, float64, and PyTorch's errors.
torch.manual_seed(0)
p = torch.tensor([0.1, 0.2, 0.3, 0.4])
print(torch.multinomial(p, 2), torch.multinomial(p, 1), torch.multinomial(p, 10, replacement=True), torch.multinomial(p, 4))
w = torch.tensor([[1., 0., 3.], [2., 2., 0.5]])
print(torch.multinomial(w, 2), torch.multinomial(w, 5, True), w.multinomial(1), torch.multinomial(w.double(), 3, True))
g = torch.Generator().manual_seed(3)
print(torch.multinomial(p, 3, generator=g), torch.multinomial(torch.tensor([1, 2]).float(), 1))
print(torch.rand(2))
for f in ["torch.multinomial(p, 5)", "torch.multinomial(torch.tensor([0., 0.]), 1)", "torch.multinomial(torch.tensor([-1., 2.]), 1)", "torch.multinomial(torch.tensor([1, 2]), 1)",
          "torch.multinomial(torch.ones(2, 2, 2), 1)", "torch.multinomial(p, 0)", "torch.multinomial(torch.tensor([float('nan'), 1.]), 1)", "torch.multinomial(torch.tensor([-1., 2.]), 3, True)", "torch.multinomial(torch.tensor([0., 0.]), 3, True)", "torch.multinomial(torch.tensor([float('inf'), 1.]), 3, True)", "torch.multinomial(torch.tensor([]), 1)"]:
    try: print(f, '->', eval(f))
    except Exception as e: print(f, '!!', type(e).__name__, e)
torch.manual_seed(7)
logits = torch.randn(3, 50)
probs = torch.softmax(logits, -1)
print(torch.multinomial(probs, 1).view(-1), torch.multinomial(probs, 6), torch.multinomial(probs, 20, replacement=True))
print(torch.multinomial(probs[0].double(), 8, True), torch.multinomial(torch.tensor([0., 1., 0.]), 4, True), torch.rand(3))
