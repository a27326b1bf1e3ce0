import torch
import torch.utils.data
torch.utils.data.TensorDataset(torch.zeros(3), torch.zeros(4))
