#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>
using namespace std;

// Stable, but forgets to divide the scores by sqrt(d).
int main() {
    int n, m, d, e, causal;
    if (scanf("%d %d %d %d %d", &n, &m, &d, &e, &causal) != 5) return 0;
    auto read = [](int rows, int cols) {
        vector<vector<double>> a(rows, vector<double>(cols));
        for (auto& row : a) for (auto& x : row) scanf("%lf", &x);
        return a;
    };
    auto q = read(n, d), k = read(m, d), v = read(m, e);
    for (int i = 0; i < n; i++) {
        int allowed = causal ? i + (m - n) + 1 : m;
        vector<double> scores(allowed);
        double top = -INFINITY;
        for (int j = 0; j < allowed; j++) {
            double s = 0;
            for (int t = 0; t < d; t++) s += q[i][t] * k[j][t];
            scores[j] = s;
            top = max(top, s);
        }
        double total = 0;
        for (auto& s : scores) { s = exp(s - top); total += s; }
        vector<double> row(e, 0.0);
        for (int j = 0; j < allowed; j++)
            for (int c = 0; c < e; c++) row[c] += scores[j] / total * v[j][c];
        for (int c = 0; c < e; c++) printf("%.9f%c", row[c], c + 1 < e ? ' ' : '\n');
    }
}
