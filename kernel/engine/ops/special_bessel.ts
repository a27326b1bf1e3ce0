// torch.special's Bessel functions (j0, j1, y0, y1, modified i0/i1/k0/k1, scaled k0/k1, spherical j0), airy_ai and
// the orthogonal polynomials (Chebyshev T/U/V/W and their shifted forms, Hermite H/He, Laguerre L, Legendre P) as
// PyTorch 1.13.1's CPU kernels compute them: ported from aten/src/ATen/native/Math.h (BSD-3-Clause; its Bessel
// coefficients are the Cephes Math Library's, Copyright (c) 2018 Steven Moshier, 3-Clause BSD). Every function runs in
// the kernel's type: `P32` rounds each operation to float (float32 input, Math.h's T = float), `P64` is double.
// Where GCC fused a multiply into an add or subtract (the AVX2 kernels are built with FMA contraction) the port calls
// p.fma; which products fused was read off the results against real PyTorch (test/golden/parity/special_bessel*.py).
import { glibcLog, glibcSincos } from '../random_math';
import { expCR, expF, fma as fma64, logfGlibc } from './special_scalar';

const f = Math.fround;
type Fn1 = (v: number) => number;

export interface Prec {
  r: Fn1;                                      // rounds to the type
  fma: (a: number, b: number, c: number) => number;
  sin: Fn1; cos: Fn1; log: Fn1; exp: Fn1; acos: Fn1; sqrt: Fn1;
  eps: number;
}
const sc = new Float64Array(2);
function sin64(x: number): number {
  if (!(Math.abs(x) < 105414350)) return Math.sin(x);
  glibcSincos(x, sc);
  return sc[0];
}
function cos64(x: number): number {
  if (!(Math.abs(x) < 105414350)) return Math.cos(x);
  glibcSincos(x, sc);
  return sc[1];
}
export const P64: Prec = {
  r: (v) => v, fma: fma64, sin: sin64, cos: cos64, log: glibcLog, exp: expCR, acos: (v) => acos64(v), sqrt: Math.sqrt,
  eps: 2 ** -52,
};
export const P32: Prec = {
  r: f, fma: (a, b, c) => f(a * b + c), sin: (v) => sinf(v), cos: (v) => cosf(v), log: logfGlibc, exp: expF,
  acos: (v) => acosf(v), sqrt: (v) => f(Math.sqrt(v)), eps: 2 ** -23,
};

