"""Arabic letters kg folds for matching (`kg.normalize`): the marks it drops and the letter
forms it takes as one."""

# Harakat, tanwin, shadda, sukun, superscript alef, Quranic marks; tatweel.
DROPPED = {chr(c) for c in range(0x0610, 0x061B)}
DROPPED |= {chr(c) for c in range(0x064B, 0x0660)}
DROPPED |= {"\u0670", "\u0640"}
DROPPED |= {chr(c) for c in range(0x06D6, 0x06EE)}
DROPPED |= {"\u200c", "\u200d", "\u200e", "\u200f", "\u061c"}  # joiners and direction marks

FOLDED = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ٲ": "ا",
    "ٳ": "ا",
    "ة": "ه",
    "ى": "ي",
    "ی": "ي",  # Persian yeh
    "ک": "ك",  # keheh
    "ؤ": "و",
    "ئ": "ي",
    "ـ": "",
}
# Hamza before «و» sits on «ي» in Egyptian spelling and on «و» elsewhere («مسئول», «مسؤول»;
# «الشئون», «الشؤون»): the pair is folded as the second before the letters are.
HAMZA_ON_YEH_BEFORE_WAW = ("ئو", "ؤو")
# A hyphen, an en dash, an em dash; a tatweel standing alone between spaces is one too
DASHES = frozenset("-–—")
TATWEEL = "\u0640"
# The marks that end a clause: the Arabic and Latin commas, the full stop, the colon, «؛»
CLAUSE_MARKS = "،,.:؛"
FOLDED.update({chr(0x0660 + d): str(d) for d in range(10)})  # Arabic-Indic digits
FOLDED.update({chr(0x06F0 + d): str(d) for d in range(10)})  # Extended (Persian) digits


# The spellings a name is looked up in on Wikidata (kg.linker): any alef, ه/ة and ي/ى swapped.
ALEFS = "اأإآ"
SWAPS = {"ه": "ة", "ة": "ه", "ي": "ى", "ى": "ي"}
