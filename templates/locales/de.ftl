# Alle Wörter, die reelguide druckt, auf Deutsch. Gleiches Format wie en.ftl.
# Wortwahl: Altersangaben folgen der Formel der FSK („ab X Jahren“); die Kategorien
# folgen deutschsprachigen Elternratgebern. Die Stärke wird mit „Stufe“ angegeben, damit
# sie nicht vom Geschlecht der Kategorie abhängt: „Gewalt: Stufe mittel“.

## Die Ausgaben

edition-handout = Blatt für die Gruppe
    .short = Gruppe
edition-leader = Leitfaden für die Leitung
    .short = Leitung
edition-parents = Infokarte für Eltern
    .short = Eltern

## Der Kopf

credit-directors = Regie
credit-writers = Drehbuch
credit-based-on = Nach
credit-cast = Mit
credit-studio = Produktion
credit-countries = Land
credit-languages = Sprache
credit-genres = Genre
credit-released = Kinostart
credit-runtime = Laufzeit
based-on-kind = dem { $kind } { $work }
based-on-author = { $work } von { $author }
based-on-year = { $work } ({ $year })
runtime =
    { $hours ->
        [0] { $minutes } Minuten
       *[other]
            { $rest ->
                [0] { $minutes } Minuten ({ $hours } Std.)
               *[other] { $minutes } Minuten ({ $hours } Std. { $rest } Min.)
            }
    }
date-long = { $day }. { $month } { $year }
month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember
date-with-weekday = { $weekday }, { $date }
weekday-1 = Montag
weekday-2 = Dienstag
weekday-3 = Mittwoch
weekday-4 = Donnerstag
weekday-5 = Freitag
weekday-6 = Samstag
weekday-7 = Sonntag
rating-title = Freigabe { $system }
rating-sources = (Quelle: { $sources })
# Was jede Freigabe der MPA (USA) und des BBFC (Vereinigtes Königreich) bedeutet, in
# unseren Worten, nach den Kategorien, die sie veröffentlichen.
rating-meaning-mpa-g = Für jedes Alter geeignet.
rating-meaning-mpa-pg = Elterliche Begleitung empfohlen: Manches ist für kleine Kinder womöglich ungeeignet.
rating-meaning-mpa-pg-13 = Eltern ausdrücklich gewarnt: Manches ist für Kinder unter 13 womöglich ungeeignet.
rating-meaning-mpa-r = Unter 17 nur in Begleitung eines Elternteils oder eines erwachsenen Erziehungsberechtigten.
rating-meaning-mpa-nc-17 = Kein Zutritt für 17-Jährige und Jüngere.
rating-meaning-mpa-nr = Von der MPA nie eingestuft.
rating-meaning-bbfc-u = Für alle ab 4 Jahren geeignet.
rating-meaning-bbfc-pg = Für alle freigegeben, doch einzelne Szenen können Kinder unter etwa 8 Jahren verstören.
rating-meaning-bbfc-12a = Unter 12 nur im Kino und nur in Begleitung eines Erwachsenen.
rating-meaning-bbfc-12 = Kein Verkauf und Verleih an Personen unter 12.
rating-meaning-bbfc-15 = Niemand unter 15, weder im Kino noch bei Kauf oder Verleih.
rating-meaning-bbfc-18 = Nur für Erwachsene.
rating-meaning-bbfc-r18 = Nur für Erwachsene, in lizenzierten Kinos und Geschäften.
nav-label = Andere Ausgaben
nav-all-films = Alle Filme
nav-pdf = PDF zum Drucken

## Listen und Zeiten

list-separator = {", "}
list-last = { $rest } und { $last }
time-about = etwa { $time }
minutes-short = { $minutes } Min.

## Inhalt

