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
        (TESTS / "heldout7" / "gold", TESTS / "heldout7" / "articles"),
        (TESTS / "heldout8" / "gold", TESTS / "heldout8" / "articles"),
        (TESTS / "heldout9" / "gold", TESTS / "heldout9" / "articles"),
        (TESTS / "heldout10" / "gold", TESTS / "heldout10" / "articles"),
        (TESTS / "heldout11" / "gold", TESTS / "heldout11" / "articles"),
        (TESTS / "heldout12" / "gold", TESTS / "heldout12" / "articles"),
        (TESTS / "heldout13" / "gold", TESTS / "heldout13" / "articles"),
        (TESTS / "heldout14" / "gold", TESTS / "heldout14" / "articles"),
        (TESTS / "heldout15" / "gold", TESTS / "heldout15" / "articles"),
        (TESTS / "heldout16" / "gold", TESTS / "heldout16" / "articles"),
        (TESTS / "heldout17" / "gold", TESTS / "heldout17" / "articles"),
        (TESTS / "heldout18" / "gold", TESTS / "heldout18" / "articles"),
        (TESTS / "heldout19" / "gold", TESTS / "heldout19" / "articles"),
        (TESTS / "heldout20" / "gold", TESTS / "heldout20" / "articles"),
        (TESTS / "heldout21" / "gold", TESTS / "heldout21" / "articles"),
        (TESTS / "heldout22" / "gold", TESTS / "heldout22" / "articles"),
        (TESTS / "heldout23" / "gold", TESTS / "heldout23" / "articles"),
        (TESTS / "heldout24" / "gold", TESTS / "heldout24" / "articles"),
        (TESTS / "heldout25" / "gold", TESTS / "heldout25" / "articles"),
        (TESTS / "heldout26" / "gold", TESTS / "heldout26" / "articles"),
        (TESTS / "heldout27" / "gold", TESTS / "heldout27" / "articles"),
        (TESTS / "padt" / "dev2" / "gold", TESTS / "padt" / "dev2" / "articles"),
        (TESTS / "padt" / "dev3" / "gold", TESTS / "padt" / "dev3" / "articles"),
        (TESTS / "padt" / "dev4" / "gold", TESTS / "padt" / "dev4" / "articles"),
        (TESTS / "padt" / "dev5" / "gold", TESTS / "padt" / "dev5" / "articles"),
        (TESTS / "padt" / "dev6" / "gold", TESTS / "padt" / "dev6" / "articles"),
        (TESTS / "newsfane" / "dev" / "gold", TESTS / "newsfane" / "dev" / "articles"),
        (TESTS / "newsfane" / "test" / "gold", TESTS / "newsfane" / "test" / "articles"),
    ],
    ids=[
        "seed",
        "heldout",
        "heldout3",
        "heldout6",
        "heldout7",
        "heldout8",
        "heldout9",
        "heldout10",
        "heldout11",
        "heldout12",
        "heldout13",
        "heldout14",
        "heldout15",
        "heldout16",
        "heldout17",
        "heldout18",
        "heldout19",
        "heldout20",
        "heldout21",
        "heldout22",
        "heldout23",
        "heldout24",
        "heldout25",
        "heldout26",
        "heldout27",
        "padt-dev2",
        "padt-dev3",
        "padt-dev4",
        "padt-dev5",
        "padt-dev6",
        "newsfane-dev",
        "newsfane-test",
    ],
)
def test_gold_annotation_is_consistent_with_the_articles(gold_dir, articles_dir):
    """Every evidence excerpt is in its document, every key is in the table, no duplicate rows."""
    errors, _notes = check(gold_dir, articles_dir)
    assert not errors, "\n".join(errors)
