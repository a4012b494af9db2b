"""Arabic: the language kg was built for. Its data, by topic, in the modules of this folder;
its rules in kg's own modules (`kg.mentions`, `kg.dates`, `kg/extract/`), which read it here."""

from dataclasses import dataclass
from types import ModuleType

from kg.lang import LanguageDefaults
from kg.lang.ar import orthography
from kg.lang.ar.pages import PAGES


@dataclass(frozen=True)
class ArabicDefaults(LanguageDefaults):
    """Arabic's defaults, with the data its rules read."""

    orthography: ModuleType = orthography


defaults = ArabicDefaults(
    code="ar",
    name="Arabic",
    parser="kg.nlp:ArabicParser",
    components=(
        "kg.extract.entities:kg_mentions",
        "kg.extract.clauses:kg_clauses",
        "kg.extract.meetings:kg_meetings",
        "kg.extract.cases:kg_case_joining",
        "kg.extract.membership:kg_membership",
        "kg.extract.merge:kg_merge",
    ),
    fold="kg.normalize:normalize",
    pages=PAGES,
)