// --- coefficients (Math.h) -----------------------------------------------------------------------------------------
const AIRY_AI = {
  AN: [+3.46538101525629032477e-01, +1.20075952739645805542e+01, +7.62796053615234516538e+01, +1.68089224934630576269e+02, +1.59756391350164413639e+02, +7.05360906840444183113e+01, +1.40264691163389668864e+01, +9.99999999999999995305e-01],
  AD: [+5.67594532638770212846e-01, +1.47562562584847203173e+01, +8.45138970141474626562e+01, +1.77318088145400459522e+02, +1.64234692871529701831e+02, +7.14778400825575695274e+01, +1.40959135607834029598e+01, +1.00000000000000000470e+00],
  AFN: [-1.31696323418331795333e-01, -6.26456544431912369773e-01, -6.93158036036933542233e-01, -2.79779981545119124951e-01, -4.91900132609500318020e-02, -4.06265923594885404393e-03, -1.59276496239262096340e-04, -2.77649108155232920844e-06, -1.67787698489114633780e-08],
  AFD: [+1.33560420706553243746e+01, +3.26825032795224613948e+01, +2.67367040941499554804e+01, +9.18707402907259625840e+00, +1.47529146771666414581e+00, +1.15687173795188044134e-01, +4.40291641615211203805e-03, +7.54720348287414296618e-05, +4.51850092970580378464e-07],
  AGN: [+1.97339932091685679179e-02, +3.91103029615688277255e-01, +1.06579897599595591108e+00, +9.39169229816650230044e-01, +3.51465656105547619242e-01, +6.33888919628925490927e-02, +5.85804113048388458567e-03, +2.82851600836737019778e-04, +6.98793669997260967291e-06, +8.11789239554389293311e-08, +3.41551784765923618484e-10],
  AGD: [+9.30892908077441974853e+00, +1.98352928718312140417e+01, +1.55646628932864612953e+01, +5.47686069422975497931e+00, +9.54293611618961883998e-01, +8.64580826352392193095e-02, +4.12656523824222607191e-03, +1.01259085116509135510e-04, +1.17166733214413521882e-06, +4.91834570062930015649e-09],
};
const BESSEL_J0 = {
  PP: [+7.96936729297347051624e-04, +8.28352392107440799803e-02, +1.23953371646414299388e+00, +5.44725003058768775090e+00, +8.74716500199817011941e+00, +5.30324038235394892183e+00, +9.99999999999999997821e-01],
  PQ: [+9.24408810558863637013e-04, +8.56288474354474431428e-02, +1.25352743901058953537e+00, +5.47097740330417105182e+00, +8.76190883237069594232e+00, +5.30605288235394617618e+00, +1.00000000000000000218e+00],
  QP: [-1.13663838898469149931e-02, -1.28252718670509318512e+00, -1.95539544257735972385e+01, -9.32060152123768231369e+01, -1.77681167980488050595e+02, -1.47077505154951170175e+02, -5.14105326766599330220e+01, -6.05014350600728481186e+00],
  QQ: [+6.43178256118178023184e+01, +8.56430025976980587198e+02, +3.88240183605401609683e+03, +7.24046774195652478189e+03, +5.93072701187316984827e+03, +2.06209331660327847417e+03, +2.42005740240291393179e+02],
  RP: [-4.79443220978201773821e+09, +1.95617491946556577543e+12, -2.49248344360967716204e+14, +9.70862251047306323952e+15],
  RQ: [+4.99563147152651017219e+02, +1.73785401676374683123e+05, +4.84409658339962045305e+07, +1.11855537045356834862e+10, +2.11277520115489217587e+12, +3.10518229857422583814e+14, +3.18121955943204943306e+16, +1.71086294081043136091e+18],
};
const BESSEL_J1 = {
  PP: [+7.62125616208173112003e-04, +7.31397056940917570436e-02, +1.12719608129684925192e+00, +5.11207951146807644818e+00, +8.42404590141772420927e+00, +5.21451598682361504063e+00, +1.00000000000000000254e+00],
  PQ: [+5.71323128072548699714e-04, +6.88455908754495404082e-02, +1.10514232634061696926e+00, +5.07386386128601488557e+00, +8.39985554327604159757e+00, +5.20982848682361821619e+00, +9.99999999999999997461e-01],
  QP: [+5.10862594750176621635e-02, +4.98213872951233449420e+00, +7.58238284132545283818e+01, +3.66779609360150777800e+02, +7.10856304998926107277e+02, +5.97489612400613639965e+02, +2.11688757100572135698e+02, +2.52070205858023719784e+01],
  QQ: [+7.42373277035675149943e+01, +1.05644886038262816351e+03, +4.98641058337653607651e+03, +9.56231892404756170795e+03, +7.99704160447350683650e+03, +2.82619278517639096600e+03, +3.36093607810698293419e+02],
  RP: [-8.99971225705559398224e+08, +4.52228297998194034323e+11, -7.27494245221818276015e+13, +3.68295732863852883286e+15],
  RQ: [+6.20836478118054335476e+02, +2.56987256757748830383e+05, +8.35146791431949253037e+07, +2.21511595479792499675e+10, +4.74914122079991414898e+12, +7.84369607876235854894e+14, +8.95222336184627338078e+16, +5.32278620332680085395e+18],
};
const BESSEL_Y0 = {
  PP: [+7.96936729297347051624e-04, +8.28352392107440799803e-02, +1.23953371646414299388e+00, +5.44725003058768775090e+00, +8.74716500199817011941e+00, +5.30324038235394892183e+00, +9.99999999999999997821e-01],
  PQ: [+9.24408810558863637013e-04, +8.56288474354474431428e-02, +1.25352743901058953537e+00, +5.47097740330417105182e+00, +8.76190883237069594232e+00, +5.30605288235394617618e+00, +1.00000000000000000218e+00],
  QP: [-1.13663838898469149931e-02, -1.28252718670509318512e+00, -1.95539544257735972385e+01, -9.32060152123768231369e+01, -1.77681167980488050595e+02, -1.47077505154951170175e+02, -5.14105326766599330220e+01, -6.05014350600728481186e+00],
  QQ: [+6.43178256118178023184e+01, +8.56430025976980587198e+02, +3.88240183605401609683e+03, +7.24046774195652478189e+03, +5.93072701187316984827e+03, +2.06209331660327847417e+03, +2.42005740240291393179e+02],
  YP: [+1.55924367855235737965e+04, -1.46639295903971606143e+07, +5.43526477051876500413e+09, -9.82136065717911466409e+11, +8.75906394395366999549e+13, -3.46628303384729719441e+15, +4.42733268572569800351e+16, -1.84950800436986690637e+16],
  YQ: [+1.04128353664259848412e+03, +6.26107330137134956842e+05, +2.68919633393814121987e+08, +8.64002487103935000337e+10, +2.02979612750105546709e+13, +3.17157752842975028269e+15, +2.50596256172653059228e+17],
};
const BESSEL_Y1 = {
  PP: [+7.62125616208173112003e-04, +7.31397056940917570436e-02, +1.12719608129684925192e+00, +5.11207951146807644818e+00, +8.42404590141772420927e+00, +5.21451598682361504063e+00, +1.00000000000000000254e+00],
  PQ: [+5.71323128072548699714e-04, +6.88455908754495404082e-02, +1.10514232634061696926e+00, +5.07386386128601488557e+00, +8.39985554327604159757e+00, +5.20982848682361821619e+00, +9.99999999999999997461e-01],
  QP: [+5.10862594750176621635e-02, +4.98213872951233449420e+00, +7.58238284132545283818e+01, +3.66779609360150777800e+02, +7.10856304998926107277e+02, +5.97489612400613639965e+02, +2.11688757100572135698e+02, +2.52070205858023719784e+01],
  QQ: [+7.42373277035675149943e+01, +1.05644886038262816351e+03, +4.98641058337653607651e+03, +9.56231892404756170795e+03, +7.99704160447350683650e+03, +2.82619278517639096600e+03, +3.36093607810698293419e+02],
  YP: [+1.26320474790178026440e+09, -6.47355876379160291031e+11, +1.14509511541823727583e+14, -8.12770255501325109621e+15, +2.02439475713594898196e+17, -7.78877196265950026825e+17],
  YQ: [+5.94301592346128195359e+02, +2.35564092943068577943e+05, +7.34811944459721705660e+07, +1.87601316108706159478e+10, +3.88231277496238566008e+12, +6.20557727146953693363e+14, +6.87141087355300489866e+16, +3.97270608116560655612e+18],
};
const MODIFIED_BESSEL_I0 = {
  A: [-4.41534164647933937950e-18, +3.33079451882223809783e-17, -2.43127984654795469359e-16, +1.71539128555513303061e-15, -1.16853328779934516808e-14, +7.67618549860493561688e-14, -4.85644678311192946090e-13, +2.95505266312963983461e-12, -1.72682629144155570723e-11, +9.67580903537323691224e-11, -5.18979560163526290666e-10, +2.65982372468238665035e-09, -1.30002500998624804212e-08, +6.04699502254191894932e-08, -2.67079385394061173391e-07, +1.11738753912010371815e-06, -4.41673835845875056359e-06, +1.64484480707288970893e-05, -5.75419501008210370398e-05, +1.88502885095841655729e-04, -5.76375574538582365885e-04, +1.63947561694133579842e-03, -4.32430999505057594430e-03, +1.05464603945949983183e-02, -2.37374148058994688156e-02, +4.93052842396707084878e-02, -9.49010970480476444210e-02, +1.71620901522208775349e-01, -3.04682672343198398683e-01, +6.76795274409476084995e-01],
  B: [-7.23318048787475395456e-18, -4.83050448594418207126e-18, +4.46562142029675999901e-17, +3.46122286769746109310e-17, -2.82762398051658348494e-16, -3.42548561967721913462e-16, +1.77256013305652638360e-15, +3.81168066935262242075e-15, -9.55484669882830764870e-15, -4.15056934728722208663e-14, +1.54008621752140982691e-14, +3.85277838274214270114e-13, +7.18012445138366623367e-13, -1.79417853150680611778e-12, -1.32158118404477131188e-11, -3.14991652796324136454e-11, +1.18891471078464383424e-11, +4.94060238822496958910e-10, +3.39623202570838634515e-09, +2.26666899049817806459e-08, +2.04891858946906374183e-07, +2.89137052083475648297e-06, +6.88975834691682398426e-05, +3.36911647825569408990e-03, +8.04490411014108831608e-01],
};
const MODIFIED_BESSEL_I1 = {
  A: [+2.77791411276104639959e-18, -2.11142121435816608115e-17, +1.55363195773620046921e-16, -1.10559694773538630805e-15, +7.60068429473540693410e-15, -5.04218550472791168711e-14, +3.22379336594557470981e-13, -1.98397439776494371520e-12, +1.17361862988909016308e-11, -6.66348972350202774223e-11, +3.62559028155211703701e-10, -1.88724975172282928790e-09, +9.38153738649577178388e-09, -4.44505912879632808065e-08, +2.00329475355213526229e-07, -8.56872026469545474066e-07, +3.47025130813767847674e-06, -1.32731636560394358279e-05, +4.78156510755005422638e-05, -1.61760815825896745588e-04, +5.12285956168575772895e-04, -1.51357245063125314899e-03, +4.15642294431288815669e-03, -1.05640848946261981558e-02, +2.47264490306265168283e-02, -5.29459812080949914269e-02, +1.02643658689847095384e-01, -1.76416518357834055153e-01, +2.52587186443633654823e-01],
  B: [+7.51729631084210481353e-18, +4.41434832307170791151e-18, -4.65030536848935832153e-17, -3.20952592199342395980e-17, +2.96262899764595013876e-16, +3.30820231092092828324e-16, -1.88035477551078244854e-15, -3.81440307243700780478e-15, +1.04202769841288027642e-14, +4.27244001671195135429e-14, -2.10154184277266431302e-14, -4.08355111109219731823e-13, -7.19855177624590851209e-13, +2.03562854414708950722e-12, +1.41258074366137813316e-11, +3.25260358301548823856e-11, -1.89749581235054123450e-11, -5.58974346219658380687e-10, -3.83538038596423702205e-09, -2.63146884688951950684e-08, -2.51223623787020892529e-07, -3.88256480887769039346e-06, -1.10588938762623716291e-04, -9.76109749136146840777e-03, +7.78576235018280120474e-01],
};
const MODIFIED_BESSEL_K0 = {
  A: [+1.37446543561352307156e-16, +4.25981614279661018399e-14, +1.03496952576338420167e-11, +1.90451637722020886025e-09, +2.53479107902614945675e-07, +2.28621210311945178607e-05, +1.26461541144692592338e-03, +3.59799365153615016266e-02, +3.44289899924628486886e-01, -5.35327393233902768720e-01],
  B: [+5.30043377268626276149e-18, -1.64758043015242134646e-17, +5.21039150503902756861e-17, -1.67823109680541210385e-16, +5.51205597852431940784e-16, -1.84859337734377901440e-15, +6.34007647740507060557e-15, -2.22751332699166985548e-14, +8.03289077536357521100e-14, -2.98009692317273043925e-13, +1.14034058820847496303e-12, -4.51459788337394416547e-12, +1.85594911495471785253e-11, -7.95748924447710747776e-11, +3.57739728140030116597e-10, -1.69753450938905987466e-09, +8.57403401741422608519e-09, -4.66048989768794782956e-08, +2.76681363944501510342e-07, -1.83175552271911948767e-06, +1.39498137188764993662e-05, -1.28495495816278026384e-04, +1.56988388573005337491e-03, -3.14481013119645005427e-02, +2.44030308206595545468e+00],
};
const MODIFIED_BESSEL_K1 = {
  A: [-7.02386347938628759343e-18, -2.42744985051936593393e-15, -6.66690169419932900609e-13, -1.41148839263352776110e-10, -2.21338763073472585583e-08, -2.43340614156596823496e-06, -1.73028895751305206302e-04, -6.97572385963986435018e-03, -1.22611180822657148235e-01, -3.53155960776544875667e-01, +1.52530022733894777053e+00],
  B: [-5.75674448366501715755e-18, +1.79405087314755922667e-17, -5.68946255844285935196e-17, +1.83809354436663880070e-16, -6.05704724837331885336e-16, +2.03870316562433424052e-15, -7.01983709041831346144e-15, +2.47715442448130437068e-14, -8.97670518232499435011e-14, +3.34841966607842919884e-13, -1.28917396095102890680e-12, +5.13963967348173025100e-12, -2.12996783842756842877e-11, +9.21831518760500529508e-11, -4.19035475934189648750e-10, +2.01504975519703286596e-09, -1.03457624656780970260e-08, +5.74108412545004946722e-08, -3.50196060308781257119e-07, +2.40648494783721712015e-06, -1.93619797416608296024e-05, +1.95215518471351631108e-04, -2.85781685962277938680e-03, +1.03923736576817238437e-01, +2.72062619048444266945e+00],
};
const SCALED_MODIFIED_BESSEL_K0 = {
  A: [+1.37446543561352307156e-16, +4.25981614279661018399e-14, +1.03496952576338420167e-11, +1.90451637722020886025e-09, +2.53479107902614945675e-07, +2.28621210311945178607e-05, +1.26461541144692592338e-03, +3.59799365153615016266e-02, +3.44289899924628486886e-01, -5.35327393233902768720e-01],
  B: [+5.30043377268626276149e-18, -1.64758043015242134646e-17, +5.21039150503902756861e-17, -1.67823109680541210385e-16, +5.51205597852431940784e-16, -1.84859337734377901440e-15, +6.34007647740507060557e-15, -2.22751332699166985548e-14, +8.03289077536357521100e-14, -2.98009692317273043925e-13, +1.14034058820847496303e-12, -4.51459788337394416547e-12, +1.85594911495471785253e-11, -7.95748924447710747776e-11, +3.57739728140030116597e-10, -1.69753450938905987466e-09, +8.57403401741422608519e-09, -4.66048989768794782956e-08, +2.76681363944501510342e-07, -1.83175552271911948767e-06, +1.39498137188764993662e-05, -1.28495495816278026384e-04, +1.56988388573005337491e-03, -3.14481013119645005427e-02, +2.44030308206595545468e+00],
};
const SCALED_MODIFIED_BESSEL_K1 = {
  A: [-7.02386347938628759343e-18, -2.42744985051936593393e-15, -6.66690169419932900609e-13, -1.41148839263352776110e-10, -2.21338763073472585583e-08, -2.43340614156596823496e-06, -1.73028895751305206302e-04, -6.97572385963986435018e-03, -1.22611180822657148235e-01, -3.53155960776544875667e-01, +1.52530022733894777053e+00],
  B: [-5.75674448366501715755e-18, +1.79405087314755922667e-17, -5.68946255844285935196e-17, +1.83809354436663880070e-16, -6.05704724837331885336e-16, +2.03870316562433424052e-15, -7.01983709041831346144e-15, +2.47715442448130437068e-14, -8.97670518232499435011e-14, +3.34841966607842919884e-13, -1.28917396095102890680e-12, +5.13963967348173025100e-12, -2.12996783842756842877e-11, +9.21831518760500529508e-11, -4.19035475934189648750e-10, +2.01504975519703286596e-09, -1.03457624656780970260e-08, +5.74108412545004946722e-08, -3.50196060308781257119e-07, +2.40648494783721712015e-06, -1.93619797416608296024e-05, +1.95215518471351631108e-04, -2.85781685962277938680e-03, +1.03923736576817238437e-01, +2.72062619048444266945e+00],
};

