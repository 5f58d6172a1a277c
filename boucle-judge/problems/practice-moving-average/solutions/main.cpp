#include <cstdio>
#include <vector>
using namespace std;

int main() {
    int n, k;
    if (scanf("%d %d", &n, &k) != 2) return 0;
    vector<long long> samples(n);
    long long total = 0;  // up to 2 * 10^14: long long, not int
    for (int i = 0; i < n; i++) {
        scanf("%lld", &samples[i]);
        total += samples[i];
        if (i >= k) total -= samples[i - k];
        int count = i + 1 < k ? i + 1 : k;
        printf("%.6f\n", (double) total / count);
    }
    return 0;
}
