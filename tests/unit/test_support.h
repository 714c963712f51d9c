// Helpers shared by the unit tests: UTF-8 literals in, gold files from the repo.
#pragma once

#include <fstream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "text/utf.h"

namespace dixit::test {

inline std::u16string u16(const std::string& utf8) { return text::utf8_to_utf16(utf8); }
inline std::string u8(std::u16string_view units) { return text::utf16_to_utf8(units); }

inline nlohmann::json read_json(const std::string& repo_path) {
  std::ifstream in(std::string(DIXIT_SOURCE_DIR) + "/" + repo_path);
  if (!in) throw std::runtime_error("cannot read " + repo_path);
  return nlohmann::json::parse(in);
}

inline nlohmann::json seed_gold() { return read_json("tests/corpus/fr/seed-fr-001.gold.json"); }

}  // namespace dixit::test
