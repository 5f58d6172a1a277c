#include <algorithm>
#include <iostream>
#include <string>
#include <unordered_map>
#include <vector>

int main() {
    std::ios::sync_with_stdio(false);
    int n, retries;
    long long base, cap;
    std::cin >> n >> retries >> base >> cap;
    long long requests = 0, wait = 0;
    int aborted = 0;
    std::unordered_map<std::string, size_t> index;
    std::vector<std::pair<std::string, long long>> versions;  // in first-seen order
    for (int page = 1; page <= n; page++) {
        int failures, count;
        std::cin >> failures >> count;
        int attempts = std::min(failures, retries) + 1;
        requests += attempts;
        long long delay = base;
        for (int r = 1; r < attempts; r++) {
            wait += std::min(cap, delay);
            delay = delay >= cap ? cap : std::min(cap, delay * 2);
        }
        if (failures > retries) { aborted = page; break; }
        for (int i = 0; i < count; i++) {
            std::string key;
            long long version;
            std::cin >> key >> version;
            auto [it, fresh] = index.try_emplace(key, versions.size());
            if (fresh) versions.push_back({key, version});
            else if (version > versions[it->second].second) versions[it->second].second = version;
        }
    }
    std::string out = aborted ? "ABORTED " + std::to_string(aborted) : "OK";
    out += "\nrequests " + std::to_string(requests) + " wait " + std::to_string(wait) + "\n";
    out += std::to_string(versions.size()) + "\n";
    for (auto& [k, v] : versions) out += k + " " + std::to_string(v) + "\n";
    std::cout << out;
}
