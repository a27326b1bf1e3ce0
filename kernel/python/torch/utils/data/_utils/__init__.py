# torch.utils.data._utils: collation helpers of the DataLoader.
from . import collate  # noqa: F401