// --- Bessel functions of the first and second kind ------------------------------------------------------------------
/** Horner's loop `acc = acc * z + C[i]` over C[0..last] (the product fused into the add). */
function horner(p: Prec, z: number, C: readonly number[], last: number): number {
  let acc = 0;
  for (let i = 0; i <= last; i++) acc = p.fma(acc, z, p.r(C[i]));
  return acc;
}

const PIO4 = 0.785398163397448309615660845819875721, THPIO4 = 2.356194490192344928846982537459627163;
const SQ2OPI = 0.797884560802865355879892119868763737, TWOOPI = 0.636619772367581343075535053490057448;

/** The asymptotic form for x > 5 shared by j0/y0 (order 0, w = 25 / x²) and j1/y1 (order 1, w = 5/x·5/x). */
function besselLarge(p: Prec, x: number, C: { PP: number[]; PQ: number[]; QP: number[]; QQ: number[] }, order: 0 | 1, y: boolean): number {
  const r = p.r;
  const w = order === 0 ? r(25 / r(x * x)) : r(r(5 / x) * r(5 / x));
  const pp = horner(p, w, C.PP, 6), pq = horner(p, w, C.PQ, 6), qp = horner(p, w, C.QP, 7), qq = horner(p, w, C.QQ, 6);
  const t = r(x - r(order === 0 ? PIO4 : THPIO4));
  const a = r(pp / pq), b = r(r(r(5) / x) * r(qp / qq));
  // j: a·cos(t) - b·sin(t);  y: a·sin(t) + b·cos(t)
  const s = y ? p.fma(a, p.sin(t), r(b * p.cos(t))) : p.fma(a, p.cos(t), -r(b * p.sin(t)));
  return r(r(s * r(SQ2OPI)) / p.sqrt(x));
}

