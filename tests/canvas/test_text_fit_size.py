"""A note's text takes the biggest font size at which it fits its note, whatever the text:
the search starts from a guess made from the words' widths (so it lays out two sizes, not
three or four) and must end where trying every size would."""

from __future__ import annotations

import pytest

from benchmarks.texts import PHRASES
from canvas import style, text_fit

SIZES = ((200.0, 200.0), (320.0, 400.0), (120.0, 90.0), (400.0, 160.0))
EXTRA = (
    "asiakastyytyväisyyskysely",
    "Kotileivonnaiset\nja kahvi\nkaikille",
    "lyhyt",
    "Ö",
    "a " * 60,
    "erityisruokavaliot, asiakastyytyväisyyskysely ja ateriapalvelujen hinnan nousu " * 3,
    "web-sivut / puhelin / kirje - mikä kanava toimii parhaiten?",
)


def _largest_that_fits(text: str, width: float, height: float) -> int | None:
    """Every size tried, biggest first (what the search must find)."""
    pad = style.padding_for(width, height)
    inner_w, inner_h = max(width - 2 * pad, 1.0), max(height - 2 * pad, 1.0)
    text = text.strip("\n").replace("\n", text_fit.LINE_SEPARATOR)
    for size in text_fit._font_sizes(style.base_font_px(width, height)):
        trial = text_fit._lay_out(text, size, inner_w, inner_h, False)
        if trial.complete and trial.widest <= inner_w + 0.5:
            return size
    return None


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_the_size_found_is_the_biggest_that_fits(
    qapp: object, width: float, height: float, monkeypatch: pytest.MonkeyPatch
) -> None:
    layouts = [0]
    plain = text_fit._lay_out

    def counted(*args: object) -> text_fit._Trial:
        layouts[0] += 1
        return plain(*args)  # type: ignore[arg-type]

    texts = [*PHRASES[:80], *EXTRA]
    checked = 0
    for text in texts:
        wanted = _largest_that_fits(text, width, height)
        monkeypatch.setattr(text_fit, "_lay_out", counted)
        fitted = text_fit.fit_text(text, width, height)  # whole words (see test_note_hyphens)
        monkeypatch.setattr(text_fit, "_lay_out", plain)
        if wanted is None:
            assert fitted.pixel_size == style.MIN_FONT_PX, text
        else:
            assert fitted.pixel_size == wanted, (text, width, height)
            assert not fitted.overflow
            checked += 1
    assert checked > len(texts) // 2
    assert layouts[0] / len(texts) < 2.6, "about two layouts a note, not three or four"
