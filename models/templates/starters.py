"""The four starter templates, as data.

Wording comes from what real Finnish municipal workshops put on their walls (Juva, Varkaus,
Eduro; see the project's workshop notes): Finnish first, in plain words for cooks, drivers and
care staff, with an English version for a board whose language is English.
"""

from __future__ import annotations

from typing import Final

from models.templates.format import (
    Band,
    FreeLayout,
    FreeZone,
    GridLayout,
    Label,
    Option,
    Template,
)

# --- customer dream / fear -----------------------------------------------------------------
WHO_OPTION: Final = "who_column"

DREAM_FEAR = Template(
    key="dream_fear",
    name=Label("Asiakkaan unelmat ja pelot", "Customer dreams and fears"),
    description=Label(
        "Jokaiselle asiakasryhmälle omalle rivilleen: mistä asiakas unelmoi, mihin pyrimme ja "
        "mitä asiakas pelkää eniten.",
        "One row per customer segment: what the customer dreams of, what we aim for and what "
        "the customer fears most.",
    ),
    layout=GridLayout(
        rows=(
            Band("municipality", Label("Kunta asiakkaana", "The municipality as customer")),
            Band("end_customer", Label("Loppuasiakas", "The end customer")),
            Band(
                "staff",
                Label("Kunnan henkilöstö asiakkaana", "The municipality's staff as customer"),
            ),
        ),
        columns=(
            Band(
                "who",
                Label("Asiakas", "Who the customer is"),
                Label("Kuka asiakas on?", "Who exactly is the customer?"),
                colour="#F3F3F1",
                option=WHO_OPTION,
            ),
            Band(
                "dreams",
                Label("Unelmat", "Dreams"),
                Label("Mistä asiakas unelmoi?", "What does the customer dream of?"),
                colour="#EDF8E7",
            ),
            Band(
                "goal",
                Label("Tavoite", "Goal"),
                Label("Mihin me pyrimme?", "What are we aiming for?"),
                colour="#EAF2FB",
            ),
            Band(
                "fear",
                Label("Pahin pelko", "Worst fear"),
                Label("Mitä asiakas pelkää eniten?", "What does the customer fear most?"),
                colour="#FBEBEA",
            ),
        ),
        cell_width=700.0,
        cell_height=680.0,
        row_header_width=300.0,
        column_header_height=190.0,  # a title and a two-line prompt, readable (#10)
    ),
    options=(
        Option(
            WHO_OPTION,
            Label(
                "Lisää ensimmäiseksi sarake ”Asiakas” (kuka asiakas on)",
                "Add a first column “Who the customer is”",
            ),
        ),
    ),
    examples=(
        Label("laadukas, hyvin toimiva tuote/palvelu", "a good, well-working product/service"),
        Label("peruutustieto ei kulje meille", "cancellations do not reach us"),
    ),
)

# --- journey map / service path ------------------------------------------------------------
JOURNEY_MAP = Template(
    key="journey_map",
    name=Label("Palvelupolku", "Journey map (service path)"),
    description=Label(
        "Asiakkaan polku vaihe vaiheelta: mitä asiakas tekee, missä hän asioi, miltä tuntuu, "
        "missä palvelu takkuaa ja miten sitä voisi parantaa.",
        "The customer's path stage by stage: what they do, where they deal with us, how it "
        "feels, where the service gets stuck and how it could be better.",
    ),
    layout=GridLayout(
        rows=(
            Band(
                "actions",
                Label("Asiakkaan toiminta", "Customer actions"),
                Label("Mitä asiakas tekee?", "What does the customer do?"),
            ),
            Band(
                "touchpoints",
                Label("Kohtaamiset ja kanavat", "Touchpoints and channels"),
                Label("Missä ja miten asiakas asioi?", "Where and how do they deal with us?"),
                colour="#F3F8FE",
            ),
            Band(
                "feelings",
                Label("Ajatukset ja tunteet", "Thoughts and feelings"),
                Label(
                    "Mitä asiakas ajattelee? Miltä tuntuu (−2…+2)?",
                    "What do they think? How does it feel (−2…+2)?",
                ),
                colour="#FFF8E3",
                mood=True,
            ),
            Band(
                "bottlenecks",
                Label("Pullonkaulat ja kipukohdat", "Bottlenecks and pain points"),
                Label("Missä palvelu takkuaa?", "Where does the service get stuck?"),
                colour="#FCEDEC",
            ),
            Band(
                "ideas",
                Label("Ideat ja mahdollisuudet", "Ideas and opportunities"),
                Label("Miten tätä voisi parantaa?", "How could this be better?"),
                colour="#EDF8E8",
            ),
        ),
        columns=(
            Band(
                "need",
                Label("Tarve herää", "A need arises"),
                Label("Mistä kaikki alkaa?", "Where does it all begin?"),
            ),
            Band(
                "information",
                Label("Tiedon etsiminen", "Finding information"),
                Label("Mistä asiakas etsii tietoa?", "Where does the customer look?"),
            ),
            Band(
                "contact",
                Label("Hakeminen ja yhteydenotto", "Applying and contact"),
                Label(
                    "Miten asiakas hakee tai ottaa yhteyttä?", "How do they apply or get in touch?"
                ),
            ),
            Band(
                "waiting",
                Label("Odottaminen", "Waiting"),
                Label("Mitä odottaessa tapahtuu?", "What happens while they wait?"),
            ),
            Band(
                "service",
                Label("Itse palvelu", "The service itself"),
                Label("Miten palvelu toteutuu?", "How is the service delivered?"),
            ),
            Band(
                "feedback",
                Label("Palaute", "Feedback"),
                Label(
                    "Miten asiakas kertoo kokemuksestaan?",
                    "How does the customer tell us how it went?",
                ),
            ),
        ),
        cell_width=460.0,
        cell_height=280.0,
        row_header_width=300.0,
        column_header_height=180.0,  # two lines of title and of prompt, readable (#10)
    ),
)

