# Source this file to get a throwaway PostgreSQL cluster for the tests and benchmarks.
#
#   source scripts/pg-cluster.sh && pg_cluster_start   # exports CLAIMLINE_TEST_PG=postgresql://...
#   ...                                                 # run tests
#   pg_cluster_stop                                     # (also done by the EXIT trap it installs)
#
# The cluster lives in a temporary directory, listens on a Unix socket in that directory and on
# 127.0.0.1 (a free port), runs with fsync off (it is thrown away) and is stopped and deleted at exit.
# As root it runs as the `postgres` user (initdb refuses root); as root on Debian without the server
# binaries it installs Debian's `postgresql` package first. When no server can be had it says why and
# returns 1, leaving CLAIMLINE_TEST_PG unset, so the PostgreSQL tests skip.

_pg_bindir() {
  local d
  if command -v initdb >/dev/null && command -v pg_ctl >/dev/null; then
    dirname "$(readlink -f "$(command -v pg_ctl)")"
    return 0
  fi
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && { echo "$d"; return 0; }
  done
  return 1
}

_pg_free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

pg_cluster_start() {
  local bin
  if ! bin=$(_pg_bindir); then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      echo "pg-cluster: installing Debian's postgresql package" >&2
      (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) || true
    fi
    bin=$(_pg_bindir) || { echo "pg-cluster: no PostgreSQL server binaries; PostgreSQL tests will skip" >&2; return 1; }
  fi
  PG_CLUSTER_DIR=$(mktemp -d /tmp/claimline-pg.XXXXXX)
  local run=()
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres 2>/dev/null || true
    chown postgres "$PG_CLUSTER_DIR"
    chmod 755 "$PG_CLUSTER_DIR"
    run=(runuser -u postgres --)
  fi
  local port
  port=$(_pg_free_port)
  if ! "${run[@]}" "$bin/initdb" -D "$PG_CLUSTER_DIR/data" -U claimline --auth=trust -E UTF8 --no-locale \
    >"$PG_CLUSTER_DIR/initdb.log" 2>&1; then
    echo "pg-cluster: initdb failed:" >&2
    tail -5 "$PG_CLUSTER_DIR/initdb.log" >&2
    rm -rf "$PG_CLUSTER_DIR"
    return 1
  fi
  if ! "${run[@]}" "$bin/pg_ctl" -D "$PG_CLUSTER_DIR/data" -l "$PG_CLUSTER_DIR/server.log" -w -t 60 \
    -o "-k $PG_CLUSTER_DIR -h 127.0.0.1 -p $port -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100" \
    start >/dev/null; then
    echo "pg-cluster: server did not start:" >&2
    tail -5 "$PG_CLUSTER_DIR/server.log" >&2
    rm -rf "$PG_CLUSTER_DIR"
    return 1
  fi
  PG_CLUSTER_BIN=$bin
  PG_CLUSTER_RUN=("${run[@]}")
  "$bin/createdb" -h 127.0.0.1 -p "$port" -U claimline claimline_test
  export CLAIMLINE_TEST_PG="postgresql://claimline@127.0.0.1:$port/claimline_test"
  trap pg_cluster_stop EXIT
  echo "pg-cluster: PostgreSQL $("$bin/pg_ctl" --version | awk '{print $3}') at $CLAIMLINE_TEST_PG" >&2
}

pg_cluster_stop() {
  [ -n "${PG_CLUSTER_DIR:-}" ] || return 0
  "${PG_CLUSTER_RUN[@]}" "$PG_CLUSTER_BIN/pg_ctl" -D "$PG_CLUSTER_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$PG_CLUSTER_DIR"
  PG_CLUSTER_DIR=
  unset CLAIMLINE_TEST_PG
}
