#!/usr/bin/env bash
# Builds this example against the heapwhy-junit installed in the local repository (run "mvn -B install
# -DskipTests" in heapwhy's folder first) and checks what a user would: the leaking test fails with a message
# naming the static field that leaks, and the clean tests pass.
set -uo pipefail
cd "$(dirname "$0")"
mvn -B -q test > target-check.log 2>&1
status=$?
report=target/surefire-reports
fail() { echo "junit-leak-check: $*" >&2; tail -40 target-check.log >&2; exit 1; }
[ "$status" -ne 0 ] || fail "the build passed, but InvoiceCacheTest leaks and must fail"
grep -q 'failures="1"' "$report/TEST-shop.InvoiceCacheTest.xml" || fail "InvoiceCacheTest did not fail"
grep -q 'piles up in static InvoiceCache.ENTRIES (HashMap)' "$report/TEST-shop.InvoiceCacheTest.xml" \
  || fail "InvoiceCacheTest's failure does not name static InvoiceCache.ENTRIES"
grep -q 'tests="2" errors="0" skipped="0" failures="0"' "$report/TEST-shop.PriceFormatterTest.xml" \
  || fail "PriceFormatterTest did not pass"
kept=$(grep -o 'dumps kept in [^)]*' "$report/TEST-shop.InvoiceCacheTest.xml" | head -1 | sed 's/dumps kept in //')
[ -n "$kept" ] && rm -rf "$kept"
rm -f target-check.log
echo "junit-leak-check: the leaking test failed naming static InvoiceCache.ENTRIES; the clean tests passed"
