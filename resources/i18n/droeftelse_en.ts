<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="da_DK">
<context>
    <name>Aarshjul</name>
    <message>
        <source>Årlig arbejdsmiljødrøftelse</source>
        <translation>Annual working environment discussion</translation>
    </message>
    <message>
        <source>APV: fuld revision</source>
        <translation>APV (risk assessment): full revision</translation>
    </message>
    <message>
        <source>Handleplan: {0}</source>
        <translation>Action plan: {0}</translation>
    </message>
    <message>
        <source>Opfølgning: {0}</source>
        <translation>Follow-up: {0}</translation>
    </message>
    <message>
        <source>Uddannelse: {0}</source>
        <translation>Training: {0}</translation>
    </message>
    <message>
        <source>først til {0}</source>
        <translation>not due until {0}</translation>
    </message>
    <message>
        <source>ikke i årshjulet</source>
        <translation>not in the annual calendar</translation>
    </message>
    <message>
        <source>Den årlige arbejdsmiljødrøftelse er {0}: her er en kompetencedrøftelse.</source>
        <translation>The annual working environment discussion is {0}: here is a competence discussion.</translation>
    </message>
    <message>
        <source>Den årlige arbejdsmiljødrøftelse er ikke holdt endnu.</source>
        <translation>The annual working environment discussion has not been held yet.</translation>
    </message>
    <message>
        <source>Årshjulet: den årlige arbejdsmiljødrøftelse skulle være holdt senest {0}.</source>
        <translation>Annual calendar: the annual working environment discussion should have been held by {0}.</translation>
    </message>
    <message>
        <source>Årshjulet: den årlige arbejdsmiljødrøftelse skal holdes nu.</source>
        <translation>Annual calendar: the annual working environment discussion is due now.</translation>
    </message>
    <message>
        <source>Årshjulet: den årlige arbejdsmiljødrøftelse skal holdes senest {0}.</source>
        <translation>Annual calendar: the annual working environment discussion must be held by {0}.</translation>
    </message>
</context>
<context>
    <name>Annual</name>
    <message>
        <source>Antal ansatte skal være et helt tal fra 1 til {0}.</source>
        <translation>The number of employees must be a whole number from 1 to {0}.</translation>
    </message>
    <message>
        <source>Antal ansatte: ikke angivet</source>
        <translation>Number of employees: not stated</translation>
    </message>
    <message>
        <source>{0} ansatte – under 10: ingen AMO</source>
        <translation>{0} employees – under 10: no AMO</translation>
    </message>
    <message>
        <source>{0} ansatte</source>
        <translation>{0} employees</translation>
    </message>
    <message>
        <source>Punkt {0}: {1}</source>
        <translation>Point {0}: {1}</translation>
    </message>
    <message>
        <source>{0} eller {1}</source>
        <translation>{0} or {1}</translation>
    </message>
    <message>
        <source>Vælg på Opsætning, hvordan drøftelsen blev holdt: {0}</source>
        <translation>Choose on Set-up how the discussion was held: {0}</translation>
    </message>
    <message>
        <source>Disse punkter har ingen tekst – skriv mindst, hvad I har drøftet, eller »ikke relevant, fordi …«:
{0}</source>
        <translation>These points have no text – write at least what you discussed, or “not relevant, because …”:
{0}</translation>
    </message>
    <message>
        <source>Referatet kan ikke afsluttes endnu.</source>
        <translation>The minutes cannot be closed yet.</translation>
    </message>
</context>
<context>
    <name>AnswerChanged</name>
    <message>
        <source>Teksten er ændret et andet sted (fx et indlæst forberedelsesark), efter at den blev vist her. Intet er overskrevet.</source>
        <translation>The text was changed elsewhere (e.g. by an imported preparation sheet) after it was shown here. Nothing is overwritten.</translation>
    </message>
</context>
<context>
    <name>AnswerFields</name>
    <message>
        <source>»{0}« er ændret et andet sted (fx et indlæst forberedelsesark) – den nye tekst vises nu.</source>
        <translation>“{0}” was changed elsewhere (e.g. an imported preparation sheet) – the new text is shown now.</translation>
    </message>
    <message>
        <source>»{0}«: den nye tekst er beholdt; din ændring er kasseret, som du valgte.</source>
        <translation>“{0}”: the new text is kept; your change is discarded, as you chose.</translation>
    </message>
    <message>
        <source>»{0}«: begge tekster er gemt, din først.</source>
        <translation>“{0}”: both texts are saved, yours first.</translation>
    </message>
    <message>
        <source>»{0}«: din tekst er gemt i stedet for den nye.</source>
        <translation>“{0}”: your text is saved instead of the new one.</translation>
    </message>
</context>
<context>
    <name>Approval</name>
    <message>
        <source>arbejdsmiljøudvalget</source>
        <translation>the working environment committee</translation>
    </message>
</context>
<context>
    <name>Apv</name>
    <message>
        <source>mindre alvorligt</source>
        <translation>less serious</translation>
    </message>
    <message>
        <source>alvorligt</source>
        <translation>serious</translation>
    </message>
    <message>
        <source>meget alvorligt</source>
        <translation>very serious</translation>
    </message>
    <message>
        <source>få ansatte</source>
        <translation>few employees</translation>
    </message>
    <message>
        <source>en gruppe</source>
        <translation>a group</translation>
    </message>
    <message>
        <source>mange eller alle</source>
        <translation>many or all</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>delvist</source>
        <translation>partly</translation>
    </message>
    <message>
        <source>nej</source>
        <translation>no</translation>
    </message>
    <message>
        <source>for tidligt at sige</source>
        <translation>too early to say</translation>
    </message>
    <message>
        <source>Alvor: {0}</source>
        <translation>Severity: {0}</translation>
    </message>
    <message>
        <source>Omfang: {0}</source>
        <translation>Extent: {0}</translation>
    </message>
    <message>
        <source>Årsag: {0}</source>
        <translation>Cause: {0}</translation>
    </message>
    <message>
        <source>Virkede det? {0}</source>
        <translation>Did it work? {0}</translation>
    </message>
    <message>
        <source>Forhindr risikoen, eller bekæmp den ved kilden</source>
        <translation>Prevent the risk, or combat it at the source</translation>
    </message>
    <message>
        <source>Udskift det farlige med noget ufarligt eller mindre farligt</source>
        <translation>Replace the dangerous with something non-dangerous or less dangerous</translation>
    </message>
    <message>
        <source>Tilpas arbejdet til mennesket</source>
        <translation>Adapt the work to the individual</translation>
    </message>
    <message>
        <source>Kollektiv beskyttelse frem for individuel – personlige værnemidler sidst</source>
        <translation>Collective protection before individual protection – personal protective equipment last</translation>
    </message>
    <message>
        <source>Hensigtsmæssig instruktion af de ansatte</source>
        <translation>Appropriate instruction of the employees</translation>
    </message>
    <message>
        <source>Efter de generelle forebyggelsesprincipper, bilag 1 til bekendtgørelse nr. 65 af 22. januar 2024</source>
        <translation>Based on the general prevention principles, Annex 1 to Executive Order no. 65 of 22 January 2024</translation>
    </message>
    <message>
        <source>Stor arbejdsmængde og tidspres</source>
        <translation>High workload and time pressure</translation>
    </message>
    <message>
        <source>Uklare krav og modstridende krav i arbejdet</source>
        <translation>Unclear and conflicting demands in the work</translation>
    </message>
    <message>
        <source>Høje følelsesmæssige krav i arbejdet med mennesker</source>
        <translation>High emotional demands in work with people</translation>
    </message>
    <message>
        <source>Krænkende handlinger, herunder mobning og seksuel chikane</source>
        <translation>Offensive behaviour, including bullying and sexual harassment</translation>
    </message>
    <message>
        <source>Arbejdsrelateret vold, i og uden for arbejdstiden</source>
        <translation>Work-related violence, during and outside working hours</translation>
    </message>
    <message>
        <source>Bekendtgørelse nr. 1406 af 26. september 2020 om psykisk arbejdsmiljø, kapitel 3</source>
        <translation>Executive Order no. 1406 of 26 September 2020 on the psychosocial working environment, chapter 3</translation>
    </message>
    <message>
        <source>Vælg det mest effektive tiltag først:</source>
        <translation>Choose the most effective measure first:</translation>
    </message>
    <message>
        <source>Psykisk arbejdsmiljø – tænk også på:</source>
        <translation>Psychosocial working environment – also think of:</translation>
    </message>
</context>
<context>
    <name>ApvPanel</name>
    <message>
        <source>Alvor</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Omfang</source>
        <translation>Extent</translation>
    </message>
    <message>
        <source>Omfang:</source>
        <translation>Extent:</translation>
    </message>
    <message>
        <source>&amp;Alvor:</source>
        <translation>&amp;Severity:</translation>
    </message>
    <message>
        <source>Vurdering</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Hvor alvorligt, og hvor mange rammes?</source>
        <translation>How serious, and how many are affected?</translation>
    </message>
    <message>
        <source>Årsag</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Hvad er årsagen til problemet?</source>
        <translation>What is the cause of the problem?</translation>
    </message>
    <message>
        <source>&amp;Vurdering:</source>
        <translation>&amp;Assessment:</translation>
    </message>
    <message>
        <source>Å&amp;rsag:</source>
        <translation>&amp;Cause:</translation>
    </message>
    <message>
        <source>Hvordan? Forebyggelse</source>
        <translation>How? Prevention</translation>
    </message>
    <message>
        <source>Psykisk arbejdsmiljø</source>
        <translation>Psychosocial working environment</translation>
    </message>
    <message>
        <source>– ikke vurderet –</source>
        <translation>– not assessed –</translation>
    </message>
    <message>
        <source>APV: vurdering af problemet – vælg en række i tabellen</source>
        <translation>APV: assessment of the problem – choose a row in the table</translation>
    </message>
    <message>
        <source>APV: vurdering af problemet i række {0} – {1}</source>
        <translation>APV: assessment of the problem in row {0} – {1}</translation>
    </message>
</context>
<context>
    <name>BoxesPage</name>
    <message>
        <source>Husk, at </source>
        <translation>Remember that </translation>
    </message>
    <message>
        <source>Husk</source>
        <translation>Remember</translation>
    </message>
    <message>
        <source>Noter fra runden</source>
        <translation>Notes from the round</translation>
    </message>
    <message>
        <source>Ingen noter fra runden endnu.</source>
        <translation>No notes from the round yet.</translation>
    </message>
    <message>
        <source>Kopiér til felt …</source>
        <translation>Copy to field …</translation>
    </message>
    <message>
        <source>Kopiér noten fra {0} til et felt</source>
        <translation>Copy the note from {0} to a field</translation>
    </message>
</context>
<context>
    <name>Cancelled</name>
    <message>
        <source>Annulleret.</source>
        <translation>Cancelled.</translation>
    </message>
</context>
<context>
    <name>ChangedUnderneathDialog</name>
    <message>
        <source>Teksten er ændret et andet sted</source>
        <translation>The text was changed elsewhere</translation>
    </message>
    <message>
        <source>Mens du skrev i »{0}«, blev teksten ændret et andet sted (fx et forberedelsesark indlæst fra kommandolinjen eller et andet vindue). Intet er overskrevet endnu. Hvilken tekst skal gemmes?</source>
        <translation>While you were writing in “{0}”, the text was changed elsewhere (e.g. a preparation sheet imported from the command line or another window). Nothing is overwritten yet. Which text should be saved?</translation>
    </message>
    <message>
        <source>Din tekst (ikke gemt):</source>
        <translation>Your text (not saved):</translation>
    </message>
    <message>
        <source>Den nye tekst (gemt):</source>
        <translation>The new text (saved):</translation>
    </message>
    <message>
        <source>Behold &amp;min tekst</source>
        <translation>Keep &amp;my text</translation>
    </message>
    <message>
        <source>Brug den &amp;nye tekst</source>
        <translation>Use the &amp;new text</translation>
    </message>
    <message>
        <source>Behold &amp;begge</source>
        <translation>Keep &amp;both</translation>
    </message>
</context>
<context>
    <name>ClosingDialog</name>
    <message>
        <source>Når mødet er afsluttet, låses det, og referatet viser det, der står nu.</source>
        <translation>Once the meeting is closed it is locked, and the referat shows what is written now.</translation>
    </message>
    <message>
        <source>•  {0} – {1} tegn</source>
        <translation>•  {0} – {1} characters</translation>
    </message>
    <message>
        <source>⚠  {0} – intet skrevet</source>
        <translation>⚠  {0} – nothing written</translation>
    </message>
    <message>
        <source>Punkterne på referatet:</source>
        <translation>The points of the referat:</translation>
    </message>
    <message>
        <source>{0} af {1} rækker er ikke vurderet:</source>
        <translation>{0} of {1} rows have not been evaluated:</translation>
    </message>
    <message>
        <source>Afslut mødet?</source>
        <translation>Close the meeting?</translation>
    </message>
    <message>
        <source>&amp;Afslut mødet</source>
        <translation>&amp;Close the meeting</translation>
    </message>
    <message>
        <source>&amp;Tilbage</source>
        <translation>&amp;Back</translation>
    </message>
</context>
<context>
    <name>CommitteeDialog</name>
    <message>
        <source>Udvalget – {0}</source>
        <translation>The committee – {0}</translation>
    </message>
    <message>
        <source>&amp;Antal ansatte</source>
        <translation>&amp;Number of employees</translation>
    </message>
    <message>
        <source>Møder, der allerede er oprettet, er uændrede; antallet gælder de møder, I opretter herefter.</source>
        <translation>Meetings already created are unchanged; the number applies to the meetings you create from now on.</translation>
    </message>
    <message>
        <source>Gem</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>CommitteePlan</name>
    <message>
        <source>Ikke udførte rækker og rækker udført i {0}</source>
        <translation>Rows not done and rows done in {0}</translation>
    </message>
    <message>
        <source>Alle rækker</source>
        <translation>All rows</translation>
    </message>
    <message>
        <source> eller </source>
        <translation> or </translation>
    </message>
    <message>
        <source>Rækker med status {0}</source>
        <translation>Rows with status {0}</translation>
    </message>
    <message>
        <source>planlagt i {0}</source>
        <translation>planned in {0}</translation>
    </message>
    <message>
        <source>fra {0}</source>
        <translation>from {0}</translation>
    </message>
</context>
<context>
    <name>CommitteePlanModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Fra mødet</source>
        <translation>From the meeting</translation>
    </message>
    <message>
        <source>Virkede det?</source>
        <translation>Did it work?</translation>
    </message>
    <message>
        <source>{0}

Læst som: {1}</source>
        <translation>{0}

Read as: {1}</translation>
    </message>
