# Every word reelguide prints in its outputs (the handout, the leader's guide, the
# parents' card, the catalog and the terminal card), in Fluent syntax:
# https://projectfluent.org/fluent/guide/
#
# To reword something, copy this file to `locales/en.ftl` in your templates folder
# (`reelguide templates eject DIR` does it) and change the messages you want; the rest
# keep these words. A change here reaches the HTML, the PDF and the terminal alike.
# `*word*` is italic and `**word**` bold, as in the records.

## The editions

edition-handout = Discussion handout
    .short = Handout
edition-leader = Leader's guide
    .short = Leader
edition-parents = Parents' card
    .short = Parents

## The masthead

credit-directors = Directed by
credit-writers = Written by
credit-based-on = Based on
credit-cast = Starring
credit-studio = Studio
credit-countries = Country
credit-languages = Language
credit-genres = Genre
credit-released = Released
credit-runtime = Running time
# The book or play a film is based on; `kind` is written in the record ("novel").
based-on-kind = the { $kind } { $work }
based-on-author = { $work } by { $author }
based-on-year = { $work } ({ $year })
runtime =
    { $hours ->
        [0] { $minutes } minutes
       *[other]
            { $rest ->
                [0] { $minutes } minutes ({ $hours } h)
               *[other] { $minutes } minutes ({ $hours } h { $rest } min)
            }
    }
date-long = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
# The day of a film night: "Friday 6 March 2026".
date-with-weekday = { $weekday } { $date }
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
rating-title = { $system } rating
rating-sources = (source: { $sources })
# What each rating of the MPA (United States) and the BBFC (United Kingdom) means, in
# our own words, from the boards' published categories; on the leader's guide and the
# parents' card beside the rating.
rating-meaning-mpa-g = Suitable for every age.
rating-meaning-mpa-pg = Parental guidance suggested: parts may not suit young children.
rating-meaning-mpa-pg-13 = Parents strongly cautioned: parts may not suit children under 13.
rating-meaning-mpa-r = Under 17 only with a parent or adult guardian.
rating-meaning-mpa-nc-17 = No one aged 17 or under admitted.
rating-meaning-mpa-nr = Never rated by the MPA.
rating-meaning-bbfc-u = Suitable for everyone aged 4 and over.
rating-meaning-bbfc-pg = Anyone may watch, but some scenes may upset children under about 8.
rating-meaning-bbfc-12a = Under 12 only at the cinema, and only with an adult.
rating-meaning-bbfc-12 = Not sold or rented to anyone under 12.
rating-meaning-bbfc-15 = No one under 15, at the cinema or to buy or rent.
rating-meaning-bbfc-18 = Adults only.
rating-meaning-bbfc-r18 = Adults only, in licensed cinemas and shops.
nav-label = Other editions
nav-all-films = All films
nav-pdf = PDF to print

## Lists and times

list-separator = {", "}
# The last two items of a list: "3 scene details and 1 theme".
list-last = { $rest } and { $last }
time-about = about { $time }
minutes-short = { $minutes } min

## Content

audience-heading = Who it is for
audience-age = Recommended for ages { $age } and up
synopsis-short = The story
synopsis-full = The whole story (spoilers)
advisories-brief = Content at a glance
advisories-full = What is in the film
column-category = Category
column-severity = Severity
column-shown = What is shown
column-category-severity = Category and severity
column-time = Time
column-what-happens = What happens
spoiler = Spoiler
sources-line = Source: { $sources }
sources-graded = Parent guides: { $verdicts }.
sources-graded-and = Parent guides: { $verdicts }. Also: { $sources }.
sources-ungraded = No parent guide grades this; our reading of: { $sources }.
hidden-spoilers = Left off this card because they may give away the plot: { $list }.
spoiler-unmarked = Not checked for spoilers
hidden-audience-note = the note on who it is for
hidden-summaries =
    { $count ->
        [one] 1 category summary
       *[other] { $count } category summaries
    }
