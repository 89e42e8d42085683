"""docs/api-python.md is executed, so that it cannot rot (issue 19 (1)).

The guide's convention (stated in its introduction):

* every ```python block runs; ```py blocks are excerpts and are not run;
* the first ```python block, under "The city of the examples", is the preamble:
  it opens a seeded platform ``p`` on a simulated clock;
* the ```python blocks of one ``##`` section run in order in one namespace,
  which starts as the preamble left it (each section gets a fresh platform).

A second test checks that every public operation of Platform and of its facades
(p.catalog, p.sharing, p.access, p.supervision) is named in the guide.
"""

from __future__ import annotations

import re
import types

import pytest

import govshare as gs
from conftest import REPO_ROOT

GUIDE = REPO_ROOT / "docs" / "api-python.md"
PREAMBLE_SECTION = "The city of the examples"


def _sections() -> list[tuple[str, list[tuple[int, str]]]]:
    """(## heading, [(line number, code)]) for every section with ```python blocks."""
    sections: list[tuple[str, list[tuple[int, str]]]] = []
    heading = ""
    block: list[str] | None = None
    start = 0
    for number, line in enumerate(GUIDE.read_text(encoding="utf-8").splitlines(), 1):
        if block is not None:
            if line.startswith("```"):
                if not sections or sections[-1][0] != heading:
                    sections.append((heading, []))
                sections[-1][1].append((start, "\n".join(block) + "\n"))
                block = None
            else:
                block.append(line)
        elif line.startswith("```python"):
            assert line.strip() == "```python", f"line {number}: use ```python (runs) or ```py (an excerpt)"
            block, start = [], number
        elif line.startswith("## "):
            heading = line[3:].strip()
    return sections


SECTIONS = _sections()


def _preamble() -> str:
    (blocks,) = [b for h, b in SECTIONS if h == PREAMBLE_SECTION]
    return blocks[0][1]


def _run(code: str, namespace: dict, where: str) -> None:
    exec(compile(code, where, "exec"), namespace)  # noqa: S102 - the guide is ours


@pytest.mark.parametrize("heading", [h for h, _ in SECTIONS], ids=lambda h: h[:40])
def test_every_python_block_of_the_guide_runs(heading: str, tmp_path, monkeypatch) -> None:
    # Files a snippet writes (city.db, …) stay out of the tree; examples/ is
    # where the guide's relative paths expect it.
    (tmp_path / "examples").symlink_to(REPO_ROOT / "examples")
    monkeypatch.chdir(tmp_path)
    namespace: dict = {"__name__": "guide"}
    blocks = dict(SECTIONS)[heading]
    if heading != PREAMBLE_SECTION:
        _run(_preamble(), namespace, f"{GUIDE.name}:preamble")
    try:
        for line, code in blocks:
            _run(code, namespace, f"{GUIDE.name}:{line}")
    finally:
        platform = namespace.get("p")
        if isinstance(platform, gs.Platform):
            platform.close()


def _public_methods(cls: type) -> list[str]:
    out = []
    for name, value in vars(cls).items():
        if name.startswith("_"):
            continue
        if isinstance(value, types.FunctionType) and (value.__doc__ or "").startswith("Deprecated"):
            continue  # a flat name of 0.1, forwarding to its facade
        out.append(name)
    return out


def test_every_public_operation_is_in_the_guide() -> None:
    text = GUIDE.read_text(encoding="utf-8")
    missing = []
    for cls in (gs.Platform, gs.CatalogService, gs.SharingService, gs.AccessService, gs.SupervisionService):
        for name in _public_methods(cls):
            # Named as code: `name`, `name(…)`, p.name(…) or the facade property p.catalog.
            if not re.search(rf"[`.]{re.escape(name)}[`(]", text) and f"p.{name}" not in text:
                missing.append(f"{cls.__name__}.{name}")
    assert missing == [], "operations the guide does not name"
    assert len(SECTIONS) >= 8 and PREAMBLE_SECTION in dict(SECTIONS)
