#include <stdio.h>
#include <string.h>
int main(void) {
    long long n, lo = 1, hi;
    char reply[16];
    if (scanf("%lld", &n) != 1) return 1;
    hi = n;
    for (;;) {
        long long mid = lo + (hi - lo) / 2;
        printf("%lld\n", mid);
        fflush(stdout);
        if (scanf("%15s", reply) != 1) return 1;
        if (strcmp(reply, "correct") == 0) return 0;
        if (strcmp(reply, "higher") == 0) lo = mid + 1; else hi = mid - 1;
    }
}