audience-heading = Für wen
audience-age = Empfohlen ab { $age } Jahren
synopsis-short = Die Geschichte
synopsis-full = Die ganze Geschichte (verrät das Ende)
advisories-brief = Der Inhalt auf einen Blick
advisories-full = Was im Film vorkommt
column-category = Kategorie
column-severity = Stufe
column-shown = Was zu sehen ist
column-category-severity = Kategorie und Stufe
column-time = Zeitpunkt
column-what-happens = Was geschieht
spoiler = Verrät die Handlung
sources-line = Quelle: { $sources }
sources-graded = Elternratgeber: { $verdicts }.
sources-graded-and = Elternratgeber: { $verdicts }. Außerdem: { $sources }.
sources-ungraded = Kein Elternratgeber stuft dies ein; unsere Lesart von: { $sources }.
hidden-spoilers = Auf dieser Karte weggelassen, weil sie die Handlung verraten könnten: { $list }.
spoiler-unmarked = Nicht auf Spoiler geprüft
hidden-audience-note = der Hinweis, für wen er ist
hidden-summaries =
    { $count ->
        [one] 1 Zusammenfassung einer Kategorie
       *[other] { $count } Zusammenfassungen von Kategorien
    }
hidden-positives =
    { $count ->
        [one] 1 guter Punkt
       *[other] { $count } gute Punkte
    }
hidden-review = die Worte der Kritik
verdict = { $source }: { $grade }
verdicts-disagree = Diese Ratgeber liegen zwei Stufen oder mehr auseinander; der vorsichtigste bestimmt die Stufe.
hidden-scene-details =
    { $count ->
        [one] 1 Szenendetail
       *[other] { $count } Szenendetails
    }
hidden-themes =
    { $count ->
        [one] 1 Thema
       *[other] { $count } Themen
    }
hidden-related =
    { $count ->
        [one] 1 verwandter Film
       *[other] { $count } verwandte Filme
    }
scenes-heading = Szenen, die man kennen sollte
scenes-intro = Jeder Moment der Inhaltsprüfung mit Zeitangabe, in der Reihenfolge des Films, zum Vorab-Ansehen oder Überspringen. Die Zeiten zählen ab Filmbeginn.
positives-heading = Was gut daran ist
themes-heading = Themen

## Die sechs Kategorien und vier Stufen

category-sex_nudity = Sexualität und Nacktheit
    .in-sentence = Sexualität und Nacktheit
    .covers = Küsse, sexuelle Inhalte, Nacktheit
category-violence = Gewalt
    .in-sentence = Gewalt
    .covers = Kämpfe, Verletzungen, Blut, Waffen
category-language = Sprache
    .in-sentence = Sprache
    .covers = Flüche, Beschimpfungen, derbe Ausdrücke
category-substances = Alkohol, Drogen und Rauchen
    .in-sentence = Alkohol, Drogen und Rauchen
    .covers = Trinken, Drogenkonsum, Rauchen
category-frightening = Beängstigende und belastende Szenen
    .in-sentence = beängstigende und belastende Szenen
    .covers = Schreckmomente, Bedrohung, verstörende Bilder, Spannung
category-mature_themes = Themen für Erwachsene
    .in-sentence = Themen für Erwachsene
    .covers = Tod, Trauer, Suizid, Missbrauch, medizinische Eingriffe, düstere Stimmung
severity-none = Keine
    .in-sentence = Stufe keine
severity-mild = Leicht
    .in-sentence = Stufe leicht
severity-moderate = Mittel
    .in-sentence = Stufe mittel
severity-severe = Stark
    .in-sentence = Stufe stark
severity-unreviewed = Nicht geprüft
    .in-sentence = nicht geprüft

## Der Abend und das Gespräch

plan-heading = Der Abend
plan-column-clock = Uhrzeit
plan-column-offset = Beginnt nach
plan-column-step = Programmpunkt
plan-column-minutes = Minuten
plan-end = Ende
plan-welcome = Begrüßung
plan-opening-prayer = Gebet zum Beginn
plan-questions-before = Fragen vor dem Film
plan-film = Der Film
plan-film-first = Der Film, bis zur ersten Pause
plan-film-next = Der Film, bis zur nächsten Pause
plan-film-end = Der Film, bis zum Ende
plan-pause = Pause und Fragen
plan-discussion = Gespräch
plan-closing-prayer = Gebet zum Abschluss
faith-heading = Bibel und Gebet
faith-opening = Gebet zum Beginn
faith-readings = Lesungen
faith-closing = Gebet zum Abschluss
when-before = Vor dem Film
when-pause = In einer Pause
when-after = Nach dem Film
section-pause-at = In der Pause ({ $at })
pause-cue = Den Film bei etwa { $at } anhalten.
part-pause = Für die Pause bei etwa { $at }. Nichts hier geht im Film weiter als bis dorthin.
part-after = Nach dem Film
    .note = Für nach der Vorführung: Diese Seiten sprechen über das Ende.
