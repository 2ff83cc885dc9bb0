#!/usr/bin/env bash
# Proves the frozen app finds everything: its command line makes the demo meeting and a handleplan PDF from
# the bundle's own templates, fonts and migrations, and the window starts (offscreen) with its Qt plugins.
set -euo pipefail
app="dist/Drøftelse/droeftelse"
[ -x "$app" ] || { echo "Bundtet findes ikke: kør 'make bundle' først" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" LANGUAGE=da
version=$(grep -m1 '^version' pyproject.toml | cut -d'"' -f2)
"$app" --version | grep -qx "Drøftelse $version" || { echo "Bundtet kender ikke sin version ($version)" >&2; exit 1; }
cd "$work"
meeting=$("$OLDPWD/$app" --db "$work/udvalg.sqlite" demo)
"$OLDPWD/$app" --db "$work/udvalg.sqlite" handleplan "$meeting" --pdf "$work/handleplan.pdf" --csv "$work/handleplan.csv"
head -c 5 "$work/handleplan.pdf" | grep -q '%PDF-'
# the committee's handleplan as Excel: openpyxl (imported only when a workbook is written) is in the bundle
"$OLDPWD/$app" --db "$work/udvalg.sqlite" handleplan --udvalg 1 --xlsx "$work/udvalg.xlsx" >/dev/null
head -c 2 "$work/udvalg.xlsx" | grep -q 'PK'
"$OLDPWD/$app" --db "$work/udvalg.sqlite" check | grep -q 'Integritet: ok'
# the translations travel in the bundle: English on asking
"$OLDPWD/$app" --lang en --db "$work/udvalg.sqlite" check | grep -q 'Integrity: ok'
ls "$OLDPWD/dist/Drøftelse/_internal/resources/i18n/droeftelse_en.qm" >/dev/null
# forberedelsesark out and read back in: the frozen app reads returned sheets in a child process of itself
"$OLDPWD/$app" --db "$work/udvalg.sqlite" ark "$meeting" --out "$work/ark" >/dev/null
"$OLDPWD/$app" --db "$work/udvalg.sqlite" indlaes "$meeting" "$work/ark/"*Mette*.pdf | grep -q 'Mette Kjær Andersen – 0 felt(er) indlæst'
# every other PDF the app writes: the committee's handleplan, a referat, the kompetenceplan of an annual meeting
annual=$("$OLDPWD/$app" --db "$work/udvalg.sqlite" demo --aarlig)
"$OLDPWD/$app" --db "$work/udvalg.sqlite" handleplan --udvalg 1 --pdf "$work/udvalg.pdf" >/dev/null
"$OLDPWD/$app" --db "$work/udvalg.sqlite" referat "$meeting" --pdf "$work/referat.pdf" >/dev/null
"$OLDPWD/$app" --db "$work/udvalg.sqlite" referat "$annual" --pdf "$work/referat-aarlig.pdf" >/dev/null
"$OLDPWD/$app" --db "$work/udvalg.sqlite" kompetenceplan "$annual" --pdf "$work/kompetenceplan.pdf" >/dev/null
for pdf in udvalg referat referat-aarlig kompetenceplan; do
  head -c 5 "$work/$pdf.pdf" | grep -q '%PDF-' || { echo "$pdf.pdf blev ikke skrevet" >&2; exit 1; }
done
# an old file upgraded by the frozen app, all or nothing (store/upgrade.py), its pre-upgrade backup kept
cp "$OLDPWD/tests/fixtures/revision-0001-demo.sqlite" "$work/gammel.sqlite"
"$OLDPWD/$app" --db "$work/gammel.sqlite" list | grep -q 'Fjordens Lager' || { echo "Bundtet opgraderer ikke" >&2; exit 1; }
"$OLDPWD/$app" --db "$work/gammel.sqlite" backup --liste | grep -q 'foer-opgradering-fra-0001'
QT_QPA_PLATFORM=offscreen DROEFTELSE_QUIT_AFTER_START=1 "$OLDPWD/$app" --db "$work/udvalg.sqlite"
# a meeting file opened in the window, as a double-click does: read on a worker thread, where pydantic loads after
# Qt (ui/feature_hook.py); a dialog no one can answer ends the run with code 1 and its words
"$OLDPWD/$app" --db "$work/udvalg.sqlite" export "$meeting" --json "$work/Møde.json" >/dev/null
before=$("$OLDPWD/$app" --db "$work/udvalg.sqlite" list | grep -c 'Kompetencedrøftelse 2026')
QT_QPA_PLATFORM=offscreen DROEFTELSE_QUIT_AFTER_START=1 "$OLDPWD/$app" --db "$work/udvalg.sqlite" "$work/Møde.json"
after=$("$OLDPWD/$app" --db "$work/udvalg.sqlite" list | grep -c 'Kompetencedrøftelse 2026')
[ "$after" = $((before + 1)) ] || { echo "Bundtet indlæste ikke mødefilen i vinduet ($before → $after)" >&2; exit 1; }
# the phone server (Flask on cheroot, issue 30) answers from the bundle: a participant's page on loopback
"$OLDPWD/$app" --db "$work/udvalg.sqlite" deltag "$meeting" --port 0 --sekunder 15 >"$work/deltag.txt" &
phones=$!
for _ in $(seq 50); do grep -q '^Forberedelse' "$work/deltag.txt" && break; sleep 0.2; done
link=$(grep -m1 '^Forberedelse' "$work/deltag.txt" | grep -o 'http://127.0.0.1:[0-9]*/f/[a-z2-7]*')
python3 -c "import sys, urllib.request; page = urllib.request.urlopen(sys.argv[1], timeout=10).read().decode(); \
assert 'Forberedelsesark' in page, page[:300]" "$link" || { echo "Bundtets telefonserver svarer ikke: $link" >&2; exit 1; }
kill "$phones"; wait "$phones" || true
# a shared database: psycopg and its libpq are in the bundle (no server here: the answer is libpq's, in Danish)
set +e
said=$("$OLDPWD/$app" --db postgresql://formand@127.0.0.1:1/amo list 2>&1)
set -e
grep -q 'ikke forbindelse til databaseserveren' <<<"$said" || { echo "Bundtet mangler PostgreSQL: $said" >&2; exit 1; }
cd "$OLDPWD"
echo "Bundtet virker: $(du -sh dist/Drøftelse | cut -f1) i dist/Drøftelse"
