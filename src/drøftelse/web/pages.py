"""The phone's pages: small HTML (Jinja2, every value escaped), one style sheet and a few lines of script that only
ask whether the room has changed. They work on a five-year-old phone's browser, and without the script too (the
page has an "Opdatér" link). Every text the phone reads is here, marked for translation."""

from __future__ import annotations

from drøftelse.domain.i18n import QT_TRANSLATE_NOOP, translate

TEXTS = {
    "app": QT_TRANSLATE_NOOP("phones_web", "Drøftelse"),
    "refresh": QT_TRANSLATE_NOOP("phones_web", "Opdatér"),
    "room": QT_TRANSLATE_NOOP("phones_web", "I mødet"),
    "anonymous": QT_TRANSLATE_NOOP(
        "phones_web", "Det, du sender herfra, er anonymt: hverken dit navn, din telefon eller klokkeslættet gemmes."
    ),
    "waiting": QT_TRANSLATE_NOOP(
        "phones_web", "Formandskabet har ikke vist et spørgsmål endnu. Siden opdaterer sig selv."
    ),
    "question": QT_TRANSLATE_NOOP("phones_web", "Spørgsmålet nu"),
    "idea": QT_TRANSLATE_NOOP("phones_web", "Din idé"),
    "send_idea": QT_TRANSLATE_NOOP("phones_web", "Send idéen"),
    "idea_sent": QT_TRANSLATE_NOOP("phones_web", "Tak – idéen er sendt til formandskabet."),
    "vote": QT_TRANSLATE_NOOP("phones_web", "Prioritér handleplanen"),
    "dots_left": QT_TRANSLATE_NOOP("phones_web", "Du har {0} af {1} prikker tilbage."),
    "add_dot": QT_TRANSLATE_NOOP("phones_web", "Giv en prik"),
    "remove_dot": QT_TRANSLATE_NOOP("phones_web", "Tag prikken tilbage"),
    "your_dots": QT_TRANSLATE_NOOP("phones_web", "dine prikker: {0}"),
    "vote_closed": QT_TRANSLATE_NOOP("phones_web", "Afstemningen er slut."),
    "preparation": QT_TRANSLATE_NOOP("phones_web", "Forberedelse"),
    "preparation_for": QT_TRANSLATE_NOOP("phones_web", "Forberedelsesark – {0}"),
    "save": QT_TRANSLATE_NOOP("phones_web", "Gem og send til formandskabet"),
    "saved": QT_TRANSLATE_NOOP("phones_web", "Tak – det er gemt i Drøftelse."),
    "waits": QT_TRANSLATE_NOOP(
        "phones_web",
        "Noget af det, du skrev, er ændret i Drøftelse, siden du åbnede siden. Formandskabet vælger, hvad der skal "
        "stå. Intet er tabt.",
    ),
    "think_about": QT_TRANSLATE_NOOP("phones_web", "Kig i og reflekter over"),
    "hearing": QT_TRANSLATE_NOOP("phones_web", "Høring før den årlige arbejdsmiljødrøftelse"),
    "hearing_intro": QT_TRANSLATE_NOOP(
        "phones_web",
        "Arbejdsmiljøorganisationen vil gerne høre, hvad du mener. Svar på de spørgsmål, du har noget at sige til. "
        "Du skal ikke skrive dit navn, og dit svar kan kun sendes én gang.",
    ),
    "send_answers": QT_TRANSLATE_NOOP("phones_web", "Send svarene"),
    "answers_sent": QT_TRANSLATE_NOOP("phones_web", "Tak – dine svar er modtaget."),
    "already": QT_TRANSLATE_NOOP(
        "phones_web", "Svarene fra dette link er allerede modtaget. Hvert link tæller én gang; det første svar gælder."
    ),
    "no_questions": QT_TRANSLATE_NOOP("phones_web", "Formandskabet har ikke skrevet spørgsmålene endnu."),
    "closed": QT_TRANSLATE_NOOP("phones_web", "Mødet er afsluttet, så der kan ikke sendes mere hertil."),
    "not_found": QT_TRANSLATE_NOOP(
        "phones_web",
        "Linket virker ikke. Det kan være skrevet forkert, trukket tilbage af formandskabet, eller mødet er ikke "
        "åbent for telefoner lige nu.",
    ),
    "too_big": QT_TRANSLATE_NOOP("phones_web", "Det sendte er for stort. Intet er gemt."),
    "too_fast": QT_TRANSLATE_NOOP("phones_web", "Der er sendt for meget på kort tid. Vent et øjeblik, og prøv igen."),
    "bad": QT_TRANSLATE_NOOP("phones_web", "Det sendte kunne ikke læses. Intet er gemt."),
    "failed": QT_TRANSLATE_NOOP("phones_web", "Det kunne ikke gemmes: {0}"),
    "back": QT_TRANSLATE_NOOP("phones_web", "Tilbage"),
    "start": QT_TRANSLATE_NOOP("phones_web", "Scan QR-koden, formandskabet viser, eller brug dit personlige link."),
    "chars": QT_TRANSLATE_NOOP("phones_web", "højst {0} tegn"),
}