</context>
<context>
    <name>CommitteePlanPage</name>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV til Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <source>Excel-projektmappe (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Å&amp;r:</source>
        <translation>Yea&amp;r:</translation>
    </message>
    <message>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Mø&amp;de:</source>
        <translation>Mee&amp;ting:</translation>
    </message>
    <message>
        <source>Møde</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Antal rækker</source>
        <translation>Number of rows</translation>
    </message>
    <message>
        <source>Udvalgets handleplan</source>
        <translation>The committee&apos;s action plan</translation>
    </message>
    <message>
        <source>Åb&amp;n mødet</source>
        <translation>Ope&amp;n the meeting</translation>
    </message>
    <message>
        <source>Åbn det møde, den valgte række kom fra</source>
        <translation>Open the meeting the selected row came from</translation>
    </message>
    <message>
        <source>Gem som &amp;PDF …</source>
        <translation>Save as &amp;PDF …</translation>
    </message>
    <message>
        <source>Til HR: A4 på tværs, med status, møde og en underskriftslinje til hvert medlem</source>
        <translation>For HR: A4 landscape, with status, meeting and a signature line for each member</translation>
    </message>
    <message>
        <source>Gem som &amp;CSV …</source>
        <translation>Save as &amp;CSV …</translation>
    </message>
    <message>
        <source>Gem som E&amp;xcel …</source>
        <translation>Save as E&amp;xcel …</translation>
    </message>
    <message>
        <source>Alle år</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>Alle møder</source>
        <translation>All meetings</translation>
    </message>
    <message>
        <source>{0} af {1} rækker</source>
        <translation>{0} of {1} rows</translation>
    </message>
    <message>
        <source>{0} rækker</source>
        <translation>{0} rows</translation>
    </message>
    <message>
        <source>Udvalgets møder har ingen rækker i handleplanen endnu.</source>
        <translation>The committee&apos;s meetings have no rows in the action plan yet.</translation>
    </message>
    <message>
        <source>Ingen rækker passer til valget. Vælg fx »Alle« under Status.</source>
        <translation>No rows match the choice. Choose e.g. “All” under Status.</translation>
    </message>
    <message>
        <source>Handleplan – {0}{1}</source>
        <translation>Action plan – {0}{1}</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Databasefilen {0} er væk eller udskiftet (er USB-nøglen taget ud?). Det, der står i vinduet, er ikke gemt: sæt nøglen i igen, eller gem mødet som mødefil.</source>
        <translation>The database file {0} is gone or replaced (was the USB stick removed?). What is in the window is not saved: put the stick back, or save the meeting as a meeting file.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>januar</source>
        <translation>January</translation>
    </message>
    <message>
        <source>februar</source>
        <translation>February</translation>
    </message>
    <message>
        <source>marts</source>
        <translation>March</translation>
    </message>
    <message>
        <source>april</source>
        <translation>April</translation>
    </message>
    <message>
        <source>maj</source>
        <translation>May</translation>
    </message>
    <message>
        <source>juni</source>
        <translation>June</translation>
    </message>
    <message>
        <source>juli</source>
        <translation>July</translation>
    </message>
    <message>
        <source>august</source>
        <translation>August</translation>
    </message>
    <message>
        <source>september</source>
        <translation>September</translation>
    </message>
    <message>
        <source>oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <source>november</source>
        <translation>November</translation>
    </message>
    <message>
        <source>december</source>
        <translation>December</translation>
    </message>
    <message>
        <source>{day}. {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>ikke læst som dato</source>
        <translation>not read as a date</translation>
    </message>
    <message>
        <source>dato</source>
        <translation>date</translation>
    </message>
    <message>
        <source>uge</source>
        <translation>week</translation>
    </message>
    <message>
        <source>kvartal</source>
        <translation>quarter</translation>
    </message>
    <message>
        <source>halvår</source>
        <translation>half-year</translation>
    </message>
    <message>
        <source>måned</source>
        <translation>month</translation>
    </message>
    <message>
        <source>år</source>
        <translation>year</translation>
    </message>
    <message>
        <source>sæson</source>
        <translation>season</translation>
    </message>
    <message>
        <source>om</source>
        <translation>in</translation>
    </message>
    <message>
        <source>snarest</source>
        <translation>as soon as possible</translation>
    </message>
</context>
<context>
    <name>EmployeesField</name>
    <message>
        <source>ikke angivet</source>
        <translation>not stated</translation>
    </message>
    <message>
        <source>Antal ansatte</source>
        <translation>Number of employees</translation>
    </message>
</context>
<context>
    <name>EvaluationModel</name>
    <message>
        <source>– vurdér –</source>
        <translation>– judge –</translation>
    </message>
    <message>
        <source>– svar –</source>
        <translation>– answer –</translation>
    </message>
    <message>
        <source>Mål / handling</source>
        <translation>Goal / action</translation>
    </message>
    <message>
        <source>Mål: {0}</source>
        <translation>Goal: {0}</translation>
    </message>
    <message>
        <source>Handleplan: {0}</source>
        <translation>Action plan: {0}</translation>
    </message>
    <message>
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <source>
Status nu: {0}</source>
        <translation>
Status now: {0}</translation>
    </message>
    <message>
        <source>Hvem</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Vurdering</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Virkede det?</source>
        <translation>Did it work?</translation>
    </message>
    <message>
        <source>Note om virkningen</source>
        <translation>Note on the effect</translation>
    </message>
</context>
<context>
    <name>EvaluationPage</name>
    <message>
        <source>Sidste års mål og åbne punkter</source>
        <translation>Last year&apos;s goals and open points</translation>
    </message>
    <message>
        <source>Vurdering af {0}</source>
        <translation>Verdict on {0}</translation>
    </message>
    <message>
        <source>Virkede det? {0}</source>
        <translation>Did it work? {0}</translation>
    </message>
    <message>
        <source>Skriv et af sidste års mål ind – tryk Enter</source>
        <translation>Type one of last year&apos;s goals – press Enter</translation>
    </message>
    <message>
        <source>Sidste års mål</source>
        <translation>Last year&apos;s goal</translation>
    </message>
    <message>
        <source>Tilføj &amp;mål fra sidste år</source>
        <translation>Add a &amp;goal from last year</translation>
    </message>
    <message>
        <source>Fjern indskrevet mål</source>
        <translation>Remove typed-in goal</translation>
    </message>
    <message>
        <source>Der er ingen tidligere møder for udvalget i Drøftelse. Skriv sidste års mål ind herunder, så I kan vurdere dem.</source>
        <translation>There are no earlier meetings of the committee in Drøftelse. Type last year&apos;s goals below so you can judge them.</translation>
    </message>
    <message>
        <source>Der er ingen tidligere årlig drøftelse i Drøftelse, men åbne punkter fra handleplanen. Skriv evt. sidste års mål ind herunder.</source>
        <translation>There is no earlier annual discussion in Drøftelse, but there are open points from the action plan. Type last year&apos;s goals below if you have them.</translation>
    </message>
    <message>
        <source>Mål fra {0} og alle åbne punkter i udvalgets handleplan.</source>
        <translation>Goals from {0} and every open point in the committee&apos;s action plan.</translation>
    </message>
    <message>
        <source>{0} af {1} vurderet.</source>
        <translation>{0} of {1} judged.</translation>
    </message>
    <message>
        <source>Intet at vurdere endnu.</source>
        <translation>Nothing to judge yet.</translation>
    </message>
    <message>
        <source>Vælg et mål, I selv har skrevet ind – de andre kommer fra tidligere møder.</source>
        <translation>Choose a goal you typed in yourselves – the others come from earlier meetings.</translation>
    </message>
    <message>
        <source>ikke vurderet</source>
        <translation>not judged</translation>
    </message>
</context>
<context>
    <name>Example</name>
    <message>
        <source>EKSEMPEL</source>
        <translation>EXAMPLE</translation>
    </message>
    <message>
        <source>EKSEMPEL – lavet af Drøftelses demo, ikke udvalgets eget møde. Det tælles ikke med i årshjulet eller udvalgets handleplan.</source>
        <translation>EXAMPLE – made by Drøftelse&apos;s demo, not the committee&apos;s own meeting. It does not count in the year planner or the committee&apos;s action plan.</translation>
    </message>
</context>
<context>
    <name>FieldChanged</name>
    <message>
        <source>{0} er ændret et andet sted (fx af den anden formand), efter at det blev vist her. Intet er overskrevet.</source>
        <translation>{0} was changed elsewhere (e.g. by the other chair) after it was shown here. Nothing is overwritten.</translation>
    </message>
</context>
<context>
    <name>FieldConflict</name>
    <message>
        <source>(tomt)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nej</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>FieldConflictDialog</name>
    <message>
        <source>Ændret af den anden formand</source>
        <translation>Changed by the other chair</translation>
    </message>
    <message>
        <source>{0} er ændret et andet sted (fx af den anden formand), mens du rettede her. Intet er overskrevet endnu. Hvad skal gemmes?</source>
        <translation>{0} was changed elsewhere (e.g. by the other chair) while you were editing here. Nothing is overwritten yet. What should be saved?</translation>
    </message>
    <message>
        <source>Gemt nu (ændret et andet sted):</source>
        <translation>Saved now (changed elsewhere):</translation>
    </message>
    <message>
        <source>Din ændring (ikke gemt):</source>
        <translation>Your change (not saved):</translation>
    </message>
    <message>
        <source>Behold &amp;min</source>
        <translation>Keep &amp;mine</translation>
    </message>
    <message>
        <source>Behold den &amp;gemte</source>
        <translation>Keep the &amp;saved one</translation>
    </message>
    <message>
        <source>Behold &amp;begge</source>
        <translation>Keep &amp;both</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Gå til det første manglende punkt</source>
        <translation>Go to the first missing point</translation>
    </message>
    <message>
        <source>Gem &amp;referat som PDF og åbn det …</source>
        <translation>Save the &amp;minutes as PDF and open them …</translation>
    </message>
    <message>
        <source>Gem handleplan som &amp;PDF og åbn den …</source>
        <translation>Save the action plan as &amp;PDF and open it …</translation>
    </message>
    <message>
        <source>Gem som &amp;CSV til Excel …</source>
        <translation>Save as &amp;CSV for Excel …</translation>
    </message>
    <message>
        <source>&amp;Kompetenceudviklingsplan som PDF (valgfri) …</source>
        <translation>&amp;Competence development plan as PDF (optional) …</translation>
    </message>
    <message>
        <source>Op&amp;slag til de ansatte …</source>
        <translation>&amp;Notice for the employees …</translation>
    </message>
    <message>
        <source>Én A4-side til opslagstavlen: målene, det der er besluttet, og hvem de ansatte kan tale med</source>
        <translation>One A4 page for the notice board: the goals, what was decided, and whom the employees can talk to</translation>
    </message>
    <message>
        <source> · Form: {0}</source>
        <translation> · Form: {0}</translation>
    </message>
    <message>
        <source>{0} deltagere ({1} til stede) · {2} rækker i handleplanen</source>
        <translation>{0} participants ({1} present) · {2} rows in the action plan</translation>
    </message>
    <message>
        <source>Dette mangler, før mødet kan afsluttes:
{0}</source>
        <translation>This is missing before the meeting can be closed:
{0}</translation>
    </message>
    <message>
        <source>Alle punkter har en tekst.</source>
        <translation>Every point has a text.</translation>
    </message>
    <message>
        <source>&amp;Genåbn mødet</source>
        <translation>&amp;Reopen the meeting</translation>
    </message>
    <message>
        <source>&amp;Afslut mødet</source>
        <translation>&amp;Close the meeting</translation>
    </message>
    <message>
        <source>Mødet blev afsluttet {0}.</source>
        <translation>The meeting was closed on {0}.</translation>
    </message>
    <message>
        <source>Mødet er afsluttet og låst. Det kan genåbnes i feltet øverst.</source>
        <translation>The meeting is closed and locked. It can be reopened in the bar at the top.</translation>
    </message>
    <message>
        <source>Gem referatet og handleplanen som PDF med knapperne herunder og send dem til HR.</source>
        <translation>Save the minutes and the action plan as PDF with the buttons below and send them to HR.</translation>
    </message>
    <message>
        <source>Mødet er åbent.</source>
        <translation>The meeting is open.</translation>
    </message>
    <message>
        <source>Mødet kan ikke afsluttes endnu</source>
        <translation>The meeting cannot be closed yet</translation>
    </message>
    <message>
        <source>Gå til punktet</source>
        <translation>Go to the point</translation>
    </message>
    <message>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>FramePage</name>
    <message>
        <source>Formål</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Dagsorden – {0} minutter</source>
        <translation>Agenda – {0} minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutter til {0}</source>
        <translation>Minutes for {0}</translation>
    </message>
    <message>
        <source>I alt</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source> – {0} min {1}</source>
        <translation> – {0} min {1}</translation>
    </message>
    <message>
        <source>for meget</source>
        <translation>too much</translation>
    </message>
    <message>
        <source>til overs</source>
        <translation>to spare</translation>
    </message>
    <message>
        <source>{0} af {1} min{2}</source>
        <translation>{0} of {1} min{2}</translation>
    </message>
    <message>
        <source>{0}: {1} min</source>
        <translation>{0}: {1} min</translation>
    </message>
    <message>
        <source>Formål: {0}</source>
        <translation>Purpose: {0}</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <source>Et godt mål siger hvad, hvor meget og hvornår – fx »Støj i pakkeriet under 80 dB(A) inden 1. juli«.</source>
        <translation>A good goal says what, how much and by when – e.g. “Noise in the packing room below 80 dB(A) by 1 July”.</translation>
    </message>
    <message>
        <source>Nyt mål for det kommende år – tryk Enter</source>
        <translation>New goal for the coming year – press Enter</translation>
    </message>
    <message>
        <source>Nyt mål</source>
        <translation>New goal</translation>
    </message>
    <message>
        <source>&amp;Tilføj mål</source>
        <translation>&amp;Add goal</translation>
    </message>
    <message>
        <source>Ingen mål endnu.</source>
        <translation>No goals yet.</translation>
    </message>
    <message>
        <source>Mål {0}</source>
        <translation>Goal {0}</translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Fjern mål {0}</source>
        <translation>Remove goal {0}</translation>
    </message>
</context>
<context>
    <name>HandInDialog</name>
    <message>
        <source>Hvornår skal arkene afleveres?</source>
        <translation>When should the sheets be returned?</translation>
    </message>
    <message>
        <source>i dag</source>
        <translation>today</translation>
    </message>
    <message>
        <source>passeret</source>
        <translation>past</translation>
    </message>
    <message>
        <source>Arkene beder normalt om at blive afleveret senest {0}, så I kan nå at læse dem før mødet {1}. Den dato er {2}. Vælg en ny dato, eller bed om arkene ved mødet.</source>
        <translation>The sheets normally ask to be returned by {0}, so you have time to read them before the meeting on {1}. That date is {2}. Choose a new date, or ask for the sheets at the meeting.</translation>
    </message>
    <message>
        <source>&amp;Senest:</source>
        <translation>&amp;By:</translation>
    </message>
    <message>
        <source>Afleveres senest</source>
        <translation>Return by</translation>
    </message>
    <message>
        <source>&amp;Ved mødet</source>
        <translation>&amp;At the meeting</translation>
    </message>
    <message>
        <source>Lav arkene</source>
        <translation>Make the sheets</translation>
    </message>
</context>
<context>
    <name>Handleplan</name>
    <message>
        <source>Hvad?</source>
        <translation>What?</translation>
    </message>
    <message>
        <source>Hvorfor?</source>
        <translation>Why?</translation>
    </message>
    <message>
        <source>Hvordan?</source>
        <translation>How?</translation>
    </message>
    <message>
        <source>Hvornår?</source>
        <translation>When?</translation>
    </message>
    <message>
        <source>Hvem?</source>
        <translation>Who?</translation>
    </message>
    <message>
        <source>Opfølgning?</source>
        <translation>Follow-up?</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Hvornår (dato)</source>
        <translation>When (date)</translation>
    </message>
    <message>
        <source>Opfølgning (dato)</source>
        <translation>Follow-up (date)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Prioritet</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Fra mødet</source>
        <translation>From the meeting</translation>
    </message>
    <message>
        <source>Mødedato</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <source>Alvor</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Omfang</source>
        <translation>Extent</translation>
    </message>
    <message>
        <source>Vurdering</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Årsag</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Virkede det?</source>
        <translation>Did it work?</translation>
    </message>
    <message>
        <source>Note om virkningen</source>
        <translation>Note on the effect</translation>
    </message>
</context>
<context>
    <name>HandleplanModel</name>
    <message>
        <source>Læst som: {0}</source>
        <translation>Read as: {0}</translation>
    </message>
    <message>
        <source>Handleplanen, {0} «{1}» (i stedet for «{2}»)</source>
        <translation>The action plan, {0} “{1}” (instead of “{2}”)</translation>
    </message>
</context>
<context>
    <name>HandleplanPage</name>
    <message>
        <source>Handleplan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>&amp;Ny række (Ctrl+N)</source>
        <translation>&amp;New row (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Slet række</source>
        <translation>&amp;Delete row</translation>
    </message>
    <message>
        <source>&amp;Fortryd</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Flyt &amp;op</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Flyt n&amp;ed</source>
        <translation>Move d&amp;own</translation>
    </message>
    <message>
        <source>Ordn efter &amp;prioritet</source>
        <translation>Sort by &amp;priority</translation>
    </message>
    <message>
        <source>&amp;Lav til handling …</source>
        <translation>&amp;Make into an action …</translation>
    </message>
    <message>
        <source>Se et e&amp;ksempel</source>
        <translation>See an e&amp;xample</translation>
    </message>
    <message>
        <source>Rækken er slettet. Fortryd med Ctrl+Z.</source>
        <translation>The row is deleted. Undo with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Rækkerne står nu efter prioritet og alvor. Fortryd med Ctrl+Z.</source>
        <translation>The rows are now sorted by priority and severity. Undo with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Rækkerne står allerede efter prioritet og alvor.</source>
        <translation>The rows are already sorted by priority and severity.</translation>
    </message>
    <message>
        <source>Ingen aftalte punkter endnu</source>
        <translation>No agreed points yet</translation>
    </message>
    <message>
        <source>Eksempel på en handleplan</source>
        <translation>An example of an action plan</translation>
    </message>
    <message>
        <source>Ingen rækker endnu.</source>
        <translation>No rows yet.</translation>
    </message>
</context>
<context>
    <name>HearingAnswers</name>
    <message>
        <source>Det siger de ansatte (høringen)</source>
        <translation>What the employees say (the hearing)</translation>
    </message>
    <message>
        <source>Ingen ansatte har svaret endnu.</source>
        <translation>No employees have answered yet.</translation>
    </message>
    <message>
        <source>1 ansat har svaret.</source>
        <translation>1 employee has answered.</translation>
    </message>
    <message>
        <source>{0} af {1} udleverede ark er kommet tilbage.</source>
        <translation>{0} of {1} sheets handed out have come back.</translation>
    </message>
    <message>
        <source>{0} ansatte har svaret.</source>
        <translation>{0} employees have answered.</translation>
    </message>
    <message>
        <source>Spørgsmål, der siden er fjernet</source>
        <translation>Questions removed since</translation>
    </message>
    <message>
        <source>Ingen svar til dette punkt.</source>
        <translation>No answers on this point.</translation>
    </message>
    <message>
        <source>Deltagernes forberedelse</source>
        <translation>The participants&apos; preparation</translation>
    </message>
    <message>
        <source>{0} af {1} deltagere har forberedt punktet.</source>
        <translation>{0} of {1} participants have prepared the point.</translation>
    </message>
    <message>
        <source>(fraværende)</source>
        <translation>(absent)</translation>
    </message>
    <message>
        <source>(ikke forberedt)</source>
        <translation>(not prepared)</translation>
    </message>
    <message>
        <source>Ingen deltagere endnu.</source>
        <translation>No participants yet.</translation>
    </message>
    <message>
        <source>Kopiér til feltet</source>
        <translation>Copy to the field</translation>
    </message>
    <message>
        <source>Kopiér til felt …</source>
        <translation>Copy to field …</translation>
    </message>
    <message>
        <source>Kopiér forberedelsen fra {0} til et felt</source>
        <translation>Copy the preparation from {0} to a field</translation>
    </message>
    <message>
        <source>Høring og forberedelse</source>
        <translation>Hearing and preparation</translation>
    </message>
    <message>
        <source>Høringen</source>
        <translation>The hearing</translation>
    </message>
</context>
<context>
    <name>HearingPage</name>
    <message>
        <source>Spørgsmål til de ansatte ({0}–{1})</source>
        <translation>Questions for the employees ({0}–{1})</translation>
    </message>
    <message>
        <source>&amp;Tilføj spørgsmål</source>
        <translation>&amp;Add question</translation>
    </message>
    <message>
        <source>Arbejdsmiljøgrupper – én pr. linje (tomt: ét fælles ark til alle ansatte):</source>
        <translation>Working environment groups – one per line (empty: one shared sheet for all employees):</translation>
    </message>
    <message>
        <source>Arbejdsmiljøgrupper</source>
        <translation>Working environment groups</translation>
    </message>
    <message>
        <source>Fx
Lager
Kontor</source>
        <translation>E.g.
Warehouse
Office</translation>
    </message>
    <message>
        <source>Antal ark: </source>
        <translation>Number of sheets: </translation>
    </message>
    <message>
        <source>Ét ark til hver ansat (pr. arbejdsmiljøgruppe, når der er grupper). Hvert ark har sin egen engangskode og tæller kun én gang.</source>
        <translation>One sheet for each employee (per arbejdsmiljøgruppe, when there are groups). Each sheet has its own one-time code and counts only once.</translation>
    </message>
    <message>
        <source>Lav høringsark (PDF) …</source>
        <translation>Make hearing sheets (PDF) …</translation>
    </message>
    <message>
        <source>Blanke, udfyldelige ark til de ansatte, hvert med sin egen engangskode</source>
        <translation>Blank, fillable sheets for the employees, each with its own one-time code</translation>
    </message>
    <message>
        <source>Indlæs besvarede høringsark …</source>
        <translation>Read in answered hearing sheets …</translation>
    </message>
    <message>
        <source>Svar fra de ansatte</source>
        <translation>Answers from the employees</translation>
    </message>
    <message>
        <source>Spørgsmål {0} til de ansatte</source>
        <translation>Question {0} for the employees</translation>
    </message>
    <message>
        <source>Gem høringsark i mappen</source>
        <translation>Save hearing sheets in the folder</translation>
    </message>
    <message>
        <source>{0} høringsark er gemt i {1}</source>
        <translation>{0} hearing sheets saved in {1}</translation>
    </message>
    <message>
        <source>Del arkene ud til de ansatte. Træk de udfyldte ark ind på denne side.</source>
        <translation>Hand the sheets out to the employees. Drag the filled-in sheets onto this page.</translation>
    </message>
    <message>
        <source>Høringsarkene kunne ikke laves</source>
        <translation>The hearing sheets could not be made</translation>
    </message>
    <message>
        <source>Høringsarkene blev ikke lavet færdige (annulleret).</source>
        <translation>The hearing sheets were not finished (cancelled).</translation>
    </message>
    <message>
        <source>Laver høringsark …</source>
        <translation>Making hearing sheets …</translation>
    </message>
    <message>
        <source>Indlæs besvarede høringsark</source>
        <translation>Read in answered hearing sheets</translation>
    </message>
    <message>
        <source> ({0} var allerede indlæst)</source>
        <translation> ({0} had already been read in)</translation>
    </message>
    <message>
        <source>{0} høringsark er indlæst{1}.</source>
        <translation>{0} hearing sheets read in{1}.</translation>
    </message>
    <message>
        <source>{0} ark blev ikke indlæst – se hvorfor i beskeden.</source>
        <translation>{0} sheet(s) not read in – see why in the message.</translation>
    </message>
    <message>
        <source>Svarene står ved de punkter, de handler om.</source>
        <translation>The answers are shown at the points they are about.</translation>
    </message>
    <message>
        <source>Nogle høringsark blev ikke indlæst</source>
        <translation>Some hearing sheets were not read in</translation>
    </message>
    <message>
        <source>Høringsarkene kunne ikke indlæses</source>
        <translation>The hearing sheets could not be read in</translation>
    </message>
    <message>
        <source>Indlæser høringsark …</source>
        <translation>Reading hearing sheets …</translation>
    </message>
    <message>
        <source>Samme engangskode to gange</source>
        <translation>The same one-time code twice</translation>
    </message>
    <message>
        <source>Et høringsark med samme engangskode er allerede indlæst – hvert ark tæller kun én gang:

{0}

Skal det nye erstatte det først indlæste? Vælg Nej for at beholde det første.</source>
        <translation>A hearing sheet with the same one-time code has already been read in – each sheet counts only once:

{0}

Should the new one replace the one read in first? Choose No to keep the first.</translation>
    </message>
    <message>
        <source>Punkt {0}: {1}</source>
        <translation>Point {0}: {1}</translation>
    </message>
</context>
<context>
    <name>HugeNumber</name>
    <message>
        <source>{0}… ({1} cifre)</source>
        <translation>{0}… ({1} digits)</translation>
    </message>
</context>
<context>
    <name>InstanceGuard</name>
    <message>
        <source>låsefilen {0} kan ikke laves</source>
        <translation>the lock file {0} cannot be made</translation>
    </message>
    <message>
        <source>proces {0} på {1}</source>
        <translation>process {0} on {1}</translation>
    </message>
    <message>
        <source>et andet program</source>
        <translation>another program</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Afslut</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Drøftelse – {0}</source>
        <translation>Drøftelse – {0}</translation>
    </message>
    <message>
        <source> (skrivebeskyttet)</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <source>Mødet kan ikke åbnes, mens forbindelsen til databaseserveren er afbrudt.</source>
        <translation>The meeting cannot be opened while the connection to the database server is lost.</translation>
    </message>
    <message>
        <source>Mødet kan ikke åbnes</source>
        <translation>The meeting cannot be opened</translation>
    </message>
    <message>
        <source>Mødet åbnes …</source>
        <translation>Opening the meeting …</translation>
    </message>
    <message>
        <source>Mødet er genåbnet. Grunden er skrevet i mødets ændringslog.</source>
        <translation>The meeting has been reopened. The reason is written in the meeting&apos;s change log.</translation>
    </message>
    <message>
        <source>Databasen blev forsøgt åbnet igen – det er dette vindue, I skriver i.</source>
        <translation>The database was opened again – this is the window you write in.</translation>
    </message>
    <message>
        <source>Teksterne er ikke gemt</source>
        <translation>The texts are not saved</translation>
    </message>
    <message>
        <source>Forbindelsen til databaseserveren er afbrudt, og noget af det, I har skrevet, er ikke gemt endnu. Lukker I nu, går det tabt.

Luk alligevel?</source>
        <translation>The connection to the database server is lost, and some of what you have written is not saved yet. If you close now, it will be lost.

Close anyway?</translation>
    </message>
    <message>
        <source>Sprog</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Sprog – bruges fra næste start</source>
        <translation>Language – used from the next start</translation>
    </message>
    <message>
        <source>Drøftelse taler {0} fra næste start.</source>
        <translation>Drøftelse speaks {0} from the next start.</translation>
    </message>
    <message>
        <source>Dokumenternes sprog</source>
        <translation>Language of the documents</translation>
    </message>
    <message>
        <source>Sproget i PDF&apos;er, forberedelsesark og regneark herfra</source>
        <translation>The language of PDFs, preparation sheets and spreadsheets made here</translation>
    </message>
    <message>
        <source>Dokumenter på {0}</source>
        <translation>Documents in {0}</translation>
    </message>
</context>
<context>
    <name>MeetingClosed</name>
    <message>
        <source>Mødet er afsluttet – genåbn det for at rette. Intet er ændret.</source>
        <translation>The meeting is closed – reopen it to make corrections. Nothing has been changed.</translation>
    </message>
    <message>
        <source>Mødet »{0}« er afsluttet{1} – genåbn det for at rette. Intet er ændret.</source>
        <translation>The meeting &quot;{0}&quot; is closed{1} – reopen it to make corrections. Nothing has been changed.</translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <source>Eksempel · {0}</source>
        <translation>Example · {0}</translation>
    </message>
    <message>
        <source>Eksempel fra demoen – ikke jeres eget møde. Det tælles ikke med i årshjulet eller udvalgets handleplan, før I beholder det som jeres eget (knappen over mødet).</source>
        <translation>An example from the demo – not your own meeting. It does not count in the year planner or the committee&apos;s action plan until you keep it as your own (the button above the meeting).</translation>
    </message>
    <message>
        <source>Møde</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Står ved</source>
        <translation>At step</translation>
    </message>
    <message>
        <source>Afsluttet</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Sidst ændret</source>
        <translation>Last changed</translation>
    </message>
</context>
<context>
    <name>MeetingListPage</name>
    <message>
        <source>Intet er ændret.</source>
        <translation>Nothing has changed.</translation>
    </message>
    <message>
        <source>Ret anta&amp;l ansatte …</source>
        <translation>Change the &amp;number of employees …</translation>
    </message>
    <message>
        <source>Hvor mange ansatte virksomheden har; under 10 er der ingen AMO</source>
        <translation>How many employees the company has; under 10 there is no AMO</translation>
    </message>
    <message>
        <source>Udvalg</source>
        <translation>Committee</translation>
    </message>
    <message>
        <source>Møder</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Ingen møder endnu. Opret det første med »Nyt møde«.</source>
        <translation>No meetings yet. Create the first with “New meeting”.</translation>
    </message>
    <message>
        <source>&amp;Nyt møde …</source>
        <translation>&amp;New meeting …</translation>
    </message>
    <message>
        <source>&amp;Fortsæt</source>
        <translation>C&amp;ontinue</translation>
    </message>
    <message>
        <source>&amp;Handleplan som PDF …</source>
        <translation>&amp;Action plan as PDF …</translation>
    </message>
    <message>
        <source>&amp;Gem mødefil …</source>
        <translation>&amp;Save meeting file …</translation>
    </message>
    <message>
        <source>&amp;Indlæs mødefil …</source>
        <translation>&amp;Import meeting file …</translation>
    </message>
    <message>
        <source>Sikk&amp;erhedskopi …</source>
        <translation>Bac&amp;kup …</translation>
    </message>
    <message>
        <source>En kopi af hele databasen (alle udvalg og møder) til at gemme et andet sted</source>
        <translation>A copy of the whole database (every committee and meeting) to keep somewhere else</translation>
    </message>
    <message>
        <source>&amp;Slet …</source>
        <translation>&amp;Delete …</translation>
    </message>
    <message>
        <source>&amp;Møder</source>
        <translation>&amp;Meetings</translation>
    </message>
    <message>
        <source>&amp;Udvalgets handleplan</source>
        <translation>The committee&apos;s action &amp;plan</translation>
    </message>
    <message>
        <source>Alle møders rækker i én handleplan – til HR som PDF, CSV eller Excel</source>
        <translation>Every meeting&apos;s rows in one action plan – for HR as PDF, CSV or Excel</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>Alle udvalg: årlige drøftelser, åbne rækker, organisationens handleplan</source>
        <translation>Every committee: annual discussions, open rows, the organisation&apos;s action plan</translation>
    </message>
    <message>
        <source>Drøftelse</source>
        <translation>Drøftelse</translation>
    </message>
    <message>
        <source>Udvalgets {0} medlemmer er sat på som deltagere. Ret det på Opsætning.</source>
        <translation>The committee&apos;s {0} members are added as participants. Change that on Set-up.</translation>
    </message>
    <message>
        <source>Mappen til Arbejdstilsynet</source>
        <translation>The folder for the Danish Working Environment Authority</translation>
    </message>
    <message>
        <source>Gem mødefil</source>
        <translation>Save meeting file</translation>
    </message>
    <message>
        <source>Mødefil (*.json)</source>
        <translation>Meeting file (*.json)</translation>
    </message>
    <message>
        <source>Mødefilen</source>
        <translation>The meeting file</translation>
    </message>
    <message>
        <source>Indlæs mødefil</source>
        <translation>Import meeting file</translation>
    </message>
    <message>
        <source>Mødefil (*.json);;Alle filer (*)</source>
        <translation>Meeting file (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Mødet fra {0} er indlæst.</source>
        <translation>The meeting from {0} is imported.</translation>
    </message>
    <message>
        <source>Det står i listen herunder: vælg det og tryk Fortsæt for at åbne det.</source>
        <translation>It is in the list below: choose it and press Continue to open it.</translation>
    </message>
    <message>
        <source>Mødefilen kan ikke indlæses</source>
        <translation>The meeting file cannot be imported</translation>
    </message>
    <message>
        <source>Indlæser mødefilen …</source>
        <translation>Importing the meeting file …</translation>
    </message>
    <message>
        <source>Sikkerhedskopien</source>
        <translation>The backup</translation>
    </message>
    <message>
        <source>Drøftelse-sikkerhedskopi {0}.sqlite</source>
        <translation>Drøftelse backup {0}.sqlite</translation>
    </message>
    <message>
        <source>Drøftelse-database (*.sqlite)</source>
        <translation>Drøftelse database (*.sqlite)</translation>
    </message>
    <message>
        <source>Slet »{0}« ({1})?

Dette slettes for altid: {2} deltagere, {3} udfyldte tekster og {4} rækker i handleplanen.

Gem evt. en mødefil først, hvis I vil kunne hente mødet igen.</source>
        <translation>Delete “{0}” ({1})?

This is deleted for good: {2} participants, {3} filled-in texts and {4} rows in the action plan.

Save a meeting file first if you want to be able to bring the meeting back.</translation>
    </message>
    <message>
        <source>Slet møde</source>
        <translation>Delete meeting</translation>
    </message>
    <message>
        <source>Slet mødet</source>
        <translation>Delete the meeting</translation>
    </message>
    <message>
        <source>Behold</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>»{0}« er slettet.</source>
        <translation>“{0}” is deleted.</translation>
    </message>
    <message>
        <source>Gen&amp;dan …</source>
        <translation>&amp;Restore …</translation>
    </message>
    <message>
        <source>Læg databasen tilbage, som den var i en af de sikkerhedskopier, der tages</source>
        <translation>Put the database back as it was in one of the backups that are taken</translation>
    </message>
</context>
<context>
    <name>MeetingView</name>
    <message>
        <source>Punkt {0} · {1}</source>
        <translation>Point {0} · {1}</translation>
    </message>
    <message>
        <source>Mødet</source>
        <translation>The meeting</translation>
    </message>
    <message>
        <source>Hvad siger &amp;reglerne?</source>
        <translation>What do the &amp;rules say?</translation>
    </message>
    <message>
        <source>Præsentation (F5)</source>
        <translation>Presentation (F5)</translation>
    </message>
    <message>
        <source>Vis spørgsmål, taler og tid i stor skrift til projektoren</source>
        <translation>Show question, speaker and time in large type for the projector</translation>
    </message>
    <message>
        <source>Deltag fra telefon</source>
        <translation>Join from phones</translation>
    </message>
    <message>
        <source>Deltagerne svarer, kommer med idéer og stemmer fra deres egen telefon</source>
        <translation>Participants answer, send ideas and vote from their own phones</translation>
    </message>
    <message>
        <source>Handleplan som P&amp;DF …</source>
        <translation>Action plan as P&amp;DF …</translation>
    </message>
    <message>
        <source>Til &amp;oversigten</source>
        <translation>To the &amp;overview</translation>
    </message>
    <message>
        <source>Skærm</source>
        <translation>Screen</translation>
    </message>
    <message>
        <source>Vælg skærm til præsentationen</source>
        <translation>Choose the screen for the presentation</translation>
    </message>
    <message>
        <source>Trin</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Trinnets overskrift</source>
        <translation>The step&apos;s heading</translation>
    </message>
    <message>
        <source>◀ &amp;Tilbage</source>
        <translation>◀ &amp;Back</translation>
    </message>
    <message>
        <source>Forrige trin</source>
        <translation>Previous step</translation>
    </message>
    <message>
        <source>Hvor I er</source>
        <translation>Where you are</translation>
    </message>
    <message>
        <source>Gemt</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>&amp;Næste ▶</source>
        <translation>&amp;Next ▶</translation>
    </message>
    <message>
        <source>Næste trin</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Behold som jeres eget</source>
        <translation>Keep as your own</translation>
    </message>
    <message>
        <source>Behold »{0}« som udvalgets eget møde?

Det tælles så med i årshjulet og udvalgets handleplan. Demoens tidligere eksempelmøder, som mødet bygger på, og demoens AMO-medlemmer bliver også jeres egne. Ret navne og tekster bagefter, så de passer til jer.</source>
        <translation>Keep “{0}” as the committee&apos;s own meeting?

It then counts in the year planner and the committee&apos;s action plan. The demo&apos;s earlier example meetings that this meeting builds on, and the demo&apos;s AMO members, become yours too. Change names and texts afterwards to fit you.</translation>
    </message>
    <message>
        <source>Behold som vores eget</source>
        <translation>Keep as our own</translation>
    </message>
    <message>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>»{0}« er nu jeres eget møde ({1} møde(r) beholdt).</source>
        <translation>“{0}” is now your own meeting ({1} meeting(s) kept).</translation>
    </message>
    <message>
        <source>Trinnet kan ikke skiftes, mens forbindelsen til databaseserveren er afbrudt. Det, I skriver her, gemmes, når den er tilbage.</source>
        <translation>The step cannot be changed while the connection to the database server is lost. What you write here is saved when it is back.</translation>
    </message>
    <message>
        <source>Trin {0} af {1} · {2}</source>
        <translation>Step {0} of {1} · {2}</translation>
    </message>
    <message>
        <source>Ikke gemt – venter på forbindelsen</source>
        <translation>Not saved – waiting for the connection</translation>
    </message>
    <message>
        <source>Gemt {0}</source>
        <translation>Saved {0}</translation>
    </message>
    <message>
        <source>Hvad siger reglerne?</source>
        <translation>What do the rules say?</translation>
    </message>
    <message>
        <source>{0}

{1}
(Regelgrundlag pr. {2})</source>
        <translation>{0}

{1}
(Rules as of {2})</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>AMR</source>
        <translation>AMR (working environment representative)</translation>
    </message>
    <message>
        <source>Arbejdsleder</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Leder</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Arbejdsmiljøleder</source>
        <translation>Working environment manager</translation>
    </message>
    <message>
        <source>Arbejdsmiljøkoordinator</source>
        <translation>Working environment coordinator</translation>
    </message>
    <message>
        <source>Medlem af arbejdsmiljøorganisationen</source>
        <translation>Member of the working environment organisation</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>fx Lageret, dagholdet</source>
        <translation>e.g. The warehouse, the day shift</translation>
    </message>
    <message>
        <source>Arbejdsmiljøgruppe</source>
        <translation>Working environment group</translation>
    </message>
    <message>
        <source>fx telefon, mail eller hvor man finder personen</source>
        <translation>e.g. phone, email or where to find the person</translation>
    </message>
    <message>
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Valgt eller udpeget den</source>
        <translation>Elected or appointed on</translation>
    </message>
    <message>
        <source>Tiltrådt den</source>
        <translation>Took up office on</translation>
    </message>
    <message>
        <source>Antaget ud fra valgdatoen – ret datoen, hvis medlemmet tiltrådte en anden dag</source>
        <translation>Assumed from the election date – change the date if the member took up office on a different day</translation>
    </message>
    <message>
        <source>taget den</source>
        <translation>taken on</translation>
    </message>
    <message>
        <source>Obligatorisk uddannelse taget den</source>
        <translation>Mandatory training taken on</translation>
    </message>
    <message>
        <source>fratrådt den</source>
        <translation>left on</translation>
    </message>
    <message>
        <source>Fratrådt den</source>
        <translation>Left on</translation>
    </message>
    <message>
        <source>&amp;Navn</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Rolle</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>&amp;Gruppe</source>
        <translation>&amp;Group</translation>
    </message>
    <message>
        <source>&amp;Kontakt</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <source>&amp;Valgt/udpeget</source>
        <translation>&amp;Elected/appointed</translation>
    </message>
    <message>
        <source>&amp;Tiltrådt</source>
        <translation>&amp;Took up office</translation>
    </message>
    <message>
        <source>&amp;Obligatorisk uddannelse</source>
        <translation>&amp;Mandatory training</translation>
    </message>
    <message>
        <source>&amp;Fratrådt</source>
        <translation>&amp;Left</translation>
    </message>
    <message>
        <source>Gem</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Navn mangler</source>
        <translation>Name missing</translation>
    </message>
    <message>
        <source>Skriv medlemmets navn.</source>
        <translation>Type the member&apos;s name.</translation>
    </message>
</context>
<context>
    <name>MemberModel</name>
    <message>
        <source>{0} (antaget)</source>
        <translation>{0} (assumed)</translation>
    </message>
    <message>
        <source>{0}. og {1}. funktionsår lagt sammen til 3 dage, aftalt skriftligt {2}</source>
        <translation>Years in office {0} and {1} combined into 3 days, agreed in writing on {2}</translation>
    </message>
    <message>
        <source>Eksempel · {0}</source>
        <translation>Example · {0}</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Gruppe</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Tiltrådt</source>
        <translation>Took up office</translation>
    </message>
    <message>
        <source>Antaget ud fra valgdatoen {0} – ret datoen under »Ret medlem«, hvis medlemmet tiltrådte en anden dag</source>
        <translation>Assumed from the election date {0} – change the date under “Edit member” if the member took up office on a different day</translation>
    </message>
    <message>
        <source>Obligatorisk uddannelse</source>
        <translation>Mandatory training</translation>
    </message>
    <message>
        <source>ikke taget</source>
        <translation>not taken</translation>
    </message>
    <message>
        <source>Supplerende i år</source>
        <translation>Supplementary this year</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>MessageArea</name>
    <message>
        <source>Færdig</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Bemærk</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Advarsel</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Fejl</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Besked</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Luk beskeden</source>
        <translation>Close the message</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>Nyt møde</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Mødetype</source>
        <translation>Kind of meeting</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Sted</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>&amp;Mødetype</source>
        <translation>&amp;Kind of meeting</translation>
    </message>
    <message>
        <source>&amp;Titel</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;Dato</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Sted</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>Opret møde</source>
        <translation>Create meeting</translation>
    </message>
</context>
<context>
    <name>OfferDialog</name>
    <message>
        <source>Ikke svaret endnu</source>
        <translation>Not answered yet</translation>
    </message>
    <message>
        <source>Accepteret</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Afslået</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Udskudt</source>
        <translation>Postponed</translation>
    </message>
    <message>
        <source>Tilbud om supplerende uddannelse – {0}</source>
        <translation>Offer of supplementary training – {0}</translation>
    </message>
    <message>
        <source>Tilbudt den</source>
        <translation>Offered on</translation>
    </message>
    <message>
        <source> dage</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Antal dage</source>
        <translation>Number of days</translation>
    </message>
    <message>
        <source>Hvad blev tilbudt</source>
        <translation>What was offered</translation>
    </message>
    <message>
        <source>fx Kursus i psykisk arbejdsmiljø, 2 dage i marts</source>
        <translation>e.g. Course in the psychosocial working environment, 2 days in March</translation>
    </message>
    <message>
        <source>Svar</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>&amp;Tilbudt den</source>
        <translation>&amp;Offered on</translation>
    </message>
    <message>
        <source>&amp;Dage</source>
        <translation>&amp;Days</translation>
    </message>
    <message>
        <source>&amp;Hvad</source>
        <translation>&amp;What</translation>
    </message>
    <message>
        <source>&amp;Svar</source>
        <translation>&amp;Answer</translation>
    </message>
    <message>
        <source>Registrér</source>
        <translation>Register</translation>
    </message>
</context>
<context>
    <name>OfferModel</name>
    <message>
        <source>Tilbudt</source>
        <translation>Offered</translation>
    </message>
    <message>
        <source>Dage</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Hvad</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Svar</source>
        <translation>Answer</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <source>Organisationens handleplan som &amp;PDF …</source>
        <translation>The organisation&apos;s action plan as &amp;PDF …</translation>
    </message>
    <message>
        <source>… som &amp;Excel …</source>
        <translation>… as &amp;Excel …</translation>
    </message>
    <message>
        <source>&amp;Kopiér udvalget til en anden database …</source>
        <translation>&amp;Copy the committee to another database …</translation>
    </message>
    <message>
        <source>Udvalget med alle dets møder kopieres til en databasefil eller en fælles database (postgresql://bruger@server/database); hver tabel kontrolleres, og intet ændres ved fejl</source>
        <translation>The committee with all its meetings is copied to a database file or a shared database (postgresql://user@server/database); every table is checked, and nothing changes on error</translation>
    </message>
    <message>
        <source>&amp;Fælles database …</source>
        <translation>&amp;Shared database …</translation>
    </message>
    <message>
        <source>Brug en fælles PostgreSQL-database fra næste start</source>
        <translation>Use a shared PostgreSQL database from the next start</translation>
    </message>
    <message>
        <source>{0} udvalg · {1} med overskredet årlig arbejdsmiljødrøftelse · {2} åbne rækker</source>
        <translation>{0} committees · {1} with an overdue annual working environment discussion · {2} open rows</translation>
    </message>
    <message>
        <source>Fra næste start bruges den fælles database {0}.</source>
        <translation>From the next start the shared database {0} is used.</translation>
    </message>
    <message>
        <source>Fra næste start bruges databasefilen på denne computer.</source>
        <translation>From the next start the database file on this computer is used.</translation>
    </message>
    <message>
        <source>Kopiér udvalg</source>
        <translation>Copy committee</translation>
    </message>
    <message>
        <source>Hvor skal »{0}« kopieres hen?
En databasefil (fx /sti/til/udvalg.sqlite) eller en fælles database (postgresql://bruger@server/navn):</source>
        <translation>Where should “{0}” be copied to?
A database file (e.g. /path/to/committee.sqlite) or a shared database (postgresql://user@server/name):</translation>
    </message>
    <message>
        <source>»{0}« er kopieret til {1} som udvalg {2}.</source>
        <translation>“{0}” is copied to {1} as committee {2}.</translation>
    </message>
    <message>
        <source>Udvalget er kopieret</source>
        <translation>The committee is copied</translation>
    </message>
    <message>
        <source>»{0}« er kopieret til {1} som udvalg {2}. Alle rækker er kontrolleret:

{3}</source>
        <translation>“{0}” is copied to {1} as committee {2}. Every row is checked:

{3}</translation>
    </message>
    <message>
        <source>Udvalget kunne ikke kopieres</source>
        <translation>The committee could not be copied</translation>
    </message>
</context>
<context>
    <name>OutageBanner</name>
    <message>
        <source>Ingen forbindelse til databaseserveren</source>
        <translation>No connection to the database server</translation>
    </message>
    <message>
        <source>Ikke gemt</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>⚠ Forbindelsen til databaseserveren {0} er afbrudt siden kl. {1}. Det, I skriver i tekstfelterne, bliver stående og gemmes, når forbindelsen er tilbage. Andre ændringer kan ikke gemmes imens, så resten af vinduet er låst. Vi prøver igen hvert andet sekund.</source>
        <translation>⚠ The connection to the database server {0} has been lost since {1}. What you write in the text boxes stays and is saved when the connection is back. Other changes cannot be saved meanwhile, so the rest of the window is locked. We try again every two seconds.</translation>
    </message>
    <message>
        <source>Ikke gemt: {0}</source>
        <translation>Not saved: {0}</translation>
    </message>
</context>
<context>
    <name>PageFurniture</name>
    <message>
        <source>Side {0} af {1}</source>
        <translation>Page {0} of {1}</translation>
    </message>
</context>
<context>
    <name>ParticipantModel</name>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nej</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Formandskab</source>
        <translation>Chairs</translation>
    </message>
    <message>
        <source>Skriver noter</source>
        <translation>Takes notes</translation>
    </message>
    <message>
        <source>Til stede</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>(uden navn)</source>
        <translation>(no name)</translation>
    </message>
</context>
<context>
    <name>PhonePanel</name>
    <message>
        <source>Deltag fra telefon</source>
        <translation>Join from phones</translation>
    </message>
    <message>
        <source>Netværk:</source>
        <translation>Network:</translation>
    </message>
    <message>
        <source>Den adresse, telefonerne skal bruge</source>
        <translation>The address the phones will use</translation>
    </message>
    <message>
        <source>Serveren lytter kun på denne adresse: vælg det net, deltagerne er på</source>
        <translation>The server listens on this address only: choose the network the participants are on</translation>
    </message>
    <message>
        <source>Certifikat …</source>
        <translation>Certificate …</translation>
    </message>
    <message>
        <source>Brug HTTPS med organisationens certifikat og nøgle (PEM-filer)</source>
        <translation>Use HTTPS with the organisation&apos;s certificate and key (PEM files)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Telefonserverens status</source>
        <translation>The phone server&apos;s status</translation>
    </message>
    <message>
        <source>QR-kode til mødet</source>
        <translation>QR code for the meeting</translation>
    </message>
    <message>
        <source>Mødets adresse</source>
        <translation>The meeting&apos;s address</translation>
    </message>
    <message>
        <source>Ny kode til mødet</source>
        <translation>New code for the meeting</translation>
    </message>
    <message>
        <source>Træk mødets kode tilbage; telefonerne skal scanne igen</source>
        <translation>Revoke the meeting&apos;s code; the phones must scan again</translation>
    </message>
    <message>
        <source>I mødet</source>
        <translation>In the room</translation>
    </message>
    <message>
        <source>Forberedelse</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <source>Høring</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <source>Vis trinnets spørgsmål på telefonerne og tag imod idéer</source>
        <translation>Show the step&apos;s question on the phones and take ideas</translation>
    </message>
    <message>
        <source>Idéer fra telefonerne</source>
        <translation>Ideas from the phones</translation>
    </message>
    <message>
        <source>Tag med i:</source>
        <translation>Add to:</translation>
    </message>
    <message>
        <source>Feltet idéen tages med i</source>
        <translation>The box the idea is added to</translation>
    </message>
    <message>
        <source>Tag med i teksten</source>
        <translation>Add to the text</translation>
    </message>
    <message>
        <source>Afvis</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Prikker pr. telefon:</source>
        <translation>Dots per phone:</translation>
    </message>
    <message>
        <source>Prikker pr. telefon</source>
        <translation>Dots per phone</translation>
    </message>
    <message>
        <source>Start afstemning om handleplanen</source>
        <translation>Start a vote on the action plan</translation>
    </message>
    <message>
        <source>Hver telefon fordeler sine prikker på mødets handleplanrækker</source>
        <translation>Each phone spreads its dots over the meeting&apos;s action plan rows</translation>
    </message>
    <message>
        <source>Afstemningens resultat</source>
        <translation>The vote&apos;s result</translation>
    </message>
    <message>
        <source>Vælg en deltager, og vis dem deres personlige QR-kode (kun deres).</source>
        <translation>Choose a participant and show them their personal QR code (only theirs).</translation>
    </message>
    <message>
        <source>Deltagere</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Deltagerens QR-kode</source>
        <translation>The participant&apos;s QR code</translation>
    </message>
    <message>
        <source>Deltagerens adresse</source>
        <translation>The participant&apos;s address</translation>
    </message>
    <message>
        <source>Træk linket tilbage</source>
        <translation>Revoke the link</translation>
    </message>
    <message>
        <source>Forberedelse der venter</source>
        <translation>Preparation waiting</translation>
    </message>
    <message>
        <source>Se og vælg …</source>
        <translation>Review and choose …</translation>
    </message>
    <message>
        <source>Hver ansat får sit eget link (én gang, anonymt), som et høringsark med engangskode.</source>
        <translation>Each employee gets a link of their own (once, anonymous), like a hearing sheet with a one-time code.</translation>
    </message>
    <message>
        <source>Antal høringslinks</source>
        <translation>Number of hearing links</translation>
    </message>
    <message>
        <source>Lav høringslinks</source>
        <translation>Make hearing links</translation>
    </message>
    <message>
        <source>Gem som tekst …</source>
        <translation>Save as text …</translation>
    </message>
    <message>
        <source>Linkene i en tekstfil, til at sende eller udskrive</source>
        <translation>The links in a text file, to send or print</translation>
    </message>
    <message>
        <source>Høringslinks</source>
        <translation>Hearing links</translation>
    </message>
    <message>
        <source>Træk det valgte link tilbage</source>
        <translation>Revoke the chosen link</translation>
    </message>
    <message>
        <source>Vælg certifikatet (PEM)</source>
        <translation>Choose the certificate (PEM)</translation>
    </message>
    <message>
        <source>Vælg nøglen (PEM)</source>
        <translation>Choose the key (PEM)</translation>
    </message>
    <message>
        <source>Telefonserveren kunne ikke starte</source>
        <translation>The phone server could not start</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Telefonerne kan ikke nå mødet, før I trykker Start. Serveren kører kun, mens I har den tændt, og stopper, når I forlader mødet eller lukker programmet.</source>
        <translation>The phones cannot reach the meeting until you press Start. The server runs only while you keep it on, and stops when you leave the meeting or close the program.</translation>
    </message>
    <message>
        <source>HTTPS med jeres certifikat.</source>
        <translation>HTTPS with your certificate.</translation>
    </message>
    <message>
        <source>Almindelig HTTP på det lokale net: det sendte er ikke krypteret på vej gennem nettet. Brug et net, I stoler på, eller HTTPS med organisationens certifikat.</source>
        <translation>Plain HTTP on the local network: what is sent is not encrypted on its way through the network. Use a network you trust, or HTTPS with the organisation&apos;s certificate.</translation>
    </message>
    <message>
        <source>Telefonserveren kører på {0}. {1}</source>
        <translation>The phone server runs at {0}. {1}</translation>
    </message>
    <message>
        <source>{0} deltager(e) har sendt forberedelse, hvor der allerede står noget andet.</source>
        <translation>{0} participant(s) sent preparation where something else is already written.</translation>
    </message>
    <message>
        <source>Ingen forberedelse venter på jeres valg.</source>
        <translation>No preparation is waiting for your choice.</translation>
    </message>
    <message>
        <source>✓ taget med: </source>
        <translation>✓ added: </translation>
    </message>
    <message>
        <source>✗ </source>
        <translation>✗ </translation>
    </message>
    <message>
        <source>Stop afstemningen</source>
        <translation>Stop the vote</translation>
    </message>
    <message>
        <source>  (svaret)</source>
        <translation>  (answered)</translation>
    </message>
    <message>
        <source>Mødet har ingen handleplanrækker at stemme om endnu.</source>
        <translation>The meeting has no action plan rows to vote on yet.</translation>
    </message>
    <message>
        <source>fra telefon</source>
        <translation>from a phone</translation>
    </message>
    <message>
        <source>Gem høringslinks</source>
        <translation>Save hearing links</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <source>Hvem</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Hvilken uddannelse</source>
        <translation>Which training</translation>
    </message>
    <message>
        <source>Hvornår</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Dage</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>»{0}« er ikke et antal dage. Skriv fx 1,5.</source>
        <translation>“{0}” is not a number of days. Write e.g. 1.5.</translation>
    </message>
</context>
<context>
    <name>PoolingDialog</name>
    <message>
        <source>Læg to år sammen – {0}</source>
        <translation>Combine two years – {0}</translation>
    </message>
    <message>
        <source>To funktionsårs 1½ dag kan lægges sammen til 3 dage, når det er aftalt skriftligt – aldrig det første år. Ubrugte dage bortfalder først ved udgangen af det andet år.</source>
        <translation>The 1½ days of two years in office can be combined into 3 days when it is agreed in writing – never the first year. Unused days then lapse only at the end of the second year.</translation>
    </message>
    <message>
        <source>{0}. og {1}. funktionsår</source>
        <translation>Years in office {0} and {1}</translation>
    </message>
    <message>
        <source>Funktionsår</source>
        <translation>Year in office</translation>
    </message>
    <message>
        <source>Aftalt skriftligt den</source>
        <translation>Agreed in writing on</translation>
    </message>
    <message>
        <source>Hvor aftalen står</source>
        <translation>Where the agreement is kept</translation>
    </message>
    <message>
        <source>fx Mail fra lederen 3.3.2026, i personalemappen</source>
        <translation>e.g. Email from the manager 3.3.2026, in the personnel file</translation>
    </message>
    <message>
        <source>&amp;Funktionsår</source>
        <translation>&amp;Year in office</translation>
    </message>
    <message>
        <source>&amp;Aftalt den</source>
        <translation>&amp;Agreed on</translation>
    </message>
    <message>
        <source>&amp;Hvor aftalen står</source>
        <translation>&amp;Where the agreement is kept</translation>
    </message>
    <message>
        <source>Læg sammen</source>
        <translation>Combine</translation>
    </message>
</context>
<context>
    <name>PreparationPage</name>
    <message>
        <source>Hvem har forberedt sig</source>
        <translation>Who has prepared</translation>
    </message>
    <message>
        <source>Lav forberedelsesark (PDF) …</source>
        <translation>Make preparation sheets (PDF) …</translation>
    </message>
    <message>
        <source>Et udfyldeligt ark til hver deltager og et blankt til papir</source>
        <translation>A fillable sheet for each participant and a blank one for paper</translation>
    </message>
    <message>
        <source>Indlæs udfyldte ark …</source>
        <translation>Import filled-in sheets …</translation>
    </message>
    <message>
        <source>Eller træk de returnerede PDF&apos;er ind på siden</source>
        <translation>Or drag the returned PDFs onto the page</translation>
    </message>
    <message>
        <source>Deltagere</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Kig i og reflekter over</source>
        <translation>Look at and reflect on</translation>
    </message>
    <message>
        <source>Gem forberedelsesark i mappen</source>
        <translation>Save preparation sheets in the folder</translation>
    </message>
    <message>
        <source>{0} forberedelsesark er gemt i {1}</source>
        <translation>{0} preparation sheets are saved in {1}</translation>
    </message>
    <message>
        <source>Send hver deltager sit ark. Træk de udfyldte ark ind på denne side.</source>
        <translation>Send each participant their sheet. Drag the filled-in sheets onto this page.</translation>
    </message>
    <message>
        <source>Arkene kunne ikke laves</source>
        <translation>The sheets could not be made</translation>
    </message>
    <message>
        <source>Arkene blev ikke lavet færdige (annulleret).</source>
        <translation>The sheets were not finished (cancelled).</translation>
    </message>
    <message>
        <source>Laver forberedelsesark …</source>
        <translation>Making preparation sheets …</translation>
    </message>
    <message>
        <source>Indlæs udfyldte forberedelsesark</source>
        <translation>Import filled-in preparation sheets</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Alle filer (*)</source>
        <translation>PDF (*.pdf);;All files (*)</translation>
    </message>
    <message>
        <source>{0} felt(er) er indlæst fra {1} ark.</source>
        <translation>{0} field(s) imported from {1} sheet(s).</translation>
    </message>
    <message>
        <source>{0} deltager(e) mangler stadig at forberede sig – se listen.</source>
        <translation>{0} participant(s) still have to prepare – see the list.</translation>
    </message>
    <message>
        <source>Alle har forberedt sig. Gå videre til næste trin.</source>
        <translation>Everyone has prepared. Go on to the next step.</translation>
    </message>
    <message>
        <source>Tilføj deltagere under Opsætning først.</source>
        <translation>Add participants under Set-up first.</translation>
    </message>
    <message>
        <source>Sidste års mål:</source>
        <translation>Last year&apos;s goals:</translation>
    </message>
    <message>
        <source>Åbne rækker i handleplanen:</source>
        <translation>Open rows of the action plan:</translation>
    </message>
    <message>
        <source>Forberedelsesark – {0}</source>
        <translation>Preparation sheet – {0}</translation>
    </message>
    <message>
        <source>  (indlæst fra ark)</source>
        <translation>  (imported from a sheet)</translation>
    </message>
    <message>
        <source>  (ikke forberedt)</source>
        <translation>  (not prepared)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0} af {1}&lt;/b&gt; har forberedt sig</source>
        <translation>&lt;b&gt;{0} of {1}&lt;/b&gt; have prepared</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Taler</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>Snart tid</source>
        <translation>Almost time</translation>
    </message>
    <message>
        <source>Tiden er gået</source>
        <translation>Time is up</translation>
    </message>
    <message>
        <source>Drøftelse – præsentation</source>
        <translation>Drøftelse – presentation</translation>
    </message>
    <message>
        <source>Præsentation</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>Trin</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Formål</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Status for taletid</source>
        <translation>Speaking time status</translation>
    </message>
    <message>
        <source>Spørgsmål</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Det, I er enige om</source>
        <translation>What you agree on</translation>
    </message>
    <message>
        <source>Idéer fra telefonerne</source>
        <translation>Ideas from the phones</translation>
    </message>
    <message>
        <source>Afstemningen</source>
        <translation>The vote</translation>
    </message>
    <message>
        <source>QR-kode til telefonerne</source>
        <translation>QR code for the phones</translation>
    </message>
    <message>
        <source>Adressen til telefonerne</source>
        <translation>The address for the phones</translation>
    </message>
    <message>
        <source>Sort skærm</source>
        <translation>Black screen</translation>
    </message>
    <message>
        <source>Betjening</source>
        <translation>Controls</translation>
    </message>
    <message>
        <source>◀ Trin</source>
        <translation>◀ Step</translation>
    </message>
    <message>
        <source>Forrige trin (Alt+←, Page Up)</source>
        <translation>Previous step (Alt+←, Page Up)</translation>
    </message>
    <message>
        <source>Trin ▶</source>
        <translation>Step ▶</translation>
    </message>
    <message>
        <source>Næste trin (Alt+→, Page Down)</source>
        <translation>Next step (Alt+→, Page Down)</translation>
    </message>
    <message>
        <source>Start/pause</source>
        <translation>Start/pause</translation>
    </message>
    <message>
        <source>Start eller pause taletiden (Ctrl+Mellemrum)</source>
        <translation>Start or pause the speaking time (Ctrl+Space)</translation>
    </message>
    <message>
        <source>Næste taler</source>
        <translation>Next speaker</translation>
    </message>
    <message>
        <source>Giv ordet videre (Ctrl+Enter)</source>
        <translation>Pass the word on (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Skriv (F2)</source>
        <translation>Write (F2)</translation>
    </message>
    <message>
        <source>Skriv i feltet på jeres skærm; F2 eller Esc holder op</source>
        <translation>Write in the box on your screen; F2 or Esc stops</translation>
    </message>
    <message>
        <source>Sort (B)</source>
        <translation>Black (B)</translation>
    </message>
    <message>
        <source>Sort skærm (B)</source>
        <translation>Black screen (B)</translation>
    </message>
    <message>
        <source>Luk (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>Luk præsentationen (Esc eller F5)</source>
        <translation>Close the presentation (Esc or F5)</translation>
    </message>
    <message>
        <source>Skriver i »{0}« – F2 eller Esc holder op</source>
        <translation>Writing in “{0}” – F2 or Esc stops</translation>
    </message>
    <message>
        <source>Der er ingen tekstfelt at skrive i på dette trin.</source>
        <translation>There is no text box to write in on this step.</translation>
    </message>
    <message>
        <source>Deltag fra telefonen: scan koden, eller skriv {0}</source>
        <translation>Join from your phone: scan the code, or type {0}</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>høj</source>
        <translation>high</translation>
    </message>
    <message>
        <source>middel</source>
        <translation>medium</translation>
    </message>
    <message>
        <source>lav</source>
        <translation>low</translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <source>Punktet, spørgsmål {0} handler om</source>
        <translation>The point question {0} is about</translation>
    </message>
    <message>
        <source>Punkt {0}: {1}</source>
        <translation>Point {0}: {1}</translation>
    </message>
    <message>
        <source>Spørgsmål {0}</source>
        <translation>Question {0}</translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Fjern spørgsmål {0}</source>
        <translation>Remove question {0}</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nej</source>
        <translation>no</translation>
    </message>
    <message>
        <source>{0}: {1} for «{2}»</source>
        <translation>{0}: {1} for “{2}”</translation>
    </message>
    <message>
        <source>{0} «{1}» (i stedet for «{2}»)</source>
        <translation>{0} “{1}” (instead of “{2}”)</translation>
    </message>
</context>
<context>
    <name>Referat</name>
    <message>
        <source>Mål</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Handleplan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Version {0}, rettet {1}: {2}</source>
        <translation>Version {0}, corrected {1}: {2}</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Genåbn mødet</source>
        <translation>Reopen the meeting</translation>
    </message>
    <message>
        <source>Hvorfor genåbnes mødet? Grunden skrives i mødets ændringslog og på referatet.</source>
        <translation>Why is the meeting reopened? The reason is written in the meeting&apos;s change log and on the referat.</translation>
    </message>
    <message>
        <source>Grunden til at genåbne mødet</source>
        <translation>The reason for reopening the meeting</translation>
    </message>
    <message>
        <source>Fx: Handleplanens frist for punkt 2 var forkert</source>
        <translation>E.g.: the handleplan&apos;s deadline for item 2 was wrong</translation>
    </message>
    <message>
        <source>&amp;Genåbn mødet</source>
        <translation>&amp;Reopen the meeting</translation>
    </message>
    <message>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Før opgradering fra skemaversion {0}</source>
        <translation>Before upgrading from schema version {0}</translation>
    </message>
    <message>
        <source>Før en gendannelse</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <source>Sikkerhedskopi</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>{0} kl. {1}</source>
        <translation>{0} at {1}</translation>
    </message>
    <message>
        <source>Gendan sikkerhedskopi</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Vælg den sikkerhedskopi, databasen skal lægges tilbage til. Den fil, der er nu, gemmes først som en sikkerhedskopi, så intet går tabt.</source>
        <translation>Choose the backup to put the database back to. The current file is kept as a backup first, so nothing is lost.</translation>
    </message>
    <message>
        <source>Der er ingen sikkerhedskopier i {0} endnu.</source>
        <translation>There are no backups in {0} yet.</translation>
    </message>
    <message>
        <source>Sikkerhedskopier</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Taget</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Hvad</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Skemaversion</source>
        <translation>Schema version</translation>
    </message>
    <message>
        <source>kan ikke læses</source>
        <translation>cannot be read</translation>
    </message>
    <message>
        <source>&amp;Gendan</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>&amp;Vælg en anden fil …</source>
        <translation>&amp;Choose another file …</translation>
    </message>
    <message>
        <source>Vælg en sikkerhedskopi</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <source>Drøftelse-database (*.sqlite);;Alle filer (*)</source>
        <translation>Drøftelse database (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>Databasen er lagt tilbage, som den var {0}.</source>
        <translation>The database has been put back as it was on {0}.</translation>
    </message>
    <message>
        <source>Sikkerhedskopien er lagt tilbage.</source>
        <translation>The backup has been put back.</translation>
    </message>
    <message>
        <source>Den fil, der var, er gemt som {0}.</source>
        <translation>The file that was there is kept as {0}.</translation>
    </message>
    <message>
        <source>Gendan sikkerhedskopi …</source>
        <translation>Restore backup …</translation>
    </message>
    <message>
        <source>Lægger sikkerhedskopien tilbage …</source>
        <translation>Putting the backup back …</translation>
    </message>
    <message>
        <source>Sikkerhedskopien kan ikke gendannes</source>
        <translation>The backup cannot be restored</translation>
    </message>
    <message>
        <source>En fælles database på en server lægges tilbage af serveren (jeres IT), ikke fra dette vindue.</source>
        <translation>A shared database on a server is restored on the server (your IT), not from this window.</translation>
    </message>
    <message>
        <source>Databasen er åbnet skrivebeskyttet ({0}), så en sikkerhedskopi kan ikke lægges tilbage.</source>
        <translation>The database is open read-only ({0}), so a backup cannot be put back.</translation>
    </message>
    <message>
        <source>da kopien blev taget</source>
        <translation>when the copy was taken</translation>
    </message>
    <message>
        <source>Databasen lægges tilbage, som den var {0}. Det, der er skrevet siden, gemmes som en sikkerhedskopi og kan hentes igen.</source>
        <translation>The database is put back as it was on {0}. What has been written since is kept as a backup and can be fetched again.</translation>
    </message>
    <message>
        <source>Gendan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Sikkerhedskopien kan ikke åbnes: {0}</source>
        <translation>The backup cannot be opened: {0}</translation>
    </message>
    <message>
        <source>Databasen kan ikke åbnes</source>
        <translation>The database cannot be opened</translation>
    </message>
    <message>
        <source>Databasen er lagt tilbage, som den var før.</source>
        <translation>The database has been put back as it was before.</translation>
    </message>
</context>
<context>
    <name>RoundPage</name>
    <message>
        <source>Klar – tryk Start</source>
        <translation>Ready – press Start</translation>
    </message>
    <message>
        <source>Taler</source>
        <translation>Speaking</translation>
    </message>
    <message>
        <source>Snart tid</source>
        <translation>Almost time</translation>
    </message>
    <message>
        <source>Tiden er gået</source>
        <translation>Time is up</translation>
    </message>
    <message>
        <source>Tid tilbage</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Status for taletid</source>
        <translation>Speaking time status</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source> min pr. taler</source>
        <translation> min per speaker</translation>
    </message>
    <message>
        <source>Minutter pr. taler</source>
        <translation>Minutes per speaker</translation>
    </message>
    <message>
        <source>Spørgsmål i runden</source>
        <translation>Questions for the round</translation>
    </message>
    <message>
        <source>Talerens forberedelse</source>
        <translation>The speaker&apos;s preparation</translation>
    </message>
    <message>
        <source>Pointer</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Pointer fra taleren</source>
        <translation>Points from the speaker</translation>
    </message>
    <message>
        <source>Skriv de vigtigste pointer op fra taleren</source>
        <translation>Write down the speaker&apos;s main points</translation>
    </message>
    <message>
        <source>◀ &amp;Forrige taler</source>
        <translation>◀ &amp;Previous speaker</translation>
    </message>
    <message>
        <source>Næste taler ▶  (Ctrl+Enter)</source>
        <translation>Next speaker ▶  (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Næste taler</source>
        <translation>Next speaker</translation>
    </message>
    <message>
        <source>Ingen deltagere endnu</source>
        <translation>No participants yet</translation>
    </message>
    <message>
        <source>Tilføj deltagere under Opsætning.</source>
        <translation>Add participants under Set-up.</translation>
    </message>
    <message>
        <source>Taler {0} af {1}</source>
        <translation>Speaker {0} of {1}</translation>
    </message>
    <message>
        <source>Afslut runden ✓</source>
        <translation>End the round ✓</translation>
    </message>
    <message>
        <source>Spring over?</source>
        <translation>Skip?</translation>
    </message>
    <message>
        <source>{0} har ikke haft ordet endnu. Vil I springe {0} over?</source>
        <translation>{0} has not spoken yet. Do you want to skip {0}?</translation>
    </message>
    <message>
        <source>Runden er slut. Gå videre til næste trin, når I er klar.</source>
        <translation>The round is over. Go on to the next step when you are ready.</translation>
    </message>
    <message>
        <source>{0} min pr. taler</source>
        <translation>{0} min per speaker</translation>
    </message>
    <message>
        <source> – {0} sek. tilbage</source>
        <translation> – {0} sec. left</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>{0} på {1}</source>
        <translation>{0} on {1}</translation>
    </message>
</context>
<context>
    <name>ServerOutage</name>
    <message>
        <source>Forbindelsen er tilbage. {0}</source>
        <translation>The connection is back. {0}</translation>
    </message>
    <message>
        <source>1 tekst er gemt.</source>
        <translation>1 text is saved.</translation>
    </message>
    <message>
        <source>{0} tekster er gemt.</source>
        <translation>{0} texts are saved.</translation>
    </message>
    <message>
        <source>Ikke gemt under afbrydelsen: {0} – gør det igen.</source>
        <translation>Not saved during the outage: {0} – do it again.</translation>
    </message>
    <message>
        <source>Ikke udført: {0}.</source>
        <translation>Not done: {0}.</translation>
    </message>
</context>
<context>
    <name>ServerUnreachable</name>
    <message>
        <source>Der er ikke forbindelse til databaseserveren {0}. Det, der blev ændret, er ikke gemt; prøv igen, når forbindelsen er tilbage.</source>
        <translation>There is no connection to the database server {0}. What was changed is not saved; try again when the connection is back.</translation>
    </message>
    <message>
        <source>Der er ikke forbindelse til databaseserveren {0} ({1}). Intet er gemt; prøv igen, når serveren kan nås.</source>
        <translation>There is no connection to the database server {0} ({1}). Nothing is saved; try again when the server can be reached.</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Leder</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>AMR</source>
        <translation>AMR (working environment representative)</translation>
    </message>
    <message>
        <source>TR</source>
        <translation>TR (shop steward)</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>HR</translation>
    </message>
    <message>
        <source>Arbejdsmiljøleder</source>
        <translation>Working environment manager</translation>
    </message>
    <message>
        <source>Arbejdsleder</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Medarbejder</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Gæst</source>
        <translation>Guest</translation>
    </message>
    <message>
        <source>Arbejdsmiljøorganisationen (AMO)</source>
        <translation>The working environment organisation (AMO)</translation>
    </message>
    <message>
        <source>Arbejdsmiljøudvalget</source>
        <translation>The working environment committee</translation>
    </message>
    <message>
        <source>MED-udvalget</source>
        <translation>The MED committee</translation>
    </message>
    <message>
        <source>Alle ansatte (under 10 ansatte)</source>
        <translation>All employees (fewer than 10 employees)</translation>
    </message>
    <message>
        <source>Mødets titel</source>
        <translation>The meeting&apos;s title</translation>
    </message>
    <message>
        <source>Mødets dato</source>
        <translation>The meeting&apos;s date</translation>
    </message>
    <message>
        <source>Sted</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>&amp;Titel</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;Dato</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>S&amp;ted</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>&amp;Forum</source>
        <translation>&amp;Forum</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Vælg, hvordan drøftelsen holdes …</source>
        <translation>Choose how the discussion is held …</translation>
    </message>
    <message>
        <source>F&amp;orm</source>
        <translation>F&amp;orm</translation>
    </message>
    <message>
        <source> – rækkefølgen her er rækkefølgen i runden</source>
        <translation> – the order here is the order of the round</translation>
    </message>
    <message>
        <source>&lt;b&gt;Deltagere&lt;/b&gt;{0}</source>
        <translation>&lt;b&gt;Participants&lt;/b&gt;{0}</translation>
    </message>
    <message>
        <source>Deltagere</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Rolle for {0}</source>
        <translation>Role of {0}</translation>
    </message>
    <message>
        <source>Navn på ny deltager – tryk Enter</source>
        <translation>Name of a new participant – press Enter</translation>
    </message>
    <message>
        <source>Ny deltagers navn</source>
        <translation>New participant&apos;s name</translation>
    </message>
    <message>
        <source>Ny deltagers rolle</source>
        <translation>New participant&apos;s role</translation>
    </message>
    <message>
        <source>&amp;Tilføj</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Fje&amp;rn</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Op</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Ned</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Rækkefølgen af punkterne på mødet</source>
        <translation>The order of the points at the meeting</translation>
    </message>
    <message>
        <source>Rækkefølgen af punkterne</source>
        <translation>The order of the points</translation>
    </message>
    <message>
        <source>Flyt op</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Flyt ned</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Standard: sidste års mål først.</source>
        <translation>Default: last year&apos;s goals first.</translation>
    </message>
    <message>
        <source>Punkt {0}: {1}</source>
        <translation>Point {0}: {1}</translation>
    </message>
    <message>
        <source>Fjern deltager</source>
        <translation>Remove participant</translation>
    </message>
    <message>
        <source>Fjern {0} fra mødet? Deltagerens forberedelse og noter slettes også.</source>
        <translation>Remove {0} from the meeting? The participant&apos;s preparation and notes are deleted too.</translation>
    </message>
</context>
<context>
    <name>SharedDatabaseDialog</name>
    <message>
        <source>Fælles database</source>
        <translation>Shared database</translation>
    </message>
    <message>
        <source>En fælles database på organisationens PostgreSQL-server, fx postgresql://formand@db.kommune.dk/amo. Den bruges fra næste start. Adgangskoden gemmes i din nøglering (eller læses fra ~/.pgpass) – aldrig af Drøftelse selv. Tom adresse: tilbage til databasefilen på denne computer.</source>
        <translation>A shared database on the organisation&apos;s PostgreSQL server, e.g. postgresql://chair@db.kommune.dk/amo. It is used from the next start. The password is kept in your keyring (or read from ~/.pgpass) – never by Drøftelse itself. Empty address: back to the database file on this computer.</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>&amp;Adresse:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>Adgangskode</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>tom: fra nøgleringen eller ~/.pgpass</source>
        <translation>empty: from the keyring or ~/.pgpass</translation>
    </message>
</context>
<context>
    <name>SheetDrop</name>
    <message>
        <source>Eller træk de udfyldte ark (PDF) ind på siden.</source>
        <translation>Or drag the filled-in sheets (PDF) onto the page.</translation>
    </message>
    <message>
        <source>Slip arkene her for at indlæse dem</source>
        <translation>Drop the sheets here to import them</translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <source>Behold det, der står</source>
        <translation>Keep what is there</translation>
    </message>
    <message>
        <source>Erstat med arkets tekst</source>
        <translation>Replace with the sheet&apos;s text</translation>
    </message>
    <message>
        <source>Behold begge</source>
        <translation>Keep both</translation>
    </message>
    <message>
        <source>Nyt – indlæses</source>
        <translation>New – will be imported</translation>
    </message>
    <message>
        <source>Står der allerede</source>
        <translation>Already there</translation>
    </message>
    <message>
        <source>Tomt på arket</source>
        <translation>Empty on the sheet</translation>
    </message>
    <message>
        <source>Har allerede tekst</source>
        <translation>Already has text</translation>
    </message>
    <message>
        <source>Indlæs forberedelsesark</source>
        <translation>Import preparation sheets</translation>
    </message>
    <message>
        <source>{0} – indlæses ikke</source>
        <translation>{0} – not imported</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; – {1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; – {1}</translation>
    </message>
    <message>
        <source>På arket:</source>
        <translation>On the sheet:</translation>
    </message>
    <message>
        <source>Arkets tekst: {0}</source>
        <translation>The sheet&apos;s text: {0}</translation>
    </message>
    <message>
        <source>Står i Drøftelse nu:</source>
        <translation>In Drøftelse now:</translation>
    </message>
    <message>
        <source>Teksten nu: {0}</source>
        <translation>The text now: {0}</translation>
    </message>
    <message>
        <source>Hvad skal der ske med {0} for {1}</source>
        <translation>What should happen to {0} for {1}</translation>
    </message>
    <message>
        <source>Indlæs</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>StandingModel</name>
    <message>
        <source>Udvalg</source>
        <translation>Committee</translation>
    </message>
    <message>
        <source>Næste årlige drøftelse</source>
        <translation>Next annual discussion</translation>
    </message>
    <message>
        <source>Åbne rækker</source>
        <translation>Open rows</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>åben</source>
        <translation>open</translation>
    </message>
    <message>
        <source>i gang</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>gennemført</source>
        <translation>done</translation>
    </message>
    <message>
        <source>opgivet</source>
        <translation>given up</translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <source>Årlig arbejdsmiljødrøftelse</source>
        <translation>Annual working environment discussion</translation>
    </message>
    <message>
        <source>Den årlige arbejdsmiljødrøftelse</source>
        <translation>The annual working environment discussion</translation>
    </message>
    <message>
        <source>Hvert år skal arbejdsgiveren sammen med arbejdsmiljøorganisationen tilrettelægge indholdet af samarbejdet om arbejdsmiljø for det kommende år og fastlægge, hvordan samarbejdet skal foregå. Drøftelsen kan ikke stå alene: det, I beslutter, skrives ind i APV-handleplanen og følges op.</source>
        <translation>Every year the employer, together with the working environment organisation, must plan the content of the cooperation on the working environment for the coming year and decide how the cooperation is to take place. The discussion cannot stand alone: what you decide is written into the APV action plan and followed up.</translation>
    </message>
    <message>
        <source>Formandskabet forbereder og leder drøftelsen, men holder den ikke alene: i virksomheder med en AMO foregår den i AMO (i større virksomheder i arbejdsmiljøudvalget, i det offentlige i MED-udvalget). Med under 10 ansatte deltager alle ansatte sammen med arbejdsgiveren.</source>
        <translation>The chairs prepare and lead the discussion, but do not hold it alone: in companies with an AMO it takes place in the AMO (in larger companies in the working environment committee, in the public sector in the MED committee). With fewer than 10 employees, all employees take part together with the employer.</translation>
    </message>
    <message>
        <source>Arbejdsmiljøorganisationen (AMO, arbejdsmiljøudvalg eller MED-udvalg)</source>
        <translation>The working environment organisation (AMO, working environment committee or MED committee)</translation>
    </message>
    <message>
        <source>Formandskab</source>
        <translation>Chairs</translation>
    </message>
    <message>
        <source>Forberedelse</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <source>Drøftelse</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Tag punkterne i den rækkefølge, I vælger. Alle seks punkter skal have en tekst, før referatet kan afsluttes.</source>
        <translation>Take the points in the order you choose. All six points must have a text before the minutes can be closed.</translation>
    </message>
    <message>
        <source>Afslutning og opfølgning</source>
        <translation>Closing and follow-up</translation>
    </message>
    <message>
        <source>Opsætning</source>
        <translation>Set-up</translation>
    </message>
    <message>
        <source>Forum (AMO, arbejdsmiljøudvalg, MED-udvalg eller alle ansatte ved under 10 ansatte), dato og deltagere – også dem, der ikke var til stede.</source>
        <translation>Forum (AMO, working environment committee, MED committee, or all employees when there are fewer than 10), date and participants – also those who were not present.</translation>
    </message>
    <message>
        <source>Vurdere, om det foregående års mål er nået</source>
        <translation>Judge whether the previous year&apos;s goals were reached</translation>
    </message>
    <message>
        <source>Sidste års mål</source>
        <translation>Last year&apos;s goals</translation>
    </message>
    <message>
        <source>Hvad havde vi planlagt og aftalt? Hvad skulle der helt konkret udføres i handleplanen?</source>
        <translation>What had we planned and agreed? What exactly was to be carried out in the action plan?</translation>
    </message>
    <message>
        <source>Hvorfor skulle det ske? Hvilket forhold skulle indsatsen påvirke positivt?</source>
        <translation>Why was it to happen? What was the effort meant to improve?</translation>
    </message>
    <message>
        <source>Lykkedes det så?</source>
        <translation>Did it work?</translation>
    </message>
    <message>
        <source>Samlet vurdering af sidste års mål</source>
        <translation>Overall verdict on last year&apos;s goals</translation>
    </message>
    <message>
        <source>Tilrettelægge indholdet af samarbejdet for det kommende år</source>
        <translation>Plan the content of the cooperation for the coming year</translation>
    </message>
    <message>
        <source>Indhold for året</source>
        <translation>The year&apos;s content</translation>
    </message>
    <message>
        <source>Hvad skal være fokus i det kommende år?</source>
        <translation>What should the focus be in the coming year?</translation>
    </message>
    <message>
        <source>Hvad viser APV-kortlægningen?</source>
        <translation>What does the APV survey show?</translation>
    </message>
    <message>
        <source>Hvad viser sygefraværet – kan arbejdsmiljøet være en del af årsagen?</source>
        <translation>What does sickness absence show – could the working environment be part of the cause?</translation>
    </message>
    <message>
        <source>Hvad viser årets overblik over arbejdsulykker, nærved-ulykker og arbejdsbetingede sygdomme?</source>
        <translation>What does the year&apos;s overview of accidents at work, near misses and work-related illness show?</translation>
    </message>
    <message>
        <source>Hvilke ændringer kommer der (nye maskiner, flytning, omorganisering)?</source>
        <translation>What changes are coming (new machines, a move, reorganisation)?</translation>
    </message>
    <message>
        <source>Indholdet af samarbejdet i det kommende år</source>
        <translation>The content of the cooperation in the coming year</translation>
    </message>
    <message>
        <source>Fastlægge, hvordan samarbejdet skal foregå</source>
        <translation>Decide how the cooperation is to take place</translation>
    </message>
    <message>
        <source>Samarbejdets form</source>
        <translation>How we cooperate</translation>
    </message>
    <message>
        <source>Aftal samarbejdsformer og mødeintervaller, hvem der informerer hvem, og hvordan arbejdsmiljøgrupperne og de ansatte inddrages.</source>
        <translation>Agree on forms of cooperation and how often you meet, who informs whom, and how the working environment groups and the employees are involved.</translation>
    </message>
    <message>
        <source>AMR&apos;s syv roller kan give et fælles sprog: vagthund, brobygger, talerør, rollemodel, trivselsagent, bibliotekar, idémager.</source>
        <translation>The AMR&apos;s seven roles can give a common language: watchdog, bridge builder, spokesperson, role model, well-being agent, librarian, ideas maker.</translation>
    </message>
    <message>
        <source>Sådan foregår samarbejdet</source>
        <translation>This is how we cooperate</translation>
    </message>
    <message>
        <source>Fastlægge mål for det kommende års samarbejde</source>
        <translation>Set goals for the coming year&apos;s cooperation</translation>
    </message>
    <message>
        <source>Mål for året</source>
        <translation>The year&apos;s goals</translation>
    </message>
    <message>
        <source>Skriv få, konkrete mål, som I kan se, om I har nået. De bliver næste års evaluering.</source>
        <translation>Write a few concrete goals you can tell whether you have reached. They become next year&apos;s evaluation.</translation>
    </message>
    <message>
        <source>Om målene</source>
        <translation>About the goals</translation>
    </message>
    <message>
        <source>Drøfte, om der er den nødvendige viden om arbejdsmiljø</source>
        <translation>Discuss whether the necessary knowledge of the working environment is present</translation>
    </message>
    <message>
        <source>Nødvendig viden</source>
        <translation>Necessary knowledge</translation>
    </message>
    <message>
        <source>Viden og sagkundskab</source>
        <translation>Knowledge and expertise</translation>
    </message>
    <message>
        <source>Er den nødvendige viden og sagkundskab til stede, og er der behov for at opbygge ny viden?</source>
        <translation>Are the necessary knowledge and expertise present, and is there a need to build new knowledge?</translation>
    </message>
    <message>
        <source>Arbejdsmiljøloven § 6 d, jf. LBK nr. 1108 af 15/09/2025; BEK nr. 65 af 22/01/2024 om systematisk arbejdsmiljøarbejde, som ændret ved BEK nr. 799 af 24/06/2024</source>
        <translation>Danish Working Environment Act (arbejdsmiljøloven) § 6 d, cf. Consolidated Act (LBK) no. 1108 of 15/09/2025; Executive Order (BEK) no. 65 of 22/01/2024 on systematic working environment work, as amended by BEK no. 799 of 24/06/2024</translation>
    </message>
    <message>
        <source>Husk, at arbejdspladsen har pligt til at indhente sagkyndig bistand, hvis problemet ikke ellers kan løses. Skriv det ind i handleplanen.</source>
        <translation>Remember that the workplace must get expert assistance if the problem cannot be solved otherwise. Write it into the action plan.</translation>
    </message>
    <message>
        <source>Lovkrav ved under 10 ansatte; vejledningen beder alle virksomheder drøfte behovet for ny viden.</source>
        <translation>Required by law with fewer than 10 employees; the guideline asks every company to discuss the need for new knowledge.</translation>
    </message>
    <message>
        <source>AMO-uddannelse og sagkundskab</source>
        <translation>AMO training and expertise</translation>
    </message>
    <message>
        <source>Den obligatoriske arbejdsmiljøuddannelse (3 dage, 22 timer) tages senest 3 måneder efter tiltrædelse i AMO. De 2 dages supplerende uddannelse i det første funktionsår skal være tilbudt inden 9 måneder efter den obligatoriske uddannelse; derefter tilbydes 1½ dag om året. Ubrugte dage bortfalder ved funktionsårets udgang, medmindre I skriftligt har aftalt at lægge to af de følgende års dage sammen til 3 dage. Det, arbejdsgiveren skal kunne dokumentere, er tilbuddet: registrér det under medlemmet. En skriftlig kompetenceudviklingsplan er ikke længere et krav, men I kan lave én som hjælp nederst på siden.</source>
        <translation>The mandatory working environment training (3 days, 22 hours) is taken at the latest 3 months after taking up office in the AMO. The 2 days of supplementary training in the first year in office must be offered within 9 months of the mandatory training; after that 1½ days a year are offered. Unused days lapse at the end of the year in office, unless you have agreed in writing to combine two of the following years&apos; days into 3 days. What the employer must be able to document is the offer: register it under the member. A written competence development plan is no longer required, but you can make one as an aid at the bottom of the page.</translation>
    </message>
    <message>
        <source>Handleplan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Skriv det, I har besluttet, ind i APV-handleplanen: hvad, hvorfor, hvordan, hvornår, hvem og opfølgning.</source>
        <translation>Write what you decided into the APV action plan: what, why, how, when, who and follow-up.</translation>
    </message>
    <message>
        <source>Referat</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Referatet er arbejdsgiverens dokumentation over for Arbejdstilsynet for, at drøftelsen har fundet sted.</source>
        <translation>The minutes are the employer&apos;s documentation to the Danish Working Environment Authority that the discussion has taken place.</translation>
    </message>
    <message>
        <source>Kompetencedrøftelse</source>
        <translation>Competence discussion</translation>
    </message>
    <message>
        <source>Drøft kompetencerne til jeres arbejdsmiljøarbejde</source>
        <translation>Discuss the competences for your working environment work</translation>
    </message>
    <message>
        <source>Det er vigtigt, at arbejdsmiljøorganisationen har de nødvendige kompetencer til at kunne forebygge arbejdspladsens arbejdsmiljøproblemer. Dette materiale giver jer et enkelt forslag til, hvordan I kan drøfte kompetencerne på et møde.</source>
        <translation>It is important that the working environment organisation has the competences it needs to prevent the workplace&apos;s working environment problems. This material gives you a simple suggestion for how to discuss the competences at a meeting.</translation>
    </message>
    <message>
        <source>Drøft jeres kompetencer til arbejdsmiljøarbejdet en gang om året – eventuelt som en del af den årlige drøftelse af arbejdsmiljøet. Tag stilling til, hvordan I er i stand til at forebygge problemer i arbejdsmiljøet og lykkes med samarbejdet om arbejdsmiljøarbejdet.

Som kilder til drøftelsen kan I bruge:
• Jeres APV-handleplan.
• Den årlige drøftelses evaluering og planlægning af arbejdsmiljøarbejdet.
• En evt. evaluering af jeres samarbejde om arbejdsmiljøarbejdet.</source>
        <translation>Discuss your competences for the working environment work once a year – perhaps as part of the annual discussion of the working environment. Consider how well you are able to prevent problems in the working environment and succeed in cooperating on the working environment work.

As sources for the discussion you can use:
• Your APV action plan.
• The annual discussion&apos;s evaluation and planning of the working environment work.
• Any evaluation of your cooperation on the working environment work.</translation>
    </message>
    <message>
        <source>Arbejdsmiljøudvalg eller -organisation</source>
        <translation>Working environment committee or organisation</translation>
    </message>
    <message>
        <source>En gang om året skal I drøfte, om der i virksomheden er behov for opbygning af ny viden om arbejdsmiljø. I skal også drøfte den supplerende arbejdsmiljøuddannelse af AMR og arbejdsleder. Det kan ske på baggrund af fx jeres APV-proces eller som del af den årlige arbejdsmiljødrøftelse.</source>
        <translation>Once a year you must discuss whether the company needs to build new knowledge of the working environment. You must also discuss the supplementary working environment training of the AMR and supervisor. This can be based on e.g. your APV process or be part of the annual working environment discussion.</translation>
    </message>
    <message>
        <source>Arbejdsgiveren skal hvert år sammen med arbejdsmiljøorganisationen drøfte arbejdsmiljøet: tilrettelægge indholdet af samarbejdet for det kommende år, fastlægge hvordan samarbejdet skal foregå, vurdere om det foregående års mål er nået og fastlægge mål for det kommende år. I virksomheder med en arbejdsmiljøorganisation drøfter arbejdsmiljøudvalget også den supplerende arbejdsmiljøuddannelse af AMO&apos;s medlemmer, og om der er den nødvendige sagkundskab om arbejdsmiljø til stede i virksomheden; en skriftlig kompetenceudviklingsplan er ikke længere et krav (siden 1. februar 2024). Virksomheder med under 10 ansatte drøfter, om der er den nødvendige sagkundskab om arbejdsmiljø. Arbejdsgiveren skal skriftligt kunne dokumentere, at drøftelsen har fundet sted inden for det seneste år.</source>
        <translation>Every year the employer must discuss the working environment with the working environment organisation: plan the content of the cooperation for the coming year, decide how the cooperation is to take place, assess whether the previous year&apos;s goals were reached and set goals for the coming year. In companies with a working environment organisation the working environment committee also discusses the supplementary working environment training (supplerende arbejdsmiljøuddannelse) of the AMO&apos;s members, and whether the necessary expertise (sagkundskab) on the working environment is present in the company; a written competence development plan is no longer required (since 1 February 2024). Companies with fewer than 10 employees discuss whether the necessary expertise on the working environment is present. The employer must be able to document in writing that the discussion has taken place within the last year.</translation>
    </message>
    <message>
        <source>Høring af de ansatte</source>
        <translation>Hearing the employees</translation>
    </message>
    <message>
        <source>Høring</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <source>Arbejdsgiveren skal sørge for, at de ansatte i nødvendigt omfang bliver hørt før drøftelsen. Skriv 2–5 spørgsmål, sæt antal ark til antallet af ansatte, lav høringsarkene og del dem ud eller send dem. Hvert ark har sin egen engangskode og tæller kun én gang; skriv arbejdsmiljøgrupperne, hvis I vil kunne se, hvor svarene kommer fra. Læs de besvarede ark ind, før I mødes – svarene står ved det punkt, de handler om.</source>
        <translation>The employer must make sure the employees are heard, to the extent necessary, before the discussion. Write 2–5 questions, set the number of sheets to the number of employees, make the hearing sheets and hand them out or send them. Each sheet has its own one-time code and counts only once; write the working environment groups if you want to see where the answers come from. Read the answered sheets in before you meet – the answers appear at the point they concern.</translation>
    </message>
    <message>
        <source>Skriv også, hvordan de ansatte er hørt (høringsark, personalemøde, arbejdsmiljøgrupperne …). Det står i referatet sammen med, hvor mange der har svaret.</source>
        <translation>Also write how the employees were heard (hearing sheet, staff meeting, the working environment groups …). The minutes say it, with how many answered.</translation>
    </message>
    <message>
        <source>Sådan er de ansatte hørt</source>
        <translation>How the employees were heard</translation>
    </message>
    <message>
        <source>Skriv kort, hvad du vil have med til drøftelsen under hvert punkt. Se på sidste års mål og de åbne rækker i handleplanen: er de nået, og hvad mangler?</source>
        <translation>Write briefly what you want to bring to the discussion under each point. Look at last year&apos;s goals and the open rows of the action plan: were they reached, and what is missing?</translation>
    </message>
    <message>
        <source>Tænk over</source>
        <translation>Think about</translation>
    </message>
    <message>
        <source>Hvad viser APV&apos;en, sygefraværet og årets ulykker og nærved-ulykker?</source>
        <translation>What do the APV (workplace assessment), sickness absence and this year&apos;s accidents and near misses show?</translation>
    </message>
    <message>
        <source>Hvad kommer der af ændringer i det kommende år?</source>
        <translation>What changes are coming in the year ahead?</translation>
    </message>
    <message>
        <source>Hvad har de ansatte sagt i høringen?</source>
        <translation>What did the employees say in the hearing?</translation>
    </message>
    <message>
        <source>Punkt 3: Sidste års mål og åbne rækker – er de nået</source>
        <translation>Point 3: Last year&apos;s goals and open rows – were they reached</translation>
    </message>
    <message>
        <source>Punkt 1: Indholdet af samarbejdet i det kommende år</source>
        <translation>Point 1: The content of the cooperation in the coming year</translation>
    </message>
    <message>
        <source>Punkt 2: Sådan skal samarbejdet foregå</source>
        <translation>Point 2: How the cooperation is to take place</translation>
    </message>
    <message>
        <source>Punkt 4: Mål for det kommende år</source>
        <translation>Point 4: Goals for the coming year</translation>
    </message>
    <message>
        <source>Punkt 5: Viden og sagkundskab om arbejdsmiljø</source>
        <translation>Point 5: Knowledge and expertise on the working environment</translation>
    </message>
    <message>
        <source>Punkt 6: AMO&apos;s supplerende uddannelse og sagkundskab</source>
        <translation>Point 6: The AMO&apos;s supplementary training and expertise</translation>
    </message>
    <message>
        <source>Gå sidste års mål og de åbne punkter i handleplanen igennem. Vurder hvert punkt: nået, delvist, ikke nået eller opgivet. For en række i handleplanen: virkede løsningen (ja, delvist, nej eller for tidligt at sige)?</source>
        <translation>Go through last year&apos;s goals and the open points of the action plan. Judge each point: reached, partly, not reached or given up. For a row of the action plan: did the solution work (yes, partly, no or too early to say)?</translation>
    </message>
    <message>
        <source>Drøfte den supplerende arbejdsmiljøuddannelse af AMO&apos;s medlemmer, og om den nødvendige sagkundskab om arbejdsmiljø er til stede</source>
        <translation>Discuss the supplementary working environment training of the AMO&apos;s members, and whether the necessary expertise on the working environment is present</translation>
    </message>
    <message>
        <source>Gå hvert medlems supplerende arbejdsmiljøuddannelse igennem: hvad har de ret til i år, hvad er brugt, og hvad skal resten bruges til? Drøft så, om virksomheden har den nødvendige sagkundskab om arbejdsmiljø.</source>
        <translation>Go through each member&apos;s supplementary working environment training: what are they entitled to this year, what has been used, and what is the rest for? Then discuss whether the company has the necessary expertise on the working environment.</translation>
    </message>
    <message>
        <source>Virksomheder med en arbejdsmiljøorganisation (10 eller flere ansatte).</source>
        <translation>Companies with a working environment organisation (10 or more employees).</translation>
    </message>
    <message>
        <source>Den supplerende arbejdsmiljøuddannelse</source>
        <translation>The supplementary working environment training</translation>
    </message>
    <message>
        <source>Hvad har I aftalt om medlemmernes supplerende uddannelse i det kommende år?</source>
        <translation>What have you agreed on the members&apos; supplementary training in the coming year?</translation>
    </message>
    <message>
        <source>Sagkundskab om arbejdsmiljø</source>
        <translation>Expertise on the working environment</translation>
    </message>
    <message>
        <source>Er den nødvendige sagkundskab til stede? Har I den selv, eller køber I den hos en arbejdsmiljørådgiver – til hvad?</source>
        <translation>Is the necessary expertise present? Do you have it yourselves, or do you buy it from a working environment adviser (arbejdsmiljørådgiver) – for what?</translation>
    </message>
    <message>
        <source>Årlig arbejdsmiljødrøftelse (under 10 ansatte)</source>
        <translation>Annual working environment discussion (under 10 employees)</translation>
    </message>
    <message>
        <source>Den årlige arbejdsmiljødrøftelse – under 10 ansatte</source>
        <translation>The annual working environment discussion – under 10 employees</translation>
    </message>
    <message>
        <source>Hvert år skal arbejdsgiveren sammen med de ansatte og eventuelle arbejdsledere tilrettelægge indholdet af samarbejdet om arbejdsmiljø for det kommende år og fastlægge, hvordan samarbejdet skal foregå. Drøftelsen kan ikke stå alene: det, I beslutter, skrives ind i APV-handleplanen og følges op.</source>
        <translation>Every year the employer, together with the employees and any supervisors, must plan the content of the cooperation on the working environment for the coming year and decide how the cooperation is to take place. The discussion cannot stand alone: what you decide is written into the APV action plan and followed up.</translation>
    </message>
    <message>
        <source>På arbejdspladser med under 10 ansatte skal der ikke oprettes en arbejdsmiljøorganisation. Arbejdsgiveren holder drøftelsen direkte med alle de ansatte og eventuelle arbejdsledere – eller med en talsmand for de ansatte – i den form, I vælger: et møde, et videomøde eller skriftligt.</source>
        <translation>Workplaces with fewer than 10 employees do not set up a working environment organisation. The employer holds the discussion directly with all the employees and any supervisors – or with a spokesperson for the employees – in the form you choose: a meeting, a video meeting or in writing.</translation>
    </message>
    <message>
        <source>Arbejdsgiveren og alle de ansatte (under 10 ansatte)</source>
        <translation>The employer and all employees (under 10 employees)</translation>
    </message>
    <message>
        <source>Arbejdsgiveren</source>
        <translation>The employer</translation>
    </message>
    <message>
        <source>Arbejdsgiveren skal hvert år sammen med de ansatte og eventuelle arbejdsledere drøfte arbejdsmiljøet: tilrettelægge indholdet af samarbejdet for det kommende år, fastlægge hvordan samarbejdet skal foregå, vurdere om det foregående års mål er nået og fastlægge mål for det kommende år. Virksomheder med under 10 ansatte drøfter, om der er den nødvendige viden om arbejdsmiljø. På arbejdspladser med under 10 ansatte skal der ikke oprettes en arbejdsmiljøorganisation. Arbejdsgiveren skal skriftligt kunne dokumentere, at drøftelsen har fundet sted inden for det seneste år.</source>
        <translation>Every year the employer must discuss the working environment with the employees and any supervisors: plan the content of the cooperation for the coming year, decide how the cooperation is to take place, assess whether the previous year&apos;s goals were reached and set goals for the coming year. Companies with fewer than 10 employees discuss whether the necessary knowledge of the working environment is present. Workplaces with fewer than 10 employees do not set up a working environment organisation. The employer must be able to document in writing that the discussion has taken place within the last year.</translation>
    </message>
    <message>
        <source>Tag punkterne i den rækkefølge, I vælger. Alle fem punkter skal have en tekst, før referatet kan afsluttes.</source>
        <translation>Take the points in the order you choose. All five points must have a text before the minutes can be closed.</translation>
    </message>
    <message>
        <source>Hvem deltog – arbejdsgiveren og alle de ansatte og eventuelle arbejdsledere, eller en talsmand for de ansatte – og hvordan I holdt drøftelsen: som møde, på video eller skriftligt. Referatet nævner formen.</source>
        <translation>Who took part – the employer and all the employees and any supervisors, or a spokesperson for the employees – and how you held the discussion: as a meeting, on video or in writing. The minutes name the form.</translation>
    </message>
    <message>
        <source>Aftal samarbejdsformer og mødeintervaller, hvem der informerer hvem, og hvordan de ansatte inddrages.</source>
        <translation>Agree on forms of cooperation and meeting intervals, who informs whom, and how the employees are involved.</translation>
    </message>
    <message>
        <source>Uden en arbejdsmiljøorganisation taler arbejdsgiveren og de ansatte direkte sammen – eller gennem en talsmand.</source>
        <translation>Without a working environment organisation the employer and the employees talk directly – or through a spokesperson.</translation>
    </message>
    <message>
        <source>Lovkrav ved under 10 ansatte: punktet skal have en tekst, før referatet kan afsluttes.</source>
        <translation>Required by law under 10 employees: the point must have a text before the minutes can be closed.</translation>
    </message>
    <message>
        <source>Punkt 5: Den nødvendige viden om arbejdsmiljø</source>
        <translation>Point 5: The necessary knowledge of the working environment</translation>
    </message>
    <message>
        <source>Arbejdsmiljøloven § 6 d, stk. 3, jf. LBK nr. 1108 af 15/09/2025</source>
        <translation>Danish Working Environment Act (arbejdsmiljøloven) § 6 d(3), cf. Consolidated Act (LBK) no. 1108 of 15/09/2025</translation>
    </message>
    <message>
        <source>Læs materialet igennem. Hver deltager læser forberedelsesarket og tager noter.</source>
        <translation>Read the material. Each participant reads the preparation sheet and takes notes.</translation>
    </message>
    <message>
        <source>Udførelse</source>
        <translation>The meeting</translation>
    </message>
    <message>
        <source>Præsenter på skift jeres overvejelser. Udfyld opgavearket med det, I bliver enige om.</source>
        <translation>Take turns presenting your thoughts. Fill in the task sheet with what you agree on.</translation>
    </message>
    <message>
        <source>Beslut, hvordan I følger op, og integrer det i jeres APV-handleplan.</source>
        <translation>Decide how you follow up, and build it into your APV action plan.</translation>
    </message>
    <message>
        <source>Titel, dato og sted for mødet, og hvem der deltager. Formandskabet (leder og AMR) er tovholdere.</source>
        <translation>Title, date and place of the meeting, and who takes part. The chairs (manager and AMR) lead it.</translation>
    </message>
    <message>
        <source>Individuel forberedelse for alle deltagere. Tag noter i de tre bokse under din forberedelse.</source>
        <translation>Individual preparation for every participant. Take notes in the three boxes as you prepare.</translation>
    </message>
    <message>
        <source>Hver deltager bruger ca. 30 minutter på forberedelsen, før mødet.</source>
        <translation>Each participant spends about 30 minutes preparing, before the meeting.</translation>
    </message>
    <message>
        <source>Kig i jeres APV-handleplan og årlige drøftelse:</source>
        <translation>Look at your APV action plan and annual discussion:</translation>
    </message>
    <message>
        <source>Hvilke arbejdsmiljøproblemer er I i gang med at forebygge? Hvordan lykkes I med det?</source>
        <translation>Which working environment problems are you working to prevent? How well is it going?</translation>
    </message>
    <message>
        <source>Hvordan lykkedes I med opgaverne sidste år?</source>
        <translation>How did last year&apos;s tasks go?</translation>
    </message>
    <message>
        <source>Hvilke arbejdsmiljøproblemer ser I ind i det kommende år?</source>
        <translation>Which working environment problems do you see in the coming year?</translation>
    </message>
    <message>
        <source>Hvordan er I klædt på til det?</source>
        <translation>How well equipped are you for them?</translation>
    </message>
    <message>
        <source>Reflekter over jeres samarbejde om arbejdsmiljøarbejdet:</source>
        <translation>Reflect on your cooperation on the working environment work:</translation>
    </message>
    <message>
        <source>Hvor lykkes I godt?</source>
        <translation>Where are you doing well?</translation>
    </message>
    <message>
        <source>Hvad kan I have brug for at styrke?</source>
        <translation>What might you need to strengthen?</translation>
    </message>
    <message>
        <source>Vigtige opgaver fra vores APV-handleplan og årlige drøftelse</source>
        <translation>Important tasks from our APV action plan and annual discussion</translation>
    </message>
    <message>
        <source>Dette lykkes vi godt med allerede</source>
        <translation>This we already do well</translation>
    </message>
    <message>
        <source>Dette kan vi have brug for at styrke</source>
        <translation>This we may need to strengthen</translation>
    </message>
    <message>
        <source>1. Sæt rammen</source>
        <translation>1. Set the frame</translation>
    </message>
    <message>
        <source>Sæt rammen</source>
        <translation>Set the frame</translation>
    </message>
    <message>
        <source>Start mødet med at give klarhed om formål og rammen for mødet. Skab tryghed om, hvordan I sammen får en god og konstruktiv drøftelse.</source>
        <translation>Start the meeting by making the purpose and frame of the meeting clear. Make everyone feel safe about how you will have a good and constructive discussion together.</translation>
    </message>
    <message>
        <source>Formål og ramme for mødet</source>
        <translation>Purpose and frame of the meeting</translation>
    </message>
    <message>
        <source>2. Del jeres syn på opgaver og kompetencer</source>
        <translation>2. Share your views on tasks and competences</translation>
    </message>
    <message>
        <source>Runde</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>Tag en runde, hvor I taler en ad gangen om, hvad I er kommet frem til i jeres forberedelse. Lyt til hinanden uden at afbryde. En af jer skriver op, hvad der bliver nævnt.</source>
        <translation>Go round the table, one at a time, with what you found in your preparation. Listen to each other without interrupting. One of you writes down what is said.</translation>
    </message>
    <message>
        <source>Hvad er vigtige opgaver i vores arbejdsmiljøarbejde?</source>
        <translation>What are important tasks in our working environment work?</translation>
    </message>
    <message>
        <source>Hvad lykkes vi godt med?</source>
        <translation>What do we do well?</translation>
    </message>
    <message>
        <source>Hvad kan vi have brug for at styrke?</source>
        <translation>What might we need to strengthen?</translation>
    </message>
    <message>
        <source>En af jer skriver de vigtigste pointer op fra hver deltager.</source>
        <translation>One of you writes down each participant&apos;s main points.</translation>
    </message>
    <message>
        <source>De vigtigste pointer</source>
        <translation>The main points</translation>
    </message>
    <message>
        <source>3. Drøft, hvad I har hørt, og skriv ned, hvad I bliver enige om</source>
        <translation>3. Discuss what you heard, and write down what you agree on</translation>
    </message>
    <message>
        <source>Drøft og bliv enige</source>
        <translation>Discuss and agree</translation>
    </message>
    <message>
        <source>Saml op på, hvad I samlet har hørt og skriv det i felterne under spørgsmålene:</source>
        <translation>Sum up what you heard together and write it in the fields under the questions:</translation>
    </message>
    <message>
        <source>Vigtige opgaver og fokuspunkter</source>
        <translation>Important tasks and focus points</translation>
    </message>
    <message>
        <source>Dette lykkes vi med</source>
        <translation>This we do well</translation>
    </message>
    <message>
        <source>Brug for at styrke</source>
        <translation>Need to strengthen</translation>
    </message>
    <message>
        <source>4. Aftal, hvordan I vil styrke jeres kompetencer til arbejdsmiljøarbejdet</source>
        <translation>4. Agree how you will strengthen your competences for the working environment work</translation>
    </message>
    <message>
        <source>Aftal kompetencer</source>
        <translation>Agree on competences</translation>
    </message>
    <message>
        <source>Afslut drøftelsen med at afklare, hvordan I kan styrke kompetencerne. Tag noter.</source>
        <translation>End the discussion by clarifying how you can strengthen the competences. Take notes.</translation>
    </message>
    <message>
        <source>Hvad kan vi med fordel selv blive bedre til at løfte – fx ved den supplerende arbejdsmiljøuddannelse?</source>
        <translation>What would we do well to get better at handling ourselves – e.g. through the supplementary working environment training?</translation>
    </message>
    <message>
        <source>Hvad kan vi hente viden eller kompetencer til hos andre på vores arbejdsplads?</source>
        <translation>What knowledge or competences can we get from others at our workplace?</translation>
    </message>
    <message>
        <source>Hvad kan vi med fordel hente hjælp til udefra?</source>
        <translation>What would we do well to get outside help with?</translation>
    </message>
    <message>
        <source>Husk, at arbejdspladsen har pligt til at indhente sagkyndig bistand, hvis problemet ikke ellers kan løses.</source>
        <translation>Remember that the workplace must get expert assistance if the problem cannot be solved otherwise.</translation>
    </message>
    <message>
        <source>Egen kompetenceudvikling</source>
        <translation>Own competence development</translation>
    </message>
    <message>
        <source>Brug for andre på arbejdsplads</source>
        <translation>Need for others at the workplace</translation>
    </message>
    <message>
        <source>Hjælp indefra arbejdspladsen (fx i HR)</source>
        <translation>Help from within the workplace (e.g. HR)</translation>
    </message>
    <message>
        <source>Brug for hjælp udefra</source>
        <translation>Need for outside help</translation>
    </message>
    <message>
        <source>Hjælp udefra (fra arbejdsmiljørådgivere)</source>
        <translation>Outside help (from working environment consultants)</translation>
    </message>
    <message>
        <source>Skriv det, I har aftalt, ind i en handleplan. Aftal, hvornår I sætter i gang, hvem der gør hvad, og hvornår I følger op.</source>
        <translation>Write what you agreed into an action plan. Agree when you start, who does what, and when you follow up.</translation>
    </message>
    <message>
        <source>Integrer områderne i jeres APV-handlingsplan, så jeres supplerende arbejdsmiljøuddannelse og hjælp udefra bliver en del af måden, I forebygger jeres arbejdsmiljøproblemer. Planlæg, hvornår I skal tage jeres uddannelse ud fra et årshjul. Hæng det op, så det er synligt og tilgængeligt for de ansatte!</source>
        <translation>Build these areas into your APV action plan, so your supplementary working environment training and outside help become part of how you prevent your working environment problems. Plan when you take your training from a year planner. Put it up where the employees can see it!</translation>
    </message>
    <message>
        <source>Afslut</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Udskriv handleplanen, få den underskrevet af formandskabet, og hæng den op.</source>
        <translation>Print the action plan, have it signed by the chairs, and put it up.</translation>
    </message>
    <message>
        <source>Engagerende formidling af AMO’s arbejde og involvering af arbejdspladsen.</source>
        <translation>Engaging communication of the AMO&apos;s work and involvement of the workplace.</translation>
    </message>
    <message>
        <source>Arbejdspladsen er afkoblet fra arbejdsmiljøarbejdet og uklar på, hvad vi laver.</source>
        <translation>The workplace is disconnected from the working environment work and unclear about what we do.</translation>
    </message>
    <message>
        <source>Vi tager supplerende uddannelse i at formidle til og involvere arbejdspladsen i arbejdsmiljøarbejdet.</source>
        <translation>We take supplementary training in communicating with and involving the workplace in the working environment work.</translation>
    </message>
    <message>
        <source>3. kvartal.</source>
        <translation>3rd quarter.</translation>
    </message>
    <message>
        <source>Leder undersøger muligheder og præsenterer for AMO. Beslutning træffes.</source>
        <translation>The manager looks into the options and presents them to the AMO. A decision is made.</translation>
    </message>
    <message>
        <source>Ved årlig drøftelse i 4. kvartal gør vi status efter input fra de ansatte.</source>
        <translation>At the annual discussion in the 4th quarter we take stock after input from the employees.</translation>
    </message>
    <message>
        <source>Facilitering af dialog om uklare og modstridende krav.</source>
        <translation>Facilitating dialogue about unclear and conflicting demands.</translation>
    </message>
    <message>
        <source>Kan være vanskeligt at udføre, når man selv er involveret.</source>
        <translation>Can be hard to do when you are involved yourself.</translation>
    </message>
    <message>
        <source>Vi søger hjælp fra intern arbejdsmiljøkonsulent.</source>
        <translation>We ask the internal working environment consultant for help.</translation>
    </message>
    <message>
        <source>2. kvartal.</source>
        <translation>2nd quarter.</translation>
    </message>
    <message>
        <source>TR tager kontakt til HR og aftaler nærmere.</source>
        <translation>The TR contacts HR and agrees the details.</translation>
    </message>
    <message>
        <source>Ved møde i AMO 3. kvartal; dernæst årlig drøftelse.</source>
        <translation>At the AMO meeting in the 3rd quarter; then the annual discussion.</translation>
    </message>
    <message>
        <source>Kemisk risikovurdering.</source>
        <translation>Chemical risk assessment.</translation>
    </message>
    <message>
        <source>Afgørende ved lokaler med opbevaring af kemi.</source>
        <translation>Essential for rooms where chemicals are stored.</translation>
    </message>
    <message>
        <source>Vi beder om sagkyndig bistand.</source>
        <translation>We ask for expert assistance.</translation>
    </message>
    <message>
        <source>Så hurtigt som muligt.</source>
        <translation>As soon as possible.</translation>
    </message>
    <message>
        <source>AMR indhenter tilbud og aftaler nærmere efter vending med leder.</source>
        <translation>The AMR gets quotes and agrees the details after checking with the manager.</translation>
    </message>
</context>
<context>
    <name>TemplateLibrary</name>
    <message>
        <source>Der findes ingen mødeskabelon for mødetypen {0!r} (kendte: {1}).</source>
        <translation>There is no meeting template for the kind of meeting {0!r} (known: {1}).</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <source>Supplerende uddannelse – {0}</source>
        <translation>Supplementary training – {0}</translation>
    </message>
    <message>
        <source>Kursets titel</source>
        <translation>The course&apos;s title</translation>
    </message>
    <message>
        <source>fx Psykisk arbejdsmiljø i praksis</source>
        <translation>e.g. Psychosocial working environment in practice</translation>
    </message>
    <message>
        <source>Taget den</source>
        <translation>Taken on</translation>
    </message>
    <message>
        <source> dage</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Antal dage</source>
        <translation>Number of days</translation>
    </message>
    <message>
        <source>&amp;Kursus</source>
        <translation>&amp;Course</translation>
    </message>
    <message>
        <source>&amp;Dato</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Varighed</source>
        <translation>&amp;Duration</translation>
    </message>
    <message>
        <source>Registrér</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Supplerende arbejdsmiljøuddannelse</source>
        <translation>Supplementary working environment training</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>AMO&apos;s medlemmer</source>
        <translation>The AMO&apos;s members</translation>
    </message>
    <message>
        <source>Tilføj &amp;medlem …</source>
        <translation>Add &amp;member …</translation>
    </message>
    <message>
        <source>&amp;Ret medlem …</source>
        <translation>&amp;Edit member …</translation>
    </message>
    <message>
        <source>Registrér &amp;uddannelse …</source>
        <translation>Register &amp;training …</translation>
    </message>
    <message>
        <source>Kompetenceudviklingsplan</source>
        <translation>Competence development plan</translation>
    </message>
    <message>
        <source>Tilføj &amp;linje</source>
        <translation>Add &amp;line</translation>
    </message>
    <message>
        <source>&amp;Fjern linje</source>
        <translation>&amp;Remove line</translation>
    </message>
    <message>
        <source>AMO&apos;s medlemmer og deres supplerende uddannelse</source>
        <translation>The AMO&apos;s members and their supplementary training</translation>
    </message>
    <message>
        <source>Tilbud om supplerende uddannelse</source>
        <translation>Offers of supplementary training</translation>
    </message>
    <message>
        <source>Registrér t&amp;ilbud …</source>
        <translation>Register &amp;offer …</translation>
    </message>
    <message>
        <source>Fj&amp;ern tilbud …</source>
        <translation>Remo&amp;ve offer …</translation>
    </message>
    <message>
        <source>Læg to år &amp;sammen …</source>
        <translation>&amp;Combine two years …</translation>
    </message>
    <message>
        <source>Fjern sammenlægning …</source>
        <translation>Remove combination …</translation>
    </message>
    <message>
        <source>Kompetenceudviklingsplan (valgfri)</source>
        <translation>Competence development plan (optional)</translation>
    </message>
    <message>
        <source>Ikke et krav siden 1. februar 2024 – et hjælpemiddel, hvis I vil planlægge uddannelsen linje for linje. Mødet kan afsluttes uden den.</source>
        <translation>Not required since 1 February 2024 – an aid if you want to plan the training line by line. The meeting can be closed without it.</translation>
    </message>
    <message>
        <source>Kompetenceudviklingsplan som &amp;PDF (valgfri) …</source>
        <translation>Competence development plan as &amp;PDF (optional) …</translation>
    </message>
    <message>
        <source>Udfyldt fra »Egen kompetenceudvikling« i {0}. Ret det til her.</source>
        <translation>Filled in from “Own competence development” in {0}. Adjust it here.</translation>
    </message>
    <message>
        <source>Planen gemmes, mens I skriver. Dage kan skrives som 1,5.</source>
        <translation>The plan is saved as you type. Days can be written as 1.5.</translation>
    </message>
    <message>
        <source>{0}: obligatorisk uddannelse {1}</source>
        <translation>{0}: mandatory training {1}</translation>
    </message>
    <message>
        <source>Overskredet</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Tilbud om supplerende uddannelse – vælg et medlem</source>
        <translation>Offers of supplementary training – choose a member</translation>
    </message>
    <message>
        <source>Tilbud om supplerende uddannelse til {0} (dobbeltklik på svaret for at ændre det)</source>
        <translation>Offers of supplementary training to {0} (double-click the answer to change it)</translation>
    </message>
    <message>
        <source>Tilbud om supplerende uddannelse til {0}: ingen registreret endnu</source>
        <translation>Offers of supplementary training to {0}: none registered yet</translation>
    </message>
    <message>
        <source>Vælg først et medlem i tabellen.</source>
        <translation>First choose a member in the table.</translation>
    </message>
    <message>
        <source>Eksempel · {0}</source>
        <translation>Example · {0}</translation>
    </message>
    <message>
        <source>Vælg først det medlem, der har taget uddannelsen.</source>
        <translation>First choose the member who took the training.</translation>
    </message>
    <message>
        <source>Vælg først det medlem, der fik tilbuddet.</source>
        <translation>First choose the member who got the offer.</translation>
    </message>
    <message>
        <source>Vælg først et tilbud i listen.</source>
        <translation>First choose an offer in the list.</translation>
    </message>
    <message>
        <source>Fjern tilbud</source>
        <translation>Remove offer</translation>
    </message>
    <message>
        <source>Fjern tilbuddet fra {0} om {1} dage? Det kan ikke fortrydes.</source>
        <translation>Remove the offer of {1} days to {0}? It cannot be undone.</translation>
    </message>
    <message>
        <source>Kan ikke lægges sammen</source>
        <translation>Cannot be combined</translation>
    </message>
    <message>
        <source>Vælg først et medlem med to år lagt sammen.</source>
        <translation>First choose a member with two years combined.</translation>
    </message>
    <message>
        <source>{0}. og {1}. funktionsår (aftalt {2})</source>
        <translation>Years in office {0} and {1} (agreed {2})</translation>
    </message>
    <message>
        <source>Fjern sammenlægning</source>
        <translation>Remove combination</translation>
    </message>
    <message>
        <source>Hvilken sammenlægning skal fjernes? Årene tæller så hver for sig igen.</source>
        <translation>Which combination should be removed? The years then count separately again.</translation>
    </message>
</context>
<context>
    <name>Types</name>
    <message>
        <source>tekst</source>
        <translation>text</translation>
    </message>
    <message>
        <source>et heltal</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>et tal</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>sand/falsk</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>en liste</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>et objekt</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>tom (null)</source>
        <translation>empty (null)</translation>
    </message>
    <message>
        <source>en dato</source>
        <translation>a date</translation>
    </message>
    <message>
        <source> eller </source>
        <translation> or </translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>nået</source>
        <translation>reached</translation>
    </message>
    <message>
        <source>delvist</source>
        <translation>partly</translation>
    </message>
    <message>
        <source>ikke nået</source>
        <translation>not reached</translation>
    </message>
    <message>
        <source>opgivet</source>
        <translation>given up</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Velkommen til Drøftelse</source>
        <translation>Welcome to Drøftelse</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Velkommen&lt;/h2&gt;&lt;p&gt;Drøftelse hjælper formandskabet med at holde kompetencedrøftelsen og den årlige arbejdsmiljødrøftelse – og giver HR en handleplan at udskrive. Alt gemmes mens I skriver, på denne computer.&lt;/p&gt;&lt;p&gt;Hvad hedder jeres udvalg?&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Welcome&lt;/h2&gt;&lt;p&gt;Drøftelse helps the chairs hold the competence discussion and the annual working environment discussion – and gives HR an action plan to print. Everything is saved as you type, on this computer.&lt;/p&gt;&lt;p&gt;What is your committee called?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>fx Arbejdsmiljøudvalget, Eksempel A/S</source>
        <translation>e.g. The working environment committee, Example Ltd</translation>
    </message>
    <message>
        <source>Udvalgets navn</source>
        <translation>The committee&apos;s name</translation>
    </message>
    <message>
        <source>⚠ Skriv udvalgets navn for at komme i gang – det står på møder og dokumenter.</source>
        <translation>⚠ Type the committee&apos;s name to get started – it appears on meetings and documents.</translation>
    </message>
    <message>
        <source>Hvor mange ansatte er I? Med under {0} ansatte ser den årlige drøftelse anderledes ud.</source>
        <translation>How many employees are you? With fewer than {0} employees the annual discussion looks different.</translation>
    </message>
    <message>
        <source>Opret et eksempel på en årlig drøftelse med de ansatte, så vi kan se, hvordan det virker</source>
        <translation>Create an example of an annual discussion with the employees, so we can see how it works</translation>
    </message>
    <message>
        <source>Opret et eksempel på en kompetencedrøftelse, så vi kan se, hvordan det virker</source>
        <translation>Create an example competence discussion so we can see how it works</translation>
    </message>
    <message>
        <source>Kom i gang</source>
        <translation>Get started</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Velkommen til Drøftelse</source>
        <translation>Welcome to Drøftelse</translation>
    </message>
    <message>
        <source>Drøftelse hjælper formandskabet med at holde kompetencedrøftelsen og den årlige arbejdsmiljødrøftelse – og giver HR en handleplan at udskrive. Alt gemmes, mens I skriver.

Der er intet udvalg i databasen endnu. Opret jeres udvalg for at holde det første møde, eller hent det, I har i forvejen: en mødefil eller en sikkerhedskopi.</source>
        <translation>Drøftelse helps the chairs hold the competence discussion and the annual working environment discussion – and gives HR an action plan to print. Everything is saved as you type.

There is no committee in the database yet. Create your committee to hold the first meeting, or bring in what you already have: a meeting file or a backup.</translation>
    </message>
    <message>
        <source>&amp;Opret udvalget …</source>
        <translation>&amp;Create the committee …</translation>
    </message>
    <message>
        <source>&amp;Indlæs mødefil …</source>
        <translation>&amp;Import meeting file …</translation>
    </message>
    <message>
        <source>Gen&amp;dan sikkerhedskopi …</source>
        <translation>Restore &amp;backup …</translation>
    </message>
</context>
<context>
    <name>YearModel</name>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Hvad</source>
        <translation>What</translation>
    </message>
    <message>
        <source>⚠ Overskredet: </source>
        <translation>⚠ Overdue: </translation>
    </message>
</context>
<context>
    <name>YearPanel</name>
    <message>
        <source>Årshjul – de næste 12 måneder</source>
        <translation>Year planner – the next 12 months</translation>
    </message>
    <message>
        <source>Årshjul</source>
        <translation>Year planner</translation>
    </message>
    <message>
        <source>Sidste &amp;APV …</source>
        <translation>Last &amp;APV …</translation>
    </message>
    <message>
        <source>Datoen for den seneste fulde APV; den næste skal laves senest 3 år efter</source>
        <translation>The date of the latest full APV (risk assessment); the next must be made within 3 years</translation>
    </message>
    <message>
        <source>Gem i &amp;kalender (.ics) …</source>
        <translation>Save to &amp;calendar (.ics) …</translation>
    </message>
    <message>
        <source>En fil, som Outlook og andre kalendere kan indlæse</source>
        <translation>A file that Outlook and other calendars can import</translation>
    </message>
    <message>
        <source>Mappe til Arbejds&amp;tilsynet …</source>
        <translation>&amp;Working Environment Authority folder …</translation>
    </message>
    <message>
        <source>Én PDF med bogmærker: det seneste referat, handleplanen, arbejdsmiljøorganisationen, medlemmernes uddannelse, APV&apos;en og regelgrundlaget</source>
        <translation>One PDF with bookmarks: the latest minutes, the action plan, the working environment organisation, the members&apos; training, the APV and the rules</translation>
    </message>
    <message>
        <source>{0} overskredet.</source>
        <translation>{0} overdue.</translation>
    </message>
    <message>
        <source>Intet overskredet.</source>
        <translation>Nothing overdue.</translation>
    </message>
    <message>
        <source>Sidste fulde APV: {0}</source>
        <translation>Last full APV: {0}</translation>
    </message>
    <message>
        <source>Sidste fulde APV: ikke angivet</source>
        <translation>Last full APV: not given</translation>
    </message>
    <message>
        <source>Sidste fulde APV</source>
        <translation>Last full APV</translation>
    </message>
    <message>
        <source>lavet den</source>
        <translation>made on</translation>
    </message>
    <message>
        <source>APV</source>
        <translation>APV</translation>
    </message>
    <message>
        <source>Gem årshjul som kalenderfil</source>
        <translation>Save the year planner as a calendar file</translation>
    </message>
    <message>
        <source>Årshjul – {0}.ics</source>
        <translation>Year planner – {0}.ics</translation>
    </message>
    <message>
        <source>Kalenderfil (*.ics)</source>
        <translation>Calendar file (*.ics)</translation>
    </message>
    <message>
        <source>Kalenderfilen</source>
        <translation>The calendar file</translation>
    </message>
    <message>
        <source>{0} datoer er gemt i {1}. Åbn filen i Outlook eller jeres kalender.</source>
        <translation>{0} dates are saved in {1}. Open the file in Outlook or your calendar.</translation>
    </message>
</context>
<context>
    <name>_Delete</name>
    <message>
        <source>slet række</source>
        <translation>delete row</translation>
    </message>
</context>
<context>
    <name>_Insert</name>
    <message>
        <source>ny række</source>
        <translation>new row</translation>
    </message>
</context>
<context>
    <name>_Move</name>
    <message>
        <source>flyt række</source>
        <translation>move row</translation>
    </message>
</context>
<context>
    <name>_Order</name>
    <message>
        <source>ordn efter prioritet</source>
        <translation>sort by priority</translation>
    </message>
</context>
<context>
    <name>_Parser</name>
    <message>
        <source>droeftelse: {0} (se &apos;droeftelse --hjælp&apos;)
</source>
        <translation>droeftelse: {0} (see &apos;droeftelse --help&apos;)
</translation>
    </message>
</context>
<context>
    <name>_Work</name>
    <message>
        <source>Der skete en uventet fejl: {0}</source>
        <translation>An unexpected error happened: {0}</translation>
    </message>
</context>
<context>
    <name>annual</name>
    <message>
        <source>Skrevet ind i år</source>
        <translation>Written in this year</translation>
    </message>
    <message>
        <source>Antal dage skal være mellem 0 og 365.</source>
        <translation>The number of days must be between 0 and 365.</translation>
    </message>
    <message>
        <source>Funktionsår {0} er allerede lagt sammen med et andet år.</source>
        <translation>Year in office {0} is already combined with another year.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Drøftelse</source>
        <translation>Drøftelse</translation>
    </message>
    <message>
        <source>Uventet fejl</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>adgang nægtet</source>
        <translation>access denied</translation>
    </message>
    <message>
        <source>Databasen kan ikke åbnes</source>
        <translation>The database cannot be opened</translation>
    </message>
    <message>
        <source>Alt, hvad I har skrevet i tekstfelterne, er gemt.</source>
        <translation>Everything you have written in the text boxes is saved.</translation>
    </message>
    <message>
        <source>Tekst, der ikke er gemt endnu, står stadig i vinduet og gemmes ved næste ændring.</source>
        <translation>Text that is not saved yet is still in the window and is saved at the next change.</translation>
    </message>
    <message>
        <source>Der skete en uventet fejl, og det, I lige gjorde, er måske ikke gemt. Se efter, før I går videre. {0}

Detaljerne er skrevet i {1}.</source>
        <translation>An unexpected error happened, and what you just did may not be saved. Check before you go on. {0}

The details are written in {1}.</translation>
    </message>
    <message>
        <source>Mappen {0} kan ikke oprettes ({1}).</source>
        <translation>The folder {0} cannot be created ({1}).</translation>
    </message>
    <message>
        <source>{0} er allerede åben i Drøftelse. Vinduet er hentet frem, så I ikke skriver to steder.</source>
        <translation>{0} is already open in Drøftelse. That window is brought forward, so you do not write in two places.</translation>
    </message>
    <message>
        <source>{0} er allerede åben i Drøftelse ({1}). Luk det andet vindue først, så I ikke skriver to steder.</source>
        <translation>{0} is already open in Drøftelse ({1}). Close the other window first, so you do not write in two places.</translation>
    </message>
    <message>
        <source>Drøftelse er allerede åben</source>
        <translation>Drøftelse is already open</translation>
    </message>
</context>
<context>
    <name>at_folder</name>
    <message>
        <source>Mappe til Arbejdstilsynet - {0} - {1}</source>
        <translation>Folder for the Danish Working Environment Authority - {0} - {1}</translation>
    </message>
</context>
<context>
    <name>at_folder_pdf</name>
    <message>
        <source>Seneste årlige arbejdsmiljødrøftelse (referat)</source>
        <translation>Latest annual working environment discussion (minutes)</translation>
    </message>
    <message>
        <source>Udvalgets handleplan</source>
        <translation>The committee&apos;s action plan</translation>
    </message>
    <message>
        <source>Arbejdsmiljøorganisationen</source>
        <translation>The working environment organisation</translation>
    </message>
    <message>
        <source>AMO-medlemmernes uddannelse</source>
        <translation>The AMO members&apos; training</translation>
    </message>
    <message>
        <source>APV, årlige drøftelser og regelgrundlag</source>
        <translation>APV, annual discussions and rules</translation>
    </message>
    <message>
        <source>Forside og indhold</source>
        <translation>Front page and contents</translation>
    </message>
    <message>
        <source>Mappe til Arbejdstilsynet – {0}</source>
        <translation>Folder for the Danish Working Environment Authority – {0}</translation>
    </message>
    <message>
        <source>Mappe til Arbejdstilsynet</source>
        <translation>Folder for the Danish Working Environment Authority</translation>
    </message>
    <message>
        <source>{0} · lavet {1}</source>
        <translation>{0} · made {1}</translation>
    </message>
    <message>
        <source>Arbejdsmiljøarbejdet, som det står i Drøftelse: det seneste referat af den årlige arbejdsmiljødrøftelse, handleplanen, arbejdsmiljøorganisationen og medlemmernes uddannelse, den seneste APV og de regler, programmet følger. Hver del har et bogmærke.</source>
        <translation>The working environment work as it stands in Drøftelse: the latest minutes of the annual working environment discussion, the action plan, the working environment organisation and the members&apos; training, the latest APV and the rules the program follows. Each part has a bookmark.</translation>
    </message>
    <message>
        <source>Indhold</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>side {0}</source>
        <translation>page {0}</translation>
    </message>
    <message>
        <source>side {0}–{1}</source>
        <translation>pages {0}–{1}</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Sider</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>{0} eksempelmøde(r) fra programmets demo er ikke med: de er ikke udvalgets egne.</source>
        <translation>{0} example meeting(s) from the program&apos;s demo are not included: they are not the committee&apos;s own.</translation>
    </message>
    <message>
        <source>Programmet følger: {0} (kontrolleret {1}).</source>
        <translation>The program follows: {0} (checked {1}).</translation>
    </message>
    <message>
        <source>Seneste årlige arbejdsmiljødrøftelse</source>
        <translation>Latest annual working environment discussion</translation>
    </message>
    <message>
        <source>Der er ingen afsluttet årlig arbejdsmiljødrøftelse i programmet. Et referat kommer med, når drøftelsen er holdt og afsluttet.</source>
        <translation>There is no closed annual working environment discussion in the program. Minutes are included once the discussion has been held and closed.</translation>
    </message>
    <message>
        <source>{0} · pr. {1}</source>
        <translation>{0} · as of {1}</translation>
    </message>
    <message>
        <source>Hvem der er med i arbejdsmiljøorganisationen, i hvilken gruppe, med hvilken rolle, og hvordan de ansatte kontakter dem.</source>
        <translation>Who is in the working environment organisation, in which group, with which role, and how the employees contact them.</translation>
    </message>
    <message>
        <source>Antal ansatte: {0}.</source>
        <translation>Number of employees: {0}.</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>(ingen gruppe)</source>
        <translation>(no group)</translation>
    </message>
    <message>
        <source>Gruppe</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Formandskab</source>
        <translation>Chairs</translation>
    </message>
    <message>
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Ingen medlemmer skrevet ind i programmet.</source>
        <translation>No members written into the program.</translation>
    </message>
    <message>
        <source>Arbejdsmiljøgrupper: {0}.</source>
        <translation>Working environment groups: {0}.</translation>
    </message>
    <message>
        <source>{0}. år
{1}–
{2}</source>
        <translation>Year {0}
{1}–
{2}</translation>
    </message>
    <message>
        <source>Den obligatoriske arbejdsmiljøuddannelse (senest 3 måneder efter tiltrædelse), og den supplerende uddannelse i det igangværende funktionsår: de dage, medlemmet har ret til, tilbuddet (det, arbejdsgiveren skal kunne dokumentere), de dage, der er planlagt (kurser skrevet ind som planlagt og kompetenceudviklingsplanen fra den seneste årlige drøftelse), og de dage, der er taget.</source>
        <translation>The mandatory working environment training (at the latest 3 months after taking up office), and the supplementary training in the current year in office: the days the member is entitled to, the offer (what the employer must be able to document), the days planned (courses entered as planned and the competence development plan from the latest annual discussion), and the days taken.</translation>
    </message>
    <message>
        <source>(antaget: valgdatoen)</source>
        <translation>(assumed: the election date)</translation>
    </message>
    <message>
        <source>(2 år lagt sammen)</source>
        <translation>(2 years combined)</translation>
    </message>
    <message>
        <source>Navn og rolle</source>
        <translation>Name and role</translation>
    </message>
    <message>
        <source>Tiltrådt</source>
        <translation>Took up office</translation>
    </message>
    <message>
        <source>Obligatorisk uddannelse</source>
        <translation>Mandatory training</translation>
    </message>
    <message>
        <source>Funktionsår</source>
        <translation>Year in office</translation>
    </message>
    <message>
        <source>Ret til (dage)</source>
        <translation>Entitled to (days)</translation>
    </message>
    <message>
        <source>Tilbud i år</source>
        <translation>Offered this year</translation>
    </message>
    <message>
        <source>Planlagt (dage)</source>
        <translation>Planned (days)</translation>
    </message>
    <message>
        <source>Taget (dage)</source>
        <translation>Taken (days)</translation>
    </message>
    <message>
        <source>Arbejdspladsvurdering (APV)</source>
        <translation>Workplace assessment (APV)</translation>
    </message>
    <message>
        <source>Den seneste APV er dateret {0}. Den skal revideres senest {1}.</source>
        <translation>The latest APV is dated {0}. It must be revised by {1}.</translation>
    </message>
    <message>
        <source>Datoen for den seneste APV er ikke skrevet ind.</source>
        <translation>The date of the latest APV has not been entered.</translation>
    </message>
    <message>
        <source>Årlige arbejdsmiljødrøftelser</source>
        <translation>Annual working environment discussions</translation>
    </message>
    <message>
        <source>Afsluttede årlige drøftelser i programmet, nyeste først: {0}.</source>
        <translation>Closed annual discussions in the program, newest first: {0}.</translation>
    </message>
    <message>
        <source>Ingen afsluttet årlig drøftelse i programmet.</source>
        <translation>No closed annual discussion in the program.</translation>
    </message>
    <message>
        <source>Regelgrundlag</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>Lavet med Drøftelse {0}.</source>
        <translation>Made with Drøftelse {0}.</translation>
    </message>
</context>
<context>
    <name>autosave</name>
    <message>
        <source>databasen er skrivebeskyttet</source>
        <translation>the database is read-only</translation>
    </message>
    <message>
        <source>disken er fuld</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>databasefilen kan ikke nås (er USB-nøglen taget ud?)</source>
        <translation>the database file cannot be reached (was the USB stick removed?)</translation>
    </message>
    <message>
        <source>Teksten kunne ikke gemmes: {0}. Den står stadig i vinduet og gemmes ved næste ændring.</source>
        <translation>The text could not be saved: {0}. It is still in the window and is saved at the next change.</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>Sikkerhedskopien {0} kunne ikke laves: {1}. Intet er gemt dér.</source>
        <translation>The backup {0} could not be made: {1}. Nothing is saved there.</translation>
    </message>
</context>
<context>
    <name>calendar_ics</name>
    <message>
        <source>Årshjul – {0}</source>
        <translation>Year planner – {0}</translation>
    </message>
    <message>
        <source>Overskredet</source>
        <translation>Overdue</translation>
    </message>
</context>
<context>
    <name>change_log_pdf</name>
    <message>
        <source>Ændringslog: {0}</source>
        <translation>Change log: {0}</translation>
    </message>
    <message>
        <source>Først afsluttet {0}; afsluttet {1} gang(e) i alt.</source>
        <translation>First closed {0}; closed {1} time(s) in all.</translation>
    </message>
    <message>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Hvad</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Før</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Efter</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Grund til genåbning</source>
        <translation>Reason for reopening</translation>
    </message>
    <message>
        <source>Bruger</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Intet er ændret, efter at mødet blev afsluttet.</source>
        <translation>Nothing has been changed since the meeting was closed.</translation>
    </message>
    <message>
        <source>Ændringslog</source>
        <translation>Change log</translation>
    </message>
    <message>
        <source>Ændringslog – {0}</source>
        <translation>Change log – {0}</translation>
    </message>
    <message>
        <source>Ændringer efter afslutning af {0}</source>
        <translation>Changes after {0} was closed</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>{0!r} er ikke et mødenummer</source>
        <translation>{0!r} is not a meeting number</translation>
    </message>
    <message>
        <source>{0!r} er ikke et årstal som 2027</source>
        <translation>{0!r} is not a year like 2027</translation>
    </message>
    <message>
        <source>{0!r} er ikke en dato som 2026-11-22</source>
        <translation>{0!r} is not a date like 2026-11-22</translation>
    </message>
    <message>
        <source>Drøftelse: kør kompetencedrøftelsen og den årlige arbejdsmiljødrøftelse, og udskriv handleplanen.</source>
        <translation>Drøftelse: run the competence discussion and the annual working environment discussion, and print the action plan.</translation>
    </message>
    <message>
        <source>vis denne hjælp og afslut</source>
        <translation>show this help and exit</translation>
    </message>
    <message>
        <source>vis versionsnummeret</source>
        <translation>show the version number</translation>
    </message>
    <message>
        <source>sproget: da (dansk) eller en (engelsk); standard: systemets sprog</source>
        <translation>the language: da (Danish) or en (English); default: the system&apos;s language</translation>
    </message>
    <message>
        <source>STI</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>KOMMANDO</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <source>kommandoer</source>
        <translation>commands</translation>
    </message>
    <message>
        <source>opret et udvalg og en udfyldt kompetencedrøftelse at prøve programmet på</source>
        <translation>create a committee and a filled-in competence discussion to try the program on</translation>
    </message>
    <message>
        <source>opret i stedet et udvalg med et års historie og en udfyldt årlig arbejdsmiljødrøftelse</source>
        <translation>instead create a committee with a year&apos;s history and a filled-in annual working environment discussion</translation>
    </message>
    <message>
        <source>vis udvalg og møder med deres numre</source>
        <translation>show committees and meetings with their numbers</translation>
    </message>
    <message>
        <source>indlæs et møde fra en mødefil (JSON) og vis det nye mødes nummer</source>
        <translation>import a meeting from a meeting file (JSON) and show the new meeting&apos;s number</translation>
    </message>
    <message>
        <source>FIL</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>gem et møde som mødefil (JSON)</source>
        <translation>save a meeting as a meeting file (JSON)</translation>
    </message>
    <message>
        <source>MØDE</source>
        <translation>MEETING</translation>
    </message>
    <message>
        <source>mødefilen der skal skrives</source>
        <translation>the meeting file to write</translation>
    </message>
    <message>
        <source>udskriv et mødes handleplan, eller hele udvalgets (--udvalg NR), som PDF, CSV eller Excel</source>
        <translation>print a meeting&apos;s action plan, or the whole committee&apos;s (--udvalg NR), as PDF, CSV or Excel</translation>
    </message>
    <message>
        <source>NR</source>
        <translation>NO</translation>
    </message>
    <message>
        <source>udvalgets handleplan: rækkerne fra alle møder</source>
        <translation>the committee&apos;s action plan: the rows of every meeting</translation>
    </message>
    <message>
        <source>PDF-filen der skal skrives</source>
        <translation>the PDF file to write</translation>
    </message>
    <message>
        <source>CSV-filen der skal skrives (UTF-8, semikolon)</source>
        <translation>the CSV file to write (UTF-8, semicolon)</translation>
    </message>
    <message>
        <source>Excel-filen der skal skrives (kun med --udvalg)</source>
        <translation>the Excel file to write (only with --udvalg)</translation>
    </message>
    <message>
        <source>STATUS,…</source>
        <translation>STATUS,…</translation>
    </message>
    <message>
        <source>kun rækker med disse status: åben, i-gang, gennemført, opgivet eller alle (kun med --udvalg; standard: alt der ikke er udført, og det der er udført i år)</source>
        <translation>only rows with these statuses: åben (open), i-gang (in progress), gennemført (done), opgivet (given up) or alle (all) (only with --udvalg; default: everything not done, and what was done this year)</translation>
    </message>
    <message>
        <source>ÅÅÅÅ</source>
        <translation>YYYY</translation>
    </message>
    <message>
        <source>kun rækker planlagt dette år efter Hvornår (kun med --udvalg)</source>
        <translation>only rows planned for this year by When (only with --udvalg)</translation>
    </message>
    <message>
        <source>lav et udfyldeligt forberedelsesark (PDF) til hver deltager og et blankt til papir</source>
        <translation>make a fillable preparation sheet (PDF) for each participant and a blank one for paper</translation>
    </message>
    <message>
        <source>MAPPE</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <source>mappen arkene gemmes i</source>
        <translation>the folder the sheets are saved in</translation>
    </message>
    <message>
        <source>udskriv referatet af et møde som PDF (årlig arbejdsmiljødrøftelse eller kompetencedrøftelse)</source>
        <translation>print a meeting&apos;s minutes as PDF (annual working environment discussion or competence discussion)</translation>
    </message>
    <message>
        <source>databasefilen (standard: en fil i brugerens datamappe) eller en fælles database: postgresql://bruger@server/database</source>
        <translation>the database file (default: a file in the user&apos;s data folder) or a shared database: postgresql://user@server/database</translation>
    </message>
    <message>
        <source>{0} er ikke et antal ansatte som 8 (1 til 1.000.000)</source>
        <translation>{0} is not a number of employees like 8 (1 to 1,000,000)</translation>
    </message>
    <message>
        <source>DATO</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>arkene afleveres senest denne dato, fx 2026-11-20 (standard: 3 dage før mødet; er den dag nået, ved mødet)</source>
        <translation>the sheets are to be returned by this date, e.g. 2026-11-20 (default: 3 days before the meeting; once that day has come, at the meeting)</translation>
    </message>
    <message>
        <source>arkene afleveres ved mødet</source>
        <translation>the sheets are to be returned at the meeting</translation>
    </message>
    <message>
        <source> Vælg en anden dato med --senest DATO.</source>
        <translation> Choose another date with --senest DATE.</translation>
    </message>
    <message>
        <source>Uden kommando åbner vinduet. »droeftelse FIL« åbner vinduet med en mødefil (.json) eller et udfyldt forberedelses- eller høringsark (.pdf), som et dobbeltklik på filen gør.</source>
        <translation>With no command, the window opens. “droeftelse FILE” opens the window with a meeting file (.json) or a filled-in preparation or hearing sheet (.pdf), as double-clicking the file does.</translation>
    </message>
    <message>
        <source>ANTAL</source>
        <translation>NUMBER</translation>
    </message>
    <message>
        <source>antal ansatte; under 10 (med --aarlig) er der ingen AMO, og drøftelsen holdes med de ansatte</source>
        <translation>number of employees; under 10 (with --aarlig) there is no AMO, and the discussion is held with the employees</translation>
    </message>
    <message>
        <source>lav høringsark (PDF) til de ansatte før den årlige arbejdsmiljødrøftelse</source>
        <translation>make hearing sheets (PDF) for the employees before the annual working environment discussion</translation>
    </message>
    <message>
        <source>hvor mange ark (ét til hver ansat), hvert med sin egen engangskode; pr. arbejdsmiljøgruppe, når der er grupper (standard 1)</source>
        <translation>how many sheets (one for each employee), each with its own one-time code; per arbejdsmiljøgruppe when there are groups (default 1)</translation>
    </message>
    <message>
        <source>lad deltagerne svare fra deres egen telefon: start en webserver på det lokale net og vis mødets links (stop med Ctrl+C)</source>
        <translation>let the participants answer from their own phones: start a web server on the local network and show the meeting&apos;s links (stop with Ctrl+C)</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>den lokale netværksadresse serveren lytter på (standard 127.0.0.1, kun denne maskine); telefonerne skal bruge bærbarens adresse på mødelokalets net</source>
        <translation>the local network address the server listens on (default 127.0.0.1, this machine only); the phones need the laptop&apos;s address on the meeting room&apos;s network</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>standard 8470</source>
        <translation>default 8470</translation>
    </message>
    <message>
        <source>lav (mindst) så mange høringslinks, ét til hver ansat, og vis dem</source>
        <translation>make (at least) this many hearing links, one per employee, and show them</translation>
    </message>
    <message>
        <source>HTTPS med organisationens certifikat (PEM)</source>
        <translation>HTTPS with the organisation&apos;s certificate (PEM)</translation>
    </message>
    <message>
        <source>certifikatets nøgle (PEM)</source>
        <translation>the certificate&apos;s key (PEM)</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>stop serveren efter N sekunder (standard: når der trykkes Ctrl+C)</source>
        <translation>stop the server after N seconds (default: when Ctrl+C is pressed)</translation>
    </message>
    <message>
        <source>indlæs udfyldte forberedelsesark eller høringsark (PDF) i mødet</source>
        <translation>read filled-in preparation sheets or hearing sheets (PDF) into the meeting</translation>
    </message>
    <message>
        <source>når deltageren allerede har tekst i feltet: behold den (standard), erstat den, eller behold begge; for et høringsark, hvis kode allerede er indlæst: erstat det første (ellers afvises det)</source>
        <translation>when the participant already has text in the box: keep it (default), replace it, or keep both; for a hearing sheet whose code has already been read in: replace the first (otherwise it is refused)</translation>
    </message>
    <message>
        <source>udskriv den valgfri kompetenceudviklingsplan fra en årlig arbejdsmiljødrøftelse som PDF</source>
        <translation>print the optional competence development plan of an annual working environment discussion as PDF</translation>
    </message>
    <message>
        <source>udskriv et opslag til de ansatte (én A4-side): årets mål, det der er besluttet, og hvem man kan tale med</source>
        <translation>print a notice for the employees (one A4 page): the year&apos;s goals, what was decided, and whom to talk to</translation>
    </message>
    <message>
        <source>vis udvalgets datoer for de næste 12 måneder (årshjul), eller gem dem som kalenderfil</source>
        <translation>show the committee&apos;s dates for the next 12 months (year planner), or save them as a calendar file</translation>
    </message>
    <message>
        <source>kalenderfilen (.ics) til Outlook eller anden kalender</source>
        <translation>the calendar file (.ics) for Outlook or another calendar</translation>
    </message>
    <message>
        <source>udvalgets nummer (når der er flere)</source>
        <translation>the committee&apos;s number (when there are several)</translation>
    </message>
    <message>
        <source>ÅÅÅÅ-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>regn fra denne dato (standard: i dag)</source>
        <translation>count from this date (default: today)</translation>
    </message>
    <message>
        <source>skriv mappen til Arbejdstilsynet: én PDF med bogmærker med det seneste referat, handleplanen, arbejdsmiljøorganisationen, medlemmernes uddannelse, APV&apos;en og regelgrundlaget</source>
        <translation>write the folder for the Danish Working Environment Authority: one PDF with bookmarks holding the latest minutes, the action plan, the working environment organisation, the members&apos; training, the APV and the rules</translation>
    </message>
    <message>
        <source>mappen PDF&apos;en skrives i</source>
        <translation>the folder the PDF is written in</translation>
    </message>
    <message>
        <source>afslut et møde; en årlig arbejdsmiljødrøftelse kun når alle punkter har en tekst</source>
        <translation>close a meeting; an annual working environment discussion only when every point has a text</translation>
    </message>
    <message>
        <source>FORM</source>
        <translation>FORM</translation>
    </message>
    <message>
        <source>hvordan drøftelsen blev holdt: møde, video eller skriftligt (under 10 ansatte)</source>
        <translation>how the discussion was held: møde (meeting), video or skriftligt (in writing) (under 10 employees)</translation>
    </message>
    <message>
        <source>behold et eksempelmøde fra demoen som udvalgets eget, så det tælles med i årshjulet og handleplanen (de tidligere eksempelmøder og demoens AMO-medlemmer med)</source>
        <translation>keep an example meeting from the demo as the committee&apos;s own, so it counts in the year planner and the action plan (with the earlier example meetings and the demo&apos;s AMO members)</translation>
    </message>
    <message>
        <source>vis hvad der er ændret i et møde, efter at det blev afsluttet (med grunden til genåbningen)</source>
        <translation>show what was changed in a meeting after it was closed (with the reason for reopening)</translation>
    </message>
    <message>
        <source>gem ændringsloggen som PDF</source>
        <translation>save the change log as PDF</translation>
    </message>
    <message>
        <source>kopiér et udvalg med alle dets møder til en anden database (en fil eller en fælles database), kontrolleret</source>
        <translation>copy a committee with all its meetings to another database (a file or a shared database), checked</translation>
    </message>
    <message>
        <source>MÅL</source>
        <translation>TARGET</translation>
    </message>
    <message>
        <source>filen eller postgresql://…</source>
        <translation>the file or postgresql://…</translation>
    </message>
    <message>
        <source>vis alle udvalg: hvis årlige drøftelse er overskredet og deres åbne rækker; eller gem organisationens handleplan (åbne rækker fra alle udvalg)</source>
        <translation>show every committee: whose annual discussion is overdue, and their open rows; or save the organisation&apos;s action plan (open rows of every committee)</translation>
    </message>
    <message>
        <source>organisationens handleplan som PDF</source>
        <translation>the organisation&apos;s action plan as PDF</translation>
    </message>
    <message>
        <source>… som CSV (UTF-8, semikolon)</source>
        <translation>… as CSV (UTF-8, semicolon)</translation>
    </message>
    <message>
        <source>… som Excel-fil</source>
        <translation>… as an Excel file</translation>
    </message>
    <message>
        <source>kontrollér databasen og vis dens skemaversion</source>
        <translation>check the database and show its schema revision</translation>
    </message>
    <message>
        <source>tag en sikkerhedskopi af databasen, vis eller gendan sikkerhedskopier</source>
        <translation>back up the database, list or restore backups</translation>
    </message>
    <message>
        <source>KOPI</source>
        <translation>COPY</translation>
    </message>
    <message>
        <source>læg sikkerhedskopien KOPI tilbage som databasen (den nuværende gemmes først)</source>
        <translation>put the backup COPY back as the database (the current one is kept first)</translation>
    </message>
    <message>
        <source>vis databasens sikkerhedskopier, nyeste først</source>
        <translation>list the database&apos;s backups, newest first</translation>
    </message>
    <message>
        <source>droeftelse: databasen bruges af et andet program; venter op til {0} sekunder …</source>
        <translation>droeftelse: the database is in use by another program; waiting up to {0} seconds …</translation>
    </message>
    <message>
        <source>Møde {0} er allerede udvalgets eget; intet er ændret.</source>
        <translation>Meeting {0} is already the committee&apos;s own; nothing has been changed.</translation>
    </message>
    <message>
        <source>Møde {0} ({1}) er nu udvalgets eget og tælles med i årshjulet og handleplanen.</source>
        <translation>Meeting {0} ({1}) is now the committee&apos;s own and counts in the year planner and the action plan.</translation>
    </message>
    <message>
        <source>De tidligere eksempelmøder, som det bygger på, er også beholdt: {0}.</source>
        <translation>The earlier example meetings it builds on are kept too: {0}.</translation>
    </message>
    <message>
        <source>Demoens {0} AMO-medlemmer er også beholdt.</source>
        <translation>The demo&apos;s {0} AMO members are kept too.</translation>
    </message>
    <message>
        <source>Ændringsloggen er gemt i {0}</source>
        <translation>The change log is saved in {0}</translation>
    </message>
    <message>
        <source>Møde {0} er aldrig afsluttet; der er ingen ændringslog.</source>
        <translation>Meeting {0} has never been closed; there is no change log.</translation>
    </message>
    <message>
        <source>Møde {0}: {1} – først afsluttet {2}, afsluttet {3} gang(e)</source>
        <translation>Meeting {0}: {1} – first closed {2}, closed {3} time(s)</translation>
    </message>
    <message>
        <source>Intet er ændret, efter at mødet blev afsluttet.</source>
        <translation>Nothing has been changed since the meeting was closed.</translation>
    </message>
    <message>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Hvad</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Før</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Efter</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Bruger</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Ingen udvalg endnu. Prøv &apos;droeftelse demo&apos;.</source>
        <translation>No committees yet. Try &apos;droeftelse demo&apos;.</translation>
    </message>
    <message>
        <source>Udvalg {0}: {1}</source>
        <translation>Committee {0}: {1}</translation>
    </message>
    <message>
        <source>afsluttet</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>åben, står ved {0}</source>
        <translation>open, at {0}</translation>
    </message>
    <message>
        <source>EKSEMPEL · {0}</source>
        <translation>EXAMPLE · {0}</translation>
    </message>
    <message>
        <source>        EKSEMPEL: demoens møder tælles ikke med i årshjulet eller handleplanen; &apos;droeftelse behold MØDE&apos; gør et til jeres eget.</source>
        <translation>        EXAMPLE: the demo&apos;s meetings do not count in the year planner or the action plan; &apos;droeftelse behold MEETING&apos; makes one your own.</translation>
    </message>
    <message>
        <source>        (ingen møder)</source>
        <translation>        (no meetings)</translation>
    </message>
    <message>
        <source>Mødet er gemt i {0}</source>
        <translation>The meeting is saved in {0}</translation>
    </message>
    <message>
        <source>Angiv enten et mødenummer (mødets handleplan) eller --udvalg NR (hele udvalgets).</source>
        <translation>Give either a meeting number (the meeting&apos;s action plan) or --udvalg NR (the whole committee&apos;s).</translation>
    </message>
    <message>
        <source>{0} gælder udvalgets handleplan: angiv --udvalg NR i stedet for et møde.</source>
        <translation>{0} is for the committee&apos;s action plan: give --udvalg NR instead of a meeting.</translation>
    </message>
    <message>
        <source>Angiv --pdf FIL og/eller --csv FIL.</source>
        <translation>Give --pdf FILE and/or --csv FILE.</translation>
    </message>
    <message>
        <source>Handleplanen er gemt i {0}</source>
        <translation>The action plan is saved in {0}</translation>
    </message>
    <message>
        <source>Angiv --pdf FIL, --csv FIL og/eller --xlsx FIL.</source>
        <translation>Give --pdf FILE, --csv FILE and/or --xlsx FILE.</translation>
    </message>
    <message>
        <source>{0} række</source>
        <translation>{0} row</translation>
    </message>
    <message>
        <source>{0} rækker</source>
        <translation>{0} rows</translation>
    </message>
    <message>
        <source>Udvalgets handleplan ({0}: {1}) er gemt i {2}</source>
        <translation>The committee&apos;s action plan ({0}: {1}) is saved in {2}</translation>
    </message>
    <message>
        <source>Referatet</source>
        <translation>The minutes</translation>
    </message>
    <message>
        <source>Kompetenceudviklingsplanen</source>
        <translation>The competence development plan</translation>
    </message>
    <message>
        <source>{0} er gemt i {1}</source>
        <translation>{0} saved in {1}</translation>
    </message>
    <message>
        <source>Opslaget til de ansatte er gemt i {0}</source>
        <translation>The notice for the employees is saved in {0}</translation>
    </message>
    <message>
        <source>Der findes intet udvalg med nummer {0}. Se numrene med &apos;droeftelse list&apos;.</source>
        <translation>There is no committee with number {0}. See the numbers with &apos;droeftelse list&apos;.</translation>
    </message>
    <message>
        <source>Der er ingen udvalg i databasen endnu.</source>
        <translation>There are no committees in the database yet.</translation>
    </message>
    <message>
        <source>Der er flere udvalg; vælg et med --udvalg NR: {0}.</source>
        <translation>There are several committees; choose one with --udvalg NR: {0}.</translation>
    </message>
    <message>
        <source>Mappen til Arbejdstilsynet for {0} er gemt i {1}</source>
        <translation>The folder for the Danish Working Environment Authority for {0} is saved in {1}</translation>
    </message>
    <message>
        <source>{0} datoer for {1} er gemt i {2}</source>
        <translation>{0} dates for {1} are saved in {2}</translation>
    </message>
    <message>
        <source>  (overskredet)</source>
        <translation>  (overdue)</translation>
    </message>
    <message>
        <source>Mødet »{0}« er afsluttet. Genåbn det først.</source>
        <translation>The meeting “{0}” is closed. Reopen it first.</translation>
    </message>
    <message>
        <source>Telefonserveren kører på {0} for »{1}«.</source>
        <translation>The phone server runs at {0} for “{1}”.</translation>
    </message>
    <message>
        <source>Almindelig HTTP på det lokale net: det sendte er ikke krypteret undervejs.</source>
        <translation>Plain HTTP on the local network: what is sent is not encrypted on the way.</translation>
    </message>
    <message>
        <source>Mødet: {0}</source>
        <translation>The meeting: {0}</translation>
    </message>
    <message>
        <source>Forberedelse, {0}: {1}</source>
        <translation>Preparation, {0}: {1}</translation>
    </message>
    <message>
        <source> (svaret)</source>
        <translation> (answered)</translation>
    </message>
    <message>
        <source>Høring {0}: {1}{2}</source>
        <translation>Hearing {0}: {1}{2}</translation>
    </message>
    <message>
        <source>{0}: {1} felt(er) fra telefonen havde anden tekst i Drøftelse; begge tekster er beholdt.</source>
        <translation>{0}: {1} box(es) from the phone had other text in Drøftelse; both texts are kept.</translation>
    </message>
    <message>
        <source>Telefonserveren er stoppet.</source>
        <translation>The phone server has stopped.</translation>
    </message>
    <message>
        <source> Brug --ved-konflikt erstat, hvis dette ark skal gælde i stedet.</source>
        <translation> Use --ved-konflikt erstat if this sheet should count instead.</translation>
    </message>
    <message>
        <source>droeftelse: {0}</source>
        <translation>droeftelse: {0}</translation>
    </message>
    <message>
        <source> (erstattede arket med samme engangskode)</source>
        <translation> (replaced the sheet with the same one-time code)</translation>
    </message>
    <message>
        <source>; {0} felt(er) havde allerede tekst og er beholdt (se --ved-konflikt)</source>
        <translation>; {0} field(s) already had text and were kept (see --ved-konflikt)</translation>
    </message>
    <message>
        <source>{0}: {1} – {2} felt(er) indlæst{3}</source>
        <translation>{0}: {1} – {2} field(s) imported{3}</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <source>Fejl: {0}</source>
        <translation>Error: {0}</translation>
    </message>
    <message>
        <source>Skemaversion: {0}</source>
        <translation>Schema revision: {0}</translation>
    </message>
    <message>
        <source>Hvad I kan gøre: {0}. Filen er ikke ændret.</source>
        <translation>What you can do: {0}. The file has not been changed.</translation>
    </message>
    <message>
        <source>Integritet: ok</source>
        <translation>Integrity: ok</translation>
    </message>
    <message>
        <source>Angiv enten en fil at gemme kopien i, eller --gendan/--liste.</source>
        <translation>Give either a file to save the copy in, or --gendan/--liste.</translation>
    </message>
    <message>
        <source>Angiv filen, sikkerhedskopien skal gemmes i: droeftelse backup FIL.</source>
        <translation>Give the file to save the backup in: droeftelse backup FILE.</translation>
    </message>
    <message>
        <source>Sikkerhedskopien er gemt i {0}</source>
        <translation>The backup is saved in {0}</translation>
    </message>
    <message>
        <source>En fælles database på en server har ingen sikkerhedskopier her: dem tager serveren.</source>
        <translation>A shared database on a server has no backups here: the server takes them.</translation>
    </message>
    <message>
        <source>Sikkerhedskopien {0} er lagt tilbage som {1}.</source>
        <translation>The backup {0} has been put back as {1}.</translation>
    </message>
    <message>
        <source>Den fil, der lå der før, er gemt som {0}.</source>
        <translation>The file that was there before is kept as {0}.</translation>
    </message>
    <message>
        <source>Ingen sikkerhedskopier endnu.</source>
        <translation>No backups yet.</translation>
    </message>
    <message>
        <source>kan ikke læses</source>
        <translation>cannot be read</translation>
    </message>
    <message>
        <source>der er ikke mere plads på enheden</source>
        <translation>there is no more space on the device</translation>
    </message>
    <message>
        <source>droeftelse: kommandoens uddata kunne ikke skrives: {0}.</source>
        <translation>droeftelse: the command&apos;s output could not be written: {0}.</translation>
    </message>
    <message>
        <source>droeftelse: der skete en uventet fejl. Detaljerne er skrevet i {0}</source>
        <translation>droeftelse: an unexpected error happened. The details are written in {0}</translation>
    </message>
    <message>
        <source>(logfilen kunne ikke skrives)</source>
        <translation>(the log file could not be written)</translation>
    </message>
</context>
<context>
    <name>committee_copy</name>
    <message>
        <source>Kilden og målet er den samme database. Intet er kopieret.</source>
        <translation>The source and the target are the same database. Nothing is copied.</translation>
    </message>
    <message>
        <source>Der findes intet udvalg med nummer {0} i kildedatabasen.</source>
        <translation>There is no committee number {0} in the source database.</translation>
    </message>
    <message>
        <source>Måldatabasen kan ikke ændres ({0}). Intet er kopieret.</source>
        <translation>The target database cannot be changed ({0}). Nothing is copied.</translation>
    </message>
    <message>
        <source>Måldatabasen afviste en række ({0}). Intet er kopieret.</source>
        <translation>The target database refused a row ({0}). Nothing is copied.</translation>
    </message>
    <message>
        <source>En række i {0} peger uden for udvalget ({1} = {2}). Intet er kopieret.</source>
        <translation>A row in {0} points outside the committee ({1} = {2}). Nothing is copied.</translation>
    </message>
    <message>
        <source>Kontrollen af {0} fejlede ({1} af {2} rækker, kontrolsum {3} i stedet for {4}). Intet er kopieret.</source>
        <translation>The check of {0} failed ({1} of {2} rows, checksum {3} instead of {4}). Nothing is copied.</translation>
    </message>
</context>
<context>
    <name>committee_pdf</name>
    <message>
        <source>{0} række</source>
        <translation>{0} row</translation>
    </message>
    <message>
        <source>{0} rækker</source>
        <translation>{0} rows</translation>
    </message>
    <message>
        <source>{0} møde</source>
        <translation>{0} meeting</translation>
    </message>
    <message>
        <source>{0} møder</source>
        <translation>{0} meetings</translation>
    </message>
    <message>
        <source>{0} fra {1}</source>
        <translation>{0} from {1}</translation>
    </message>
    <message>
        <source>APV-handleplan</source>
        <translation>APV action plan</translation>
    </message>
    <message>
        <source>{0} · udskrevet {1}</source>
        <translation>{0} · printed {1}</translation>
    </message>
    <message>
        <source>Regelgrundlag pr. {0}: {1}.</source>
        <translation>Rules as of {0}: {1}.</translation>
    </message>
    <message>
        <source>APV-handleplan · udskrevet {0}</source>
        <translation>APV action plan · printed {0}</translation>
    </message>
    <message>
        <source>Udvalgets APV-handleplan</source>
        <translation>The committee&apos;s APV action plan</translation>
    </message>
    <message>
        <source>APV-handleplan – {0}</source>
        <translation>APV action plan – {0}</translation>
    </message>
    <message>
        <source>Udvalgets APV-handleplan, udskrevet {0}: {1}</source>
        <translation>The committee&apos;s APV action plan, printed {0}: {1}</translation>
    </message>
    <message>
        <source>Ingen rækker i handleplanen passer til valget.</source>
        <translation>No rows in the action plan match the choice.</translation>
    </message>
</context>
<context>
    <name>committee_plan</name>
    <message>
        <source>Angiv mindst én status, fx --status åben,i-gang.</source>
        <translation>Give at least one status, e.g. --status åben,i-gang.</translation>
    </message>
    <message>
        <source>Ukendt status »{0}«. Brug åben, i-gang, gennemført eller opgivet (adskilt af komma), eller alle.</source>
        <translation>Unknown status “{0}”. Use åben, i-gang, gennemført or opgivet (separated by commas), or alle.</translation>
    </message>
    <message>
        <source>Møde {0} hører ikke til udvalget {1}.</source>
        <translation>Meeting {0} does not belong to the committee {1}.</translation>
    </message>
</context>
<context>
    <name>committee_plan_page</name>
    <message>
        <source>Til opslag: ikke udført, og udført i {0}</source>
        <translation>For the notice board: not done, and done in {0}</translation>
    </message>
    <message>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Åben og i gang</source>
        <translation>Open and in progress</translation>
    </message>
</context>
<context>
    <name>committee_xlsx</name>
    <message>
        <source> … [afkortet: Excel rummer højst 32.767 tegn i en celle – hele teksten står i PDF&apos;en og CSV-filen]</source>
        <translation> … [cut: Excel holds at most 32,767 characters in a cell – the whole text is in the PDF and the CSV file]</translation>
    </message>
    <message>
        <source>Handleplan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Om planen</source>
        <translation>About the plan</translation>
    </message>
    <message>
        <source>Udvalg</source>
        <translation>Committee</translation>
    </message>
    <message>
        <source>Udskrevet</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Viser</source>
        <translation>Shows</translation>
    </message>
    <message>
        <source>Rækker</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Godkendes af</source>
        <translation>To be approved by</translation>
    </message>
    <message>
        <source>Regelgrundlag</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>{0} (pr. {1})</source>
        <translation>{0} (as of {1})</translation>
    </message>
    <message>
        <source>APV-handleplan – {0}</source>
        <translation>APV action plan – {0}</translation>
    </message>
</context>
<context>
    <name>competence_plan_pdf</name>
    <message>
        <source>Den supplerende arbejdsmiljøuddannelse</source>
        <translation>The supplementary working environment training</translation>
    </message>
    <message>
        <source>AMO&apos;s medlemmer og deres uddannelse</source>
        <translation>The AMO&apos;s members and their training</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Obligatorisk uddannelse</source>
        <translation>Mandatory training</translation>
    </message>
    <message>
        <source>Supplerende: ret til i år (dage)</source>
        <translation>Supplementary: entitled this year (days)</translation>
    </message>
    <message>
        <source>Supplerende: brugt i år (dage)</source>
        <translation>Supplementary: used this year (days)</translation>
    </message>
    <message>
        <source>Sagkundskab om arbejdsmiljø</source>
        <translation>Expertise on the working environment</translation>
    </message>
    <message>
        <source>Kompetenceudviklingsplan (valgfri)</source>
        <translation>Competence development plan (optional)</translation>
    </message>
    <message>
        <source>(Ingen tekst.)</source>
        <translation>(No text.)</translation>
    </message>
    <message>
        <source>Kompetenceudviklingsplan (valgfri) fra {0}</source>
        <translation>Competence development plan (optional) from {0}</translation>
    </message>
    <message>
        <source>Ingen medlemmer skrevet ind.</source>
        <translation>No members written.</translation>
    </message>
    <message>
        <source> (antaget)</source>
        <translation> (assumed)</translation>
    </message>
    <message>
        <source>Tiltrådt</source>
        <translation>Took up office</translation>
    </message>
    <message>
        <source>Tilbud i år</source>
        <translation>Offered this year</translation>
    </message>
    <message>
        <source>Den obligatoriske uddannelse tages senest 3 måneder efter tiltrædelse. Supplerende arbejdsmiljøuddannelse: 2 dage i det første funktionsår, tilbudt inden 9 måneder efter den obligatoriske uddannelse; derefter 1½ dag om året, tilbudt i funktionsåret. Ubrugte dage bortfalder ved funktionsårets udgang, medmindre to af de følgende års dage skriftligt er aftalt lagt sammen til 3 dage. Arbejdsgiveren skal kunne dokumentere tilbuddet.</source>
        <translation>The mandatory training is taken at the latest 3 months after taking up office. Supplementary working environment training: 2 days in the first year in office, offered within 9 months of the mandatory training; after that 1½ days a year, offered within the year in office. Unused days lapse at the end of the year in office, unless it has been agreed in writing to combine two of the following years&apos; days into 3 days. The employer must be able to document the offer.</translation>
    </message>
    <message>
        <source>Hvem</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Hvilken uddannelse</source>
        <translation>Which training</translation>
    </message>
    <message>
        <source>Hvornår</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Dage</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Ingen planlagt uddannelse.</source>
        <translation>No training planned.</translation>
    </message>
    <message>
        <source>Kompetenceudviklingsplan for AMO&apos;s medlemmer</source>
        <translation>Competence development plan for the AMO&apos;s members</translation>
    </message>
    <message>
        <source>Et valgfrit hjælpemiddel: siden 1. februar 2024 kræver reglerne ikke en skriftlig kompetenceudviklingsplan. Drøftelsen af medlemmernes supplerende arbejdsmiljøuddannelse og af sagkundskaben står i referatet under punkt 6.</source>
        <translation>An optional aid: since 1 February 2024 the rules no longer require a written competence development plan. The discussion of the members&apos; supplementary working environment training and of the expertise is in the minutes under point 6.</translation>
    </message>
    <message>
        <source>Kompetenceudviklingsplan – {0}</source>
        <translation>Competence development plan – {0}</translation>
    </message>
    <message>
        <source>Kompetenceudviklingsplan</source>
        <translation>Competence development plan</translation>
    </message>
</context>
<context>
    <name>database</name>
    <message>
        <source>{0} findes allerede; vælg et andet filnavn.</source>
        <translation>{0} already exists; choose another file name.</translation>
    </message>
    <message>
        <source>Databasen {0} er åben i et andet program (fx et Drøftelse-vindue). Luk det først, og gendan så sikkerhedskopien igen. Intet er ændret.</source>
        <translation>The database {0} is open in another program (a Drøftelse window, say). Close it first, then restore the backup again. Nothing has been changed.</translation>
    </message>
    <message>
        <source>{0} er en mappe, ikke en databasefil.</source>
        <translation>{0} is a folder, not a database file.</translation>
    </message>
    <message>
        <source>Databasen {0} kan ikke læses: {1}.</source>
        <translation>The database {0} cannot be read: {1}.</translation>
    </message>
    <message>
        <source>{0} er ikke en Drøftelse-database (filen er ikke en SQLite-database). Filen er ikke ændret.</source>
        <translation>{0} is not a Drøftelse database (the file is not an SQLite database). The file is not changed.</translation>
    </message>
    <message>
        <source>Databasen {0} er beskadiget og kan ikke åbnes. Filen er ikke ændret.</source>
        <translation>The database {0} is damaged and cannot be opened. The file is not changed.</translation>
    </message>
    <message>
        <source>Databasen {0} kan ikke åbnes: {1}.</source>
        <translation>The database {0} cannot be opened: {1}.</translation>
    </message>
    <message>
        <source>{0} er en SQLite-database fra et andet program, ikke fra Drøftelse. Filen er ikke ændret.</source>
        <translation>{0} is an SQLite database from another program, not from Drøftelse. The file is not changed.</translation>
    </message>
    <message>
        <source>{0} mangler sin skemaversion og kan ikke åbnes sikkert. Filen er ikke ændret.</source>
        <translation>{0} lacks its schema revision and cannot be opened safely. The file is not changed.</translation>
    </message>
    <message>
        <source>{0} er gemt af en nyere version af Drøftelse (skemaversion {1}). Opdatér programmet for at åbne den. Filen er ikke ændret.</source>
        <translation>{0} was saved by a newer version of Drøftelse (schema revision {1}). Update the program to open it. The file is not changed.</translation>
    </message>
    <message>
        <source>Databasen {0} findes ikke og kan ikke oprettes: {1}.</source>
        <translation>The database {0} does not exist and cannot be created: {1}.</translation>
    </message>
    <message>
        <source>Databasen {0} er fra en ældre version af Drøftelse og skal opgraderes, men den kan ikke ændres ({1}). Filen er ikke ændret.</source>
        <translation>The database {0} is from an older version of Drøftelse and must be upgraded, but it cannot be changed ({1}). The file is not changed.</translation>
    </message>
    <message>
        <source>Mappen {0} kan ikke oprettes: {1}.</source>
        <translation>The folder {0} cannot be created: {1}.</translation>
    </message>
</context>
<context>
    <name>database_target</name>
    <message>
        <source>Databasens navn er tomt. Skriv stien til en databasefil eller en adresse.</source>
        <translation>The database&apos;s name is empty. Write the path of a database file or an address.</translation>
    </message>
    <message>
        <source>»-« er ikke en database: Drøftelse kan ikke læse databasen fra standardinput. Skriv stien til en databasefil, fx udvalg.sqlite.</source>
        <translation>»-« is not a database: Drøftelse cannot read the database from standard input. Write the path of a database file, e.g. udvalg.sqlite.</translation>
    </message>
    <message>
        <source>Stien {0} indeholder et usynligt styretegn (fx et linjeskift), og det er næppe den fil, der menes. Skriv stien igen. Intet er oprettet.</source>
        <translation>The path {0} contains an invisible control character (such as a line break), and is hardly the file meant. Write the path again. Nothing was created.</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>d. MMMM yyyy</source>
        <translation>d MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <source>{0} er for stor til at være en mødefil ({1} MB).</source>
        <translation>{0} is too big to be a meeting file ({1} MB).</translation>
    </message>
    <message>
        <source>Filen {0} findes ikke.</source>
        <translation>The file {0} does not exist.</translation>
    </message>
    <message>
        <source>{0} er en mappe, ikke en mødefil.</source>
        <translation>{0} is a folder, not a meeting file.</translation>
    </message>
    <message>
        <source>Filen {0} kan ikke læses: {1}.</source>
        <translation>The file {0} cannot be read: {1}.</translation>
    </message>
    <message>
        <source>{0} er ikke en mødefil fra Drøftelse (ikke UTF-8-tekst).</source>
        <translation>{0} is not a meeting file from Drøftelse (not UTF-8 text).</translation>
    </message>
    <message>
        <source>{0} er ikke en gyldig mødefil: JSON-fejl i linje {1}, kolonne {2}.</source>
        <translation>{0} is not a valid meeting file: JSON error in line {1}, column {2}.</translation>
    </message>
    <message>
        <source>{0} er ikke en gyldig mødefil: {1}.</source>
        <translation>{0} is not a valid meeting file: {1}.</translation>
    </message>
    <message>
        <source>Filen er ikke en mødefil fra Drøftelse (format skal være {0!r}).</source>
        <translation>The file is not a meeting file from Drøftelse (format must be {0!r}).</translation>
    </message>
    <message>
        <source>Mødefilen har en fejl: {0}</source>
        <translation>The meeting file has an error: {0}</translation>
    </message>
    <message>
        <source>Mødefilen har en fejl: {0}: {1}</source>
        <translation>The meeting file has an error: {0}: {1}</translation>
    </message>
    <message>
        <source>mødetypen {0!r} kendes ikke (kendte: {1})</source>
        <translation>the kind of meeting {0!r} is not known (known: {1})</translation>
    </message>
    <message>
        <source>trinnet {0!r} findes ikke i skabelonen</source>
        <translation>the step {0!r} does not exist in the template</translation>
    </message>
    <message>
        <source>{0!r} bruges af to deltagere</source>
        <translation>{0!r} is used by two participants</translation>
    </message>
    <message>
        <source>{0!r} er ikke en af deltagerne</source>
        <translation>{0!r} is not one of the participants</translation>
    </message>
    <message>
        <source>trinnet {0!r} findes ikke i skabelonen {1}</source>
        <translation>the step {0!r} does not exist in the template {1}</translation>
    </message>
    <message>
        <source>feltet {0!r} findes ikke i trinnet {1!r}</source>
        <translation>the field {0!r} does not exist in the step {1!r}</translation>
    </message>
    <message>
        <source>samme felt står to gange for samme deltager</source>
        <translation>the same field appears twice for the same participant</translation>
    </message>
    <message>
        <source>{0}: det er et høringsark. Indlæs det på trinnet Høring.</source>
        <translation>{0}: this is a hearing sheet. Read it in on the Hearing step.</translation>
    </message>
    <message>
        <source>{0}: arket hører ikke til et møde i denne database. Åbn den database, arket er lavet fra, og indlæs det dér.</source>
        <translation>{0}: the sheet does not belong to a meeting in this database. Open the database the sheet was made from, and import it there.</translation>
    </message>
</context>
<context>
    <name>exporting</name>
    <message>
        <source>Referatet</source>
        <translation>The minutes</translation>
    </message>
    <message>
        <source>Referat</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Kompetenceudviklingsplanen</source>
        <translation>The competence development plan</translation>
    </message>
    <message>
        <source>Kompetenceudviklingsplan</source>
        <translation>Competence development plan</translation>
    </message>
    <message>
        <source>CSV til Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Handleplanen som PDF eller CSV</source>
        <translation>The action plan as PDF or CSV</translation>
    </message>
    <message>
        <source>Handleplanen kan ikke laves</source>
        <translation>The action plan cannot be made</translation>
    </message>
    <message>
        <source>Gem handleplan</source>
        <translation>Save action plan</translation>
    </message>
    <message>
        <source>Handleplan – {0}{1}</source>
        <translation>Action plan – {0}{1}</translation>
    </message>
    <message>
        <source>Handleplanen</source>
        <translation>The action plan</translation>
    </message>
    <message>
        <source>Opslag til de ansatte – {0}</source>
        <translation>Notice for the employees – {0}</translation>
    </message>
    <message>
        <source>Opslaget</source>
        <translation>The notice</translation>
    </message>
    <message>
        <source>Gem {0}</source>
        <translation>Save {0}</translation>
    </message>
    <message>
        <source>{0} er gemt i {1}</source>
        <translation>{0} saved in {1}</translation>
    </message>
    <message>
        <source>Den er åbnet i jeres PDF-læser.</source>
        <translation>It is open in your PDF reader.</translation>
    </message>
    <message>
        <source>{0} er gemt i {1}, men kunne ikke åbnes: der er intet program til PDF-filer på denne computer.</source>
        <translation>{0} saved in {1}, but could not be opened: there is no program for PDF files on this computer.</translation>
    </message>
    <message>
        <source>Installér en PDF-læser (fx Evince eller Okular), eller åbn filen fra mappen på en anden computer.</source>
        <translation>Install a PDF reader (e.g. Evince or Okular), or open the file from the folder on another computer.</translation>
    </message>
    <message>
        <source>{0} kunne ikke gemmes</source>
        <translation>{0} could not be saved</translation>
    </message>
    <message>
        <source>{0} blev ikke gemt (annulleret).</source>
        <translation>{0} was not saved (cancelled).</translation>
    </message>
    <message>
        <source>Gemmer {0} …</source>
        <translation>Saving {0} …</translation>
    </message>
</context>
<context>
    <name>exports</name>
    <message>
        <source>Møde {0} er ikke en årlig arbejdsmiljødrøftelse, så det har {1}. Handleplanen udskrives med &apos;droeftelse handleplan&apos;, referatet med &apos;droeftelse referat&apos;.</source>
        <translation>Meeting {0} is not an annual working environment discussion, so it has {1}. The action plan is printed with &apos;droeftelse handleplan&apos;, the minutes with &apos;droeftelse referat&apos;.</translation>
    </message>
    <message>
        <source>Mappen {0} kan ikke oprettes: {1}.</source>
        <translation>The folder {0} cannot be created: {1}.</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Mødets titel</source>
        <translation>The meeting&apos;s title</translation>
    </message>
    <message>
        <source>Stedet</source>
        <translation>The place</translation>
    </message>
    <message>
        <source>Datoen</source>
        <translation>The date</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>The forum</translation>
    </message>
    <message>
        <source>Formen</source>
        <translation>The form</translation>
    </message>
    <message>
        <source>Punkternes rækkefølge</source>
        <translation>The order of the points</translation>
    </message>
    <message>
        <source>Dagsordenens minutter</source>
        <translation>The agenda&apos;s minutes</translation>
    </message>
    <message>
        <source>Minutter pr. taler</source>
        <translation>Minutes per speaker</translation>
    </message>
    <message>
        <source>Hvem der har ordet</source>
        <translation>Who has the floor</translation>
    </message>
    <message>
        <source>Deltagerens navn</source>
        <translation>The participant&apos;s name</translation>
    </message>
    <message>
        <source>Deltagerens rolle</source>
        <translation>The participant&apos;s role</translation>
    </message>
    <message>
        <source>Til stede</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Formandskab</source>
        <translation>Chairs</translation>
    </message>
    <message>
        <source>Referent</source>
        <translation>Note-taker</translation>
    </message>
    <message>
        <source>Rækkefølgen i runden</source>
        <translation>The order of the round</translation>
    </message>
    <message>
        <source>Målet</source>
        <translation>The goal</translation>
    </message>
    <message>
        <source>Vurderingen</source>
        <translation>The verdict</translation>
    </message>
    <message>
        <source>Kommentaren til vurderingen</source>
        <translation>The comment on the verdict</translation>
    </message>
    <message>
        <source>Virkede det?</source>
        <translation>Did it work?</translation>
    </message>
    <message>
        <source>Noten til Virkede det?</source>
        <translation>The note on Did it work?</translation>
    </message>
    <message>
        <source>Hvem? i kompetenceudviklingsplanen</source>
        <translation>Who? in the competence development plan</translation>
    </message>
    <message>
        <source>Hvad? i kompetenceudviklingsplanen</source>
        <translation>What? in the competence development plan</translation>
    </message>
    <message>
        <source>Hvornår? i kompetenceudviklingsplanen</source>
        <translation>When? in the competence development plan</translation>
    </message>
    <message>
        <source>Dage i kompetenceudviklingsplanen</source>
        <translation>Days in the competence development plan</translation>
    </message>
    <message>
        <source>Medlemmets navn</source>
        <translation>The member&apos;s name</translation>
    </message>
    <message>
        <source>Medlemmets rolle</source>
        <translation>The member&apos;s role</translation>
    </message>
    <message>
        <source>Valgt/udpeget</source>
        <translation>Elected/appointed</translation>
    </message>
    <message>
        <source>Tiltrådt</source>
        <translation>Took up office</translation>
    </message>
    <message>
        <source>Tiltrædelsen (antaget)</source>
        <translation>Taking up office (assumed)</translation>
    </message>
    <message>
        <source>Fratrådt</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Gruppen</source>
        <translation>The group</translation>
    </message>
    <message>
        <source>Kontakten</source>
        <translation>The contact</translation>
    </message>
    <message>
        <source>Den obligatoriske uddannelse</source>
        <translation>The mandatory training</translation>
    </message>
    <message>
        <source>Kurset</source>
        <translation>The course</translation>
    </message>
    <message>
        <source>Kursets dato</source>
        <translation>The course&apos;s date</translation>
    </message>
    <message>
        <source>Kursets dage</source>
        <translation>The course&apos;s days</translation>
    </message>
    <message>
        <source>Svaret på tilbuddet</source>
        <translation>The answer to the offer</translation>
    </message>
    <message>
        <source>Høringsspørgsmålene</source>
        <translation>The hearing questions</translation>
    </message>
</context>
<context>
    <name>file_access</name>
    <message>
        <source>filen er skrivebeskyttet</source>
        <translation>the file is read-only</translation>
    </message>
    <message>
        <source>filen ligger på et drev, der kun kan læses</source>
        <translation>the file is on a drive that can only be read</translation>
    </message>
    <message>
        <source>disken er fuld</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>mappen {0} ligger på et drev, der kun kan læses</source>
        <translation>the folder {0} is on a drive that can only be read</translation>
    </message>
    <message>
        <source>mappen {0} er skrivebeskyttet</source>
        <translation>the folder {0} is read-only</translation>
    </message>
    <message>
        <source>der kan ikke oprettes filer i mappen {0} (fejl {1})</source>
        <translation>files cannot be created in the folder {0} (error {1})</translation>
    </message>
    <message>
        <source>filen må ikke læses af denne bruger</source>
        <translation>this user may not read the file</translation>
    </message>
    <message>
        <source>SQLite kan ikke åbne den</source>
        <translation>SQLite cannot open it</translation>
    </message>
</context>
<context>
    <name>hand_in</name>
    <message>
        <source>Afleveringsdatoen {0} er allerede passeret. Vælg i dag eller en senere dag, eller »ved mødet«.</source>
        <translation>The return date {0} has already passed. Choose today or a later day, or “at the meeting”.</translation>
    </message>
    <message>
        <source>Afleveringsdatoen {0} ligger efter mødet ({1}). Vælg en dag før mødet.</source>
        <translation>The return date {0} is after the meeting ({1}). Choose a day before the meeting.</translation>
    </message>
    <message>
        <source>Mødet blev holdt {0}; arkene kan ikke bede om at blive afleveret ved det.</source>
        <translation>The meeting was held on {0}; the sheets cannot ask to be returned at it.</translation>
    </message>
    <message>
        <source>Mødet blev holdt {0}: arkene beder ikke om at blive afleveret en bestemt dag.</source>
        <translation>The meeting was held on {0}: the sheets do not ask to be returned by a particular day.</translation>
    </message>
    <message>
        <source>Den sædvanlige afleveringsdato, {0}, er {1}: arkene siger »Aflever arket ved mødet«.</source>
        <translation>The usual return date, {0}, is {1}: the sheets say “Return the sheet at the meeting”.</translation>
    </message>
    <message>
        <source>i dag</source>
        <translation>today</translation>
    </message>
    <message>
        <source>passeret</source>
        <translation>past</translation>
    </message>
</context>
<context>
    <name>handleplan_model</name>
    <message>
        <source>Feltet er ændret af en anden</source>
        <translation>The field was changed by someone else</translation>
    </message>
    <message>
        <source>Mens du rettede »{0}«, blev feltet ændret et andet sted (fx af den anden formand på den fælles database). Intet er overskrevet endnu. Hvad skal gemmes?</source>
        <translation>While you were editing “{0}”, the field was changed elsewhere (e.g. by the other chair on the shared database). Nothing is overwritten yet. What should be saved?</translation>
    </message>
</context>
<context>
    <name>handleplan_pdf</name>
    <message>
        <source>Handleplan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Regelgrundlag pr. {0}: {1}.</source>
        <translation>Rules as of {0}: {1}.</translation>
    </message>
    <message>
        <source>APV-handleplan</source>
        <translation>APV action plan</translation>
    </message>
    <message>
        <source>Handleplan – {0}</source>
        <translation>Action plan – {0}</translation>
    </message>
    <message>
        <source>APV-handleplan fra {0} {1}</source>
        <translation>APV action plan from {0} {1}</translation>
    </message>
    <message>
        <source>Ingen rækker i handleplanen endnu.</source>
        <translation>No rows in the action plan yet.</translation>
    </message>
</context>
<context>
    <name>hearing</name>
    <message>
        <source>{0} har ingen høring af de ansatte.</source>
        <translation>{0} has no hearing of the employees.</translation>
    </message>
    <message>
        <source>Mødet »{0}« er afsluttet; {1}. Genåbn mødet først.</source>
        <translation>The meeting “{0}” is closed; {1}. Reopen the meeting first.</translation>
    </message>
    <message>
        <source>spørgsmålene kan ikke ændres</source>
        <translation>the questions cannot be changed</translation>
    </message>
    <message>
        <source>arbejdsmiljøgrupperne kan ikke ændres</source>
        <translation>the working environment groups cannot be changed</translation>
    </message>
    <message>
        <source>Antallet af høringsark skal være mellem 1 og {0}.</source>
        <translation>The number of hearing sheets must be between 1 and {0}.</translation>
    </message>
    <message>
        <source>der kan ikke laves høringsark til det</source>
        <translation>no hearing sheets can be made for it</translation>
    </message>
    <message>
        <source>Før den årlige arbejdsmiljødrøftelse vil arbejdsmiljøorganisationen gerne høre, hvad du mener. Svar på de spørgsmål, du har noget at sige til – kort eller langt. Du skal ikke skrive dit navn.</source>
        <translation>Before the annual working environment discussion the working environment organisation would like to hear what you think. Answer the questions you have something to say about – briefly or at length. You need not write your name.</translation>
    </message>
    <message>
        <source>Punkt {0} · {1}: {2}</source>
        <translation>Point {0} · {1}: {2}</translation>
    </message>
    <message>
        <source>Høringsark</source>
        <translation>Hearing sheet</translation>
    </message>
    <message>
        <source>{0} – ark {1}</source>
        <translation>{0} – sheet {1}</translation>
    </message>
    <message>
        <source>{0}: høringsarket er lavet, før hvert ark fik sin egen engangskode, og kan derfor ikke tælles sikkert én gang. Lav nye høringsark (droeftelse hoering) og del dem ud igen. Intet er indlæst.</source>
        <translation>{0}: the hearing sheet was made before each sheet had its own one-time code, so it cannot safely be counted only once. Make new hearing sheets (droeftelse hoering) and hand them out again. Nothing has been read in.</translation>
    </message>
    <message>
        <source>{0}: arket kan ikke bekræftes som et høringsark fra dette møde – det skjulte mærke er ændret eller ikke lavet af Drøftelse. Intet er indlæst.</source>
        <translation>{0}: the sheet cannot be confirmed as a hearing sheet of this meeting – the hidden mark is changed or not made by Drøftelse. Nothing is read in.</translation>
    </message>
    <message>
        <source>{0}: høringsarket hører til et andet møde end »{1}«. Intet er indlæst.</source>
        <translation>{0}: the hearing sheet belongs to another meeting than “{1}”. Nothing is read in.</translation>
    </message>
    <message>
        <source>{0}: arket kan ikke bekræftes som et høringsark fra dette møde – det skjulte mærke eller arkets engangskode er ændret. Intet er indlæst.</source>
        <translation>{0}: the sheet cannot be confirmed as a hearing sheet of this meeting – the hidden mark or the sheet&apos;s one-time code has been changed. Nothing has been read in.</translation>
    </message>
    <message>
        <source>{0}: høringsarkets mærke kan ikke læses. Intet er indlæst.</source>
        <translation>{0}: the hearing sheet&apos;s mark cannot be read. Nothing is read in.</translation>
    </message>
    <message>
        <source>høringsark kan ikke indlæses i det</source>
        <translation>hearing sheets cannot be read into it</translation>
    </message>
    <message>
        <source>{0}: høringsarket er ikke udfyldt – der er intet at indlæse.</source>
        <translation>{0}: the hearing sheet is not filled in – there is nothing to read in.</translation>
    </message>
    <message>
        <source>{0}: et høringsark med samme engangskode er allerede indlæst – hvert ark tæller kun én gang. Det først indlæste gælder; intet er indlæst fra denne fil.</source>
        <translation>{0}: a hearing sheet with the same one-time code has already been read in – each sheet counts only once. The one read in first counts; nothing has been read in from this file.</translation>
    </message>
    <message>
        <source>høringssvar kan ikke fjernes</source>
        <translation>hearing answers cannot be removed</translation>
    </message>
    <message>
        <source>Skriv mellem {0} og {1} spørgsmål (der er {2}).</source>
        <translation>Write between {0} and {1} questions (there are {2}).</translation>
    </message>
    <message>
        <source>Spørgsmål {0} er tomt. Skriv det, eller fjern det.</source>
        <translation>Question {0} is empty. Write it, or remove it.</translation>
    </message>
    <message>
        <source>Spørgsmål {0} er {1}. Det er ikke gemt.</source>
        <translation>Question {0} is {1}. It is not saved.</translation>
    </message>
    <message>
        <source>Spørgsmål {0} skal høre til et af de seks punkter.</source>
        <translation>Question {0} must belong to one of the six points.</translation>
    </message>
    <message>
        <source>Der kan højst laves ark til {0} arbejdsmiljøgrupper (der er {1}).</source>
        <translation>Sheets can be made for at most {0} working environment groups (there are {1}).</translation>
    </message>
    <message>
        <source>Gruppens navn er {0}. Det er ikke gemt.</source>
        <translation>The group&apos;s name is {0}. It is not saved.</translation>
    </message>
    <message>
        <source>{0}: svaret på »{1}« er {2}. Intet er indlæst.</source>
        <translation>{0}: the answer to “{1}” is {2}. Nothing is read in.</translation>
    </message>
    <message>
        <source>for langt ({0} tegn; højst {1})</source>
        <translation>too long ({0} characters; at most {1})</translation>
    </message>
    <message>
        <source>{0}: det er et forberedelsesark, ikke et høringsark. Indlæs det på trinnet Forberedelse.</source>
        <translation>{0}: this is a preparation sheet, not a hearing sheet. Read it in on the Preparation step.</translation>
    </message>
    <message>
        <source>Punkt {0} · {1}</source>
        <translation>Point {0} · {1}</translation>
    </message>
</context>
<context>
    <name>limits</name>
    <message>
        <source>{0} er for lang ({1} tegn; højst {2})</source>
        <translation>{0} is too long ({1} characters; at most {2})</translation>
    </message>
    <message>
        <source>{0}. Den er ikke gemt; del den op eller kort den ned.</source>
        <translation>{0}. It is not saved; split it up or shorten it.</translation>
    </message>
</context>
<context>
    <name>listing</name>
    <message>
        <source>fremmednøgle brudt i {0} række {1}</source>
        <translation>foreign key broken in {0} row {1}</translation>
    </message>
    <message>
        <source>tabellen {0}, række {1}, feltet {2}: teksten er ikke gyldig UTF-8 og kan ikke læses (»{3}«)</source>
        <translation>table {0}, row {1}, field {2}: the text is not valid UTF-8 and cannot be read (&quot;{3}&quot;)</translation>
    </message>
    <message>
        <source>Der findes intet udvalg med nummer {0}.</source>
        <translation>There is no committee with number {0}.</translation>
    </message>
    <message>
        <source>(uden titel)</source>
        <translation>(no title)</translation>
    </message>
    <message>
        <source>{0} – den obligatoriske arbejdsmiljøuddannelse</source>
        <translation>{0} – the mandatory working environment training</translation>
    </message>
    <message>
        <source>{0} – tilbud om supplerende arbejdsmiljøuddannelse</source>
        <translation>{0} – offer of supplementary working environment training</translation>
    </message>
    <message>
        <source>{0} – {1} dags supplerende uddannelse bortfalder</source>
        <translation>{0} – {1} days of supplementary training lapse</translation>
    </message>
</context>
<context>
    <name>meeting_file</name>
    <message>
        <source>{0} er ikke en dato på formen ÅÅÅÅ-MM-DD</source>
        <translation>{0} is not a date of the form YYYY-MM-DD</translation>
    </message>
    <message>
        <source>{0} ligger ikke mellem år {1} og {2}</source>
        <translation>{0} is not between the years {1} and {2}</translation>
    </message>
    <message>
        <source>indeholder et ugyldigt tegn (en halv UTF-16-kode, \ud800–\udfff)</source>
        <translation>contains an invalid character (half a UTF-16 code, \ud800–\udfff)</translation>
    </message>
    <message>
        <source>er indlejret mere end {0} niveauer dybt</source>
        <translation>is nested more than {0} levels deep</translation>
    </message>
    <message>
        <source>filen er ikke en mødefil fra Drøftelse (format skal være {0!r})</source>
        <translation>the file is not a meeting file from Drøftelse (format must be {0!r})</translation>
    </message>
    <message>
        <source>mødefilens version {0} kendes ikke; dette program læser version {1}. Er filen lavet af en nyere Drøftelse?</source>
        <translation>the meeting file&apos;s version {0} is not known; this program reads version {1}. Was the file made by a newer Drøftelse?</translation>
    </message>
    <message>
        <source>tallet er alt for stort ({0} cifre)</source>
        <translation>the number is far too big ({0} digits)</translation>
    </message>
    <message>
        <source>ukendt nøgle (stavefejl?)</source>
        <translation>unknown key (a typo?)</translation>
    </message>
    <message>
        <source>skal være {0}, men er {1}</source>
        <translation>must be {0}, but is {1}</translation>
    </message>
    <message>
        <source>{0} er ikke en af {1}</source>
        <translation>{0} is not one of {1}</translation>
    </message>
    <message>
        <source>skal være mindst {0}, men er {1}</source>
        <translation>must be at least {0}, but is {1}</translation>
    </message>
    <message>
        <source>må højst være {0}, men er {1}</source>
        <translation>may be at most {0}, but is {1}</translation>
    </message>
    <message>
        <source>ugyldig værdi {0}</source>
        <translation>invalid value {0}</translation>
    </message>
</context>
<context>
    <name>meetings</name>
    <message>
        <source>Mødet er lavet med en nyere udgave af skabelonen for {0} (udgave {1}; dette program kender udgave {2}). Opdatér Drøftelse for at åbne det.</source>
        <translation>The meeting was made with a newer edition of the template for {0} (edition {1}; this program knows edition {2}). Update Drøftelse to open it.</translation>
    </message>
    <message>
        <source>Grunden til genåbningen</source>
        <translation>The reason for reopening</translation>
    </message>
    <message>
        <source>Skriv, hvorfor mødet genåbnes: grunden står i ændringsloggen og på referatet og handleplanen. Intet er ændret.</source>
        <translation>Write why the meeting is reopened: the reason is shown in the change log and on the referat and the handleplan. Nothing has been changed.</translation>
    </message>
    <message>
        <source>Mål: {0}</source>
        <translation>Goal: {0}</translation>
    </message>
    <message>
        <source>Handleplan: {0} ({1})</source>
        <translation>Handleplan: {0} ({1})</translation>
    </message>
    <message>
        <source>Møde {0} er afsluttet; genåbn det i programmet for at ændre formen.</source>
        <translation>Meeting {0} is closed; reopen it in the program to change the form.</translation>
    </message>
    <message>
        <source>{0} har ingen form at vælge.</source>
        <translation>{0} has no form to choose.</translation>
    </message>
    <message>
        <source>Handleplanen blev ændret et andet sted imens. Intet er flyttet – prøv igen.</source>
        <translation>The action plan was changed elsewhere meanwhile. Nothing has been moved – try again.</translation>
    </message>
</context>
<context>
    <name>notice</name>
    <message>
        <source>Møde {0} har endnu hverken mål, aftaler eller rækker i handleplanen, så der er intet at hænge op. Skriv dem ind i mødet først.</source>
        <translation>Meeting {0} has no goals, agreements or rows in the action plan yet, so there is nothing to put up. Write them into the meeting first.</translation>
    </message>
</context>
<context>
    <name>notice_pdf</name>
    <message>
        <source>Vores mål</source>
        <translation>Our goals</translation>
    </message>
    <message>
        <source>Ingen mål skrevet ind.</source>
        <translation>No goals written.</translation>
    </message>
    <message>
        <source>… og {0} mål mere i referatet.</source>
        <translation>… and {0} more goals in the minutes.</translation>
    </message>
    <message>
        <source>Det er vi enige om</source>
        <translation>What we agree on</translation>
    </message>
    <message>
        <source>Intet skrevet ind.</source>
        <translation>Nothing written.</translation>
    </message>
    <message>
        <source>… og {0} mere i referatet.</source>
        <translation>… and {0} more in the minutes.</translation>
    </message>
    <message>
        <source>Det gør vi</source>
        <translation>What we will do</translation>
    </message>
    <message>
        <source>Intet nyt i handleplanen.</source>
        <translation>Nothing new in the action plan.</translation>
    </message>
    <message>
        <source>Hvad gør vi?</source>
        <translation>What we will do</translation>
    </message>
    <message>
        <source>Hvornår?</source>
        <translation>When?</translation>
    </message>
    <message>
        <source>Hvem?</source>
        <translation>Who?</translation>
    </message>
    <message>
        <source>… og {0} mere i handleplanen.</source>
        <translation>… and {0} more in the action plan.</translation>
    </message>
    <message>
        <source>Hvem kan du tale med?</source>
        <translation>Who can you talk to?</translation>
    </message>
    <message>
        <source>Arbejdsmiljøorganisationen (AMO) arbejder for et godt arbejdsmiljø for alle. Kom til os med spørgsmål, idéer og problemer.</source>
        <translation>The working environment organisation (AMO) works for a good working environment for everyone. Come to us with questions, ideas and problems.</translation>
    </message>
    <message>
        <source>Kom til os med spørgsmål, idéer og problemer om arbejdsmiljøet.</source>
        <translation>Come to us with questions, ideas and problems about the working environment.</translation>
    </message>
    <message>
        <source>Spørg din nærmeste leder.</source>
        <translation>Ask your immediate manager.</translation>
    </message>
    <message>
        <source>… og {0} mere i arbejdsmiljøorganisationen.</source>
        <translation>… and {0} more in the working environment organisation.</translation>
    </message>
    <message>
        <source>Den {0} talte vi om, hvad vi skal være gode til for at gøre arbejdsmiljøet bedre. Her er, hvad vi blev enige om, og hvad vi gør nu.</source>
        <translation>On {0} we talked about what we need to be good at to make the working environment better. Here is what we agreed on, and what we are doing now.</translation>
    </message>
    <message>
        <source>Hvert år ser ledelsen og arbejdsmiljørepræsentanterne på, hvordan arbejdsmiljøet har det, og aftaler, hvad der skal blive bedre. Det gjorde vi den {0}. Her er vores mål, og hvad vi gør.</source>
        <translation>Every year the management and the working environment representatives look at how the working environment is doing and agree on what should get better. We did that on {0}. Here are our goals, and what we are doing.</translation>
    </message>
    <message>
        <source>Hvert år taler arbejdsgiveren og alle de ansatte sammen om arbejdsmiljøet og aftaler, hvad der skal blive bedre. Det gjorde vi den {0}. Her er vores mål, og hvad vi gør.</source>
        <translation>Every year the employer and all the employees talk together about the working environment and agree on what should get better. We did that on {0}. Here are our goals, and what we are doing.</translation>
    </message>
    <message>
        <source>Arbejdsmiljø hos {0} – det har vi aftalt for {1}</source>
        <translation>Working environment at {0} – what we have agreed for {1}</translation>
    </message>
    <message>
        <source>Arbejdsmiljø hos {0} – det har vi aftalt om vores kompetencer</source>
        <translation>Working environment at {0} – what we have agreed about our competences</translation>
    </message>
    <message>
        <source>Udkast – mødet er ikke afsluttet endnu.</source>
        <translation>Draft – the meeting is not closed yet.</translation>
    </message>
    <message>
        <source>Fra {0} · {1} · {2}</source>
        <translation>From {0} · {1} · {2}</translation>
    </message>
    <message>
        <source>Opslag til de ansatte – {0}</source>
        <translation>Notice for the employees – {0}</translation>
    </message>
    <message>
        <source>Mål, beslutninger og kontakter fra {0} {1}</source>
        <translation>Goals, decisions and contacts from {0} {1}</translation>
    </message>
</context>
<context>
    <name>opened_file</name>
    <message>
        <source>{0} er ikke indlæst: databasen er åbnet skrivebeskyttet.</source>
        <translation>{0} is not imported: the database is open read-only.</translation>
    </message>
    <message>
        <source>{0} findes ikke (flyttet eller slettet?). Intet er indlæst.</source>
        <translation>{0} does not exist (moved or deleted?). Nothing is imported.</translation>
    </message>
    <message>
        <source>{0} er ikke indlæst: Drøftelse åbner mødefiler (.json) og udfyldte forberedelses- og høringsark (.pdf).</source>
        <translation>{0} is not imported: Drøftelse opens meeting files (.json) and filled-in preparation and hearing sheets (.pdf).</translation>
    </message>
    <message>
        <source>{0}: mødet har ikke længere trinnet, arket hører til.</source>
        <translation>{0}: the meeting no longer has the step the sheet belongs to.</translation>
    </message>
    <message>
        <source>Arket kan ikke indlæses</source>
        <translation>The sheet cannot be imported</translation>
    </message>
    <message>
        <source>Læser {0} …</source>
        <translation>Reading {0} …</translation>
    </message>
</context>
<context>
    <name>organisation</name>
    <message>
        <source>(uden møde)</source>
        <translation>(no meeting)</translation>
    </message>
    <message>
        <source>Åbne rækker og rækker i gang i alle udvalg</source>
        <translation>Open rows and rows in progress in every committee</translation>
    </message>
</context>
<context>
    <name>organisation_page</name>
    <message>
        <source>ingen endnu – overskredet</source>
        <translation>none yet – overdue</translation>
    </message>
</context>
<context>
    <name>os_errors</name>
    <message>
        <source>disken er fuld</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>der er ikke mere plads til dig på drevet (kvoten er brugt op)</source>
        <translation>there is no more room for you on the drive (the quota is used up)</translation>
    </message>
    <message>
        <source>du har ikke lov til det (adgang nægtet)</source>
        <translation>you are not allowed to (access denied)</translation>
    </message>
    <message>
        <source>drevet er skrivebeskyttet</source>
        <translation>the drive is read-only</translation>
    </message>
    <message>
        <source>filen eller mappen findes ikke</source>
        <translation>the file or folder does not exist</translation>
    </message>
    <message>
        <source>navnet er for langt</source>
        <translation>the name is too long</translation>
    </message>
    <message>
        <source>det er en mappe, ikke en fil</source>
        <translation>it is a folder, not a file</translation>
    </message>
    <message>
        <source>en del af stien er ikke en mappe</source>
        <translation>part of the path is not a folder</translation>
    </message>
    <message>
        <source>der findes allerede en fil med det navn</source>
        <translation>a file with that name already exists</translation>
    </message>
    <message>
        <source>filen er for stor</source>
        <translation>the file is too big</translation>
    </message>
    <message>
        <source>drevet svarer ikke (læse- eller skrivefejl – er USB-nøglen taget ud?)</source>
        <translation>the drive does not answer (read or write error – was the USB stick removed?)</translation>
    </message>
    <message>
        <source>filen er i brug af et andet program</source>
        <translation>the file is in use by another program</translation>
    </message>
    <message>
        <source>for mange åbne filer</source>
        <translation>too many open files</translation>
    </message>
    <message>
        <source>databasen er skrivebeskyttet</source>
        <translation>the database is read-only</translation>
    </message>
    <message>
        <source>databasefilen kan ikke åbnes</source>
        <translation>the database file cannot be opened</translation>
    </message>
    <message>
        <source>databasefilen er beskadiget</source>
        <translation>the database file is damaged</translation>
    </message>
    <message>
        <source>filen er ikke en database</source>
        <translation>the file is not a database</translation>
    </message>
    <message>
        <source>databasen er optaget af et andet program</source>
        <translation>the database is busy in another program</translation>
    </message>
    <message>
        <source>operativsystemet afviste det ({0})</source>
        <translation>the operating system refused ({0})</translation>
    </message>
    <message>
        <source>databasen afviste det (SQLite-fejl {0})</source>
        <translation>the database refused (SQLite error {0})</translation>
    </message>
    <message>
        <source>ukendt årsag</source>
        <translation>unknown reason</translation>
    </message>
</context>
<context>
    <name>output</name>
    <message>
        <source>Mappen {0} findes ikke.</source>
        <translation>The folder {0} does not exist.</translation>
    </message>
    <message>
        <source>Filen {0} kunne ikke gemmes: {1}.</source>
        <translation>The file {0} could not be saved: {1}.</translation>
    </message>
</context>
<context>
    <name>page_models</name>
    <message>
        <source>Fratrådt {0}</source>
        <translation>Left {0}</translation>
    </message>
    <message>
        <source>{0}Obligatorisk uddannelse {1}</source>
        <translation>{0}Mandatory training {1}</translation>
    </message>
    <message>
        <source>{0} dage over 2 år (aftalt skriftligt) – bortfalder {1}</source>
        <translation>{0} days over 2 years (agreed in writing) – they lapse {1}</translation>
    </message>
    <message>
        <source>{0} af {1} dage tilbage over 2 år (aftalt skriftligt) – bortfalder {2}</source>
        <translation>{0} of {1} days left over 2 years (agreed in writing) – they lapse {2}</translation>
    </message>
    <message>
        <source>{0} dage tilbage i år – de bortfalder {1}</source>
        <translation>{0} days left this year – they lapse {1}</translation>
    </message>
    <message>
        <source>I orden</source>
        <translation>In order</translation>
    </message>
    <message>
        <source>{0} af {1} dage brugt ({2}. og {3}. funktionsår til {4})</source>
        <translation>{0} of {1} days used (years {2} and {3} of office, until {4})</translation>
    </message>
    <message>
        <source>{0} af {1} dage brugt ({2}. funktionsår til {3})</source>
        <translation>{0} of {1} days used (year {2} of office, until {3})</translation>
    </message>
</context>
<context>
    <name>phones</name>
    <message>
        <source>Skriv idéen, før du sender den.</source>
        <translation>Write the idea before you send it.</translation>
    </message>
    <message>
        <source>Idéen er for lang ({0} tegn; højst {1}). Intet er sendt.</source>
        <translation>The idea is too long ({0} characters; at most {1}). Nothing was sent.</translation>
    </message>
    <message>
        <source>Teksten i »{0}« er for lang ({1} tegn; højst {2}). Intet er gemt.</source>
        <translation>The text in “{0}” is too long ({1} characters; at most {2}). Nothing was stored.</translation>
    </message>
    <message>
        <source>Hver telefon skal have mellem 1 og {0} prikker.</source>
        <translation>Each phone must have between 1 and {0} dots.</translation>
    </message>
    <message>
        <source>Idéen findes ikke længere.</source>
        <translation>The idea no longer exists.</translation>
    </message>
    <message>
        <source>Teksten blev ændret i samme øjeblik. Tag idéen med igen.</source>
        <translation>The text was changed at the same moment. Add the idea again.</translation>
    </message>
    <message>
        <source>Deltageren er ikke med i dette møde.</source>
        <translation>The participant is not in this meeting.</translation>
    </message>
    <message>
        <source>Antallet af høringslinks skal være mellem 1 og {0}.</source>
        <translation>The number of hearing links must be between 1 and {0}.</translation>
    </message>
    <message>
        <source>Der kan højst laves {0} høringslinks til et møde.</source>
        <translation>At most {0} hearing links can be made for a meeting.</translation>
    </message>
    <message>
        <source>Svaret fra telefonen</source>
        <translation>The answer from the phone</translation>
    </message>
    <message>
        <source>Mødet har fået så mange idéer, som det kan tage imod.</source>
        <translation>The meeting has received as many ideas as it can take.</translation>
    </message>
    <message>
        <source>Idéen hører ikke til dette møde.</source>
        <translation>The idea does not belong to this meeting.</translation>
    </message>
    <message>
        <source>En afstemning kan højst have {0} rækker.</source>
        <translation>A vote can have at most {0} rows.</translation>
    </message>
    <message>
        <source>Rækken er ikke med i afstemningen.</source>
        <translation>The row is not part of the vote.</translation>
    </message>
    <message>
        <source>Der er ikke plads til flere telefoner i dette møde.</source>
        <translation>There is no room for more phones in this meeting.</translation>
    </message>
    <message>
        <source>Du har sendt {0} idéer til dette spørgsmål – det er det højeste.</source>
        <translation>You have sent {0} ideas for this question – that is the most.</translation>
    </message>
    <message>
        <source>Afstemningen er slut.</source>
        <translation>The vote is over.</translation>
    </message>
    <message>
        <source>Du har brugt alle dine prikker.</source>
        <translation>You have used all your dots.</translation>
    </message>
    <message>
        <source>Du har ingen prik på den række.</source>
        <translation>You have no dot on that row.</translation>
    </message>
    <message>
        <source>Certifikatet kan ikke bruges: {0}</source>
        <translation>The certificate cannot be used: {0}</translation>
    </message>
    <message>
        <source>Telefonserveren kan ikke starte på {0}:{1}: {2}. Vælg en anden adresse eller port.</source>
        <translation>The phone server cannot start on {0}:{1}: {2}. Choose another address or port.</translation>
    </message>
    <message>
        <source>porten bruges allerede af et andet program</source>
        <translation>the port is already used by another program</translation>
    </message>
    <message>
        <source>adressen hører ikke til denne maskine</source>
        <translation>the address does not belong to this machine</translation>
    </message>
    <message>
        <source>porten kræver administratorrettigheder</source>
        <translation>the port needs administrator rights</translation>
    </message>
</context>
<context>
    <name>phones_web</name>
    <message>
        <source>Drøftelse</source>
        <translation>Drøftelse</translation>
    </message>
    <message>
        <source>Opdatér</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>I mødet</source>
        <translation>In the meeting</translation>
    </message>
    <message>
        <source>Det, du sender herfra, er anonymt: hverken dit navn, din telefon eller klokkeslættet gemmes.</source>
        <translation>What you send from here is anonymous: neither your name, your phone nor the time is stored.</translation>
    </message>
    <message>
        <source>Formandskabet har ikke vist et spørgsmål endnu. Siden opdaterer sig selv.</source>
        <translation>The chairs have not shown a question yet. The page updates itself.</translation>
    </message>
    <message>
        <source>Spørgsmålet nu</source>
        <translation>The question now</translation>
    </message>
    <message>
        <source>Din idé</source>
        <translation>Your idea</translation>
    </message>
    <message>
        <source>Send idéen</source>
        <translation>Send the idea</translation>
    </message>
    <message>
        <source>Tak – idéen er sendt til formandskabet.</source>
        <translation>Thank you – the idea was sent to the chairs.</translation>
    </message>
    <message>
        <source>Prioritér handleplanen</source>
        <translation>Prioritise the action plan</translation>
    </message>
    <message>
        <source>Du har {0} af {1} prikker tilbage.</source>
        <translation>You have {0} of {1} dots left.</translation>
    </message>
    <message>
        <source>Giv en prik</source>
        <translation>Give a dot</translation>
    </message>
    <message>
        <source>Tag prikken tilbage</source>
        <translation>Take the dot back</translation>
    </message>
    <message>
        <source>dine prikker: {0}</source>
        <translation>your dots: {0}</translation>
    </message>
    <message>
        <source>Afstemningen er slut.</source>
        <translation>The vote is over.</translation>
    </message>
    <message>
        <source>Forberedelse</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <source>Forberedelsesark – {0}</source>
        <translation>Preparation sheet – {0}</translation>
    </message>
    <message>
        <source>Gem og send til formandskabet</source>
        <translation>Save and send to the chairs</translation>
    </message>
    <message>
        <source>Tak – det er gemt i Drøftelse.</source>
        <translation>Thank you – it is stored in Drøftelse.</translation>
    </message>
    <message>
        <source>Noget af det, du skrev, er ændret i Drøftelse, siden du åbnede siden. Formandskabet vælger, hvad der skal stå. Intet er tabt.</source>
        <translation>Some of what you wrote was changed in Drøftelse since you opened the page. The chairs choose what it should say. Nothing is lost.</translation>
    </message>
    <message>
        <source>Kig i og reflekter over</source>
        <translation>Look at and reflect on</translation>
    </message>
    <message>
        <source>Høring før den årlige arbejdsmiljødrøftelse</source>
        <translation>Hearing before the annual working environment discussion</translation>
    </message>
    <message>
        <source>Arbejdsmiljøorganisationen vil gerne høre, hvad du mener. Svar på de spørgsmål, du har noget at sige til. Du skal ikke skrive dit navn, og dit svar kan kun sendes én gang.</source>
        <translation>The working environment organisation would like to hear what you think. Answer the questions you have something to say about. Do not write your name; your answer can be sent only once.</translation>
    </message>
    <message>
        <source>Send svarene</source>
        <translation>Send the answers</translation>
    </message>
    <message>
        <source>Tak – dine svar er modtaget.</source>
        <translation>Thank you – your answers have been received.</translation>
    </message>
    <message>
        <source>Svarene fra dette link er allerede modtaget. Hvert link tæller én gang; det første svar gælder.</source>
        <translation>The answers from this link have already been received. Each link counts once; the first answer stands.</translation>
    </message>
    <message>
        <source>Formandskabet har ikke skrevet spørgsmålene endnu.</source>
        <translation>The chairs have not written the questions yet.</translation>
    </message>
    <message>
        <source>Mødet er afsluttet, så der kan ikke sendes mere hertil.</source>
        <translation>The meeting is closed, so nothing more can be sent to it.</translation>
    </message>
    <message>
        <source>Linket virker ikke. Det kan være skrevet forkert, trukket tilbage af formandskabet, eller mødet er ikke åbent for telefoner lige nu.</source>
        <translation>The link does not work. It may be mistyped, revoked by the chairs, or the meeting is not open to phones right now.</translation>
    </message>
    <message>
        <source>Det sendte er for stort. Intet er gemt.</source>
        <translation>What was sent is too large. Nothing was stored.</translation>
    </message>
    <message>
        <source>Der er sendt for meget på kort tid. Vent et øjeblik, og prøv igen.</source>
        <translation>Too much was sent in a short time. Wait a moment and try again.</translation>
    </message>
    <message>
        <source>Det sendte kunne ikke læses. Intet er gemt.</source>
        <translation>What was sent could not be read. Nothing was stored.</translation>
    </message>
    <message>
        <source>Det kunne ikke gemmes: {0}</source>
        <translation>It could not be stored: {0}</translation>
    </message>
    <message>
        <source>Tilbage</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Scan QR-koden, formandskabet viser, eller brug dit personlige link.</source>
        <translation>Scan the QR code the chairs show, or use your personal link.</translation>
    </message>
    <message>
        <source>højst {0} tegn</source>
        <translation>at most {0} characters</translation>
    </message>
</context>
<context>
    <name>postgres</name>
    <message>
        <source>PostgreSQL-driveren (psycopg) er ikke installeret. Installér den med: pip install &apos;droeftelse[postgres]&apos;</source>
        <translation>The PostgreSQL driver (psycopg) is not installed. Install it with: pip install &apos;droeftelse[postgres]&apos;</translation>
    </message>
    <message>
        <source>serveren tager ikke imod forbindelser – kører den?</source>
        <translation>the server is not accepting connections – is it running?</translation>
    </message>
    <message>
        <source>serveren svarede ikke i tide</source>
        <translation>the server did not answer in time</translation>
    </message>
    <message>
        <source>servernavnet kan ikke slås op</source>
        <translation>the server name cannot be looked up</translation>
    </message>
    <message>
        <source>netværket når ikke frem til serveren</source>
        <translation>the network does not reach the server</translation>
    </message>
    <message>
        <source>serveren er ved at starte</source>
        <translation>the server is starting up</translation>
    </message>
    <message>
        <source>serveren er ved at lukke ned</source>
        <translation>the server is shutting down</translation>
    </message>
    <message>
        <source>serveren kan ikke nås ({0})</source>
        <translation>the server cannot be reached ({0})</translation>
    </message>
    <message>
        <source>Der er ikke forbindelse til databaseserveren {0} ({1}).{2}</source>
        <translation>There is no connection to the database server {0} ({1}).{2}</translation>
    </message>
    <message>
        <source>Databasen {0} indeholder tabeller fra et andet program, ikke fra Drøftelse. Intet er ændret.</source>
        <translation>The database {0} holds tables of another program, not of Drøftelse. Nothing is changed.</translation>
    </message>
    <message>
        <source>Databasen {0} er gemt af en nyere version af Drøftelse (skemaversion {1}). Opdatér programmet for at åbne den. Intet er ændret.</source>
        <translation>The database {0} was saved by a newer version of Drøftelse (schema version {1}). Update the program to open it. Nothing is changed.</translation>
    </message>
</context>
<context>
    <name>preparation_sheet</name>
    <message>
        <source>Forberedelsesark</source>
        <translation>Preparation sheet</translation>
    </message>
    <message>
        <source>Høringsark</source>
        <translation>Hearing sheet</translation>
    </message>
    <message>
        <source>Forberedelsesark, blankt – {0}</source>
        <translation>Preparation sheet, blank – {0}</translation>
    </message>
    <message>
        <source>Forberedelsesark – {0} – {1}</source>
        <translation>Preparation sheet – {0} – {1}</translation>
    </message>
    <message>
        <source>Til: {0}</source>
        <translation>For: {0}</translation>
    </message>
    <message>
        <source>Navn: ______________________________</source>
        <translation>Name: ______________________________</translation>
    </message>
    <message>
        <source>Aflever arket senest {0}.</source>
        <translation>Return the sheet by {0}.</translation>
    </message>
    <message>
        <source>Aflever arket ved mødet.</source>
        <translation>Return the sheet at the meeting.</translation>
    </message>
    <message>
        <source>senest {0}</source>
        <translation>by {0}</translation>
    </message>
    <message>
        <source>ved mødet</source>
        <translation>at the meeting</translation>
    </message>
    <message>
        <source>før mødet</source>
        <translation>before the meeting</translation>
    </message>
    <message>
        <source>Udfyld arket i hånden og aflever det til formandskabet {0}.</source>
        <translation>Fill in the sheet by hand and hand it to the chairs {0}.</translation>
    </message>
    <message>
        <source>Skriv i felterne og &lt;b&gt;gem&lt;/b&gt; arket i din PDF-læser (Filer › Gem). Send eller aflever den gemte fil til formandskabet. Udskriv ikke til PDF – så forsvinder felterne.</source>
        <translation>Write in the fields and &lt;b&gt;save&lt;/b&gt; the sheet in your PDF reader (File › Save). Send or hand the saved file to the chairs. Do not print to PDF – that loses the fields.</translation>
    </message>
</context>
<context>
    <name>read_only</name>
    <message>
        <source>Skrivebeskyttet — ændringer gemmes ikke</source>
        <translation>Read-only — changes are not saved</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; ({1}). I kan læse møderne og gemme dem som PDF eller mødefil; for at skrive skal databasen ligge et sted, hvor den kan ændres.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; ({1}). You can read the meetings and save them as PDF or meeting file; to write, the database must be somewhere it can be changed.</translation>
    </message>
    <message>
        <source>Skrivebeskyttet</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>Mødet er afsluttet</source>
        <translation>The meeting is closed</translation>
    </message>
    <message>
        <source>&amp;Genåbn …</source>
        <translation>&amp;Reopen …</translation>
    </message>
    <message>
        <source>Genåbn mødet</source>
        <translation>Reopen the meeting</translation>
    </message>
    <message>
        <source>Genåbn mødet for at rette i det; I bliver spurgt hvorfor</source>
        <translation>Reopen the meeting to correct it; you will be asked why</translation>
    </message>
    <message>
        <source>Afsluttet {0} – genåbn for at rette</source>
        <translation>Closed {0} – reopen to make corrections</translation>
    </message>
    <message>
        <source>Eksempel</source>
        <translation>Example</translation>
    </message>
    <message>
        <source>Eksempel – ikke jeres eget møde. Det tælles ikke med i årshjulet eller udvalgets handleplan.</source>
        <translation>Example – not your own meeting. It does not count in the year planner or the committee&apos;s action plan.</translation>
    </message>
    <message>
        <source>&amp;Behold som vores eget …</source>
        <translation>&amp;Keep as our own …</translation>
    </message>
    <message>
        <source>Behold mødet som vores eget</source>
        <translation>Keep the meeting as our own</translation>
    </message>
    <message>
        <source>Mødet bliver udvalgets eget og tælles med i årshjulet og handleplanen; I bliver spurgt først</source>
        <translation>The meeting becomes the committee&apos;s own and counts in the year planner and the action plan; you are asked first</translation>
    </message>
</context>
<context>
    <name>referat_pdf</name>
    <message>
        <source>Referat: {0}</source>
        <translation>Minutes: {0}</translation>
    </message>
    <message>
        <source>Udkast – mødet er ikke afsluttet.</source>
        <translation>Draft – the meeting is not closed.</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>(ikke angivet)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Til stede</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>(ingen angivet)</source>
        <translation>(none given)</translation>
    </message>
    <message>
        <source>Ikke til stede</source>
        <translation>Not present</translation>
    </message>
    <message>
        <source>Ingen</source>
        <translation>None</translation>
    </message>
    <message>
        <source>(Ingen tekst.)</source>
        <translation>(No text.)</translation>
    </message>
    <message>
        <source>Punkt {0}. {1}</source>
        <translation>Point {0}. {1}</translation>
    </message>
    <message>
        <source>APV-handleplan</source>
        <translation>APV action plan</translation>
    </message>
    <message>
        <source>Fra {0}</source>
        <translation>From {0}</translation>
    </message>
    <message>
        <source>Regelgrundlag pr. {0}: {1}.</source>
        <translation>Rules as of {0}: {1}.</translation>
    </message>
    <message>
        <source>Referat – {0}</source>
        <translation>Minutes – {0}</translation>
    </message>
    <message>
        <source>Referat af {0} {1}</source>
        <translation>Minutes of {0} {1}</translation>
    </message>
    <message>
        <source>Referat</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>ikke vurderet</source>
        <translation>not judged</translation>
    </message>
    <message>
        <source>Mål / handling</source>
        <translation>Goal / action</translation>
    </message>
    <message>
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Vurdering</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Sidste års mål og åbne punkter i handleplanen</source>
        <translation>Last year&apos;s goals and open points of the action plan</translation>
    </message>
    <message>
        <source>Intet at vurdere fra sidste år.</source>
        <translation>Nothing to judge from last year.</translation>
    </message>
    <message>
        <source>Mål for det kommende år</source>
        <translation>Goals for the coming year</translation>
    </message>
    <message>
        <source>(Ingen mål skrevet ind.)</source>
        <translation>(No goals written.)</translation>
    </message>
</context>
<context>
    <name>restore</name>
    <message>
        <source>Sikkerhedskopien {0} findes ikke.</source>
        <translation>The backup {0} does not exist.</translation>
    </message>
    <message>
        <source>Sikkerhedskopien {0} er selv beskadiget og kan ikke gendannes. Intet er ændret.</source>
        <translation>The backup {0} is itself damaged and cannot be restored. Nothing has been changed.</translation>
    </message>
    <message>
        <source>Sikkerhedskopien og databasen er den samme fil.</source>
        <translation>The backup and the database are the same file.</translation>
    </message>
    <message>
        <source>Databasen {0} blev skiftet ud undervejs. Intet er ændret.</source>
        <translation>The database {0} was replaced meanwhile. Nothing has been changed.</translation>
    </message>
</context>
<context>
    <name>server</name>
    <message>
        <source>Skriv adressen uden adgangskode (postgresql://bruger@server/database); adgangskoden skrives i feltet nedenfor og gemmes i nøgleringen.</source>
        <translation>Write the address without a password (postgresql://user@server/database); the password goes in the field below and is kept in the keyring.</translation>
    </message>
    <message>
        <source>Nøgleringen (keyring) er ikke installeret. Læg adgangskoden i filen ~/.pgpass i stedet.</source>
        <translation>The keyring is not installed. Put the password in the file ~/.pgpass instead.</translation>
    </message>
    <message>
        <source>Adgangskoden kunne ikke gemmes i nøgleringen ({0}). Læg den i filen ~/.pgpass i stedet.</source>
        <translation>The password could not be kept in the keyring ({0}). Put it in the file ~/.pgpass instead.</translation>
    </message>
</context>
<context>
    <name>server_address</name>
    <message>
        <source>{0} er ikke en gyldig serveradresse (portnummeret er forkert).</source>
        <translation>{0} is not a valid server address (the port number is wrong).</translation>
    </message>
    <message>
        <source>{0} er ikke en gyldig serveradresse. Skriv den som postgresql://bruger@server/database.</source>
        <translation>{0} is not a valid server address. Write it as postgresql://user@server/database.</translation>
    </message>
    <message>
        <source>{0} mangler brugernavnet. Skriv adressen som postgresql://bruger@server/database.</source>
        <translation>{0} lacks the user name. Write the address as postgresql://user@server/database.</translation>
    </message>
    <message>
        <source>{0} ligner en serveradresse, men der mangler skråstreger efter »postgresql:«. Skriv den som postgresql://bruger@server/database.</source>
        <translation>{0} looks like a server address, but the slashes after »postgresql:« are missing. Write it as postgresql://user@server/database.</translation>
    </message>
    <message>
        <source>{0} er ikke en gyldig serveradresse: den indeholder et usynligt styretegn.</source>
        <translation>{0} is not a valid server address: it contains an invisible control character.</translation>
    </message>
</context>
<context>
    <name>shape</name>
    <message>
        <source>skal være et objekt, men er {0}</source>
        <translation>must be an object, but is {0}</translation>
    </message>
    <message>
        <source>ukendt nøgle (stavefejl?)</source>
        <translation>unknown key (a typo?)</translation>
    </message>
    <message>
        <source>skal være {0}, men er {1}</source>
        <translation>must be {0}, but is {1}</translation>
    </message>
    <message>
        <source>{0!r} er ikke en af {1}</source>
        <translation>{0!r} is not one of {1}</translation>
    </message>
</context>
<context>
    <name>sheet_import</name>
    <message>
        <source>Arkene kunne ikke indlæses</source>
        <translation>The sheets could not be imported</translation>
    </message>
    <message>
        <source>{0}

Intet er ændret.</source>
        <translation>{0}

Nothing has changed.</translation>
    </message>
    <message>
        <source>Gemmer de indlæste tekster …</source>
        <translation>Saving the imported texts …</translation>
    </message>
    <message>
        <source>Læser {0} ark …</source>
        <translation>Reading {0} sheet(s) …</translation>
    </message>
</context>
<context>
    <name>sheet_reader</name>
    <message>
        <source>{0}: filen findes ikke.</source>
        <translation>{0}: the file does not exist.</translation>
    </message>
    <message>
        <source>{0}: filen kan ikke læses ({1}).</source>
        <translation>{0}: the file cannot be read ({1}).</translation>
    </message>
    <message>
        <source>{0}: filen er for stor ({1:.0f} MB; et forberedelsesark fylder under 1 MB).</source>
        <translation>{0}: the file is too big ({1:.0f} MB; a preparation sheet takes less than 1 MB).</translation>
    </message>
    <message>
        <source>{0}: filen er ikke en PDF. Send det gemte forberedelsesark (PDF) tilbage.</source>
        <translation>{0}: the file is not a PDF. Send the saved preparation sheet (PDF) back.</translation>
    </message>
    <message>
        <source>det tog for lang tid at læse filen – den er måske beskadiget. Intet er indlæst.</source>
        <translation>reading the file took too long – it may be damaged. Nothing is imported.</translation>
    </message>
    <message>
        <source>filen kunne ikke læses (den er beskadiget eller for tung at åbne). Intet er indlæst.</source>
        <translation>the file could not be read (it is damaged or too heavy to open). Nothing is imported.</translation>
    </message>
    <message>
        <source>filen er beskadiget og kan ikke læses. Bed om at få arket gemt og sendt igen. Intet er indlæst. [{0}]</source>
        <translation>the file is damaged and cannot be read. Ask for the sheet to be saved and sent again. Nothing is imported. [{0}]</translation>
    </message>
    <message>
        <source>PDF&apos;en er krypteret (beskyttet med adgangskode). Gem arket uden adgangskode og send det igen.</source>
        <translation>The PDF is encrypted (protected by a password). Save the sheet without a password and send it again.</translation>
    </message>
    <message>
        <source>arket har ingen udfyldelige felter – det er nok udskrevet til PDF eller scannet. Bed om at få arket gemt i PDF-læseren (Filer › Gem), ikke udskrevet.</source>
        <translation>the sheet has no fillable fields – it was probably printed to PDF or scanned. Ask for the sheet to be saved in the PDF reader (File › Save), not printed.</translation>
    </message>
    <message>
        <source>PDF&apos;en er ikke et forberedelsesark eller høringsark fra Drøftelse.</source>
        <translation>The PDF is not a preparation sheet or hearing sheet from Drøftelse.</translation>
    </message>
</context>
<context>
    <name>sheets</name>
    <message>
        <source>{0}: arket kan ikke bekræftes som et forberedelsesark fra dette møde – det skjulte mærke, der siger, hvem arket tilhører, er ændret eller ikke lavet af Drøftelse. Bed deltageren udfylde det ark, formandskabet sendte. Intet er indlæst.</source>
        <translation>{0}: the sheet cannot be verified as a preparation sheet from this meeting – the hidden mark that says whose sheet it is was changed or not made by Drøftelse. Ask the participant to fill in the sheet the chairs sent. Nothing is imported.</translation>
    </message>
    <message>
        <source>{0}: arket er lavet af en ældre udgave af Drøftelse, hvis ark ikke kan bekræftes. Lav nye forberedelsesark på trinnet Forberedelse og send dem ud igen (teksten på dette ark kan også skrives ind i hånden). Intet er indlæst.</source>
        <translation>{0}: the sheet was made by an older version of Drøftelse, whose sheets cannot be verified. Make new preparation sheets on the Preparation step and send them out again (the text on this sheet can also be typed in by hand). Nothing is imported.</translation>
    </message>
    <message>
        <source>{0}: arket hører til et andet møde end »{1}«. Intet er indlæst.</source>
        <translation>{0}: the sheet belongs to another meeting than “{1}”. Nothing is imported.</translation>
    </message>
    <message>
        <source>{0} har ingen forberedelsesark.</source>
        <translation>{0} has no preparation sheet.</translation>
    </message>
    <message>
        <source>Sidste års mål</source>
        <translation>Last year&apos;s goals</translation>
    </message>
    <message>
        <source>hvem: {0}</source>
        <translation>who: {0}</translation>
    </message>
    <message>
        <source>hvornår: {0}</source>
        <translation>when: {0}</translation>
    </message>
    <message>
        <source>Åbne rækker i handleplanen</source>
        <translation>Open rows of the action plan</translation>
    </message>
    <message>
        <source>Målene fra den årlige drøftelse {0}</source>
        <translation>The goals from the annual discussion on {0}</translation>
    </message>
    <message>
        <source>{0}: deltageren, arket blev lavet til, er ikke længere med i mødet. Intet er indlæst.</source>
        <translation>{0}: the participant the sheet was made for is no longer in the meeting. Nothing is imported.</translation>
    </message>
    <message>
        <source>{0}: {1}. Intet er indlæst.</source>
        <translation>{0}: {1}. Nothing is imported.</translation>
    </message>
    <message>
        <source>Teksten i »{0}«</source>
        <translation>The text in “{0}”</translation>
    </message>
    <message>
        <source>{0}: »{1}« er ændret, efter at arket blev læst ind (der er skrevet i det imens). Intet er indlæst; indlæs arket igen for at se, hvad der står nu.</source>
        <translation>{0}: “{1}” was changed after the sheet was read in (someone typed in it meanwhile). Nothing is imported; import the sheet again to see what is there now.</translation>
    </message>
</context>
<context>
    <name>signatures</name>
    <message>
        <source>Godkendt af {0}</source>
        <translation>Approved by {0}</translation>
    </message>
    <message>
        <source>Underskrives af de tilstedeværende ved {0}.</source>
        <translation>To be signed by those present at {0}.</translation>
    </message>
    <message>
        <source>Navn: {0}{1}</source>
        <translation>Name: {0}{1}</translation>
    </message>
    <message>
        <source>Underskrift</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>sqlite_errors</name>
    <message>
        <source>skrivebeskyttet — ændringer gemmes ikke</source>
        <translation>read-only — changes are not saved</translation>
    </message>
    <message>
        <source>ændringen</source>
        <translation>the change</translation>
    </message>
    <message>
        <source>Ændringsloggen for et afsluttet møde kan ikke rettes eller slettes. Intet er ændret.</source>
        <translation>A closed meeting&apos;s change log cannot be edited or deleted. Nothing has been changed.</translation>
    </message>
    <message>
        <source>tabellen</source>
        <translation>table</translation>
    </message>
    <message>
        <source>indekset</source>
        <translation>index</translation>
    </message>
    <message>
        <source>udløseren</source>
        <translation>trigger</translation>
    </message>
    <message>
        <source>visningen</source>
        <translation>view</translation>
    </message>
    <message>
        <source>skemaet, {0} {1}, feltet {2}: teksten er ikke gyldig UTF-8 (»{3}«)</source>
        <translation>the schema, {0} {1}, field {2}: the text is not valid UTF-8 (&quot;{3}&quot;)</translation>
    </message>
    <message>
        <source>Den seneste sikkerhedskopi er {0}: læg den tilbage med &apos;droeftelse backup --gendan {0}&apos; eller »Gendan sikkerhedskopi …« i vinduet (den beskadigede fil gemmes først)</source>
        <translation>The latest backup is {0}: put it back with &apos;droeftelse backup --gendan {0}&apos; or &quot;Restore backup …&quot; in the window (the damaged file is kept first)</translation>
    </message>
    <message>
        <source>Der er ingen sikkerhedskopier i {0}: brug den seneste kopi, I selv har taget med &apos;droeftelse backup&apos; eller »Sikkerhedskopi …«</source>
        <translation>There are no backups in {0}: use the latest copy you made yourselves with &apos;droeftelse backup&apos; or “Backup …”</translation>
    </message>
    <message>
        <source>Databasen {0} er beskadiget (SQLite kan ikke læse alle dens sider). Filen er ikke ændret. {1}.</source>
        <translation>The database {0} is damaged (SQLite cannot read all its pages). The file is not changed. {1}.</translation>
    </message>
    <message>
        <source>Databasen {0} er beskadiget: dens skema (beskrivelsen af tabellerne) kan ikke læses. Filen er ikke ændret. {1}.</source>
        <translation>The database {0} is damaged: its schema (the description of its tables) cannot be read. The file has not been changed. {1}.</translation>
    </message>
    <message>
        <source>En tekst i databasen {0} kan ikke læses (den er ikke gyldig UTF-8, så filen er beskadiget et sted). Filen er ikke ændret. Kør &apos;droeftelse --db {0} check&apos; for at se, hvor teksten står. {1}.</source>
        <translation>A text in the database {0} cannot be read (it is not valid UTF-8, so the file is damaged somewhere). The file has not been changed. Run &apos;droeftelse --db {0} check&apos; to see where the text is. {1}.</translation>
    </message>
    <message>
        <source>Disken med databasen {0} er fuld, så {1} kunne ikke gemmes. Intet er ændret. Frigør plads på disken, og prøv igen.</source>
        <translation>The disk holding the database {0} is full, so {1} could not be saved. Nothing has been changed. Free some space on the disk and try again.</translation>
    </message>
    <message>
        <source>Databasen {0} bruges af et andet program, som har låst den. Intet er ændret. Prøv igen, når det andet program er færdigt.</source>
        <translation>The database {0} is in use by another program, which has locked it. Nothing has changed. Try again when the other program is done.</translation>
    </message>
    <message>
        <source>{0} er åbnet {1} ({2}).</source>
        <translation>{0} is opened {1} ({2}).</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>Der findes intet møde med nummer {0}. Se numrene med &apos;droeftelse list&apos;.</source>
        <translation>There is no meeting number {0}. See the numbers with &apos;droeftelse list&apos;.</translation>
    </message>
</context>
<context>
    <name>system_libraries</name>
    <message>
        <source>systempakken </source>
        <translation>the system package </translation>
    </message>
    <message>
        <source>systempakkerne </source>
        <translation>the system packages </translation>
    </message>
    <message>
        <source>biblioteket </source>
        <translation>the library </translation>
    </message>
    <message>
        <source>bibliotekerne </source>
        <translation>the libraries </translation>
    </message>
    <message>
        <source>vinduet kan ikke åbnes, fordi {0} mangler.</source>
        <translation>the window cannot open because {0} is missing.</translation>
    </message>
    <message>
        <source> Installér {0} med &apos;sudo apt-get install {1}&apos; (eller kør &apos;make run&apos;).</source>
        <translation> Install {0} with &apos;sudo apt-get install {1}&apos; (or run &apos;make run&apos;).</translation>
    </message>
    <message>
        <source>vinduet kan ikke åbnes, fordi der ikke er nogen skærm (hverken DISPLAY eller WAYLAND_DISPLAY er sat).</source>
        <translation>the window cannot open because there is no screen (neither DISPLAY nor WAYLAND_DISPLAY is set).</translation>
    </message>
    <message>
        <source>vinduet kan ikke åbnes, fordi skærmen {0} ikke svarer (DISPLAY).</source>
        <translation>the window cannot open because the screen {0} does not answer (DISPLAY).</translation>
    </message>
    <message>
        <source>vinduet kan ikke åbnes (Qt: {0}).</source>
        <translation>the window cannot open (Qt: {0}).</translation>
    </message>
    <message>
        <source>ukendt årsag</source>
        <translation>unknown reason</translation>
    </message>
    <message>
        <source>droeftelse: {0} Kommandoerne i &apos;droeftelse --hjælp&apos; virker uden vindue.</source>
        <translation>droeftelse: {0} The commands in &apos;droeftelse --help&apos; work without a window.</translation>
    </message>
    <message>
        <source>Qt mangler {0}, men hvilken pakke der har det, står ikke i {1}.PACKAGES</source>
        <translation>Qt lacks {0}, but which package has it is not in {1}.PACKAGES</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Et øjeblik</source>
        <translation>One moment</translation>
    </message>
</context>
<context>
    <name>templates</name>
    <message>
        <source>Mødeskabelonen {0} har en fejl: {1}</source>
        <translation>The meeting template {0} has an error: {1}</translation>
    </message>
    <message>
        <source>Mødeskabelonen {0} har en fejl: {1}: {2}</source>
        <translation>The meeting template {0} has an error: {1}: {2}</translation>
    </message>
    <message>
        <source>trinnet {0!r} findes to gange</source>
        <translation>the step {0!r} appears twice</translation>
    </message>
    <message>
        <source>fasen {0!r} er ikke nævnt under phases</source>
        <translation>the phase {0!r} is not named under phases</translation>
    </message>
    <message>
        <source>to felter har samme key</source>
        <translation>two fields have the same key</translation>
    </message>
    <message>
        <source>Mødeskabelonen {0} findes ikke.</source>
        <translation>The meeting template {0} does not exist.</translation>
    </message>
    <message>
        <source>Mødeskabelonen {0} kan ikke læses: {1}</source>
        <translation>The meeting template {0} cannot be read: {1}</translation>
    </message>
    <message>
        <source>Mødeskabelonen {0} har en fejl: key: skal være {1!r} som filnavnet</source>
        <translation>The meeting template {0} has an error: key: must be {1!r} like the file name</translation>
    </message>
</context>
<context>
    <name>training</name>
    <message>
        <source>Den supplerende uddannelse i første funktionsår (2 dage) kan ikke lægges sammen med det næste års. Sammenlægning gælder to af de følgende år (2 × 1½ dag = 3 dage).</source>
        <translation>The supplementary training in the first year in office (2 days) cannot be combined with the next year&apos;s. Combining applies to two of the following years (2 × 1½ days = 3 days).</translation>
    </message>
    <message>
        <source>gennemført {0}</source>
        <translation>done {0}</translation>
    </message>
    <message>
        <source>skal tages senest {0}</source>
        <translation>to be taken by {0}</translation>
    </message>
    <message>
        <source>overskredet: skulle være taget senest {0}</source>
        <translation>overdue: should have been taken by {0}</translation>
    </message>
    <message>
        <source>tilbudt {0} dage</source>
        <translation>offered {0} days</translation>
    </message>
    <message>
        <source>tilbydes inden 9 måneder efter den obligatoriske uddannelse</source>
        <translation>to be offered within 9 months of the mandatory training</translation>
    </message>
    <message>
        <source>skal tilbydes senest {0}</source>
        <translation>to be offered by {0}</translation>
    </message>
</context>
<context>
    <name>upgrade</name>
    <message>
        <source>den nye database</source>
        <translation>the new database</translation>
    </message>
    <message>
        <source>Databasen {0} kunne ikke oprettes: {1}. Intet er oprettet.</source>
        <translation>The database {0} could not be created: {1}. Nothing has been created.</translation>
    </message>
    <message>
        <source>Databasen {0} skal opgraderes fra skemaversion {1}, men der er ikke plads nok på disken: opgraderingen kræver {2} MB og der er {3} MB fri. Filen er ikke ændret. Frigør plads, og åbn den igen.</source>
        <translation>The database {0} must be upgraded from schema revision {1}, but there is not enough space on the disk: the upgrade needs {2} MB and {3} MB are free. The file has not been changed. Free some space and open it again.</translation>
    </message>
    <message>
        <source>Databasen {0} kan ikke opgraderes: {1}. Filen er ikke ændret.</source>
        <translation>The database {0} cannot be upgraded: {1}. The file has not been changed.</translation>
    </message>
    <message>
        <source> Den seneste sikkerhedskopi fra før en opgradering er {0}; den kan gendannes med &apos;droeftelse backup --gendan FIL&apos; eller »Gendan sikkerhedskopi …« i vinduet.</source>
        <translation> The latest backup from before an upgrade is {0}; restore it with &apos;droeftelse backup --gendan FILE&apos; or &quot;Restore backup …&quot; in the window.</translation>
    </message>
    <message>
        <source> Frigør plads på disken, og åbn den igen.</source>
        <translation> Free some space on the disk and open it again.</translation>
    </message>
    <message>
        <source>Databasen {0} kunne ikke opgraderes fra skemaversion {1}: {2}. Filen er ikke ændret og kan stadig åbnes af den version af Drøftelse, der gemte den.{3}</source>
        <translation>The database {0} could not be upgraded from schema revision {1}: {2}. The file has not been changed and can still be opened by the version of Drøftelse that saved it.{3}</translation>
    </message>
    <message>
        <source>disken er fuld</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>filen er beskadiget</source>
        <translation>the file is damaged</translation>
    </message>
    <message>
        <source>skemaet passer ikke til sin skemaversion (en tidligere opgradering blev afbrudt halvvejs)</source>
        <translation>the schema does not match its revision (an earlier upgrade was interrupted halfway)</translation>
    </message>
    <message>
        <source>fejl i opgraderingen ({0})</source>
        <translation>error in the upgrade ({0})</translation>
    </message>
</context>
</TS>
