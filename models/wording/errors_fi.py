"""Finnish for every message the model and the exports raise (keys: the English templates).

A value that is a pair is (one, many), chosen by the ``n`` parameter.
"""

from __future__ import annotations

from typing import Final

FI: Final[dict[str, str | tuple[str, str]]] = {
    "The first row must name the columns, with at least “text” (or “teksti”); optional: frame, "
    "zone, group, colour, votes, author, created.": "Ensimmäisellä rivillä pitää olla sarakkeiden nimet, vähintään ”teksti” (tai ”text”); "
    "lisäksi voi olla: frame, zone, group, colour, votes, author, created.",
    "Row {line}": "Rivi {line}",
    "The file has {n} rows; import at most {limit} notes at a time.": "Tiedostossa on {n} riviä; tuo enintään {limit} lappua kerralla.",
    "The file has no notes: every row below the header is empty.": "Tiedostossa ei ole lappuja: kaikki otsikkorivin alla olevat rivit ovat tyhjiä.",
    "{where}: the text has {n} characters; a note holds at most {limit}.": "{where}: tekstissä on {n} merkkiä; lappuun mahtuu enintään {limit}.",
    "{where}: votes must be a whole number, not “{value}”.": "{where}: äänten määrän pitää olla kokonaisluku, ei ”{value}”.",
    "The file is not UTF-8 text; save it as “CSV UTF-8”.": "Tiedosto ei ole UTF-8-tekstiä; tallenna se muodossa ”CSV UTF-8”.",
    "The file is not valid CSV: {problem}.": "Tiedosto ei ole kelvollinen CSV: {problem}.",
    "{where}: “{value}” is not a colour (use {names} or #RRGGBB).": "{where}: ”{value}” ei ole väri (käytä: {names} tai #RRGGBB).",
    "{where}: “{value}” is not a date and time like 2026-03-06T09:15:00.": "{where}: ”{value}” ei ole päivämäärä ja aika muodossa 2026-03-06T09:15:00.",
    "Row {line}: the frame “{frame}” has no zone “{zone}”.": "Rivi {line}: kehyksessä ”{frame}” ei ole lokeroa ”{zone}”.",
    "The board has no frame with id {id}.": "Taululla ei ole kehystä, jonka tunnus on {id}.",
    "Row {line}: the frame “{frame}” has no zone “{zone}” (it has {known} …).": "Rivi {line}: kehyksessä ”{frame}” ei ole lokeroa ”{zone}” (siinä on {known} …).",
    "The file is not valid JSON: {name} is not allowed.": "Tiedosto ei ole kelvollista JSONia: {name} ei ole sallittu.",
    'This is not a Pajalauta board export (expected "format": "{format}").': 'Tämä ei ole Pajalaudan taulun vienti (odotettiin "format": "{format}").',
    "The file is format version {version}, made by a newer Pajalauta; this one reads version "
    "{latest}.": "Tiedoston muotoversio on {version}, ja sen on tehnyt uudempi Pajalauta; tämä versio "
    "lukee versiota {latest}.",
    "{field}: {version} is not a known version.": "{field}: versiota {version} ei tunneta.",
    "{field}: expected text.": "{field}: tässä pitää olla tekstiä.",
    "The file is too large to be a board export.": "Tiedosto on liian suuri ollakseen taulun vienti.",
    "The file is not valid JSON: {problem} at line {line}, column {column}.": "Tiedosto ei ole kelvollista JSONia: {problem} rivillä {line}, sarakkeessa {column}.",
    "The file is not valid JSON: it is nested too deeply.": "Tiedosto ei ole kelvollista JSONia: se on sisäkkäin liian monta tasoa.",
    "The file is not UTF-8 text (byte {byte}).": "Tiedosto ei ole UTF-8-tekstiä (tavu {byte}).",
    "{field}: a group needs a name.": "{field}: ryhmällä pitää olla nimi.",
    "{field}: a zone must belong to a frame.": "{field}: lokeron pitää kuulua kehykseen.",
    "{field}: the image is larger than a board accepts.": "{field}: kuva on suurempi kuin taululle voi lisätä.",
    "{field}: does not match the image data (the file is damaged).": "{field}: ei vastaa kuvan tietoja (tiedosto on vioittunut).",
    "{field}: a dot needs a vote_id and a note_id.": "{field}: äänipisteellä pitää olla vote_id ja note_id.",
    "{field}: not valid base64.": "{field}: ei ole kelvollista base64-koodia.",
    "{field}: a note is {low} to {high} units.": "{field}: lapun koko on {low}–{high} yksikköä.",
    "{field}: {problem}": "{field}: {problem}",
    "frame": "kehystä",
    "zone": "lokeroa",
    "group": "ryhmää",
    "image": "kuvaa",
    "note": "lappua",
    "voting round": "äänestystä",
    "{value}": "{value}",
    "null": "tyhjä arvo (null)",
    "true/false": "tosi/epätosi",
    "the number {value}": "luku {value}",
    "the text “{value}”": "teksti ”{value}”",
    "a list": "lista",
    "an object": "objekti",
    "{field}: expected a list […], found {kind}.": "{field}: odotettiin listaa […], löytyi {kind}.",
    "{field}: the id {id} is used twice.": "{field}: tunnus {id} on käytössä kahdesti.",
    "{field}: expected an object {{…}}, found {kind}.": "{field}: odotettiin objektia {{…}}, löytyi {kind}.",
    "{field}: unknown field “{name}” (allowed: {allowed}).": "{field}: tuntematon kenttä ”{name}” (sallitut: {allowed}).",
    "{field}: expected text, found {kind}.": "{field}: odotettiin tekstiä, löytyi {kind}.",
    "{field}: longer than {limit} characters.": "{field}: pidempi kuin {limit} merkkiä.",
    "{field}: expected a number, found {kind}.": "{field}: odotettiin lukua, löytyi {kind}.",
    "{field}: {value} is not a usable number.": "{field}: {value} ei ole käyttökelpoinen luku.",
    "{field}: must be greater than zero.": "{field}: pitää olla suurempi kuin nolla.",
    "{field}: expected a whole number, found {kind}.": "{field}: odotettiin kokonaislukua, löytyi {kind}.",
    "{field}: must be at least {minimum}.": "{field}: pitää olla vähintään {minimum}.",
    "{field}: there is no {what} with id {id}.": "{field}: ei ole {what}, jonka tunnus on {id}.",
    "{field}: expected true or false, found {kind}.": "{field}: odotettiin arvoa true tai false, löytyi {kind}.",
    "{field}: {value} is not a colour like #FFE45C.": "{field}: {value} ei ole väri muodossa #FFE45C.",
    "{field}: the field “{name}” is missing.": "{field}: kenttä ”{name}” puuttuu.",
    "“{name}” already exists; choose another name.": "”{name}” on jo olemassa; valitse toinen nimi.",
    "“{name}” was saved by an older Pajalauta and must be updated, but it is read-only. Copy it "
    "somewhere writable and open the copy.": "”{name}” on tallennettu vanhemmalla Pajalaudalla ja pitää päivittää, mutta siihen ei "
    "voi kirjoittaa. Kopioi se paikkaan, johon voi tallentaa, ja avaa kopio.",
    "A copy cannot replace the board it is copied from.": "Kopio ei voi korvata taulua, josta se kopioidaan.",
    "“{name}” is open read-only; it cannot be changed.": "”{name}” on avattu vain luettavaksi; sitä ei voi muuttaa.",
    "“{name}” has no board record; it is damaged.": "Tiedostosta ”{name}” puuttuvat taulun tiedot; se on vioittunut.",
    "“{name}” was saved by an older Pajalauta and could not be updated to this version's file "
    "format; the file was left as it was.": "”{name}” on tallennettu vanhemmalla Pajalaudalla, eikä sitä voitu päivittää tämän "
    "version tiedostomuotoon; tiedosto jätettiin ennalleen.",
    "the disk is full": "levy on täynnä",
    "no permission": "ei oikeuksia",
    "the disk is read-only": "levylle ei voi kirjoittaa",
    "the folder does not exist": "kansiota ei ole",
    "it is a folder": "se on kansio",
    "This zone holds {n} notes. Move them first, or choose to keep them below the frame or to "
    "delete them.": (
        "Tässä lokerossa on 1 lappu. Siirrä se ensin pois, tai valitse, jätetäänkö se "
        "kehyksen alle vai poistetaanko se.",
        "Tässä lokerossa on {n} lappua. Siirrä ne ensin pois, tai valitse, jätetäänkö ne "
        "kehyksen alle vai poistetaanko ne.",
    ),
    "This frame has no rows or columns; edit its zones instead.": "Tässä kehyksessä ei ole rivejä eikä sarakkeita; muokkaa sen lokeroita.",
    "This frame has a single row; add or remove columns instead.": "Tässä kehyksessä on vain yksi rivi; lisää tai poista sarakkeita.",
    "That row or column is no longer in the frame.": "Sitä riviä tai saraketta ei ole enää kehyksessä.",
    "A frame keeps at least one row and one column.": "Kehykseen jää aina vähintään yksi rivi ja yksi sarake.",
    "This row holds {n} notes. Move them first, or choose to keep them below the frame or to "
    "delete them.": (
        "Tällä rivillä on 1 lappu. Siirrä se ensin pois, tai valitse, jätetäänkö se kehyksen "
        "alle vai poistetaanko se.",
        "Tällä rivillä on {n} lappua. Siirrä ne ensin pois, tai valitse, jätetäänkö ne "
        "kehyksen alle vai poistetaanko ne.",
    ),
    "This column holds {n} notes. Move them first, or choose to keep them below the frame or to "
    "delete them.": (
        "Tässä sarakkeessa on 1 lappu. Siirrä se ensin pois, tai valitse, jätetäänkö se "
        "kehyksen alle vai poistetaanko se.",
        "Tässä sarakkeessa on {n} lappua. Siirrä ne ensin pois, tai valitse, jätetäänkö ne "
        "kehyksen alle vai poistetaanko ne.",
    ),
    "Add a row or a column to this frame instead.": "Lisää tähän kehykseen rivi tai sarake.",
    "That zone is no longer on the board.": "Sitä lokeroa ei ole enää taululla.",
    "Remove a row or a column of this frame instead.": "Poista tästä kehyksestä rivi tai sarake.",
    "A frame keeps at least one zone.": "Kehykseen jää aina vähintään yksi lokero.",
    "That frame is no longer on the board.": "Sitä kehystä ei ole enää taululla.",
    "That part of the frame is no longer on the board.": "Sitä kehyksen osaa ei ole enää taululla.",
    "Only the feelings lane of a journey map holds a feeling.": "Tunteen voi merkitä vain palvelupolun tunnekaistalle.",
    "The image is {size} MB; a board accepts images up to {limit} MB. Make it smaller and add it "
    "again.": "Kuva on {size} Mt; taululle voi lisätä enintään {limit} Mt:n kuvia. Pienennä kuvaa ja "
    "lisää se uudelleen.",
    "That file is not a PNG, JPEG, GIF or WebP image.": "Tiedosto ei ole PNG-, JPEG-, GIF- eikä WebP-kuva.",
    "Only notes in a cell of a frame can be tidied.": "Vain kehyksen lokerossa olevat laput voi järjestää.",
    "A note can hold at most {limit} characters; this text has {n}. Split it over several notes.": "Lappuun mahtuu enintään {limit} merkkiä; tässä tekstissä on {n}. Jaa se usealle "
    "lapulle.",
    "“{value}” is not a date; write it like 6.3.2026.": "”{value}” ei ole päivämäärä; kirjoita se muodossa 6.3.2026.",
    "Something went wrong with “{name}”.": "Tiedoston ”{name}” kanssa meni jokin vikaan.",
    "“{name}” is empty (0 bytes); it is not a Pajalauta board.": "”{name}” on tyhjä (0 tavua); se ei ole Pajalaudan taulu.",
    "“{name}” is not a Pajalauta board (it is not a database file).": "”{name}” ei ole Pajalaudan taulu (se ei ole tietokantatiedosto).",
    "“{name}” is damaged: the file is cut short.": "”{name}” on vioittunut: tiedosto on katkennut kesken.",
    "“{name}” is damaged: its header is not valid.": "”{name}” on vioittunut: sen alkuosa ei ole kelvollinen.",
    "“{name}” cannot be saved safely on this disk.": "Tiedostoa ”{name}” ei voi tallentaa turvallisesti tälle levylle.",
    "“{name}” is open in Pajalauta or was not closed properly, so it cannot be replaced. Close "
    "it first, or choose another name.": "”{name}” on auki Pajalaudassa tai sitä ei suljettu kunnolla, joten sitä ei voi korvata. "
    "Sulje se ensin tai valitse toinen nimi.",
    "“{name}” is already open in another Pajalauta window. Close it there first.": "”{name}” on jo auki toisessa Pajalaudan ikkunassa. Sulje se siellä ensin.",
    "The disk is full: the last change to “{name}” could not be saved. Free some space; nothing "
    "saved before this change is lost.": "Levy on täynnä: viimeisintä muutosta tauluun ”{name}” ei voitu tallentaa. Vapauta "
    "tilaa; mikään aiemmin tallennettu ei ole kadonnut.",
    "“{name}” cannot be written (the file or its folder is read-only).": "Tiedostoon ”{name}” ei voi kirjoittaa (tiedosto tai sen kansio on vain luku -tilassa).",
    "“{name}” is damaged or not a Pajalauta board.": "”{name}” on vioittunut tai se ei ole Pajalaudan taulu.",
    "“{name}” could not be read or written.": "Tiedostoa ”{name}” ei voitu lukea tai kirjoittaa.",
    "The board file “{name}” does not exist.": "Taulutiedostoa ”{name}” ei ole.",
    "You do not have permission to read “{name}”.": "Sinulla ei ole oikeutta lukea tiedostoa ”{name}”.",
    "“{name}” is a folder, not a board file.": "”{name}” on kansio, ei taulutiedosto.",
    "“{name}” could not be read.": "Tiedostoa ”{name}” ei voitu lukea.",
    "“{name}” is a database of another program, not a Pajalauta board.": "”{name}” on toisen ohjelman tietokanta, ei Pajalaudan taulu.",
    "“{name}” was saved by a newer Pajalauta (file format {version}; this version reads up to "
    "{latest}). Update Pajalauta to open it.": "”{name}” on tallennettu uudemmalla Pajalaudalla (tiedostomuoto {version}; tämä versio "
    "lukee enintään muotoa {latest}). Päivitä Pajalauta, niin voit avata sen.",
    "“{name}” is damaged and cannot be opened safely.": "”{name}” on vioittunut, eikä sitä voi avata turvallisesti.",
    "{who} has used all {n} dots of this vote.": (
        "{who} on jo käyttänyt tämän äänestyksen ainoan äänen.",
        "{who} on jo käyttänyt kaikki tämän äänestyksen {n} ääntä.",
    ),
    "A vote gives 1 to {limit} dots; {budget} is not possible.": "Äänestyksessä voi antaa 1–{limit} ääntä; {budget} ei käy.",
    "A vote is already running; end it before starting another.": "Äänestys on jo käynnissä; lopeta se ennen uuden aloittamista.",
    "This vote has ended; start a new vote to place more dots.": "Tämä äänestys on päättynyt; aloita uusi äänestys, jos haluat antaa lisää ääniä.",
    "This voter has used all {n} dots of this vote.": (
        "Tämä äänestäjä on jo käyttänyt tämän äänestyksen ainoan äänen.",
        "Tämä äänestäjä on jo käyttänyt kaikki tämän äänestyksen {n} ääntä.",
    ),
    "This vote is about another frame; that note is not part of it.": "Tämä äänestys koskee toista kehystä; se lappu ei kuulu siihen.",
    "Cannot write “{name}” in “{folder}”: {reason}.": "Tiedostoa ”{name}” ei voi kirjoittaa kansioon ”{folder}”: {reason}.",
    "“{name}” is a folder; give a file name to export to.": "”{name}” on kansio; anna tiedoston nimi, johon viedään.",
    "The folder “{folder}” does not exist.": "Kansiota ”{folder}” ei ole.",
    "“{name}” does not exist.": "Tiedostoa ”{name}” ei ole.",
    "“{name}” is a folder, not a file.": "”{name}” on kansio, ei tiedosto.",
    "“{name}” is too large to import.": "”{name}” on liian suuri tuotavaksi.",
    "Cannot read “{name}”: {reason}.": "Tiedostoa ”{name}” ei voi lukea: {reason}.",
    "“{name}”: {problem}": "”{name}”: {problem}",
    "“{name}” is read-only; nothing was imported.": "Tauluun ”{name}” ei voi kirjoittaa; mitään ei tuotu.",
    "Cannot write the picture “{name}”.": "Kuvaa ”{name}” ei voi kirjoittaa.",
    "Unknown handout sections: {names}; choose from {choices}.": "Tuntemattomia muistion osioita: {names}; valitse näistä: {choices}.",
    "The page size must be A4 or Letter, not “{value}”.": "Paperikoon pitää olla A4 tai Letter, ei ”{value}”.",
    "The width must be 16 to {limit} pixels.": "Leveyden pitää olla 16–{limit} pikseliä.",
    "A {width} × {height} picture is too large; choose a smaller width.": "Kuva {width} × {height} on liian suuri; valitse pienempi leveys.",
    "Row {line}: one cell holds more than {n} characters, but a note holds at most {limit}. "
    "Shorten that text or split it over several rows.": "Rivi {line}: yhdessä solussa on yli {n} merkkiä, mutta lappuun mahtuu enintään {limit}. "
    "Lyhennä tekstiä tai jaa se usealle riville.",
    "The image is {size} MB; a board keeps images of up to {limit} MB each, so that it stays "
    "quick to open, save and send. Make it smaller and add it again.": "Kuva on {size} Mt; taululle voi lisätä enintään {limit} Mt:n kuvia, jotta taulu on "
    "nopea avata, tallentaa ja lähettää. Pienennä kuvaa ja lisää se uudelleen.",
    "{field}: the photo is {size} MB, but a board takes photos of at most {limit} MB. Make it "
    "smaller (a photo 2,000 pixels wide is plenty for a projector) and import again.": "{field}: valokuva on {size} Mt, mutta taululle voi lisätä enintään {limit} Mt:n "
    "kuvia. Pienennä kuvaa (2 000 pikseliä leveä kuva riittää hyvin tykille) ja tuo "
    "uudelleen.",
    "{field}: the text has {n} characters, but a note holds at most {limit}. Split it over "
    "several notes.": "{field}: tekstissä on {n} merkkiä, mutta lappuun mahtuu enintään {limit}. Jaa se "
    "usealle lapulle.",
    "“{name}” could not be written: {reason}.": "Tiedostoa ”{name}” ei voitu kirjoittaa: {reason}.",
    "“{name}” is a shortcut (symbolic link) that leads to no file: to itself, in a loop, or to "
    "a file that is gone. Open or choose the file itself.": "”{name}” on pikakuvake (symbolinen linkki), joka ei johda mihinkään tiedostoon: "
    "itseensä, kehässä tai poistettuun tiedostoon. Avaa tai valitse itse tiedosto.",
    "“{name}” was changed by another program: it holds database objects that Pajalauta did not "
    "make ({listed}). A board file must hold data only, so it was not opened and was left as "
    "it was. Ask for the board again, or export its notes from the program that changed it.": "”{name}” on muutettu toisella ohjelmalla: siinä on tietokantaobjekteja, joita "
    "Pajalauta ei ole tehnyt ({listed}). Taulutiedostossa saa olla vain tietoja, joten sitä "
    "ei avattu ja se jätettiin ennalleen. Pyydä taulu uudelleen tai vie sen laput siitä "
    "ohjelmasta, joka sitä muutti.",
    "Some frame cells had an impossible row or column; they are shown in the first.": "Joillakin kehyksen lokeroilla oli mahdoton rivi tai sarake; ne näytetään "
    "ensimmäisessä.",
    "Some groups had a name or colour that could not be used; they are shown with a usable "
    "one.": "Joillakin ryhmillä oli nimi tai väri, jota ei voi käyttää; niille näytetään "
    "käyttökelpoinen.",
    "Some note texts were stored as something other than text; they are shown as text.": "Joidenkin lappujen teksti oli tallennettu muuna kuin tekstinä; ne näytetään tekstinä.",
    "Some notes had a colour that is not a colour; they are shown yellow.": "Joidenkin lappujen väri ei ollut väri; ne näytetään keltaisina.",
    "Some notes held more than {limit} characters; only the first {limit} are shown.": "Joissakin lapuissa oli yli {limit} merkkiä; vain ensimmäiset {limit} näytetään.",
    "Some notes referred to a frame cell, group or picture that does not exist; the reference "
    "is left out.": "Jotkin laput viittasivat kehyksen lokeroon, ryhmään tai kuvaan, jota ei ole; viittaus "
    "jätetään pois.",
    "Some places in the file were not usable numbers (empty, text, infinite or far beyond the "
    "board); those notes or frames are shown at the board's starting point (0, 0), from where "
    "you can move them.": "Jotkin tiedoston sijainnit eivät olleet käyttökelpoisia lukuja (tyhjiä, tekstiä, "
    "äärettömiä tai kaukana taulun ulkopuolella); ne laput tai kehykset näytetään taulun "
    "alkupisteessä (0, 0), josta voit siirtää ne.",
    "Some sizes in the file were negative, tiny or huge; they are shown between {low} and "
    "{high}.": "Jotkin tiedoston koot olivat negatiivisia, pieniä tai valtavia; ne näytetään "
    "väliltä {low}–{high}.",
    "Some sizes in the file were not numbers; those items are shown at the usual size.": "Jotkin tiedoston koot eivät olleet lukuja; ne näytetään tavallisen kokoisina.",
    "Some votes, cells or frames refer to notes, frames or groups that are missing; they are "
    "shown without that link.": "Jotkin äänet, lokerot tai kehykset viittaavat puuttuviin lappuihin, kehyksiin tai "
    "ryhmiin; ne näytetään ilman sitä viittausta.",
}
