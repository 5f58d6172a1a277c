#include <algorithm>
#include <vector>
using namespace std;

class Solution {
public:
    vector<long long> coverage(vector<vector<int>>& shifts) {
        sort(shifts.begin(), shifts.end());
        long long blocks = 0, covered = 0, end = -1;
        for (auto& shift : shifts) {
            if (shift[0] > end) {
                blocks++;
                covered += (long long) shift[1] - shift[0];
                end = shift[1];
            } else if (shift[1] > end) {
                covered += shift[1] - end;
                end = shift[1];
            }
        }
        return {blocks, covered};
    }
};
