#!/usr/bin/env bash
# A 36-second campaign (scripts/fuzz --campaign 0.01) on copies of
# docs/robustness.md, tests/fuzz/corpus and tests/fuzz/regressions: it must
# append one section with a row per harness, rewrite the running totals, merge
# a corpus back, and leave the real files alone. About 1.5 minutes with the
# fuzz build already done; not in ctest (the lead runs it by hand:
# bash tests/fuzz/campaign_test.sh).
set -u
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
fail=0
check() { if eval "$2"; then echo "ok   $1"; else echo "FAIL $1"; fail=1; fi; }
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
cp "$ROOT/docs/robustness.md" "$tmp/robustness.md"
cp -r "$ROOT/tests/fuzz/corpus" "$tmp/corpus" 2>/dev/null || mkdir "$tmp/corpus"
cp -r "$ROOT/tests/fuzz/regressions" "$tmp/regressions"
before_doc="$(sha256sum < "$ROOT/docs/robustness.md")"
before_corpus="$(cd "$ROOT/tests/fuzz" && find corpus -type f 2>/dev/null | sort | sha256sum)"

started=$(date +%s)
"$ROOT/scripts/fuzz" --campaign 0.01 --record "$tmp/robustness.md" --corpus-dir "$tmp/corpus" \
  --regressions "$tmp/regressions" > "$tmp/out" 2> "$tmp/err"; rc=$?
took=$(( $(date +%s) - started ))
check "a short campaign exits 0" '[ $rc = 0 ] || { tail -30 "$tmp/err"; false; }'
check "it fuzzed 12 s per harness (36 s in all)" '[ $took -ge 36 ] && grep -q "campaign: 0.01 h, 12 s per harness (9 s with inputs up to 4096 bytes)" "$tmp/err"'
check "the record keeps what it had (only the totals rewritten)" 'python3 - "$ROOT/docs/robustness.md" "$tmp/robustness.md" <<"PY"
import re, sys
old, new = (open(p, encoding="utf-8").read() for p in sys.argv[1:])
block = re.compile(r"<!-- totals:begin -->.*?<!-- totals:end -->", re.S)
old, new = block.sub("", old), block.sub("", new)
sys.exit(0 if new.startswith(old.rstrip("\n")) else 1)
PY'
check "one campaign section appended" '[ "$(grep -c "^### Campaign of" "$tmp/robustness.md")" = $(( $(grep -c "^### Campaign of" "$ROOT/docs/robustness.md") + 1 )) ]'
for h in annotate json batch; do
  check "a row for $h with executions, cov and ft" 'tail -8 "$tmp/robustness.md" | grep -Eq "^\| $h \| [1-9][0-9,]* \| 0\.0[0-9] \| [0-9]+ \| [1-9][0-9,]* \([0-9]+\) \| [1-9][0-9,]* \([0-9]+\) \| [0-9]+ \| [0-9]+ \| [0-9]+ files, [0-9]+ KB \| none \|$"'
  check "the totals list $h" 'sed -n "/<!-- totals:begin -->/,/<!-- totals:end -->/p" "$tmp/robustness.md" | grep -Eq "^\| $h \| [1-9][0-9,]* \| "'
  check "the $h corpus is merged back" '[ -n "$(ls -A "$tmp/corpus/$h" 2>/dev/null)" ]'
done
check "the machine is named" 'grep -q "machine: nproc $(nproc)" "$tmp/robustness.md"'
check "the real record is untouched" '[ "$(sha256sum < "$ROOT/docs/robustness.md")" = "$before_doc" ]'
check "the real corpus is untouched" '[ "$(cd "$ROOT/tests/fuzz" && find corpus -type f 2>/dev/null | sort | sha256sum)" = "$before_corpus" ]'
check "a wrong number of hours is refused" '! "$ROOT/scripts/fuzz" --campaign -1 --record "$tmp/robustness.md" 2> /dev/null && ! "$ROOT/scripts/fuzz" --campaign x --record "$tmp/robustness.md" 2> /dev/null'
exit $fail