question-themes = Themen: { $themes }
question-scripture = Bibelstellen: { $references }
leader-note = Hinweis für die Leitung.
follow-ups = Zum Weiterfragen:
quotes-heading = Sätze aus dem Film
related-heading = Wenn er gefallen hat, auch sehenswert
related-content-heading = Verwandte Filme und ihr Inhalt
review-heading = Wie gut der Film ist
review-verdict = { $stars } von { $out-of }
review-note = Ein Urteil über die Qualität, nicht über den Inhalt.
review-sources = Quelle: { $sources }.
sources-heading = Quellen
notes-heading = Notizen

## Gedruckte Seiten

page-number = Seite { $page } von { $pages }
blank-page = Diese Seite bleibt absichtlich leer.
booklet-note = Für die Hefte: beidseitig drucken, an der kurzen Kante wenden; jeden Bogensatz in der Mitte falten und im Falz heften.
two-up-note = Drucken, dann jedes Blatt an der gestrichelten Linie schneiden. Eine Karte mit zwei Seiten wird beidseitig gedruckt, an der kurzen Kante gewendet.
document-subject = { $edition } zum Film { $film }
document-subject-directed = { $edition } zum Film { $film }, Regie: { $directors }
document-keyword = Gesprächsleitfaden

## Der Katalog

catalog-title = Filmsammlung
catalog-intro =
    { $count ->
        [one] 1 Film.
       *[other] { $count } Filme.
    } Zu jedem: seine Freigaben, das Mindestalter, das wir empfehlen, und wie viel er von sechs Arten von Inhalten enthält, von *keine* bis *stark*. Eine Kategorie mit *nicht geprüft* wurde nicht angesehen.
catalog-filter-label = Filme filtern
catalog-limits = Was mein Kind sehen darf
catalog-filter-intro = **Nur die Filme zeigen, die mein Kind sehen darf.** Wählen Sie für jede Kategorie, wie viel Sie höchstens zulassen. Eine Kategorie, die niemand geprüft hat, gilt als nicht erlaubt, sobald Sie eine Grenze setzen.
catalog-age = Alter des Kindes
catalog-age-any = beliebig
catalog-at-most = { $category }: höchstens
catalog-any-amount = beliebig viel
catalog-legend = Die Stufe in Worten und als Balken mit drei Feldern: ein Feld ist leicht, drei sind stark.
catalog-column-film = Film
catalog-column-ratings = Freigaben
catalog-column-age = Alter
catalog-column-pages = Seiten
catalog-age-from = ab { $age }
catalog-no-age = nicht angegeben
catalog-link-pdf = { $edition } als PDF
catalog-search = Titel suchen
    .hint = Teil eines Titels
catalog-sort = Sortieren nach
catalog-sort-title = Titel
catalog-sort-year = Jahr, neueste zuerst
catalog-sort-age = Mindestalter, jüngstes zuerst
catalog-in-language = Auf { $language }
language-name = { $code ->
    [en] Englisch
    [es] Spanisch
    [fr] Französisch
    [de] Deutsch
    [pt] Portugiesisch
   *[other] { $code }
}
catalog-count = { $shown } von { $total } Filmen passen.
catalog-none-left = Kein Film passt zu allen Grenzen, die Sie gesetzt haben.
catalog-footer = Erstellt mit reelguide.

## Warum ein Film wegfällt

reason-too-much = { $category }: { $severity } (Ihre Grenze: { $allowed })
reason-not-reviewed = { $category } nicht geprüft, gilt daher als nicht erlaubt
reason-too-young = empfohlen ab { $min_age } Jahren (das Kind ist { $age })
reason-no-age = kein empfohlenes Alter angegeben, gilt daher als nicht erlaubt
reason-heading = Weggefallen, und warum

