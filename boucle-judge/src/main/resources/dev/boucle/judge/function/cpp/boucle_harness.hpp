// boucle-judge function harness (template): argument reader and JSON writer. Included before
// the candidate's code, so the candidate's macros cannot change it.
#pragma once
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <type_traits>
#include <vector>

namespace boucle_harness {

struct Reader {
    const std::string& data;
    size_t pos = 0;

    std::string token() {
        while (pos < data.size() && (unsigned char) data[pos] <= 32) pos++;
        size_t start = pos;
        while (pos < data.size() && (unsigned char) data[pos] > 32) pos++;
        return data.substr(start, pos - start);
    }
    void read(int& v) { v = (int) std::strtol(token().c_str(), nullptr, 10); }
    void read(long& v) { v = std::strtol(token().c_str(), nullptr, 10); }
    void read(long long& v) { v = std::strtoll(token().c_str(), nullptr, 10); }
    void read(double& v) { v = std::strtod(token().c_str(), nullptr); }
    void read(bool& v) { v = token() == "1"; }
    void read(std::string& v) {
        size_t n = std::strtoul(token().c_str(), nullptr, 10);
        pos++;
        v = data.substr(pos, n);
        pos += n;
    }
    template <class T> void read(std::vector<T>& v) {
        v.resize(std::strtoul(token().c_str(), nullptr, 10));
        for (auto& x : v) read(x);
    }
};

struct Json {
    std::string text;

    void quote(const std::string& s) {
        text += '"';
        for (unsigned char c : s) {
            if (c == '"' || c == '\\') { text += '\\'; text += (char) c; }
            else if (c < 0x20) { char buf[8]; std::snprintf(buf, sizeof buf, "\\u%04x", c); text += buf; }
            else text += (char) c;
        }
        text += '"';
    }

    template <class T> void value(const T& v) {
        if constexpr (std::is_same_v<T, bool>) {
            text += v ? "true" : "false";
        } else if constexpr (std::is_integral_v<T>) {
            text += std::to_string(v);
        } else if constexpr (std::is_floating_point_v<T>) {
            if (!std::isfinite((double) v)) { text += "null"; return; }
            char buf[40];
            std::snprintf(buf, sizeof buf, "%.17g", (double) v);
            text += buf;
        } else if constexpr (std::is_convertible_v<const T&, std::string>) {
            quote(std::string(v));
        } else {
            text += '[';
            bool first = true;
            for (const auto& x : v) {
                if (!first) text += ',';
                first = false;
                value(x);
            }
            text += ']';
        }
    }
};

// Defined in glue.cpp, generated per problem: reads one test's arguments now, and returns the
// call on a fresh Solution, to be timed separately.
std::function<void(Json&)> prepare(Reader& in);

}  // namespace boucle_harness
