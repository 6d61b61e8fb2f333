"""Reading a handout back the way a reader or a search box would."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader


def page_texts(path: Path) -> list[str]:
    reader = PdfReader(str(path))
    return [page.extract_text() or "" for page in reader.pages]


def squeeze(text: str) -> str:
    """Text without any whitespace: wrapping may break a note's words over lines."""
    return re.sub(r"\s+", "", text)


def font_report(path: Path) -> dict[str, bool]:
    """Every font used on any page → whether its file is embedded (FontFile2/FontFile3)."""
    reader = PdfReader(str(path))
    found: dict[str, bool] = {}
    for page in reader.pages:
        resources = page.get("/Resources")
        fonts = resources.get_object().get("/Font") if resources else None
        stack = [fonts.get_object()] if fonts else []
        xobjects = resources.get_object().get("/XObject") if resources else None
        for xobject in xobjects.get_object().values() if xobjects else []:
            inner = xobject.get_object().get("/Resources")
            if inner and inner.get_object().get("/Font"):
                stack.append(inner.get_object()["/Font"].get_object())
        for table in stack:
            for font in table.values():
                font = font.get_object()
                name = str(font.get("/BaseFont"))
                descriptor = font.get("/FontDescriptor")
                if descriptor is None and "/DescendantFonts" in font:
                    descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
                descriptor = descriptor.get_object() if descriptor is not None else {}
                found[name] = any(
                    key in descriptor for key in ("/FontFile2", "/FontFile3", "/FontFile")
                )
    return found
