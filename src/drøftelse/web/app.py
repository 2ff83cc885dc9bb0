"""The phone's web app (Flask): the room (the question, ideas, dot-voting), a participant's forberedelse and an
employee's hearing, each behind a link whose unguessable code names one meeting (and one participant or hearing).

Every write goes through services.phones, one transaction each, as the window's own edits do. Every value on a page
is escaped by Jinja2; every limit (size, rate, count) is checked here or in the services, whatever the page's own
`maxlength` says. An answer from the room or the hearing stores no device, no address and no time but the day.
"""

from __future__ import annotations

import logging

from flask import Flask, Response, abort, g, jsonify, make_response, redirect, request
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge

from drøftelse.domain.errors import DroeftelseError
from drøftelse.domain.i18n import language
from drøftelse.domain.limits import MAX_TEXT, thousands
from drøftelse.domain.phones import (
    HEARING,
    MAX_BODY,
    MAX_FIELDS,
    MAX_IDEA,
    MAX_PREPARATION_SENDS,
    PREPARATION,
    RATE_READS,
    RATE_WRITES,
    ROOM,
    PhoneRefused,
    looks_like_code,
    typed_code,
)
from drøftelse.services import phones
from drøftelse.web import pages
from drøftelse.web.server import RateLimiter

log = logging.getLogger(__name__)
COOKIE = "drt"
PATHS = {ROOM: "r", PREPARATION: "f", HEARING: "h"}
HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'self'; script-src 'self'; connect-src 'self'; img-src 'self'; "
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    ),
    "Referrer-Policy": "no-referrer",  # a link's code never leaves in a Referer
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
}


