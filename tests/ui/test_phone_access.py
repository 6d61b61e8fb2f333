"""Who may do what on the phone server: no token or a wrong one, no session, another origin,
bad input, wrong join codes and a phone that floods are refused with the reason, and nothing
is stored."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from models.phone_ops import MAX_PHONE_TEXT
from tests.ui.phone_support import joined, run, setup
from ui.main_window import MainWindow


def test_requests_without_the_right_token_are_refused_and_store_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    phone, cells, _themes = setup(window, tmp_path)
    joined(qtbot, window, phone)
    body = {"zone_id": cells[0], "text": "ei saa tallentua"}
    assert run(qtbot, lambda: phone.request("POST", "/api/notes", body, token=False))[0] == 401
    assert run(qtbot, lambda: phone.request("POST", "/api/notes", body, token="arvaus"))[0] == 401
    assert run(qtbot, lambda: phone.request("GET", "/api/state", token=False))[0] == 401
    status, page, _headers = run(qtbot, lambda: phone.page("/?t=arvaus"))
    assert status == 200 and "Kirjoita valkokankaalla näkyvä koodi" in page
    assert "Ryhmä" not in page
    assert window.document.notes.count() == 0


def test_a_write_without_a_session_or_from_another_origin_is_refused(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    phone, cells, _themes = setup(window, tmp_path)
    body = {"zone_id": cells[0], "text": "ilman istuntoa"}
    status, answer = run(qtbot, lambda: phone.request("POST", "/api/notes", body))
    assert status == 401 and answer["error"] == "no_session"
    assert answer["message"] == "Liity ensin ryhmään."
    joined(qtbot, window, phone)
    status, _ = run(
        qtbot,
        lambda: phone.request(
            "POST", "/api/notes", body, headers={"Origin": "http://evil.example"}
        ),
    )
    assert status == 403
    status, _ = run(
        qtbot,
        lambda: phone.request(
            "POST", "/api/notes", data=b"zone_id=1&text=x", content_type="text/plain"
        ),
    )
    assert status == 415
    assert window.document.notes.count() == 0


def test_bad_input_is_refused_with_the_reason(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    phone, cells, themes = setup(window, tmp_path)
    joined(qtbot, window, phone)
    cases = [
        ({"zone_id": 999_999, "text": "x"}, 404, "unknown_cell"),
        ({"zone_id": themes[0], "text": "x"}, 403, "locked"),
        ({"zone_id": cells[0], "text": "x" * (MAX_PHONE_TEXT + 1)}, 413, "too_long"),
        ({"zone_id": cells[0], "text": "   "}, 400, "empty"),
        ({"zone_id": "1; DROP TABLE notes", "text": "x"}, 400, "bad_request"),
        ({"zone_id": True, "text": "x"}, 400, "bad_request"),
        ({"zone_id": cells[0], "text": ["x"]}, 400, "bad_request"),
    ]
    for body, status, code in cases:
        got, answer = run(qtbot, lambda b=body: phone.request("POST", "/api/notes", b))
        assert (got, answer.get("error")) == (status, code), body
    got, answer = run(
        qtbot,
        lambda: phone.request(
            "POST", "/api/notes", data=b"{not json", content_type="application/json"
        ),
    )
    assert got == 400
    got, _ = run(
        qtbot,
        lambda: phone.request("POST", "/api/notes", {"zone_id": cells[0], "text": "x" * 40_000}),
    )
    assert got == 413
    assert window.document.notes.count() == 0


def test_join_code_leads_to_the_token_and_wrong_codes_are_slowed(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    phone, _cells, _themes = setup(window, tmp_path)
    room = window.phones.room

    def send_code(code: str) -> tuple[int, dict[str, str]]:
        return phone.request(
            "POST",
            "/join",
            data=f"code={code}".encode(),
            content_type="application/x-www-form-urlencoded",
            token=False,
        )

    status, page, headers = run(qtbot, lambda: phone.page("/"))
    assert status == 200 and "frame-ancestors 'none'" in headers["Content-Security-Policy"]
    assert "<script>" not in page and headers["X-Frame-Options"] == "DENY"
    assert headers["Referrer-Policy"] == "no-referrer"
    status, answer = run(qtbot, lambda: send_code(room.join_code))
    assert status == 200 and "/static/phone.js" in answer["raw"]  # redirected to ?t=token
    wrong = "000000" if room.join_code != "000000" else "111111"
    for _ in range(6):
        assert run(qtbot, lambda: send_code(wrong))[0] == 403
    assert run(qtbot, lambda: send_code(room.join_code))[0] == 429


def test_a_phone_that_floods_is_slowed_down(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    phone, cells, _themes = setup(window, tmp_path)
    joined(qtbot, window, phone)

    def flood() -> list[int]:
        return [
            phone.request("POST", "/api/notes", {"zone_id": cells[0], "text": f"{n}"})[0]
            for n in range(30)
        ]

    statuses = run(qtbot, flood, 60000)
    assert 429 in statuses and statuses[0] == 200
    assert window.document.notes.count() == statuses.count(200) < 30
