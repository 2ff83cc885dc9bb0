"""What names a meeting file and its format's version: read by the export without the file's checks (pydantic)."""

FORMAT = "droeftelse.meeting"
VERSION = 1
