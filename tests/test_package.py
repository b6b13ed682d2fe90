"""The package as a user meets it: import without side effects, lazy API, notebooks stripped."""

import json
import subprocess
import sys
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_kg_loads_no_heavy_module():
    code = (
        "import sys, kg; heavy = [m for m in ('spacy', 'pyvis', 'pandas', 'pyoxigraph') if m in sys.modules];"
        "print(','.join(heavy))"
    )
    out = subprocess.run(
        [sys.executable, "-W", "error", "-c", code], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == ""


def test_public_api_resolves():
    import kg

    for name in kg.__all__:
        value = getattr(kg, name)
        assert value is not None
        assert not isinstance(value, types.ModuleType), f"kg.{name} is a module, not the API's {name}"
    assert kg.rdf.open_store is not None


def test_the_readme_extracts_events_through_the_package():
    import kg

    events = list(kg.extract_events([ROOT / "seeds"]))
    assert events
    assert all(isinstance(e, kg.Event) for e in events)


def test_notebooks_are_committed_without_outputs():
    for path in (ROOT / "notebooks").glob("*.ipynb"):
        nb = json.loads(path.read_text(encoding="utf-8"))
        for cell in nb["cells"]:
            if cell["cell_type"] == "code":
                assert cell.get("outputs") == [], f"{path.name} has outputs"
                assert cell.get("execution_count") is None, f"{path.name} has execution counts"
