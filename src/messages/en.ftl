# What buurtgids says to its users, in English: the messages of every command.
# Each key has its Dutch twin in nl.ftl; a test fails when one of the two lacks a key.
# Arguments are written { $name }; a number argument chooses the plural form.

## How a problem is shown

label-error = error
label-warning = warning
label-help = help
did-you-mean = did you mean { $names }?
or-list = { $first } or { $last }
count-errors = { $count ->
    [one] { $count } error
   *[other] { $count } errors
}
count-warnings = { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
}
count-pages = { $count ->
    [one] { $count } page
   *[other] { $count } pages
}

## site.toml

config-unreadable = cannot read the site settings: { $reason }
config-missing = there is no { $file } in { $folder }
config-unreadable-help = run buurtgids in the site folder, or pass --root with the folder that holds { $file }
config-unknown-setting = unknown setting `{ $key }`
config-unknown-setting-help = check the spelling; the settings are described in the README
config-syntax = { $reason }
config-syntax-help = check the spelling and the quotes; the settings are described in the README
config-no-province = the HSDS open data has no province, which HSDS requires of every address
config-no-province-help = add `[open_data]` with `province = "Gelderland"` (your province), or `hsds = false` to publish no HSDS export
config-synonyms-alone = a synonym group in `[search]` has only one word ({ $words }), so it adds nothing
config-synonyms-alone-help = put at least two words that mean the same in each group: `synonyms = [["heikamp", "de kamp"]]`
config-no-statement = the accessibility statement has no status, so it says "nog niet vastgesteld"
config-no-statement-help = add `[accessibility]` with `status`, `date` and what was evaluated (see the README); a public body must publish this statement
config-unknown-status = unknown accessibility status `{ $status }`
config-unknown-status-help = use A (voldoet volledig), B (voldoet gedeeltelijk), C (eerste maatregelen genomen) or D (voldoet niet)
config-not-a-date = `{ $key }` is not a date
config-not-a-date-help = write a date without quotes, for example `2026-10-01`
config-zero-per-page = `{ $key }` is 0, so a page would show nothing
config-zero-per-page-help = set `{ $key }` under `[pages]` to 1 or more, or leave it out for the default
config-needs-version = this site asks for buurtgids { $wanted }, and this is buurtgids { $version }
config-needs-version-help = install a buurtgids that fits `buurtgids = "{ $wanted }"` in site.toml (`buurtgids --version` says which you have), or ask the site's maintainer to look at that line
config-bad-version = `buurtgids = { $wanted }` is not a version requirement: { $reason }
config-bad-version-help = write the lowest version the site needs, for example buurtgids = ">= 0.3"
config-version-not-text = put the requirement in quotes
config-unknown-language = unknown language `{ $language }`
config-unknown-language-help = buurtgids knows these languages: { $languages }
config-language-not-main = `language = "{ $language }"` and `languages` disagree: the first of `languages` is `{ $main }`
config-language-not-main-help = remove the line `language`: the first language of `languages` is the site's main language
config-language-twice = `{ $language }` is in `languages` twice
config-language-twice-help = name each language once
config-translation-unused = there is a translation into `{ $language }`, but that language is not in `languages`
config-translation-unused-help = add `{ $language }` to `languages`, or remove the translation
config-base-url-help = write the full address, for example `https://www.lindewaard.nl/sociale-kaart/`
config-bad-id = `{ $id }` cannot be used as an id in { $list }
config-bad-id-help = use lowercase letters, digits and hyphens, for example `sterke-basis`
config-id-twice = `{ $id }` is listed twice in { $list }
config-id-twice-help = give every item its own id
config-bad-colour-help = write the colour as `#` and six hexadecimal digits, for example `#0b5394`
colour-unknown = `{ $colour }` is not a colour this theme understands
contrast-on-primary = text in the header and on buttons, on `primary`
contrast-links-white = links, on the white page
contrast-links-grey = links, on the light grey of boxes
contrast-accent-white = "gratis", on the white page
contrast-accent-grey = "gratis", on the light grey of boxes
config-low-contrast = { $colour } has a contrast of { $ratio }:1 against { $background } as { $what }; WCAG asks at least 4.5:1
config-low-contrast-help = choose a darker or lighter colour; a contrast checker shows the ratio as you try
config-agenda-weeks = the agenda cannot look { $weeks } weeks ahead
config-agenda-weeks-help = set `weeks` under `[agenda]` to a number from 1 to 52, for example 8
config-closed-reversed = the closed period `{ $name }` ends ({ $until }) before it starts ({ $from })
config-closed-reversed-help = swap `from` and `until`
config-closed-dates = the closed period `{ $name }` needs a `from` and an `until` date
config-closed-dates-help = write both without quotes: `{"{"} from = 2026-12-21, until = 2027-01-03, name = "Kerstvakantie" {"}"}`
base-url-scheme = base_url `{ $url }` does not start with https:// or http://
base-url-host = base_url `{ $url }` has no valid host name
base-url-path = base_url `{ $url }` has a path with spaces, quotes, `?` or `#`

