"""Connecting to a PostgreSQL server on this machine skips TLS and GSSAPI negotiation
(``store.postgres.local_options``); another host's connection is as its URL says."""

from __future__ import annotations

import os

import pytest

from claimline.store.postgres import local_options

LOCAL = {"sslmode": "disable", "gssencmode": "disable"}


@pytest.mark.parametrize(
    ("params", "env", "expected"),
    [
        ({"host": "127.0.0.1", "dbname": "x"}, {}, LOCAL),
        ({"host": "localhost"}, {}, LOCAL),
        ({"host": "::1"}, {}, LOCAL),
        ({"host": "/run/postgresql"}, {}, LOCAL),  # a Unix socket directory
        ({"dbname": "x"}, {}, LOCAL),  # no host: libpq's Unix socket
        ({"host": "db.example.org"}, {}, {}),
        ({"host": "localhost,db.example.org"}, {}, {}),  # one remote host among several
        ({"host": "db.example.org", "hostaddr": "127.0.0.1"}, {}, {}),
        ({"dbname": "x"}, {"PGHOST": "db.example.org"}, {}),
        ({"host": "127.0.0.1", "sslmode": "require"}, {}, {"gssencmode": "disable"}),  # the URL's own choice
        ({"host": "127.0.0.1"}, {"PGSSLMODE": "verify-full"}, {"gssencmode": "disable"}),
        ({"host": "127.0.0.1"}, {"PGSSLMODE": "require", "PGGSSENCMODE": "require"}, {}),
    ],
)
def test_local_options(params: dict[str, str], env: dict[str, str], expected: dict[str, str]) -> None:
    assert local_options(params, env) == expected


@pytest.mark.skipif(not os.environ.get("CLAIMLINE_TEST_PG"), reason="needs CLAIMLINE_TEST_PG")
def test_local_server_is_reached_without_tls() -> None:
    from claimline.store.postgres import PgConnection

    con = PgConnection(os.environ["CLAIMLINE_TEST_PG"])
    try:
        assert con.execute("SELECT 1").fetchone() == (1,)
        assert not con.con.pgconn.ssl_in_use
    finally:
        con.con.close()
