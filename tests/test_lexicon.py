"""Trigger lexicons: inflected and clitic-attached forms of a few stems."""

from __future__ import annotations

from kg.lexicon import Lexicon, nouns, verbs, we_forms


def test_verb_forms_with_clitics_and_hamza_variants():
    meet = verbs("التقى", "اجتمع")
    for word in ("التقى", "التقت", "والتقى", "يلتقي", "التقوا", "فاجتمع", "اجتمعوا", "يجتمعون"):
        assert meet.lookup(word) is not None, word
    assert meet.lookup("التقى") == "التقي"  # the folded perfect is the lemma
    assert meet.lookup("اتفق") is None
    assert verbs("أجرى").lookup("وأجرت") == verbs("أجرى").lookup("واجرت")


def test_a_weak_verb_keeps_its_last_letter_before_the_dual_and_drops_it_before_the_plural():
    meet = verbs("التقى")
    for word in ("يلتقيان", "سيلتقيان", "تلتقيان", "يلتقيا", "يلتقون", "يلتقوا", "التقيا"):
        assert meet.lookup(word) == "التقي", word
    assert meet.lookup("يلتقان") is None


def test_the_forms_that_tell_we_did_it():
    assert we_forms("التقى") == {"التقينا", "نلتقي"}
    assert we_forms("ناقش") == {"ناقشنا", "نناقش"}
    assert we_forms("اجتمع") == {"اجتمعنا", "نجتمع"}


def test_a_hollow_form_x_verb_turns_its_long_vowel_to_ya_in_the_imperfect():
    host = verbs("استضاف")
    for word in ("استضافت", "تستضيف", "وتستضيف", "يستضيفون", "ستستضيف"):
        assert host.lookup(word) == "استضاف", word
    assert host.lookup("تضيف") is None  # «to add», the word left when «تس» is cut off
    assert verbs("استقبل").lookup("يستقبل") == "استقبل"  # a sound form X keeps its stem


def test_noun_forms_with_article_prepositions_and_suffixes():
    meeting = nouns(لقاء=("لقاء", "لقاءات"), قمة=("قمة",))
    for word in ("اللقاء", "باللقاء", "للقاء", "لقاءات", "والقمة", "قمته"):
        assert word in meeting, word
    assert "لقاح" not in meeting


def test_merged_holds_every_lexicon_and_keeps_the_first_lemma():
    verbs_only, nouns_only = verbs("انضم"), nouns(انضمام=("انضمام",))
    both = Lexicon.merged(verbs_only, nouns_only)
    for word in ("انضمت", "وانضمت", "بالانضمام", "انضمامها"):
        assert word in both and (word in verbs_only or word in nouns_only), word
    assert "انسحبت" not in both
    assert both.lookup("انضمت") == verbs_only.lookup("انضمت")
