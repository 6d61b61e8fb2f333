"""Where long words may break: Finnish syllables by rule, Swedish and English by patterns."""

from __future__ import annotations

from itertools import pairwise

import pytest

from models.hyphenation import hyphen_points, syllable_breaks


def hyphenated(word: str, language: str) -> str:
    points = [0, *hyphen_points(word, language), len(word)]
    return "-".join(word[a:b] for a, b in pairwise(points))


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("asiakastyytyväisyyskysely", "asi-a-kas-tyy-ty-väi-syys-ky-se-ly"),
        ("Kotileivonnaiset", "Ko-ti-lei-von-nai-set"),
        ("erityisruokavaliot", "eri-tyis-ruo-ka-va-li-ot"),
        ("yhteistyöverkosto", "yh-teis-työ-ver-kos-to"),
        ("pullonkaula", "pul-lon-kau-la"),
        ("kokeilukortti", "ko-kei-lu-kort-ti"),
        ("strategia", "stra-te-gia"),
    ],
)
def test_finnish_words_break_between_their_syllables(word: str, expected: str) -> None:
    assert hyphenated(word, "fi") == expected


def test_a_break_never_leaves_a_side_without_a_vowel_or_a_lone_letter() -> None:
    for word in ("strategia", "asiakas", "ja", "Skandinavia", "spray"):
        for point in hyphen_points(word, "fi"):
            head, tail = word[:point].lower(), word[point:].lower()
            assert len(head) >= 2 and len(tail) >= 2
            assert set(head) & set("aeiouyäö") and set(tail) & set("aeiouyäö")


def test_only_letters_take_breaks() -> None:
    word = "ABC2026kokoustalo"
    points = hyphen_points(word, "fi")
    assert points == [9, 13, 15]  # ko-kous-ta-lo after the digits
    assert all(word[p - 1].isalpha() and word[p].isalpha() for p in points)
    assert syllable_breaks("1234-5678") == []


def test_swedish_and_english_use_their_own_patterns() -> None:
    assert hyphenated("verksamhetsutveckling", "sv") == "verk-sam-hets-ut-veck-ling"
    assert hyphenated("workshop", "en") == "work-shop"
    assert hyphen_points("workshop", "fi") != hyphen_points("workshop", "en")
