# Todas as palavras que o reelguide imprime, em português. Mesmo formato que en.ftl.
# Vocabulário: a idade segue a fórmula das classificações de Portugal e do Brasil
# ("não recomendado para menores de X anos"), dita aqui pela positiva ("a partir de
# X anos"); as categorias seguem os guias para pais em português. A intensidade diz-se
# com "nível" para não depender do género da categoria: "Violência: nível moderado".

## As edições

edition-handout = Folha para o grupo
    .short = Grupo
edition-leader = Guia do dinamizador
    .short = Dinamizador
edition-parents = Ficha para os pais
    .short = Pais

## O cabeçalho

credit-directors = Realização
credit-writers = Argumento
credit-based-on = Baseado em
credit-cast = Elenco
credit-studio = Produtora
credit-countries = País
credit-languages = Idioma
credit-genres = Género
credit-released = Estreia
credit-runtime = Duração
based-on-kind = o { $kind } { $work }
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
month-1 = janeiro
month-2 = fevereiro
month-3 = março
month-4 = abril
month-5 = maio
month-6 = junho
month-7 = julho
month-8 = agosto
month-9 = setembro
month-10 = outubro
month-11 = novembro
month-12 = dezembro
date-with-weekday = { $weekday }, { $date }
weekday-1 = segunda-feira
weekday-2 = terça-feira
weekday-3 = quarta-feira
weekday-4 = quinta-feira
weekday-5 = sexta-feira
weekday-6 = sábado
weekday-7 = domingo
rating-title = Classificação { $system }
rating-sources = (fonte: { $sources })
# O que quer dizer cada classificação da MPA (Estados Unidos) e do BBFC (Reino Unido),
# por palavras nossas, segundo as categorias que publicam.
rating-meaning-mpa-g = Para todas as idades.
rating-meaning-mpa-pg = Sugere-se a orientação dos pais: algumas partes podem não ser adequadas a crianças pequenas.
rating-meaning-mpa-pg-13 = Os pais ficam fortemente advertidos: algumas partes podem não ser adequadas a menores de 13 anos.
rating-meaning-mpa-r = Menores de 17 anos, só acompanhados dos pais ou de um responsável adulto.
rating-meaning-mpa-nc-17 = Proibido a quem tenha 17 anos ou menos.
rating-meaning-mpa-nr = Nunca classificado pela MPA.
rating-meaning-bbfc-u = Para todos, a partir dos 4 anos.
rating-meaning-bbfc-pg = Qualquer pessoa pode ver, mas algumas cenas podem perturbar crianças com menos de uns 8 anos.
rating-meaning-bbfc-12a = Menores de 12 anos, só no cinema e acompanhados de um adulto.
rating-meaning-bbfc-12 = Não se vende nem se aluga a menores de 12 anos.
rating-meaning-bbfc-15 = Ninguém com menos de 15 anos, nem no cinema nem para comprar ou alugar.
rating-meaning-bbfc-18 = Só para adultos.
rating-meaning-bbfc-r18 = Só para adultos, em cinemas e lojas licenciados.
nav-label = Outras edições
nav-all-films = Todos os filmes
nav-pdf = PDF para imprimir

## Listas e horas

list-separator = {", "}
list-last = { $rest } e { $last }
time-about = por volta de { $time }
minutes-short = { $minutes } min

## Conteúdo

audience-heading = Para quem é
audience-age = Recomendado a partir dos { $age } anos
synopsis-short = A história
synopsis-full = A história completa (revela o final)
advisories-brief = O conteúdo num relance
advisories-full = O que há no filme
column-category = Categoria
column-severity = Nível
column-shown = O que se vê
column-category-severity = Categoria e nível
column-time = Momento
column-what-happens = O que acontece
spoiler = Revela o enredo
sources-line = Fonte: { $sources }
sources-graded = Guias para pais: { $verdicts }.
sources-graded-and = Guias para pais: { $verdicts }. Também: { $sources }.
sources-ungraded = Nenhum guia para pais o classifica; a nossa leitura de: { $sources }.
hidden-spoilers = Ficaram de fora desta ficha porque podem revelar o enredo: { $list }.
spoiler-unmarked = Não verificado quanto a spoilers
hidden-audience-note = a nota sobre a quem se destina
hidden-summaries =
    { $count ->
        [one] 1 resumo de categoria
       *[other] { $count } resumos de categoria
    }
hidden-positives =
    { $count ->
        [one] 1 ponto positivo
       *[other] { $count } pontos positivos
    }