## Filmabende

night-leader-title = Leitfaden für den Filmabend
night-pack-title = Alles zum Drucken
night-nav-home = Der Filmabend
night-plan-heading = Der Abend
night-plan-heading-dated = { $date }: der Abend
plan-questions-before-night = Fragen vor den Filmen
plan-night-film = { $film }
plan-night-film-first = { $film }, bis zur ersten Pause
plan-night-film-next = { $film }, bis zur nächsten Pause
plan-night-film-end = { $film }, bis zum Ende
plan-night-pause = Pause und Fragen zu { $film }
plan-break = Pause mit den Fragen zwischen den Filmen
night-questions-before = Vor den Filmen
night-questions-between = Zwischen den Filmen
night-questions-after = Nach den Filmen
night-notes-heading = Hinweise zum Abend
night-print-heading = Was gedruckt wird
night-print-intro = Alles Folgende steht in der Druckmappe des Abends ({ $file }), in dieser Reihenfolge, fertig für den beidseitigen Druck; jedes Exemplar beginnt auf einem neuen Blatt.
night-print-leader = Der Leitfaden für den Filmabend: einmal.
night-print-handouts = Das Blatt zu { $film }: { $copies ->
        [one] ein Exemplar
       *[other] { $copies } Exemplare, eines pro Person
    }.
night-print-parents = Die Infokarte für Eltern zu { $film }: { $copies ->
        [one] ein Exemplar
       *[other] { $copies } Exemplare, eines pro Person unter 18
    }.
night-ages-heading = Alter und Altersfreigaben
night-ages-gb = Dieser Abend findet im Vereinigten Königreich statt: Die Freigabe der BBFC entscheidet, wer eingelassen werden darf, und ein Saal, der ohne Veranstaltungslizenz zeigt, muss sich daran halten.
night-ages-us = Dieser Abend findet in den USA statt: Die Einstufung der MPA sagt, wer eingelassen werden darf.
night-ages-other = reelguide kennt die Einlassregeln nur für das Vereinigte Königreich und die USA: Prüfen Sie die Regeln am Ort des Abends.
night-ages-none = Der Abend nennt kein Land, deshalb stehen hier die Regeln beider Stellen; es gelten die des Landes, in dem er stattfindet.
night-ages-open = Kein Film des Abends hat eine Freigabe, die einschränkt, wer kommen darf.
night-age-bar = { $film } hat { $mark }: Niemand unter { $age } Jahren darf eingelassen werden, was auch immer die Familie sagt.
night-age-adult-bbfc = { $film } hat { $mark }: Wer unter { $age } ist, muss während des ganzen Films von einem Erwachsenen begleitet werden.
night-age-adult-mpa = { $film } hat { $mark }: Wer unter { $age } ist, muss mit einem Elternteil oder einem erwachsenen Vormund kommen.
night-licence-heading = Filme vor einer Gruppe zeigen
night-licence-us = In den USA ist es nach dem Urheberrecht eine öffentliche Vorführung, einen Film außerhalb des eigenen Zuhauses vor anderen als Familie und Freunden zu zeigen, auch wenn es nichts kostet; eine gekaufte, geliehene oder gestreamte Kopie erlaubt das nicht. Die Ausnahmen sind eng: Unterricht von Angesicht zu Angesicht an einer gemeinnützigen Schule und Gottesdienste, die religiöse Musik und Lesungen abdecken, keine Filme.
night-licence-us-umbrella = Eine Pauschallizenz der Motion Picture Licensing Corporation (MPLC) deckt die Filme der vertretenen Studios in den genannten Räumen, wenn kein Eintritt verlangt und der Titel nicht außerhalb der Gruppe beworben wird. Sonst braucht es eine Lizenz für diesen Film an diesem Tag, von einer Lizenzgesellschaft oder dem Verleih.
night-licence-uk = Auch im Vereinigten Königreich braucht eine öffentliche Filmvorführung die Erlaubnis des Rechteinhabers. Eine MPLC-Pauschallizenz oder eine PVS-Lizenz von Filmbank deckt Vorführungen ohne Eintritt und, bei der MPLC, ohne Werbung außerhalb der Gruppe; ein Filmabend mit Eintritt oder Werbung braucht eine Einzeltitellizenz für diesen Tag.
night-licence-uk-premises = In England und Wales braucht ein Kirchen-, Kapellen-, Dorf- oder Gemeindesaal keine Veranstaltungslizenz, um zwischen 8 und 23 Uhr einen Film vor höchstens 500 Personen zu zeigen, ohne Gewinnabsicht und mit schriftlicher Zustimmung des Trägers. Das befreit nur von der Veranstaltungslizenz: Die urheberrechtliche Lizenz bleibt nötig, und Kinder dürfen nur nach der Freigabe der BBFC eingelassen werden.
night-licence-other = Wo auch immer der Abend stattfindet: Einen Film außerhalb des eigenen Zuhauses vor einer Gruppe zu zeigen, braucht meist eine Lizenz des Rechteinhabers, auch wenn es nichts kostet.
night-licence-check = Klären Sie vor dem Abend mit Ihrem Lizenzgeber, welcher dieser Fälle für Sie gilt.
night-licence-sources = Quellen: Christianity Today, „Video larceny“ (1996); Diözese East Tennessee, „Showing movies in churches“; Deregulation Act 2015, Abschnitt 76, Erläuterungen (legislation.gov.uk); Dacorum Borough Council, „Licensable activities“; Vital Venues (ACRE), „Motion picture licensing“.
night-page-films = Was wir zeigen
night-page-when = Wann
night-page-where = Wo
night-page-ends = Ende gegen { $time } Uhr
night-page-age = Empfohlen ab { $age } Jahren
night-page-ratings = Freigaben
night-page-for-leaders = Für die Leitung
night-page-calendar = In den Kalender übernehmen
night-page-leader-pdf = { $title }, als PDF zum Drucken
night-page-pack = Alles zum Drucken für { $date }
night-page-series = { $count } Abende
night-calendar-summary = { $night }: { $films }
night-calendar-description = Filme: { $films }. Ende gegen { $end } Uhr.

