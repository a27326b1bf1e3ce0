import torch
z = torch.zeros(2, 3)
x = torch.tensor([1., 3, 3, 2])
cases = [
    lambda: x.gather(0, torch.tensor([1.])),
    lambda: x.gather(0, torch.tensor([[1]])),
    lambda: x.gather(0, torch.tensor([10])),
    lambda: x.gather(0, torch.tensor([-1])),
    lambda: z.gather(1, torch.tensor([[0], [1], [2]])),
    lambda: z.gather(2, torch.tensor([[0]])),
    lambda: z.scatter(1, torch.tensor([[0.]]), 1.),
    lambda: z.scatter(1, torch.tensor([0]), 1.),
    lambda: z.scatter(1, torch.tensor([[0], [1], [2]]), 1.),
    lambda: z.scatter(1, torch.tensor([[0], [1]]), torch.ones(1, 1)),
    lambda: z.scatter(1, torch.tensor([[0]]), torch.ones(1)),
    lambda: z.scatter(1, torch.tensor([[5]]), 1.),
    lambda: z.scatter(1, torch.tensor([[0]]), torch.ones(1, 1, dtype=torch.float64)),
    lambda: z.scatter(1, torch.tensor([[0]]), 1., reduce='foo'),
    lambda: z.scatter_add(1, torch.tensor([[5]]), torch.ones(1, 1)),
    lambda: z.index_select(1, torch.tensor([[0, 0], [1, 1]])),
    lambda: z.index_select(1, torch.tensor([0.])),
    lambda: z.index_select(1, torch.tensor([5])),
    lambda: z.index_select(1, torch.tensor([-1])),
    lambda: z.masked_fill(torch.tensor([True, False]), 1.),
    lambda: torch.zeros(3).masked_fill_(torch.tensor([[True, False, True]]), 1.),
    lambda: torch.zeros(3).masked_fill(torch.tensor([True, False, True]), torch.tensor([1., 2])),
    lambda: x.topk(10),
    lambda: x.topk(-1),
    lambda: x.sort(1),
    lambda: x.cumsum(2),
]
for f in cases:
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)
