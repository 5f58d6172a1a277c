#include <iostream>
#include <string>
int main() {
    long long n;
    std::cin >> n;
    long long lo = 1, hi = n;
    std::string reply;
    while (true) {
        long long mid = lo + (hi - lo) / 2;
        std::cout << mid << std::endl;  // endl flushes: the interactor is waiting
        std::cin >> reply;
        if (reply == "correct") return 0;
        if (reply == "higher") lo = mid + 1; else hi = mid - 1;
    }
}
