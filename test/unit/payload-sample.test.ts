// Sampled float32 values are saved as the shortest decimal that rounds back to the same float32 (issue 9: smaller
// saved notebooks, nothing lost). Expected texts are numpy's float32 repr (`str(np.float32(x))`), which prints the
// shortest unique decimal.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sample, shortestFloat32 } from '../../kernel/payload';

// [the float32 value as a double, numpy's shortest decimal for it]
const NUMPY: [number, number][] = [
  [0.6369616985321045, 0.6369617], [0.2697867155075073, 0.26978672], [0.04097352549433708, 0.040973525],
  [0.016527635976672173, 0.016527636], [0.8132702112197876, 0.8132702], [0.91275554895401, 0.91275555],
  [0.6066357493400574, 0.60663575], [0.7294965386390686, 0.72949654], [-7.037352133920649e-06, -7.037352e-06],
  [-1.2654214515350759e-05, -1.26542145e-05], [-6.232744453882333e-06, -6.2327445e-06],
  [4.1325978372697136e-07, 4.1325978e-07], [-2.325030800420791e-05, -2.3250308e-05],
  [-2.1879166069993516e-06, -2.1879166e-06], [-1.2459109852878628e+20, -1.245911e+20],
  [-7.3226735538067735e+19, -7.3226736e+19], [-5.442590034170269e+19, -5.44259e+19],
  [-3.1630016034092614e+19, -3.1630016e+19], [0.10000000149011612, 0.1], [0.3333333432674408, 0.33333334],
  [3.3999999521443642e+38, 3.4e+38], [1.401298464324817e-45, 1e-45], [1.1754943508222875e-38, 1.1754944e-38],
  [-2.5, -2.5], [16777216.0, 16777216.0], [0, 0], [3, 3],
];

describe('float32 samples', () => {
  test('the shortest decimal, as numpy prints float32', () => {
    for (const [v, expected] of NUMPY) assert.equal(shortestFloat32(v), expected, `${v}`);
    assert.equal(JSON.stringify(shortestFloat32(Math.fround(0.49625658988952637))), '0.4962566');
  });

  test('rounds back to the same float32 for 100,000 random bit patterns', () => {
    const bits = new Uint32Array(1), f = new Float32Array(bits.buffer);
    let s = 12345;
    for (let i = 0; i < 100_000; i++) {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
      bits[0] = s;
      const v = f[0];
      if (!Number.isFinite(v)) continue;
      const d = shortestFloat32(v);
      assert.equal(Math.fround(d), v, `bits ${s.toString(16)}`);
      assert.ok(d.toExponential().replace(/^-|e.*$|\./g, '').length <= 9, `${d}`);   // significant digits
    }
  });

  test('sample() writes float32 values shortest, float64 values as they are, and keeps nan/inf marks', () => {
    const values = Float64Array.from([0.1, NaN, Infinity, -Infinity, 1 / 3].map((x) => (Number.isFinite(x) ? Math.fround(x) : x)));
    assert.deepEqual(sample(values, [5], 4096, true).values, [0.1, 'nan', 'inf', '-inf', 0.33333334]);
    assert.deepEqual(sample(Float64Array.from([0.1, 1 / 3]), [2], 4096, false).values, [0.1, 1 / 3]);
  });
});
