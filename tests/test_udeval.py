"""The CoNLL 2018 scorer on tiny hand-made CoNLL-U pairs, with the counts worked out by hand."""

from __future__ import annotations

import pytest

from kg.conllu import parse_conllu
from kg.errors import TextMismatch
from kg.udeval import evaluate

# «وقال الوزير» : "and the minister said", with the clitic و split off قال.
GOLD = """\
# text = وقال الوزير إنه
1-2\tوقال\t_\t_\t_\t_\t_\t_\t_\t_
1\tو\tوَ\tCCONJ\t_\t_\t2\tcc\t_\t_
2\tقال\tقَال\tVERB\t_\tAspect=Perf|Voice=Act\t0\troot\t_\t_
3\tالوزير\tوَزِير\tNOUN\t_\tCase=Nom|Definite=Def\t2\tnsubj\t_\t_
4-5\tإنه\t_\t_\t_\t_\t_\t_\t_\t_
4\tإن\tإِنَّ\tSCONJ\t_\t_\t2\tccomp\t_\t_
5\tه\tهُوَ\tPRON\t_\tCase=Acc\t4\tnsubj\t_\t_

"""


def rows(text: str):
    return list(parse_conllu(text))


def scores(gold: str, system: str) -> dict[str, tuple[int, int, int]]:
    return {
        name: (score.gold, score.system, score.correct)
        for name, score in evaluate(rows(gold), rows(system)).items()
    }


def test_a_perfect_parse_scores_100_everywhere():
    for name, score in evaluate(rows(GOLD), rows(GOLD)).items():
        assert score.f1 == 1.0, name


def test_a_wrong_head_costs_uas_and_las_one_word():
    system = GOLD.replace("Definite=Def\t2\tnsubj", "Definite=Def\t1\tnsubj")  # الوزير → و
    found = scores(GOLD, system)
    assert found["UAS"] == (5, 5, 4) and found["LAS"] == (5, 5, 4)
    assert found["UPOS"] == (5, 5, 5) and found["Words"] == (5, 5, 5)
    assert evaluate(rows(GOLD), rows(system))["UAS"].f1 == pytest.approx(0.8)


def test_a_right_head_with_a_wrong_label_costs_las_only():
    system = GOLD.replace("\t2\tnsubj\t", "\t2\tobj\t")
    found = scores(GOLD, system)
    assert found["UAS"] == (5, 5, 5) and found["LAS"] == (5, 5, 4)


def test_label_subtypes_and_language_specific_features_are_ignored():
    system = GOLD.replace("\t2\tnsubj\t", "\t2\tnsubj:pass\t").replace(
        "Case=Nom|Definite=Def", "Definite=Def|Case=Nom|Vform=X"
    )
    found = scores(GOLD, system)
    assert found["LAS"][2] == 5 and found["UFeats"][2] == 5


def test_a_missed_clitic_split_costs_words_and_everything_after():
    # The system keeps «إنه» whole: one word where gold has two, neither of which it matches.
    system = """\
1-2\tوقال\t_\t_\t_\t_\t_\t_\t_\t_
1\tو\tوَ\tCCONJ\t_\t_\t2\tcc\t_\t_
2\tقال\tقَال\tVERB\t_\tAspect=Perf|Voice=Act\t0\troot\t_\t_
3\tالوزير\tوَزِير\tNOUN\t_\tCase=Nom|Definite=Def\t2\tnsubj\t_\t_
4\tإنه\tإِنَّ\tSCONJ\t_\t_\t2\tccomp\t_\t_

"""
    found = scores(GOLD, system)
    assert found["Tokens"] == (3, 3, 3)  # the token spans still agree
    assert found["Words"] == (5, 4, 3)  # F1 = 6/9
    assert found["UPOS"] == (5, 4, 3) and found["UAS"] == (5, 4, 3)
    assert evaluate(rows(GOLD), rows(system))["Words"].f1 == pytest.approx(6 / 9)


def test_a_wrong_split_point_aligns_the_words_whose_forms_agree():
    # «وقال» split as وق + ال: only «الوزير» and the words of «إنه» align.
    system = GOLD.replace("1\tو\tوَ", "1\tوق\tوَ").replace("2\tقال\tقَال", "2\tال\tقَال")
    found = scores(GOLD, system)
    assert found["Words"] == (5, 5, 3)
    assert found["Tokens"] == (3, 3, 3)


def test_sentence_boundaries_count_in_the_sentence_score_only():
    two_sentences = """\
1-2\tوقال\t_\t_\t_\t_\t_\t_\t_\t_
1\tو\tوَ\tCCONJ\t_\t_\t2\tcc\t_\t_
2\tقال\tقَال\tVERB\t_\tAspect=Perf|Voice=Act\t0\troot\t_\t_
3\tالوزير\tوَزِير\tNOUN\t_\tCase=Nom|Definite=Def\t2\tnsubj\t_\t_

1-2\tإنه\t_\t_\t_\t_\t_\t_\t_\t_
1\tإن\tإِنَّ\tSCONJ\t_\t_\t0\troot\t_\t_
2\tه\tهُوَ\tPRON\t_\tCase=Acc\t1\tnsubj\t_\t_

"""
    found = scores(GOLD, two_sentences)
    assert found["Sentences"] == (1, 2, 0)
    assert found["Words"] == (5, 5, 5)
    assert found["UAS"] == (5, 5, 4)  # إن is a root in its own sentence, not under قال
    assert found["LAS"] == (5, 5, 4)


def test_system_text_must_spell_the_gold_text():
    system = GOLD.replace("الوزير\tوَزِير", "الوزراء\tوَزِير")
    with pytest.raises(TextMismatch, match="differ at character"):
        evaluate(rows(GOLD), rows(system))
