"""File names the app makes are accepted by Windows, macOS and Linux, whatever the title or name typed: shown over
hostile names made by hypothesis (reserved device names, trailing dots and spaces, invisible, direction and
line-breaking characters, controls, lone surrogates, very long names) and over the names of issue 31."""

import unicodedata

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from drøftelse.domain.file_names import (
    MAX_NAME_BYTES,
    REFUSED,
    RESERVED,
    safe_file_name,
    safe_name,
    split_extension,
)

HOSTILE = list(
    '<>:"/\\|?*. \t\n\r\x00\x1f\x7f\x85\u00a0\u00ad\u061c\u200b\u200c\u200d\u200e\u200f\u2028\u2029'
    "\u202a\u202e\u2060\u2066\u2069\u3000\ufeff\ud800\U000e0001\ue000"
)
DEVICES = ["CON", "prn", "Aux", "nul", "COM1", "com9", "LPT1", "lpt9", "COM¹", "LPT³", "CONIN$", "conout$"]
# a reserved name, then perhaps spaces, an extension and more hostile characters
hostile_text = st.one_of(
    st.text(alphabet=st.one_of(st.characters(), st.sampled_from(HOSTILE)), max_size=400),
    st.builds(
        lambda device, tail: device + tail,
        st.sampled_from(DEVICES),
        st.lists(st.sampled_from([" ", ".", "json", "tar", "gz", "\u200b", "x"]), max_size=6).map("".join),
    ),
)


def _portable(name: str) -> None:
    """What Windows, macOS and Linux all accept, and nothing a person cannot see."""
    assert name
    encoded = name.encode("utf-8")  # no lone surrogate: every disk stores UTF-8 or UTF-16
    assert len(encoded) <= MAX_NAME_BYTES
    assert not REFUSED & set(name)
    assert not [c for c in name if unicodedata.category(c) in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp")], name
    assert name[-1] not in " ." and not name[-1].isspace()  # Windows drops them: another file than the one made
    assert not name.startswith(".")  # hidden on macOS and Linux
    assert not RESERVED.fullmatch(name.split(".", 1)[0].rstrip(" "))  # CON, CON.json, con .txt …
    assert unicodedata.is_normalized("NFC", name)  # macOS and Windows would otherwise show two of "the same"


@settings(max_examples=400, deadline=None)
@given(hostile_text)
@example("CON")
@example("con.json")
@example("LPT1.tar.gz")
@example("NUL .txt")
@example(" ...CON... ")
@example("\u200bCON\u200b")
@example("😀" * 80)
def test_a_name_made_from_any_text_is_portable(text):
    name = safe_name(text)
    _portable(name)
    assert safe_name(name) == name  # made safe once is safe


@settings(max_examples=300, deadline=None)
@given(hostile_text, st.sampled_from([".pdf", ".json", ".csv", ".xlsx", ".ics"]))
@example("CON", ".json")
@example("a" * 400, ".pdf")
@example("ø" * 150, ".xlsx")
def test_a_whole_file_name_keeps_its_extension_within_the_limit(text, extension):
    name = safe_file_name(text + extension)
    _portable(name)
    assert name.endswith(extension)


@pytest.mark.parametrize(
    ("typed", "made"),
    [
        ("CON.json", "CON_.json"),  # issue 31: "Gem mødefil" proposed CON.json for a meeting so named
        ("con", "con_"),
        ("LPT1.tar.gz", "LPT1_.tar.gz"),
        ("COM¹.pdf", "COM¹_.pdf"),
        ("CONSOLE.pdf", "CONSOLE.pdf"),  # only the device names themselves
        ("Møde 3. juni. . .pdf", "Møde 3. juni.pdf"),
        ("Kick\u200boff\u2060 \ufeffmøde.pdf", "Kickoff møde.pdf"),
        ("Linje\u2028to\u2029tre.pdf", "Linje to tre.pdf"),
        ("\u202efdp.exe", "fdp.exe"),
        ("\x00\x1f\x85.pdf", "__.pdf"),  # NEL breaks a line: a space, then trimmed
        (".skjult.pdf", "skjult.pdf"),
        ("  .  .pdf", "dokument.pdf"),
    ],
)
def test_the_names_issue_31_found(typed, made):
    assert safe_file_name(typed) == made


def test_a_long_name_is_cut_before_its_extension_on_a_character_boundary():
    name = safe_file_name("Handleplan – " + "Wiśniewska-Brzęczyszczykiewicz " * 12 + ".pdf")
    assert name.endswith(".pdf")
    assert MAX_NAME_BYTES - 4 <= len(name.encode("utf-8")) <= MAX_NAME_BYTES
    assert "Handleplan – Wiśniewska".startswith(name[:22])


def test_only_an_extension_is_split_off():
    assert split_extension("Referat.pdf") == ("Referat", ".pdf")
    assert split_extension("Møde 3. juni") == ("Møde 3. juni", "")
    assert split_extension(".pdf") == ("", ".pdf")  # safe_file_name makes it "dokument.pdf"
    assert split_extension("arkiv.tar.gz") == ("arkiv.tar", ".gz")


@settings(max_examples=60, deadline=None)
@given(hostile_text)
def test_the_made_name_can_be_written_here(tmp_path_factory, text):
    folder = tmp_path_factory.mktemp("navne")
    path = folder / safe_file_name(text + ".pdf")
    path.write_bytes(b"%PDF-")
    assert [p.name for p in folder.iterdir()] == [path.name]
