"""The Qt face: PySide6 lives only under this package. Nothing outside it imports it."""
