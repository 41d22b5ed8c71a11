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
