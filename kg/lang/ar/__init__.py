"""Arabic: the language kg was built for.

Its data is in the modules of this folder, by topic: `orthography` (what folding takes as one
letter), `pages` (page furniture, datelines), `dates`, `words` (titles, honorifics, function
words of the mention rules), `morphology` (clitics and affixes), `events` (the words of the
event rules). Its rules are kg's own modules (`kg.mentions`, `kg.dates`, `kg/extract/`...),
which import these; the core reaches Arabic only through `defaults`.
"""

from kg.lang import LanguageDefaults
from kg.lang.ar.pages import PAGES

defaults = LanguageDefaults(
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
