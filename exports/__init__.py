"""Handouts and exchange: everything that leaves the board as a file, or comes in as one.

Public entry points (import the module you need; nothing heavy is loaded here):

* ``exports.handout.write_handout(doc_or_snapshot, out_path, *, page_size="A4",
  sections=None, progress=None, cancel=None)`` — the PDF handout;
* ``exports.exchange.write_csv`` / ``write_json`` / ``import_file`` — notes CSV, board JSON;
* ``exports.png.write_png(doc_or_snapshot, out_path, *, frame_id=None, width=2400)`` — a PNG
  (the only module here that uses Qt, offscreen);
* ``exports.cli.main(argv)`` — ``pajalauta export …`` / ``pajalauta import …``.

Exports read a :class:`models.snapshot.BoardSnapshot`, never scene items.
"""
