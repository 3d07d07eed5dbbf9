# Todas las palabras que reelguide imprime, en español. Mismo formato que en.ftl.
# Vocabulario: la edad sigue la fórmula de la calificación española del ICAA
# ("no recomendada para menores de X años", aquí en positivo: "para mayores de X años");
# las categorías siguen las guías para padres en español (sexo y desnudos, violencia,
# lenguaje...). Las intensidades se dicen con "nivel" para no depender del género de la
# categoría: "Violencia: nivel moderado".

## Las ediciones

edition-handout = Hoja para el grupo
    .short = Grupo
edition-leader = Guía del coordinador
    .short = Coordinador
edition-parents = Ficha para padres
    .short = Padres

## La cabecera

credit-directors = Dirección
credit-writers = Guion
credit-based-on = Basada en
credit-cast = Reparto
credit-studio = Productora
credit-countries = País
credit-languages = Idioma
credit-genres = Género
credit-released = Estreno
credit-runtime = Duración
based-on-kind = la { $kind } { $work }
based-on-author = { $work }, de { $author }
based-on-year = { $work } ({ $year })
runtime =
    { $hours ->
        [0] { $minutes } minutos
       *[other]
            { $rest ->
                [0] { $minutes } minutos ({ $hours } h)
               *[other] { $minutes } minutos ({ $hours } h { $rest } min)
            }
    }
date-long = { $day } de { $month } de { $year }
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
date-with-weekday = { $weekday }, { $date }
weekday-1 = lunes
weekday-2 = martes
weekday-3 = miércoles
weekday-4 = jueves
weekday-5 = viernes
weekday-6 = sábado
weekday-7 = domingo
rating-title = Calificación { $system }
rating-sources = (fuente: { $sources })
# Qué significa cada calificación de la MPA (Estados Unidos) y del BBFC (Reino Unido),
# con nuestras palabras, según las categorías que publican.
rating-meaning-mpa-g = Apta para todas las edades.
rating-meaning-mpa-pg = Se sugiere la orientación de los padres: algunas partes pueden no ser adecuadas para niños pequeños.
rating-meaning-mpa-pg-13 = Se advierte seriamente a los padres: algunas partes pueden no ser adecuadas para menores de 13 años.
rating-meaning-mpa-r = Menores de 17 años, solo con su padre, su madre o un tutor adulto.
rating-meaning-mpa-nc-17 = No se admite a nadie de 17 años o menos.
rating-meaning-mpa-nr = La MPA nunca la calificó.
rating-meaning-bbfc-u = Apta para todos a partir de 4 años.
rating-meaning-bbfc-pg = Cualquiera puede verla, pero algunas escenas pueden inquietar a niños de menos de unos 8 años.
rating-meaning-bbfc-12a = Menores de 12 años, solo en el cine y acompañados de un adulto.
rating-meaning-bbfc-12 = No se vende ni se alquila a menores de 12 años.
rating-meaning-bbfc-15 = Nadie menor de 15 años, ni en el cine ni para comprarla o alquilarla.
rating-meaning-bbfc-18 = Solo para adultos.
rating-meaning-bbfc-r18 = Solo para adultos, en cines y tiendas con licencia.
nav-label = Otras ediciones
nav-all-films = Todas las películas
nav-pdf = PDF para imprimir

## Listas y tiempos

list-separator = {", "}
list-last = { $rest } y { $last }
time-about = hacia { $time }
minutes-short = { $minutes } min

## Contenido

audience-heading = Para quién es
audience-age = Recomendada para mayores de { $age } años
synopsis-short = La historia
synopsis-full = La historia completa (revela el final)
advisories-brief = El contenido de un vistazo
advisories-full = Qué hay en la película
column-category = Categoría
column-severity = Nivel
column-shown = Qué se ve
column-category-severity = Categoría y nivel
column-time = Momento
column-what-happens = Qué ocurre
spoiler = Revela la trama
sources-line = Fuente: { $sources }
sources-graded = Guías para familias: { $verdicts }.
sources-graded-and = Guías para familias: { $verdicts }. Además: { $sources }.
sources-ungraded = Ninguna guía para familias lo gradúa; nuestra lectura de: { $sources }.
hidden-spoilers = Se han omitido en esta ficha porque pueden revelar la trama: { $list }.
spoiler-unmarked = Sin revisar si revela la trama
hidden-audience-note = la nota sobre a quién va dirigida
hidden-summaries =
    { $count ->
        [one] 1 resumen de categoría
       *[other] { $count } resúmenes de categoría
    }
