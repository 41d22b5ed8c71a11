"""Every message exists in both languages with the same placeholders."""

import string

import pytest

from coach.i18n import CATALOG, Translator, detect, normalise, t


def fields(text):
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(CATALOG))
def test_both_languages_present_with_same_placeholders(key):
    nb, en = CATALOG[key]
    assert nb.strip() and en.strip()
    assert fields(nb) == fields(en)


def test_translate_and_fill():
    assert t("kind.follow-up", "nb") == "Månedlig oppfølging"
    assert Translator("en")("kind.follow-up") == "Monthly follow-up"
    with pytest.raises(KeyError):
        t("no.such.key", "en")


@pytest.mark.parametrize(
    ("env", "lang"),
    [
        ({"LANG": "nb_NO.UTF-8"}, "nb"),
        ({"LANG": "nn_NO.UTF-8"}, "nb"),
        ({"LC_ALL": "no_NO"}, "nb"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LANG": "C"}, "en"),
        ({"LANG": "en_US.UTF-8", "COACH_LANG": "nb"}, "nb"),
        ({"LC_ALL": "nb_NO.UTF-8", "LANG": "en_US.UTF-8"}, "nb"),
    ],
)
def test_language_from_locale(env, lang):
    assert detect(env) == lang


def test_normalise():
    assert normalise("nb-NO") == "nb"
    assert normalise(None) == "en"


def test_a_count_picks_the_singular_by_the_languages_plural_rule():
    assert t("review.person.comments", "en", count=1) == "(1 comment)"
    assert t("review.person.comments", "en", count=3) == "(3 comments)"
    assert t("review.person.comments", "nb", count=1) == "(1 kommentar)"
    assert t("review.person.comments", "nb", count=0) == "(0 kommentarer)"


@pytest.mark.parametrize("key", sorted(k for k in CATALOG if k.endswith(".one")))
def test_a_singular_has_its_plural_with_the_same_fields(key):
    plural_key = key.removesuffix(".one")
    assert plural_key in CATALOG
    for one, other in zip(CATALOG[key], CATALOG[plural_key], strict=True):
        assert "{count}" in one and fields(one) == fields(other)
