"""The phone's web app (Flask): the room (the question, ideas, dot-voting), a participant's forberedelse and an
employee's hearing, each behind a link whose unguessable code names one meeting (and one participant or hearing).

Every write goes through services.phones, one transaction each, as the window's own edits do. Every value on a page
is escaped by Jinja2; every limit (size, rate, count) is checked here or in the services, whatever the page's own
`maxlength` says. An answer from the room or the hearing stores no device, no address and no time but the day.
"""

from __future__ import annotations

import logging

from flask import Flask, Response, g, request
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge

from drøftelse.domain.i18n import language
from drøftelse.domain.phones import HEARING, MAX_BODY, MAX_FIELDS, PREPARATION, RATE_READS, RATE_WRITES, ROOM
from drøftelse.web import pages
from drøftelse.web.hearing_routes import HearingRoutes
from drøftelse.web.preparation_routes import PreparationRoutes
from drøftelse.web.rate_limit import RateLimiter
from drøftelse.web.room_routes import RoomRoutes
from drøftelse.web.site import COOKIE, Site

__all__ = ["COOKIE", "HEADERS", "PATHS", "make_app"]

log = logging.getLogger(__name__)
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
    site = Site(app, server)
    _in_meeting_language(app, server)
    _register_limits(app, site)
    _register_errors(app, site)
    _register_start(app, site)
    RoomRoutes(site).register(app)
    PreparationRoutes(site).register(app)
    HearingRoutes(site).register(app)
    return app


def _in_meeting_language(app: Flask, server) -> None:
    inner = app.wsgi_app

    def in_language(environ, start_response):  # every page in the meeting's language (the window's)
        with language(server.lang):
            return inner(environ, start_response)

    app.wsgi_app = in_language


def _register_limits(app: Flask, site: Site) -> None:
    """The headers every answer carries, and the rate and size limits every request meets first."""
    reads, writes = RateLimiter(*RATE_READS), RateLimiter(*RATE_WRITES)

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
                return site.plain("too_fast", 429)
            if len(request.form) > MAX_FIELDS:  # urlencoded forms have no count of their own in Werkzeug
                return site.plain("too_big", 413)
        elif not reads.allow(key):
            return site.plain("too_fast", 429)
        return None


def _register_errors(app: Flask, site: Site) -> None:
    @app.errorhandler(RequestEntityTooLarge)
    def too_big(_e):
        return site.plain("too_big", 413)

    @app.errorhandler(HTTPException)
    def http_error(e):
        if e.code == 404:
            return site.plain("not_found", 404)
        return site.plain("bad", e.code or 400)

    @app.errorhandler(Exception)
    def unexpected(e):
        log.exception("telefonserveren: uventet fejl")
        return site.plain("bad", 500)


def _register_start(app: Flask, site: Site) -> None:
    """The start page (no link) and the one style sheet and script every page uses."""

    @app.get("/")
    def start():
        return site.plain("start", 200)

    @app.get("/s.css")
    def style():
        return Response(pages.STYLE, mimetype="text/css", headers={"Cache-Control": "max-age=3600"})

    @app.get("/s.js")
    def script():
        return Response(pages.SCRIPT, mimetype="text/javascript", headers={"Cache-Control": "max-age=3600"})
