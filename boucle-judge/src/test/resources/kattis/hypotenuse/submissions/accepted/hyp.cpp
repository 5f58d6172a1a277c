#include <cmath>
#include <cstdio>
int main() {
    double a, b;
    if (std::scanf("%lf %lf", &a, &b) != 2) return 1;
    std::printf("%.12e\n", std::hypot(a, b));  // scientific notation: any notation is accepted
}
