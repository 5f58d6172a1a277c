#include <algorithm>
#include <string>
#include <vector>
using namespace std;

class Solution {
public:
    vector<int> countByPrefix(vector<string>& tags, vector<string>& typed) {
        vector<string> ordered(tags);
        sort(ordered.begin(), ordered.end());
        vector<int> out;
        for (const string& p : typed) {
            auto from = lower_bound(ordered.begin(), ordered.end(), p);
            auto to = lower_bound(ordered.begin(), ordered.end(), p + '\x7f');
            out.push_back(int(to - from));
        }
        return out;
    }
};
