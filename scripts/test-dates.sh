#!/usr/bin/env bash
# Runs the unit suite with the process clock set to dates that break date arithmetic: a Monday, a
# Sunday night, the last second-ish of a month, 29 February, both daylight-saving changes in a zone
# that has them, and New Year's Eve. Uses Debian's libfaketime (`apt-get install faketime`) for the
# Node process only; the machine's own clock is untouched, and timers keep real time
# (FAKETIME_DONT_FAKE_MONOTONIC). Usage: scripts/test-dates.sh [vitest args…]
set -uo pipefail
cd "$(dirname "$0")/.."
command -v faketime >/dev/null || { echo "needs faketime (apt-get install faketime)"; exit 2; }
dates=(
  'UTC|2026-12-07 09:00:00'              # a Monday morning
  'UTC|2026-12-06 23:50:00'              # a Sunday, ten minutes before the week turns
  'America/Mexico_City|2027-01-31 23:55:00' # the last day of a month, near midnight
  'Europe/London|2028-02-29 12:00:00'    # 29 February
  'Europe/Madrid|2027-03-28 03:30:00'    # the morning clocks went forward (02:00 → 03:00)
  'America/New_York|2027-11-07 01:30:00' # the hour that happens twice (clocks back at 02:00)
  'Pacific/Auckland|2026-12-31 23:50:00' # New Year's Eve, in the first zone to reach it
)
status=0
for entry in "${dates[@]}"; do
  zone="${entry%%|*}"
  when="${entry#*|}"
  echo "=== unit suite at $when ($zone)"
  if TZ="$zone" FAKETIME_DONT_FAKE_MONOTONIC=1 faketime "$when" npx vitest run "$@" >"test-results/dates-${when// /_}.log" 2>&1; then
    echo "    passed: $(sed 's/\x1b\[[0-9;]*m//g' "test-results/dates-${when// /_}.log" | grep -E '^\s+Tests ' | xargs)"
  else
    status=1
    echo "    FAILED; see test-results/dates-${when// /_}.log"
    grep -E 'FAIL |AssertionError|Expected|Received' "test-results/dates-${when// /_}.log" | sed 's/\x1b\[[0-9;]*m//g' | head -20
  fi
done
exit $status