def texts() -> dict[str, str]:
    """The phone's texts in the current language (domain.i18n)."""
    return {key: translate("phones_web", text) for key, text in TEXTS.items()}


STYLE = """
*{box-sizing:border-box}
body{font:17px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#10243a;background:#f4f6f9}
header{background:#10243a;color:#fff;padding:12px 16px}
header h1{font-size:19px;margin:0}
header p{margin:2px 0 0;color:#c9d8e8;font-size:14px}
main{padding:12px 16px 40px;max-width:640px;margin:0 auto}
section{background:#fff;border-radius:8px;padding:12px 14px;margin:0 0 14px;box-shadow:0 1px 2px #0002}
h2{font-size:18px;margin:0 0 8px}
label{display:block;font-weight:600;margin:10px 0 4px}
textarea{width:100%;min-height:7em;font:inherit;padding:8px;border:1px solid #8aa;border-radius:6px}
button{font:inherit;font-weight:600;background:#24476b;color:#fff;border:0;border-radius:6px;padding:11px 16px;
 width:100%;margin-top:10px}
button.small{width:auto;padding:6px 12px;margin:0 0 0 6px}
button.minus{background:#7a8da0}
button[disabled]{background:#d5dce3;color:#7a8794}
.note{color:#445;font-size:14px}
.ok{background:#e3f4e6;border-left:4px solid #2e7d32}
.warn{background:#fff4d6;border-left:4px solid #a26b00}
.err{background:#fde7e4;border-left:4px solid #a3261b}
.question{font-size:20px;font-weight:600}
.row{display:flex;align-items:center;justify-content:space-between;border-top:1px solid #dde;padding:8px 0}
.row span{flex:1}
.dots{color:#a3261b;letter-spacing:2px}
ul{padding-left:20px;margin:4px 0}
a{color:#24476b}
"""

SCRIPT = """
(function(){
  var box=document.getElementById('poll'); if(!box||!window.fetch){return;}
  var url=box.getAttribute('data-url'), seen=box.getAttribute('data-version');
  function typing(){var t=document.querySelector('textarea');return t&&t.value.length>0&&document.activeElement===t;}
  setInterval(function(){
    fetch(url,{credentials:'same-origin',cache:'no-store'}).then(function(r){return r.ok?r.json():null;})
    .then(function(s){if(s&&String(s.v)!==seen&&!typing()){location.replace(location.pathname);}})
    .catch(function(){});
  },3000);
})();
"""

BASE = """<!doctype html>
<html lang="{{ lang }}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>{{ title }} · {{ t.app }}</title>
<link rel="stylesheet" href="/s.css"></head>
<body><header><h1>{{ title }}</h1>{% if subtitle %}<p>{{ subtitle }}</p>{% endif %}</header>
<main>
{% if message %}<section class="{{ message_kind }}" role="status">{{ message }}</section>{% endif %}
{% block body %}{% endblock %}
</main>
{% if poll %}<script src="/s.js"></script>{% endif %}
</body></html>"""

