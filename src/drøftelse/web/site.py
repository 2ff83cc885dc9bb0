"""What every page of one phone server shares: its meeting's database and room, the compiled pages, and finding
a link by its code."""

from __future__ import annotations

from flask import Response, abort, make_response

from drøftelse.domain.phones import looks_like_code, typed_code
from drøftelse.services import phones
from drøftelse.web import pages

COOKIE = "drt"  # the room's token for one phone


class Site:
    def __init__(self, app, server):
        self.server = server
        self.db, self.templates, self.room = server.db, server.templates, server.room
        env = app.jinja_env
        env.autoescape = True  # every page: a participant's text is never markup
        self.compiled = {
            name: env.from_string(getattr(pages, name)) for name in ("PLAIN", "ROOM", "PREPARATION", "HEARING")
        }

    def render(self, name: str, status: int = 200, **values) -> Response:
        t = pages.texts()
        values.setdefault("title", t["app"])
        values.setdefault("subtitle", "")
        values.setdefault("message", "")
        values.setdefault("message_kind", "ok")
        return make_response(self.compiled[name].render(t=t, lang=self.server.lang, **values), status)

    def plain(self, text_key: str, status: int, **extra) -> Response:
        return self.render("PLAIN", status, text=pages.texts()[text_key], **extra)

    def link_or_404(self, code: str, kind: str):
        """The link the code names, of this kind and this server's meeting; else Not Found, as for no code."""
        code = typed_code(code)
        if not looks_like_code(code):
            abort(404)
        link = phones.find_link(self.db, code)
        if link is None or link.revoked or link.kind != kind or link.meeting_id != self.server.meeting_id:
            abort(404)
        return link
