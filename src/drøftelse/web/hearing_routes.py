"""An employee's hearing on the phone: the questions, and one answer per link (the first counts)."""

from __future__ import annotations

from flask import Response, request

from drøftelse.domain.errors import DroeftelseError
from drøftelse.domain.limits import MAX_TEXT
from drøftelse.domain.phones import HEARING
from drøftelse.services import phones
from drøftelse.web import pages


class HearingRoutes:
    def __init__(self, site):
        self.site = site

    def register(self, app) -> None:
        app.add_url_rule("/h/<code>", "hearing_view", self.view, methods=["GET"])
        app.add_url_rule("/h/<code>", "hearing_send", self.send, methods=["POST"])

    def page(self, link, message: str = "", kind: str = "ok", status: int = 200, done: bool = False) -> Response:
        t = pages.texts()
        questions = phones.hearing_form(self.site.db, self.site.templates, link.meeting_id)
        if phones.link_used(self.site.db, link) and not message:
            message, kind, done = t["answers_sent"], "ok", True
        return self.site.render(
            "HEARING",
            status,
            title=t["hearing"],
            message=message,
            message_kind=kind,
            questions=questions,
            done=done,
            max_text=MAX_TEXT,
            self_url=f"/h/{link.code}",
        )

    def view(self, code):
        return self.page(self.site.link_or_404(code, HEARING))

    def send(self, code):
        link = self.site.link_or_404(code, HEARING)
        texts = {k[:24]: v.replace("\r\n", "\n") for k, v in request.form.items() if k.startswith("q")}
        try:
            receipt = phones.store_hearing(self.site.db, self.site.templates, link, texts)
        except phones.CodeAlreadyRead:
            receipt = None
        except DroeftelseError as e:
            return self.page(link, e.message, "err", 400)
        if receipt is None or receipt.duplicate:  # one link, one answer: the first counts
            return self.page(link, pages.texts()["already"], "warn", 409, done=True)
        self.site.room.phone_changed()
        return self.page(link, pages.texts()["answers_sent"], "ok", done=True)
