import torch
import torch.nn as nn
import torch.distributions as D
# Two training loops built on torch.distributions: REINFORCE (a Categorical policy over logits from a small net,
# sampled actions, log_prob times advantage, an entropy bonus) and a VAE step (Normal posterior rsample, KL to the
# prior through kl_divergence, Bernoulli(logits=...) reconstruction log_prob), with Adam; losses, samples and
# gradients after manual_seed.
torch.manual_seed(0)
policy = nn.Sequential(nn.Linear(4, 16), nn.Tanh(), nn.Linear(16, 3))
opt = torch.optim.Adam(policy.parameters(), lr=0.01)
states = torch.randn(8, 4)
for step in range(3):
    dist = D.Categorical(logits=policy(states))
    actions = dist.sample()
    rewards = (actions == 1).float() - 0.5 * (actions == 2).float()
    adv = rewards - rewards.mean()
    loss = -(dist.log_prob(actions) * adv).mean() - 0.01 * dist.entropy().mean()
    opt.zero_grad()
    loss.backward()
    # (6 digits: Categorical(logits=) normalises with logsumexp, whose float32 result can end an ulp from PyTorch's)
    print(step, actions.tolist(), f'{loss.item():.6g}', loss.grad_fn, f'{policy[2].bias.grad.norm().item():.6g}')
    opt.step()
print(policy[2].bias.detach())


class VAE(nn.Module):
    def __init__(self):
        super().__init__()
        self.enc = nn.Linear(6, 4)
        self.dec = nn.Linear(2, 6)

    def forward(self, x):
        h = self.enc(x)
        q = D.Normal(h[:, :2], nn.functional.softplus(h[:, 2:]) + 1e-4)
        z = q.rsample()
        px = D.Independent(D.Bernoulli(logits=self.dec(z)), 1)
        prior = D.Normal(torch.zeros_like(z), torch.ones_like(z))
        kl = D.kl_divergence(q, prior).sum(-1)
        return -(px.log_prob(x) - kl).mean(), z, kl


torch.manual_seed(1)
vae = VAE()
vopt = torch.optim.Adam(vae.parameters(), lr=0.05)
x = torch.bernoulli(torch.full((5, 6), 0.4))
for step in range(3):
    loss, z, kl = vae(x)
    vopt.zero_grad()
    loss.backward()
    print(step, f'{loss.item():.9g}', loss.grad_fn, z.grad_fn, kl.grad_fn)
    print(' ', [f'{v:.9g}' for v in vae.enc.bias.grad.tolist()])
    vopt.step()
print(vae.dec.bias.detach(), torch.rand(2))