def make_app(server) -> Flask:
    app = Flask("drøftelse.web")
    app.config.update(MAX_CONTENT_LENGTH=MAX_BODY, MAX_FORM_PARTS=MAX_FIELDS, MAX_FORM_MEMORY_SIZE=MAX_BODY)
    db, templates, room = server.db, server.templates, server.room
    reads, writes = RateLimiter(*RATE_READS), RateLimiter(*RATE_WRITES)
    sent_preparation: dict[str, int] = {}
    env = app.jinja_env
    env.autoescape = True  # every page: a participant's text is never markup
    compiled = {name: env.from_string(getattr(pages, name)) for name in ("PLAIN", "ROOM", "PREPARATION", "HEARING")}

    inner = app.wsgi_app

    def in_language(environ, start_response):  # every page in the meeting's language (the window's)
        with language(server.lang):
            return inner(environ, start_response)

    app.wsgi_app = in_language

    def render(name: str, status: int = 200, **values) -> Response:
        t = pages.texts()
        values.setdefault("title", t["app"])
        values.setdefault("subtitle", "")
        values.setdefault("message", "")
        values.setdefault("message_kind", "ok")
        return make_response(compiled[name].render(t=t, lang=server.lang, **values), status)

    def plain(text_key: str, status: int, **extra) -> Response:
        return render("PLAIN", status, text=pages.texts()[text_key], **extra)

    def link_or_404(code: str, kind: str):
        code = typed_code(code)
        if not looks_like_code(code):
            abort(404)
        link = phones.find_link(db, code)
        if link is None or link.revoked or link.kind != kind or link.meeting_id != server.meeting_id:
            abort(404)
        return link

    @app.after_request
    def headers(response: Response) -> Response:
        for key, value in HEADERS.items():
            response.headers.setdefault(key, value)
        return response

    @app.before_request
    def limits():
        g.phone = request.cookies.get(COOKIE, "")[:64]
        key = g.phone or (request.view_args or {}).get("code", "")[:64] or request.path[:100]
        if request.method == "POST":
            if not writes.allow(key):
                return plain("too_fast", 429)
            if len(request.form) > MAX_FIELDS:  # urlencoded forms have no count of their own in Werkzeug
                return plain("too_big", 413)
        elif not reads.allow(key):
            return plain("too_fast", 429)
        return None

    @app.errorhandler(RequestEntityTooLarge)
    def too_big(_e):
        return plain("too_big", 413)

    @app.errorhandler(HTTPException)
    def http_error(e):
        if e.code == 404:
            return plain("not_found", 404)
        return plain("bad", e.code or 400)

    @app.errorhandler(Exception)
    def unexpected(e):
        log.exception("telefonserveren: uventet fejl")
        return plain("bad", 500)

    @app.get("/")
    def start():
        return plain("start", 200)

    @app.get("/s.css")
    def style():
        return Response(pages.STYLE, mimetype="text/css", headers={"Cache-Control": "max-age=3600"})

    @app.get("/s.js")
    def script():
        return Response(pages.SCRIPT, mimetype="text/javascript", headers={"Cache-Control": "max-age=3600"})

    # --- the room
    def room_page(link, message: str = "", kind: str = "ok", status: int = 200) -> Response:
        t = pages.texts()
        token = g.phone if g.phone in room.phones else ""
        new_token = None
        if not token:
            try:
                token = new_token = room.new_phone()
            except PhoneRefused as e:
                return render("PLAIN", 503, text=e.message)
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
        code = link.code
        response = render(
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
                COOKIE, new_token, httponly=True, samesite="Strict", secure=server.scheme == "https", path="/"
            )
        return response

    def room_phone(link) -> str:
        token = g.phone
        if token not in room.phones:
            abort(403)
        return token

    @app.get("/r/<code>")
    def room_view(code):
        link = link_or_404(code, ROOM)
        t = pages.texts()
        said = request.args.get("sendt", "")
        message = {"ide": t["idea_sent"]}.get(said, "")
        return room_page(link, message)

    @app.get("/r/<code>/tilstand")
    def room_state(code):
        link_or_404(code, ROOM)
        with room.lock:
            return jsonify(v=room.version)

    @app.post("/r/<code>/ide")
    def room_idea(code):
        link = link_or_404(code, ROOM)
        token = room_phone(link)
        with room.lock:
            step, is_open = room.step, room.ideas_open and room.question is not None
        if not is_open:
            return room_page(link, pages.texts()["waiting"], "warn", 409)
        text = request.form.get("tekst", "")
        try:
            if len(text) > MAX_IDEA * 4:
                raise PhoneRefused(pages.texts()["too_big"])
            room.count_idea(token, step)
            phones.add_idea(db, server.meeting_id, step, text)
        except DroeftelseError as e:
            return room_page(link, e.message, "err", 400)
        room.phone_changed()
        return redirect(f"/r/{link.code}?sendt=ide", 303)

    @app.post("/r/<code>/prik")
    def room_dot(code):
        link = link_or_404(code, ROOM)
        token = room_phone(link)
        try:
            row = int(request.form.get("raekke", "")[:20])
            delta = 1 if request.form.get("delta", "1") != "-1" else -1
        except ValueError:
            return room_page(link, pages.texts()["bad"], "err", 400)
        try:
            round_ = room.take_dot(token, row, delta)
        except PhoneRefused as e:
            return room_page(link, e.message, "err", 409)
        try:
            phones.add_dot(db, server.meeting_id, round_, row, delta)
        except DroeftelseError as e:
            room.give_back_dot(token, row, delta)
            return room_page(link, e.message, "err", 400)
        room.phone_changed()
        return redirect(f"/r/{link.code}", 303)

    # --- a participant's forberedelse
    def preparation_page(link, message: str = "", kind: str = "ok", status: int = 200) -> Response:
        t = pages.texts()
        sheet = phones.phone_sheet(db, templates, link)
        if sheet.closed and not message:
            message, kind = t["closed"], "warn"
        return render(
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

    @app.get("/f/<code>")
    def preparation_view(code):
        link = link_or_404(code, PREPARATION)
        said = request.args.get("gemt", "")
        t = pages.texts()
        message, kind = {"1": (t["saved"], "ok"), "venter": (t["waits"], "warn")}.get(said, ("", "ok"))
        return preparation_page(link, message, kind)

    @app.post("/f/<code>")
    def preparation_send(code):
        link = link_or_404(code, PREPARATION)
        count = sent_preparation.get(link.code, 0)
        if count >= MAX_PREPARATION_SENDS:
            return preparation_page(link, pages.texts()["too_fast"], "err", 429)
        sent_preparation[link.code] = count + 1
        sent = {}
        for name, text in request.form.items():
            if name.startswith("boks-"):
                key = name[5:65]
                try:
                    version = int(request.form.get(f"version-{key}", "0")[:12])
                except ValueError:
                    version = 0
                sent[key] = (text.replace("\r\n", "\n"), max(version, 0))
        try:
            result = phones.store_preparation(db, templates, link, sent)
        except DroeftelseError as e:
            return preparation_page(link, pages.texts()["failed"].format(e.message), "err", 400)
        if result.waiting is not None:
            room.add_waiting(result.waiting)
        else:
            room.phone_changed()
        return redirect(f"/f/{link.code}?gemt={'venter' if result.waiting else '1'}", 303)

    # --- an employee's hearing
    def hearing_page(link, message: str = "", kind: str = "ok", status: int = 200, done: bool = False) -> Response:
        t = pages.texts()
        questions = phones.hearing_form(db, templates, link.meeting_id)
        if phones.link_used(db, link) and not message:
            message, kind, done = t["answers_sent"], "ok", True
        return render(
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

    @app.get("/h/<code>")
    def hearing_view(code):
        return hearing_page(link_or_404(code, HEARING))

    @app.post("/h/<code>")
    def hearing_send(code):
        link = link_or_404(code, HEARING)
        texts = {k[:24]: v.replace("\r\n", "\n") for k, v in request.form.items() if k.startswith("q")}
        try:
            receipt = phones.store_hearing(db, templates, link, texts)
        except phones.CodeAlreadyRead:
            receipt = None
        except DroeftelseError as e:
            return hearing_page(link, e.message, "err", 400)
        if receipt is None or receipt.duplicate:  # one link, one answer: the first counts
            return hearing_page(link, pages.texts()["already"], "warn", 409, done=True)
        room.phone_changed()
        return hearing_page(link, pages.texts()["answers_sent"], "ok", done=True)

    return app
