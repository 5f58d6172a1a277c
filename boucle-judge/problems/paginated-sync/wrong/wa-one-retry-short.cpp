#include <algorithm>
#include <iostream>
#include <map>
#include <string>
#include <vector>

// Treats R as the number of attempts rather than retries: gives up one attempt too early.
int main() {
    int n, retries;
    long long base, cap;
    std::cin >> n >> retries >> base >> cap;
    long long requests = 0, wait = 0;
    int aborted = 0;
    std::map<std::string, size_t> index;
    std::vector<std::pair<std::string, long long>> versions;
    for (int page = 1; page <= n; page++) {
        int failures, count;
        std::cin >> failures >> count;
        int attempts = std::max(1, std::min(failures + 1, retries));
        requests += attempts;
        long long delay = base;
        for (int r = 1; r < attempts; r++) {
            wait += std::min(cap, delay);
            delay = delay >= cap ? cap : std::min(cap, delay * 2);
        }
        if (failures >= attempts) { aborted = page; break; }
        for (int i = 0; i < count; i++) {
            std::string key;
            long long version;
            std::cin >> key >> version;
            auto [it, fresh] = index.try_emplace(key, versions.size());
            if (fresh) versions.push_back({key, version});
            else if (version > versions[it->second].second) versions[it->second].second = version;
        }
    }
    std::cout << (aborted ? "ABORTED " + std::to_string(aborted) : "OK") << "\n";
    std::cout << "requests " << requests << " wait " << wait << "\n" << versions.size() << "\n";
    for (auto& [k, v] : versions) std::cout << k << " " << v << "\n";
}
