#include "amounts/decimal.h"

#include <algorithm>

namespace dixit::amounts {

std::optional<Decimal> Decimal::parse(std::string_view plain) {
  Decimal out;
  bool seen_point = false;
  int fraction_digits = 0;
  for (char c : plain) {
    if (c == '.') {
      if (seen_point) return std::nullopt;
      seen_point = true;
    } else if (c >= '0' && c <= '9') {
      out.digits_.push_back(c);
      if (seen_point) ++fraction_digits;
    } else {
      return std::nullopt;
    }
  }
  if (out.digits_.empty()) return std::nullopt;
  out.exponent_ = -fraction_digits;
  out.normalise();
  return out;
}

Decimal Decimal::from_integer(uint64_t value) {
  Decimal out;
  out.digits_ = std::to_string(value);
  out.normalise();
  return out;
}

void Decimal::normalise() {
  size_t lead = 0;
  while (lead < digits_.size() && digits_[lead] == '0') ++lead;
  digits_.erase(0, lead);
  while (!digits_.empty() && digits_.back() == '0') {
    digits_.pop_back();
    ++exponent_;
  }
  if (digits_.empty()) exponent_ = 0;
}

Decimal Decimal::scaled(int power) const {
  Decimal out = *this;
  if (!out.digits_.empty()) out.exponent_ += power;
  return out;
}

Decimal Decimal::times(const Decimal& other) const {
  if (is_zero() || other.is_zero()) return {};
  // Schoolbook multiplication: amounts have few digits.
  std::string product(digits_.size() + other.digits_.size(), '0');
  for (size_t i = digits_.size(); i-- > 0;) {
    int carry = 0;
    for (size_t j = other.digits_.size(); j-- > 0;) {
      int sum = (product[i + j + 1] - '0') + (digits_[i] - '0') * (other.digits_[j] - '0') + carry;
      product[i + j + 1] = static_cast<char>('0' + sum % 10);
      carry = sum / 10;
    }
    product[i] = static_cast<char>(product[i] + carry);
  }
  Decimal out;
  out.digits_ = std::move(product);
  out.exponent_ = exponent_ + other.exponent_;
  out.normalise();
  return out;
}

Decimal Decimal::plus(const Decimal& other) const {
  if (is_zero()) return other;
  if (other.is_zero()) return *this;
  // Align both on the smaller exponent, then add digit strings right to left.
  const int low = std::min(exponent_, other.exponent_);
  std::string a = digits_ + std::string(static_cast<size_t>(exponent_ - low), '0');
  std::string b = other.digits_ + std::string(static_cast<size_t>(other.exponent_ - low), '0');
  if (a.size() < b.size()) std::swap(a, b);
  b.insert(0, a.size() - b.size(), '0');
  int carry = 0;
  for (size_t i = a.size(); i-- > 0;) {
    int sum = (a[i] - '0') + (b[i] - '0') + carry;
    a[i] = static_cast<char>('0' + sum % 10);
    carry = sum / 10;
  }
  if (carry) a.insert(a.begin(), '1');
  Decimal out;
  out.digits_ = std::move(a);
  out.exponent_ = low;
  out.normalise();
  return out;
}

int Decimal::integer_digit_count() const {
  if (is_zero()) return 0;
  return std::max(0, static_cast<int>(digits_.size()) + exponent_);
}

int Decimal::compare(const Decimal& other) const {
  const int magnitude = is_zero() ? INT32_MIN : static_cast<int>(digits_.size()) + exponent_;
  const int other_magnitude = other.is_zero() ? INT32_MIN : static_cast<int>(other.digits_.size()) + other.exponent_;
  if (magnitude != other_magnitude) return magnitude < other_magnitude ? -1 : 1;
  // Same magnitude: compare digit by digit, the shorter one padded with zeros.
  const size_t n = std::max(digits_.size(), other.digits_.size());
  for (size_t i = 0; i < n; ++i) {
    char x = i < digits_.size() ? digits_[i] : '0';
    char y = i < other.digits_.size() ? other.digits_[i] : '0';
    if (x != y) return x < y ? -1 : 1;
  }
  return 0;
}

std::string Decimal::to_string() const {
  if (is_zero()) return "0";
  if (exponent_ >= 0) return digits_ + std::string(static_cast<size_t>(exponent_), '0');
  const size_t fraction = static_cast<size_t>(-exponent_);
  if (fraction >= digits_.size()) return "0." + std::string(fraction - digits_.size(), '0') + digits_;
  return digits_.substr(0, digits_.size() - fraction) + "." + digits_.substr(digits_.size() - fraction);
}

}  // namespace dixit::amounts
