// Exact decimal numbers for amounts: a digit string and a power of ten, so that
// "4,7 milliards" becomes "4700000000" without ever passing through a double.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace dixit::amounts {

class Decimal {
 public:
  Decimal() = default;  // zero

  // Plain notation only: digits with at most one '.', e.g. "1234.56". No sign, no exponent.
  static std::optional<Decimal> parse(std::string_view plain);
  static Decimal from_integer(uint64_t value);

  // value × 10^power
  Decimal scaled(int power) const;
  Decimal times(const Decimal& other) const;
  Decimal plus(const Decimal& other) const;

  bool is_zero() const { return digits_.empty(); }
  bool is_integer() const { return exponent_ >= 0; }
  // Digits before the decimal point (0 for values below one).
  int integer_digit_count() const;
  size_t significant_digits() const { return digits_.size(); }
  int compare(const Decimal& other) const;

  // Plain notation without trailing zeros after the point: "4700000000", "0.5", "1234.56".
  std::string to_string() const;

  friend bool operator==(const Decimal& a, const Decimal& b) = default;

  template <class Self, class Archive>
  static void io(Self& self, Archive& a) {
    a(self.digits_, self.exponent_);
  }

 private:
  void normalise();
  std::string digits_;  // no leading or trailing zeros; empty for zero
  int exponent_ = 0;    // the value is digits_ × 10^exponent_
};

}  // namespace dixit::amounts
