// The iteration order of std::unordered_set<T>(first, last) (libstdc++, the library PyTorch 1.13.1 is built
// with on Debian), for test/golden/gen_unordered_set.py. Input per line: type (0 int64, 1 float32, 2 float64), n,
// n values; output per line: the set in iteration order.
#include <cstdio>
#include <cstdlib>
#include <unordered_set>
#include <vector>
#include <cstdint>
#include <cstring>
// reads: type(0=i64,1=f32,2=f64) n values...; prints set order
int main() {
  int type; long n;
  while (scanf("%d %ld", &type, &n) == 2) {
    if (type == 0) { std::vector<int64_t> v(n); for (auto& x : v) scanf("%ld", &x); std::unordered_set<int64_t> s(v.data(), v.data() + n); for (auto x : s) printf("%ld ", x); }
    else if (type == 1) { std::vector<float> v(n); for (auto& x : v) { double d; scanf("%lf", &d); x = (float)d; } std::unordered_set<float> s(v.data(), v.data() + n); for (auto x : s) printf("%.9g ", x); }
    else { std::vector<double> v(n); for (auto& x : v) scanf("%lf", &x); std::unordered_set<double> s(v.data(), v.data() + n); for (auto x : s) printf("%.17g ", x); }
    printf("\n");
  }
}
