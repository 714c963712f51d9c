#include "quotes/quote_finder.h"

#include <algorithm>
#include <array>

#include <unicode/uchar.h>

#include "document.h"
#include "text/fold.h"

namespace dixit {

namespace {

// Mark families: an opening mark and the marks that may close it.
enum Family : uint8_t { guillemet, curly_double, low_double, angle_single, low_single, curly_single, straight_double,
                        straight_single, family_count, no_family = family_count };

bool is_letter_or_digit(char16_t c) {
  if (c < 0x80) return ((c | 0x20) >= u'a' && (c | 0x20) <= u'z') || (c >= u'0' && c <= u'9');
  return u_isalnum(c) != 0;
}

// A straight or single mark opens only at a word start and closes only at a word
// end, which is what tells a quote from an apostrophe, an inch or a prime.
struct Context {
  bool space_or_start_before;  // white space, start of text, or an opening bracket/dash
  bool word_after;             // a letter, digit or other mark right after
  bool word_before;            // no white space right before
  bool boundary_after;         // white space, end, or punctuation right after
};

Context context_at(std::u16string_view text, size_t i) {
  Context c{};
  char16_t before = i == 0 ? u' ' : text[i - 1];
  char16_t after = i + 1 < text.size() ? text[i + 1] : u' ';
  bool before_blank = i == 0 || text::is_space(before) || text::is_line_break(before);
  c.space_or_start_before = before_blank || before == u'(' || before == u'[' || before == u'\u2014' ||
                            before == u'\u2013' || before == u'\u00AB' || before == u'\u201C';
  bool after_blank = i + 1 >= text.size() || text::is_space(after) || text::is_line_break(after);
  // A quote opens on a word, a number, another mark or an ellipsis, not on "; ",
  // ", " or a period that ends a sentence ("responsabilités ». J'invite").
  const bool ellipsis = after == u'.' && i + 2 < text.size() && text[i + 2] == u'.';
  c.word_after = !after_blank && (is_letter_or_digit(after) || after == u'\u00AB' || after == u'\u201C' ||
                                  after == u'\u2018' || after == u'\'' || ellipsis || after == u'\u2026' ||
                                  after == u'(' || after == u'[' || u_ispunct(after) == 0);
  c.word_before = !before_blank;
  c.boundary_after = after_blank || !is_letter_or_digit(after);
  return c;
}

// A mark at the start of a paragraph that reopens a quote left open by the
// paragraph before: its own opening mark, or another double one (copy mixes
// “ and " from one paragraph to the next).
bool reopens_paragraph(char16_t mark, char16_t opener) {
  auto double_opener = [](char16_t c) { return c == u'\u00AB' || c == u'\u201C' || c == u'\u201E' || c == u'"'; };
  return mark == opener || (double_opener(mark) && double_opener(opener));
}

struct Open {
  uint32_t pos;
  Family family;
};

struct Stack {
  std::vector<Open> items;
  std::array<uint32_t, family_count> counts{};
  void push(Open o) {
    items.push_back(o);
    ++counts[o.family];
  }
  // Pops down to and including the innermost opener of `family` (openers above
  // it were unbalanced); returns it.
  Open pop_to(Family family) {
    while (true) {
      Open o = items.back();
      items.pop_back();
      --counts[o.family];
      if (o.family == family) return o;
    }
  }
  void clear() {
    items.clear();
    counts.fill(0);
  }
};

}  // namespace

QuoteFinder::QuoteFinder(const Language&) {}

void QuoteFinder::find(const Document& doc, std::vector<Quote>& out) const {
  out.clear();
  const auto text = doc.text;
  Stack stack;
  auto sentence_end_after = [&](uint32_t pos) -> uint32_t {
    auto it = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), pos,
                               [](uint32_t p, const Span& s) { return p < s.end; });
    return it != doc.sentences.end() ? it->end : static_cast<uint32_t>(text.size());
  };
  uint32_t paragraph_end = 0;  // end of the last token seen, for capping at a paragraph break
  // Where a quote whose opening mark copy left out may start: the paragraph's
  // start, or the end of the last quote closed in it.
  uint32_t unopened_from = 0;

  auto cap_open_quote = [&](uint32_t limit) {
    if (stack.items.empty()) return;
    const Open outer = stack.items.front();
    stack.clear();
    if (outer.family == straight_single) return;  // most likely an apostrophe after all
    // The quote ends with its sentence, or at the paragraph break if sooner.
    uint32_t end = limit;
    if (end <= outer.pos + 1) return;
    Quote q;
    q.span = {outer.pos, end};
    q.capped = true;
    q.confidence = 0.3;
    out.push_back(q);
  };
  auto close = [&](Family family, uint32_t pos) {
    Open o = stack.pop_to(family);
    if (!stack.items.empty() || pos <= o.pos + 1) return;  // nested, or empty
    Quote q;
    q.span = {o.pos, pos + 1};
    q.confidence = 0.5;
    out.push_back(q);
    unopened_from = pos + 1;
  };
  // A closing mark with none open, right before the comma of an incise
  // ("… à le résoudre", a assuré X"): copy left out its opening mark. The quote
  // runs from the first sentence after `unopened_from` (the paragraph's start,
  // or the last quote closed in it). Not after a digit: 55" is inches.
  auto close_unopened = [&](uint32_t pos) {
    if (!stack.items.empty()) return;
    // (French spacing: "résoudre »,".)
    uint32_t before = pos, after = pos + 1;
    while (before > 0 && text::is_space(text[before - 1])) --before;
    while (after < text.size() && text::is_space(text[after])) ++after;
    if (before == 0 || after >= text.size() || text[after] != u',') return;
    const char16_t last = text[before - 1];
    if (!(is_letter_or_digit(last) || last == u'.' || last == u'!' || last == u'?') || (last >= u'0' && last <= u'9'))
      return;
    auto it = std::lower_bound(doc.sentences.begin(), doc.sentences.end(), unopened_from,
                               [](const Span& s, uint32_t p) { return s.start < p; });
    if (it == doc.sentences.end() || it->start >= pos) return;
    Quote q;
    q.span = {it->start, pos + 1};
    q.confidence = 0.3;
    out.push_back(q);
    unopened_from = pos + 1;
  };
  auto has_open = [&](Family f) { return stack.counts[f] != 0; };

  for (size_t t = 0; t < doc.tokens.size(); ++t) {
    const Token& tok = doc.tokens[t];
    if (tok.has(token_flags::line_before) && !stack.items.empty()) {
      // News convention: a quote running over paragraphs reopens each one with
      // an opening mark and closes only at its end. Each paragraph is a quote of
      // its own (the gold's convention: an unclosed quote runs to the end of its
      // paragraph). A line that does not reopen continues a hard-wrapped
      // paragraph; after a blank line, the mark was never closed.
      const Open outer = stack.items.front();
      if (tok.kind == TokenKind::punct && reopens_paragraph(text[tok.start], text[outer.pos])) {
        stack.clear();
        if (outer.family != straight_single && paragraph_end > outer.pos + 1) {
          Quote q;
          q.span = {outer.pos, paragraph_end};
          q.confidence = 0.5;
          out.push_back(q);
        }
      } else if (tok.has(token_flags::paragraph_before)) {
        cap_open_quote(paragraph_end);
      }
    }
    if (t == 0 || tok.has(token_flags::paragraph_before)) unopened_from = tok.start;
    paragraph_end = tok.end;
    if (tok.kind != TokenKind::punct) continue;
    const char16_t c = text[tok.start];
    const uint32_t pos = tok.start;
    switch (c) {
      // Copy turns marks around: « after a word closes an open «, » before a
      // word opens when none is open (and so does ”): "le président« .",
      // ": »La situation", "said,” It was". Danish and German »…« read the same way.
      case u'\u00AB': {
        Context ctx = context_at(text, pos);
        if (has_open(guillemet) && ctx.word_before && ctx.boundary_after) close(guillemet, pos);
        else stack.push({pos, guillemet});
        break;
      }
      case u'\u00BB': {
        if (has_open(guillemet)) close(guillemet, pos);
        else if (Context ctx = context_at(text, pos); ctx.space_or_start_before && ctx.word_after) stack.push({pos, guillemet});
        else close_unopened(pos);
        break;
      }
      case u'\u2039': stack.push({pos, angle_single}); break;
      case u'\u203A': if (has_open(angle_single)) close(angle_single, pos); break;
      case u'\u201E': stack.push({pos, low_double}); break;
      case u'\u201A': stack.push({pos, low_single}); break;
      case u'\u201C': {  // closes „ in German style, opens otherwise
        // Copy that turns its closing mark: "…not,“ he said" closes the “ still open.
        Context ctx = context_at(text, pos);
        if (!stack.items.empty() && stack.items.back().family == low_double) close(low_double, pos);
        else if (!stack.items.empty() && stack.items.back().family == curly_double && ctx.word_before &&
                 ctx.boundary_after && !ctx.word_after)
          close(curly_double, pos);
        else stack.push({pos, curly_double});
        break;
      }
      case u'\u201D':
        if (has_open(curly_double)) close(curly_double, pos);
        // Copy that mixes its marks: "…,” closes the straight mark it answers.
        else if (!stack.items.empty() && stack.items.back().family == straight_double) close(straight_double, pos);
        else if (context_at(text, pos).space_or_start_before || (pos > 0 && (text[pos - 1] == u',' || text[pos - 1] == u':')))
          stack.push({pos, curly_double});
        else close_unopened(pos);
        break;
      case u'\u2018':  // closes ‚ in German style, opens otherwise
        if (!stack.items.empty() && stack.items.back().family == low_single) close(low_single, pos);
        else if (context_at(text, pos).space_or_start_before) stack.push({pos, curly_single});
        break;
      case u'\u2019': {
        // Only a word-final ’ can close ‘; inside words the tokenizer keeps it.
        Context ctx = context_at(text, pos);
        if (has_open(curly_single) && ctx.word_before && ctx.boundary_after) close(curly_single, pos);
        break;
      }
      case u'"': {
        Context ctx = context_at(text, pos);
        if (!has_open(straight_double) && !stack.items.empty() && stack.items.back().family == curly_double &&
            ctx.word_before && ctx.boundary_after) {
          close(curly_double, pos);  // “…," closes the curly mark it answers
        } else if (has_open(straight_double)) {
          // A closing mark may stand a space after the nested quote it closes
          // with ("the word 'outreach,' " she said): it cannot open there.
          const bool after_inner_close = pos >= 2 && text::is_space(text[pos - 1]) &&
                                         (text[pos - 2] == u'\'' || text[pos - 2] == u'\u2019') && !ctx.word_after;
          if ((ctx.word_before || after_inner_close) && ctx.boundary_after) close(straight_double, pos);
        } else if (ctx.word_before && ctx.boundary_after) {
          close_unopened(pos);
        } else if (ctx.space_or_start_before && ctx.word_after) {
          stack.push({pos, straight_double});
        } else if (t > 0 && doc.tokens[t - 1].kind == TokenKind::punct && ctx.word_after &&
                   (text[doc.tokens[t - 1].start] == u'\u00AB' || text[doc.tokens[t - 1].start] == u'\u201C' ||
                    text[doc.tokens[t - 1].start] == u'(')) {
          stack.push({pos, straight_double});
        }
        break;
      }
      case u'\'': {
        // ' ' only where clearly a quote: opened at a word start after a space,
        // closed at a word end, several words inside, within one sentence.
        Context ctx = context_at(text, pos);
        if (has_open(straight_single)) {
          if (ctx.word_before && ctx.boundary_after) {
            const Open& o = stack.items.back();
            bool several_words = false;
            for (size_t k = t; k > 0 && doc.tokens[k - 1].start > o.pos; --k)
              if (doc.tokens[k - 1].has(token_flags::space_before)) several_words = true;
            if (o.family == straight_single && several_words && sentence_end_after(o.pos + 1) >= pos)
              close(straight_single, pos);
            else if (o.family == straight_single)
              stack.pop_to(straight_single);
          }
        } else if (ctx.space_or_start_before && ctx.word_after && t + 1 < doc.tokens.size() &&
                   doc.tokens[t + 1].kind == TokenKind::word) {
          stack.push({pos, straight_single});
        }
        break;
      }
      default: break;
    }
  }
  cap_open_quote(paragraph_end);
  std::stable_sort(out.begin(), out.end(), [](const Quote& a, const Quote& b) { return a.span.start < b.span.start; });
}

}  // namespace dixit