export function besselJ0(x: number, p: Prec): number {
  const r = p.r;
  const C = BESSEL_J0;
  if (x < 0) x = -x;
  if (x <= 5) {
    if (x < r(0.00001)) return r(1 - r(r(x * x) / 4));
    const x2 = r(x * x);
    const rp = horner(p, x2, C.RP, 3), rq = horner(p, x2, C.RQ, 7);
    return r(r(r(r(x2 - r(5.78318596294678452118e+00)) * r(x2 - r(3.04712623436620863991e+01))) * rp) / rq);
  }
  return besselLarge(p, x, C, 0, false);
}

export function besselJ1(x: number, p: Prec): number {
  const r = p.r;
  const C = BESSEL_J1;
  if (x < 0) return -besselJ1(-x, p);
  if (x <= 5) {
    const x2 = r(x * x);
    const rp = horner(p, x2, C.RP, 3), rq = horner(p, x2, C.RQ, 7);
    return r(r(r(r(rp / rq) * x) * r(x2 - r(1.46819706421238932572e+01))) * r(x2 - r(4.92184563216946036703e+01)));
  }
  return besselLarge(p, x, C, 1, false);
}

export function besselY0(x: number, p: Prec): number {
  const r = p.r;
  const C = BESSEL_Y0;
  if (x <= 5) {
    if (x === 0) return -Infinity;
    if (x < 0) return NaN;
    const x2 = r(x * x);
    const yp = horner(p, x2, C.YP, 7), yq = horner(p, x2, C.YQ, 6);
    return p.fma(r(r(TWOOPI) * p.log(x)), besselJ0(x, p), r(yp / yq));
  }
  return besselLarge(p, x, C, 0, true);
}

export function besselY1(x: number, p: Prec): number {
  const r = p.r;
  const C = BESSEL_Y1;
  if (x <= 5) {
    if (x === 0) return -Infinity;
    if (x <= 0) return NaN;
    const x2 = r(x * x);
    const yp = horner(p, x2, C.YP, 5), yq = horner(p, x2, C.YQ, 7);
    const inner = p.fma(besselJ1(x, p), p.log(x), -r(1 / x));
    return p.fma(r(TWOOPI), inner, r(x * r(yp / yq)));
  }
  return besselLarge(p, x, C, 1, true);
}

