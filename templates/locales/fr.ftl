# Tous les mots que reelguide imprime, en français. Même format que en.ftl.
# Vocabulaire : l'âge suit la formule des visas français (« déconseillé aux moins de
# X ans »), dite ici en positif (« à partir de X ans ») ; les catégories suivent les
# guides pour parents francophones. L'intensité est dite avec « niveau » pour ne pas
# dépendre du genre de la catégorie : « Violence : niveau modéré ».

## Les éditions

edition-handout = Feuille pour le groupe
    .short = Groupe
edition-leader = Guide de l'animateur
    .short = Animateur
edition-parents = Fiche pour les parents
    .short = Parents

## L'en-tête

credit-directors = Réalisation
credit-writers = Scénario
credit-based-on = D'après
credit-cast = Avec
credit-studio = Production
credit-countries = Pays
credit-languages = Langue
credit-genres = Genre
credit-released = Sortie
credit-runtime = Durée
based-on-kind = le { $kind } { $work }
based-on-author = { $work }, de { $author }
based-on-year = { $work } ({ $year })
runtime =
    { $hours ->
        [0] { $minutes } minutes
       *[other]
            { $rest ->
                [0] { $minutes } minutes ({ $hours } h)
               *[other] { $minutes } minutes ({ $hours } h { $rest })
            }
    }
date-long = { $day } { $month } { $year }
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
date-with-weekday = { $weekday } { $date }
weekday-1 = lundi
weekday-2 = mardi
weekday-3 = mercredi
weekday-4 = jeudi
weekday-5 = vendredi
weekday-6 = samedi
weekday-7 = dimanche
rating-title = Classification { $system }
rating-sources = (source : { $sources })
# Ce que veut dire chaque classification de la MPA (États-Unis) et du BBFC (Royaume-Uni),
# avec nos mots, d'après les catégories qu'ils publient.
rating-meaning-mpa-g = Pour tous les âges.
rating-meaning-mpa-pg = Accord parental souhaitable : certains passages peuvent ne pas convenir aux jeunes enfants.
rating-meaning-mpa-pg-13 = Forte mise en garde aux parents : certains passages peuvent ne pas convenir aux moins de 13 ans.
rating-meaning-mpa-r = Moins de 17 ans uniquement avec un parent ou un tuteur adulte.
rating-meaning-mpa-nc-17 = Interdit aux 17 ans et moins.
rating-meaning-mpa-nr = Jamais classé par la MPA.
rating-meaning-bbfc-u = Pour tous, dès 4 ans.
rating-meaning-bbfc-pg = Tout public, mais certaines scènes peuvent troubler les enfants de moins de 8 ans environ.
rating-meaning-bbfc-12a = Moins de 12 ans : en salle seulement, accompagnés d'un adulte.
rating-meaning-bbfc-12 = Ni vendu ni loué aux moins de 12 ans.
rating-meaning-bbfc-15 = Interdit aux moins de 15 ans, en salle comme à l'achat ou à la location.
rating-meaning-bbfc-18 = Réservé aux adultes.
rating-meaning-bbfc-r18 = Réservé aux adultes, dans des salles et boutiques agréées.
nav-label = Autres éditions
nav-all-films = Tous les films
nav-pdf = PDF à imprimer

## Listes et heures

list-separator = {", "}
list-last = { $rest } et { $last }
time-about = vers { $time }
minutes-short = { $minutes } min

## Contenu

audience-heading = Pour qui
audience-age = Conseillé à partir de { $age } ans
synopsis-short = L'histoire
synopsis-full = Toute l'histoire (révèle la fin)
advisories-brief = Le contenu en un coup d'œil
advisories-full = Ce que contient le film
column-category = Catégorie
column-severity = Niveau
column-shown = Ce qu'on voit
column-category-severity = Catégorie et niveau
column-time = Moment
column-what-happens = Ce qui se passe
spoiler = Révèle l'intrigue
sources-line = Source : { $sources }
sources-graded = Guides pour les parents : { $verdicts }.
sources-graded-and = Guides pour les parents : { $verdicts }. Aussi : { $sources }.
sources-ungraded = Aucun guide pour les parents ne le note ; notre lecture de : { $sources }.
hidden-spoilers = Absents de cette fiche parce qu'ils peuvent révéler l'intrigue : { $list }.
spoiler-unmarked = Non vérifié pour l'intrigue
hidden-audience-note = la note sur le public visé
hidden-summaries =
    { $count ->
        [one] 1 résumé de catégorie
       *[other] { $count } résumés de catégorie
    }