## Content files
date-day-first = `{ $written }` is written day first; this file needs year-month-day
write-this = write `{ $fix }`
date-help = write dates as year-month-day, for example 2026-03-31
date-not-a-date = `{ $date }` is not a date
date-no-month = `{ $date }` is not a date: there is no month { $month }
date-year-out-of-range = `{ $date }` is not a date this site can use: the year { $year } is out of range
date-no-such-day = `{ $date }` does not exist: { $month } { $year } has { $days } days
no-content-folder = there is no `content` folder
no-content-folder-help = create `content/` with a folder per kind (activities, places, ...), or pass --root with the site folder
file-unreadable = cannot read this file: { $reason }
link-to-folder = this is a link to a folder, which is not followed
link-to-folder-help = move the files into this folder instead of linking to them
link-outside = this is a link to a file outside the site folder (or to nothing)
link-outside-help = copy the file into content/ instead of linking to it
unknown-folder = the folder `content/{ $folder }` is not a kind of content, so this file is not used
unknown-folder-help = content goes in one of these folders: { $folders }
file-in-content = this file is directly in `content/`, so it is not used
file-in-content-help = move it into the folder of its kind, for example content/activities/
not-md-or-yaml = this file is not a .md or .yaml file, so it is not used
not-md-or-yaml-help = entries are .md files (with front matter) or .yaml files; pictures go in static/
file-too-large = this file is { $size } KiB, more than the limit of { $limit } KiB
file-too-large-help = split it into several entries, or move large parts (pictures, documents) to static/; `[limits] file_size_kib` in site.toml sets the limit
not-utf8 = this file is not UTF-8 text
not-utf8-help = save the file as UTF-8 (in most editors: Save as, encoding UTF-8)
bad-file-name = the file name `{ $id }` cannot be used as an id
bad-file-name-help = rename the file to `{ $fix }` (lowercase letters, digits and hyphens)
no-front-matter = this Markdown file does not start with front matter
no-front-matter-help = start the file with a line `---`, then the fields (title: ...), then another line `---`, then the text
front-matter-open = the front matter is not closed
front-matter-open-help = add a line with only `---` after the last field, before the text
unknown-key = unknown key `{ $key }`
unknown-key-help = the keys a { $kind } can have are: { $keys }
missing-field = `{ $key }` is missing
missing-field-help = add a line `{ $key }: ...`; see `buurtgids new { $kind }` for an example of every field
expected-found = expected { $expected }, found { $found }
expected-found-help = check the value on this line; text with a colon or starting with a special character needs quotes
expected-number-or-text = expected a number or a text
expected-number-or-text-help = write an amount like 2.50, or words like gratis or vrijwillige bijdrage, not a list
expected-yes-no = expected `ja` or `nee`, found { $found }
yes-no-help = write `ja` (or `true`) or `nee` (or `false`)
check-value-help = check the value on this line
expected = expected { $expected }
expected-true-false = expected `true` or `false`
empty-value = this value is empty
empty-value-help = write a value after the colon, or remove the line
key-twice = the key `{ $key }` appears twice
a-key-twice = a key appears twice
key-twice-help = keep one of the two lines
yaml-syntax = { $reason }
yaml-syntax-help = check the indentation (spaces, not tabs), the colons and the quotes on this line and the one before
type-yes-no = `true` or `false`
type-number = a number
type-text = text
type-list = a list
type-words = a word or a list like [a, b]
type-group = a group of fields (key: value lines, indented)
found-text = the text { $value }
found-value = { $what } { $value }
found-nothing = nothing
id-taken = the id `{ $id }` is already used by { $first }
id-taken-help = every file of one kind needs its own name; rename one of the two

## Checks of what entries say
expired = expired on { $date }: not published
expired-help = extend `valid_until` if it still runs, or delete the file
all-dates-closed = every date of this { $kind } in the agenda's { $weeks } weeks falls in the closed period `{ $name }` ({ $from } to { $until }): the agenda and the calendar show none
all-dates-closed-help = if it takes place all the same, add `closed: false` to this rule of the schedule; if not, this warning goes once the closed period is over
unknown-reference = unknown { $kind } `{ $id }`
unknown-reference-none = there are no { $folder } yet: add one in content/{ $folder }/
unknown-reference-help = use the file name (without .md or .yaml) of one of content/{ $folder }/
unknown-term = unknown { $what } `{ $id }`
unknown-term-help = the { $what } ids in site.toml are: { $ids }
not-reviewed = this entry has no `reviewed` date
not-reviewed-help = check the details, then add `reviewed: { $today }`
stale = last checked { $days } days ago ({ $date }), more than the { $allowed } days site.toml allows
stale-help = check that everything is still right, then set `reviewed: { $today }`
reviewed-in-future = `reviewed` ({ $date }) is in the future
reviewed-in-future-help = write the date the entry was checked
no-way-to-respond = this volunteer opening has no way to respond
no-way-to-respond-help = add a `contact` (a person), a `phone`, an `email`, a `website` or `how_to_respond`
not-located = this { $kind } does not say where it is or how to reach it
not-located-activity-help = add `place` (the id of a place) or an `address`
not-located-service-help = add `place` or an `address`, or a `phone`, `email`, `website` or `contact` to reach it
area-in-itself = the area `{ $id }` is inside itself through `parent`
area-in-itself-help = a wijk or kern can only be part of a larger area; remove `parent` from one of them

## Kinds of entries
kind-one = { $kind ->
    [area] wijk or kern
    [volunteering] volunteer opening
   *[other] { $kind }
}
count-kind = { $kind ->
    [area] { $count ->
        [one] { $count } area
       *[other] { $count } areas
    }
    [organisation] { $count ->
        [one] { $count } organisation
       *[other] { $count } organisations
    }
    [place] { $count ->
        [one] { $count } place
       *[other] { $count } places
    }
    [activity] { $count ->
        [one] { $count } activity
       *[other] { $count } activities
    }
    [service] { $count ->
        [one] { $count } service
       *[other] { $count } services
    }
    [person] { $count ->
        [one] { $count } person
       *[other] { $count } people
    }
    [volunteering] { $count ->
        [one] { $count } volunteer opening
       *[other] { $count } volunteer openings
    }
   *[other] { $count ->
        [one] { $count } page
       *[other] { $count } pages
    }
}
title-empty = the title is empty
title-empty-help = write a short, clear title
unknown-language = `{ $language }` is not a language buurtgids knows
unknown-language-close = did you mean `{ $name }`? Write a language in Dutch (Arabisch), in English or as its two-letter code (ar)
unknown-language-help = write a language in Dutch, in English or as its two-letter code; buurtgids knows: { $names }
summary-empty = the summary is empty
summary-empty-help = write one or two short sentences about what this is
bad-slug = `{ $slug }` cannot be used as a web address
bad-slug-help = use lowercase letters, digits and hyphens, for example `{ $fix }`
image-no-alt = this image has no alt text
image-no-alt-help = add `alt:` with a short description of what the picture shows, for people who cannot see it
until-before-from = `valid_until` ({ $until }) is before `valid_from` ({ $from })
until-before-from-help = swap the two dates or correct one
bad-phone = `{ $phone }` is not a phone number
bad-phone-help = write digits, spaces and hyphens only, for example 0413 123 456
bad-email = `{ $email }` is not an e-mail address
bad-email-help = write it like naam@example.org
bad-website = `{ $url }` is not a web address
bad-website-help = write the full address, starting with https://
bad-postcode = `{ $postcode }` is not a Dutch postcode
bad-postcode-help = write four digits and two letters, for example 5431 AB
bad-amount = `{ $amount }` is not an amount
bad-amount-help = write the amount in euros, for example 2.50, or 0 for free
bad-area-kind = `{ $kind }` is not a kind of area
bad-area-kind-help = write `wijk` for a neighbourhood or `kern` for a village core
bad-area-postcode = `{ $postcode }` is not a 4-digit postcode
bad-area-postcode-help = write only the four digits, for example 5431
bad-geo = `geo` is not a position on earth
bad-geo-help = write `lat` and `lon` in degrees, for example lat: 51.69, lon: 5.30