// --- modified Bessel functions (Chebyshev series, Clenshaw's recurrence) --------------------------------------------
/** Clenshaw's loop `a = t·q - p + C[i]` over i = 1 .. n-1; returns [a, p] (the value is ½(a - p)). */
function clenshaw(p: Prec, t: number, C: readonly number[], n: number): [number, number] {
  let a = p.r(C[0]), q = 0, pp = 0;
  for (let i = 1; i < n; i++) {
    pp = q;
    q = a;
    a = p.r(p.fma(t, q, -pp) + p.r(C[i]));
  }
  return [a, pp];
}

export function modifiedBesselI0(x: number, p: Prec): number {
  const r = p.r, ax = Math.abs(x);
  const C = MODIFIED_BESSEL_I0;
  if (ax <= 8) {
    const [a, q] = clenshaw(p, r(r(ax / 2) - 2), C.A, 30);
    return r(p.exp(ax) * r(0.5 * r(a - q)));
  }
  const [b, q] = clenshaw(p, r(r(32 / ax) - 2), C.B, 25);
  return r(r(p.exp(ax) * r(0.5 * r(b - q))) / p.sqrt(ax));
}

export function modifiedBesselI1(x: number, p: Prec): number {
  const r = p.r, ax = Math.abs(x);
  const C = MODIFIED_BESSEL_I1;
  let v: number;
  if (ax <= 8) {
    const [a, q] = clenshaw(p, r(r(ax / 2) - 2), C.A, 29);
    v = r(r(r(0.5 * r(a - q)) * ax) * p.exp(ax));
  } else {
    const [b, q] = clenshaw(p, r(r(32 / ax) - 2), C.B, 25);
    v = r(r(p.exp(ax) * r(0.5 * r(b - q))) / p.sqrt(ax));
  }
  return x < 0 ? -v : v;
}

export function modifiedBesselK0(x: number, p: Prec): number {
  const r = p.r;
  const C = MODIFIED_BESSEL_K0;
  if (x === 0) return Infinity;
  if (x < 0) return NaN;
  if (x <= 2) {
    const [a, q] = clenshaw(p, p.fma(x, x, -2), C.A, 10);
    // T(0.5) * (a - p) - std::log(0.5 * x) * i0(x): `0.5 * x` is a double, so the log and the rest are in double
    return r(fma64(-P64.log(0.5 * x), modifiedBesselI0(x, p), r(0.5 * r(a - q))));
  }
  const [b, q] = clenshaw(p, r(r(8 / x) - 2), C.B, 25);
  return r(r(p.exp(-x) * r(0.5 * r(b - q))) / p.sqrt(x));
}

export function modifiedBesselK1(x: number, p: Prec): number {
  const r = p.r;
  const C = MODIFIED_BESSEL_K1;
  if (x === 0) return Infinity;
  if (x < 0) return NaN;
  if (x <= 2) {
    const [a, q] = clenshaw(p, p.fma(x, x, -2), C.A, 11);
    return p.fma(p.log(r(0.5 * x)), modifiedBesselI1(x, p), r(r(0.5 * r(a - q)) / x));
  }
  const [b, q] = clenshaw(p, r(r(8 / x) - 2), C.B, 25);
  return r(r(p.exp(-x) * r(0.5 * r(b - q))) / p.sqrt(x));
}

export function scaledModifiedBesselK0(x: number, p: Prec): number {
  const r = p.r;
  const C = SCALED_MODIFIED_BESSEL_K0;
  if (x === 0) return Infinity;
  if (x < 0) return NaN;
  if (x <= 2) {
    const [a, q] = clenshaw(p, p.fma(x, x, -2), C.A, 10);
    return r(p.fma(-p.log(r(0.5 * x)), modifiedBesselI0(x, p), r(0.5 * r(a - q))) * p.exp(x));
  }
  const [b, q] = clenshaw(p, r(r(8 / x) - 2), C.B, 25);
  return r(r(0.5 * r(b - q)) / p.sqrt(x));
}

export function scaledModifiedBesselK1(x: number, p: Prec): number {
  const r = p.r;
  const C = SCALED_MODIFIED_BESSEL_K1;
  if (x === 0) return Infinity;
  if (x < 0) return NaN;
  if (x <= 2) {
    const [a, q] = clenshaw(p, p.fma(x, x, -2), C.A, 11);
    return r(p.fma(p.log(r(0.5 * x)), modifiedBesselI1(x, p), r(r(0.5 * r(a - q)) / x)) * p.exp(x));
  }
  const [b, q] = clenshaw(p, r(r(8 / x) - 2), C.B, 25);
  return r(r(0.5 * r(b - q)) / p.sqrt(x));
}

export function sphericalBesselJ0(x: number, p: Prec): number {
  const r = p.r;
  if (!Number.isFinite(x) && !Number.isNaN(x)) return 0;
  if (Math.abs(x) < 0.5) {
    const x2 = r(x * x);
    const c = (a: number, b: number): number => r(r(a) / r(b));
    let s = c(1, 6227020800.0);
    s = p.fma(x2, s, c(-1, 39916800.0));
    s = p.fma(x2, s, c(1, 362880.0));
    s = p.fma(x2, s, c(-1, 5040.0));
    s = p.fma(x2, s, c(1, 120.0));
    s = p.fma(x2, s, c(-1, 6.0));
    return p.fma(x2, s, 1);
  }
  return r(p.sin(x) / x);
}