hidden-positives =
    { $count ->
        [one] 1 aspecto positivo
       *[other] { $count } aspectos positivos
    }
hidden-review = el comentario de la crítica
verdict = { $source }: { $grade }
verdicts-disagree = Estas guías difieren en dos niveles o más; la más prudente fija la intensidad.
hidden-scene-details =
    { $count ->
        [one] 1 detalle de una escena
       *[other] { $count } detalles de escenas
    }
hidden-themes =
    { $count ->
        [one] 1 tema
       *[other] { $count } temas
    }
hidden-related =
    { $count ->
        [one] 1 película relacionada
       *[other] { $count } películas relacionadas
    }
scenes-heading = Escenas que conviene conocer
scenes-intro = Cada momento con hora de la revisión de contenido, en el orden en que aparece, para verlo antes o saltarlo. Los tiempos cuentan desde el comienzo de la película.
positives-heading = Lo bueno que tiene
themes-heading = Temas

## Las seis categorías y los cuatro niveles

category-sex_nudity = Sexo y desnudos
    .in-sentence = sexo y desnudos
    .covers = besos, contenido sexual, desnudos
category-violence = Violencia
    .in-sentence = violencia
    .covers = peleas, heridas, sangre, armas
category-language = Lenguaje
    .in-sentence = lenguaje
    .covers = palabrotas, insultos, lenguaje grosero
category-substances = Alcohol, drogas y tabaco
    .in-sentence = alcohol, drogas y tabaco
    .covers = bebida, consumo de drogas, tabaco
category-frightening = Escenas de miedo o de tensión
    .in-sentence = escenas de miedo o de tensión
    .covers = sustos, amenazas, imágenes perturbadoras, tensión
category-mature_themes = Temas adultos
    .in-sentence = temas adultos
    .covers = muerte, duelo, suicidio, abusos, intervenciones médicas, tono sombrío
severity-none = Ninguno
    .in-sentence = nivel nulo
severity-mild = Leve
    .in-sentence = nivel leve
severity-moderate = Moderado
    .in-sentence = nivel moderado
severity-severe = Intenso
    .in-sentence = nivel intenso
severity-unreviewed = Sin revisar
    .in-sentence = sin revisar

## La velada y el coloquio

plan-heading = La velada
plan-column-clock = Hora
plan-column-offset = Empieza tras
plan-column-step = Paso
plan-column-minutes = Minutos
plan-end = Final
plan-welcome = Bienvenida
plan-opening-prayer = Oración inicial
plan-questions-before = Preguntas antes de la película
plan-film = La película
plan-film-first = La película, hasta la primera pausa
plan-film-next = La película, hasta la siguiente pausa
plan-film-end = La película, hasta el final
plan-pause = Pausa y preguntas
plan-discussion = Coloquio
plan-closing-prayer = Oración final
faith-heading = Escritura y oración
faith-opening = Oración inicial
faith-readings = Lecturas
faith-closing = Oración final
when-before = Antes de la película
when-pause = En una pausa
when-after = Después de la película
section-pause-at = En la pausa ({ $at })
pause-cue = Detened la película hacia { $at }.
part-pause = Para la pausa hacia { $at }. Nada de lo que hay aquí va más allá de ese momento.
part-after = Después de la película
    .note = Para después de la proyección: estas páginas hablan del final.
question-themes = Temas: { $themes }
question-scripture = Escritura: { $references }
leader-note = Nota para el coordinador.
follow-ups = Para seguir hablando:
quotes-heading = Frases de la película
related-heading = Si te ha gustado, prueba con
related-content-heading = Películas relacionadas y su contenido
review-heading = Qué tal está la película
review-verdict = { $stars } de { $out-of }
review-note = Una opinión sobre su calidad, no sobre su contenido.
review-sources = Fuente: { $sources }.
sources-heading = Fuentes
notes-heading = Notas

## Páginas impresas

page-number = Página { $page } de { $pages }
blank-page = Esta página se ha dejado en blanco a propósito.
booklet-note = Para hacer los cuadernillos: imprimid a doble cara, volteando por el borde corto; doblad cada juego de hojas por la mitad y grapadlo por el pliegue.
two-up-note = Imprimid y cortad cada hoja por la línea de puntos. Una ficha de dos páginas se imprime a doble cara, volteando por el borde corto.
document-subject = { $edition } de la película { $film }
document-subject-directed = { $edition } de la película { $film }, dirigida por { $directors }
document-keyword = guía de coloquio

## El catálogo

