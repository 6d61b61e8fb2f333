"""The phone page's words in Finnish, Swedish and English, chosen by the phone's language.

The page is not a Qt widget, so these are plain tables; every value is inserted into HTML
escaped (:mod:`ui.phone.pages`) or set as text by the script, never as markup.
"""

from __future__ import annotations

from typing import Final

LANGUAGES: Final = ("fi", "sv", "en")

TEXTS: Final[dict[str, dict[str, str]]] = {
    "fi": {
        "title": "Pajalauta",
        "join_prompt": "Kirjoita valkokankaalla näkyvä koodi",
        "join_code": "Koodi",
        "join": "Liity",
        "wrong_code": "Koodi ei täsmää. Tarkista valkokankaalta.",
        "choose_group": "Valitse ryhmäsi",
        "your_name": "Nimesi (vapaaehtoinen)",
        "start": "Aloita",
        "change_group": "Vaihda ryhmää",
        "write": "Kirjoita lappu",
        "where": "Mihin kohtaan?",
        "note_text": "Lapun teksti",
        "send": "Lähetä",
        "sent": "Tallennettu taululle",
        "my_notes": "Omat lappusi",
        "edit": "Muokkaa",
        "save": "Tallenna",
        "withdraw": "Poista",
        "locked": "Kirjoittaminen on suljettu.",
        "nothing_open": "Odota hetki: ohjaaja avaa pian kohdan kirjoittamiselle.",
        "private": "Lappusi näkyvät kaikille vasta, kun ohjaaja paljastaa ne.",
        "card": "Kokeilukorttisi",
        "card_theme": "Teema",
        "save_card": "Tallenna kortti",
        "vote": "Äänestys",
        "dots_left": "Pisteitä jäljellä: {n}",
        "add_dot": "+ piste",
        "remove_dot": "− piste",
        "offline": "Ei yhteyttä läppäriin. Yritetään uudelleen…",
        "err_bad_token": "Avaa sivu uudelleen valkokankaan QR-koodista – omat lappusi säilyvät.",
        "err_no_session": "Liity ensin ryhmään.",
        "err_unknown_cell": "Tätä kohtaa ei enää ole taululla.",
        "err_locked": "Ohjaaja on sulkenut tämän kohdan.",
        "err_too_long": "Teksti on liian pitkä (enintään 280 merkkiä).",
        "err_empty": "Kirjoita ensin jotain.",
        "err_no_vote": "Äänestys ei ole käynnissä.",
        "err_no_dots_left": "Ryhmäsi pisteet on käytetty.",
        "err_unknown_note": "Tätä lappua ei löydy.",
        "err_not_yours": "Voit muokata vain omia lappujasi.",
        "err_slow_down": "Hetkinen – liian monta yritystä. Odota vähän.",
        "err_bad_request": "Lähetys ei kelpaa. Lataa sivu uudelleen.",
        "err_bad_date": "Päivämäärä muodossa 6.3.2026.",
        "err_cards_only": "Tähän kohtaan kirjoitetaan kokeilukortti.",
        "err_not_card_wall": "Kortin paikka ei ole auki.",
        "err_no_group": "Valitse ensin ryhmäsi.",
        "err_not_saved": "Läppäri ei voinut tallentaa. Kerro ohjaajalle.",
        "err_busy": "Läppäri on kiireinen. Yritä uudelleen.",
        "err_full": "Huone on täynnä.",
        "err_not_found": "Sivua ei löydy.",
    },
    "sv": {
        "title": "Pajalauta",
        "join_prompt": "Skriv koden som syns på duken",
        "join_code": "Kod",
        "join": "Gå med",
        "wrong_code": "Koden stämmer inte. Kontrollera duken.",
        "choose_group": "Välj din grupp",
        "your_name": "Ditt namn (frivilligt)",
        "start": "Börja",
        "change_group": "Byt grupp",
        "write": "Skriv en lapp",
        "where": "Var?",
        "note_text": "Lappens text",
        "send": "Skicka",
        "sent": "Sparad på tavlan",
        "my_notes": "Dina lappar",
        "edit": "Redigera",
        "save": "Spara",
        "withdraw": "Ta bort",
        "locked": "Skrivandet är stängt.",
        "nothing_open": "Vänta lite: handledaren öppnar snart en del för skrivande.",
        "private": "Dina lappar syns för alla först när handledaren visar dem.",
        "card": "Ditt försökskort",
        "card_theme": "Tema",
        "save_card": "Spara kortet",
        "vote": "Omröstning",
        "dots_left": "Prickar kvar: {n}",
        "add_dot": "+ prick",
        "remove_dot": "− prick",
        "offline": "Ingen kontakt med datorn. Försöker igen…",
        "err_bad_token": "Öppna sidan på nytt från QR-koden på duken – dina lappar finns kvar.",
        "err_no_session": "Välj först en grupp.",
        "err_unknown_cell": "Den delen finns inte längre på tavlan.",
        "err_locked": "Handledaren har stängt den här delen.",
        "err_too_long": "Texten är för lång (högst 280 tecken).",
        "err_empty": "Skriv något först.",
        "err_no_vote": "Ingen omröstning pågår.",
        "err_no_dots_left": "Gruppens prickar är slut.",
        "err_unknown_note": "Lappen hittas inte.",
        "err_not_yours": "Du kan bara ändra dina egna lappar.",
        "err_slow_down": "Vänta lite – för många försök.",
        "err_bad_request": "Det gick inte att skicka. Ladda om sidan.",
        "err_bad_date": "Datum som 6.3.2026.",
        "err_cards_only": "Här skriver man ett försökskort.",
        "err_not_card_wall": "Kortväggen är inte öppen.",
        "err_no_group": "Välj först din grupp.",
        "err_not_saved": "Datorn kunde inte spara. Säg till handledaren.",
        "err_busy": "Datorn är upptagen. Försök igen.",
        "err_full": "Rummet är fullt.",
        "err_not_found": "Sidan finns inte.",
    },
    "en": {
        "title": "Pajalauta",
        "join_prompt": "Type the code shown on the screen",
        "join_code": "Code",
        "join": "Join",
        "wrong_code": "That code is not right. Check the screen.",
        "choose_group": "Choose your group",
        "your_name": "Your name (optional)",
        "start": "Start",
        "change_group": "Change group",
        "write": "Write a note",
        "where": "Where?",
        "note_text": "Note text",
        "send": "Send",
        "sent": "Saved on the board",
        "my_notes": "Your notes",
        "edit": "Edit",
        "save": "Save",
        "withdraw": "Withdraw",
        "locked": "Writing is locked.",
        "nothing_open": "Hold on: the facilitator will open a part of the board for writing.",
        "private": "Your notes are shown to everyone only when the facilitator reveals them.",
        "card": "Your experiment card",
        "card_theme": "Theme",
        "save_card": "Save card",
        "vote": "Vote",
        "dots_left": "Dots left: {n}",
        "add_dot": "+ dot",
        "remove_dot": "− dot",
        "offline": "No connection to the laptop. Trying again…",
        "err_bad_token": "Open the page again from the QR code on the screen; your notes are kept.",
        "err_no_session": "Join a group first.",
        "err_unknown_cell": "That part is no longer on the board.",
        "err_locked": "The facilitator has locked this part.",
        "err_too_long": "The text is too long (at most 280 characters).",
        "err_empty": "Write something first.",
        "err_no_vote": "No vote is running.",
        "err_no_dots_left": "Your group has used all its dots.",
        "err_unknown_note": "That note cannot be found.",
        "err_not_yours": "You can change only your own notes.",
        "err_slow_down": "Hold on – too many tries. Wait a moment.",
        "err_bad_request": "That could not be sent. Reload the page.",
        "err_bad_date": "Write dates like 6.3.2026.",
        "err_cards_only": "This part is for experiment cards.",
        "err_not_card_wall": "The card wall is not open.",
        "err_no_group": "Choose your group first.",
        "err_not_saved": "The laptop could not save. Tell the facilitator.",
        "err_busy": "The laptop is busy. Try again.",
        "err_full": "The room is full.",
        "err_not_found": "Page not found.",
    },
}


def pick_language(accept_language: str | None) -> str:
    """The first of fi/sv/en the phone asks for (by q order), English otherwise."""
    wanted: list[tuple[float, int, str]] = []
    for index, part in enumerate((accept_language or "").split(",")[:20]):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        wanted.append((-quality, index, tag.strip().lower()[:2]))
    for _q, _i, code in sorted(wanted):
        if code in LANGUAGES:
            return code
    return "en"


def text(language: str, key: str) -> str:
    return TEXTS.get(language, TEXTS["en"]).get(key, TEXTS["en"].get(key, key))
