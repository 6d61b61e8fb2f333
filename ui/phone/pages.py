"""The phone's two HTML pages: the join-code form and the writing page's shell.

Every text goes in through :func:`html.escape`; the words the script needs travel as a JSON
data block (never executed) with ``<`` escaped, so no text can end the block. The script and
the style are files from ``static/``: the Content-Security-Policy allows nothing inline.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from html import escape

from ui.phone.texts import TEXTS, text

_HEAD = """<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>{title}</title>
<link rel="stylesheet" href="/static/phone.css">
</head>
"""


def _escaped(language: str) -> Callable[[str], str]:
    def t(key: str) -> str:
        return escape(text(language, key))

    return t


def join_page(language: str, wrong: bool = False) -> str:
    """Asks for the join code (a phone that typed the address instead of scanning)."""
    t = _escaped(language)
    error = f'<p class="error" role="alert">{t("wrong_code")}</p>' if wrong else ""
    return (
        _HEAD.format(lang=language, title=t("title"))
        + f"""<body>
<main class="join">
<h1>{t("title")}</h1>
<form method="post" action="/join">
<label for="code">{t("join_prompt")}</label>
<input id="code" name="code" inputmode="numeric" autocomplete="off" maxlength="12" required
 autofocus>
{error}
<button type="submit">{t("join")}</button>
</form>
</main>
</body>
</html>
"""
    )


def app_page(language: str) -> str:
    """The writing page; ``/static/phone.js`` fills it from ``/api/state``."""
    words = json.dumps(TEXTS.get(language, TEXTS["en"]), ensure_ascii=True).replace("<", "\\u003c")
    t = _escaped(language)
    return (
        _HEAD.format(lang=language, title=t("title"))
        + f"""<body>
<script type="application/json" id="texts">{words}</script>
<header><span id="who"></span><button id="change-group" class="link" hidden>
{t("change_group")}</button></header>
<p id="status" role="status" aria-live="polite"></p>
<main>
<section id="join" hidden>
<h2>{t("choose_group")}</h2>
<div id="groups" class="choices"></div>
<label for="name">{t("your_name")}</label>
<input id="name" maxlength="40" autocomplete="name">
<button id="start" class="primary">{t("start")}</button>
</section>
<section id="write" hidden>
<h2>{t("write")}</h2>
<p id="private" class="hint" hidden>{t("private")}</p>
<p id="nothing" class="hint" hidden>{t("nothing_open")}</p>
<div id="write-form">
<label for="cells">{t("where")}</label>
<select id="cells"></select>
<label for="text">{t("note_text")}</label>
<textarea id="text" maxlength="280" rows="3"></textarea>
<button id="send" class="primary">{t("send")}</button>
</div>
</section>
<section id="vote" hidden>
<h2 id="vote-title">{t("vote")}</h2>
<p id="dots-left"></p>
<ul id="vote-notes" class="vote-list"></ul>
</section>
<section id="card" hidden>
<h2>{t("card")}</h2>
<label id="card-theme-label">{t("card_theme")}</label>
<div id="card-themes" class="choices"></div>
<div id="card-fields"></div>
<button id="save-card" class="primary">{t("save_card")}</button>
</section>
<section id="mine" hidden>
<h2>{t("my_notes")}</h2>
<ul id="my-notes" class="note-list"></ul>
</section>
</main>
<script src="/static/phone.js"></script>
</body>
</html>
"""
    )