export function airyAi(x: number, p: Prec): number {
  const r = p.r, eps = p.eps;
  const C = AIRY_AI;
  if (!Number.isFinite(x) && !Number.isNaN(x)) return NaN;
  if (x > r(103.892)) return 0;
  let domain = 0, ai = 0;
  if (x < r(-2.09)) {
    const zeta = r(r(r(r(-2 * x) * p.sqrt(-x))) / 3);
    const z = r(1 / zeta), z2 = r(z * z);
    const afn = horner(p, z2, C.AFN, 8), afd = horner(p, z2, C.AFD, 8);
    const agn = horner(p, z2, C.AGN, 10), agd = horner(p, z2, C.AGD, 9);
    const t = r(zeta + 0.25 * Math.PI);   // (`T(0.25) * M_PI` is a double; t is a T again)
    const amp = r(r(5.64189583547756286948e-01) / p.sqrt(p.sqrt(-x)));
    const s = p.fma(p.sin(t), r(1 + r(r(z2 * afn) / afd)), -r(p.cos(t) * r(r(z * agn) / agd)));
    return r(amp * s);
  }
  if (x >= r(2.09)) {
    domain = 5;
    const zeta = r(r(r(2 * x) * p.sqrt(x)) / 3);
    const iz = r(1 / zeta);
    const an = horner(p, iz, C.AN, 7), ad = horner(p, iz, C.AD, 7);
    ai = r(r(r(5.64189583547756286948e-01) * r(an / ad)) / r(r(2 * p.sqrt(p.sqrt(x))) * p.exp(zeta)));
    if (x > r(8.3203353)) return ai;
  }
  let fs = 1, g = x, k = 1, m = 1, n = x, t = 1;
  const z = r(r(x * x) * x);
  while (t > eps) {
    m = r(m * z); k = r(k + 1); m = r(m / k);
    n = r(n * z); k = r(k + 1); n = r(n / k);
    m = r(m / k); fs = r(fs + m);
    k = r(k + 1); n = r(n / k); g = r(g + n);
    t = Math.abs(r(m / fs));
  }
  if ((domain & 1) === 0) return p.fma(r(0.355028053887817239260), fs, -r(r(0.258819403792806798405) * g));
  return ai;
}

// --- orthogonal polynomials (x, n): n is cast to int64 (static_cast, so it truncates; NaN gives INT64_MIN) ----------
/** static_cast<int64_t>(n) of a float n as x86-64 does it (out of range and NaN: INT64_MIN, a negative n). */
export function polyDegree(n: number): number {
  if (Number.isNaN(n) || Math.abs(n) >= 2 ** 63) return -(2 ** 63);
  return Math.trunc(n);
}

/** The three-term recurrence `r = c·q - p` from (p, q) = (1, q1) for k = 2 .. n. */
function recur(p: Prec, c: number, q1: number, n: number): number {
  let a = 1, q = q1, rr = q1;
  for (let k = 2; k <= n; k++) {
    rr = p.fma(c, q, -a);
    a = q;
    q = rr;
  }
  return rr;
}

export function chebyshevT(x: number, n: number, p: Prec): number {
  const r = p.r;
  if (n < 0) return 0;
  if (Math.abs(x) === 1) return x > 0 || n % 2 === 0 ? 1 : -1;
  if (n > 6 && Math.abs(x) < 1) return p.cos(r(r(n) * p.acos(x)));
  if (n === 0) return 1;
  if (n === 1) return x;
  return recur(p, r(x + x), x, n);
}

export function chebyshevU(x: number, n: number, p: Prec): number {
  const r = p.r;
  if (n < 0) return 0;
  if (Math.abs(x) === 1) return r(x > 0 || n % 2 === 0 ? n + 1 : -(n + 1));
  if (n > 8 && Math.abs(x) < 1) {
    const ac = p.acos(x);
    if (p.sin(ac) !== 0) return r(p.sin(r(r(n + 1) * ac)) / p.sin(ac));
    return r(r(r(n + 1) * p.cos(r(r(n + 1) * ac))) / x);
  }
  if (n === 0) return 1;
  if (n === 1) return r(x + x);
  return recur(p, r(x + x), r(x + x), n);
}

export function chebyshevV(x: number, n: number, p: Prec): number {
  const r = p.r;
  if (n < 0) return 0;
  if (Math.abs(x) === 1) {
    if (x > 0) return 1;
    return r(n % 2 === 0 ? n + n + 1 : -(n + n + 1));
  }
  if (n > 8 && Math.abs(x) < 1) {
    const ac = p.acos(x);
    if (p.sin(r(ac / 2)) !== 1) return r(p.cos(r(r(r(n) + 0.5) * ac)) / p.cos(r(ac / 2)));
    return r(n % 2 === 0 ? n + n + 1 : -(n + n + 1));
  }
  if (n === 0) return 1;
  const q1 = r(r(x + x) - 1);
  if (n === 1) return q1;
  return recur(p, r(x + x), q1, n);
}

export function chebyshevW(x: number, n: number, p: Prec): number {
  const r = p.r;
  if (n < 0) return 0;
  if (Math.abs(x) === 1) {
    if (x > 0) return r(n + n + 1);
    return n % 2 === 0 ? 1 : -1;
  }
  if (n > 8 && Math.abs(x) < 1) {
    const ac = p.acos(x);
    if (p.cos(r(ac / 2)) !== 1) return r(p.sin(r(r(r(n) + 0.5) * ac)) / p.sin(r(ac / 2)));
    if (x > 0) return r(n + n + 1);
    return n % 2 === 0 ? 1 : -1;
  }
  if (n === 0) return 1;
  const q1 = r(r(x + x) + 1);
  if (n === 1) return q1;
  return recur(p, r(x + x), q1, n);
}

/** The shifted polynomials' argument x + x - 1 and the recurrence's factor (x + x - 1) + (x + x - 1). */
function shifted(p: Prec, x: number): [number, number] {
  const y = p.r(p.r(x + x) - 1);
  return [y, p.r(y + y)];
}

export function shiftedChebyshevT(x: number, n: number, p: Prec): number {
  const r = p.r;
  if (n < 0) return 0;
  if (x === 1) return 1;
  if (x === 0) return n % 2 === 0 ? 1 : -1;
  const [y, c] = shifted(p, x);
  if (n > 6 && Math.abs(y) < 1) return p.cos(r(r(n) * p.acos(y)));
  if (n === 0) return 1;
  if (n === 1) return y;
  return recur(p, c, y, n);
}

export function shiftedChebyshevU(x: number, n: number, p: Prec): number {
  const r = p.r;
  if (n < 0) return 0;
  if (x === 1) return r(n + 1);
  if (x === 0) return r(n % 2 === 0 ? n + 1 : -(n + 1));
  const [y, c] = shifted(p, x);
  if (n > 6 && Math.abs(y) < 1) {
    const ac = p.acos(y);
    if (p.sin(ac) !== 0) return r(p.sin(r(r(n + 1) * ac)) / p.sin(ac));
    return r(r(r(n + 1) * p.cos(r(r(n + 1) * ac))) / y);
  }
  if (n === 0) return 1;
  if (n === 1) return c;
  return recur(p, c, c, n);
}

