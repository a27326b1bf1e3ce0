# torch.testing: assert_close (torch/testing/_comparison.py).
from ._comparison import assert_close  # noqa: F401
