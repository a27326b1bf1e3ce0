# The layer classes of torch.nn (ported from PyTorch 1.13.1 torch/nn/modules).
from .module import Module
from .linear import Identity, Linear, Bilinear, LazyLinear
from .conv import Conv1d, Conv2d, Conv3d, ConvTranspose1d, ConvTranspose2d, ConvTranspose3d
from .activation import (ReLU, Hardtanh, ReLU6, Sigmoid, Tanh, SiLU, ELU, GELU, LeakyReLU, LogSigmoid, Softplus,
                         Softsign, Tanhshrink, Softmin, Softmax, Softmax2d, LogSoftmax)
from .loss import (L1Loss, NLLLoss, MSELoss, BCELoss, BCEWithLogitsLoss, CrossEntropyLoss, SmoothL1Loss, HuberLoss)
from .container import Sequential, ModuleList, ModuleDict, ParameterList, ParameterDict
from .pooling import (MaxPool1d, MaxPool2d, MaxPool3d, AvgPool1d, AvgPool2d, AvgPool3d, AdaptiveAvgPool1d,
                      AdaptiveAvgPool2d, AdaptiveAvgPool3d, AdaptiveMaxPool1d, AdaptiveMaxPool2d, AdaptiveMaxPool3d,
                      MaxUnpool1d, MaxUnpool2d, MaxUnpool3d, LPPool1d, LPPool2d)
from .batchnorm import BatchNorm1d, BatchNorm2d, BatchNorm3d
from .normalization import LayerNorm, GroupNorm, LocalResponseNorm
from .instancenorm import InstanceNorm1d, InstanceNorm2d, InstanceNorm3d
from .dropout import Dropout, Dropout1d, Dropout2d
from .sparse import Embedding
from .flatten import Flatten, Unflatten
from .padding import (ConstantPad1d, ConstantPad2d, ConstantPad3d, ReflectionPad1d, ReflectionPad2d, ReflectionPad3d,
                      ReplicationPad1d, ReplicationPad2d, ReplicationPad3d, ZeroPad2d)
from .fold import Fold, Unfold, PixelShuffle, PixelUnshuffle, ChannelShuffle
from .upsampling import Upsample, UpsamplingNearest2d, UpsamplingBilinear2d
from .rnn import RNNBase, RNN, LSTM, GRU, RNNCellBase, RNNCell, LSTMCell, GRUCell
# activations, losses, distances and attention layers added with the Transformer
from .activation_more import (Threshold, RReLU, Hardsigmoid, Hardswish, Hardshrink, Softshrink, SELU, CELU, GLU, Mish,
                              PReLU)
from .dropout import Dropout3d, AlphaDropout, FeatureAlphaDropout
from .loss import (KLDivLoss, PoissonNLLLoss, GaussianNLLLoss, HingeEmbeddingLoss, MultiLabelMarginLoss, SoftMarginLoss,
                   MultiLabelSoftMarginLoss, CosineEmbeddingLoss, MarginRankingLoss, MultiMarginLoss, TripletMarginLoss,
                   TripletMarginWithDistanceLoss, CTCLoss, NLLLoss2d)
from .distance import PairwiseDistance, CosineSimilarity
from .sparse import EmbeddingBag
from .adaptive import AdaptiveLogSoftmaxWithLoss
from .multihead import MultiheadAttention
from .transformer import (Transformer, TransformerEncoder, TransformerDecoder, TransformerEncoderLayer,
                          TransformerDecoderLayer)

__all__ = [
    'Module', 'Identity', 'Linear', 'Conv1d', 'Conv2d', 'Conv3d', 'ConvTranspose1d', 'ConvTranspose2d', 'ConvTranspose3d', 'ReLU', 'Hardtanh', 'ReLU6', 'Sigmoid', 'Tanh', 'SiLU', 'ELU',
    'GELU', 'LeakyReLU', 'LogSigmoid', 'Softplus', 'Softsign', 'Tanhshrink', 'Softmin', 'Softmax', 'Softmax2d',
    'LogSoftmax', 'L1Loss', 'NLLLoss', 'MSELoss', 'BCELoss', 'BCEWithLogitsLoss', 'CrossEntropyLoss', 'SmoothL1Loss',
    'HuberLoss', 'Sequential', 'ModuleList', 'ModuleDict', 'ParameterList', 'ParameterDict', 'MaxPool1d', 'MaxPool2d', 'AvgPool1d', 'AvgPool2d',
    'AdaptiveAvgPool1d', 'AdaptiveAvgPool2d', 'MaxPool3d', 'AvgPool3d', 'AdaptiveAvgPool3d', 'AdaptiveMaxPool1d',
    'AdaptiveMaxPool2d', 'AdaptiveMaxPool3d', 'MaxUnpool1d', 'MaxUnpool2d', 'MaxUnpool3d', 'LPPool1d', 'LPPool2d', 'BatchNorm1d', 'BatchNorm2d',
    'BatchNorm3d', 'LayerNorm', 'GroupNorm', 'LocalResponseNorm', 'InstanceNorm1d', 'InstanceNorm2d', 'InstanceNorm3d', 'Dropout', 'Dropout1d', 'Dropout2d',
    'Embedding', 'Flatten', 'Unflatten', 'Upsample', 'UpsamplingNearest2d', 'UpsamplingBilinear2d',
    'ConstantPad1d', 'ConstantPad2d', 'ConstantPad3d', 'ReflectionPad1d', 'ReflectionPad2d', 'ReflectionPad3d',
    'ReplicationPad1d', 'ReplicationPad2d', 'ReplicationPad3d', 'ZeroPad2d', 'Fold', 'Unfold', 'PixelShuffle',
    'PixelUnshuffle', 'ChannelShuffle',
    'RNNBase', 'RNN', 'LSTM', 'GRU', 'RNNCellBase', 'RNNCell', 'LSTMCell', 'GRUCell',
    'Bilinear', 'LazyLinear', 'Threshold', 'RReLU', 'Hardsigmoid', 'Hardswish', 'Hardshrink', 'Softshrink', 'SELU', 'CELU',
    'GLU', 'Mish', 'PReLU', 'Dropout3d', 'AlphaDropout', 'FeatureAlphaDropout', 'KLDivLoss', 'PoissonNLLLoss',
    'GaussianNLLLoss', 'HingeEmbeddingLoss', 'MultiLabelMarginLoss', 'SoftMarginLoss', 'MultiLabelSoftMarginLoss',
    'CosineEmbeddingLoss', 'MarginRankingLoss', 'MultiMarginLoss', 'TripletMarginLoss', 'TripletMarginWithDistanceLoss',
    'CTCLoss', 'NLLLoss2d', 'PairwiseDistance', 'CosineSimilarity', 'EmbeddingBag', 'MultiheadAttention', 'Transformer',
    'TransformerEncoder', 'TransformerDecoder', 'TransformerEncoderLayer', 'TransformerDecoderLayer',
    'AdaptiveLogSoftmaxWithLoss',
]
