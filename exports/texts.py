"""Every fixed text the exports print, in Finnish and English.

The board's language decides (any language other than English prints Finnish, as the
templates do). Kept in one table so a translator sees them all at once.
"""

from __future__ import annotations

from typing import Final

_TEXTS: Final[dict[str, tuple[str, str]]] = {
    "handout": ("Työpajan muistio", "Workshop handout"),
    "untitled": ("Nimetön työpaja", "Untitled workshop"),
    "date": ("Päivämäärä", "Date"),
    "place": ("Paikka", "Place"),
    "facilitators": ("Fasilitaattorit", "Facilitators"),
    "groups": ("Ryhmät", "Groups"),
    "contents": ("Sisällys", "Contents"),
    "summary_notes": ("{n} lappua", "{n} notes"),
    "summary_frames": ("{n} pohjaa", "{n} templates"),
    "summary_cards": ("{n} kokeilukorttia", "{n} experiment cards"),
    "summary_dots": ("{n} ääntä", "{n} votes"),
    "summary_images": ("{n} kuvaa", "{n} images"),
    "page": ("Sivu {page} / {pages}", "Page {page} of {pages}"),
    "made": ("Tehty Pajalaudalla {stamp}", "Made with Pajalauta {stamp}"),
    "overview": ("Yleiskuva", "Overview"),
    "overview_of": ("Yleiskuva: {title}", "Overview: {title}"),
    "whole_board": ("Koko taulu", "The whole board"),
    "outside": ("Muut laput", "Other notes"),
    "outside_intro": ("Laput, jotka eivät ole minkään pohjan lokeroissa.",
                      "Notes that are not in any template's cells."),
    "outside_frames": ("Taululla kehysten ulkopuolella", "On the board, outside any frame"),
    "loose_in": ("Kehyksessä ”{title}” lokeroiden ulkopuolella",
                 "In “{title}”, outside its cells"),
    "followup": ("Seurantalista", "Follow-up register"),
    "followup_intro": ("Kokeilut ja sovitut toimet tarkistuspäivän mukaan.",
                       "Experiments and agreed actions by review date."),
    "followup_empty": ("Taululla ei ole kokeilukortteja.", "The board has no experiment cards."),
    "review": ("Tarkistus", "Review"),
    "owner": ("Vastuu", "Owner"),
    "action": ("Mitä kokeillaan / seuraava askel", "What we try / next step"),
    "status": ("Tilanne", "Status"),
    "no_date": ("ei päivää", "no date"),
    "images": ("Liite: kuvat", "Appendix: images"),
    "image_missing": ("Kuva puuttuu tai on vioittunut", "Image missing or damaged"),
    "image": ("Kuva", "Image"),
    "votes_n": ("{n} ääntä", "{n} votes"),
    "vote_1": ("1 ääni", "1 vote"),
    "no_notes": ("(ei lappuja)", "(no notes)"),
    "empty_template": ("Tähän pohjaan ei kirjoitettu lappuja.",
                       "No notes were written on this template."),
    "segment": ("Asiakasryhmä", "Segment"),
    "stage": ("Vaihe", "Stage"),
    "lane": ("Kaista", "Lane"),
    "emotion_curve": ("Tunnekäyrä", "Emotion curve"),
    "no_marks": ("Tunteita ei merkitty.", "No feelings marked."),
    "bottlenecks": ("Pullonkaulat", "Bottlenecks"),
    "ranked": ("Ideat äänimäärän mukaan", "Ideas ranked by votes"),
    "card": ("Kokeilukortti", "Experiment card"),
    "card_n": ("Kokeilukortti {n}/{count}", "Experiment card {n} of {count}"),
    "before": ("Ennen kokeilua", "Before the experiment"),
    "after": ("Kokeilun jälkeen", "After the experiment"),
    "not_filled": ("Ei vielä täytetty.", "Not filled in yet."),
    "empty_field": ("–", "–"),
    "cards_intro": ("{n} kokeilukorttia, teemoittain.", "{n} experiment cards, by theme."),
    "no_theme": ("Ei teemaa", "No theme"),
    "status_filled": ("täytetty", "filled in"),
    "status_partial": ("osittain täytetty", "partly filled in"),
    "status_empty": ("täyttämättä", "not filled in"),
    "theme": ("Teema", "Theme"),
    "number": ("Nro", "No."),
    "cards_index": ("Kortit", "The cards"),
    "imported": ("Tuodut laput", "Imported notes"),
    "imported_votes": ("Tuodut äänet", "Imported votes"),
}

SECTION_TITLES: Final[dict[str, tuple[str, str]]] = {
    "overview": _TEXTS["overview"],
    "templates": ("Pohjat tekstinä", "Templates as text"),
    "outside": _TEXTS["outside"],
    "followup": _TEXTS["followup"],
    "images": _TEXTS["images"],
}


def text(key: str, language: str, **values: object) -> str:
    """The fixed text ``key`` in the board's language, with ``{name}`` fields filled."""
    fi, en = _TEXTS[key]
    chosen = en if language == "en" else fi
    return chosen.format(**values) if values else chosen


def votes_label(count: int, language: str) -> str:
    return text("vote_1", language) if count == 1 else text("votes_n", language, n=count)
