import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.actors.names import _QUOTES, fold, normalize_name, tokenize

# Words with the characters tokenize treats specially: quotes, dashes, ampersands, dots, accents.
_WORD = st.one_of(
    st.text(alphabet=st.sampled_from(list("abcXYZé.'’`&–‑")), min_size=1, max_size=6),
    st.sampled_from(["'s", "s'", "U.S.", "The", "the", "Kremlin’s", "Al-Qaeda"]),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORD, min_size=1, max_size=5))
def test_slash_and_space_separate_words_alike(words):
    # "a b" is read on the quick path (str.split), "a / b" on the pattern: both must give the same words.
    assert tokenize(" ".join(words)) == tokenize(" / ".join(words))


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORD, min_size=1, max_size=5))
def test_unicode_spaces_separate_words_like_ascii_ones(words):
    assert tokenize(" ".join(words)) == tokenize("\u00a0".join(words))
    assert tokenize(" ".join(words)) == tokenize("\t ".join(words))


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORD, min_size=1, max_size=5))
def test_normalize_name_is_idempotent_on_any_words(words):
    once = normalize_name(" ".join(words))
    assert normalize_name(once) == once


def test_tokenize_reads_a_word_the_same_every_time():
    # The second reading comes from the memo of words; it must not differ from the first.
    first = tokenize("Zyxian Rebels of the U.S.-backed Front")
    assert tokenize("Zyxian Rebels of the U.S.-backed Front") == first
    assert [t.key for t in first] == ["zyxian", "rebels", "of", "the", "us", "backed", "front"]
    assert [t.upper for t in first][4] is True


def test_ampersand_and_backquote_are_read_in_plain_ascii_text_too():
    assert [t.key for t in tokenize("Trinidad&Tobago")] == ["trinidad", "and", "tobago"]
    assert [t.key for t in tokenize("Bosnia & Herzegovina")] == ["bosnia", "and", "herzegovina"]
    assert [t.possessive for t in tokenize("Russia`s troops")] == [True, False]


_FOLDED = list("aZ ’‘`´“”–—‐‑&éÉñçǅﬁ\u0301\u0327ŉ²Øß")


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(_FOLDED), max_size=30))
def test_fold_is_translate_nfkd_and_no_combining_marks(text):
    # The plain definition fold's quicker passes (str.replace, one translate of the marks) must keep.
    plain = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    assert fold(text) == "".join(ch for ch in plain if not unicodedata.combining(ch)).lower()