hidden-positives =
    { $count ->
        [one] 1 point positif
       *[other] { $count } points positifs
    }
hidden-review = le commentaire de la critique
verdict = { $source } : { $grade }
verdicts-disagree = Ces guides diffèrent de deux niveaux ou plus ; le plus prudent fixe l'intensité.
hidden-scene-details =
    { $count ->
        [one] 1 détail de scène
       *[other] { $count } détails de scènes
    }
hidden-themes =
    { $count ->
        [one] 1 thème
       *[other] { $count } thèmes
    }
hidden-related =
    { $count ->
        [one] 1 film apparenté
       *[other] { $count } films apparentés
    }
scenes-heading = Scènes à connaître
scenes-intro = Chaque moment minuté de l'analyse du contenu, dans l'ordre du film, pour le visionner avant ou le passer. Les minutages partent du début du film.
positives-heading = Ce qu'il a de bon
themes-heading = Thèmes

## Les six catégories et les quatre niveaux

category-sex_nudity = Sexualité et nudité
    .in-sentence = sexualité et nudité
    .covers = baisers, contenu sexuel, nudité
category-violence = Violence
    .in-sentence = violence
    .covers = bagarres, blessures, sang, armes
category-language = Langage
    .in-sentence = langage
    .covers = jurons, insultes, grossièretés
category-substances = Alcool, drogues et tabac
    .in-sentence = alcool, drogues et tabac
    .covers = boisson, consommation de drogue, tabac
category-frightening = Scènes effrayantes ou intenses
    .in-sentence = scènes effrayantes ou intenses
    .covers = peurs, menace, images perturbantes, tension
category-mature_themes = Thèmes pour adultes
    .in-sentence = thèmes pour adultes
    .covers = mort, deuil, suicide, abus, actes médicaux, ton sombre
severity-none = Aucun
    .in-sentence = niveau nul
severity-mild = Léger
    .in-sentence = niveau léger
severity-moderate = Modéré
    .in-sentence = niveau modéré
severity-severe = Fort
    .in-sentence = niveau fort
severity-unreviewed = Non examiné
    .in-sentence = non examiné

## La soirée et la discussion

plan-heading = La soirée
plan-column-clock = Heure
plan-column-offset = Commence après
plan-column-step = Étape
plan-column-minutes = Minutes
plan-end = Fin
plan-welcome = Accueil
plan-opening-prayer = Prière d'ouverture
plan-questions-before = Questions avant le film
plan-film = Le film
plan-film-first = Le film, jusqu'à la première pause
plan-film-next = Le film, jusqu'à la pause suivante
plan-film-end = Le film, jusqu'à la fin
plan-pause = Pause et questions
plan-discussion = Discussion
plan-closing-prayer = Prière de clôture
faith-heading = Écriture et prière
faith-opening = Prière d'ouverture
faith-readings = Lectures
faith-closing = Prière de clôture
when-before = Avant le film
when-pause = Pendant une pause
when-after = Après le film
section-pause-at = À la pause ({ $at })
pause-cue = Arrêtez le film vers { $at }.
part-pause = Pour la pause vers { $at }. Rien ici ne va plus loin dans le film.
part-after = Après le film
    .note = Pour après la projection : ces pages parlent de la fin.
question-themes = Thèmes : { $themes }
question-scripture = Écriture : { $references }
leader-note = Note pour l'animateur.
follow-ups = Pour aller plus loin :
quotes-heading = Répliques du film
related-heading = Si vous l'avez aimé, essayez
related-content-heading = Films apparentés et leur contenu
review-heading = Ce que vaut le film
review-verdict = { $stars } sur { $out-of }
review-note = Un avis sur sa qualité, pas sur son contenu.
review-sources = Source : { $sources }.
sources-heading = Sources
notes-heading = Notes

## Pages imprimées

page-number = Page { $page } sur { $pages }
blank-page = Cette page est laissée blanche volontairement.
booklet-note = Pour faire les livrets : imprimez en recto verso, retournement sur le bord court ; pliez chaque jeu de feuilles en deux et agrafez au pli.
two-up-note = Imprimez, puis coupez chaque feuille le long du pointillé. Une fiche de deux pages s'imprime en recto verso, retournement sur le bord court.
document-subject = { $edition } du film { $film }
document-subject-directed = { $edition } du film { $film }, réalisé par { $directors }
document-keyword = guide de discussion

## Le catalogue

catalog-title = Filmothèque
catalog-intro =
    { $count ->
        [one] 1 film.
       *[other] { $count } films.
    } Pour chacun : ses classifications, l'âge minimum que nous conseillons, et la part de six sortes de contenu, de *aucun* à *fort*. Une catégorie marquée *non examiné* n'a pas été vérifiée.
