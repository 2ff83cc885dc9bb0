"""HTTPS when the organisation gives a certificate (issue 30): the phone server serves the same pages over TLS with a
PEM certificate and key, and a file that is no certificate is a Danish refusal before anything listens."""

import shutil
import ssl
import subprocess
import urllib.request

import pytest

from drøftelse.domain.errors import DroeftelseError
from drøftelse.services import phones
from drøftelse.services.meetings import create_demo
from drøftelse.web.server import PhoneServer


@pytest.fixture
def certificate(tmp_path):
    if shutil.which("openssl") is None:
        pytest.skip("openssl findes ikke")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    return cert, key


def test_the_pages_are_served_over_https_with_the_organisation_s_certificate(db, templates, certificate):
    meeting = create_demo(db, templates)
    cert, key = certificate
    server = PhoneServer(db, templates, meeting, "127.0.0.1", 0, "da", str(cert), str(key))
    server.start()
    try:
        assert server.address.startswith("https://127.0.0.1:")
        assert server.short_url("r", "a" * 26).startswith("https://")  # the scheme is said when it is not HTTP
        link = phones.link_for(db, meeting, phones.ROOM)
        context = ssl.create_default_context(cafile=str(cert))
        page = urllib.request.urlopen(server.url("r", link.code), context=context, timeout=10)
        assert page.status == 200 and "Secure" in page.headers["Set-Cookie"]
        with pytest.raises(OSError):  # plain HTTP on the same port gets no page (reset, or an error)
            urllib.request.urlopen(server.url("r", link.code).replace("https://", "http://"), timeout=10).read()
    finally:
        server.stop()


def test_a_file_that_is_no_certificate_is_refused_in_danish(db, templates, tmp_path):
    meeting = create_demo(db, templates)
    bad = tmp_path / "cert.pem"
    bad.write_text("ikke et certifikat")
    server = PhoneServer(db, templates, meeting, "127.0.0.1", 0, "da", str(bad), str(bad))
    with pytest.raises(DroeftelseError, match="Certifikatet kan ikke bruges"):
        server.start()
    assert not server.running
