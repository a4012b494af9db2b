"""Arabic: the language kg was built for.

Its data is in the modules of this folder, by topic: `orthography` (what folding takes as one
letter), `pages` (page furniture, datelines), `dates`, `words` (titles, honorifics, function
words of the mention rules), `morphology` (clitics and affixes), one module of words per
event rule (`meetings`, `cases`, `membership`, `modality`, `places`, `grammar`, `clauses`),
and two tables: `triggers.tsv`, the trigger lexicon and its frames, and `summits.tsv`.

Its rules are kg's own modules (`kg.mentions`, `kg.dates`, `kg/extract/`...), which import
these; the core (reader, parse, extraction pipeline, graph) reaches Arabic only through
`defaults`.
"""

from pathlib import Path

from kg.lang import LanguageDefaults
from kg.lang.ar.pages import PAGES

FOLDER = Path(__file__).parent  # and its tables: triggers.tsv (the trigger lexicon), summits.tsv

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
