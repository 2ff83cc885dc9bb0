"""A participant's forberedelse on the phone: the sheet's boxes, and sending them (a text changed meanwhile in
the window waits for the chairs)."""

from __future__ import annotations

from flask import Response, redirect, request

from drøftelse.domain.errors import DroeftelseError
from drøftelse.domain.limits import MAX_TEXT
from drøftelse.domain.phones import MAX_PREPARATION_SENDS, PREPARATION
from drøftelse.services import phones
from drøftelse.web import pages


class PreparationRoutes:
    def __init__(self, site):
        self.site = site
        self.sent: dict[str, int] = {}  # how often each link has sent, for this server's run

    def register(self, app) -> None:
        app.add_url_rule("/f/<code>", "preparation_view", self.view, methods=["GET"])
        app.add_url_rule("/f/<code>", "preparation_send", self.send, methods=["POST"])

    def page(self, link, message: str = "", kind: str = "ok", status: int = 200) -> Response:
        t = pages.texts()
        sheet = phones.phone_sheet(self.site.db, self.site.templates, link)
        if sheet.closed and not message:
            message, kind = t["closed"], "warn"
        return self.site.render(
            "PREPARATION",
            status,
            title=t["preparation_for"].format(sheet.participant),
            subtitle=sheet.meeting_title,
            message=message,
            message_kind=kind,
            sheet=sheet,
            closed=sheet.closed,
            max_text=MAX_TEXT,
            self_url=f"/f/{link.code}",
        )

    def view(self, code):
        link = self.site.link_or_404(code, PREPARATION)
        said = request.args.get("gemt", "")
        t = pages.texts()
        message, kind = {"1": (t["saved"], "ok"), "venter": (t["waits"], "warn")}.get(said, ("", "ok"))
        return self.page(link, message, kind)

    def send(self, code):
        link = self.site.link_or_404(code, PREPARATION)
        count = self.sent.get(link.code, 0)
        if count >= MAX_PREPARATION_SENDS:
            return self.page(link, pages.texts()["too_fast"], "err", 429)
        self.sent[link.code] = count + 1
        try:
            result = phones.store_preparation(self.site.db, self.site.templates, link, _sent_boxes())
        except DroeftelseError as e:
            return self.page(link, pages.texts()["failed"].format(e.message), "err", 400)
        if result.waiting is not None:
            self.site.room.add_waiting(result.waiting)
        else:
            self.site.room.phone_changed()
        return redirect(f"/f/{link.code}?gemt={'venter' if result.waiting else '1'}", 303)


def _sent_boxes() -> dict[str, tuple[str, int]]:
    """Each box's text from the form, with the version of it the phone was shown (0 when missing or not a number)."""
    sent = {}
    for name, text in request.form.items():
        if name.startswith("boks-"):
            key = name[5:65]
            try:
                version = int(request.form.get(f"version-{key}", "0")[:12])
            except ValueError:
                version = 0
            sent[key] = (text.replace("\r\n", "\n"), max(version, 0))
    return sent
