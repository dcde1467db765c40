"""The installed package finds its lexicons; the console script and python -m work."""

from __future__ import annotations

import subprocess
import sys
import zipfile

import pytest

from .conftest import ROOT


@pytest.mark.slow
def test_wheel_contains_models(tmp_path):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        # hatchling may be absent from the test venv without build isolation
        result = subprocess.run(
            [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
            capture_output=True,
            text=True,
        )
    assert result.returncode == 0, result.stderr
    wheel = next(tmp_path.glob("claimline-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for lexicon in ("actors", "cues", "modality", "tiers", "scopes", "revision", "furniture"):
        assert f"claimline/models/{lexicon}.toml" in names
    assert "claimline/models/MODEL_CARD.md" in names
    # installed from the wheel (not the checkout), the lexicons are found inside the package
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), str(wheel)], check=True
    )
    code = "from claimline import lexicons; print(lexicons.models_dir()); print(len(lexicons.actors().actor))"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, env={"PYTHONPATH": str(target)}
    )
    assert out.returncode == 0, out.stderr
    where, count = out.stdout.split()
    assert where == str(target / "claimline" / "models")
    assert int(count) > 50


def test_lexicons_validate():
    from claimline import lexicons

    counts = lexicons.validate_all()
    assert set(counts) == set(lexicons.FILES)
    assert all(n > 0 for n in counts.values())


def test_user_lexicon_extends_shipped_one(tmp_path, monkeypatch):
    from claimline import lexicons
    from claimline.extraction import actors as actors

    (tmp_path / "actors.toml").write_text('[[actor]]\nname = "Quantum Widgets"\ntype = "company"\naliases = ["QW"]\n')
    monkeypatch.setenv("CLAIMLINE_LEXICONS", str(tmp_path))
    lexicons.load.cache_clear()
    actors.gazetteer.cache_clear()
    try:
        assert actors.canonical("QW") == "Quantum Widgets"
        assert actors.canonical("the Pentagon") == "U.S. Department of Defense"
    finally:
        monkeypatch.delenv("CLAIMLINE_LEXICONS")
        lexicons.load.cache_clear()
        actors.gazetteer.cache_clear()


def test_invalid_user_lexicon_is_one_clear_error(tmp_path, monkeypatch):
    from claimline import lexicons
    from claimline.errors import ClaimlineError

    (tmp_path / "scopes.toml").write_text('[[scope]]\nname = "Bad Name"\nterms = ["x"]\n')
    monkeypatch.setenv("CLAIMLINE_LEXICONS", str(tmp_path))
    lexicons.load.cache_clear()
    try:
        with pytest.raises(ClaimlineError, match="invalid lexicon scopes.toml: scope.11.name"):
            lexicons.scopes()
    finally:
        monkeypatch.delenv("CLAIMLINE_LEXICONS")
        lexicons.load.cache_clear()


def test_python_dash_m_and_console_script():
    out = subprocess.run([sys.executable, "-m", "claimline", "--version"], capture_output=True, text=True, check=True)
    assert out.stdout.startswith("claimline ")


def test_code_is_ruff_clean():
    ruff = ROOT / ".venv" / "bin" / "ruff"
    if not ruff.exists():
        pytest.skip("ruff is not installed in .venv")
    for args in (["check", "."], ["format", "--check", "."]):
        result = subprocess.run([str(ruff), *args], cwd=ROOT, capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr
