"""File names made from what users typed: a committee's name, a meeting's title (for exports and sheets)."""


def safe_name(text: str) -> str:
    """A file name from user text: characters Windows or Linux refuse become "_"."""
    bad = '<>:"/\\|?*'
    cleaned = "".join("_" if c in bad or ord(c) < 32 else c for c in text).strip(" .")
    return cleaned[:150] or "dokument"