export function shiftedChebyshevV(x: number, n: number, p: Prec): number {
  const r = p.r;
  if (n < 0) return 0;
  if (x === 1) return 1;
  if (x === 0) return r(n % 2 === 0 ? n + n + 1 : -(n + n + 1));
  const [y, c] = shifted(p, x);
  if (n > 6 && Math.abs(y) < 1) {
    const ac = p.acos(y);
    if (p.sin(r(ac / 2)) !== 1) return r(p.cos(r(r(r(n) + 0.5) * ac)) / p.cos(r(ac / 2)));
    return r(n % 2 === 0 ? n + n + 1 : -(n + n + 1));
  }
  if (n === 0) return 1;
  const q1 = r(c - 1);
  if (n === 1) return q1;
  return recur(p, c, q1, n);
}

export function shiftedChebyshevW(x: number, n: number, p: Prec): number {
  const r = p.r;
  if (n < 0) return 0;
  if (x === 1) return r(n + n + 1);
  if (x === 0) return n % 2 === 0 ? 1 : -1;
  const [y, c] = shifted(p, x);
  if (n > 4 && Math.abs(y) < 1) {
    const ac = p.acos(y);
    if (p.cos(r(ac / 2)) !== 1) return r(p.sin(r(r(r(n) + 0.5) * ac)) / p.sin(r(ac / 2)));
    return n % 2 === 0 ? 1 : -1;
  }
  if (n === 0) return 1;
  const q1 = r(c + 1);
  if (n === 1) return q1;
  return recur(p, c, q1, n);
}

export function hermiteH(x: number, n: number, p: Prec): number {
  const r = p.r;
  if (n < 0) return 0;
  if (n === 0) return 1;
  if (n === 1) return r(x + x);
  const x2 = r(x + x);
  let a = 1, q = x2, rr = x2;
  for (let k = 2; k < n + n; k += 2) {
    rr = p.fma(x2, q, -r(r(k) * a));
    a = q;
    q = rr;
  }
  return rr;
}

export function hermiteHe(x: number, n: number, p: Prec): number {
  const r = p.r;
  if (n < 0) return 0;
  if (n === 0) return 1;
  if (n === 1) return x;
  let a = 1, q = x, rr = x;
  for (let k = 1; k < n; k++) {
    rr = p.fma(x, q, -r(r(k) * a));
    a = q;
    q = rr;
  }
  return rr;
}

export function laguerreL(x: number, n: number, p: Prec): number {
  const r = p.r;
  if (n < 0) return 0;
  if (Math.abs(x) === 0) return 1;
  if (n === 0) return 1;
  const omx = r(1 - x);
  if (n === 1) return omx;
  let a = 1, q = omx, rr = omx;
  for (let k = 1; k < n; k++) {
    rr = r(p.fma(r(r(k + k) + omx), q, -r(r(k) * a)) / r(k + 1));
    a = q;
    q = rr;
  }
  return rr;
}

export function legendreP(x: number, n: number, p: Prec): number {
  const r = p.r;
  if (n < 0) return 0;
  if (Math.abs(x) === 1) return x > 0 || n % 2 === 0 ? 1 : -1;
  if (n === 0) return 1;
  if (n === 1) return x;
  let a = 1, q = x, rr = x;
  for (let k = 1; k < n; k++) {
    rr = r(p.fma(r(r(k + k + 1) * x), q, -r(r(k) * a)) / r(k + 1));
    a = q;
    q = rr;
  }
  return rr;
}

// --- glibc's sinf/cosf (sysdeps/ieee754/flt-32/s_sinf.c, s_cosf.c: ARM optimized-routines, built with FMA) ---------
// For |x| < 120; beyond, the float of the double sine (glibc's large-argument reduction is not repeated here).
interface SinCosF { sign: number[]; c0: number; c1: number; c2: number; c3: number; c4: number; s1: number; s2: number; s3: number }
const SINCOSF: SinCosF[] = [
  { sign: [1, -1, -1, 1], c0: 1.0, c1: -0.49999999725108224, c2: 0.041666623324344516, c3: -0.001388676379437604,
    c4: 2.4390450703564542e-05, s1: -0.16666654943701084, s2: 0.008332178146138854, s3: -0.00019517298981385725 },
  { sign: [1, -1, -1, 1], c0: -1.0, c1: 0.49999999725108224, c2: -0.041666623324344516, c3: 0.001388676379437604,
    c4: -2.4390450703564542e-05, s1: -0.16666654943701084, s2: 0.008332178146138854, s3: -0.00019517298981385725 },
];
const HPI_INV = 10680707.430881744, HPI = 1.5707963267948966;
const f32b = new Float32Array(1), u32b = new Uint32Array(f32b.buffer);
const abstop12 = (x: number): number => ((f32b[0] = x), (u32b[0] >>> 20) & 0x7ff);
const PIO4F_TOP = abstop12(0.7853981852531433), TINY_TOP = abstop12(0.000244140625), BIG_TOP = abstop12(120);

function sinfPoly(x: number, x2: number, p: SinCosF, n: number): number {
  if ((n & 1) === 0) {
    const x3 = x * x2;
    const s1 = fma64(x2, p.s3, p.s2);
    const x7 = x3 * x2;
    const s = fma64(x3, p.s1, x);
    return f(fma64(x7, s1, s));
  }
  const x4 = x2 * x2;
  const c2 = fma64(x2, p.c4, p.c3);
  const c1 = fma64(x2, p.c1, p.c0);
  const x6 = x4 * x2;
  const c = fma64(x4, p.c2, c1);
  return f(fma64(x6, c2, c));
}
/** reduce_fast without the rounding intrinsics: the quadrant from the 2^24-scaled product, x - n·π/2 fused. */
function sincosfReduce(x: number, cos: boolean): number {
  const r = x * HPI_INV;
  const n = ((Math.trunc(r) | 0) + 0x800000) >> 24;
  const y = fma64(-n, HPI, x);
  const s = SINCOSF[0].sign[n & 3];
  const p = SINCOSF[n & 2 ? 1 : 0];
  return sinfPoly(y * s, y * y, p, cos ? n ^ 1 : n);
}
export function sinf(x: number): number {
  const t = abstop12(x);
  if (t < PIO4F_TOP) {
    if (t < TINY_TOP) return x;
    return sinfPoly(x, x * x, SINCOSF[0], 0);
  }
  if (t < BIG_TOP) return sincosfReduce(x, false);
  return f(sin64(x));
}
export function cosf(x: number): number {
  const t = abstop12(x);
  if (t < PIO4F_TOP) {
    if (t < TINY_TOP) return 1;
    return sinfPoly(x, x * x, SINCOSF[0], 1);
  }
  if (t < BIG_TOP) return sincosfReduce(x, true);
  return f(cos64(x));
}

