"""``pajalauta`` and ``pajalauta BOARD`` start without building the argument parser, and
mean exactly what the parser makes of them; anything else still goes to the parser."""

from __future__ import annotations

from pathlib import Path

import pytest

import main

PLAIN = [[], ["aamupaja.pajalauta"], ["/tmp/työpaja 2.pajalauta"], ["~/Pajat/syksy.pajalauta"]]
OTHERS = [[""], ["-"], ["--demo"], ["--read-only", "a.pajalauta"], ["a", "b"], ["-h"], ["--"]]


@pytest.mark.parametrize("args", PLAIN)
def test_a_board_or_nothing_reads_as_the_parser_reads_it(args: list[str]) -> None:
    plain = main.plain_options(args)
    assert plain is not None
    assert plain == main.build_parser("fi").parse_args(args)
    assert plain.board == (Path(args[0]) if args else None)


@pytest.mark.parametrize("args", OTHERS)
def test_options_and_odd_arguments_go_to_the_parser(args: list[str]) -> None:
    assert main.plain_options(args) is None


@pytest.mark.parametrize("args", [["--help"], ["--bogus"], ["a", "b"]])
def test_leaving_before_the_window_gives_the_collector_back(args: list[str]) -> None:
    """``main`` holds the collector while it starts (ui.start_collector); every way out
    before a board is shown leaves it running, as the caller had it."""
    import gc

    assert gc.isenabled()
    frozen = gc.get_freeze_count()  # CPython 3.12 starts with a few hundred frozen objects
    with pytest.raises(SystemExit):
        main.main(args)
    assert gc.isenabled()
    assert gc.get_freeze_count() == frozen
