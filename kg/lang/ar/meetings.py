"""Arabic words of the meeting rules (kg.extract.meetings), folded (kg.normalize)."""

# Words only sport uses («الفريق» is also a general's rank, «هدف» an aim).
SPORT_WORDS = {"مباراه", "المباراه", "مباريات", "المباريات", "منتخب", "المنتخب", "الدوري"}
SPORT_WORDS |= {"بطوله", "البطوله", "الملعب", "ملعب"}
PRESS = {"صحفي", "صحافي", "الصحفي", "الصحافي", "صحفيا", "صحافيا"}
RELATIVES = {"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان"}
PRONOUNS = {"ه", "ها", "هم", "هما", "هن"}
THAT = {"ان", "انه", "انها", "انهم", "بان", "بانه"}
ALSO = {"كما", "ثم"}  # «… كما التقى مع وزير الخارجية النرويجي»: the same subject
# Words before a verb that opens a sentence and goes on about the last one's subject
# («وصل X إلى عمّان. وقد التقى بالملك», «كما التقى بـ …»).
CARRY_ON = {"و", "ف", "قد", "وقد", "فقد", "كما", "وكما"}
LIST_OPENERS = {"هي", "وهي", "هم", "وهم", ":"}  # «اجتماع 7 دول هي A و B»
LIST_GLUE = {"و", "ب", "اضافه", "بالاضافه", "الي", "جانب", "كذلك", "ايضا", "فضلا", "عن", "برياسه"}
LIST_ON = {"و", "ووفد", "وفد", "ومع", "وب", "وبوفد"}

NEXT_STOP = {"في", "الي", "من", "خلال", "ثم"}
