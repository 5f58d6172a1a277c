// boucle-judge function harness (template): the only translation unit that sees the candidate's
// code, which comes in as its own file and is never pasted here.
#include "boucle_harness.hpp"
#include <bits/stdc++.h>
using namespace std;
#include "solution.cpp"

std::function<void(boucle_harness::Json&)> boucle_harness::prepare(boucle_harness::Reader& in) {
    {{DECLARATIONS}}
    return [=](boucle_harness::Json& out) mutable {
        auto solution = std::make_unique<Solution>();
        out.value(solution->{{METHOD}}({{ARGUMENTS}}));
    };
}