catalog-title = Filmoteca
catalog-intro =
    { $count ->
        [one] 1 película.
       *[other] { $count } películas.
    } De cada una: sus calificaciones, la edad mínima que recomendamos y cuánto contiene de seis tipos de contenido, de *ninguno* a *intenso*. Una categoría marcada como *sin revisar* no se ha comprobado.
catalog-filter-label = Filtrar las películas
catalog-limits = Lo que mi hijo puede ver
catalog-filter-intro = **Mostrar solo las películas que mi hijo puede ver.** Elija lo máximo que permite en cada categoría. Una categoría que nadie ha revisado cuenta como no permitida en cuanto fija un límite.
catalog-age = Edad del niño
catalog-age-any = cualquiera
catalog-at-most = { $category }: como mucho
catalog-any-amount = cualquier nivel
catalog-legend = El nivel en palabras y como una barra de tres tramos: un tramo es leve, tres es intenso.
catalog-column-film = Película
catalog-column-ratings = Calificaciones
catalog-column-age = Edad
catalog-column-pages = Páginas
catalog-age-from = +{ $age }
catalog-no-age = sin indicar
catalog-link-pdf = { $edition } en PDF
catalog-search = Buscar un título
    .hint = Parte de un título
catalog-sort = Ordenar por
catalog-sort-title = Título
catalog-sort-year = Año, la más reciente primero
catalog-sort-age = Edad mínima, de menor a mayor
catalog-in-language = En { $language }
language-name = { $code ->
    [en] inglés
    [es] español
    [fr] francés
    [de] alemán
    [pt] portugués
   *[other] { $code }
}
catalog-count = Encajan { $shown } de { $total } películas.
catalog-none-left = Ninguna película cumple todos los límites que ha fijado.
catalog-footer = Hecho con reelguide.

## Por qué se deja fuera una película

reason-too-much = { $category }: { $severity } (su límite: { $allowed })
reason-not-reviewed = { $category } está sin revisar, así que cuenta como no permitida
reason-too-young = recomendada para mayores de { $min_age } años (el niño tiene { $age })
reason-no-age = no indica edad recomendada, así que cuenta como no permitida
reason-heading = Fuera de la lista, y por qué

## Sesiones de cine

night-leader-title = Guía del coordinador para la sesión
night-pack-title = Todo lo que hay que imprimir
night-nav-home = La sesión
night-plan-heading = La velada
night-plan-heading-dated = { $date }: la velada
plan-questions-before-night = Preguntas antes de las películas
plan-night-film = { $film }
plan-night-film-first = { $film }, hasta la primera pausa
plan-night-film-next = { $film }, hasta la siguiente pausa
plan-night-film-end = { $film }, hasta el final
plan-night-pause = Pausa y preguntas sobre { $film }
plan-break = Descanso, con las preguntas entre las películas
night-questions-before = Antes de las películas
night-questions-between = Entre las películas
night-questions-after = Después de las películas
night-notes-heading = Notas para la sesión
night-print-heading = Qué imprimir
night-print-intro = Todo lo que sigue está en el paquete de la sesión ({ $file }), en este orden, listo para imprimir a doble cara; cada copia empieza en una hoja nueva.
night-print-leader = La guía del coordinador para la sesión: una vez.
night-print-handouts = La hoja de { $film }: { $copies ->
        [one] una copia
       *[other] { $copies } copias, una por persona
    }.
night-print-parents = La ficha para padres de { $film }: { $copies ->
        [one] una copia
       *[other] { $copies } copias, una por cada menor de 18 años
    }.
