"""Connecting to a PostgreSQL server on this machine skips TLS and GSSAPI negotiation
(``store.postgres.local_options``); another host's connection is as its URL says."""

from __future__ import annotations

import os
from typing import Any

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


@pytest.mark.parametrize(
    ("params", "env"),
    [
        ({"service": "prod", "dbname": "x"}, {}),  # a service entry names its own host and sslmode
        ({"dbname": "x"}, {"PGSERVICE": "prod"}),
        ({"dbname": "x"}, {"PGSERVICEFILE": "/etc/claimline/pg_service.conf"}),
    ],
)
def test_a_service_is_not_taken_for_this_machine(params: dict[str, str], env: dict[str, str]) -> None:
    assert local_options(params, env) == {}


_PG_ENV = ("PGHOST", "PGHOSTADDR", "PGSERVICE", "PGSERVICEFILE", "PGSSLMODE", "PGGSSENCMODE")


class FakeConnect:
    """``psycopg.connect`` recording the options of each call; the first call raises ``first_error``
    when one is set."""

    def __init__(self) -> None:
        self.calls: list[dict[str, Any]] = []
        self.first_error: Exception | None = None

    def __call__(self, url: str, **kwargs: Any) -> object:
        self.calls.append({k: kwargs[k] for k in ("sslmode", "gssencmode") if k in kwargs})
        if len(self.calls) == 1 and self.first_error is not None:
            raise self.first_error
        return object()


@pytest.fixture
def fake_connect(monkeypatch: pytest.MonkeyPatch) -> FakeConnect:
    psycopg = pytest.importorskip("psycopg")
    for var in _PG_ENV:
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("CLAIMLINE_LIBPQ", "off")  # psycopg from the start (else statements go through libpq first)
    fake = FakeConnect()
    monkeypatch.setattr(psycopg, "connect", fake)
    return fake


class FakePq:
    """``store.libpq.PqConnection`` recording the options of each connection; the first raises
    ``first_error`` when one is set."""

    calls: list[dict[str, str]] = []
    first_error: Exception | None = None

    def __init__(self, lib: Any, url: str, options: dict[str, str]) -> None:
        FakePq.calls.append(dict(options))
        if len(FakePq.calls) == 1 and FakePq.first_error is not None:
            raise FakePq.first_error


@pytest.fixture
def fake_pq(monkeypatch: pytest.MonkeyPatch) -> type[FakePq]:
    from claimline.store import libpq

    if libpq.library() is None:
        pytest.skip("no libpq found")
    for var in _PG_ENV:
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(FakePq, "calls", [])
    monkeypatch.setattr(FakePq, "first_error", None)
    monkeypatch.setattr(libpq, "PqConnection", FakePq)
    return FakePq


@pytest.mark.parametrize(
    ("url", "env", "expected"),
    [
        ("postgresql://u@127.0.0.1:5433/x", {}, LOCAL),
        ("postgresql://u@localhost/x", {}, LOCAL),
        ("postgresql:///x?host=/run/postgresql", {}, LOCAL),  # a Unix socket directory
        ("postgresql:///x?service=prod", {}, {}),  # the service file says where and how
        ("postgresql:///x", {"PGSERVICE": "prod"}, {}),
        ("postgresql:///x", {"PGSERVICEFILE": "/etc/claimline/pg_service.conf"}, {}),
        ("postgresql://u@db.example.org/x", {}, {}),
        ("postgresql://u@db.example.org/x?sslmode=verify-full", {}, {}),
    ],
)
def test_options_passed_to_connect(
    fake_connect: FakeConnect,
    monkeypatch: pytest.MonkeyPatch,
    url: str,
    env: dict[str, str],
    expected: dict[str, str],
) -> None:
    from claimline.store.postgres import PgConnection

    for var, value in env.items():
        monkeypatch.setenv(var, value)
    PgConnection(url)
    assert fake_connect.calls == [expected]


@pytest.mark.parametrize(
    "message",
    [
        'connection failed: FATAL:  no pg_hba.conf entry for host "127.0.0.1", user "u", database "x", no encryption',
        'FATAL:  no pg_hba.conf entry for host "127.0.0.1", user "u", database "x", SSL off',  # before PostgreSQL 14
    ],
)
def test_retry_as_the_url_says_when_the_server_wants_encryption(fake_connect: FakeConnect, message: str) -> None:
    import psycopg

    from claimline.store.postgres import PgConnection

    fake_connect.first_error = psycopg.OperationalError(message)
    PgConnection("postgresql://u@127.0.0.1/x")
    assert fake_connect.calls == [LOCAL, {}]


@pytest.mark.parametrize(
    "message",
    [
        'connection failed: FATAL:  password authentication failed for user "u"',
        'connection failed: FATAL:  database "x" does not exist',
        "connection failed: Connection refused",
    ],
)
def test_no_retry_on_other_connection_errors(fake_connect: FakeConnect, message: str) -> None:
    import psycopg

    from claimline.errors import ClaimlineError
    from claimline.store.postgres import PgConnection

    fake_connect.first_error = psycopg.OperationalError(message)
    with pytest.raises(ClaimlineError, match="cannot connect"):
        PgConnection("postgresql://u@127.0.0.1/x")
    assert fake_connect.calls == [LOCAL]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("postgresql://u@127.0.0.1:5433/x", LOCAL),
        ("postgresql:///x?host=/run/postgresql", LOCAL),
        ("postgresql:///x?service=prod", {}),
        ("postgresql://u@db.example.org/x", {}),
        ("postgresql://u@127.0.0.1/x?sslmode=require", {"gssencmode": "disable"}),
    ],
)
def test_options_of_a_libpq_connection(fake_pq: type[FakePq], url: str, expected: dict[str, str]) -> None:
    """The connection that reads through libpq (``store.libpq``) is made with the options psycopg's is."""
    from claimline.store.postgres import PgConnection

    PgConnection(url)
    assert fake_pq.calls == [expected]


def test_a_libpq_connection_retries_as_the_url_says_when_the_server_wants_encryption(fake_pq: type[FakePq]) -> None:
    from claimline.errors import ClaimlineError
    from claimline.store import libpq
    from claimline.store.postgres import PgConnection

    fake_pq.first_error = libpq.PqError(
        'connection failed: FATAL:  no pg_hba.conf entry for host "127.0.0.1", user "u", database "x", no encryption'
    )
    PgConnection("postgresql://u@127.0.0.1/x")
    assert fake_pq.calls == [LOCAL, {}]
    fake_pq.calls.clear()
    fake_pq.first_error = libpq.PqError('connection failed: FATAL:  password authentication failed for user "u"')
    with pytest.raises(ClaimlineError, match="cannot connect"):
        PgConnection("postgresql://u@127.0.0.1/x")
    assert fake_pq.calls == [LOCAL]


@pytest.mark.skipif(not os.environ.get("CLAIMLINE_TEST_PG"), reason="needs CLAIMLINE_TEST_PG")
def test_local_server_is_read_through_libpq_without_tls() -> None:
    from claimline.store import libpq
    from claimline.store.postgres import PgConnection

    if libpq.library() is None:
        pytest.skip("no libpq found")
    con = PgConnection(os.environ["CLAIMLINE_TEST_PG"])
    try:
        assert con._pq is not None
        assert con.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").fetchone() == (False,)
        assert con._con is None  # (read through libpq: psycopg not used)
    finally:
        con.close()
