#include <cstdio>
#include <vector>
using namespace std;

// Keeps the window's total in an int, which overflows once it passes 2^31 - 1.
int main() {
    int n, k;
    if (scanf("%d %d", &n, &k) != 2) return 0;
    vector<int> samples(n);
    unsigned total = 0;  // wraps like a 32-bit int would, without undefined behaviour
    for (int i = 0; i < n; i++) {
        scanf("%d", &samples[i]);
        total += samples[i];
        if (i >= k) total -= samples[i - k];
        int count = i + 1 < k ? i + 1 : k;
        printf("%.6f\n", (double) (int) total / count);
    }
    return 0;
}