night-ages-heading = Edades y calificaciones
night-ages-gb = Esta sesión es en el Reino Unido: la calificación de la BBFC decide quién puede entrar, y una sala que proyecta sin licencia de local debe respetarla.
night-ages-us = Esta sesión es en Estados Unidos: la calificación de la MPA dice quién puede entrar.
night-ages-other = reelguide solo conoce a quién admiten las calificaciones en el Reino Unido y en Estados Unidos: compruebe las normas del lugar de la sesión.
night-ages-none = La sesión no indica su país, así que se dan las normas de ambos organismos; se aplican las del país donde se celebre.
night-ages-open = Ninguna película de la sesión tiene una calificación que limite quién puede venir.
night-age-bar = { $film } tiene { $mark }: nadie menor de { $age } años puede entrar, diga lo que diga su familia.
night-age-adult-bbfc = { $film } tiene { $mark }: los menores de { $age } años deben estar acompañados por un adulto durante toda la película.
night-age-adult-mpa = { $film } tiene { $mark }: los menores de { $age } años deben venir con su padre, su madre o un tutor adulto.
night-licence-heading = Proyectar películas a un grupo
night-licence-us = En Estados Unidos, proyectar una película fuera de casa, ante personas que no son familia ni amigos, es una exhibición pública según la ley de derechos de autor aunque sea gratis, y una copia comprada, alquilada o vista en streaming no lo permite. Las excepciones son pocas: la enseñanza presencial en una escuela sin ánimo de lucro y los servicios de culto, que cubren música y lecturas religiosas, no películas.
night-licence-us-umbrella = Una licencia general de la Motion Picture Licensing Corporation (MPLC) cubre las películas de los estudios que representa, en el local que nombra, si no se cobra entrada y los títulos no se anuncian fuera del grupo. Si no, hace falta una licencia para esa película en esa fecha, de una entidad de licencias o de la distribuidora.
night-licence-uk = En el Reino Unido también hace falta el permiso del titular de los derechos para proyectar una película en público. La licencia general de la MPLC o la licencia PVS de Filmbank cubren las proyecciones sin cobro y, con la de la MPLC, sin anuncio fuera del grupo; una sesión con entrada o anunciada necesita una licencia para ese título en esa fecha.
night-licence-uk-premises = En Inglaterra y Gales, un salón parroquial, de capilla o comunitario no necesita licencia de local para proyectar una película entre las 8 y las 23 h ante 500 personas como máximo, sin ánimo de lucro y con el permiso escrito de quien gestiona el salón. Eso solo exime de la licencia de local: sigue haciendo falta la licencia de derechos de autor, y los menores solo pueden entrar según la calificación de la BBFC.
night-licence-other = Dondequiera que se celebre la sesión, proyectar una película a un grupo fuera de casa suele necesitar una licencia del titular de los derechos, aunque sea gratis.
night-licence-check = Antes de la sesión, consulte con quien le concede la licencia cuál de estos casos es el suyo.
night-licence-sources = Fuentes: Christianity Today, «Video larceny» (1996); Diócesis de East Tennessee, «Showing movies in churches»; Deregulation Act 2015, artículo 76, notas explicativas (legislation.gov.uk); Dacorum Borough Council, «Licensable activities»; Vital Venues (ACRE), «Motion picture licensing».
night-page-films = Qué vamos a ver
night-page-when = Cuándo
night-page-where = Dónde
night-page-ends = Termina hacia las { $time }
night-page-age = Recomendada para mayores de { $age } años
night-page-ratings = Calificaciones
night-page-for-leaders = Para el coordinador
night-page-calendar = Añadir al calendario
night-page-leader-pdf = { $title }, en PDF para imprimir
night-page-pack = Todo lo que hay que imprimir para el { $date }
night-page-series = { $count } sesiones
night-calendar-summary = { $night }: { $films }
night-calendar-description = Películas: { $films }. Termina hacia las { $end }.

# Los comentarios del esqueleto que escribe `reelguide new`.
skeleton-intro = Una ficha de reelguide. El formato se describe en docs/guide-format.md. Cada "TODO" de abajo es un marcador: `reelguide check` enumera los que quedan, y una ficha con marcadores nunca se construye ni se lista. Sustituya cada uno por el valor real, o borre la línea (o la parte entera) si la película no lo tiene.
skeleton-original-title = Título en el idioma original
skeleton-language = idioma del texto de esta ficha
skeleton-runtime = la duración en minutos, por ejemplo 103
skeleton-rating-source = `source` nombra la entrada de `sources` de la que se tomó la calificación.
skeleton-min-age = la edad mínima para la que la recomienda
skeleton-advisories = La revisión del contenido. Una categoría que se omite aparece como no revisada, y el filtro de los padres la trata como no permitida: añada una entrada por categoría cuando la haya comprobado. Categorías: sex_nudity, violence, language, substances, frightening, mature_themes. Intensidad: none, mild, moderate o severe. Los tiempos son H:MM desde el comienzo de la película, un intervalo como 0:52-0:55, y ~ indica una estimación (~1:20).
skeleton-theme-spoiler = `false` si puede leerse antes de la película, `true` si revela la trama
skeleton-faith = se muestra salvo que la construcción quite la parte de fe
skeleton-plan = La velada. Sin `plan`, se prepara uno a partir de las pausas. Los pasos con `kind: film` deben sumar la duración y detenerse en cada pausa; los pasos con `kind: faith` desaparecen con la parte de fe.
skeleton-review = la calidad, aparte del contenido
skeleton-sources = de dónde sale cada dato de arriba
