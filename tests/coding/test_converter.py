"""The converter rebuilds kg's coding tables from the PETRARCH dictionary exactly as committed."""

import importlib.util
import sys

import pytest

from tests.conftest import ROOT, SHARED

DICTIONARY = SHARED / "data" / "dictionaries" / "CAMEO.2.0.txt"


@pytest.fixture(scope="module")
def converter():
    spec = importlib.util.spec_from_file_location(
        "build_cameo_verbs", ROOT / "scripts" / "build_cameo_verbs.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_cameo_verbs"] = module
    spec.loader.exec_module(module)
    return module


def test_converter_reproduces_the_committed_tables(converter, tmp_path):
    converter.main(str(DICTIONARY), str(tmp_path))
    data = ROOT / "kg" / "coding" / "data"
    for name in ("cameo_verbs.tsv", "cameo_patterns.tsv", "cameo_synsets.tsv", "cameo_verb_forms.tsv"):
        assert (tmp_path / name).read_text(encoding="utf-8") == (data / name).read_text(encoding="utf-8"), (
            name
        )


def test_pattern_syntax(converter):
    row = converter._pattern("- &MILITARY * OFF {ARMS SHIPMENT} (TO +) (FROM ^) ")
    assert row["subject"] == "&military"
    assert row["particle"] == "off"
    assert row["object"] == "arms shipment"
    assert (row["prep"], row["prep_object"]) == ("to", "")
    assert row["prep2"] == "from"


def test_codes(converter):
    assert converter._codes("[042:043]") == ("042", "043")
    assert converter._codes("[---]") == ("-", "")
    assert converter._codes("[:173]") == ("", "173")


def test_licence_notice_is_kept():
    data = ROOT / "kg" / "coding" / "data"
    for name in ("cameo_verbs.tsv", "cameo_patterns.tsv", "cameo_synsets.tsv", "cameo_verb_forms.tsv"):
        head = (data / name).read_text(encoding="utf-8")[:300]
        assert "Open Event Data Alliance" in head and "MIT" in head