# --- experiment wall ----------------------------------------------------------------------
EXPERIMENT_THEMES: Final = (
    ("inspiring", Label("Innostajana työyhteisössä", "Inspiring others at work"), "#FFF6D6"),
    (
        "quiet_customers",
        Label("Hiljaisten asiakkaiden mukaan ottaminen", "Including the quiet customers"),
        "#E9F4FD",
    ),
    ("participation", Label("Osallisuuden lisääminen", "Increasing participation"), "#EDF8E7"),
    (
        "tacit_knowledge",
        Label("Hiljaisen tiedon siirtyminen", "Passing on tacit knowledge"),
        "#F5EEFD",
    ),
    ("e_services", Label("Sähköiset palvelut", "Electronic services"), "#FDEFE4"),
    ("agile", Label("Ketterä kehittäminen", "Agile development"), "#EAF7F4"),
)
THEME_ZONE_SIZE: Final = (1060.0, 1370.0)
THEME_GAP: Final = 40.0


def _theme_zones() -> tuple[FreeZone, ...]:
    width, height = THEME_ZONE_SIZE
    return tuple(
        FreeZone(
            key,
            title,
            Label("Kokeilukortit tämän teeman alle", "Experiment cards for this theme"),
            x=(index % 3) * (width + THEME_GAP),
            y=(index // 3) * (height + THEME_GAP),
            width=width,
            height=height,
            colour=colour,
        )
        for index, (key, title, colour) in enumerate(EXPERIMENT_THEMES)
    )


EXPERIMENT_WALL = Template(
    key="experiment_wall",
    name=Label("Kokeiluseinä", "Experiment wall"),
    description=Label(
        "Jokainen täyttää oman kokeilukortin: ongelma asiakkaan näkökulmasta, mitä kokeilen, "
        "mitä odotan – ja kokeilun jälkeen mitä tapahtui. Kortit teemoittain.",
        "Everyone fills in an experiment card: the problem from the customer's point of view, "
        "what I will try, what I expect – and afterwards what happened. Cards by theme.",
    ),
    layout=FreeLayout(
        zones=_theme_zones(),
        width=3 * THEME_ZONE_SIZE[0] + 2 * THEME_GAP,
        height=2 * THEME_ZONE_SIZE[1] + THEME_GAP,
    ),
    card_kind="experiment",
)

# --- group idea lists ----------------------------------------------------------------------
IDEA_LISTS = Template(
    key="idea_lists",
    name=Label("Ryhmien ideat", "Group idea lists"),
    description=Label(
        "Oma sarake jokaiselle ryhmälle ja parkkipaikka ajatuksille, joihin palataan myöhemmin.",
        "A column for each group and a parking lot for thoughts to come back to later.",
    ),
    layout=GridLayout(
        rows=(),
        columns=(
            *(
                Band(
                    f"group{number}",
                    Label(f"Ryhmä {number}", f"Group {number}"),
                    Label("Ryhmän ideat", "The group's ideas"),
                    per_group=True,
                )
                for number in (1, 2, 3)
            ),
            Band(
                "parking_lot",
                Label("Parkkipaikka", "Parking lot"),
                Label(
                    "Hyvät ajatukset, joihin palataan myöhemmin",
                    "Good thoughts to come back to later",
                ),
                colour="#F2F2F0",
                header_colour="#DADADA",
            ),
        ),
        cell_width=480.0,
        cell_height=1000.0,
    ),
    examples=(
        Label("Työvaatteet pitäisi uusia", "Work clothes should be renewed"),
        Label("Lähiruuan hyödyntäminen", "Using local food"),
    ),
)

STARTERS: Final = (DREAM_FEAR, JOURNEY_MAP, EXPERIMENT_WALL, IDEA_LISTS)
