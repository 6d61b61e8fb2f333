"""What real workshops wrote, for the demo board: Juva's meal-service workshops (Järvi-Saimaan
Palvelut, Linja 3 – Asiakasprosessit) and the Varkaus experiment cards' themes.

The Finnish is as the participants wrote it; the English is ours, for a board in English.
The journey-map notes and the experiment cards are examples in the same spirit, built from the
same sessions' words, since those write-ups did not record them card by card.
"""

from __future__ import annotations

from typing import Final

from models.templates.format import Label

L = Label

DREAM_FEAR: Final[dict[str, dict[str, tuple[Label, ...]]]] = {
    "municipality": {
        "dreams": (
            L("laadukas, hyvin toimiva tuote/palvelu", "a good, well-working product/service"),
        ),
        "who": (
            L("Juva, Rantasalmi, Sulkava, kunnat", "Juva, Rantasalmi, Sulkava, the municipalities"),
        ),
        "goal": (L("kannattavasti toimiva jatkossakin", "still running profitably in future"),),
        "fear": (
            L("palvelu ei toimi", "the service does not work"),
            L("hinta, sisältö, laatu muuttuu", "price, content, quality change"),
            L("ostettu palvelu jää tekemättä", "a bought service is not delivered"),
        ),
    },
    "end_customer": {
        "dreams": (
            L("edullisia ja monipuolisia aterioita", "affordable, varied meals"),
            L("erityisruokavaliot tarkasti huomioon", "special diets taken into account precisely"),
            L("omat toiveet huomioon", "my own wishes taken into account"),
            L("juhlapyhien perinneruuat", "traditional food on holidays"),
            L("luotettavat raaka-aineet", "reliable ingredients"),
            L("ruoka läheltä, luomua", "local food, organic"),
            L("ateriahetki päivän tapahtumana", "the meal as the event of the day"),
            L(
                "ihmiskontakti, muutama sana kuljettajan kanssa",
                "human contact, a few words with the driver",
            ),
        ),
        "goal": (
            L(
                "pitää asiakasmäärä nykyisenä ja asiakkaat tyytyväisinä",
                "keep the number of customers and keep them happy",
            ),
            L("kotona asumisen mahdollistaminen", "making it possible to live at home"),
        ),
        "fear": (
            L("ateriapalvelujen hinnan nousu", "meal service prices going up"),
            L("vastaako ateria odotuksia", "will the meal meet expectations"),
            L("onko hinta-laatu-suhde oikein", "is the value for money right"),
            L("peruutustieto ei kulje meille", "cancellations do not reach us"),
        ),
    },
    "staff": {
        "dreams": (
            L("työ tehtäisiin asiakkaiden toiveiden mukaan", "work done the way customers wish"),
            L("joustavuus", "flexibility"),
            L("yhteistyö", "cooperation"),
            L("rajojen ylitys", "crossing boundaries"),
        ),
        "goal": (L("kustannukset alhaisina, taso säilytetään", "costs kept low, the level kept"),),
        "fear": (
            L("työpaikkojen ulkoistaminen", "jobs being outsourced"),
            L("tason säilyttäminen", "keeping the level"),
            L("väsymys näkyy työntekijöissä", "tiredness shows in the staff"),
        ),
    },
}

GROUP_IDEAS: Final[tuple[tuple[str, tuple[Label, ...]], ...]] = (
    (
        "Työnilon näkyväksi tekijät",
        (
            L("Työvaatteet pitäisi uusia", "Work clothes should be renewed"),
            L("Tilamuutokset: ruokailu- ja työtilat", "Changes to the dining and work rooms"),
            L(
                "Viihtyvyyden lisääminen: kalusteet, tekstiilit, kukkaverhot",
                "More comfort: furniture, textiles, flowery curtains",
            ),
            L("Lähiruuan hyödyntäminen", "Using local food"),
            L("Kotileivonnaiset", "Home baking"),
            L("Toiveruuat", "Food on request"),
            L("Logistiikka (sivukylien ateriapalvelut)", "Logistics (meals for outlying villages)"),
            L("Avoimet ovet", "Open doors"),
        ),
    ),
    (
        "Innostujat",
        (
            L("Uudet iloiset työvaatteet", "New cheerful work clothes"),
            L("Ohjatut taukojumpat", "Guided exercise breaks"),
            L("Hierontalappuja – ennaltaehkäisy", "Massage vouchers – prevention"),
            L("Ruoka- ja kahvietusetelit", "Meal and coffee vouchers"),
            L(
                "Terve, iloinen, innostunut työntekijä on voimavara",
                "A healthy, cheerful, keen worker is a resource",
            ),
            L("Sisustamista", "Decorating"),
            L("Uusia liinoja, kukkia, verhoja", "New tablecloths, flowers, curtains"),
        ),
    ),
    (
        "Kiireen kesyttäjät",
        (
            L(
                "Omat keittäjät ja keittiöt jokaiseen päiväkotiin ja laitokseen",
                "A cook and a kitchen in every day-care centre and home",
            ),
            L(
                "Asiakkaiden huomiointi: esim. à la carte -listat",
                "Noticing customers: e.g. à la carte menus",
            ),
            L(
                "Uusi rakennus, jossa kaikki palvelut samassa",
                "A new building with all services under one roof",
            ),
            L("Viihtyvyyttä enemmän", "More comfort"),
            L(
                "Ruokasaliin uudet kalusteet, astiat, työvaatteet",
                "New furniture, dishes and work clothes for the dining hall",
            ),
            L("Oma bussi retkiin", "Our own bus for outings"),
            L("Väriä elämään", "Colour into life"),
        ),
    ),
)

