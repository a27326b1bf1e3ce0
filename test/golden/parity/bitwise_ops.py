import torch
# Bitwise ops on int64 and bool tensors (operators, methods, functions, in-place), with promotion, PyTorch's
# shift-count masking and its errors for floating types; int64 & int used to be a logical and.
i = torch.tensor([[1, 2], [3, -4]]); b = torch.tensor([True, False]); f = torch.tensor([1.5, 2.])
for e in ["i & 3", "3 & i", "i | 4", "i ^ 1", "~i", "i << 1", "i >> 1", "1 << i.abs()", "i.bitwise_and(i)", "torch.bitwise_or(i, 8)", "torch.bitwise_xor(i, i.t())", "torch.bitwise_not(i)",
          "b & True", "b | b", "~b", "b ^ True", "i & b", "b & 1", "f & 1", "~f", "f << 1", "i << -1", "i >> 64", "i << 63", "i & 2.5", "torch.bitwise_left_shift(i, 2)", "i.bitwise_right_shift(1)", "i.__ilshift__(1)",
          "i.bitwise_and_(5)", "i", "b.bitwise_not_()", "torch.tensor(5) & torch.tensor([3, 6])", "torch.bitwise_and(2, i)", "i & torch.tensor([1.5])"]:
    try: print(e, '->', eval(e))
    except Exception as ex: print(e, '!!', type(ex).__name__, ex)
x = torch.tensor([4, 5]); x &= 6; print(x); x |= 1; print(x); x ^= 3; print(x); x <<= 2; print(x); x >>= 1; print(x)
