// nan_to_num as one op (PyTorch's NanToNumBackward0, gradient grad · isfinite(self)); linalg.cond ends with it.
import { isFloating } from '../dtype';
import * as K from '../kernels';
import { Tensor } from '../tensor';
import { apply, definePointwise } from './apply';
import { fromValues } from './creation';
import { abs, eq, logicalAnd, mul, ne } from './pointwise';

/** grad · isfinite(self), differentiable in grad. */
const isfiniteMask = (g: Tensor, self: Tensor): Tensor => mul(g, logicalAnd(eq(self, self), ne(abs(self), Infinity)));

const NAN_TO_NUM = definePointwise({
  name: 'nan_to_num', node: 'NanToNumBackward0', args: ['self'],
  forward: ([x], a) => {
    if (!isFloating(x.dtype)) return K.copyOf(x, x.dtype);
    const big = x.dtype === 'float32' ? 3.4028234663852886e38 : Number.MAX_VALUE;
    const nan = a.nan as number, pos = (a.posinf as number | null) ?? big, neg = (a.neginf as number | null) ?? -big;
    const v = x.toArray();
    for (let i = 0; i < v.length; i++) v[i] = Number.isNaN(v[i]) ? nan : v[i] === Infinity ? pos : v[i] === -Infinity ? neg : v[i];
    return fromValues(x.shape, v, x.dtype);
  },
  grads: { self: { saves: ['self'], fn: (g, c) => isfiniteMask(g, c.saved('self')) } },
});
export function nan_to_num(x: Tensor, nan = 0, posinf: number | null = null, neginf: number | null = null): Tensor {
  return apply(NAN_TO_NUM, [x], { nan, posinf, neginf });
}