# Die Kommentare des Gerüsts, das `reelguide new` schreibt.
skeleton-intro = Ein reelguide-Datensatz. Das Format beschreibt docs/guide-format.md. Jedes „TODO“ unten ist ein Platzhalter: `reelguide check` nennt jeden, der noch übrig ist, und ein Datensatz mit Platzhaltern wird nie gebaut oder aufgelistet. Ersetzen Sie jeden durch den echten Wert, oder löschen Sie die Zeile (oder den ganzen Teil), wenn der Film nichts dazu hat.
skeleton-original-title = Titel in der Originalsprache
skeleton-language = Sprache des Textes dieses Datensatzes
skeleton-runtime = die Laufzeit in Minuten, etwa 103
skeleton-rating-source = `source` nennt den Eintrag unter `sources`, aus dem die Freigabe stammt.
skeleton-min-age = das jüngste Alter, für das Sie den Film empfehlen
skeleton-advisories = Die Inhaltsprüfung. Eine ausgelassene Kategorie erscheint als nicht geprüft, und der Filter der Eltern behandelt sie als nicht erlaubt: Legen Sie für jede Kategorie einen Eintrag an, sobald Sie sie geprüft haben. Kategorien: sex_nudity, violence, language, substances, frightening, mature_themes. Stärke: none, mild, moderate oder severe. Zeiten sind H:MM ab Filmbeginn, ein Bereich wie 0:52-0:55, und ~ kennzeichnet eine Schätzung (~1:20).
skeleton-theme-spoiler = `false`, wenn es vor dem Film gelesen werden kann, `true`, wenn es die Handlung verrät
skeleton-faith = erscheint, außer der Build lässt den Glaubensteil weg
skeleton-plan = Der Abend. Ohne `plan` wird einer aus den Pausen gemacht. Die Schritte mit `kind: film` müssen zusammen die Laufzeit ergeben und an jeder Pause enden; Schritte mit `kind: faith` entfallen mit dem Glaubensteil.
skeleton-review = die Qualität, getrennt vom Inhalt
skeleton-sources = woher jede Angabe oben stammt