// --- glibc's acosf (sysdeps/ieee754/flt-32/e_acosf.c: fdlibm's, in float arithmetic) -------------------------------
const ACOSF = {
  pi: f(3.1415925026e+00), pio2Hi: f(1.5707962513e+00), pio2Lo: f(7.5497894159e-08),
  pS: [1.6666667163e-01, -3.2556581497e-01, 2.0121252537e-01, -4.0055535734e-02, 7.9153501429e-04, 3.4793309169e-05].map(f),
  qS: [1, -2.4033949375e+00, 2.0209457874e+00, -6.8828397989e-01, 7.7038154006e-02].map(f),
};
function acosfRatio(z: number): number {
  const P = ACOSF.pS, Q = ACOSF.qS;
  const p = f(z * f(P[0] + f(z * f(P[1] + f(z * f(P[2] + f(z * f(P[3] + f(z * f(P[4] + f(z * P[5])))))))))));
  const q = f(1 + f(z * f(Q[1] + f(z * f(Q[2] + f(z * f(Q[3] + f(z * Q[4]))))))));
  return f(p / q);
}
export function acosf(x: number): number {
  f32b[0] = x;
  const hx = u32b[0] | 0, ix = hx & 0x7fffffff;
  if (ix === 0x3f800000) return hx > 0 ? 0 : f(ACOSF.pi + f(2 * ACOSF.pio2Lo));
  if (ix > 0x3f800000) return NaN;
  if (ix < 0x3f000000) {
    if (ix <= 0x32800000) return f(ACOSF.pio2Hi + ACOSF.pio2Lo);
    const r = acosfRatio(f(x * x));
    return f(ACOSF.pio2Hi - f(x - f(ACOSF.pio2Lo - f(x * r))));
  }
  if (hx < 0) {
    const z = f(f(1 + x) * 0.5);
    const s = f(Math.sqrt(z));
    const w = f(f(acosfRatio(z) * s) - ACOSF.pio2Lo);
    return f(ACOSF.pi - f(2 * f(s + w)));
  }
  const z = f(f(1 - x) * 0.5);
  const s = f(Math.sqrt(z));
  f32b[0] = s;
  u32b[0] = u32b[0] & 0xfffff000;
  const df = f32b[0];
  const c = f(f(z - f(df * df)) / f(s + df));
  const w = f(f(acosfRatio(z) * s) + c);
  return f(2 * f(df + w));
}

// --- acos in double: glibc's is correctly rounded but for rare cases, V8's (fdlibm) is not ---------------------------
// Math.acos corrected by one Newton step against a double-double cos: δ = (cos y0 - x) / sin y0, cos y0 from a Taylor
// series on y0 reduced by kπ/2 in double-double arithmetic.
const PIO2_HI = 1.5707963267948966, PIO2_LO = 6.123233995736766e-17;
function twoSum(a: number, b: number): [number, number] {
  const s = a + b, bb = s - a;
  return [s, (a - (s - bb)) + (b - bb)];
}
function ddMul(ah: number, al: number, bh: number, bl: number): [number, number] {
  const p = ah * bh, e = fma64(ah, bh, -p) + (ah * bl + al * bh);
  return twoSum(p, e);
}
function ddAdd(ah: number, al: number, bh: number, bl: number): [number, number] {
  const [s, e] = twoSum(ah, bh);
  return twoSum(s, e + al + bl);
}
/** ±1/n! in double-double for n = 0 .. 30. */
const INV_FACT: [number, number][] = (() => {
  const out: [number, number][] = [[1, 0]];
  let h = 1, l = 0;
  for (let n = 1; n <= 30; n++) {
    const q = h / n, p = q * n, e = fma64(q, n, -p);
    const r = ((h - p) - e + l) / n;
    [h, l] = twoSum(q, r);
    out.push([h, l]);
  }
  return out;
})();
/** [cos r, sin r] in double-double for |r| <= π/4 (Taylor series). */
function ddCosSin(rh: number, rl: number): [[number, number], [number, number]] {
  const [r2h, r2l] = ddMul(rh, rl, rh, rl);
  let c: [number, number] = [0, 0], s: [number, number] = [0, 0];
  // Horner from the highest term: cos = Σ (-1)^k r^2k/(2k)!, sin = r Σ (-1)^k r^2k/(2k+1)!
  for (let k = 14; k >= 0; k--) {
    const sign = k % 2 ? -1 : 1, fc = INV_FACT[2 * k], fs = INV_FACT[2 * k + 1];
    c = ddAdd(...ddMul(c[0], c[1], r2h, r2l), sign * fc[0], sign * fc[1]);
    s = ddAdd(...ddMul(s[0], s[1], r2h, r2l), sign * fs[0], sign * fs[1]);
  }
  return [c, ddMul(s[0], s[1], rh, rl)];
}
export function acos64(x: number): number {
  const y0 = Math.acos(x);
  if (!(Math.abs(x) < 1)) return y0;
  const k = Math.round(y0 / PIO2_HI);
  const [rh, rl] = twoSum(y0 - k * PIO2_HI, -k * PIO2_LO);
  const [c, s] = ddCosSin(rh, rl);
  const cosY: [number, number] = k === 0 ? c : k === 1 ? [-s[0], -s[1]] : [-c[0], -c[1]];
  const d = (cosY[0] - x) + cosY[1];
  return y0 + d / Math.sqrt((1 - x) * (1 + x));
}