## Boundaries of areas (GeoJSON) and the map
boundary-json = the boundary is not valid GeoJSON: { $reason }
boundary-help = save the boundary as GeoJSON with a Polygon or MultiPolygon, in longitude and latitude (WGS84, EPSG:4326) or in RD (EPSG:28992); in QGIS: Export > Save Features As > GeoJSON
boundary-nothing = nothing
boundary-no-polygon = the boundary holds no area (Polygon or MultiPolygon), only { $found }
boundary-short-ring = a ring of the boundary has fewer than 4 positions; a ring ends with the position it starts with
boundary-projection = the coordinates are neither longitude and latitude nor RD coordinates, for example { $position }
boundary-projection-help = save the boundary again in WGS84 (EPSG:4326) or in RD (EPSG:28992); in QGIS choose it as the CRS under Export > Save Features As
boundary-too-large = this boundary is { $size } KiB, more than the limit of { $limit } KiB
boundary-too-large-help = simplify the boundary (in QGIS: Vector > Geometry Tools > Simplify, 1 metre is enough); the map draws nothing finer than a few metres
boundary-not-in-areas = a boundary (GeoJSON) belongs to an area, so this file is not used
boundary-not-in-areas-help = put the file in content/areas/, named as the area: noord.geojson next to noord.md
boundary-without-area = there is no area `{ $id }` for this boundary
boundary-without-area-help = name the file as the area's file: noord.geojson next to noord.md
place-outside-area = by its `geo`, { $place } lies outside the boundary of { $area }
place-outside-area-help = look the address up on a map and copy its lat and lon, or name the right area in `areas`
place-outside-swapped-help = `lat` and `lon` look swapped: write lat: { $lat } and lon: { $lon }
## Schedules
schedule-no-days = this schedule does not say on which days
schedule-two-rules = this schedule uses more than one of `weekly`, `monthly` and `dates`
schedule-rules-help = write one rule per item: `weekly: tuesday`, `monthly: first tuesday` or `dates: [2026-12-24]`; add a new item (a new `- ` line) for another rule
schedule-until-before-from = `until` ({ $until }) is before `from` ({ $from })
schedule-until-before-from-help = the season ends before it starts: swap the two dates or correct one
every-without-weekly = `every` only works with `weekly`
every-without-weekly-help = remove `every`, or use `weekly` with the days
every-out-of-range = `every: { $every }` is not a number of weeks from 1 to 52
every-out-of-range-help = write `every: 2` for every other week
every-without-from = `every: { $every }` needs `from`, the date of the first time
every-without-from-help = add for example `from: 2026-01-07`, so residents know which weeks it is on
a-weekday = a day of the week
a-weekday-help = write a day like `tuesday` or `dinsdag`
a-month-weekday = a weekday of the month
a-month-weekday-help = write for example `first tuesday`, `eerste dinsdag` or `last friday`
dates-empty = `dates` is empty
dates-empty-help = list at least one date, for example `dates: [2026-12-24]`
except-not-on-schedule = { $date } is skipped, but the schedule is not on that day anyway
except-not-on-schedule-help = check the date: perhaps a different day was meant
except-out-of-season = { $date } is skipped, but it is outside the schedule's `from` and `until`
except-out-of-season-help = check the date, or `from` and `until`
no-days-given = no { $what } given
not-a-day = `{ $value }` is not { $what }
time-help = write times on the 24-hour clock as hh:mm, for example "10:00-12:00" or "19:30"
time-three = `{ $text }` has more than two times
time-end-before-start = the end time in `{ $text }` is not after the start time
time-end-before-start-help = write the start first and the end second, for example "10:00-12:00"; an activity cannot run past midnight
time-not-a-time = `{ $text }` is not a time
time-out-of-range = `{ $text }` is not a time of day: hours go from 00 to 23 and minutes from 00 to 59

