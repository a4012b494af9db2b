from pathlib import Path

import pytest
from goldcheck import check  # pytest puts tests/ on sys.path (it has no __init__.py)

TESTS = Path(__file__).parent


@pytest.mark.parametrize(
    ("gold_dir", "articles_dir"),
    [
        (TESTS / "gold", TESTS.parent / "seeds"),
        (TESTS / "heldout" / "gold", TESTS / "heldout" / "articles"),
        (TESTS / "heldout3" / "gold", TESTS / "heldout3" / "articles"),
        (TESTS / "heldout6" / "gold", TESTS / "heldout6" / "articles"),
        (TESTS / "padt" / "dev2" / "gold", TESTS / "padt" / "dev2" / "articles"),
        (TESTS / "padt" / "dev3" / "gold", TESTS / "padt" / "dev3" / "articles"),
        (TESTS / "newsfane" / "dev" / "gold", TESTS / "newsfane" / "dev" / "articles"),
        (TESTS / "newsfane" / "test" / "gold", TESTS / "newsfane" / "test" / "articles"),
    ],
    ids=[
        "seed",
        "heldout",
        "heldout3",
        "heldout6",
        "padt-dev2",
        "padt-dev3",
        "newsfane-dev",
        "newsfane-test",
    ],
)
def test_gold_annotation_is_consistent_with_the_articles(gold_dir, articles_dir):
    """Every evidence excerpt is in its document, every key is in the table, no duplicate rows."""
    errors, _notes = check(gold_dir, articles_dir)
    assert not errors, "\n".join(errors)