JOURNEY_TITLE: Final = L("Palvelupolku: kotiin tuotu ateria", "Journey map: meals delivered home")
JOURNEY_NOTES: Final[tuple[tuple[str, str, Label], ...]] = (
    ("actions", "need", L("Kotona asuminen käy raskaaksi", "Living at home gets harder")),
    (
        "touchpoints",
        "information",
        L("Omainen soittaa kuntaan", "A relative calls the municipality"),
    ),
    (
        "bottlenecks",
        "contact",
        L(
            "Erityisruokavalio pitää selittää monta kertaa",
            "The special diet must be explained many times",
        ),
    ),
    ("bottlenecks", "waiting", L("peruutustieto ei kulje meille", "cancellations do not reach us")),
    (
        "feelings",
        "service",
        L("ateriahetki päivän tapahtumana", "the meal as the event of the day"),
    ),
    ("touchpoints", "service", L("muutama sana kuljettajan kanssa", "a few words with the driver")),
    ("ideas", "feedback", L("Toiveruuat", "Food on request")),
    (
        "ideas",
        "waiting",
        L("Logistiikka (sivukylien ateriapalvelut)", "Logistics (meals for outlying villages)"),
    ),
)
JOURNEY_MOODS: Final = (-1, -1, 0, -2, 2, 1)

EXPERIMENT_CARDS: Final[tuple[dict[str, Label], ...]] = (
    {
        "theme": L("Sähköiset palvelut", "Electronic services"),
        "owner": L("Aikuissosiaalityö", "Adult social work"),
        "problem": L(
            "Asiakas ei saa puhelimella aikaa varattua.", "Customers cannot book a time by phone."
        ),
        "try": L("Sähköinen ajanvaraus kahden viikon ajan.", "Online booking for two weeks."),
        "expect": L("Jono lyhenee; lasken varaukset.", "Queues get shorter; I count bookings."),
        "happened": L("Puolet varauksista tuli verkosta.", "Half of the bookings came online."),
        "solved": L("partly", "partly"),
        "learned": L(
            "Osa asiakkaista tarvitsee yhä puhelimen.", "Some customers still need the phone."
        ),
        "next": L("keep", "keep"),
    },
    {
        "theme": L("Hiljaisten asiakkaiden mukaan ottaminen", "Including the quiet customers"),
        "owner": L("Kouluterveydenhuolto", "School health care"),
        "problem": L(
            "Hiljainen nuori ei kerro huolistaan vastaanotolla.",
            "A quiet pupil does not tell their worries at the appointment.",
        ),
        "try": L("Kysyn kirjallisesti etukäteen.", "I ask in writing beforehand."),
        "expect": L(
            "Nuori kirjoittaa sen, mitä ei sano ääneen.",
            "The pupil writes what they do not say aloud.",
        ),
    },
    {
        "theme": L("Hiljaisen tiedon siirtyminen", "Passing on tacit knowledge"),
        "owner": L("Ateriapalvelut", "Meal services"),
        "problem": L(
            "Uusi kuljettaja ei tunne asiakkaiden tapoja.",
            "A new driver does not know the customers' habits.",
        ),
        "try": L(
            "Kokenut kuljettaja ajaa ensimmäisen viikon mukana.",
            "An experienced driver rides along the first week.",
        ),
        "expect": L("Ateria tulee tutulla tavalla.", "Meals arrive the familiar way."),
    },
    {
        "theme": L("Innostajana työyhteisössä", "Inspiring others at work"),
        "owner": L("Liikuntapalvelut", "Sports services"),
        "problem": L(
            "Kiire ja väsymys näkyvät asiakkaille.", "Rush and tiredness show to customers."
        ),
        "try": L("Ohjatut taukojumpat kahdesti viikossa.", "Guided exercise breaks twice a week."),
        "expect": L(
            "Jaksaminen paranee; kysyn työkavereilta.", "People cope better; I ask my colleagues."
        ),
    },
)
