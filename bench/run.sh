#!/usr/bin/env bash
# Bridgework's load benchmark: bash bench/run.sh
#
# Builds Release, starts a throwaway PostgreSQL cluster (scripts/lib/postgres.sh) and the app on
# 127.0.0.1, loads statewide-scale data (bench/data.sql), signs in as the demo coalition admin with curl,
# and runs wrk against each page for a bounded time. Prints requests/sec and latency per page, and each
# page's ratio to /health/ready measured in the same run, so figures from different machines compare.
# Stops and removes everything it started, even on failure or Ctrl+C. Nothing here is a test: it
# prints figures and asserts nothing. See bench/README.md.
#
# Settings (environment): BENCH_DURATION (10s), BENCH_WARMUP (3s), BENCH_THREADS (2), BENCH_CONNECTIONS (16),
# BENCH_COALITIONS (25), BENCH_STAFF (2000 a coalition), BENCH_PORT (first port tried for the app, 5290).
set -uo pipefail

cd "$(dirname "$0")/.."
repo=$(pwd)
# shellcheck source=../scripts/lib/debian.sh
. scripts/lib/debian.sh
# shellcheck source=../scripts/lib/postgres.sh
. scripts/lib/postgres.sh

duration=${BENCH_DURATION:-10s}
warmup=${BENCH_WARMUP:-3s}
threads=${BENCH_THREADS:-2}
connections=${BENCH_CONNECTIONS:-16}
coalitions=${BENCH_COALITIONS:-25}
staff=${BENCH_STAFF:-2000}
email=coalition.admin@demo.test
password=Bridgework-demo-2026

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
out="$repo/bench/results/$(date -u +%Y%m%d-%H%M%S)"
mkdir -p "$out"

app=""
cleanup() {
  local status=$?
  if [ -n "$app" ]; then
    kill -TERM -- "-$app" 2>/dev/null
    for _ in 1 2 3 4 5 6 7 8 9 10; do kill -0 "$app" 2>/dev/null || break; sleep 1; done
    kill -KILL -- "-$app" 2>/dev/null
  fi
  pg_stop_cluster
  exit "$status"
}
trap cleanup EXIT
trap 'echo "Interrupted." >&2; exit 130' INT TERM HUP

ensure_debian_packages "/usr/lib/postgresql/*/bin/initdb:postgresql" "/usr/bin/wrk:wrk" "/usr/bin/curl:curl" || exit 1

echo "== Building Release"
dotnet build src/Bridgework.Web -c Release -nologo -v q -clp:NoSummary || exit 1

echo "== Starting PostgreSQL"
pg_start_cluster || exit 1
connection="$PG_CONNECTION;Database=bridgework_bench"

port=${BENCH_PORT:-5290}
while pg_port_in_use "$port"; do port=$((port + 1)); done
base="http://127.0.0.1:$port"

echo "== Starting the app on $base"
# Staging behaves as Production does (JSON logs, no developer pages) but still seeds the demo network,
# whose coalition admin signs in below.
(
  cd src/Bridgework.Web &&
    exec setsid env ASPNETCORE_ENVIRONMENT=Staging ASPNETCORE_URLS="$base" \
      Database__Provider=Postgres ConnectionStrings__Bridgework="$connection" \
      Mail__PickupFolder="$out/mail" \
      dotnet bin/Release/net10.0/Bridgework.Web.dll
) >"$out/app.log" 2>&1 </dev/null &
app=$!

ready=false
for _ in $(seq 1 120); do
  if [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/health/ready")" = 200 ]; then ready=true; break; fi
  kill -0 "$app" 2>/dev/null || break
  sleep 1
done
$ready || { echo "The app did not become ready; its log:" >&2; tail -n 40 "$out/app.log" >&2; exit 1; }

echo "== Loading $coalitions coalitions with $staff staff each"
loaded=$(date +%s)
pg_psql -d bridgework_bench -v coalitions="$coalitions" -v staff="$staff" -f bench/data.sql || exit 1
echo "   loaded in $(( $(date +%s) - loaded )) s"

