#include "attribution/confidence.h"

#include <array>
#include <cstddef>

namespace dixit {

namespace {

constexpr size_t kBases = static_cast<size_t>(Basis::nearby) + 1;
constexpr size_t kTypes = static_cast<size_t>(QuoteType::according_to) + 1;

// Rows in Basis order, columns in QuoteType order (direct, indirect, mixed, according_to).
constexpr std::array<std::array<double, kTypes>, kBases> kRightRate = {{
#include "attribution/confidence_table.inc"
}};

}  // namespace

double confidence_of(Basis basis, QuoteType type) {
  return kRightRate[static_cast<size_t>(basis)][static_cast<size_t>(type)];
}

}  // namespace dixit
