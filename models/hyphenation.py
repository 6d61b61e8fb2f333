"""Where a word too long for its line may be broken with a hyphen, by the board's language.

Finnish words are long ("asiakastyytyväisyyskysely"), and a narrow table column or a note's
box has to break some of them. Broken anywhere, a word reads as two words; broken between
syllables with a hyphen, it reads as one. Finnish syllables follow two rules that hold for
nearly every native word and compound, so they are computed here rather than looked up:

- a consonant followed by a vowel starts a new syllable (ta-lo, kirk-ko, kans-sa);
- two vowels next to each other belong to one syllable only when they are a long vowel (aa)
  or a diphthong (ai, au, ie, uo, yö …); otherwise they are split (ra-di-o, lu-en).

Swedish and English have no such rule; their points come from Pyphen's patterns (the ones
LibreOffice ships), which have no Finnish. Only points with a vowel on both sides of the break
are returned by the Finnish rules: "str-" is never a syllable.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    import pyphen

VOWELS: Final = frozenset("aeiouyäöå")
FINNISH_DIPHTHONGS: Final = frozenset(
    {"ai", "ei", "oi", "ui", "yi", "äi", "öi", "au", "eu", "iu", "ou", "ey", "iy", "äy", "öy"}
    | {"ie", "uo", "yö"}
)
MIN_HEAD: Final = 2
MIN_TAIL: Final = 2
PATTERNS: Final = {"sv": "sv", "en": "en_US"}
"""Pyphen's dictionary for each language the board may be written in, Finnish aside."""


def _is_vowel(letter: str) -> bool:
    return letter in VOWELS


def _joins(first: str, second: str, nucleus: int) -> bool:
    """True when two adjacent vowels stay in one syllable (nucleus: vowels already in it)."""
    if nucleus >= 2:
        return False
    return first == second or first + second in FINNISH_DIPHTHONGS


def syllable_breaks(word: str) -> list[int]:
    """Indices ``i`` where ``word[:i]`` and ``word[i:]`` are separate syllables, by the two
    Finnish rules; only inside runs of letters and never where either side lacks a vowel."""
    lower = word.lower()
    breaks: list[int] = []
    start = 0  # where the current syllable started
    nucleus = 0  # vowels in a row at the end of the current syllable
    for index, letter in enumerate(lower):
        if not letter.isalpha():
            start, nucleus = index + 1, 0
            continue
        if index > start:
            previous = lower[index - 1]
            has_vowel = any(_is_vowel(ch) for ch in lower[start:index])
            if _is_vowel(letter) and _is_vowel(previous):
                if not _joins(previous, letter, nucleus):
                    breaks.append(index)
                    start, nucleus = index, 0
            elif (
                not _is_vowel(letter)
                and has_vowel
                and index + 1 < len(lower)
                and _is_vowel(lower[index + 1])
            ):
                breaks.append(index)
                start, nucleus = index, 0
        nucleus = nucleus + 1 if _is_vowel(letter) else 0
    return breaks


@cache
def _dictionary(language: str) -> pyphen.Pyphen | None:
    name = PATTERNS.get(language)
    if name is None:
        return None
    import pyphen  # lists its dictionaries when imported: only when a word needs breaking

    return pyphen.Pyphen(lang=name, left=MIN_HEAD, right=MIN_TAIL)


def hyphen_points(word: str, language: str) -> list[int]:
    """Where ``word`` may take a hyphen at a line's end, in increasing order: Finnish syllable
    boundaries for ``fi``, Pyphen's patterns for Swedish and English."""
    dictionary = _dictionary(language)
    found = dictionary.positions(word) if dictionary is not None else syllable_breaks(word)
    return [
        point
        for point in found
        if MIN_HEAD <= point <= len(word) - MIN_TAIL
        and word[point - 1].isalpha()
        and word[point].isalpha()
    ]


SOFT_HYPHEN: Final = "\u00ad"
_LETTER_RUNS: Final = re.compile(r"[^\W\d_]{6,}")
"""Runs of six letters or more: a shorter word has no break with two letters on each side."""


def with_soft_hyphens(text: str, language: str) -> str:
    """``text`` with a soft hyphen at every break point of its longer words: a text layout
    (Qt's) may then break a word there and show a hyphen, and shows nothing elsewhere."""

    def marked(match: re.Match[str]) -> str:
        word = match.group(0)
        points = hyphen_points(word, language)
        if not points:
            return word
        bounds = [0, *points, len(word)]
        return SOFT_HYPHEN.join(word[a:b] for a, b in pairwise(bounds))

    return _LETTER_RUNS.sub(marked, text)
