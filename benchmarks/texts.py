"""Note texts for benchmark boards, taken from real Finnish workshop walls.

The phrases are what municipal workshops actually wrote (see the project's workshop material),
typos and all, copied here so the benchmark runs without the shared folder. Real text matters:
line breaking, Finnish letters and varied lengths are what a text layout cache has to absorb.
"""

from __future__ import annotations

import random
from typing import Final

PHRASES: Final[tuple[str, ...]] = (
    "laadukas, hyvin toimiva tuote/palvelu",
    "Juva, Rantasalmi, Sulkava, kunnat",
    "kannattavasti toimiva jatkossakin",
    "palvelu ei toimi",
    "hinta, sisältö, laatu muuttuu",
    "ostettu palvelu jää tekemättä",
    "edullisia ja monipuolisia aterioita",
    "erityisruokavaliot tarkasti huomioon",
    "omat toiveet huomioon",
    "juhlapyhien perinneruuat",
    "luotettavat raaka-aineet",
    "ruoka läheltä, luomua",
    "ateriahetki päivän tapahtumana",
    "ihmiskontakti, muutama sana kuljettajan kanssa",
    "pitää asiakasmäärä nykyisenä ja asiakkaat tyytyväisinä",
    "kotona asumisen mahdollistaminen",
    "ateriapalvelujen hinnan nousu",
    "vastaako ateria odotuksia",
    "onko hinta-laatu-suhde oikein",
    "peruutustieto ei kulje meille",
    "työ tehtäisiin asiakkaiden toiveiden mukaan",
    "joustavuus",
    "yhteistyö",
    "rajojen ylitys",
    "kustannukset alhaisina, taso säilytetään",
    "työpaikkojen ulkoistaminen",
    "tason säilyttäminen",
    "väsymys näkyy työntekijöissä",
    "Työvaatteet pitäisi uusia",
    "Tilamuutokset: ruokailu- ja työtilat",
    "Viihtyvyyden lisääminen: kalusteet, tekstiilit, kukkaverhot",
    "Lähiruuan hyödyntäminen",
    "Kotileivonnaiset",
    "Toiveruuat",
    "Logistiikka (sivukylien ateriapalvelut)",
    "Avoimet ovet",
    "Uudet iloiset työvaatteet",
    "Ohjatut taukojumpat",
    "Hierontalappuja – ennaltaehkäisy",
    "Ruoka- ja kahvietusetelit",
    "Terve, iloinen, innostunut työntekijä on voimavara",
    "Sisustamista",
    "Uusia liinoja, kukkia, verhoja",
    "Omat keittäjät ja keittiöt jokaiseen päiväkotiin ja laitokseen",
    "Asiakkaiden huomiointi: esim. à la carte -listat",
    "Uusi rakennus, jossa kaikki palvelut samassa",
    "Viihtyvyyttä enemmän",
    "Ruokasaliin uudet kalusteet, astiat, työvaatteet",
    "Oma bussi retkiin",
    "Väriä elämään",
    "Innostajana työyhteisössä",
    "Hiljaisten asiakkaiden mukaan ottaminen",
    "Osallisuuden lisääminen",
    "Hiljaisen tiedon siirtyminen",
    "Sähköiset palvelut",
    "Ketterä kehittäminen",
    "kouluterveydenhuolto",
    "päihdepalvelut ja aikuissosiaalityö",
    "vanhuspalvelut",
    "työllisyyspalvelut",
)


def note_text(rng: random.Random) -> str:
    """One note's text: mostly a phrase or two, sometimes a longer list, as on a real wall."""
    count = rng.choices((1, 2, 3, 5), weights=(45, 30, 17, 8))[0]
    parts = rng.sample(PHRASES, count)
    joiner = rng.choice((", ", "; ", "\n"))
    text = joiner.join(parts)
    return text[0].upper() + text[1:]
