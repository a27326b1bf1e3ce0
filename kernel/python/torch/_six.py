# torch._six of PyTorch 1.13.1 (the names torch.distributions imports).
import math

inf = math.inf
nan = math.nan
string_classes = (str, bytes)
