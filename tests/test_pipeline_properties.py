"""Property test (issue 8): extraction never raises, whatever Unicode text an article holds."""

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.datamodel import Article
from kg.pipeline import extract_from_articles

# Words that reach the extractor's rules (actors, event verbs, negation, modality, quotes, dates),
# mixed with arbitrary characters so that odd tokens land inside sentences it analyses.
WORDS = st.sampled_from(
    [
        "Russia",
        "NATO",
        "the",
        "Ukrainian",
        "President",
        "Zelensky",
        "U.S.",
        "EU",
        "China's",
        "rebels",
        "said",
        "rejected",
        "did",
        "not",
        "attack",
        "may",
        "threatened",
        "to",
        "sanction",
        "met",
        "with",
        "on",
        "Monday",
        "yesterday",
        "in",
        "Kyiv",
        "\u201c",
        "\u201d",
        '"',
        ",",
        ".",
        "?",
        "!",
        ";",
        "-",
        "\u2014",
        "\n",
        "\n\n",
        " ",
        "\t",
        "\u00a0",
        "\u200b",
        "\ufeff",
        "\ud7ff",
        "\U0001f600",
        "\u0627\u0644",
        "\u4e2d",
    ]
)
TEXTS = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(WORDS, st.text(max_size=4)), max_size=60).map(" ".join),
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS, date=st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1))))
def test_extraction_never_raises_on_any_text(nlp, text, date):
    article = Article(id="prop", text=text, date=date)
    ((seen, events),) = list(extract_from_articles([article], nlp=nlp))
    assert seen is article
    for event in events:
        assert 0 <= event.mention.char_start <= event.mention.char_end <= len(text)
        assert event.to_dict()["article_id"] == "prop"