hidden-positives =
    { $count ->
        [one] 1 good point
       *[other] { $count } good points
    }
hidden-review = the reviewer's words
verdict = { $source }: { $grade }
verdicts-disagree = These guides disagree by two steps or more; the most cautious sets the severity.
hidden-scene-details =
    { $count ->
        [one] 1 scene detail
       *[other] { $count } scene details
    }
hidden-themes =
    { $count ->
        [one] 1 theme
       *[other] { $count } themes
    }
hidden-related =
    { $count ->
        [one] 1 related film
       *[other] { $count } related films
    }
scenes-heading = Scenes to know about
scenes-intro = Every timed moment of the content review, in the order they come, to preview or skip. Times are from the start of the film.
positives-heading = What is good in it
themes-heading = Themes

## The six categories and four severities. `.in-sentence` is the form used inside a
## sentence ("violence & gore is moderate"); `.covers` says what a category takes in.

category-sex_nudity = Sex & Nudity
    .in-sentence = sex & nudity
    .covers = kissing, sexual content, nudity
category-violence = Violence & Gore
    .in-sentence = violence & gore
    .covers = fighting, injury, blood, weapons
category-language = Language
    .in-sentence = language
    .covers = swearing, slurs, crude talk
category-substances = Alcohol, Drugs & Smoking
    .in-sentence = alcohol, drugs & smoking
    .covers = drinking, drug use, smoking
category-frightening = Frightening & Intense Scenes
    .in-sentence = frightening & intense scenes
    .covers = scares, threat, disturbing images, tension
category-mature_themes = Mature Themes
    .in-sentence = mature themes
    .covers = death, grief, suicide, abuse, medical procedures, bleak tone
severity-none = None
    .in-sentence = none
severity-mild = Mild
    .in-sentence = mild
severity-moderate = Moderate
    .in-sentence = moderate
severity-severe = Severe
    .in-sentence = severe
severity-unreviewed = Not reviewed
    .in-sentence = not reviewed

## The evening and the discussion

plan-heading = The evening
plan-column-clock = Time
plan-column-offset = Starts after
plan-column-step = Step
plan-column-minutes = Minutes
plan-end = End
plan-welcome = Welcome
plan-opening-prayer = Opening prayer
plan-questions-before = Questions before the film
plan-film = The film
plan-film-first = The film, to the first pause
plan-film-next = The film, to the next pause
plan-film-end = The film, to the end
plan-pause = Pause and questions
plan-discussion = Discussion
plan-closing-prayer = Closing prayer
faith-heading = Scripture and prayer
faith-opening = Opening prayer
faith-readings = Readings
faith-closing = Closing prayer
when-before = Before the film
when-pause = At a pause
when-after = After the film
section-pause-at = At the pause ({ $at })
pause-cue = Pause the film at about { $at }.
part-pause = For the pause at about { $at }. Nothing here goes further into the film than that.
part-after = After the film
    .note = For after the screening: these pages talk about the ending.
question-themes = Themes: { $themes }
question-scripture = Scripture: { $references }
leader-note = Leader's note.
follow-ups = Follow-up questions:
quotes-heading = Lines from the film
related-heading = If you liked this, try
related-content-heading = Related films and their content
review-heading = How good a film it is
review-verdict = { $stars } out of { $out-of }
review-note = A verdict on its quality, not on its content.
review-sources = Source: { $sources }.
sources-heading = Sources
notes-heading = Notes

## Printed pages

page-number = Page { $page } of { $pages }
blank-page = This page is intentionally left blank.
booklet-note = To make the booklets: print double-sided, flipping on the short edge; fold each set of sheets in half and staple on the fold.
two-up-note = Print, then cut each sheet along the dashed line. A card of two pages prints double-sided, flipping on the short edge.
document-subject = { $edition } for the film { $film }
document-subject-directed = { $edition } for the film { $film }, directed by { $directors }
document-keyword = discussion guide

