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
for n in -1 257 99999999999999999999; do
  "$DIXIT" batch --threads $n < /dev/null 2> "$tmp/err"; rc=$?
  check "--threads $n is out of range: exit 2" '[ $rc = 2 ] && grep -q "from 0 (all cores) to 256" "$tmp/err"'
done

# Issue 20: the CLI never aborts. Every input or output failure is exit 2 and
# one line "dixit: ..." on standard error. one_line ERRFILE PATTERN
one_line() { [ "$(wc -l < "$1")" = 1 ] && grep -q "^dixit: .*$2" "$1"; }

"$DIXIT" annotate "$tmp" > "$tmp/out" 2> "$tmp/err"; rc=$?
check "a directory as FILE: exit 2, one line" '[ $rc = 2 ] && one_line "$tmp/err" "is a directory" && [ ! -s "$tmp/out" ]'
"$DIXIT" annotate - < "$tmp" > /dev/null 2> "$tmp/err"; rc=$?
check "a directory as standard input: exit 2, one line" '[ $rc = 2 ] && one_line "$tmp/err" "standard input is a directory"'
"$DIXIT" batch < "$tmp" > /dev/null 2> "$tmp/err"; rc=$?
check "batch from a directory: exit 2, one line" '[ $rc = 2 ] && one_line "$tmp/err" "cannot read standard input: Is a directory"'

# Unreadable: root reads anything, so as root the check runs as nobody.
cp "$tmp/ok.txt" "$tmp/secret.txt"; chmod 000 "$tmp/secret.txt"; chmod 755 "$tmp"
if [ "$(id -u)" != 0 ]; then
  "$DIXIT" annotate "$tmp/secret.txt" > /dev/null 2> "$tmp/err"; rc=$?
  check "an unreadable file: exit 2, one line" '[ $rc = 2 ] && one_line "$tmp/err" "cannot open .*secret.txt: Permission denied"'
elif command -v setpriv > /dev/null; then
  setpriv --reuid=65534 --regid=65534 --clear-groups "$DIXIT" annotate "$tmp/secret.txt" > /dev/null 2> "$tmp/err"; rc=$?
  check "an unreadable file (as nobody): exit 2, one line" '[ $rc = 2 ] && one_line "$tmp/err" "cannot open .*secret.txt: Permission denied"'
else
  echo "skip an unreadable file: running as root without setpriv"
fi

# A file that vanishes: between the listing that named it and dixit's open
# (a dangling symlink stands for it). Once open, a file removed by its name is
# still read whole, as POSIX keeps it until it is closed.
printf 'x' > "$tmp/gone.txt"; ln -s "$tmp/gone.txt" "$tmp/link.txt"; rm "$tmp/gone.txt"
"$DIXIT" annotate "$tmp/link.txt" > /dev/null 2> "$tmp/err"; rc=$?
check "a file that vanished: exit 2, one line" '[ $rc = 2 ] && one_line "$tmp/err" "cannot open .*link.txt: No such file or directory"'

# A FIFO is read like standard input once something is written to it. One that
# nothing is written to within --fifo-wait seconds (default 10) is exit 2; with
# --fifo-wait 0 dixit waits as cat does. Pipes from <(...) or | have their
# writer by construction and are never timed out.
mkfifo "$tmp/fifo"
( printf 'Il a dit « oui ».' > "$tmp/fifo" ) &
timeout 20 "$DIXIT" annotate "$tmp/fifo" > "$tmp/out" 2> "$tmp/err"; rc=$?
wait
check "a FIFO with a writer is read: exit 0" '[ $rc = 0 ] && grep -q "\"q1\"" "$tmp/out"'
start=$(date +%s)
timeout 20 "$DIXIT" annotate --fifo-wait 1 "$tmp/fifo" > /dev/null 2> "$tmp/err"; rc=$?
took=$(( $(date +%s) - start ))
check "a FIFO with no writer: exit 2 after --fifo-wait, one line" '[ $rc = 2 ] && [ $took -le 5 ] && one_line "$tmp/err" "is a FIFO that nothing was written to within 1 s"'
( sleep 2; printf 'Il a dit « oui ».' > "$tmp/fifo" ) &
timeout 20 "$DIXIT" annotate --fifo-wait 0 "$tmp/fifo" > "$tmp/out" 2> "$tmp/err"; rc=$?
wait
check "--fifo-wait 0 waits for a late writer" '[ $rc = 0 ] && grep -q "\"q1\"" "$tmp/out"'
timeout 20 "$DIXIT" annotate --fifo-wait 1 <(sleep 2; printf 'text') > /dev/null 2> "$tmp/err"; rc=$?
check "a slow <(...) pipe is not timed out" '[ $rc = 0 ] && [ ! -s "$tmp/err" ]'
"$DIXIT" annotate --fifo-wait x "$tmp/ok.txt" > /dev/null 2> "$tmp/err"; rc=$?
check "a bad --fifo-wait exits 2" '[ $rc = 2 ]'