PLAIN = BASE.replace("{% block body %}{% endblock %}", "{% if text %}<section><p>{{ text }}</p></section>{% endif %}")

ROOM = BASE.replace(
    "{% block body %}{% endblock %}",
    """<div id="poll" data-url="{{ state_url }}" data-version="{{ version }}"></div>
{% if question %}<section><h2>{{ t.question }}</h2><p class="question">{{ question.heading }}</p>
{% for line in question.lines %}<p>{{ line }}</p>{% endfor %}</section>
{% else %}<section><p>{{ t.waiting }}</p></section>{% endif %}
{% if vote %}<section><h2>{{ t.vote }}</h2>
<p>{{ dots_left }}</p>
{% for row in vote.rows %}<div class="row"><span>{{ row.label }} <span class="dots">{{ '●' * row.mine }}</span></span>
<form method="post" action="{{ dot_url }}"><input type="hidden" name="raekke" value="{{ row.id }}">
<input type="hidden" name="delta" value="1">
<button class="small" type="submit" {% if not vote.left %}disabled{% endif %}
 aria-label="{{ t.add_dot }}: {{ row.label }}">+</button></form>
<form method="post" action="{{ dot_url }}"><input type="hidden" name="raekke" value="{{ row.id }}">
<input type="hidden" name="delta" value="-1">
<button class="small minus" type="submit" {% if not row.mine %}disabled{% endif %}
 aria-label="{{ t.remove_dot }}: {{ row.label }}">−</button></form></div>{% endfor %}
</section>{% endif %}
{% if ideas_open %}<section><form method="post" action="{{ idea_url }}">
<label for="idea">{{ t.idea }}</label>
<textarea id="idea" name="tekst" maxlength="{{ max_idea }}" required></textarea>
<p class="note">{{ max_idea_note }}</p>
<button type="submit">{{ t.send_idea }}</button></form></section>{% endif %}

<p class="note">{{ t.anonymous }}</p>
<p><a href="{{ self_url }}">{{ t.refresh }}</a></p>""",
)

PREPARATION = BASE.replace(
    "{% block body %}{% endblock %}",
    """{% if sheet.instruction %}<section><p>{{ sheet.instruction }}</p></section>{% endif %}
{% if not closed %}<form method="post" action="{{ self_url }}">
{% for box in sheet.boxes %}<section>
<label for="b-{{ box.key }}">{{ box.label }}</label>
<textarea id="b-{{ box.key }}" name="boks-{{ box.key }}" maxlength="{{ max_text }}">{{ box.text }}</textarea>
<input type="hidden" name="version-{{ box.key }}" value="{{ box.version }}"></section>{% endfor %}
<button type="submit">{{ t.save }}</button></form>{% endif %}
{% if sheet.prompt_groups %}<section><h2>{{ t.think_about }}</h2>
{% for heading, items in sheet.prompt_groups %}<p><strong>{{ heading }}</strong></p>
<ul>{% for item in items %}<li>{{ item }}</li>{% endfor %}</ul>{% endfor %}</section>{% endif %}""",
)

HEARING = BASE.replace(
    "{% block body %}{% endblock %}",
    """<section><p>{{ t.hearing_intro }}</p></section>
{% if questions and not done %}<form method="post" action="{{ self_url }}">
{% for q in questions %}<section><label for="{{ q.key }}">{{ q.point }}<br>{{ q.text }}</label>
<textarea id="{{ q.key }}" name="{{ q.key }}" maxlength="{{ max_text }}"></textarea></section>{% endfor %}
<button type="submit">{{ t.send_answers }}</button></form>
{% elif not questions %}<section><p>{{ t.no_questions }}</p></section>{% endif %}
<p class="note">{{ t.anonymous }}</p>""",
)
