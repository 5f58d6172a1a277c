#include <iostream>
#include <string>

// Compares every start with the best so far letter by letter: quadratic on "aaaa...ab".
int main() {
    std::string s;
    std::cin >> s;
    int n = s.size(), best = 0;
    for (int c = 1; c < n; c++) {
        for (int k = 0; k < n; k++) {
            char a = s[(c + k) % n], b = s[(best + k) % n];
            if (a != b) {
                if (a < b) best = c;
                break;
            }
        }
    }
    std::cout << best << "\n";
}
