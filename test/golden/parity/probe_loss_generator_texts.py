import torch
import torch.nn as nn
import torch.nn.functional as F
# nll_loss/cross_entropy check the target's shape before its dtype (a 2-D float target that is not class
# probabilities: "multi-target not supported"); torch.Generator and the default generator are torch._C.Generator.


def t(label, fn):
    try:
        print(label, 'OK', repr(fn()))
    except Exception as e:
        print(label, 'EXC', type(e).__name__, str(e))


torch.manual_seed(0)
logits = torch.randn(4, 3)
ce = nn.CrossEntropyLoss()
t('ce probs wrong shape', lambda: ce(logits, torch.softmax(torch.randn(4, 2), 1)))
t('ce float 1-d target', lambda: ce(logits, torch.tensor([0., 1., 2., 1.])))
t('ce probs ok', lambda: ce(logits, torch.softmax(torch.randn(4, 3), 1)))
t('ce 2-d long target', lambda: ce(logits, torch.tensor([[0], [1], [2], [1]])))
t('nll 4-d, 2-d float target', lambda: F.nll_loss(torch.randn(2, 3, 4, 4), torch.zeros(2, 4)))
t('nll 4-d, 3-d float target', lambda: F.nll_loss(torch.randn(2, 3, 4, 4), torch.zeros(2, 4, 4)))
t('nll 2-d float target', lambda: F.nll_loss(torch.randn(4, 3), torch.zeros(4, 2)))
t('nll batch mismatch float', lambda: F.nll_loss(torch.randn(4, 3), torch.zeros(3)))
t('nll 1-d, 0-d float target', lambda: F.nll_loss(torch.randn(3), torch.zeros(())))
t('nll int input', lambda: F.nll_loss(torch.ones(4, 3, dtype=torch.long), torch.zeros(4, dtype=torch.long)))
t('nll weight wrong', lambda: F.nll_loss(torch.randn(4, 3), torch.zeros(4, 2), weight=torch.ones(2)))
g = torch.Generator()
print(type(g), type(g).__name__, type(torch.default_generator), type(torch.manual_seed(0)).__name__)
print(isinstance(torch.default_generator, torch.Generator), torch.manual_seed(3) is torch.default_generator)
print(torch.initial_seed(), g.manual_seed(5).initial_seed(), torch.rand(2, generator=g))