echo "== Signing in as $email"
jar="$out/cookies.txt"
token=$(curl -s -c "$jar" -b "$jar" "$base/Account/SignIn" |
  grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')
[ -n "$token" ] || { echo "No antiforgery token on the sign-in page." >&2; exit 1; }
status=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" \
  --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "Input.Email=$email" \
  --data-urlencode "Input.Password=$password" "$base/Account/SignIn")
[ "$status" = 302 ] || { echo "Sign-in answered $status instead of a redirect." >&2; exit 1; }
# The jar is Netscape format; HttpOnly cookies are the lines starting with #HttpOnly_.
cookie=$(awk -F '\t' 'NF >= 7 && ($1 !~ /^#/ || $1 ~ /^#HttpOnly_/) { printf "%s%s=%s", sep, $6, $7; sep = "; " }' "$jar")

coalition_id=$(pg_psql -d bridgework_bench -At -c "SELECT \"Id\" FROM \"Coalitions\" WHERE \"Slug\" = 'valle-central'")
profile_id=$(pg_psql -d bridgework_bench -At -c "SELECT \"Id\" FROM \"StaffMember\" WHERE \"CoalitionId\" = '$coalition_id'
  ORDER BY \"LegalLastName\", \"LegalFirstName\", \"Id\" OFFSET 1000 LIMIT 1")

# name|path|signed in?
pages=(
  "health/ready|/health/ready|no"
  "sign-in page|/Account/SignIn|no"
  "home|/|yes"
  "directory, page 1|/People|yes"
  "directory, filtered, sorted, deep|/People?language=es&status=all&sort=hired&dir=desc&p=40|yes"
  "staff profile|/People/Staff/$profile_id|yes"
  "training compliance|/Training/Compliance|yes"
  "training reports|/Training/Reports|yes"
  "placements on the ladder|/Careers/Placements|yes"
  "pay equity|/Careers/Equity|yes"
  "hiring reports|/Hiring/Reports|yes"
)

to_ms() { # wrk prints 850.00us, 1.23ms or 1.02s
  awk -v v="$1" 'BEGIN {
    if (v ~ /us$/) { sub(/us$/, "", v); printf "%.2f", v / 1000 }
    else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.2f", v }
    else if (v ~ /s$/) { sub(/s$/, "", v); printf "%.2f", v * 1000 }
    else printf "%s", v }'
}

echo "== wrk: $threads threads, $connections connections, $warmup warm-up then $duration per page"
results=()
notes=()
for entry in "${pages[@]}"; do
  IFS='|' read -r name path auth <<<"$entry"
  headers=()
  [ "$auth" = yes ] && headers=(-H "Cookie: $cookie")
  code=$(curl -s -o "$out/page.html" -w '%{http_code}' "${headers[@]}" "$base$path")
  if [ "$code" != 200 ]; then
    echo "   $name ($path): answered $code, not measured"
    results+=("$name|$code|-|-|-|-|-")
    continue
  fi
  wrk -t"$threads" -c"$connections" -d"$warmup" "${headers[@]}" "$base$path" >/dev/null 2>&1
  file="$out/wrk-$(echo "$name" | tr -c 'a-z0-9' '-').txt"
  wrk -t"$threads" -c"$connections" -d"$duration" --latency "${headers[@]}" "$base$path" >"$file" 2>&1
  rps=$(awk '/^Requests\/sec:/ { print $2 }' "$file")
  avg=$(to_ms "$(awk '$1 == "Latency" && NF >= 5 { print $2; exit }' "$file")")
  p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$file")")
  p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$file")")
  bad=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' "$file")
  total=$(awk '/requests in/ { print $1 }' "$file")
  if [ -n "$bad" ] && [ -n "$total" ]; then
    notes+=("$name: $bad of $total responses were not 2xx or 3xx (429 is the sign-in rate limit); its figures measure refusals, not the page.")
  fi
  errors=$(awk '/Socket errors:/ { sub(/.*Socket errors: /, ""); print }' "$file")
  echo "   $name: ${rps:-?} req/s, p50 ${p50:-?} ms, p99 ${p99:-?} ms${bad:+, $bad non-2xx}${errors:+, socket errors: $errors}"
  results+=("$name|$code|${rps:-0}|${avg:-0}|${p50:-0}|${p99:-0}|${bad:-0}")
done

health_rps=$(cut -d'|' -f3 <<<"${results[0]}")
health_p50=$(cut -d'|' -f5 <<<"${results[0]}")
{
  echo
  echo "Bridgework benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo "$coalitions coalitions x $staff staff on PostgreSQL; wrk $threads threads, $connections connections, $duration per page"
  echo
  printf '%-34s %6s %10s %9s %9s %9s %9s %12s %12s\n' page status 'req/s' 'avg ms' 'p50 ms' 'p99 ms' non-2xx 'vs ready' 'p50 x ready'
  for row in "${results[@]}"; do
    IFS='|' read -r name code rps avg p50 p99 bad <<<"$row"
    if [ "$rps" = - ]; then
      printf '%-34s %6s %10s %9s %9s %9s %9s %12s %12s\n' "$name" "$code" - - - - - - -
      continue
    fi
    share=$(awk -v a="$rps" -v b="$health_rps" 'BEGIN { if (b > 0) printf "%.3f", a / b; else print "-" }')
    slower=$(awk -v a="$p50" -v b="$health_p50" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "-" }')
    printf '%-34s %6s %10s %9s %9s %9s %9s %12s %12s\n' "$name" "$code" "$rps" "$avg" "$p50" "$p99" "$bad" "$share" "$slower"
  done
  for note in "${notes[@]}"; do echo "Note: $note"; done
  echo
  echo "vs ready: the page's requests/sec as a share of /health/ready's; p50 x ready: its median latency as a"
  echo "multiple of /health/ready's. Raw wrk output and the app's log: $out"
} | tee "$out/summary.txt"
