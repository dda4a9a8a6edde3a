# Wat buurtgids tegen zijn gebruikers zegt, in het Nederlands (taalniveau B1): de berichten
# van elke opdracht. Elke sleutel heeft een Engelse tweeling in en.ftl; een test faalt als
# een van de twee een sleutel mist. Een waarde staat er als { $naam }; een getal kiest het
# meervoud.

## Hoe een probleem wordt getoond

label-error = fout
label-warning = waarschuwing
label-help = tip
did-you-mean = bedoelt u { $names }?
or-list = { $first } of { $last }
count-errors = { $count ->
    [one] { $count } fout
   *[other] { $count } fouten
}
count-warnings = { $count ->
    [one] { $count } waarschuwing
   *[other] { $count } waarschuwingen
}
count-pages = { $count ->
    [one] { $count } pagina
   *[other] { $count } pagina's
}

## site.toml

config-unreadable = de instellingen van de site zijn niet te lezen: { $reason }
config-missing = er staat geen { $file } in { $folder }
config-unreadable-help = start buurtgids in de map van de site, of geef met --root de map waar { $file } in staat
config-unknown-setting = `{ $key }` is geen instelling
config-unknown-setting-help = kijk de spelling na; de README beschrijft alle instellingen
config-syntax = { $reason }
config-syntax-help = kijk de spelling en de aanhalingstekens na; de README beschrijft alle instellingen
config-no-province = de open data (HSDS) heeft geen provincie, en HSDS vraagt die bij elk adres
config-no-province-help = zet `[open_data]` met `province = "Gelderland"` (uw provincie) in site.toml, of `hsds = false` als u geen HSDS-bestand wilt publiceren
config-synonyms-alone = een groep synoniemen in `[search]` heeft maar één woord ({ $words }), en zoekt dus niets extra
config-synonyms-alone-help = zet in elke groep minstens twee woorden die hetzelfde betekenen: `synonyms = [["heikamp", "de kamp"]]`
config-no-statement = de toegankelijkheidsverklaring heeft geen status, dus staat er "nog niet vastgesteld"
config-no-statement-help = zet `[accessibility]` met `status`, `date` en wat er is onderzocht in site.toml (zie de README); een overheid moet deze verklaring publiceren
config-unknown-status = `{ $status }` is geen status van een toegankelijkheidsverklaring
config-unknown-status-help = gebruik A (voldoet volledig), B (voldoet gedeeltelijk), C (eerste maatregelen genomen) of D (voldoet niet)
config-not-a-date = `{ $key }` is geen datum
config-not-a-date-help = schrijf een datum zonder aanhalingstekens, bijvoorbeeld `2026-10-01`
config-zero-per-page = `{ $key }` is 0, dus een pagina zou niets tonen
config-zero-per-page-help = zet `{ $key }` onder `[pages]` op 1 of meer, of laat de regel weg voor de standaardwaarde
config-needs-version = deze site vraagt buurtgids { $wanted }, en dit is buurtgids { $version }
config-needs-version-help = installeer een buurtgids die past bij `buurtgids = "{ $wanted }"` in site.toml (`buurtgids --version` zegt welke u hebt), of laat de beheerder van de site die regel nakijken
config-bad-version = `buurtgids = { $wanted }` is geen versie-eis: { $reason }
config-bad-version-help = schrijf de laagste versie die de site nodig heeft, bijvoorbeeld buurtgids = ">= 0.3"
config-version-not-text = zet de eis tussen aanhalingstekens
config-unknown-language = `{ $language }` is geen taal die buurtgids kent
config-unknown-language-help = buurtgids kent deze talen: { $languages }
config-language-not-main = `language = "{ $language }"` en `languages` zeggen iets anders: de eerste van `languages` is `{ $main }`
config-language-not-main-help = haal de regel `language` weg: de eerste taal van `languages` is de hoofdtaal van de site
config-language-twice = `{ $language }` staat twee keer in `languages`
config-language-twice-help = noem elke taal één keer
config-translation-unused = er is een vertaling naar `{ $language }`, maar die taal staat niet in `languages`
config-translation-unused-help = zet `{ $language }` in `languages`, of haal de vertaling weg
config-base-url-help = schrijf het hele adres, bijvoorbeeld `https://www.lindewaard.nl/sociale-kaart/`
config-bad-id = `{ $id }` kan geen id zijn in { $list }
config-bad-id-help = gebruik kleine letters, cijfers en streepjes, bijvoorbeeld `sterke-basis`
config-id-twice = `{ $id }` staat twee keer in { $list }
config-id-twice-help = geef elk onderdeel een eigen id
config-bad-colour-help = schrijf de kleur als `#` met zes tekens (0-9 en a-f), bijvoorbeeld `#0b5394`
colour-unknown = `{ $colour }` is geen kleur die dit thema begrijpt
contrast-on-primary = tekst in de kop en op knoppen, op `primary`
contrast-links-white = links, op de witte pagina
contrast-links-grey = links, op het lichtgrijs van vakken
contrast-accent-white = "gratis", op de witte pagina
contrast-accent-grey = "gratis", op het lichtgrijs van vakken
config-low-contrast = { $colour } heeft een contrast van { $ratio }:1 met { $background } voor { $what }; WCAG vraagt minstens 4.5:1
config-low-contrast-help = kies een donkerder of lichtere kleur; een contrastchecker laat de verhouding zien terwijl u probeert
config-agenda-weeks = de agenda kan niet { $weeks } weken vooruit kijken
config-agenda-weeks-help = zet `weeks` onder `[agenda]` op een getal van 1 tot en met 52, bijvoorbeeld 8
config-closed-reversed = de gesloten periode `{ $name }` eindigt ({ $until }) voordat hij begint ({ $from })
config-closed-reversed-help = draai `from` en `until` om
config-closed-dates = de gesloten periode `{ $name }` heeft een datum `from` en een datum `until` nodig
config-closed-dates-help = schrijf beide zonder aanhalingstekens: `{"{"} from = 2026-12-21, until = 2027-01-03, name = "Kerstvakantie" {"}"}`
base-url-scheme = base_url `{ $url }` begint niet met https:// of http://
base-url-host = base_url `{ $url }` heeft geen geldige naam van een website
base-url-path = base_url `{ $url }` heeft een pad met spaties, aanhalingstekens, `?` of `#`

