# cos for the learning-rate schedules. Pyodide's libm (musl) cos differs from glibc's (which PyTorch's printed
# schedules come from) in the last bit for ~3% of arguments of the form pi * epoch / T_max. A correctly rounded
# cos, computed in 70-digit decimal arithmetic (the argument is a double, so it converts exactly), agrees with
# glibc's for all but ~0.1% of those (glibc's cos is not always correctly rounded either), at ~1 ms a call.
from decimal import Decimal, localcontext

_PI = Decimal('3.14159265358979323846264338327950288419716939937510582097494459230781640628620899862803482534211706798')
_EPS = Decimal(10) ** -68


def cos(x):
    """math.cos(x) correctly rounded (the exact cosine of the double x, rounded to the nearest double)."""
    x = float(x)
    if x != x or x in (float('inf'), float('-inf')):
        raise ValueError('math domain error')
    with localcontext() as ctx:
        ctx.prec = 70
        d = Decimal(x)
        r = d - (d / (2 * _PI)).to_integral_value() * 2 * _PI   # |r| <= pi
        r2 = r * r
        term = total = Decimal(1)
        n = 0
        while abs(term) >= _EPS:
            n += 2
            term = -term * r2 / (n * (n - 1))
            total += term
    return float(total)
