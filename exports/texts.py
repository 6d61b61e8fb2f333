"""Every fixed text the exports print, in Finnish, Swedish and English.

The board's language decides (a language we do not know prints Finnish, as the templates do).
Kept in one table so a translator sees them all at once. A count is never glued to a word by
hand: a text with ``{n}`` that counts something is a pair (one, many), picked by ``n`` with the
rule of all three languages (:func:`models.wording.plural_index`).
"""

from __future__ import annotations

from typing import Final

from models.wording import plural_index

Text = str | tuple[str, str]

_TEXTS: Final[dict[str, tuple[Text, Text, Text]]] = {
    # key: (Finnish, Swedish, English)
    "handout": ("Työpajan muistio", "Minnesanteckningar från workshoppen", "Workshop handout"),
    "untitled": ("Nimetön työpaja", "Namnlös workshop", "Untitled workshop"),
    "date": ("Päivämäärä", "Datum", "Date"),
    "place": ("Paikka", "Plats", "Place"),
    "facilitators": ("Fasilitaattorit", "Handledare", "Facilitators"),
    "groups": ("Ryhmät", "Grupper", "Groups"),
    "contents": ("Sisällys", "Innehåll", "Contents"),
    "summary_notes": (
        ("{n} lappu", "{n} lappua"),
        ("{n} lapp", "{n} lappar"),
        ("{n} note", "{n} notes"),
    ),
    "summary_frames": (
        ("{n} pohja", "{n} pohjaa"),
        ("{n} mall", "{n} mallar"),
        ("{n} template", "{n} templates"),
    ),
    "summary_cards": (
        ("{n} kokeilukortti", "{n} kokeilukorttia"),
        ("{n} försökskort", "{n} försökskort"),
        ("{n} experiment card", "{n} experiment cards"),
    ),
    "summary_dots": (
        ("{n} ääni", "{n} ääntä"),
        ("{n} röst", "{n} röster"),
        ("{n} vote", "{n} votes"),
    ),
    "summary_private": (
        ("{n} yksityinen lappu paljastamatta", "{n} yksityistä lappua paljastamatta"),
        ("{n} privat lapp inte visad", "{n} privata lappar inte visade"),
        ("{n} private note not revealed", "{n} private notes not revealed"),
    ),
    "summary_images": (
        ("{n} kuva", "{n} kuvaa"),
        ("{n} bild", "{n} bilder"),
        ("{n} image", "{n} images"),
    ),
    "page": ("Sivu {page} / {pages}", "Sida {page} av {pages}", "Page {page} of {pages}"),
    "made": (
        "Tehty Pajalaudalla {stamp}",
        "Gjord med Pajalauta {stamp}",
        "Made with Pajalauta {stamp}",
    ),
    "overview": ("Yleiskuva", "Översikt", "Overview"),
    "overview_of": ("Yleiskuva: {title}", "Översikt: {title}", "Overview: {title}"),
    "whole_board": ("Koko taulu", "Hela tavlan", "The whole board"),
    "outside": ("Muut laput", "Övriga lappar", "Other notes"),
    "outside_intro": (
        "Laput, jotka eivät ole minkään pohjan lokeroissa.",
        "Lappar som inte finns i någon malls rutor.",
        "Notes that are not in any template's cells.",
    ),
    "outside_frames": (
        "Taululla kehysten ulkopuolella",
        "På tavlan, utanför ramarna",
        "On the board, outside any frame",
    ),
    "loose_in": (
        "Kehyksessä ”{title}” lokeroiden ulkopuolella",
        "I ramen ”{title}”, utanför rutorna",
        "In “{title}”, outside its cells",
    ),
    "followup": ("Seurantalista", "Uppföljning", "Follow-up register"),
    "followup_intro": (
        "Kokeilut ja sovitut toimet tarkistuspäivän mukaan.",
        "Försök och överenskomna åtgärder enligt utvärderingsdag.",
        "Experiments and agreed actions by review date.",
    ),
    "followup_empty": (
        "Taululla ei ole kokeilukortteja.",
        "Tavlan har inga försökskort.",
        "The board has no experiment cards.",
    ),
    "review": ("Tarkistus", "Utvärdering", "Review"),
    "owner": ("Vastuu", "Ansvarig", "Owner"),
    "action": (
        "Mitä kokeillaan / seuraava askel",
        "Vad vi prövar / nästa steg",
        "What we try / next step",
    ),
    "status": ("Tilanne", "Läge", "Status"),
    "no_date": ("ei päivää", "inget datum", "no date"),
    "images": ("Liite: kuvat", "Bilaga: bilder", "Appendix: images"),
    "image_missing": (
        "Kuva puuttuu tai on vioittunut",
        "Bilden saknas eller är skadad",
        "Image missing or damaged",
    ),
    "image": ("Kuva", "Bild", "Image"),
    "votes": (("{n} ääni", "{n} ääntä"), ("{n} röst", "{n} röster"), ("{n} vote", "{n} votes")),
    "no_notes": ("(ei lappuja)", "(inga lappar)", "(no notes)"),
    "empty_template": (
        "Tähän pohjaan ei kirjoitettu lappuja.",
        "Inga lappar skrevs på den här mallen.",
        "No notes were written on this template.",
    ),
    "segment": ("Asiakasryhmä", "Kundgrupp", "Segment"),
    "stage": ("Vaihe", "Skede", "Stage"),
    "lane": ("Kaista", "Rad", "Lane"),
    "emotion_curve": ("Tunnekäyrä", "Känslokurva", "Emotion curve"),
    "no_marks": ("Tunteita ei merkitty.", "Inga känslor markerades.", "No feelings marked."),
    "bottlenecks": ("Pullonkaulat", "Flaskhalsar", "Bottlenecks"),
    "ranked": ("Ideat äänimäärän mukaan", "Idéer enligt antal röster", "Ideas ranked by votes"),
    "card": ("Kokeilukortti", "Försökskort", "Experiment card"),
    "card_n": (
        "Kokeilukortti {n}/{count}",
        "Försökskort {n} av {count}",
        "Experiment card {n} of {count}",
    ),
    "before": ("Ennen kokeilua", "Före försöket", "Before the experiment"),
    "after": ("Kokeilun jälkeen", "Efter försöket", "After the experiment"),
    "not_filled": ("Ei vielä täytetty.", "Inte ifyllt ännu.", "Not filled in yet."),
    "empty_field": ("–", "–", "–"),
    "cards_intro": (
        ("{n} kokeilukortti, teemoittain.", "{n} kokeilukorttia, teemoittain."),
        ("{n} försökskort, enligt tema.", "{n} försökskort, enligt tema."),
        ("{n} experiment card, by theme.", "{n} experiment cards, by theme."),
    ),
    "no_theme": ("Ei teemaa", "Inget tema", "No theme"),
    "status_filled": ("täytetty", "ifyllt", "filled in"),
    "status_partial": ("osittain täytetty", "delvis ifyllt", "partly filled in"),
    "status_empty": ("täyttämättä", "inte ifyllt", "not filled in"),
    "theme": ("Teema", "Tema", "Theme"),
    "number": ("Nro", "Nr", "No."),
    "cards_index": ("Kortit", "Korten", "The cards"),
    "imported": ("Tuodut laput", "Importerade lappar", "Imported notes"),
    "imported_votes": ("Tuodut äänet", "Importerade röster", "Imported votes"),
    "templates": ("Pohjat tekstinä", "Mallarna som text", "Templates as text"),
}

SECTION_TITLES: Final[dict[str, str]] = {
    "overview": "overview",
    "templates": "templates",
    "outside": "outside",
    "followup": "followup",
    "images": "images",
}
"""Handout section → the key of its title."""

_COLUMN = {"fi": 0, "sv": 1, "en": 2}


def text(key: str, language: str, **values: object) -> str:
    """The fixed text ``key`` in the board's language, with ``{name}`` fields filled; a text
    that counts takes its singular or plural from ``n``."""
    chosen = _TEXTS[key][_COLUMN.get(language, 0)]
    if isinstance(chosen, tuple):
        count = values.get("n", 0)
        chosen = chosen[plural_index(count if isinstance(count, int) else 0)]
    return chosen.format(**values) if values else chosen


def votes_label(count: int, language: str) -> str:
    return text("votes", language, n=count)


def section_title(section: str, language: str) -> str:
    return text(SECTION_TITLES[section], language)
