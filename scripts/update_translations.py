"""Gather every text to translate into resources/i18n/droeftelse_en.ts, keeping the translations already made.

    .venv/bin/python scripts/update_translations.py      (make translations-update)

pyside6-lupdate reads the code's translate("Context", "tekst") calls; the templates' texts (resources/templates/
*.toml) are handed to it as the same calls in a file made for the run, under the context "Template", which is
where domain/templates.py looks them up. Prints how many texts there are and how many are translated.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

from drøftelse.domain.actions import TEXT_FIELDS

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "droeftelse_en.ts"
# the templates' texts; their example handleplan rows hold the row's columns (domain/record_fields)
TEXT_KEYS = {"name", "title", "short_title", "purpose", "how", "audience", "facilitators", "text", "reference",
             "instruction", "heading", "items", "questions", "label", "help", "reminder", "applies_to",
             *TEXT_FIELDS}  # fmt: skip


def template_texts(value, key: str = "") -> list[str]:
    if isinstance(value, dict):
        return [t for k, v in value.items() for t in template_texts(v, k)]
    if isinstance(value, list):
        return [t for v in value for t in template_texts(v, key)]
    return [value] if isinstance(value, str) and key in TEXT_KEYS and value else []


def main() -> int:
    texts: list[str] = []
    for path in sorted((ROOT / "resources" / "templates").glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        texts += [t for t in template_texts(data) if t not in texts]
    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp) / "template_texts.py"
        listing.write_text("".join(f"translate('Template', {t!r})\n" for t in texts), encoding="utf-8")
        lupdate = Path(sys.executable).parent / "pyside6-lupdate"
        subprocess.run(
            [str(lupdate), "-silent", "-locations", "none", "-no-obsolete", "-source-language", "da_DK",
             "-target-language", "en_GB", "-extensions", "py", str(ROOT / "src" / "drøftelse"), str(listing),
             "-ts", str(TS)],
            check=True,
        )  # fmt: skip
    messages = list(ET.parse(TS).getroot().iter("message"))
    done = [m for m in messages if m.find("translation").get("type") is None and m.findtext("translation")]
    print(f"{TS.name}: {len(messages)} texts, {len(done)} translated, {len(messages) - len(done)} not yet")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
