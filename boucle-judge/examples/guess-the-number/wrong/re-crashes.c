#include <stdio.h>
#include <stdlib.h>
int main(void) {
    long long n;
    if (scanf("%lld", &n) != 1) return 1;
    abort();  /* before the first guess */
}
