import json

import pytest

from kg.errors import IngestError
from kg.ingest import read_articles


def _collect(paths, **kw):
    errors = []
    articles = list(read_articles(paths, on_error=errors.append, **kw))
    return articles, errors


def test_jsonl_records_and_bad_lines(tmp_path):
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": "NATO met Russia.", "date": "20220112", "title": "T", "url": "u"}),
        "{not json",
        json.dumps({"id": "a2", "text": ""}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "a3", "text": "Iran met France.", "date": "2020-02-02"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, errors = _collect([path])
    assert [a.id for a in articles] == ["a1", "a3"]
    assert articles[0].date.isoformat() == "2022-01-12"
    assert articles[0].url == "u"
    assert [e.line for e in errors] == [2, 3, 4]
    assert all(str(path) in str(e) for e in errors)


def test_directory_recurses_sorted_and_skips_other_files(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Second article about Iran.", encoding="utf-8")
    (tmp_path / "1.txt").write_text("First article about Syria.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("# not an article", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("hidden", encoding="utf-8")
    articles, errors = _collect([tmp_path])
    assert [a.text for a in articles] == ["First article about Syria.", "Second article about Iran."]
    assert errors == []


def test_bad_files_are_reported_and_the_batch_goes_on(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02 binary")
    good = tmp_path / "good.txt"
    good.write_text("Turkey warned Syria.", encoding="utf-8")
    (tmp_path / "x.pdf").write_bytes(b"%PDF-1.4")
    articles, errors = _collect([empty, binary, tmp_path / "missing.txt", tmp_path / "x.pdf", good])
    assert [a.text for a in articles] == ["Turkey warned Syria."]
    messages = [str(e) for e in errors]
    assert "empty.txt: file is empty" in messages[0]
    assert "binary" in messages[1]
    assert "no such file" in messages[2]
    assert "unsupported file type" in messages[3]


def test_strict_raises_first_error(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"  ")
    with pytest.raises(IngestError, match="empty"):
        list(read_articles([tmp_path / "empty.txt"], strict=True))


def test_invalid_utf8_is_replaced_with_a_warning(tmp_path, caplog):
    path = tmp_path / "latin.txt"
    path.write_bytes("Ankara criticised Paris \u2014 caf\xe9".encode("latin-1", errors="replace"))
    (article,) = list(read_articles([path]))
    assert "\ufffd" in article.text
    assert "invalid UTF-8" in caplog.text


def test_same_text_gives_same_id_in_any_folder(tmp_path):
    for sub in ("x", "y"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "a.txt").write_text("Russia warned Ukraine.", encoding="utf-8")
    (a,) = list(read_articles([tmp_path / "x"]))
    (b,) = list(read_articles([tmp_path / "y"]))
    assert a.id == b.id
    assert a.source != b.source


def test_metadata_sidecar_fills_dates_and_is_not_read_as_articles(tmp_path):
    folder = tmp_path / "wire"
    folder.mkdir()
    (folder / "001.txt").write_text("Egypt hosted talks between Israel and Hamas.", encoding="utf-8")
    (folder / "002.txt").write_text("Chile recalled its ambassador from Peru.", encoding="utf-8")
    records = [
        {"file": "wire/001.txt", "date": "2019-03-14", "title": "Talks in Cairo", "publisher": "Wire"},
        {"file": "wire/002.txt", "date": "2018-07-01"},
    ]
    (tmp_path / "metadata.jsonl").write_text(
        "\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8"
    )
    articles, errors = _collect([tmp_path])
    assert errors == []
    assert [(a.date.isoformat(), a.title) for a in articles] == [
        ("2019-03-14", "Talks in Cairo"),
        ("2018-07-01", None),
    ]
    assert articles[0].site == "Wire"
    # A single file finds the sidecar of the folder above it too.
    (single,) = list(read_articles([folder / "002.txt"]))
    assert single.date.isoformat() == "2018-07-01"


def test_sidecar_read_again_by_a_later_call_only_when_it_changed(tmp_path):
    # Each read_articles call has its own Sidecars; the process keeps the tables it read, so a
    # corpus read in chunks parses its sidecar once, but an edited sidecar is read afresh.
    folder = tmp_path / "desk"
    folder.mkdir()
    (folder / "a.txt").write_text("Norway thanked Kenya for the mediation.", encoding="utf-8")
    sidecar = tmp_path / "metadata.jsonl"
    sidecar.write_text(json.dumps({"file": "desk/a.txt", "date": "2020-05-04"}) + "\n", encoding="utf-8")
    (first,) = list(read_articles([folder / "a.txt"]))
    (again,) = list(read_articles([folder / "a.txt"]))
    assert first.date.isoformat() == again.date.isoformat() == "2020-05-04"
    sidecar.write_text(
        json.dumps({"file": "desk/a.txt", "date": "2021-11-30", "title": "Thanks"}) + "\n", encoding="utf-8"
    )
    (edited,) = list(read_articles([folder / "a.txt"]))
    assert (edited.date.isoformat(), edited.title) == ("2021-11-30", "Thanks")
    sidecar.unlink()
    (bare,) = list(read_articles([folder / "a.txt"]))
    assert bare.title is None and bare.date != edited.date


def test_jsonl_named_metadata_with_texts_is_still_read_as_articles(tmp_path):
    (tmp_path / "metadata.jsonl").write_text(
        json.dumps({"id": "m1", "text": "Peru protested to Chile.", "file": "x"}) + "\n", encoding="utf-8"
    )
    articles, errors = _collect([tmp_path])
    assert [a.id for a in articles] == ["m1"]