catalog-filter-label = Filtrer les films
catalog-limits = Ce que mon enfant peut voir
catalog-filter-intro = **N'afficher que les films que mon enfant peut voir.** Choisissez le maximum que vous acceptez dans chaque catégorie. Une catégorie que personne n'a examinée compte comme refusée dès qu'une limite est fixée.
catalog-age = Âge de l'enfant
catalog-age-any = tout âge
catalog-at-most = { $category } : au plus
catalog-any-amount = tout niveau
catalog-legend = Le niveau en mots et en barre de trois crans : un cran est léger, trois est fort.
catalog-column-film = Film
catalog-column-ratings = Classifications
catalog-column-age = Âge
catalog-column-pages = Pages
catalog-age-from = { $age } ans et +
catalog-no-age = non indiqué
catalog-link-pdf = { $edition } en PDF
catalog-search = Chercher un titre
    .hint = Une partie du titre
catalog-sort = Trier par
catalog-sort-title = Titre
catalog-sort-year = Année, la plus récente d'abord
catalog-sort-age = Âge minimum, le plus jeune d'abord
catalog-in-language = En { $language }
language-name = { $code ->
    [en] anglais
    [es] espagnol
    [fr] français
    [de] allemand
    [pt] portugais
   *[other] { $code }
}
catalog-count = { $shown } films sur { $total } conviennent.
catalog-none-left = Aucun film ne respecte toutes vos limites.
catalog-footer = Fait avec reelguide.

## Pourquoi un film est écarté