## Links
link-missing = the page is not there ({ $status })
link-failing = the server answers with an error ({ $status })
link-timeout = no answer within { $seconds } seconds
link-unreachable = it cannot be reached ({ $error })
link-unanswered = the server does not answer requests for the page
link-moved = `{ $url }` has moved to `{ $to }`
link-moved-help = write the new address: { $to }
link-dead = `{ $url }` leads nowhere: { $why }
link-dead-help = look up the right address (on the organisation's own site, or ask them), or take the link out
link-moved-to = moved to { $to }

## Plain language
summary-long = the summary has { $sentences } sentences; lists and search results read best with { $most } at most
summary-long-help = keep what a resident needs to decide; move the rest into the text below the front matter
jargon = “{ $word }” is a word many residents do not know
jargon-help = write “{ $plain }” instead
sentence-long = a sentence of { $words } words (“{ $preview }”); more than { $most } is hard to follow
sentence-long-help = split it in two, or leave out what is not needed

## Addresses
url-taken-by = { $file } already uses it
url-taken-by-site = the site itself uses it
url-taken = the web address { $path } is taken: { $by }
url-taken-help = give one of them another `slug` (or rename the file)

## Pictures
picture-unwritable = the picture `{ $path }` cannot be written: { $reason }
picture-unwritable-help = save the photo as JPEG and try again
picture-unreadable = the picture `{ $path }` cannot be read: { $why }
picture-unreadable-help = save the photo as JPEG (in the Photos app: share, save as JPEG; or open it in Paint and choose Save as JPEG) and put that in static/
picture-heic = it is a HEIC or AVIF photo (as an iPhone makes), which not every browser shows
picture-cut-off = the file is cut off (it was not saved or copied completely)
picture-too-large = the picture `{ $path }` is { $width } by { $height } pixels, more than the { $most } megapixels a picture may have
picture-too-large-help = make the photo smaller (2000 pixels wide is plenty) and save it as JPEG
picture-unknown-format = it is not a JPEG, PNG or WebP picture

## Files in static/
svgz = a compressed SVG (.svgz) is not published: it cannot be checked for script
svgz-help = save the picture as a plain .svg (or .png); buurtgids cleans an SVG of script before it publishes it
static-page = a web page in static/ is not published: it could run script on the site's address, where no policy of the site covers it
static-page-help = write the text as a page in content/pages/ (buurtgids makes it a page of the site), or publish the file as a PDF
not-xml = this file is not valid XML, so it cannot be checked for script: { $reason }
static-not-utf8 = this file is not UTF-8 text, so it cannot be checked for script
svg-help = open the picture in a drawing program (Inkscape, Illustrator) and save it again as plain SVG, or as PNG
svg-nothing-safe = this picture holds no drawing that can be published safely ({ $reason })
svg-unsafe = this picture holds { $what }, which could run script or load from another site
svg-unsafe-help = remove it from the SVG (a drawing program that exports plain SVG leaves it out), or save the picture as PNG
svg-not-utf8 = text that is not UTF-8
svg-broken = XML the filter broke ({ $reason })
svg-element = a `{ $name }` element
svg-foreign-style = a style sheet with an address elsewhere
xml-help = publish XML without HTML, SVG or XSLT in it (a sitemap or a feed is fine); put a web page in content/pages/ and a picture in its own .svg file
xml-stylesheet = this XML file names a style sheet that may be XSLT, which can add script to it
xml-scripted = this XML file holds { $language }, which can run script when the file is opened

## Theme
builtin-theme = (built-in theme) { $name }
theme-missing = the theme `{ $theme }` is not in themes/{ $theme }/
theme-missing-help = set `theme = "default"`, or put the theme in that folder
template-not-utf8 = this template is not UTF-8 text
template-error = a template has an error: { $reason }
template-error-help = fix the template, or remove your copy in templates/ to use the theme's
i18n-syntax = { $reason }
i18n-syntax-help = every line is `key = "text"`
i18n-not-text = the text `{ $key }` is neither a text nor a table of plural forms
i18n-not-text-help = write `{ $key } = "..."`, or for a text with a number `{ $key } = { "{" } one = "...", other = "..." { "}" }`: the forms are zero, one, two, few, many and other, and other is always needed
i18n-missing = the text `{ $key }` has no translation, so the Dutch text is used
i18n-missing-help = add `{ $key } = "..."`

## Building
stage-time = { $stage } { $ms } ms
base-url-flag-help = write the full address, for example https://example.org/sociale-kaart/
render-failed = rendering { $file } failed: { $reason }
render-failed-help = check the template named in the message
body-image-no-alt = the image `{ $src }` has no description
body-image-no-alt-help = say in the brackets what the picture shows, for people who cannot see it: ![Zaal met tafels en stoelen]({ $src })
image-elsewhere = the image `{ $src }` is not a file of this site
image-elsewhere-help = save the picture in static/images/ and write `images/name.jpg`: the guide loads nothing from other sites
image-outside = the image `{ $src }` is outside the site
image-outside-help = put the picture in static/images/ and write `images/name.jpg`
image-missing = the image `{ $src }` is not in static/
image-missing-help = put the picture at static/{ $path }, or correct the address
search-failed = the search index failed: { $reason }
write-failed = cannot write { $path }: { $reason }
disk-full-needs-about = The new site needs about { $size }.{" "}
disk-full-needs-more = The new site needs more than { $size }.{" "}
disk-full = the disk is full: the new site does not fit beside the one in { $folder }
disk-full-help = { $size }Make room on the disk, or build into a folder on another disk with --out, and build again. The site in { $folder } is unchanged: nothing of this build was put online
logo-missing = the logo `{ $logo }` is not a file in static/
logo-missing-help = put the logo at static/{ $path }, or correct `logo`
today-flag-bad = --today: { $reason }; write it as YYYY-MM-DD
epoch-not-a-number = SOURCE_DATE_EPOCH `{ $epoch }` is not a number of seconds
epoch-bad = SOURCE_DATE_EPOCH: { $reason }
today-clock = the system clock
progress-search = Search
progress-pages = Pages
progress-reading = Reading
out-not-ours = { $folder } already exists and was not made by buurtgids, so it is left alone; choose an empty or new folder with --out, or remove it
out-unsafe = { $folder } cannot be the output folder: { $why }
out-holds-site = it holds the site itself
out-inside-site = it is inside the site's own files
out-is-a-file = it is a file

## Importing a spreadsheet: days and times
when-help = write the days and times as, for example, "di 10.00-12.00", "ma en do 9:30-11:30", "elke 1e dinsdag 19.30-21.30", "ma t/m vr 9-12", "om de week op vrijdag vanaf 9-1-2026" or "24-12-2026 17.00-20.00"; separate two rules with ;
when-no-days = `{ $cell }` does not say on which days
when-date-help = write a date as day-month-year, for example 24-12-2026 or 24 december 2026
when-no-such-day = `{ $text }` is not a date: there is no day { $day } in month { $month } of { $year }
when-not-time-or-date = `{ $word }` is not a time or a date
when-same-day-range = `{ $cell }` runs from a day to the same day; write the first and the last day, as in "ma t/m vr"
when-unknown-word = `{ $word }` in `{ $cell }` is not a day, a time or a date that buurtgids can read
when-part-of-day-left-out = `{ $cell }` leaves out a part of a day ({ $part }); buurtgids can leave out whole days only
when-wrong-weekday = { $date } is a { $is }, not a { $named }
when-nth-before-range = `{ $cell }` names a week of the month before a range of days; write each day, as in "elke 1e dinsdag en 1e donderdag"
when-nth-left-out = `{ $cell }` leaves out a week of the month; name the weeks it does take place, as in "elke 2e en 4e dinsdag"
when-stray-number = `{ $number }` in `{ $cell }` is not a day, a time or a date
when-except-what = `{ $cell }` does not say what `{ $word }` leaves out; write for example "ma t/m vr behalve wo", "behalve 24-12-2026" or "niet in de schoolvakanties"
when-only-not = `{ $cell }` says only on which days it does not take place; name the days it does, as in "ma t/m vr behalve wo"
when-every-zero = `{ $cell }` says every 0 weeks; write "elke week", "om de week" (every other week) or "om de 3 weken"
when-date-left-out = `{ $cell }` names { $date }, a { $day }, and leaves out every { $day }
when-all-left-out = `{ $cell }` leaves out every day it names; name the days it does take place, as in "ma t/m vr behalve wo"
when-no-year = `{ $date }` has no year
when-no-year-help = add the year, for example 24 december 2026
when-nth-without-day = `{ $cell }` names a week of the month but not the day, as in "elke 1e dinsdag"
when-month-without-week = `{ $cell }` says every month but not which week: write for example "elke 1e dinsdag" (or 2e, 3e, 4e, laatste), or "elke dinsdag" for every week
when-weeks-and-nth = `{ $cell }` says both every few weeks and a week of the month

## Importing a spreadsheet
import-no-pages = pages cannot be imported from a spreadsheet
import-no-pages-help = import activity, service, place, person, volunteering, organisation or area
import-not-csv = this is a spreadsheet file (.xlsx, .xls or .ods), not CSV
import-not-csv-help = save the sheet as CSV first: in Excel File > Save as > "CSV UTF-8", in LibreOffice File > Save as > "Text CSV"
import-quote-help = a cell with a quote in it must be quoted as a whole, with the quote doubled: "Koffie met ""koek"""; saving the sheet again as CSV does that
import-empty = this file is empty
import-empty-help = the first row holds the headings, every row after it one entry
import-text-without-heading = row { $row }, column { $column }: there is text here, but this column has no heading
import-text-without-heading-help = give the column a heading, or move the text into the right column; a `;` or `,` inside a cell needs quotes around the cell, which saving the sheet as CSV adds
import-write-failed = row { $row }: cannot write { $path }: { $reason }
import-row = row { $row }: { $message }
mapping-unreadable = cannot read the mapping: { $reason }
mapping-syntax = { $reason }
mapping-syntax-help = a mapping has [columns] ("Heading" = "field"), [defaults] (field = "value") and [values.FIELD] ("in the sheet" = "id")
mapping-no-column = the sheet has no column `{ $heading }`
mapping-no-column-help = the headings are: { $headings }
column-no-heading = column { $column } has no heading
column-no-heading-help = give it a heading, or map it in { $mapping }; an empty column can be deleted
columns-same-field = columns { $first } and { $second } both fill `{ $field }`
columns-same-field-help = map one of them to another field or to "ignore" in a mapping file ({ $mapping }, with --map): [columns] "{ $heading }" = "ignore"
column-unknown = column { $column } `{ $heading }` is not a field of { $name }
column-unknown-help = say what it holds in a mapping file and pass it with --map { $mapping }: under [columns], either "{ $heading }" = "ignore" to leave the column out, or the field it fills, such as "{ $heading }" = "{ $field }". Nothing is imported while a column is unknown, so that no internal note is published by accident. The fields: { $fields }
mapping-unknown-field = `{ $field }` is not a field of { $name }
mapping-unknown-field-help = the fields: { $fields }; or "ignore"
site-has-no-hint = the site has no { $kind } `{ $name }`; { $hint }
site-has-none = the site has no { $kind } yet
site-has-no-list = the site has no { $kind } `{ $name }`; it has: { $names }
site-has-no = the site has no { $kind } `{ $name }`
import-at-column = column { $column }
import-at-default = the default for `{ $field }`
import-cell = row { $row }, { $column }: { $message }
import-no-title = has no title
import-no-title-help = every row needs a name or title; fill it in, or delete the row
import-bad-id = `{ $id }` cannot be a file name
import-no-summary = has no summary
import-no-summary-help = fill in a short description of one or two sentences (a column such as "Korte omschrijving" or "Omschrijving")
import-not-wijk-or-kern = `{ $value }` is not wijk or kern
import-not-wijk-or-kern-help = write wijk (a neighbourhood of a town) or kern (a village)
import-no-area-kind = does not say wijk or kern
import-no-area-kind-help = add a column "Soort" with wijk or kern, or set it for all rows in the mapping: [defaults] kind = "wijk"
import-bad-postcodes = `{ $text }` are not 4-digit postcodes
import-bad-postcodes-help = write the four digits of each postcode, separated by commas: 5431, 5432
import-no-address = has no address
import-no-address-help = a place needs an address: a column "Adres" (Lindeplein 4, 5431 AB Lindewaard) or the columns Straat, Postcode and Plaats
import-no-role = does not say what the person does
import-no-role-help = add a column "Functie" (Preventiewerker, Buurtverbinder), or set it for all rows: [defaults] role = "Buurtverbinder"
import-no-organisation = does not say which organisation is looking
import-no-organisation-help = add a column "Organisatie", or set it for all rows: [defaults] organisation = "welzijn-lindewaard"
import-no-areas = does not say for which wijk or kern
import-no-areas-help = add a column "Wijk" with the wijk or kern (or "alle" for the whole municipality), or set it for all rows: [defaults] areas = "all"
import-unknown-area-help = write the name or id of a wijk or kern of the site (content/areas/), several separated by commas, or "alle"
import-unknown-term = `{ $item }` is not one of the { $field } in site.toml{ $hint }
import-unknown-term-help = use one of: { $names }; or add it to site.toml first
import-unknown-reference-help = write the name or id of one of the site's { $folder } (content/{ $folder }/); a new one is added first, with `buurtgids new { $kind }` or by importing a sheet of them
import-address-no-postcode = `{ $text }` has no postcode
import-address-help = write the address as street and number, postcode and town: Lindeplein 4, 5431 AB Lindewaard
address-street = street
address-postcode = postcode
address-city = city
and-list = { $first } and { $last }
import-address-incomplete = the address has no { $missing }
import-address-incomplete-help = an address needs a street and number, a postcode and a town
import-not-a-number = `{ $text }` is not a number
import-not-a-number-help = write a number such as 51.6978
import-time-no-day = gives a time but no day
import-time-no-day-help = add the days in a column "Dag", or days and times together in a column "Wanneer"
import-every-without-from = `{ $text }` is every { $every } weeks, but from which date?
import-every-without-from-help = add the first date, as in "om de week op vrijdag vanaf 9-1-2026", or in a column "Startdatum"

## Reading CSV
csv-quote-inside = a quote (") in the middle of a cell
csv-after-quote = text (`{ $text }`) after the closing quote of a cell
csv-quote-open = this cell opens a quote (") that is never closed

## The command line
site-has-errors = the site has { $errors }, so { $not_done }. Run buurtgids check.
kind-arg-unknown = `{ $kind }` is not a kind of entry; { $help }
kind-arg-help = use one of: { $kinds }
left-out-expired = { $count } expired
left-out-drafts = { $count } draft
left-out-upcoming = { $count } not yet valid
left-out = ; left out: { $what }
built = Built { $pages } into { $folder } for { $today } (date from { $source }): { $kinds }{ $left_out }; { $warnings }. { $stages }, total { $ms } ms (buurtgids { $version }).
build-kept = the site in { $folder } is unchanged
build-nothing-written = nothing was written
build-failed = Build failed: { $errors }, { $warnings }; { $kept }.
links-asking = { $count ->
    [one] Asking { $count } link
   *[other] Asking { $count } links
} for the web addresses of the site...
check-ok = ok
check-not-ok = not ok
checked = Checked { $entries ->
    [one] { $entries } entry
   *[other] { $entries } entries
}: { $verdict }, { $errors }, { $warnings }.

## Report
report-json-failed = cannot write the report as JSON: { $reason }
report-written = Wrote the report to { $path }.
report-with-errors = the site has { $errors }; the report leaves out what they concern. Run buurtgids check.
not-exported = nothing was exported
hsds-written = Wrote HSDS { $version } open data to { $folder }: { $files }.

## Schema
schema-written = Wrote a JSON Schema for every kind of entry to { $folder }. In VS Code, with the YAML extension (redhat.vscode-yaml), put this in .vscode/settings.json of the site folder:
    { $settings }

## Search
not-searchable = it cannot be searched
search-query-failed = the search failed: { $reason }
search-nothing = Nothing found for "{ $query }".
search-also = Also searched for: { $words }
search-hit = { $title } ({ $kind }, score { $score })

## CMS
cms-other-files = the CMS shows the .{ $extension } files of content/{ $folder }/ only; { $count ->
    [one] { $count } file is
   *[other] { $count } files are
} not shown there (the site still has them). To edit them in the CMS, give them the .{ $extension } form
cms-written = Wrote index.html, config.yml and preview.js in { $folder }. The build publishes them as admin/; editors sign in there. See the README for signing in.

## Import summary
import-nothing = Imported nothing: nothing was written.
sentence = { $text }.
import-would-write = row { $row }: would write { $path }
import-wrote = row { $row }: wrote { $path }
import-skipped-row = row { $row }: skipped, already there: { $path }
import-would-import = Would import { $rows ->
    [one] { $rows } row
   *[other] { $rows } rows
} into content/{ $folder }/
import-imported = Imported { $rows ->
    [one] { $rows } row
   *[other] { $rows } rows
} into content/{ $folder }/
import-skipped = skipped { $rows ->
    [one] { $rows } row
   *[other] { $rows } rows
} whose entry is already there (no file is ever overwritten)
import-failed-rows = { $rows ->
    [one] { $rows } row
   *[other] { $rows } rows
} with errors, not written: fix them in the sheet and import it again (rows already imported are skipped)
import-empty-rows = { $rows ->
    [one] { $rows } row
   *[other] { $rows } rows
} empty
import-windows-1252 = the file was read as Windows-1252 (Excel's CSV), as it is not UTF-8

## New entries
new-written = Wrote { $file }: every field is explained in it. It is a draft until you remove `draft: true`; `buurtgids serve` shows it as you edit.
new-no-title = give the entry a title, for example: buurtgids new activity "Koffieochtend"
new-no-letters = `{ $title }` has no letters or digits to make a file name from; give a title with words
new-exists = { $file } already exists; it is left as it is. Give the new entry another title, or edit that file
new-no-folder = cannot make the folder content/{ $folder }: { $reason }
cms-needs-repo = the { $backend } backend needs the repository: add --repo OWNER/NAME
cms-not-ours = { $path } exists and was not written by buurtgids cms; it is left as it is. Move it, or write the admin folder elsewhere with --out

## Preview
serve-port-taken = cannot listen on 127.0.0.1:{ $port }: { $reason }; is another preview running? Pass --port with another number
serve-started = Preview at { $url } (stop with Ctrl+C). Changes to content, templates, static files and site.toml show at once.
serve-cannot-watch = cannot watch { $folder } for changes: { $reason }
serve-loaded = Loaded { $entries } entries in { $ms } ms ({ $stages }).
serve-broken = The site cannot be shown until this is fixed; the browser shows the same.
serve-not-found = Not found
serve-page-title = The site has errors – buurtgids
serve-page-heading = The site cannot be shown
serve-page-intro = Fix what is below and save the file: this page comes back by itself.
serve-no-browser = cannot open a browser ({ $opener }: { $reason }); open { $url } yourself
folder-failed = cannot make { $folder }: { $reason }

## The command line: --help and a wrong command line
cli-about = Builds an accessible neighbourhood directory (sociale kaart) from YAML and Markdown files
cli-usage = Usage
cli-commands = Commands
cli-command = COMMAND
cli-options = Options
cli-arguments = Arguments
cli-help = Print help
cli-version = Print the version
cli-lang = The language of messages: nl or en (default: LC_ALL, LC_MESSAGES or LANG, else the site's language)
cli-root = The site folder, with site.toml and content/ (default: the current folder)
cli-today = The date to build for, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today)
cli-drafts = Include entries marked `draft: true`
cli-deny_warnings = Fail (exit code 1) when there are warnings too
cli-build = Build the site into an output folder
cli-build-out = The output folder (default: public/ in the site folder)
cli-base_url = The address the site is published at, overriding base_url in site.toml
cli-search = Search the site as residents do, on the same index the site ships
cli-search-queries = What to look for, for example "koffie ochtend"; several queries are answered one after the other on one index
cli-search-limit = How many results to show (default: 10)
cli-search-format = How to print results: human (default) or json
cli-serve = Show the site in a browser on this computer, updated on every saved file
cli-serve-port = The port on 127.0.0.1 (default: 1111; 0 picks a free one)
cli-serve-open = Open the preview in the browser
cli-new = Write a new entry with every field explained, for example: buurtgids new activity "Koffie & Praat in 't Anker"
cli-new-kind = The kind: activity, place, service, person, volunteering, area, organisation or page (the folder name works too); with --translate and no ID, the id of the entry to translate
cli-new-title = The title (or name) of the new entry; the file name is made from it. With --translate: the id of the entry to translate (then KIND may be left out)
cli-new-today = The date for `reviewed`, YYYY-MM-DD (default: today)
cli-report = Report what is missing and out of date: gaps per area, age per organisation, what expires soon, entries without contact
cli-report-format = How to print the report: text (default), html (one self-contained page) or json
cli-report-out = Write the report to this file instead of the terminal
cli-export = Export the site's entries as open data in a standard format: buurtgids export hsds --out open-data
cli-export-format = The format: hsds (Open Referral's Human Services Data Specification 3.0)
cli-export-out = The folder to write into (default: hsds/ in the current folder)
cli-import = Turn the rows of a spreadsheet (saved as CSV) into content files, for example: buurtgids import activity activiteiten.csv
cli-import-kind = The kind of entry every row is: activity, service, place, person, volunteering, organisation or area (the folder name works too)
cli-import-file = The spreadsheet, saved as CSV (separated by ; or ,; UTF-8 or Excel's Windows encoding)
cli-import-map = A mapping of the sheet's headings to fields, with values for every row (see the README)
cli-import-today = The date for `reviewed` when the sheet has no such column, YYYY-MM-DD (default: today)
cli-import-dry_run = Read and check every row, but write no file
cli-cms = Write an admin/ folder for Decap CMS (or Sveltia CMS), so editors fill in entries in a web form on top of the Git repository
cli-cms-out = The folder to write into (default: static/admin/ in the site folder, which the build publishes as admin/)
cli-cms-app = The web app that shows the forms: decap (default, Decap CMS) or sveltia (Sveltia CMS, which reads the same configuration)
cli-cms-backend = Where the CMS saves: a Decap CMS backend (git-gateway, the default; github, gitlab, gitea, bitbucket, azure)
cli-cms-repo = The repository, OWNER/NAME, for the github, gitlab, gitea, bitbucket and azure backends
cli-cms-branch = The branch the CMS saves to (default: main)
cli-schema = Write a JSON Schema for every kind of content file, so an editor (VS Code with the YAML extension) checks and completes entries while they are typed
cli-schema-out = The folder to write into (default: schemas/)
cli-schema-root = The site folder: the schemas describe the fields in the language of its site.toml (Dutch without one)
cli-check = Check the site without building it
cli-check-language = Also give hints for plain language: long summaries and sentences, and the jargon listed in site.toml
cli-check-links = Also ask every web address on the site whether it still leads somewhere, and warn about dead and moved ones (answers are kept for a day)
cli-check-format = How to print problems: human (default) or json
cli-unknown-argument = `{ $arg }` is not an option of this command
cli-unknown-command = `{ $command }` is not a command of buurtgids
cli-invalid-value = `{ $value }` cannot be given to { $arg }
cli-missing-argument = { $arg } is missing
cli-wrong-values = { $arg } is not written the way it needs
cli-wrong = the command line is not right: { $reason }
cli-try = try { $names }
cli-more = buurtgids --help says what each command does; buurtgids COMMAND --help what its options are

## The report
report-gap-kind = { $area }: no { $name }
report-gap-category = { $area }: nothing in “{ $name }”
report-gap-audience = { $area }: nothing for { $name }
report-title = { $site } – report for { $today }
report-counts = { $published } entries on the site; left out: { $expired } expired, { $drafts } drafts, { $upcoming } not yet valid.
report-whole-municipality = whole municipality
report-per-kind = Per area and kind
report-map-heading = Map: what is missing per area?
report-map-intro = The darker an area, the more categories have nothing there yet. The number after the name is the number of categories without an offer; the table per area and category below has every number.
report-map-name = Map of the areas, shaded by the number of categories without an offer
report-map-area = { $area }: { $count ->
    [one] 1 category without an offer
   *[other] { $count } categories without an offer
}
report-map-legend = Number of categories without an offer:
report-map-range = { $from } to { $to }
report-per-category = Per area and category
report-per-audience = Per area and audience
report-table-text = { $title } (0 is a gap):
report-gaps = Gaps ({ $count })
report-gap-everywhere = { $count } for the whole municipality
report-organisations-text = Per organisation, days since last checked (stale after { $days }):
report-no-organisation = no organisation
report-organisation-counts = { $entries } entries, { $stale } stale
report-days = { $days } days
report-never-checked = never checked
report-dead-link = dead link
report-expiring = Expires in the next { $days } days ({ $count })
report-in-days = in { $days } days
report-no-contact = No way to contact anyone ({ $count })
report-gap-note = An empty cell (0) is a gap.
report-area = Area
report-gap = gap
report-whole-municipality-heading = Whole municipality
report-organisations = Per organisation
report-organisations-intro = Days since each entry was last checked; stale after { $days } days.
report-entry = Entry
report-kind = Kind
report-last-checked = Last checked
report-days-heading = Days
report-file = File
report-stale = stale
report-never = never
report-dead-link-heading = Dead link
report-no-organisation-heading = No organisation

## buurtgids init
init-intro = A new sociale kaart in { $dir }. Press Enter for the suggestion between [ ].
init-ask-municipality = Name of the municipality
init-ask-publisher = Who publishes the sociale kaart?
init-ask-area = Name of a wijk or kern (Enter when you are done)
init-ask-kern = Is { $area } a village core (kern)? Type y for yes, n for no
init-ask-postcodes = Postcodes of { $area }, the four digits, separated by commas (Enter: later)
init-ask-email = E-mail address where residents report a mistake (Enter: none)
init-ask-base-url = Web address the site will be published at
init-bad-postcode = `{ $postcode }` is not a four-digit postcode; write for example 5431
init-bad-area = `{ $area }` holds no name of an area; write for example --wijk "Centrum=5431,5432"
init-taken = { $file } exists already. buurtgids init only starts a new site and changes nothing of an existing one; choose an empty folder
init-bad-base-url = the web address is not right: { $reason }
init-twice = { $area } is named twice; give every area its own name
init-cannot-write = cannot write { $file }: { $reason }
init-written = The sociale kaart of { $municipality } is in { $dir } ({ $count } files).
init-next = Next: `buurtgids serve` shows the site while you write; complete the accessibility statement in site.toml; the examples in content/ are drafts (draft: true) to copy or delete; `buurtgids report` says what is still missing; HANDLEIDING.md tells editors (in Dutch) how to keep the site up.
init-answer-again = { $problem }. Please try again.
cli-init = Start a new sociale kaart: site.toml explained, the areas, an example of every kind of entry. Asks what it needs to know, or takes it from the options
cli-init-dir = The folder for the new site (default: the current folder)
cli-init-municipality = The municipality's name (default: the folder's name)
cli-init-publisher = Who publishes the site (default: Gemeente and the name)
cli-init-wijk = A wijk, with postcodes after =, for example "Centrum=5431,5432"; may be repeated
cli-init-kern = A village core (kern), with postcodes after =, for example "Oudeweer=5437"; may be repeated
cli-init-report_email = The e-mail address where residents report a mistake
cli-init-base_url = The web address the site will be published at, ending in /
cli-init-today = The date for `reviewed` in the examples, YYYY-MM-DD (default: today)
init-ask-province = The province, for the open data (Enter: later)
cli-init-province = The province, which the open data (HSDS) names with every address, for example Gelderland
init-ask-repo = The site's GitHub repository, for editing in the browser, for example gemeente/sociale-kaart (Enter: later)
cli-init-repo = The GitHub repository (owner/name) the site lives in, where the editors' CMS saves. Without it: sign-in with Netlify Identity (git-gateway), to be changed with `buurtgids cms`

## Translations (breicafe.en.md)
translation-unknown-language = `{ $language }` is not a language buurtgids makes pages in
translation-unknown-language-help = a translation is named after the file it translates, with a language before the extension: `{ $id }.en.md`; buurtgids knows { $languages }
translation-field = `{ $key }` does not belong in a translation
translation-field-help = a translation holds only the words of `{ $id }`: { $fields }. Times, place, cost and the rest come from the file itself; remove this line
translation-missing-field-help = add `{ $key }: ...` to the translation, in the translation's language
translation-without-entry = this is a translation of `{ $id }`, but there is no such file
translation-without-entry-help = a translation sits beside what it translates: `content/{ $folder }/{ $id }.md`. If the name is wrong, give this file that name with the language before the extension
translation-twice = there are two translations into `{ $language }`
translation-twice-help = keep one: `.md` or `.yaml`
translation-incomplete = not translated: { $fields }. The page shows the text of { $main } there
translation-incomplete-help = translate those too, with the same names as in { $main }
translation-outdated = the translation is older than the text: { $main } changed after this translation was made
translation-outdated-help = see what changed in { $main } and update the translation; then set `translated_from: { $hash }`
translation-unmarked = it is not known which text this translates, so neither whether it is still right
translation-unmarked-help = is this a translation of the text as { $main } has it now? Then add `translated_from: { $hash }` at the top
translation-not-on-site = this is a translation into `{ $language }`, but that language is not in `languages` in site.toml
translation-main-language = this is a translation into `{ $language }`, but that is the site's own language, so it is shown nowhere
translation-main-language-help = put the text in { $main }, or give this file the code of another language
translation-not-on-site-help = add `{ $language }` to `languages` in site.toml, or leave this file until the site has that language
new-translate-language = `{ $language }` is not a language buurtgids makes pages in; buurtgids knows { $languages }
new-translate-main = `{ $language }` is the site's own language: a translation into it is shown nowhere
new-translate-unknown = there is no entry `{ $id }`; give the file's name without `.md`, for example: buurtgids new --translate en breicafe
new-translate-which = there is more than one entry `{ $id }` ({ $kinds }); say which, for example: buurtgids new --translate { $language } activity { $id }
new-translate-comment = Translation into { $language } of { $file }.
    Translate the texts below; times, place, cost and the rest come from that file.
    Keep translated_from: it is how buurtgids check sees whether { $file } changes later.
new-translate-written = { $file } is written, with the texts to translate. Translate them and save the file; `buurtgids serve` shows the translation as you write.
cli-new-translate = Write a translation of an existing entry into this language (en, ar, tr, pl, uk), for example: buurtgids new --translate en breicafe
report-translations = Translated into { $language }: { $translated } of { $of }
report-translations-outdated = Older than the text they translate ({ $count })
report-translations-missing = Not translated yet ({ $count })
