#include <iostream>
#include <string>
#include <vector>
using namespace std;

// Checks one page: "OK", "ERROR i" or "UNCLOSED name".
static string verdict(const string& page) {
    vector<string> stack;  // names of the open elements, innermost last
    int number = 0;
    for (size_t i = 0; i < page.size(); i++) {
        if (page[i] != '<') continue;
        size_t end = page.find('>', i);
        number++;
        bool closing = page[i + 1] == '/';
        bool alone = page[end - 1] == '/';
        size_t from = i + 1 + (closing ? 1 : 0), to = end - (alone ? 1 : 0);
        string name = page.substr(from, to - from);
        i = end;
        if (alone) continue;
        if (!closing) {
            stack.push_back(name);
        } else if (!stack.empty() && stack.back() == name) {
            stack.pop_back();
        } else {
            return "ERROR " + to_string(number);
        }
    }
    return stack.empty() ? "OK" : "UNCLOSED " + stack.back();
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string line;
    getline(cin, line);
    int t = stoi(line);
    string out;
    for (int p = 0; p < t; p++) {
        if (!getline(cin, line)) line.clear();
        out += verdict(line);
        out += '\n';
    }
    cout << out;
    return 0;
}