## Content files
date-day-first = `{ $written }` begint met de dag; in dit bestand komt eerst het jaar, dan de maand, dan de dag
write-this = schrijf `{ $fix }`
date-help = schrijf een datum als jaar-maand-dag, bijvoorbeeld 2026-03-31
date-not-a-date = `{ $date }` is geen datum
date-no-month = `{ $date }` is geen datum: er is geen maand { $month }
date-year-out-of-range = deze site kan `{ $date }` niet gebruiken: het jaar { $year } is te vroeg of te laat
date-no-such-day = `{ $date }` bestaat niet: { $month } { $year } heeft { $days } dagen
no-content-folder = er is geen map `content`
no-content-folder-help = maak een map `content/` met een map per soort (activities, places, ...), of geef met --root de map van de site
file-unreadable = dit bestand is niet te lezen: { $reason }
link-to-folder = dit is een snelkoppeling naar een map, en die volgt buurtgids niet
link-to-folder-help = zet de bestanden zelf in deze map, in plaats van een snelkoppeling
link-outside = dit is een snelkoppeling naar een bestand buiten de map van de site (of naar niets)
link-outside-help = kopieer het bestand naar content/, in plaats van een snelkoppeling
unknown-folder = de map `content/{ $folder }` is geen soort inhoud, dus dit bestand wordt niet gebruikt
unknown-folder-help = de inhoud hoort in een van deze mappen: { $folders }
file-in-content = dit bestand staat los in `content/`, dus het wordt niet gebruikt
file-in-content-help = zet het in de map van zijn soort, bijvoorbeeld content/activities/
not-md-or-yaml = dit is geen .md- of .yaml-bestand, dus het wordt niet gebruikt
not-md-or-yaml-help = een onderdeel is een .md-bestand (met velden bovenaan) of een .yaml-bestand; foto's horen in static/
file-too-large = dit bestand is { $size } KiB, meer dan de grens van { $limit } KiB
file-too-large-help = verdeel het over meer onderdelen, of zet grote delen (foto's, documenten) in static/; de grens staat in site.toml onder `[limits] file_size_kib`
not-utf8 = dit bestand is geen UTF-8-tekst
not-utf8-help = sla het bestand op als UTF-8 (in de meeste programma's: Opslaan als, codering UTF-8)
bad-file-name = de bestandsnaam `{ $id }` kan geen id zijn
bad-file-name-help = noem het bestand `{ $fix }` (kleine letters, cijfers en streepjes)
no-front-matter = dit Markdown-bestand begint niet met de velden (front matter)
no-front-matter-help = begin het bestand met een regel `---`, dan de velden (title: ...), dan weer een regel `---`, en dan de tekst
front-matter-open = de velden bovenaan (front matter) worden niet afgesloten
front-matter-open-help = zet een regel met alleen `---` na het laatste veld, voor de tekst
unknown-key = `{ $key }` is geen veld dat buurtgids kent
unknown-key-help = de velden van een { $kind } zijn: { $keys }
missing-field = `{ $key }` ontbreekt
missing-field-help = zet er een regel `{ $key }: ...` bij; `buurtgids new { $kind }` laat een voorbeeld van elk veld zien
expected-found = hier hoort { $expected }, maar er staat { $found }
expected-found-help = kijk de waarde op deze regel na; tekst met een dubbele punt, of die met een bijzonder teken begint, moet tussen aanhalingstekens
expected-number-or-text = hier hoort een getal of een tekst
expected-number-or-text-help = schrijf een bedrag zoals 2.50, of woorden zoals gratis of vrijwillige bijdrage, geen lijst
expected-yes-no = hier hoort `ja` of `nee`, maar er staat { $found }
yes-no-help = schrijf `ja` (of `true`) of `nee` (of `false`)
check-value-help = kijk de waarde op deze regel na
expected = hier hoort { $expected }
expected-true-false = hier hoort `ja` of `nee`
empty-value = deze waarde is leeg
empty-value-help = schrijf een waarde na de dubbele punt, of haal de regel weg
key-twice = het veld `{ $key }` staat er twee keer
a-key-twice = een veld staat er twee keer
key-twice-help = houd een van de twee regels
yaml-syntax = de velden zijn niet te lezen (YAML): { $reason }
yaml-syntax-help = kijk het inspringen (spaties, geen tabs), de dubbele punten en de aanhalingstekens na, op deze regel en de regel ervoor
type-yes-no = `ja` of `nee`
type-number = een getal
type-text = tekst
type-list = een lijst
type-words = een woord of een lijst zoals [a, b]
type-group = een groep velden (regels veld: waarde, ingesprongen)
found-text = de tekst { $value }
found-value = { $what } { $value }
found-nothing = niets
id-taken = de id `{ $id }` is al in gebruik bij { $first }
id-taken-help = elk bestand van een soort heeft een eigen naam nodig; geef een van de twee een andere naam

## Checks of what entries say
expired = verlopen op { $date }: staat niet op de site
expired-help = zet `valid_until` later als het nog doorgaat, of haal het bestand weg
all-dates-closed = elke datum van deze { $kind } in de { $weeks } weken van de agenda valt in de gesloten periode `{ $name }` ({ $from } tot en met { $until }): de agenda en de kalender tonen er geen
all-dates-closed-help = gaat het toch door, zet dan `closed: false` bij deze regel van het rooster; zo niet, dan verdwijnt deze waarschuwing na de gesloten periode
unknown-reference = er is geen { $kind } `{ $id }`
unknown-reference-none = er zijn nog geen { $folder }: maak er een in content/{ $folder }/
unknown-reference-help = gebruik de bestandsnaam (zonder .md of .yaml) van een bestand in content/{ $folder }/
unknown-term = { $what ->
    [category] er is geen categorie `{ $id }`
   *[other] er is geen doelgroep `{ $id }`
}
unknown-term-help = { $what ->
    [category] de categorieën in site.toml zijn: { $ids }
   *[other] de doelgroepen in site.toml zijn: { $ids }
}
not-reviewed = dit onderdeel heeft geen datum `reviewed` (nagekeken op)
not-reviewed-help = kijk alles na en zet er dan `reviewed: { $today }` bij
stale = { $days } dagen geleden voor het laatst nagekeken ({ $date }), langer dan de { $allowed } dagen die site.toml toestaat
stale-help = kijk na of alles nog klopt en zet dan `reviewed: { $today }`
reviewed-in-future = `reviewed` ({ $date }) ligt in de toekomst
reviewed-in-future-help = schrijf de datum waarop het onderdeel is nagekeken
no-way-to-respond = bij deze vacature staat niet hoe iemand kan reageren
no-way-to-respond-help = zet er een `contact` (een persoon), `phone`, `email`, `website` of `how_to_respond` bij
not-located = bij deze { $kind } staat niet waar het is of hoe iemand het kan bereiken
not-located-activity-help = zet er `place` (de id van een plek) of een `address` bij
not-located-service-help = zet er `place` of een `address` bij, of een `phone`, `email`, `website` of `contact` om het te bereiken
area-in-itself = het gebied `{ $id }` ligt via `parent` in zichzelf
area-in-itself-help = een wijk of kern kan alleen deel zijn van een groter gebied; haal bij een van de twee `parent` weg

## Kinds of entries
kind-one = { $kind ->
    [area] wijk of kern
    [organisation] organisatie
    [place] ontmoetingsplek
    [activity] activiteit
    [service] dienst
    [person] contactpersoon
    [volunteering] vacature
   *[other] pagina
}
count-kind = { $kind ->
    [area] { $count ->
        [one] { $count } wijk of kern
       *[other] { $count } wijken en kernen
    }
    [organisation] { $count ->
        [one] { $count } organisatie
       *[other] { $count } organisaties
    }
    [place] { $count ->
        [one] { $count } ontmoetingsplek
       *[other] { $count } ontmoetingsplekken
    }
    [activity] { $count ->
        [one] { $count } activiteit
       *[other] { $count } activiteiten
    }
    [service] { $count ->
        [one] { $count } dienst
       *[other] { $count } diensten
    }
    [person] { $count ->
        [one] { $count } contactpersoon
       *[other] { $count } contactpersonen
    }
    [volunteering] { $count ->
        [one] { $count } vacature
       *[other] { $count } vacatures
    }
   *[other] { $count ->
        [one] { $count } pagina
       *[other] { $count } pagina's
    }
}
title-empty = de titel is leeg
title-empty-help = schrijf een korte, duidelijke titel
unknown-language = `{ $language }` is geen taal die buurtgids kent
unknown-language-close = bedoelt u `{ $name }`? Schrijf een taal in het Nederlands (Arabisch) of als code van twee letters (ar)
unknown-language-help = schrijf een taal in het Nederlands of als code van twee letters; buurtgids kent: { $names }
summary-empty = de samenvatting is leeg
summary-empty-help = schrijf een of twee korte zinnen over wat dit is
bad-slug = `{ $slug }` kan geen webadres zijn
bad-slug-help = gebruik kleine letters, cijfers en streepjes, bijvoorbeeld `{ $fix }`
image-no-alt = bij deze foto staat niet wat erop staat (alt)
image-no-alt-help = zet er `alt:` bij met een korte beschrijving van wat er op de foto staat, voor wie de foto niet kan zien
until-before-from = `valid_until` ({ $until }) ligt voor `valid_from` ({ $from })
until-before-from-help = draai de twee datums om of verbeter er een
bad-phone = `{ $phone }` is geen telefoonnummer
bad-phone-help = schrijf alleen cijfers, spaties en streepjes, bijvoorbeeld 0413 123 456
bad-email = `{ $email }` is geen e-mailadres
bad-email-help = schrijf het zoals naam@example.org
bad-website = `{ $url }` is geen webadres
bad-website-help = schrijf het hele adres, dat begint met https://
bad-postcode = `{ $postcode }` is geen Nederlandse postcode
bad-postcode-help = schrijf vier cijfers en twee letters, bijvoorbeeld 5431 AB
bad-amount = `{ $amount }` is geen bedrag
bad-amount-help = schrijf het bedrag in euro's, bijvoorbeeld 2.50, of 0 als het gratis is
bad-area-kind = `{ $kind }` is geen soort gebied
bad-area-kind-help = schrijf `wijk` voor een wijk in een stad of `kern` voor een dorpskern
bad-area-postcode = `{ $postcode }` is geen postcode van vier cijfers
bad-area-postcode-help = schrijf alleen de vier cijfers, bijvoorbeeld 5431
bad-geo = `geo` is geen plek op aarde
bad-geo-help = schrijf `lat` en `lon` in graden, bijvoorbeeld lat: 51.69, lon: 5.30


## Boundaries of areas (GeoJSON) and the map
boundary-json = de grens is geen geldige GeoJSON: { $reason }
boundary-help = sla de grens op als GeoJSON met een Polygon of MultiPolygon, in lengte- en breedtegraden (WGS84, EPSG:4326) of in RD (EPSG:28992); in QGIS: Exporteren > Objecten opslaan als > GeoJSON
boundary-nothing = niets
boundary-no-polygon = in de grens staat geen vlak (Polygon of MultiPolygon), alleen { $found }
boundary-short-ring = een rand in de grens heeft minder dan 4 punten; een rand eindigt met het punt waarmee hij begint
boundary-projection = de coördinaten zijn geen lengte- en breedtegraden en geen RD-coördinaten, bijvoorbeeld { $position }
boundary-projection-help = sla de grens opnieuw op in WGS84 (EPSG:4326) of in RD (EPSG:28992); in QGIS kiest u dat bij CRS onder Exporteren > Objecten opslaan als
boundary-too-large = dit grensbestand is { $size } KiB, meer dan de toegestane { $limit } KiB
boundary-too-large-help = vereenvoudig de grens (in QGIS: Vector > Geometrie > Vereenvoudigen, 1 meter is genoeg); de kaart tekent niet fijner dan enkele meters
boundary-not-in-areas = een grens (GeoJSON) hoort bij een wijk of kern, dus dit bestand wordt niet gebruikt
boundary-not-in-areas-help = zet het bestand in content/areas/, met de naam van de wijk: noord.geojson naast noord.md
boundary-without-area = er is geen wijk of kern `{ $id }` voor deze grens
boundary-without-area-help = geef het bestand de naam van het bestand van de wijk of kern: noord.geojson naast noord.md
place-outside-area = { $place } ligt volgens `geo` buiten de grens van { $area }
place-outside-area-help = zoek het adres op in een kaart en neem lat en lon daarvan over, of zet de goede wijk bij `areas`
place-outside-swapped-help = `lat` en `lon` lijken omgewisseld: schrijf lat: { $lat } en lon: { $lon }
## Schedules
schedule-no-days = in dit rooster staat niet op welke dagen
schedule-two-rules = dit rooster gebruikt meer dan een van `weekly`, `monthly` en `dates`
schedule-rules-help = schrijf een regel per onderdeel: `weekly: dinsdag`, `monthly: eerste dinsdag` of `dates: [2026-12-24]`; maak voor een andere regel een nieuw onderdeel (een nieuwe regel met `- `)
schedule-until-before-from = `until` ({ $until }) ligt voor `from` ({ $from })
schedule-until-before-from-help = het seizoen eindigt voordat het begint: draai de twee datums om of verbeter er een
every-without-weekly = `every` werkt alleen met `weekly`
every-without-weekly-help = haal `every` weg, of gebruik `weekly` met de dagen
every-out-of-range = `every: { $every }` is geen aantal weken van 1 tot en met 52
every-out-of-range-help = schrijf `every: 2` voor om de week
every-without-from = `every: { $every }` heeft `from` nodig, de datum van de eerste keer
every-without-from-help = zet er bijvoorbeeld `from: 2026-01-07` bij, zodat bewoners weten in welke weken het is
a-weekday = dag van de week
a-weekday-help = schrijf een dag, zoals `dinsdag` of `tuesday`
a-month-weekday = dag van de maand
a-month-weekday-help = schrijf bijvoorbeeld `eerste dinsdag`, `laatste vrijdag` of `first tuesday`
dates-empty = `dates` is leeg
dates-empty-help = zet er minstens een datum in, bijvoorbeeld `dates: [2026-12-24]`
except-not-on-schedule = { $date } wordt overgeslagen, maar volgens het rooster is het die dag toch al niet
except-not-on-schedule-help = kijk de datum na: misschien was een andere dag bedoeld
except-out-of-season = { $date } wordt overgeslagen, maar die dag valt buiten `from` en `until` van het rooster
except-out-of-season-help = kijk de datum na, of `from` en `until`
no-days-given = er staat geen { $what }
not-a-day = `{ $value }` is geen { $what }
time-help = schrijf tijden als uu:mm (24 uur), bijvoorbeeld "10:00-12:00" of "19:30"
time-three = in `{ $text }` staan meer dan twee tijden
time-end-before-start = de eindtijd in `{ $text }` ligt niet na de begintijd
time-end-before-start-help = schrijf eerst de begintijd en dan de eindtijd, bijvoorbeeld "10:00-12:00"; een activiteit kan niet na middernacht doorlopen
time-not-a-time = `{ $text }` is geen tijd
time-out-of-range = `{ $text }` is geen tijd van de dag: uren gaan van 00 tot 23 en minuten van 00 tot 59

## Links
link-missing = de pagina is er niet ({ $status })
link-failing = de server geeft een fout ({ $status })
link-timeout = geen antwoord binnen { $seconds } seconden
link-unreachable = het adres is niet te bereiken ({ $error })
link-unanswered = de server geeft geen antwoord op vragen naar de pagina
link-moved = `{ $url }` is verhuisd naar `{ $to }`
link-moved-help = schrijf het nieuwe adres: { $to }
link-dead = `{ $url }` leidt nergens heen: { $why }
link-dead-help = zoek het goede adres op (op de eigen site van de organisatie, of vraag het ze), of haal de link weg
link-moved-to = verhuisd naar { $to }

## Plain language
summary-long = de samenvatting heeft { $sentences } zinnen; in lijsten en zoekresultaten zijn hoogstens { $most } zinnen het best te lezen
summary-long-help = houd wat een bewoner nodig heeft om te kiezen; zet de rest in de tekst onder de velden
jargon = “{ $word }” is een woord dat veel bewoners niet kennen
jargon-help = schrijf liever “{ $plain }”
sentence-long = een zin van { $words } woorden (“{ $preview }”); meer dan { $most } is moeilijk te volgen
sentence-long-help = maak er twee zinnen van, of laat weg wat niet nodig is

## Addresses
url-taken-by = { $file } gebruikt het al
url-taken-by-site = de site gebruikt het zelf
url-taken = het webadres { $path } is al bezet: { $by }
url-taken-help = geef een van de twee een andere `slug` (of een andere bestandsnaam)

## Pictures
picture-unwritable = de foto `{ $path }` kan niet worden gemaakt: { $reason }
picture-unwritable-help = sla de foto op als JPEG en probeer het opnieuw
picture-unreadable = de foto `{ $path }` is niet te lezen: { $why }
picture-unreadable-help = sla de foto op als JPEG (in de app Foto's: delen, opslaan als JPEG; of open hem in Paint en kies Opslaan als JPEG) en zet die in static/
picture-heic = het is een HEIC- of AVIF-foto (zoals een iPhone die maakt), en die laat niet elke browser zien
picture-cut-off = het bestand is niet compleet (het is niet helemaal opgeslagen of gekopieerd)
picture-too-large = de foto `{ $path }` is { $width } bij { $height } pixels, meer dan de { $most } megapixel die een foto mag hebben
picture-too-large-help = maak de foto kleiner (2000 pixels breed is genoeg) en sla hem op als JPEG
picture-unknown-format = het is geen JPEG-, PNG- of WebP-foto

## Files in static/
svgz = een ingepakte SVG (.svgz) wordt niet gepubliceerd: buurtgids kan er niet in kijken of er een script in zit
svgz-help = sla de afbeelding op als gewone .svg (of .png); buurtgids haalt scripts uit een SVG voordat die op de site komt
static-page = een webpagina in static/ wordt niet gepubliceerd: die kan een script uitvoeren op het adres van de site, buiten de beveiliging van de site om
static-page-help = schrijf de tekst als pagina in content/pages/ (buurtgids maakt er een pagina van de site van), of publiceer het bestand als PDF
not-xml = dit bestand is geen geldige XML, dus buurtgids kan niet nakijken of er een script in zit: { $reason }
static-not-utf8 = dit bestand is geen UTF-8-tekst, dus buurtgids kan niet nakijken of er een script in zit
svg-help = open de afbeelding in een tekenprogramma (Inkscape, Illustrator) en sla hem opnieuw op als gewone SVG, of als PNG
svg-nothing-safe = in deze afbeelding staat geen tekening die veilig op de site kan ({ $reason })
svg-unsafe = in deze afbeelding staat { $what }, en dat kan een script uitvoeren of iets van een andere site laden
svg-unsafe-help = haal het uit de SVG (een tekenprogramma dat gewone SVG maakt, laat het weg), of sla de afbeelding op als PNG
svg-not-utf8 = tekst die geen UTF-8 is
svg-broken = XML die het filter kapot maakte ({ $reason })
svg-element = een element `{ $name }`
svg-foreign-style = een stylesheet met een adres op een andere site
xml-help = publiceer XML zonder HTML, SVG of XSLT erin (een sitemap of een feed kan wel); zet een webpagina in content/pages/ en een afbeelding in een eigen .svg-bestand
xml-stylesheet = dit XML-bestand noemt een stylesheet die XSLT kan zijn, en daarmee kan er een script in komen
xml-scripted = in dit XML-bestand staat { $language }, en dat kan een script uitvoeren als het bestand wordt geopend

## Theme
builtin-theme = (ingebouwd thema) { $name }
theme-missing = het thema `{ $theme }` staat niet in themes/{ $theme }/
theme-missing-help = zet `theme = "default"`, of zet het thema in die map
template-not-utf8 = deze template is geen UTF-8-tekst
template-error = er zit een fout in een template: { $reason }
template-error-help = verbeter de template, of haal uw eigen versie in templates/ weg om die van het thema te gebruiken
i18n-syntax = deze teksten zijn niet te lezen: { $reason }
i18n-syntax-help = elke regel is `sleutel = "tekst"`
i18n-not-text = de tekst `{ $key }` is geen tekst en geen tabel van meervoudsvormen
i18n-not-text-help = schrijf `{ $key } = "..."`, of voor een tekst met een getal `{ $key } = { "{" } one = "...", other = "..." { "}" }`: de vormen heten zero, one, two, few, many en other, en other moet er altijd bij
i18n-missing = de tekst `{ $key }` is niet vertaald, dus de Nederlandse tekst wordt gebruikt
i18n-missing-help = zet er `{ $key } = "..."` bij

## Building
stage-time = { $stage ->
    [load] lezen
    [validate] nakijken
    [images] foto's
    [theme] thema
    [plan] indelen
    [render] pagina's maken
    [write] schrijven
   *[other] zoeken
} { $ms } ms
base-url-flag-help = schrijf het hele adres, bijvoorbeeld https://example.org/sociale-kaart/
render-failed = de pagina { $file } kan niet worden gemaakt: { $reason }
render-failed-help = kijk de template na die in het bericht staat
body-image-no-alt = bij de foto `{ $src }` staat niet wat erop staat
body-image-no-alt-help = zet tussen de haken wat er op de foto staat, voor wie hem niet kan zien: ![Zaal met tafels en stoelen]({ $src })
image-elsewhere = de foto `{ $src }` is geen bestand van deze site
image-elsewhere-help = sla de foto op in static/images/ en schrijf `images/naam.jpg`: de gids laadt niets van andere sites
image-outside = de foto `{ $src }` staat buiten de site
image-outside-help = zet de foto in static/images/ en schrijf `images/naam.jpg`
image-missing = de foto `{ $src }` staat niet in static/
image-missing-help = zet de foto op static/{ $path }, of verbeter het adres
search-failed = de zoekindex kan niet worden gemaakt: { $reason }
write-failed = kan { $path } niet schrijven: { $reason }
disk-full-needs-about = De nieuwe site heeft ongeveer { $size } nodig.{" "}
disk-full-needs-more = De nieuwe site heeft meer dan { $size } nodig.{" "}
disk-full = de schijf is vol: de nieuwe site past niet naast die in { $folder }
disk-full-help = { $size }Maak ruimte op de schijf, of bouw met --out in een map op een andere schijf, en bouw opnieuw. De site in { $folder } is niet veranderd: niets van deze bouw staat online
logo-missing = het logo `{ $logo }` is geen bestand in static/
logo-missing-help = zet het logo op static/{ $path }, of verbeter `logo`
today-flag-bad = --today: { $reason }; schrijf de datum als JJJJ-MM-DD
epoch-not-a-number = SOURCE_DATE_EPOCH `{ $epoch }` is geen aantal seconden
epoch-bad = SOURCE_DATE_EPOCH: { $reason }
today-clock = de klok van de computer
progress-search = Zoekindex
progress-pages = Pagina's
progress-reading = Lezen
out-not-ours = { $folder } bestaat al en is niet door buurtgids gemaakt, dus buurtgids laat het met rust; kies met --out een lege of nieuwe map, of haal het weg
out-unsafe = { $folder } kan niet de map voor de site zijn: { $why }
out-holds-site = de site zelf staat erin
out-inside-site = het ligt in de eigen bestanden van de site
out-is-a-file = het is een bestand

## Importing a spreadsheet: days and times
when-help = schrijf de dagen en tijden bijvoorbeeld als "di 10.00-12.00", "ma en do 9:30-11:30", "elke 1e dinsdag 19.30-21.30", "ma t/m vr 9-12", "om de week op vrijdag vanaf 9-1-2026" of "24-12-2026 17.00-20.00"; zet tussen twee regels een ;
when-no-days = in `{ $cell }` staat niet op welke dagen
when-date-help = schrijf een datum als dag-maand-jaar, bijvoorbeeld 24-12-2026 of 24 december 2026
when-no-such-day = `{ $text }` is geen datum: maand { $month } van { $year } heeft geen dag { $day }
when-not-time-or-date = `{ $word }` is geen tijd en geen datum
when-same-day-range = `{ $cell }` loopt van een dag tot dezelfde dag; schrijf de eerste en de laatste dag, zoals in "ma t/m vr"
when-unknown-word = `{ $word }` in `{ $cell }` is geen dag, tijd of datum die buurtgids kan lezen
when-part-of-day-left-out = `{ $cell }` laat een deel van een dag weg ({ $part }); buurtgids kan alleen hele dagen weglaten
when-wrong-weekday = { $date } is een { $is }, geen { $named }
when-nth-before-range = `{ $cell }` noemt een week van de maand voor een reeks dagen; schrijf elke dag, zoals in "elke 1e dinsdag en 1e donderdag"
when-nth-left-out = `{ $cell }` laat een week van de maand weg; noem de weken waarin het wel is, zoals in "elke 2e en 4e dinsdag"
when-stray-number = `{ $number }` in `{ $cell }` is geen dag, tijd of datum
when-except-what = in `{ $cell }` staat niet wat `{ $word }` weglaat; schrijf bijvoorbeeld "ma t/m vr behalve wo", "behalve 24-12-2026" of "niet in de schoolvakanties"
when-only-not = `{ $cell }` zegt alleen op welke dagen het niet is; noem de dagen waarop het wel is, zoals in "ma t/m vr behalve wo"
when-every-zero = `{ $cell }` zegt elke 0 weken; schrijf "elke week", "om de week" of "om de 3 weken"
when-date-left-out = `{ $cell }` noemt { $date }, een { $day }, en laat elke { $day } weg
when-all-left-out = `{ $cell }` laat elke dag weg die het noemt; noem de dagen waarop het wel is, zoals in "ma t/m vr behalve wo"
when-no-year = bij `{ $date }` staat geen jaar
when-no-year-help = zet het jaar erbij, bijvoorbeeld 24 december 2026
when-nth-without-day = `{ $cell }` noemt een week van de maand maar niet de dag, zoals in "elke 1e dinsdag"
when-month-without-week = `{ $cell }` zegt elke maand maar niet welke week: schrijf bijvoorbeeld "elke 1e dinsdag" (of 2e, 3e, 4e, laatste), of "elke dinsdag" voor elke week
when-weeks-and-nth = `{ $cell }` zegt zowel om de paar weken als een week van de maand

## Importing a spreadsheet
import-no-pages = pagina's kunnen niet uit een spreadsheet komen
import-no-pages-help = importeer activity, service, place, person, volunteering, organisation of area
import-not-csv = dit is een spreadsheetbestand (.xlsx, .xls of .ods), geen CSV
import-not-csv-help = sla het blad eerst op als CSV: in Excel Bestand > Opslaan als > "CSV UTF-8", in LibreOffice Bestand > Opslaan als > "Tekst CSV"
import-quote-help = een cel met een aanhalingsteken erin moet helemaal tussen aanhalingstekens, met het teken dubbel: "Koffie met ""koek"""; het blad opnieuw opslaan als CSV doet dat
import-empty = dit bestand is leeg
import-empty-help = de eerste rij heeft de kopjes, elke rij daarna is een onderdeel
import-text-without-heading = rij { $row }, kolom { $column }: hier staat tekst, maar deze kolom heeft geen kopje
import-text-without-heading-help = geef de kolom een kopje, of zet de tekst in de goede kolom; een `;` of `,` in een cel moet tussen aanhalingstekens, en opslaan als CSV zet die erbij
import-write-failed = rij { $row }: kan { $path } niet schrijven: { $reason }
import-row = rij { $row }: { $message }
mapping-unreadable = het koppelbestand is niet te lezen: { $reason }
mapping-syntax = het koppelbestand is niet te lezen: { $reason }
mapping-syntax-help = een koppelbestand heeft [columns] ("Kopje" = "veld"), [defaults] (veld = "waarde") en [values.VELD] ("in het blad" = "id")
mapping-no-column = het blad heeft geen kolom `{ $heading }`
mapping-no-column-help = de kopjes zijn: { $headings }
column-no-heading = kolom { $column } heeft geen kopje
column-no-heading-help = geef de kolom een kopje, of koppel hem in { $mapping }; een lege kolom mag weg
columns-same-field = kolom { $first } en kolom { $second } vullen allebei `{ $field }`
columns-same-field-help = koppel een van de twee aan een ander veld of aan "ignore" in een koppelbestand ({ $mapping }, met --map): [columns] "{ $heading }" = "ignore"
column-unknown = kolom { $column } `{ $heading }` is geen veld van een { $kind }
column-unknown-help = zeg in een koppelbestand wat erin staat en geef dat mee met --map { $mapping }: onder [columns] ofwel "{ $heading }" = "ignore" om de kolom over te slaan, ofwel het veld dat hij vult, zoals "{ $heading }" = "{ $field }". Zolang een kolom onbekend is, wordt er niets geïmporteerd, zodat er niet per ongeluk een interne notitie op de site komt. De velden: { $fields }
mapping-unknown-field = `{ $field }` is geen veld van een { $kind }
mapping-unknown-field-help = de velden: { $fields }; of "ignore"
site-has-no-hint = de site heeft geen { $kind } `{ $name }`; { $hint }
site-has-none = de site heeft nog geen { $kind }
site-has-no-list = de site heeft geen { $kind } `{ $name }`; wel: { $names }
site-has-no = de site heeft geen { $kind } `{ $name }`
import-at-column = kolom { $column }
import-at-default = de standaardwaarde voor `{ $field }`
import-cell = rij { $row }, { $column }: { $message }
import-no-title = heeft geen titel
import-no-title-help = elke rij heeft een naam of titel nodig; vul die in, of haal de rij weg
import-bad-id = `{ $id }` kan geen bestandsnaam zijn
import-no-summary = heeft geen samenvatting
import-no-summary-help = vul een korte omschrijving in van een of twee zinnen (een kolom zoals "Korte omschrijving" of "Omschrijving")
import-not-wijk-or-kern = `{ $value }` is geen wijk of kern
import-not-wijk-or-kern-help = schrijf wijk (een wijk van een stad) of kern (een dorp)
import-no-area-kind = zegt niet of het een wijk of een kern is
import-no-area-kind-help = maak een kolom "Soort" met wijk of kern, of zet het voor alle rijen in het koppelbestand: [defaults] kind = "wijk"
import-bad-postcodes = `{ $text }` zijn geen postcodes van vier cijfers
import-bad-postcodes-help = schrijf de vier cijfers van elke postcode, met komma's ertussen: 5431, 5432
import-no-address = heeft geen adres
import-no-address-help = een plek heeft een adres nodig: een kolom "Adres" (Lindeplein 4, 5431 AB Lindewaard) of de kolommen Straat, Postcode en Plaats
import-no-role = zegt niet wat de persoon doet
import-no-role-help = maak een kolom "Functie" (Preventiewerker, Buurtverbinder), of zet het voor alle rijen: [defaults] role = "Buurtverbinder"
import-no-organisation = zegt niet welke organisatie iemand zoekt
import-no-organisation-help = maak een kolom "Organisatie", of zet het voor alle rijen: [defaults] organisation = "welzijn-lindewaard"
import-no-areas = zegt niet voor welke wijk of kern
import-no-areas-help = maak een kolom "Wijk" met de wijk of kern (of "alle" voor de hele gemeente), of zet het voor alle rijen: [defaults] areas = "all"
import-unknown-area-help = schrijf de naam of id van een wijk of kern van de site (content/areas/), meer dan een met komma's ertussen, of "alle"
import-unknown-term = `{ $item }` staat niet bij { $field } in site.toml{ $hint }
import-unknown-term-help = gebruik een van deze: { $names }; of zet het eerst in site.toml
import-unknown-reference-help = schrijf de naam of id van een van de { $folder } van de site (content/{ $folder }/); een nieuwe maakt u eerst, met `buurtgids new { $kind }` of door een blad ervan te importeren
import-address-no-postcode = in `{ $text }` staat geen postcode
import-address-help = schrijf het adres als straat en huisnummer, postcode en plaats: Lindeplein 4, 5431 AB Lindewaard
address-street = straat
address-postcode = postcode
address-city = plaats
and-list = { $first } en { $last }
import-address-incomplete = bij het adres ontbreekt: { $missing }
import-address-incomplete-help = een adres heeft een straat en huisnummer, een postcode en een plaats nodig
import-not-a-number = `{ $text }` is geen getal
import-not-a-number-help = schrijf een getal zoals 51.6978
import-time-no-day = heeft een tijd maar geen dag
import-time-no-day-help = zet de dagen in een kolom "Dag", of dagen en tijden samen in een kolom "Wanneer"
import-every-without-from = `{ $text }` is om de { $every } weken, maar vanaf welke datum?
import-every-without-from-help = zet de eerste datum erbij, zoals in "om de week op vrijdag vanaf 9-1-2026", of in een kolom "Startdatum"

## Reading CSV
csv-quote-inside = een aanhalingsteken (") midden in een cel
csv-after-quote = tekst (`{ $text }`) na het laatste aanhalingsteken van een cel
csv-quote-open = deze cel opent een aanhalingsteken (") dat nergens wordt gesloten

## The command line
site-has-errors = de site heeft { $errors }, dus { $not_done }. Gebruik buurtgids check om ze te zien.
kind-arg-unknown = `{ $kind }` is geen soort onderdeel; { $help }
kind-arg-help = gebruik een van deze: { $kinds }
left-out-expired = { $count } verlopen
left-out-drafts = { $count ->
    [one] { $count } concept
   *[other] { $count } concepten
}
left-out-upcoming = { $count } nog niet geldig
left-out = ; weggelaten: { $what }
built = { $pages } gemaakt in { $folder } voor { $today } (datum van { $source }): { $kinds }{ $left_out }; { $warnings }. { $stages }, samen { $ms } ms (buurtgids { $version }).
build-kept = de site in { $folder } is niet veranderd
build-nothing-written = er is niets geschreven
build-failed = Bouwen mislukt: { $errors }, { $warnings }; { $kept }.
links-asking = { $count ->
    [one] { $count } webadres
   *[other] { $count } webadressen
} van de site nakijken...
check-ok = in orde
check-not-ok = niet in orde
checked = { $entries ->
    [one] { $entries } onderdeel
   *[other] { $entries } onderdelen
} nagekeken: { $verdict }, { $errors }, { $warnings }.

## Report
report-json-failed = kan het rapport niet als JSON schrijven: { $reason }
report-written = Het rapport staat in { $path }.
report-with-errors = de site heeft { $errors }; wat die fouten betreffen, staat niet in het rapport. Gebruik buurtgids check om ze te zien.
not-exported = er is niets geëxporteerd
hsds-written = Open data in HSDS { $version } geschreven naar { $folder }: { $files }.

## Schema
schema-written = Een JSON Schema voor elke soort onderdeel staat in { $folder }. Zet in VS Code, met de YAML-extensie (redhat.vscode-yaml), dit in .vscode/settings.json van de map van de site:
    { $settings }

## Search
not-searchable = er kan niet worden gezocht
search-query-failed = het zoeken is mislukt: { $reason }
search-nothing = Niets gevonden voor "{ $query }".
search-also = Ook gezocht op: { $words }
search-hit = { $title } ({ $kind }, score { $score })

## CMS
cms-other-files = het CMS toont alleen de .{ $extension }-bestanden van content/{ $folder }/; { $count ->
    [one] { $count } bestand staat
   *[other] { $count } bestanden staan
} er niet in (de site heeft ze nog wel). Maak er .{ $extension }-bestanden van om ze in het CMS te bewerken
cms-written = index.html, config.yml en preview.js zijn geschreven in { $folder }. Bij het bouwen komen ze op de site als admin/; daar loggen redacteuren in. De README zegt hoe inloggen werkt.

## Import summary
import-nothing = Niets geïmporteerd: er is niets geschreven.
sentence = { $text }.
import-would-write = rij { $row }: zou { $path } schrijven
import-wrote = rij { $row }: { $path } geschreven
import-skipped-row = rij { $row }: overgeslagen, bestaat al: { $path }
import-would-import = Zou { $rows ->
    [one] { $rows } rij
   *[other] { $rows } rijen
} importeren in content/{ $folder }/
import-imported = { $rows ->
    [one] { $rows } rij
   *[other] { $rows } rijen
} geïmporteerd in content/{ $folder }/
import-skipped = { $rows ->
    [one] { $rows } rij overgeslagen waarvan
   *[other] { $rows } rijen overgeslagen waarvan
} het onderdeel al bestaat (buurtgids overschrijft nooit een bestand)
import-failed-rows = { $rows ->
    [one] { $rows } rij
   *[other] { $rows } rijen
} met fouten, niet geschreven: verbeter ze in het blad en importeer opnieuw (rijen die al geïmporteerd zijn, worden overgeslagen)
import-empty-rows = { $rows ->
    [one] { $rows } rij
   *[other] { $rows } rijen
} leeg
import-windows-1252 = het bestand is gelezen als Windows-1252 (de CSV van Excel), want het is geen UTF-8

## New entries
new-written = { $file } is geschreven: elk veld wordt erin uitgelegd. Het is een concept tot u `draft: true` weghaalt; `buurtgids serve` laat het zien terwijl u schrijft.
new-no-title = geef het onderdeel een titel, bijvoorbeeld: buurtgids new activity "Koffieochtend"
new-no-letters = in `{ $title }` staan geen letters of cijfers om een bestandsnaam van te maken; geef een titel met woorden
new-exists = { $file } bestaat al; buurtgids laat het zoals het is. Geef het nieuwe onderdeel een andere titel, of bewerk dat bestand
new-no-folder = kan de map content/{ $folder } niet maken: { $reason }
cms-needs-repo = de koppeling { $backend } heeft de repository nodig: zet er --repo EIGENAAR/NAAM bij
cms-not-ours = { $path } bestaat al en is niet door buurtgids cms geschreven; buurtgids laat het zoals het is. Verplaats het, of schrijf de map admin met --out ergens anders

## Preview
serve-port-taken = kan niet luisteren op 127.0.0.1:{ $port }: { $reason }; draait er al een voorbeeld? Geef met --port een ander nummer
serve-started = Voorbeeld op { $url } (stoppen met Ctrl+C). Wijzigingen in de inhoud, templates, bestanden in static/ en site.toml ziet u meteen.
serve-cannot-watch = kan { $folder } niet in de gaten houden voor wijzigingen: { $reason }
serve-loaded = { $entries } onderdelen gelezen in { $ms } ms ({ $stages }).
serve-broken = De site kan pas worden getoond als dit is verbeterd; de browser laat hetzelfde zien.
serve-not-found = Niet gevonden
serve-page-title = De site heeft fouten – buurtgids
serve-page-heading = De site kan niet worden getoond
serve-page-intro = Verbeter wat hieronder staat en sla het bestand op: deze pagina komt vanzelf terug.
serve-no-browser = kan geen browser openen ({ $opener }: { $reason }); open { $url } zelf
folder-failed = kan { $folder } niet maken: { $reason }

## De opdrachtregel: --help en een opdracht die niet klopt
cli-about = Maakt een toegankelijke sociale kaart van YAML- en Markdown-bestanden
cli-usage = Gebruik
cli-commands = Opdrachten
cli-command = OPDRACHT
cli-options = Opties
cli-arguments = Waarden
cli-help = Laat deze uitleg zien
cli-version = Laat het versienummer zien
cli-lang = De taal van de berichten: nl of en (standaard: LC_ALL, LC_MESSAGES of LANG, anders de taal van de site)
cli-root = De map van de site, met site.toml en content/ (standaard: de map waarin u nu bent)
cli-today = De datum waarvoor de site wordt gemaakt, JJJJ-MM-DD (standaard: SOURCE_DATE_EPOCH, anders vandaag)
cli-drafts = Neem ook onderdelen met `draft: true` (concepten) mee
cli-deny_warnings = Mislukt (code 1) ook bij waarschuwingen
cli-build = Maak de site in een map
cli-build-out = De map voor de site (standaard: public/ in de map van de site)
cli-base_url = Het adres waarop de site staat, in plaats van base_url in site.toml
cli-search = Zoek in de site zoals bewoners dat doen, met dezelfde zoekindex als de site
cli-search-queries = Waar u naar zoekt, bijvoorbeeld "koffie ochtend"; meer zoekvragen worden na elkaar beantwoord
cli-search-limit = Hoeveel resultaten te laten zien (standaard: 10)
cli-search-format = Hoe de resultaten te laten zien: human (standaard) of json
cli-serve = Laat de site zien in een browser op deze computer, bijgewerkt bij elk opgeslagen bestand
cli-serve-port = De poort op 127.0.0.1 (standaard: 1111; 0 kiest een vrije)
cli-serve-open = Open het voorbeeld in de browser
cli-new = Schrijf een nieuw onderdeel met uitleg bij elk veld, bijvoorbeeld: buurtgids new activity "Koffie & Praat in 't Anker"
cli-new-kind = De soort: activity, place, service, person, volunteering, area, organisation of page (de naam van de map kan ook); met --translate zonder naam erachter: de naam van het bestand dat u vertaalt
cli-new-title = De titel (of naam) van het nieuwe onderdeel; daar wordt de bestandsnaam van gemaakt. Met --translate: de naam van het bestand dat u vertaalt, zonder .md (de soort mag dan weg)
cli-new-today = De datum voor `reviewed`, JJJJ-MM-DD (standaard: vandaag)
cli-report = Laat zien wat ontbreekt en verouderd is: gaten per wijk, leeftijd per organisatie, wat binnenkort verloopt, onderdelen zonder contact
cli-report-format = Hoe het rapport te laten zien: text (standaard), html (een losse pagina) of json
cli-report-out = Schrijf het rapport in dit bestand in plaats van op het scherm
cli-export = Exporteer de onderdelen van de site als open data in een standaardformaat: buurtgids export hsds --out open-data
cli-export-format = Het formaat: hsds (Human Services Data Specification 3.0 van Open Referral)
cli-export-out = De map om in te schrijven (standaard: hsds/ in de map waarin u nu bent)
cli-import = Maak van de rijen van een spreadsheet (opgeslagen als CSV) inhoudsbestanden, bijvoorbeeld: buurtgids import activity activiteiten.csv
cli-import-kind = De soort van elke rij: activity, service, place, person, volunteering, organisation of area (de naam van de map kan ook)
cli-import-file = De spreadsheet, opgeslagen als CSV (met ; of , ertussen; UTF-8 of de Windows-codering van Excel)
cli-import-map = Een koppelbestand van de kopjes van het blad aan velden, met waarden voor elke rij (zie de README)
cli-import-today = De datum voor `reviewed` als het blad die kolom niet heeft, JJJJ-MM-DD (standaard: vandaag)
cli-import-dry_run = Lees en controleer elke rij, maar schrijf geen bestand
cli-cms = Schrijf een map admin/ voor Decap CMS (of Sveltia CMS), zodat redacteuren onderdelen invullen in een webformulier
cli-cms-out = De map om in te schrijven (standaard: static/admin/ in de map van de site, die bij het bouwen admin/ wordt)
cli-cms-app = De webapp met de formulieren: decap (standaard, Decap CMS) of sveltia (Sveltia CMS, dat dezelfde instellingen leest)
cli-cms-backend = Waar het CMS opslaat: een koppeling van Decap CMS (git-gateway, de standaard; github, gitlab, gitea, bitbucket, azure)
cli-cms-repo = De repository, EIGENAAR/NAAM, voor de koppelingen github, gitlab, gitea, bitbucket en azure
cli-cms-branch = De branch waarin het CMS opslaat (standaard: main)
cli-schema = Schrijf een JSON Schema voor elke soort inhoudsbestand, zodat een editor (VS Code met de YAML-extensie) onderdelen nakijkt en aanvult terwijl u typt
cli-schema-out = De map om in te schrijven (standaard: schemas/)
cli-schema-root = De map van de site: de schema's beschrijven de velden in de taal van de site.toml daarin (Nederlands als die er niet is)
cli-check = Kijk de site na zonder hem te maken
cli-check-language = Geef ook tips voor eenvoudige taal: lange samenvattingen en zinnen, en de moeilijke woorden uit site.toml
cli-check-links = Vraag ook bij elk webadres op de site of het nog ergens heen leidt, en waarschuw voor dode en verhuisde adressen (antwoorden blijven een dag bewaard)
cli-check-format = Hoe problemen te laten zien: human (standaard) of json
cli-unknown-argument = `{ $arg }` is geen optie van deze opdracht
cli-unknown-command = `{ $command }` is geen opdracht van buurtgids
cli-invalid-value = `{ $value }` kan niet bij { $arg }
cli-missing-argument = { $arg } ontbreekt
cli-wrong-values = { $arg } is niet goed geschreven
cli-wrong = de opdracht klopt niet: { $reason }
cli-try = probeer { $names }
cli-more = buurtgids --help zegt wat elke opdracht doet; buurtgids OPDRACHT --help welke opties die heeft

## The report
report-gap-kind = { $area }: geen { $name }
report-gap-category = { $area }: niets in “{ $name }”
report-gap-audience = { $area }: niets voor { $name }
report-title = { $site } – rapport van { $today }
report-counts = { $published } onderdelen op de site; weggelaten: { $expired } verlopen, { $drafts } concepten, { $upcoming } nog niet geldig.
report-whole-municipality = hele gemeente
report-per-kind = Per wijk en soort
report-map-heading = Kaart: wat ontbreekt er per wijk of kern?
report-map-intro = Hoe donkerder een wijk of kern, hoe meer categorieën er nog geen aanbod hebben. Het getal achter de naam is het aantal categorieën zonder aanbod; de tabel per wijk en categorie hieronder geeft alle cijfers.
report-map-name = Kaart van de wijken en kernen, gekleurd naar het aantal categorieën zonder aanbod
report-map-area = { $area }: { $count ->
    [one] 1 categorie zonder aanbod
   *[other] { $count } categorieën zonder aanbod
}
report-map-legend = Aantal categorieën zonder aanbod:
report-map-range = { $from } tot en met { $to }
report-per-category = Per wijk en categorie
report-per-audience = Per wijk en doelgroep
report-table-text = { $title } (0 is een gat):
report-gaps = Gaten ({ $count })
report-gap-everywhere = { $count } voor de hele gemeente
report-organisations-text = Per organisatie, dagen sinds het laatst is nagekeken (verouderd na { $days }):
report-no-organisation = geen organisatie
report-organisation-counts = { $entries } onderdelen, { $stale } verouderd
report-days = { $days } dagen
report-never-checked = nooit nagekeken
report-dead-link = dode link
report-expiring = Verloopt in de komende { $days } dagen ({ $count })
report-in-days = over { $days } dagen
report-no-contact = Geen contact mogelijk ({ $count })
report-gap-note = Een lege cel (0) is een gat.
report-area = Wijk of kern
report-gap = gat
report-whole-municipality-heading = Hele gemeente
report-organisations = Per organisatie
report-organisations-intro = Dagen sinds elk onderdeel voor het laatst is nagekeken; verouderd na { $days } dagen.
report-entry = Onderdeel
report-kind = Soort
report-last-checked = Laatst nagekeken
report-days-heading = Dagen
report-file = Bestand
report-stale = verouderd
report-never = nooit
report-dead-link-heading = Dode link
report-no-organisation-heading = Geen organisatie

## buurtgids init
init-intro = Een nieuwe sociale kaart in { $dir }. Druk op Enter voor het voorstel tussen [ ].
init-ask-municipality = Naam van de gemeente
init-ask-publisher = Wie geeft de sociale kaart uit?
init-ask-area = Naam van een wijk of kern (Enter als u klaar bent)
init-ask-kern = Is { $area } een dorpskern? Typ j voor ja, n voor nee
init-ask-postcodes = Postcodes van { $area }, de vier cijfers, met komma's ertussen (Enter: later)
init-ask-email = E-mailadres waar bewoners een fout melden (Enter: geen)
init-ask-base-url = Webadres waar de site komt te staan
init-bad-postcode = `{ $postcode }` is geen postcode van vier cijfers; schrijf bijvoorbeeld 5431
init-bad-area = in `{ $area }` staat geen naam van een wijk of kern; schrijf bijvoorbeeld --wijk "Centrum=5431,5432"
init-taken = { $file } bestaat al. buurtgids init begint alleen een nieuwe site en verandert niets aan een bestaande; kies een lege map
init-bad-base-url = het webadres klopt niet: { $reason }
init-twice = { $area } staat er twee keer in; geef elke wijk en kern een eigen naam
init-cannot-write = kan { $file } niet schrijven: { $reason }
init-written = De sociale kaart van { $municipality } staat in { $dir } ({ $count } bestanden).
init-next = Zo gaat u verder: `buurtgids serve` laat de site zien terwijl u schrijft; vul in site.toml de toegankelijkheidsverklaring aan; de voorbeelden in content/ zijn concepten (draft: true) om na te doen of weg te halen; `buurtgids report` zegt wat er nog ontbreekt; HANDLEIDING.md legt redacteuren uit hoe ze de site bijhouden.
init-answer-again = { $problem }. Probeer het nog eens.
cli-init = Begin een nieuwe sociale kaart: site.toml met uitleg, de wijken en kernen, een voorbeeld van elke soort onderdeel. Vraagt wat het moet weten, of neemt het van de opties
cli-init-dir = De map voor de nieuwe site (standaard: de map waarin u nu bent)
cli-init-municipality = De naam van de gemeente (standaard: de naam van de map)
cli-init-publisher = Wie de site uitgeeft (standaard: Gemeente en de naam)
cli-init-wijk = Een wijk, met postcodes na =, bijvoorbeeld "Centrum=5431,5432"; mag vaker
cli-init-kern = Een dorpskern, met postcodes na =, bijvoorbeeld "Oudeweer=5437"; mag vaker
cli-init-report_email = Het e-mailadres waar bewoners een fout melden
cli-init-base_url = Het webadres waar de site komt te staan, met / aan het eind
cli-init-today = De datum voor `reviewed` in de voorbeelden, JJJJ-MM-DD (standaard: vandaag)
init-ask-province = De provincie, voor de open data (Enter: later)
cli-init-province = De provincie, die de open data (HSDS) bij elk adres noemt, bijvoorbeeld Gelderland
init-ask-repo = De GitHub-repository van de site, voor het beheer in de browser, bijvoorbeeld gemeente/sociale-kaart (Enter: later)
cli-init-repo = De GitHub-repository (eigenaar/naam) waar de site in staat; het beheer (CMS) slaat daar op. Zonder: inloggen via Netlify Identity (git-gateway), te veranderen met `buurtgids cms`

## Vertalingen (breicafe.en.md)
translation-unknown-language = `{ $language }` is geen taal waarin buurtgids pagina's maakt
translation-unknown-language-help = een vertaling heet naar het bestand dat ze vertaalt, met een taal ervoor: `{ $id }.en.md`; buurtgids kent { $languages }
translation-field = `{ $key }` hoort niet in een vertaling
translation-field-help = een vertaling heeft alleen de woorden van `{ $id }`: { $fields }. Tijden, plek, kosten en de rest komen uit het bestand zelf; haal deze regel weg
translation-missing-field-help = zet `{ $key }: ...` in de vertaling, in de taal van de vertaling
translation-without-entry = dit is een vertaling van `{ $id }`, maar dat bestand is er niet
translation-without-entry-help = een vertaling staat naast wat ze vertaalt: `content/{ $folder }/{ $id }.md`. Klopt de naam niet, geef dit bestand dan dezelfde naam met de taal erachter
translation-twice = er zijn twee vertalingen naar `{ $language }`
translation-twice-help = houd er één: `.md` of `.yaml`
translation-incomplete = niet vertaald: { $fields }. Op de pagina staat daar de tekst uit { $main }
translation-incomplete-help = vertaal die ook, met dezelfde naam als in { $main }
translation-outdated = de vertaling is ouder dan de tekst: { $main } is veranderd nadat deze vertaling is gemaakt
translation-outdated-help = kijk wat er in { $main } anders is en pas de vertaling aan; zet dan `translated_from: { $hash }`
translation-unmarked = niet bekend van welke tekst dit een vertaling is, dus ook niet of ze nog klopt
translation-unmarked-help = is dit een vertaling van de tekst zoals die nu in { $main } staat? Zet dan bovenaan `translated_from: { $hash }`
translation-not-on-site = dit is een vertaling naar `{ $language }`, maar die taal staat niet in `languages` in site.toml
translation-main-language = dit is een vertaling naar `{ $language }`, maar dat is al de taal van de site, dus ze komt nergens
translation-main-language-help = zet de tekst in { $main }, of geef dit bestand de code van een andere taal
translation-not-on-site-help = zet `{ $language }` bij `languages` in site.toml, of laat dit bestand zo tot de site die taal krijgt
new-translate-language = `{ $language }` is geen taal waarin buurtgids pagina's maakt; buurtgids kent { $languages }
new-translate-main = `{ $language }` is de taal van de site zelf: een vertaling daarnaar komt nergens
new-translate-unknown = er is geen onderdeel `{ $id }`; geef de naam van het bestand zonder `.md`, bijvoorbeeld: buurtgids new --translate en breicafe
new-translate-which = er zijn meer onderdelen `{ $id }` ({ $kinds }); zeg welke, bijvoorbeeld: buurtgids new --translate { $language } activity { $id }
new-translate-comment = Vertaling naar het { $language } van { $file }.
    Vertaal de teksten hieronder; tijden, plek, kosten en de rest komen uit dat bestand.
    Laat translated_from staan: daaraan ziet buurtgids check of { $file } later verandert.
new-translate-written = { $file } is geschreven, met de teksten om te vertalen. Vertaal ze en bewaar het bestand; `buurtgids serve` laat de vertaling zien terwijl u schrijft.
cli-new-translate = Schrijf een vertaling van een bestaand onderdeel naar deze taal (en, ar, tr, pl, uk), bijvoorbeeld: buurtgids new --translate en breicafe
report-translations = Vertaald naar het { $language }: { $translated } van de { $of }
report-translations-outdated = Ouder dan de tekst die ze vertalen ({ $count })
report-translations-missing = Nog niet vertaald ({ $count })