## The catalog

catalog-title = Film library
catalog-intro =
    { $count ->
        [one] 1 film.
       *[other] { $count } films.
    } For each: its ratings, the youngest age we recommend it for, and how much of six kinds of content it holds, from *none* to *severe*. A category marked *not reviewed* has not been checked.
catalog-filter-label = Filter the films
catalog-limits = What my child may see
catalog-filter-intro = **Show only the films my child may see.** Choose the most you allow in each category. A category nobody has reviewed counts as not allowed once you set a limit.
catalog-age = Child's age
catalog-age-any = any
catalog-at-most = { $category }: at most
catalog-any-amount = any amount
catalog-legend = Severity in words and as a bar of three steps: one step is mild, three is severe.
catalog-column-film = Film
catalog-column-ratings = Ratings
catalog-column-age = Age
catalog-column-pages = Pages
catalog-age-from = { $age }+
catalog-no-age = not given
catalog-link-pdf = { $edition } PDF
catalog-search = Find a title
    .hint = Part of a title
catalog-sort = Sort by
catalog-sort-title = Title
catalog-sort-year = Year, newest first
catalog-sort-age = Youngest age first
catalog-in-language = In { $language }
language-name = { $code ->
    [en] English
    [es] Spanish
    [fr] French
    [de] German
    [pt] Portuguese
   *[other] { $code }
}
catalog-count = { $shown } of { $total } films fit.
catalog-none-left = No film fits every limit you set.
catalog-footer = Made with reelguide.

## Why a film is left out, in `reelguide list` and the catalog's filter

reason-too-much = { $category } is { $severity } (your limit: { $allowed })
reason-not-reviewed = { $category } is not reviewed, so it counts as not allowed
reason-too-young = recommended from age { $min_age } (the child is { $age })
reason-no-age = no recommended age is given, so it counts as not allowed
reason-heading = Left out, and why

## Film nights: the night's leader's guide, its page for parents, its calendar entry

night-leader-title = Leader's guide to the night
night-pack-title = Everything to print
night-nav-home = The night
night-plan-heading = The evening
night-plan-heading-dated = { $date }: the evening
plan-questions-before-night = Questions before the films
plan-night-film = { $film }
plan-night-film-first = { $film }, to the first pause
plan-night-film-next = { $film }, to the next pause
plan-night-film-end = { $film }, to the end
plan-night-pause = Pause and questions on { $film }
plan-break = Break, with the questions between the films
night-questions-before = Before the films
night-questions-between = Between the films
night-questions-after = After the films
night-notes-heading = Notes for the night
night-print-heading = What to print
night-print-intro = Everything below is in the night's pack ({ $file }), in this order, ready to print double-sided; every copy starts on a new sheet.
night-print-leader = The leader's guide to the night: once.
night-print-handouts = The handout for { $film }: { $copies ->
        [one] one copy
       *[other] { $copies } copies, one for each person
    }.
night-print-parents = The parents' card for { $film }: { $copies ->
        [one] one copy
       *[other] { $copies } copies, one for each person under 18
    }.