hidden-review = o comentário da crítica
verdict = { $source }: { $grade }
verdicts-disagree = Estes guias diferem em dois níveis ou mais; o mais cauteloso define a intensidade.
hidden-scene-details =
    { $count ->
        [one] 1 pormenor de uma cena
       *[other] { $count } pormenores de cenas
    }
hidden-themes =
    { $count ->
        [one] 1 tema
       *[other] { $count } temas
    }
hidden-related =
    { $count ->
        [one] 1 filme relacionado
       *[other] { $count } filmes relacionados
    }
scenes-heading = Cenas a conhecer
scenes-intro = Cada momento com tempo indicado na análise do conteúdo, pela ordem do filme, para ver antes ou saltar. Os tempos contam desde o início do filme.
positives-heading = O que tem de bom
themes-heading = Temas

## As seis categorias e os quatro níveis

category-sex_nudity = Sexo e nudez
    .in-sentence = sexo e nudez
    .covers = beijos, conteúdo sexual, nudez
category-violence = Violência
    .in-sentence = violência
    .covers = lutas, ferimentos, sangue, armas
category-language = Linguagem
    .in-sentence = linguagem
    .covers = palavrões, insultos, linguagem grosseira
category-substances = Álcool, drogas e tabaco
    .in-sentence = álcool, drogas e tabaco
    .covers = bebida, consumo de drogas, tabaco
category-frightening = Cenas assustadoras ou intensas
    .in-sentence = cenas assustadoras ou intensas
    .covers = sustos, ameaça, imagens perturbadoras, tensão
category-mature_themes = Temas adultos
    .in-sentence = temas adultos
    .covers = morte, luto, suicídio, abusos, atos médicos, tom sombrio
severity-none = Nenhum
    .in-sentence = nível nulo
severity-mild = Ligeiro
    .in-sentence = nível ligeiro
severity-moderate = Moderado
    .in-sentence = nível moderado
severity-severe = Intenso
    .in-sentence = nível intenso
severity-unreviewed = Por rever
    .in-sentence = por rever

## O serão e a conversa

plan-heading = O serão
plan-column-clock = Hora
plan-column-offset = Começa após
plan-column-step = Etapa
plan-column-minutes = Minutos
plan-end = Fim
plan-welcome = Acolhimento
plan-opening-prayer = Oração inicial
plan-questions-before = Perguntas antes do filme
plan-film = O filme
plan-film-first = O filme, até à primeira pausa
plan-film-next = O filme, até à pausa seguinte
plan-film-end = O filme, até ao fim
plan-pause = Pausa e perguntas
plan-discussion = Conversa
plan-closing-prayer = Oração final
faith-heading = Escritura e oração
faith-opening = Oração inicial
faith-readings = Leituras
faith-closing = Oração final
when-before = Antes do filme
when-pause = Numa pausa
when-after = Depois do filme
section-pause-at = Na pausa ({ $at })
pause-cue = Parem o filme por volta de { $at }.
part-pause = Para a pausa por volta de { $at }. Nada aqui vai mais além no filme.
part-after = Depois do filme
    .note = Para depois da sessão: estas páginas falam do final.
question-themes = Temas: { $themes }
question-scripture = Escritura: { $references }
leader-note = Nota para o dinamizador.
follow-ups = Para continuar a conversa:
quotes-heading = Falas do filme
related-heading = Se gostou, experimente
related-content-heading = Filmes relacionados e o seu conteúdo
review-heading = Quanto vale o filme
review-verdict = { $stars } em { $out-of }
review-note = Uma opinião sobre a qualidade, não sobre o conteúdo.
review-sources = Fonte: { $sources }.
sources-heading = Fontes
notes-heading = Notas

## Páginas impressas

page-number = Página { $page } de { $pages }
blank-page = Esta página foi deixada em branco de propósito.
booklet-note = Para fazer os cadernos: imprima frente e verso, virando pela margem curta; dobre cada conjunto de folhas ao meio e agrafe na dobra.
two-up-note = Imprima e corte cada folha pela linha tracejada. Uma ficha de duas páginas imprime-se frente e verso, virando pela margem curta.
document-subject = { $edition } do filme { $film }
document-subject-directed = { $edition } do filme { $film }, realizado por { $directors }
document-keyword = guia de conversa

## O catálogo

catalog-title = Filmoteca
catalog-intro =
    { $count ->
        [one] 1 filme.
       *[other] { $count } filmes.
    } De cada um: as classificações, a idade mínima que recomendamos e quanto tem de seis tipos de conteúdo, de *nenhum* a *intenso*. Uma categoria marcada *por rever* não foi verificada.
