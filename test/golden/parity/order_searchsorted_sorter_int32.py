import torch
# searchsorted(sorter=..., out_int32=True), bucketize(out_int32=True)
s = torch.tensor([5., 1, 3])
print(torch.searchsorted(s, torch.tensor([3., 4., 0.5, 9.]), sorter=torch.tensor([1, 2, 0])))
print(torch.searchsorted(torch.tensor([[5., 1, 3], [9, 7, 8]]), torch.tensor([[3.], [8.5]]), sorter=torch.tensor([[1, 2, 0], [1, 2, 0]]), right=True))
print(torch.searchsorted(s, 3.0, sorter=torch.tensor([1, 2, 0]), out_int32=True), torch.searchsorted(torch.tensor([1., 3, 5]), torch.tensor([3.]), out_int32=True))
print(torch.bucketize(torch.tensor([[3., 6.], [0., 1.]]), torch.tensor([1., 3, 5]), out_int32=True, right=True), torch.bucketize(2, torch.tensor([1, 3, 5]), out_int32=True))
for f in [lambda: torch.searchsorted(s, torch.tensor([3.]), sorter=torch.tensor([1, 2])),
          lambda: torch.searchsorted(s, torch.tensor([3.]), sorter=torch.tensor([1, 2, 0], dtype=torch.int32))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
