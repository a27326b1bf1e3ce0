// Samples of the activations with a weight, a split or noise (prelu, glu, rrelu: activation_param.ts) and of the
// margin and distance losses (loss_margin.ts) for the generic op test, with float64 references as plain loops.
// Registered by op-samples.ts, which passes its helpers in.
import * as torch from '../../kernel/engine';
import type { Arr, InputSpec } from './op-samples';
import type { NnHelpers } from './op-samples-nn';

export interface NnxHelpers extends Omit<NnHelpers, 'inp'> {
  inp: (shape: number[], lo?: number, hi?: number, extra?: Partial<InputSpec> & { bad?: (v: number) => boolean }) => InputSpec;
}

const sig = (v: number): number => 1 / (1 + Math.exp(-v));
const X23 = [-1.7, -0.6, -0.25, 0.4, 0.95, 1.8];

/** prelu over [N, C, L]: w per channel (or one). */
function preluRef(x: Arr, w: Arr): Arr {
  const inner = x.shape.length > 2 ? x.shape.slice(2).reduce((a, b) => a * b, 1) : 1, n = w.data.length;
  return { shape: x.shape, data: x.data.map((v, i) => (v > 0 ? v : v * w.data[n === 1 ? 0 : Math.floor(i / inner) % n])) };
}
/** glu along the last dim of a 2-D array. */
function gluRef(x: Arr): Arr {
  const [r, c] = x.shape, h = c / 2, data: number[] = [];
  for (let i = 0; i < r; i++) for (let j = 0; j < h; j++) data.push(x.data[i * c + j] * sig(x.data[i * c + h + j]));
  return { shape: [r, h], data };
}

export function registerNnxSamples(h: NnxHelpers): void {
  const { add, inp, leaf, gradOf } = h;
  const away0 = { bad: (v: number) => Math.abs(v) < 0.1 };
  add('PreluBackward0', 'prelu with a weight per channel of [2,3,2]', [inp([2, 3, 2], -2, 2, away0), inp([3], 0.1, 0.5)],
    ([x, w]) => torch.prelu(x, w), ([x, w]) => preluRef(x, w));
  add('PreluBackward0', 'prelu with one weight, transposed input', [inp([3, 2], -2, 2, { layout: 'transposed', ...away0 }), inp([1], 0.1, 0.5)],
    ([x, w]) => torch.prelu(x, w), ([x, w]) => preluRef(x, w));
  // the two outputs of PreluBackwardBackward0: the input's gradient (in grad_output and the weight) and the weight's
  add('PreluBackwardBackward0', 'input gradient of prelu (in grad_output and weight)', [inp([2, 3]), inp([3], 0.1, 0.5)],
    ([g, w], dt) => { const x = leaf(X23, [2, 3], dt); return gradOf(torch.prelu(x, w), x, g); },
    ([g, w]) => ({ shape: [2, 3], data: g.data.map((v, i) => (X23[i] > 0 ? v : v * w.data[i % 3])) }));
  add('PreluBackwardBackward0', 'weight gradient of prelu (in grad_output and self)', [inp([2, 3]), inp([2, 3], -2, 2, away0)],
    ([g, x], dt) => { const w = leaf([0.2, 0.3, 0.4], [3], dt); return gradOf(torch.prelu(x, w), w, g); },
    ([g, x]) => { const d = [0, 0, 0]; x.data.forEach((v, i) => { if (!(v > 0)) d[i % 3] += v * g.data[i]; }); return { shape: [3], data: d }; });
  add('GluBackward0', 'glu(dim=-1) of [2,4]', [inp([2, 4])], ([x]) => torch.glu(x, 1), ([x]) => gluRef(x));
  add('GluBackward0', 'glu(dim=0) of a transposed [4,2]', [inp([4, 2], -2, 2, { layout: 'transposed' })], ([x]) => torch.glu(x, 0),
    ([x]) => { const t = gluRef({ shape: [2, 4], data: [0, 1].flatMap((j) => [0, 1, 2, 3].map((i) => x.data[i * 2 + j])) }); return { shape: [2, 2], data: [0, 1, 2, 3].map((k) => t.data[(k % 2) * 2 + Math.floor(k / 2)]) }; });
  add('GluBackwardBackward0', 'backward of glu (in grad_output and self)', [inp([2, 2]), inp([2, 4])],
    ([g, x]) => gradOf(torch.glu(x, 1), x, g),
    ([g, x]) => {
      const data: number[] = [];
      for (let i = 0; i < 2; i++) {
        const row = x.data.slice(i * 4, i * 4 + 4), gs = g.data.slice(i * 2, i * 2 + 2);
        const s = [sig(row[2]), sig(row[3])];
        data.push(gs[0] * s[0], gs[1] * s[1], gs[0] * row[0] * s[0] * (1 - s[0]), gs[1] * row[1] * s[1] * (1 - s[1]));
      }
      return { shape: [2, 4], data };
    });
  // rrelu: evaluation (slope (lower + upper) / 2) and training with lower = upper (the noise is then a constant)
  const leaky = (x: Arr, s: number): Arr => ({ shape: x.shape, data: x.data.map((v) => (v > 0 ? v : v * s)) });
  add('RreluWithNoiseBackward0', 'rrelu in evaluation (0.1, 0.3)', [inp([2, 3], -2, 2, away0)], ([x]) => torch.rrelu(x, 0.1, 0.3, false), ([x]) => leaky(x, 0.2));
  add('RreluWithNoiseBackward0', 'rrelu training with lower = upper = 0.25', [inp([3, 2], -2, 2, { layout: 'transposed', ...away0 })],
    ([x]) => torch.rrelu(x, 0.25, 0.25, true), ([x]) => leaky(x, 0.25));
  add('RreluWithNoiseBackward1', 'rrelu_ in place on a clone (evaluation)', [inp([2, 3], -2, 2, away0)], ([x]) => torch.rrelu(x.clone(), 0.2, 0.4, false, true), ([x]) => leaky(x, 0.3));
  add('RreluWithNoiseBackwardBackward0', 'backward of rrelu (in grad_output)', [inp([2, 3])],
    ([g], dt) => { const x = leaf(X23, [2, 3], dt); return gradOf(torch.rrelu(x, 0.1, 0.3, false), x, g); },
    ([g]) => ({ shape: [2, 3], data: g.data.map((v, i) => (X23[i] > 0 ? v : 0.2 * v)) }));
}