catalog-filter-label = Filtrar os filmes
catalog-limits = O que o meu filho pode ver
catalog-filter-intro = **Mostrar só os filmes que o meu filho pode ver.** Escolha o máximo que aceita em cada categoria. Uma categoria que ninguém reviu conta como não permitida logo que fixe um limite.
catalog-age = Idade da criança
catalog-age-any = qualquer
catalog-at-most = { $category }: no máximo
catalog-any-amount = qualquer nível
catalog-legend = O nível em palavras e numa barra de três passos: um passo é ligeiro, três é intenso.
catalog-column-film = Filme
catalog-column-ratings = Classificações
catalog-column-age = Idade
catalog-column-pages = Páginas
catalog-age-from = M/{ $age }
catalog-no-age = não indicada
catalog-link-pdf = { $edition } em PDF
catalog-search = Procurar um título
    .hint = Parte de um título
catalog-sort = Ordenar por
catalog-sort-title = Título
catalog-sort-year = Ano, o mais recente primeiro
catalog-sort-age = Idade mínima, da mais nova para a mais velha
catalog-in-language = Em { $language }
language-name = { $code ->
    [en] inglês
    [es] espanhol
    [fr] francês
    [de] alemão
    [pt] português
   *[other] { $code }
}
catalog-count = Servem { $shown } de { $total } filmes.
catalog-none-left = Nenhum filme cumpre todos os limites que fixou.
catalog-footer = Feito com o reelguide.

## Porque fica um filme de fora

reason-too-much = { $category }: { $severity } (o seu limite: { $allowed })
reason-not-reviewed = { $category } por rever, por isso conta como não permitido
reason-too-young = recomendado a partir dos { $min_age } anos (a criança tem { $age })
reason-no-age = não indica idade recomendada, por isso conta como não permitido
reason-heading = De fora, e porquê

## Sessões de cinema

night-leader-title = Guia do dinamizador para a sessão
night-pack-title = Tudo o que há para imprimir
night-nav-home = A sessão
night-plan-heading = O serão
night-plan-heading-dated = { $date }: o serão
plan-questions-before-night = Perguntas antes dos filmes
plan-night-film = { $film }
plan-night-film-first = { $film }, até à primeira pausa
plan-night-film-next = { $film }, até à pausa seguinte
plan-night-film-end = { $film }, até ao fim
plan-night-pause = Pausa e perguntas sobre { $film }
plan-break = Intervalo, com as perguntas entre os filmes
night-questions-before = Antes dos filmes
night-questions-between = Entre os filmes
night-questions-after = Depois dos filmes
night-notes-heading = Notas para a sessão
night-print-heading = O que imprimir
night-print-intro = Tudo o que se segue está no pacote da sessão ({ $file }), por esta ordem, pronto a imprimir frente e verso; cada cópia começa numa folha nova.
night-print-leader = O guia do dinamizador para a sessão: uma vez.
night-print-handouts = A folha de { $film }: { $copies ->
        [one] uma cópia
       *[other] { $copies } cópias, uma por pessoa
    }.
night-print-parents = A ficha para os pais de { $film }: { $copies ->
        [one] uma cópia
       *[other] { $copies } cópias, uma por cada menor de 18 anos
    }.
