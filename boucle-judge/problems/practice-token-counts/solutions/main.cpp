#include <algorithm>
#include <cstdio>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>
using namespace std;

int main() {
    string data;
    char buf[1 << 16];
    size_t got;
    while ((got = fread(buf, 1, sizeof buf, stdin)) > 0) data.append(buf, got);
    size_t newline = data.find('\n');
    long k = stol(data.substr(0, newline));
    unordered_map<string, long> counts;
    long words = 0;
    string word;
    for (size_t i = newline == string::npos ? data.size() : newline + 1; i <= data.size(); i++) {
        char c = i < data.size() ? data[i] : ' ';
        if (c >= 'A' && c <= 'Z') c = c - 'A' + 'a';
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            word += c;
        } else if (!word.empty()) {
            counts[word]++;
            words++;
            word.clear();
        }
    }
    vector<pair<long, string>> ranked;  // (-count, word): sorts by count down, then word up
    for (auto& wc : counts) ranked.push_back({-wc.second, wc.first});
    sort(ranked.begin(), ranked.end());
    string out = to_string(words) + " " + to_string(counts.size()) + "\n";
    for (size_t i = 0; i < ranked.size() && (long) i < k; i++) {
        out += ranked[i].second + " " + to_string(-ranked[i].first) + "\n";
    }
    fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}
