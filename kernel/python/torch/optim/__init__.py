# torch.optim: optimizers and learning-rate schedulers, ported from PyTorch 1.13.1 (single-tensor code paths).
from .optimizer import Optimizer
from .adadelta import Adadelta
from .adagrad import Adagrad
from .adam import Adam
from .adamw import AdamW
from .sparse_adam import SparseAdam
from .adamax import Adamax
from .asgd import ASGD
from .sgd import SGD
from .radam import RAdam
from .rprop import Rprop
from .rmsprop import RMSprop
from .nadam import NAdam
from .lbfgs import LBFGS
from . import lr_scheduler
from . import swa_utils

__all__ = ['Optimizer', 'Adadelta', 'Adagrad', 'Adam', 'AdamW', 'SparseAdam', 'Adamax', 'ASGD', 'SGD', 'RAdam',
           'Rprop', 'RMSprop', 'NAdam', 'LBFGS', 'lr_scheduler', 'swa_utils']