night-ages-heading = Idades e classificações
night-ages-gb = Esta sessão é no Reino Unido: a classificação da BBFC decide quem pode entrar, e uma sala que exibe filmes sem licença de recinto tem de a respeitar.
night-ages-us = Esta sessão é nos Estados Unidos: a classificação da MPA diz quem pode entrar.
night-ages-other = O reelguide só conhece as regras de admissão do Reino Unido e dos Estados Unidos: confirme as regras do local da sessão.
night-ages-none = A sessão não indica o país, por isso são dadas as regras dos dois organismos; aplicam-se as do país onde se realiza.
night-ages-open = Nenhum filme da sessão tem uma classificação que limite quem pode vir.
night-age-bar = { $film } tem { $mark }: ninguém com menos de { $age } anos pode entrar, diga a família o que disser.
night-age-adult-bbfc = { $film } tem { $mark }: quem tiver menos de { $age } anos tem de estar acompanhado por um adulto durante todo o filme.
night-age-adult-mpa = { $film } tem { $mark }: quem tiver menos de { $age } anos tem de vir com um pai, uma mãe ou um tutor adulto.
night-licence-heading = Exibir filmes a um grupo
night-licence-us = Nos Estados Unidos, exibir um filme fora de casa, a pessoas que não são família nem amigos, é uma exibição pública segundo a lei dos direitos de autor, mesmo que seja gratuita, e uma cópia comprada, alugada ou vista em streaming não o permite. As exceções são estreitas: o ensino presencial numa escola sem fins lucrativos e os cultos, que abrangem música e leituras religiosas, não filmes.
night-licence-us-umbrella = Uma licença geral da Motion Picture Licensing Corporation (MPLC) abrange os filmes dos estúdios que representa, no local que indica, quando não se cobra entrada e os títulos não são anunciados fora do grupo. Caso contrário, é precisa uma licença para esse filme nessa data, de uma entidade de licenças ou da distribuidora.
night-licence-uk = No Reino Unido, exibir um filme em público também precisa da autorização do titular dos direitos. A licença geral da MPLC ou a licença PVS da Filmbank abrangem exibições sem cobrança e, na da MPLC, sem anúncio fora do grupo; uma sessão paga ou anunciada precisa de uma licença para esse título nessa data.
night-licence-uk-premises = Em Inglaterra e no País de Gales, um salão paroquial, de capela, de aldeia ou comunitário não precisa de licença de recinto para exibir um filme entre as 8h e as 23h a um máximo de 500 pessoas, sem fins lucrativos e com o consentimento escrito de quem gere o salão. Isso só dispensa a licença de recinto: a licença de direitos de autor continua a ser precisa, e os menores só podem entrar conforme a classificação da BBFC.
night-licence-other = Seja onde for a sessão, exibir um filme a um grupo fora de casa costuma precisar de uma licença do titular dos direitos, mesmo que seja gratuita.
night-licence-check = Antes da sessão, confirme com quem lhe dá a licença qual destes casos se aplica a si.
night-licence-sources = Fontes: Christianity Today, «Video larceny» (1996); Diocese de East Tennessee, «Showing movies in churches»; Deregulation Act 2015, secção 76, notas explicativas (legislation.gov.uk); Dacorum Borough Council, «Licensable activities»; Vital Venues (ACRE), «Motion picture licensing».
night-page-films = O que vamos ver
night-page-when = Quando
night-page-where = Onde
night-page-ends = Termina por volta das { $time }
night-page-age = Recomendado a partir dos { $age } anos
night-page-ratings = Classificações
night-page-for-leaders = Para o dinamizador
night-page-calendar = Adicionar ao calendário
night-page-leader-pdf = { $title }, em PDF para imprimir
night-page-pack = Tudo o que há para imprimir para { $date }
night-page-series = { $count } sessões
night-calendar-summary = { $night }: { $films }
night-calendar-description = Filmes: { $films }. Termina por volta das { $end }.

# Os comentários do esqueleto que o `reelguide new` escreve.
skeleton-intro = Uma ficha do reelguide. O formato está descrito em docs/guide-format.md. Cada "TODO" abaixo é um marcador: `reelguide check` indica cada um que falte, e uma ficha com marcadores nunca é construída nem listada. Substitua cada um pelo valor real, ou apague a linha (ou a parte inteira) se o filme não o tiver.
skeleton-original-title = Título na língua original
skeleton-language = língua do texto desta ficha
skeleton-runtime = a duração em minutos, por exemplo 103
skeleton-rating-source = `source` indica a entrada de `sources` de onde veio a classificação.
skeleton-min-age = a idade mínima para a qual o recomenda
skeleton-advisories = A revisão do conteúdo. Uma categoria omitida aparece como não revista, e o filtro dos pais trata-a como não permitida: acrescente uma entrada por categoria depois de a verificar. Categorias: sex_nudity, violence, language, substances, frightening, mature_themes. Intensidade: none, mild, moderate ou severe. Os tempos escrevem-se H:MM desde o início do filme, um intervalo como 0:52-0:55, e ~ marca uma estimativa (~1:20).
skeleton-theme-spoiler = `false` se pode ser lido antes do filme, `true` se revela o enredo
skeleton-faith = aparece a não ser que a construção retire a parte de fé
skeleton-plan = A sessão. Sem `plan`, faz-se um a partir das pausas. Os passos com `kind: film` têm de somar a duração e parar em cada pausa; os passos com `kind: faith` saem com a parte de fé.
skeleton-review = a qualidade, à parte do conteúdo
skeleton-sources = de onde vem cada dado acima
