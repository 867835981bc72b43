// Precompiled once for every test suite: Boost.Test, the standard headers the tests use most, and
// the library's core headers. A test still includes what it uses; this only spares reparsing.
#pragma once

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <optional>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include <boost/graph/adjacency_list.hpp>
#include <boost/test/unit_test.hpp>

#include "pactgraph/pactgraph.hpp"