# Read errors. /proc/self/mem fails with EIO at its first byte (address 0 is
# never mapped); a read error midway comes from tests/cli/read_fault.c
# (LD_PRELOAD: EIO once the file's offset reaches DIXIT_READ_FAULT_AFTER).
"$DIXIT" annotate /proc/self/mem > /dev/null 2> "$tmp/err"; rc=$?
check "a read error (/proc/self/mem): exit 2, one line" '[ $rc = 2 ] && one_line "$tmp/err" "cannot read /proc/self/mem: Input/output error"'
python3 -c "import sys; sys.stdout.write('Il a dit « oui ». ' * 20000)" > "$tmp/long.txt"
if [ -n "${DIXIT_READ_FAULT:-}" ]; then
  LD_PRELOAD="$DIXIT_READ_FAULT" DIXIT_READ_FAULT_AFTER=65536 "$DIXIT" annotate "$tmp/long.txt" > "$tmp/out" 2> "$tmp/err"; rc=$?
  check "a read error midway: exit 2, one line, no output" '[ $rc = 2 ] && one_line "$tmp/err" "cannot read .*long.txt: Input/output error (after 65536 bytes)" && [ ! -s "$tmp/out" ]'
  for i in $(seq 1 2000); do echo "{\"id\":$i,\"text\":\"Il a dit « oui ».\"}"; done > "$tmp/many.jsonl"
  LD_PRELOAD="$DIXIT_READ_FAULT" DIXIT_READ_FAULT_AFTER=40000 "$DIXIT" batch < "$tmp/many.jsonl" > "$tmp/out" 2> "$tmp/err"; rc=$?
  check "batch, a read error midway: exit 2, one line, the lines before answered" '[ $rc = 2 ] && one_line "$tmp/err" "cannot read standard input: Input/output error" && [ "$(wc -l < "$tmp/out")" -ge 512 ] && [ "$(wc -l < "$tmp/out")" -lt 2000 ]'
else
  echo "skip a read error midway: DIXIT_READ_FAULT (the read_fault shim) is not set"
fi
"$DIXIT" annotate /dev/zero > /dev/null 2> "$tmp/err"; rc=$?
check "an endless input (/dev/zero): exit 2, one line" '[ $rc = 2 ] && one_line "$tmp/err" "larger than 256 MiB"'
head -c 300000000 /dev/zero | "$DIXIT" batch > "$tmp/out" 2> "$tmp/err"; rc=$?
check "batch, a line over 256 MiB: an error answer, not all of it in memory" '[ $rc = 1 ] && [ "$(cat "$tmp/out")" = "{\"id\":null,\"error\":\"a line longer than 268435456 bytes\"}" ]'

# Output errors: a full disk is exit 2 and one line; a closed pipe ends dixit
# quietly by SIGPIPE as it ends any filter (exit 141), or, where SIGPIPE is
# ignored, is exit 2 and one line.
"$DIXIT" annotate "$tmp/ok.txt" > /dev/full 2> "$tmp/err"; rc=$?
check "annotate to a full device: exit 2, one line" '[ $rc = 2 ] && one_line "$tmp/err" "cannot write standard output: No space left on device"'
"$DIXIT" batch < "$tmp/many.jsonl" > /dev/full 2> "$tmp/err"; rc=$?
check "batch to a full device: exit 2, one line" '[ $rc = 2 ] && one_line "$tmp/err" "cannot write standard output"'
"$DIXIT" batch < "$tmp/many.jsonl" 2> "$tmp/err" | head -c 10 > /dev/null; rc=${PIPESTATUS[0]}
check "batch into a closed pipe: SIGPIPE, quietly" '{ [ $rc = 141 ] && [ ! -s "$tmp/err" ]; } || { [ $rc = 2 ] && one_line "$tmp/err" "Broken pipe"; }'

# The batch reader on hostile lines: each gets an answer, never an abort.
{
  printf '{"id":"bad-utf8","text":"abc\xff"}\n'
  printf '\xff\xfe not even JSON\n'
  python3 -c "print('{\"id\":' + '[' * 100000 + ']' * 100000 + ',\"text\":\"x\"}')"
  python3 -c "import json; print(json.dumps({'id': 'huge', 'text': 'Il a dit oui. ' * 1500000}))"
  printf '{"id":"last","text":"He said \\"no\\"."}\n'
} > "$tmp/hostile.jsonl"
"$DIXIT" batch < "$tmp/hostile.jsonl" > "$tmp/out" 2> "$tmp/err"; rc=$?
check "batch, hostile lines: exit 1, one answer each" '[ $rc = 1 ] && [ "$(wc -l < "$tmp/out")" = 5 ] && one_line "$tmp/err" "3 line(s) failed"'
check "batch, hostile lines: every answer is valid UTF-8 JSON" 'python3 -c "
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1], encoding=\"utf-8\")]
assert \"ill-formed UTF-8\" in lines[0][\"error\"] and lines[0][\"id\"] is None, lines[0]
assert lines[1][\"error\"].startswith(\"invalid JSON\"), lines[1]
assert \"nested deeper than 512\" in lines[2][\"error\"], lines[2]
assert lines[3][\"id\"] == \"huge\" and \"quotes\" in lines[3], str(lines[3])[:300]
assert lines[4][\"id\"] == \"last\" and lines[4][\"quotes\"], lines[4]
" "$tmp/out"'
exit $fail
