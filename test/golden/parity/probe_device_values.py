import torch
# torch.device of any PyTorch device type is a value (torch.device('cuda') as in PyTorch); only using one raises here.
import torch.nn as nn
def t(label, fn):
    try: print(label, 'OK', repr(fn()))
    except Exception as e: print(label, 'EXC', type(e).__name__, str(e)[:80])
t('device(cuda)', lambda: torch.device('cuda'))
t('device(cuda:1)', lambda: (torch.device('cuda:1'), torch.device('cuda:1').index, torch.device('cuda:1').type, str(torch.device('cuda:1'))))
t('device(cuda, 0)', lambda: torch.device('cuda', 0))
t('device(mps)', lambda: torch.device('mps'))
t('pick', lambda: torch.device('cuda' if torch.cuda.is_available() else 'cpu'))
t('eq', lambda: torch.device('cuda') == torch.device('cpu'))
t('x.device == cuda', lambda: torch.ones(1).device == torch.device('cuda'))
t('x.device.type', lambda: torch.ones(1).device.type)