# The licence note's facts come from the Independent Cinema Office ("What licences do
# I need?"), Vital Venues on the MPLC umbrella licence, and a church film-licence FAQ
# (bowdendynasty.com); the words are ours.
night-ages-heading = Ages and certificates
night-ages-gb = This night is in the United Kingdom: the BBFC certificate decides who may be admitted, and a hall that shows films without a premises licence must keep to it.
night-ages-us = This night is in the United States: the MPA rating says who may be admitted.
night-ages-other = reelguide knows who certificates admit in the United Kingdom and the United States only: check the rules where this night is held.
night-ages-none = The night does not say its country, so both boards' rules are given; the rules of the country where it is held apply.
night-ages-open = No film of the night has a certificate that limits who may come.
night-age-bar = { $film } is { $mark }: no one under { $age } may be admitted, whatever their family says.
night-age-adult-bbfc = { $film } is { $mark }: anyone under { $age } must be accompanied by an adult for the whole film.
night-age-adult-mpa = { $film } is { $mark }: anyone under { $age } must come with a parent or adult guardian.
night-licence-heading = Showing films to a group
night-licence-us = In the United States, showing a film anywhere but a home, to people beyond family and friends, is a public performance under copyright law even when it is free, and a bought, rented or streamed copy does not allow it. The exemptions are narrow: face-to-face teaching in a nonprofit school, and worship services, which cover religious music and readings, not films.
night-licence-us-umbrella = An umbrella licence from the Motion Picture Licensing Corporation (MPLC) covers the films of the studios it represents, at the premises it names, when no admission is charged and the titles are not advertised outside the group. Otherwise you need a licence for that film on that date, from a licensing company or the distributor.
night-licence-uk = In the United Kingdom, too, showing a film in public needs the copyright owner's permission. An MPLC Umbrella Licence or a Filmbank PVS Licence covers showings that charge nothing and, under the MPLC licence, are not advertised outside the group; a film night that charges or is advertised needs a single-title licence for that date.
night-licence-uk-premises = In England and Wales a church, chapel, village or parish hall needs no premises licence to show a film between 8am and 11pm to at most 500 people, not for profit, with the written consent of the hall's management committee. That lifts the licensing law only: the copyright licence is still needed, and children may be admitted only as the BBFC certificate allows.
night-licence-other = Wherever the night is held, showing a film to a group outside a home usually needs a licence from the copyright owner, even when it is free.
night-licence-check = Check with your licensor before the night which of these applies to you.
night-licence-sources = Sources: Christianity Today, "Video larceny" (1996); Diocese of East Tennessee, "Showing movies in churches"; Deregulation Act 2015, section 76, explanatory notes (legislation.gov.uk); Dacorum Borough Council, "Licensable activities"; Vital Venues (ACRE), "Motion picture licensing".
night-page-films = What we are showing
night-page-when = When
night-page-where = Where
night-page-ends = Ends about { $time }
night-page-age = Recommended from { $age }
night-page-ratings = Ratings
night-page-for-leaders = For the leader
night-page-calendar = Add to your calendar
night-page-leader-pdf = { $title }, as a PDF to print
night-page-pack = Everything to print for { $date }
night-page-series = { $count } evenings
night-calendar-summary = { $night }: { $films }
night-calendar-description = Films: { $films }. Ends about { $end }.

# The comments of the skeleton `reelguide new` writes.
skeleton-intro = A reelguide record. The format is described in docs/guide-format.md. Every "TODO" below is a placeholder: `reelguide check` lists each one that is left, and a record with placeholders is never built or listed. Replace each with the real value, or delete the line (or the whole part) if the film has none.
skeleton-original-title = Title in the original language
skeleton-language = language of this record's text
skeleton-runtime = the running time in minutes, such as 103
skeleton-rating-source = `source` names the entry under `sources` the rating was taken from.
skeleton-min-age = the youngest age you recommend it for
skeleton-advisories = The content review. A category you leave out is shown as not reviewed, and a parent's filter treats it as not allowed: add one entry per category once you have checked it. Categories: sex_nudity, violence, language, substances, frightening, mature_themes. Severity: none, mild, moderate or severe. Times are H:MM from the start of the film, a range such as 0:52-0:55, and ~ marks an estimate (~1:20).
skeleton-theme-spoiler = `false` if it is safe before the film, `true` if it gives the plot away
skeleton-faith = shown unless the build turns the faith layer off
skeleton-plan = The evening. Leave `plan` out to have one made from the pauses. The steps with `kind: film` must add up to the running time and stop at each pause; steps with `kind: faith` leave with the faith layer.
skeleton-review = quality, kept apart from content
skeleton-sources = where every fact above came from
