#include <string>

#include "dixit/dixit.h"
#include "output/names.h"

namespace dixit {

namespace {

using output::kind_name;
using output::basis_name;
using output::rounded_confidence;
using output::type_name;

nlohmann::ordered_json span_json(Span s) { return {{"start", s.start}, {"end", s.end}}; }

template <typename T>
nlohmann::ordered_json or_null(const std::optional<T>& v) {
  return v ? nlohmann::ordered_json(*v) : nlohmann::ordered_json(nullptr);
}

std::string id(char prefix, size_t index) { return prefix + std::to_string(index + 1); }

}  // namespace

nlohmann::ordered_json to_json(const Annotations& a) {
  nlohmann::ordered_json speakers = nlohmann::ordered_json::array();
  for (size_t i = 0; i < a.speakers.size(); ++i) {
    const Speaker& s = a.speakers[i];
    nlohmann::ordered_json mentions = nlohmann::ordered_json::array();
    for (Span m : s.mentions) mentions.push_back(span_json(m));
    speakers.push_back({{"id", id('s', i)},
                        {"name", s.name},
                        {"kind", kind_name(s.kind)},
                        {"role", or_null(s.role)},
                        {"mentions", std::move(mentions)}});
  }
  nlohmann::ordered_json quotes = nlohmann::ordered_json::array();
  for (size_t i = 0; i < a.quotes.size(); ++i) {
    const Quote& q = a.quotes[i];
    nlohmann::ordered_json quote = {{"id", id('q', i)},
                                    {"start", q.span.start},
                                    {"end", q.span.end},
                                    {"type", type_name(q.type)},
                                    {"speaker", q.speaker ? nlohmann::ordered_json(id('s', *q.speaker)) : nullptr},
                                    {"cue", q.cue ? span_json(*q.cue) : nlohmann::ordered_json(nullptr)},
                                    {"confidence", rounded_confidence(q.confidence)},
                                    {"basis", basis_name(q.basis)}};
    if (q.capped) quote["capped"] = true;
    quotes.push_back(std::move(quote));
  }
  nlohmann::ordered_json amounts = nlohmann::ordered_json::array();
  for (size_t i = 0; i < a.amounts.size(); ++i) {
    const Amount& m = a.amounts[i];
    nlohmann::ordered_json amount = {{"id", id('m', i)},
                                     {"start", m.span.start},
                                     {"end", m.span.end},
                                     {"text", m.text},
                                     {"value", or_null(m.value)},
                                     {"min", or_null(m.min)},
                                     {"max", or_null(m.max)},
                                     {"currency", or_null(m.currency)},
                                     {"approx", m.approx},
                                     {"equivalent_of", m.equivalent_of ? nlohmann::ordered_json(id('m', *m.equivalent_of))
                                                                       : nlohmann::ordered_json(nullptr)}};
    if (m.currency_assumed) amount["currency_assumed"] = true;
    amounts.push_back(std::move(amount));
  }
  return {{"version", std::string(version())},
          {"lang", a.lang},
          {"speakers", std::move(speakers)},
          {"quotes", std::move(quotes)},
          {"amounts", std::move(amounts)}};
}

}  // namespace dixit
