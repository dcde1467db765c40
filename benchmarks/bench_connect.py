"""What a PostgreSQL store's connection costs: claimline's ``PgConnection`` vs the URL as given.

Opens a connection and runs ``SELECT 1`` ``--runs`` times each way, interleaved (the first round
of each is a warm-up and not counted): ``psycopg.connect(URL)`` with libpq's defaults, and
:class:`claimline.store.postgres.PgConnection` (which, for a server on this machine, turns TLS and
GSSAPI negotiation off: ``local_options``). Prints the median client CPU and wall time of each, whether
TLS was in use, and the load average.

    source scripts/pg-cluster.sh && pg_cluster_start
    .venv/bin/python benchmarks/bench_connect.py "$CLAIMLINE_TEST_PG" --runs 15

For a server with TLS on (as Debian's packaged server has it), give the test cluster a self-signed
certificate first (in ``$PG_CLUSTER_DIR/data``, owned by the server's user)::

    openssl req -new -x509 -days 1 -nodes -subj /CN=localhost -keyout server.key -out server.crt
    psql "$CLAIMLINE_TEST_PG" -c "ALTER SYSTEM SET ssl = on" -c "SELECT pg_reload_conf()"
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from collections.abc import Callable
from typing import Any

from claimline.store.postgres import PgConnection, _import_psycopg


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("url", help="postgresql://... of a server to connect to")
    ap.add_argument("--runs", type=int, default=15, help="connections each way (default 15)")
    args = ap.parse_args()
    psycopg = _import_psycopg()
    ways: dict[str, Callable[[], Any]] = {
        "as given (libpq defaults)": lambda: psycopg.connect(args.url, autocommit=True, connect_timeout=10),
        "PgConnection": lambda: PgConnection(args.url, direct=False).con,
    }
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in ways}
    tls: dict[str, bool] = {}
    for run in range(args.runs + 1):
        for name, connect in ways.items():
            wall, cpu = time.perf_counter(), time.process_time()
            con = connect()
            con.execute("SELECT 1").fetchall()
            if run:
                times[name].append((time.process_time() - cpu, time.perf_counter() - wall))
            tls[name] = bool(con.pgconn.ssl_in_use)
            con.close()
    load = os.getloadavg()[0]
    for name, pairs in times.items():
        cpu_ms = statistics.median(c for c, _ in pairs) * 1000
        wall_ms = statistics.median(w for _, w in pairs) * 1000
        print(f"{name:28s} cpu {cpu_ms:5.1f} ms  wall {wall_ms:5.1f} ms  tls {tls[name]}  load {load:.1f}")


if __name__ == "__main__":
    main()
