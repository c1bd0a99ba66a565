#!/usr/bin/env bash
# The test command: bash scripts/test.sh
#
# Installs what is missing (Debian's postgresql and chromium), starts a throwaway PostgreSQL cluster on
# 127.0.0.1, builds once, then runs
#   1. tests/Bridgework.Tests on SQLite (in memory),
#   2. tests/Bridgework.Tests again on PostgreSQL,
#   3. tests/Bridgework.EndToEnd (Chromium against the app on a real port) on PostgreSQL,
# and always stops and removes the cluster, even on failure or Ctrl+C. Exits non-zero when anything failed.
#
# Each run's console output and .trx land in TestResults/ (runs.txt names the runs expected);
# .ci/run adds them up. Set BRIDGEWORK_TEST_POSTGRES to use a PostgreSQL server of your own instead of
# a throwaway cluster. Extra arguments go to every `dotnet test`, e.g. --filter "FullyQualifiedName~SignIn".
set -uo pipefail

cd "$(dirname "$0")/.."
repo=$(pwd)
results="$repo/TestResults"
# shellcheck source=lib/debian.sh
. scripts/lib/debian.sh
# shellcheck source=lib/postgres.sh
. scripts/lib/postgres.sh

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export NUGET_XMLDOC_MODE=skip
started=$(date +%s)

own_cluster=false
child=""
cleanup() {
  local status=$?
  if $own_cluster; then
    pg_stop_cluster
  fi
  exit "$status"
}
interrupted() {
  echo "Interrupted." >&2
  if [ -n "$child" ]; then
    # The test run has its own process group (see in_background): end it and everything it started.
    kill -TERM -- "-$child" 2>/dev/null
    sleep 3
    kill -KILL -- "-$child" 2>/dev/null
  fi
  exit 130
}
trap cleanup EXIT
trap interrupted INT TERM HUP

# Runs a command in its own process group with its output shown and copied to a file, and waits for it
# in a way a signal can interrupt (bash runs traps only between commands, and `wait` is one).
#   in_background LOGFILE command args...
in_background() {
  local log=$1 status
  shift
  setsid bash -c '"$@" 2>&1 | tee "$0"; exit "${PIPESTATUS[0]}"' "$log" "$@" </dev/null &
  child=$!
  wait "$child"
  status=$?
  child=""
  return "$status"
}

rm -rf "$results"
mkdir -p "$results"
# The runs this script means to make, so that a run that never printed its summary counts as crashed.
printf '%s\n' sqlite postgres end-to-end >"$results/runs.txt"

step() { printf '\n== %s\n' "$*"; }

step "Checking tools"
command -v dotnet >/dev/null || { echo "The .NET 10 SDK is missing (dotnet not on PATH)." >&2; exit 1; }
command -v npm >/dev/null || { echo "Node.js and npm are missing: the build restores front-end packages with npm." >&2; exit 1; }
needs=("/usr/bin/chromium:chromium")
if [ -z "${BRIDGEWORK_TEST_POSTGRES:-}" ]; then
  needs+=("/usr/lib/postgresql/*/bin/initdb:postgresql")
fi
ensure_debian_packages "${needs[@]}" || exit 1

step "Building"
restore_args=()
if [ "${CI:-}" = true ]; then
  restore_args+=(--locked-mode) # CI builds exactly what the lock files say
fi
in_background "$results/restore.log" dotnet restore Bridgework.slnx "${restore_args[@]}" -v q || exit 1
in_background "$results/build.log" dotnet build Bridgework.slnx --no-restore -nologo -v q -clp:NoSummary || exit 1

if [ -z "${BRIDGEWORK_TEST_POSTGRES:-}" ]; then
  step "Starting PostgreSQL"
  own_cluster=true
  # A throwaway cluster: durability is not worth the time here.
  pg_start_cluster -c fsync=off -c synchronous_commit=off -c full_page_writes=off || exit 1
  postgres_server=$PG_CONNECTION
else
  postgres_server=$BRIDGEWORK_TEST_POSTGRES
  echo "Using the PostgreSQL server in BRIDGEWORK_TEST_POSTGRES."
fi

failed_runs=()
# run NAME PROJECT [env assignments...] -- runs one test project, keeping its console output and trx.
run() {
  local name=$1 project=$2
  shift 2
  step "Tests: $name ($project)"
  in_background "$results/$name.log" env "$@" dotnet test "$project" --no-build --nologo \
    --logger "trx;LogFileName=$name.trx" --results-directory "$results" \
    --blame-hang-timeout 10m --blame-hang-dump-type none \
    "${test_args[@]}"
  local status=$?
  # Judge the run by what its tests did: the summary line. An exit code alone is not enough either way:
  # a run stopped from outside after its summary exits non-zero though every test ran and passed.
  local summary
  summary=$(grep -hE '^(Passed|Failed)! +- +Failed:' "$results/$name.log" | tail -n 1)
  if [ -z "$summary" ] || ! grep -qE 'Failed: +0,' <<<"$summary"; then
    failed_runs+=("$name")
  elif [ "$status" -ne 0 ]; then
    echo "Note: dotnet test exited $status for $name although its summary reports no failure." >&2
  fi
}
test_args=("$@")

run sqlite tests/Bridgework.Tests BRIDGEWORK_TEST_POSTGRES=
run postgres tests/Bridgework.Tests BRIDGEWORK_TEST_POSTGRES="$postgres_server"
run end-to-end tests/Bridgework.EndToEnd BRIDGEWORK_TEST_POSTGRES="$postgres_server"

step "Summary ($(( $(date +%s) - started )) s)"
for name in $(cat "$results/runs.txt"); do
  line=$(grep -hE '^(Passed|Failed)! +- +Failed:' "$results/$name.log" 2>/dev/null | tail -n 1)
  printf '  %-11s %s\n' "$name" "${line:-no summary: the run crashed or did not start}"
done
if [ ${#failed_runs[@]} -gt 0 ]; then
  echo "  Failing: ${failed_runs[*]}"
  exit 1
fi
