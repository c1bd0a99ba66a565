# A throwaway PostgreSQL cluster on 127.0.0.1, for the tests and the benchmarks. Sourced, not run.
#
#   pg_start_cluster [-c setting=value ...]   starts one, sets PG_PORT, PG_PASSWORD, PG_CONNECTION, PG_ROOT
#   pg_stop_cluster                            stops it and removes its files (safe to call twice)
#   pg_psql [args...]                          psql as postgres against it
#
# The cluster lives in a new folder under /tmp (which the postgres user can reach), owned by the
# postgres user that Debian's packages create; it listens only on 127.0.0.1, on the first free port from
# ${BRIDGEWORK_PG_PORT:-55432}, and keeps its socket in its own folder, so it never meets the system's
# cluster or another run's.
# Clusters left by runs that were killed (their owner process is gone) are stopped and removed first.

PG_PASSWORD=${BRIDGEWORK_PG_PASSWORD:-postgres}
PG_ROOT=""
PG_PORT=""
PG_CONNECTION=""

pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$dir" ] || { echo "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin)." >&2; return 1; }
  echo "$dir"
}

# Runs a command as the postgres user. Root uses su; the postgres user itself runs it directly.
pg_as_postgres() {
  if [ "$(id -un)" = postgres ]; then
    bash -c "$1"
  else
    # From / so that a working directory the postgres user cannot read does not matter.
    su postgres -s /bin/bash -c "cd / && $1" </dev/null
  fi
}

pg_port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

pg_remove_stale_clusters() {
  local root owner bin
  bin=$(pg_bin) || return 1
  for root in /tmp/bridgework-pg.*; do
    [ -d "$root" ] || continue
    owner=$(cat "$root/owner" 2>/dev/null || echo "")
    if [ -n "$owner" ] && kill -0 "$owner" 2>/dev/null; then
      continue # another run is still using it
    fi
    if [ -f "$root/data/postmaster.pid" ]; then
      echo "Stopping a cluster left by an earlier run: $root"
      pg_as_postgres "'$bin/pg_ctl' -D '$root/data' -m immediate -w -t 30 stop" >/dev/null 2>&1 || true
    fi
    rm -rf "$root"
  done
}

pg_start_cluster() {
  local bin port tries=0
  bin=$(pg_bin) || return 1
  pg_remove_stale_clusters

  PG_ROOT=$(mktemp -d /tmp/bridgework-pg.XXXXXX)
  echo $$ >"$PG_ROOT/owner"
  printf '%s\n' "$PG_PASSWORD" >"$PG_ROOT/pwfile"
  chmod 755 "$PG_ROOT"
  chown -R postgres: "$PG_ROOT" 2>/dev/null || true

  pg_as_postgres "'$bin/initdb' -D '$PG_ROOT/data' -U postgres --pwfile='$PG_ROOT/pwfile' \
      --auth-local=trust --auth-host=scram-sha-256 --encoding=UTF8 --no-locale --no-sync" \
      >"$PG_ROOT/initdb.log" 2>&1 || { cat "$PG_ROOT/initdb.log" >&2; return 1; }

  port=${BRIDGEWORK_PG_PORT:-55432}
  while :; do
    while pg_port_in_use "$port"; do port=$((port + 1)); done
    # shellcheck disable=SC2145
    if pg_as_postgres "'$bin/pg_ctl' -D '$PG_ROOT/data' -l '$PG_ROOT/server.log' -w -t 60 \
        -o \"-c listen_addresses=127.0.0.1 -p $port -k '$PG_ROOT' -c max_connections=200 $*\" start" >/dev/null; then
      break
    fi
    tries=$((tries + 1))
    if [ "$tries" -ge 5 ]; then
      echo "PostgreSQL did not start; its log:" >&2
      tail -n 30 "$PG_ROOT/server.log" >&2
      return 1
    fi
    port=$((port + 1)) # someone took the port between the check and the start: try the next one
  done

  PG_PORT=$port
  PG_CONNECTION="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Password=$PG_PASSWORD"
  export PG_PORT PG_PASSWORD PG_CONNECTION PG_ROOT
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') is running on 127.0.0.1:$PG_PORT (files in $PG_ROOT)."
}

pg_stop_cluster() {
  [ -n "$PG_ROOT" ] && [ -d "$PG_ROOT" ] || return 0
  local bin
  bin=$(pg_bin) || return 0
  if [ -f "$PG_ROOT/data/postmaster.pid" ]; then
    pg_as_postgres "'$bin/pg_ctl' -D '$PG_ROOT/data' -m fast -w -t 30 stop" >/dev/null 2>&1 ||
      pg_as_postgres "'$bin/pg_ctl' -D '$PG_ROOT/data' -m immediate -w -t 30 stop" >/dev/null 2>&1 || true
  fi
  rm -rf "$PG_ROOT"
  echo "PostgreSQL on port $PG_PORT stopped and removed."
  PG_ROOT=""
}

pg_psql() {
  PGPASSWORD=$PG_PASSWORD "$(pg_bin)/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -X -q "$@"
}