reason-too-much = { $category } : { $severity } (votre limite : { $allowed })
reason-not-reviewed = { $category } non examiné, donc compté comme refusé
reason-too-young = conseillé à partir de { $min_age } ans (l'enfant a { $age } ans)
reason-no-age = aucun âge conseillé n'est indiqué, donc compté comme refusé
reason-heading = Écartés, et pourquoi

## Soirées cinéma

night-leader-title = Guide de l'animateur pour la soirée
night-pack-title = Tout ce qu'il faut imprimer
night-nav-home = La soirée
night-plan-heading = La soirée
night-plan-heading-dated = { $date } : la soirée
plan-questions-before-night = Questions avant les films
plan-night-film = { $film }
plan-night-film-first = { $film }, jusqu'à la première pause
plan-night-film-next = { $film }, jusqu'à la pause suivante
plan-night-film-end = { $film }, jusqu'à la fin
plan-night-pause = Pause et questions sur { $film }
plan-break = Entracte, avec les questions entre les films
night-questions-before = Avant les films
night-questions-between = Entre les films
night-questions-after = Après les films
night-notes-heading = Notes pour la soirée
night-print-heading = Ce qu'il faut imprimer
night-print-intro = Tout ce qui suit est dans le dossier d'impression de la soirée ({ $file }), dans cet ordre, prêt à imprimer en recto verso ; chaque exemplaire commence sur une nouvelle feuille.
night-print-leader = Le guide de l'animateur pour la soirée : une fois.
night-print-handouts = La feuille de { $film } : { $copies ->
        [one] un exemplaire
       *[other] { $copies } exemplaires, un par personne
    }.
night-print-parents = La fiche pour les parents de { $film } : { $copies ->
        [one] un exemplaire
       *[other] { $copies } exemplaires, un par mineur
    }.
night-ages-heading = Âges et classifications
night-ages-gb = Cette soirée a lieu au Royaume-Uni : la classification de la BBFC décide qui peut entrer, et une salle qui projette sans licence de lieu doit la respecter.
night-ages-us = Cette soirée a lieu aux États-Unis : la classification de la MPA dit qui peut entrer.
night-ages-other = reelguide ne connaît les règles d'admission qu'au Royaume-Uni et aux États-Unis : vérifiez celles du lieu de la soirée.
night-ages-none = La soirée n'indique pas son pays : les règles des deux organismes sont données ; celles du pays où elle a lieu s'appliquent.
night-ages-open = Aucun film de la soirée n'a de classification qui limite qui peut venir.
night-age-bar = { $film } est classé { $mark } : personne de moins de { $age } ans ne peut entrer, quoi qu'en dise sa famille.
night-age-adult-bbfc = { $film } est classé { $mark } : les moins de { $age } ans doivent être accompagnés d'un adulte pendant tout le film.
night-age-adult-mpa = { $film } est classé { $mark } : les moins de { $age } ans doivent venir avec un parent ou un tuteur adulte.
night-licence-heading = Projeter des films à un groupe
night-licence-us = Aux États-Unis, projeter un film ailleurs qu'à la maison, devant d'autres personnes que la famille et les amis, est une représentation publique au regard du droit d'auteur, même gratuite, et une copie achetée, louée ou en streaming ne l'autorise pas. Les exceptions sont étroites : l'enseignement en présentiel dans une école à but non lucratif, et le culte, qui couvre la musique et les lectures religieuses, pas les films.
night-licence-us-umbrella = Une licence générale de la Motion Picture Licensing Corporation (MPLC) couvre les films des studios qu'elle représente, dans le lieu qu'elle nomme, si l'entrée est gratuite et les titres ne sont pas annoncés hors du groupe. Sinon, il faut une licence pour ce film à cette date, auprès d'une société de licences ou du distributeur.
night-licence-uk = Au Royaume-Uni aussi, projeter un film en public demande l'autorisation du titulaire des droits. La licence générale de la MPLC ou la licence PVS de Filmbank couvrent les projections gratuites et, pour la MPLC, non annoncées hors du groupe ; une soirée payante ou annoncée demande une licence pour ce titre à cette date.
night-licence-uk-premises = En Angleterre et au pays de Galles, une salle paroissiale, de chapelle, de village ou de quartier n'a pas besoin de licence de lieu pour projeter un film entre 8 h et 23 h devant 500 personnes au plus, sans but lucratif, avec l'accord écrit de son comité de gestion. Cela ne lève que la licence de lieu : la licence de droit d'auteur reste nécessaire, et les mineurs ne peuvent entrer que selon la classification de la BBFC.
night-licence-other = Où que la soirée ait lieu, projeter un film à un groupe hors de la maison demande le plus souvent une licence du titulaire des droits, même gratuitement.
night-licence-check = Avant la soirée, vérifiez auprès de votre fournisseur de licence lequel de ces cas est le vôtre.
night-licence-sources = Sources : Christianity Today, « Video larceny » (1996) ; diocèse d'East Tennessee, « Showing movies in churches » ; Deregulation Act 2015, article 76, notes explicatives (legislation.gov.uk) ; Dacorum Borough Council, « Licensable activities » ; Vital Venues (ACRE), « Motion picture licensing ».
night-page-films = Au programme
night-page-when = Quand
night-page-where = Où
night-page-ends = Fin vers { $time }
night-page-age = Conseillé à partir de { $age } ans
night-page-ratings = Classifications
night-page-for-leaders = Pour l'animateur
night-page-calendar = Ajouter à votre agenda
night-page-leader-pdf = { $title }, en PDF à imprimer
night-page-pack = Tout ce qu'il faut imprimer pour le { $date }
night-page-series = { $count } soirées
night-calendar-summary = { $night } : { $films }
night-calendar-description = Films : { $films }. Fin vers { $end }.

# Les commentaires du squelette qu'écrit `reelguide new`.
skeleton-intro = Une fiche reelguide. Le format est décrit dans docs/guide-format.md. Chaque « TODO » ci-dessous est à remplacer : `reelguide check` signale chacun de ceux qui restent, et une fiche qui en contient n'est jamais construite ni listée. Remplacez chacun par la vraie valeur, ou supprimez la ligne (ou toute la partie) si le film n'en a pas.
skeleton-original-title = Titre dans la langue d'origine
skeleton-language = langue du texte de cette fiche
skeleton-runtime = la durée en minutes, par exemple 103
skeleton-rating-source = `source` désigne l'entrée de `sources` d'où vient la classification.
skeleton-min-age = l'âge minimum pour lequel vous le conseillez
skeleton-advisories = L'examen du contenu. Une catégorie omise apparaît comme non examinée, et le filtre des parents la considère comme non permise : ajoutez une entrée par catégorie une fois vérifiée. Catégories : sex_nudity, violence, language, substances, frightening, mature_themes. Intensité : none, mild, moderate ou severe. Les temps s'écrivent H:MM depuis le début du film, un intervalle comme 0:52-0:55, et ~ marque une estimation (~1:20).
skeleton-theme-spoiler = `false` s'il peut être lu avant le film, `true` s'il révèle l'intrigue
skeleton-faith = affiché sauf si la construction retire la partie foi
skeleton-plan = La soirée. Sans `plan`, un déroulé est fait à partir des pauses. Les étapes `kind: film` doivent totaliser la durée du film et s'arrêter à chaque pause ; les étapes `kind: faith` disparaissent avec la partie foi.
skeleton-review = la qualité, à part du contenu
skeleton-sources = d'où vient chaque fait ci-dessus
