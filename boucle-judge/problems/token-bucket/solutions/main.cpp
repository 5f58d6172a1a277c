#include <algorithm>
#include <iostream>
#include <string>
#include <unordered_map>
#include <utility>

int main() {
    std::ios::sync_with_stdio(false);
    long long capacity, period;
    int n;
    std::cin >> capacity >> period >> n;
    std::unordered_map<std::string, std::pair<long long, long long>> buckets;  // tokens, anchor
    std::string out, client;
    for (int i = 0; i < n; i++) {
        long long t, cost;
        std::cin >> t >> client >> cost;
        auto found = buckets.try_emplace(client, capacity, t).first;
        auto& [tokens, anchor] = found->second;
        long long gained = (t - anchor) / period;
        tokens = std::min(capacity, tokens + gained);
        anchor = tokens == capacity ? t : anchor + gained * period;
        bool accept = tokens >= cost;
        if (accept) tokens -= cost;
        out += (accept ? "ACCEPT " : "REJECT ") + std::to_string(tokens) + "\n";
    }
    std::cout << out;
}
