"""The room's pages: the question, the ideas sent to it and the dot-vote, for every phone in the meeting."""

from __future__ import annotations

from flask import Response, abort, g, jsonify, redirect, request

from drøftelse.domain.errors import DroeftelseError
from drøftelse.domain.limits import thousands
from drøftelse.domain.phones import MAX_IDEA, ROOM, PhoneRefused
from drøftelse.services import phones
from drøftelse.web import pages
from drøftelse.web.site import COOKIE


class RoomRoutes:
    def __init__(self, site):
        self.site = site
        self.room = site.room

    def register(self, app) -> None:
        app.add_url_rule("/r/<code>", "room_view", self.view, methods=["GET"])
        app.add_url_rule("/r/<code>/tilstand", "room_state", self.state, methods=["GET"])
        app.add_url_rule("/r/<code>/ide", "room_idea", self.idea, methods=["POST"])
        app.add_url_rule("/r/<code>/prik", "room_dot", self.dot, methods=["POST"])

    def page(self, link, message: str = "", kind: str = "ok", status: int = 200) -> Response:
        t = pages.texts()
        token = g.phone if g.phone in self.room.phones else ""
        new_token = None
        if not token:
            try:
                token = new_token = self.room.new_phone()
            except PhoneRefused as e:
                return self.site.render("PLAIN", 503, text=e.message)
        question, ideas_open, version, shown_vote = self._state_for(token)
        code = link.code
        response = self.site.render(
            "ROOM",
            status,
            title=t["room"],
            message=message,
            message_kind=kind,
            question=question,
            ideas_open=ideas_open,
            vote=shown_vote,
            dots_left=t["dots_left"].format(shown_vote["left"], shown_vote["dots"]) if shown_vote else "",
            version=version,
            max_idea=MAX_IDEA,
            max_idea_note=t["chars"].format(thousands(MAX_IDEA)),
            state_url=f"/r/{code}/tilstand",
            idea_url=f"/r/{code}/ide",
            dot_url=f"/r/{code}/prik",
            self_url=f"/r/{code}",
            poll=True,
        )
        if new_token:
            response.set_cookie(
                COOKIE, new_token, httponly=True, samesite="Strict", secure=self.site.server.scheme == "https", path="/"
            )
        return response

    def _state_for(self, token: str):
        """(the question, whether ideas are open, the room's version, the vote as this phone sees it), read at once."""
        room = self.room
        with room.lock:
            question = dict(room.question) if room.question else None
            ideas_open, version = room.ideas_open and question is not None, room.version
            vote = room.vote
            ballot = dict(vote.ballots.get(token, {})) if vote else {}
            shown_vote = None
            if vote is not None and vote.open:
                left = vote.dots - sum(ballot.values())
                rows = [{"id": i, "label": label, "mine": ballot.get(i, 0)} for i, label in vote.rows]
                shown_vote = {"rows": rows, "left": left, "dots": vote.dots}
        return question, ideas_open, version, shown_vote

    def phone(self) -> str:
        """The phone's token from its cookie; a phone the room never gave one is refused."""
        token = g.phone
        if token not in self.room.phones:
            abort(403)
        return token

    def view(self, code):
        link = self.site.link_or_404(code, ROOM)
        t = pages.texts()
        said = request.args.get("sendt", "")
        message = {"ide": t["idea_sent"]}.get(said, "")
        return self.page(link, message)

    def state(self, code):
        self.site.link_or_404(code, ROOM)
        with self.room.lock:
            return jsonify(v=self.room.version)

    def idea(self, code):
        link = self.site.link_or_404(code, ROOM)
        token = self.phone()
        room = self.room
        with room.lock:
            step, is_open = room.step, room.ideas_open and room.question is not None
        if not is_open:
            return self.page(link, pages.texts()["waiting"], "warn", 409)
        text = request.form.get("tekst", "")
        try:
            if len(text) > MAX_IDEA * 4:
                raise PhoneRefused(pages.texts()["too_big"])
            room.count_idea(token, step)
            phones.add_idea(self.site.db, self.site.server.meeting_id, step, text)
        except DroeftelseError as e:
            return self.page(link, e.message, "err", 400)
        room.phone_changed()
        return redirect(f"/r/{link.code}?sendt=ide", 303)

    def dot(self, code):
        link = self.site.link_or_404(code, ROOM)
        token = self.phone()
        try:
            row = int(request.form.get("raekke", "")[:20])
            delta = 1 if request.form.get("delta", "1") != "-1" else -1
        except ValueError:
            return self.page(link, pages.texts()["bad"], "err", 400)
        try:
            round_ = self.room.take_dot(token, row, delta)
        except PhoneRefused as e:
            return self.page(link, e.message, "err", 409)
        try:
            phones.add_dot(self.site.db, self.site.server.meeting_id, round_, row, delta)
        except DroeftelseError as e:
            self.room.give_back_dot(token, row, delta)
            return self.page(link, e.message, "err", 400)
        self.room.phone_changed()
        return redirect(f"/r/{link.code}", 303)
