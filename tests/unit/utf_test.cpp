#include <catch2/catch.hpp>

#include "text/utf.h"

using namespace dixit::text;

TEST_CASE("valid UTF-8 has no invalid byte") {
  CHECK_FALSE(find_invalid_utf8("").has_value());
  CHECK_FALSE(find_invalid_utf8("Moscou explique « la pression » 🙂").has_value());
}

TEST_CASE("ill-formed UTF-8 is located by byte offset") {
  CHECK(find_invalid_utf8("abc\xff") == 3u);
  CHECK(find_invalid_utf8("ab\xc3") == 2u);            // truncated sequence
  CHECK(find_invalid_utf8("\xc0\xaf") == 0u);          // overlong
  CHECK(find_invalid_utf8("x\xed\xa0\x80y") == 1u);    // encoded surrogate
  CHECK(find_invalid_utf8("\xf4\x90\x80\x80") == 0u);  // above U+10FFFF
}

TEST_CASE("UTF-8 to UTF-16 counts astral characters as two units") {
  auto u = utf8_to_utf16("é🙂x");
  REQUIRE(u.size() == 4);
  CHECK(u[0] == u'é');
  CHECK(is_high_surrogate(u[1]));
  CHECK(is_low_surrogate(u[2]));
  CHECK(u[3] == u'x');
  CHECK(utf16_to_utf8(u) == "é🙂x");
}

TEST_CASE("lone surrogates become U+FFFD in output strings") {
  std::u16string lone = u"a";
  lone.push_back(char16_t(0xD800));
  lone.push_back(u'b');
  CHECK(utf16_to_utf8(lone) == "a\xEF\xBF\xBD" "b");
}
