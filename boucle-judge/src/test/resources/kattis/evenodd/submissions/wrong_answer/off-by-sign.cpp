#include <iostream>
int main() {
    int n; long long x;
    std::cin >> n;
    while (n-- > 0 && std::cin >> x) std::cout << (x % 2 == 1 ? "no" : "yes") << "\n";  // -3 % 2 == -1
}
