#!/usr/bin/env bash
# Behaviour of the native CLI: exit codes, messages, batch protocol.
set -u
fail=0
check() { if eval "$2"; then echo "ok   $1"; else echo "FAIL $1"; fail=1; fi; }
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT

printf 'Il a dit « oui ».' > "$tmp/ok.txt"
"$DIXIT" annotate "$tmp/ok.txt" > "$tmp/out.json"; rc=$?
check "annotate FILE exits 0" '[ $rc = 0 ]'
check "annotate prints the schema" 'grep -q "\"quotes\":\[{\"id\":\"q1\"" "$tmp/out.json"'

printf 'abc\xffdef' > "$tmp/bad.txt"
"$DIXIT" annotate "$tmp/bad.txt" > /dev/null 2> "$tmp/err"; rc=$?
check "invalid UTF-8 exits 2" '[ $rc = 2 ]'
check "invalid UTF-8 names the byte offset" 'grep -q "byte offset 3" "$tmp/err"'

printf 'text' | "$DIXIT" annotate - > /dev/null; rc=$?
check "annotate - reads stdin" '[ $rc = 0 ]'
"$DIXIT" annotate "$tmp/missing.txt" 2> "$tmp/err"; rc=$?
check "a missing file exits 2 with its name" '[ $rc = 2 ] && grep -q missing.txt "$tmp/err"'
"$DIXIT" annotate --lang xx "$tmp/ok.txt" 2> "$tmp/err"; rc=$?
check "an unknown language exits 2" '[ $rc = 2 ] && grep -q "unknown language" "$tmp/err"'
"$DIXIT" frobnicate 2> /dev/null; rc=$?
check "an unknown command exits 2" '[ $rc = 2 ]'
"$DIXIT" --help | grep -q "dixit batch"; rc=$?
check "--help documents batch" '[ $rc = 0 ]'
"$DIXIT" --version | grep -Eq '^dixit [0-9]+\.[0-9]+\.[0-9]+$'; rc=$?
check "--version prints the version" '[ $rc = 0 ]'

printf '%s\n' '{"id":"a","text":"« oui », dit-il.","lang":"fr"}' 'not json' '{"id":7}' '' '{"id":"b","text":"He said \"no\"."}' \
  | "$DIXIT" batch --threads 2 > "$tmp/batch.jsonl"; rc=$?
check "batch with a bad line exits 1" '[ $rc = 1 ]'
check "batch writes one line per non-blank input line" '[ "$(wc -l < "$tmp/batch.jsonl")" = 4 ]'
check "batch keeps input order" '[ "$(sed -n 1p "$tmp/batch.jsonl" | cut -c1-9)" = "{\"id\":\"a\"" ] && sed -n 4p "$tmp/batch.jsonl" | grep -q "^{\"id\":\"b\""'
check "a bad line gives id and error" 'sed -n 2p "$tmp/batch.jsonl" | grep -q "\"error\":\"invalid JSON" && sed -n 3p "$tmp/batch.jsonl" | grep -q "{\"id\":7,\"error\""'
"$DIXIT" batch --threads x < /dev/null 2> /dev/null; rc=$?
check "a bad --threads exits 2" '[ $rc = 2 ]'
exit $fail
