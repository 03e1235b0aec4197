# Co polecenie `wrap` mówi w terminalu: błędy i wskazówki, uwagi oraz to, co wypisują
# `wrap export`, `wrap give`, `wrap copies`, `wrap changes` i `wrap list`.
# Nazwy poleceń, opcji i plików (`wrap review`, --strict, .bak) zostają bez tłumaczenia.
# $document is full, crisis or card; $how and $because name how a copy went and ended.

## Błędy planu, którego nie da się otworzyć.
error-history = { $file }: history[{ $index }]: historii planu nie da się odtworzyć: { $error }
error-history-hint = historię zmieniono ręcznie: przywróć kopię zapasową (`.bak`) albo tamtą wersję
error-not-json = { $file }:{ $place }: to nie jest poprawny JSON: { $error }
error-newer-version-hint = ten plik zapisała nowsza wersja wrap; zainstaluj ją, żeby otworzyć plan
error-wrong-file-hint = czy to właściwy plik? Plan to plik JSON utworzony przez `wrap new`
error-fix-hint = popraw plik w tym miejscu w edytorze tekstu
error-fix-or-backup-hint = popraw plik w tym miejscu w edytorze tekstu albo wróć do kopii zapasowej { $backup }

## Czytanie i zapisywanie plików.
file-cannot-read = { $file }: nie da się odczytać planu: { $reason }
file-not-found-hint = sprawdź nazwę pliku; `wrap new { $file }` zaczyna nowy plan
file-permission-hint = zapytaj właściciela pliku albo sprawdź jego uprawnienia
file-pipe-hint = najpierw uruchom program, który pisze do potoku, albo podaj plik .json planu
file-is-folder = { $file }: to folder, a nie plik planu
file-is-folder-hint = podaj plik .json planu, który jest w środku
file-too-large = { $file }: plik jest większy, niż może być plan (najwyżej { $most } MiB; ten ma co najmniej { $size } MiB)
file-over-limits-hint = czy to właściwy plik? Tak dużego planu nie napisał człowiek (plan może mieć { $entries } wpisów i { $characters } znaków w jednej odpowiedzi)
file-no-such-file = nie ma takiego pliku
file-permission-denied = brak uprawnień
file-too-many-links = za dużo dowiązań symbolicznych z rzędu
file-no-file-name = ścieżka nie wskazuje pliku
file-folder-not-file = { $file }: to folder; podaj nazwę pliku
file-folder-not-file-hint = podaj plik .json w tym folderze albo obok niego
file-not-regular = { $file }: to nie jest zwykły plik (to urządzenie, potok albo gniazdo), więc nie może zawierać planu
file-not-regular-hint = podaj plik .json w jakimś folderze
file-read-only = { $file }: ten plik jest tylko do odczytu, więc wrap zostawia go bez zmian
file-read-only-hint = żeby go zmienić, najpierw zezwól na zapis (na przykład `chmod u+w { $file }`) albo wybierz inny plik
file-keeps-backup = { $file }: tu wrap trzyma kopię zapasową { $plan }, więc jej nie nadpisuje
file-keeps-lock = { $file }: tu wrap trzyma blokadę { $plan }, więc jej nie nadpisuje
file-choose-another-name = wybierz inną nazwę pliku
file-cannot-save-in-folder = { $file }: nie udało się zapisać zmian: w jego folderze nie da się utworzyć pliku ({ $reason })
file-cannot-save-in-folder-hint = sprawdź, czy możesz zapisywać w tym folderze, albo skopiuj plan tam, gdzie możesz
file-pipe-nobody = to nazwany potok i nic nie otworzyło jego drugiego końca w ciągu { $count ->
        [one] { $count } sekundy
        [few] { $count } sekund
        [many] { $count } sekund
       *[other] { $count } sekundy
    }
file-could-not = { $file }: nie udało się { $action }: { $reason }; poprzedni plik, jeśli był, jest bez zmian
file-action-find-folder = znaleźć jego folderu
file-action-open = go otworzyć
file-action-write = zapisać
file-action-look = go sprawdzić
file-action-make-temporary = utworzyć pliku w jego folderze
file-action-flush = zapisać na dysk
file-action-replace = zastąpić pliku
file-action-create = utworzyć pliku
file-cannot-keep-backup = { $file }: nie udało się odczytać poprzedniej wersji, żeby zachować ją jako kopię zapasową: { $reason }
output-cannot-write = nie udało się pisać na standardowe wyjście: { $reason }

## Jeden piszący na plan.
lock-cannot-open = { $file }: nie da się otworzyć planu do zapisu: { $reason }
lock-cannot-open-hint = sprawdź, czy folder istnieje i czy możesz w nim zapisywać
lock-plan-busy = { $file }: ten plan jest już otwarty w innym `wrap` (new, edit albo review)
lock-plan-busy-hint = najpierw skończ albo zamknij tamten; dwa naraz mogłyby nadpisać sobie nawzajem odpowiedzi
lock-hard-links = { $file } ma { $count ->
        [one] { $count } nazwę
        [few] { $count } nazwy
        [many] { $count } nazw
       *[other] { $count } nazwy
    } (dowiązania twarde); zapis zastępuje plik tylko pod tą nazwą, więc pozostałe nazwy zachowują wcześniejszą wersję. Dowiązanie symboliczne nadąża za każdym zapisem.
lock-cannot-lock = { $file }: nie da się zablokować pliku do zapisu: { $reason }; poprzedni plik, jeśli był, jest bez zmian
lock-file-busy = { $file }: ten plik jest otwarty w innym `wrap` (new, edit albo review); nic nie zapisano
lock-file-busy-hint = najpierw skończ albo zamknij tamten albo wybierz inny plik

## `wrap export` i `wrap template`.
export-format-hint = dodaj --format pdf|json|markdown|fhir|vcard|ics albo -o PLIK z końcówką .pdf, .json, .md, .fhir.json, .vcf lub .ics
export-format-unknown = { $file }: po tej nazwie pliku nie widać formatu
export-no-format = nie podano formatu dla standardowego wyjścia
export-document-not-for = --document { $document } nie jest dostępne przy eksporcie do { $format }
export-document-not-for-hint = `crisis` i `card` są dla PDF i Markdown: dodaj --format pdf albo --format markdown
export-print-not-for = --paper, --large-print i --keep-paper są dla PDF, nie dla eksportu do { $format }
export-print-not-for-hint = dodaj --format pdf albo je pomiń
export-pdf-to-terminal = PDF nie jest do czytania w terminalu, a standardowe wyjście to terminal
export-pdf-to-terminal-hint = dodaj -o PLIK.pdf albo przekaż go dalej: `wrap export PLAN -o - | lp`
export-leave-out-not-for = --leave-out-empty jest dla PDF i Markdown, nie dla eksportu do { $format }
export-leave-out-not-for-hint = dodaj --format pdf albo --format markdown albo ją pomiń
export-is-the-plan = { $file }: to sam plan; eksport nigdy nie nadpisuje swojego źródła
export-is-the-plan-hint = wybierz inny plik wyjściowy
export-wrote = Zapisano { $file }
export-template-failed = nie udało się utworzyć szablonu: { $error }
export-not-agreed = { $file }: { $name } nie zgadza się na wpisanie na listę, więc nie ma tej osoby { $document ->
        [card] na karcie kieszonkowej
       *[crisis] w planie na kryzys
    }
export-a-supporter = osoba wspierająca
export-large-print-card = karta kieszonkowa z dużym drukiem ma format { $large } ({ $normal } przy zwykłym druku), żeby tekst został duży
export-crisis-larger-sheet = { $file }: w dużym druku to, co pilne, nie mieści się na jednej stronie { $paper }, więc plan kryzysowy jest na { $sheet }: wydrukuj go na papierze { $sheet } bez zmniejszania, bo inaczej pierwsza strona wyjdzie mniejsza
export-crisis-larger-sheet-hint = żeby wydrukować go na { $paper }, a to, co pilne, przenieść częściowo na stronę 2, dodaj --keep-paper
export-crisis-urgent-overflows = { $file }: to, co pilne w planie kryzysowym, jest za długie na pierwszą stronę, więc część przechodzi na stronę 2
export-card-part-left-out = { $left } z { $total ->
        [one] { $total } wpisu
        [few] { $total } wpisów
        [many] { $total } wpisów
       *[other] { $total } wpisu
    } w "{ $part }"
export-card-left-out = { $file }: karta kieszonkowa ma miejsce tylko na jedną stronę, więc pomija { $parts }; są w pełnym planie
export-pdf-failed = { $file }: nie udało się utworzyć PDF: { $error }
export-no-review-date = { $file }: plan nie ma daty następnego przeglądu, więc nie ma o czym przypominać
export-no-review-date-hint = możesz ją ustalić poleceniem `wrap review { $file }`

## `wrap give` i `wrap copies`: kto ma którą kopię.
copies-which = { $document ->
        [full] pełny plan
        [card] karta kieszonkowa
       *[crisis] plan na kryzys
    }, wersja { $version }
copies-which-dated = { $document ->
        [full] pełny plan
        [card] karta kieszonkowa
       *[crisis] plan na kryzys
    }, wersja { $version } z { $date }
copies-needs-name = --to potrzebuje imienia osoby, dla której jest kopia
copies-needs-name-hint = np. --to "Dafydd (brat)"
copies-recorded = Zapisano w { $file }: { $name } ma kopię: { $which } (przekazano { $date }).
copies-older-replaced = Starsza kopia tej osoby (wersja { $version }) jest oznaczona jako zastąpiona: możesz poprosić o jej zwrot albo zniszczenie.
copies-remind = { $document ->
        [full] pełny plan zmienił się
        [card] karta kieszonkowa zmieniła się
       *[crisis] plan na kryzys zmienił się
    }, odkąd te osoby dostały swoją kopię:
copies-remind-holder = { $name } ma wersję { $version } (przekazano { $date }): możesz przekazać tę poleceniem `wrap give { $file } --to "{ $name }" --document { $document }`
copies-remind-see = (`wrap copies { $file }` pokazuje, co się zmieniło dla każdej osoby)
copies-none = Nie zapisano żadnych kopii { $file }.
copies-none-hint = Możesz zapisać kopię, kiedy ją przekazujesz: `wrap give { $file } --to NAME --document crisis`
copies-heading = Kopie { $file } (plan jest w wersji { $version })
copies-heading-saved = Kopie { $file } (plan jest w wersji { $version }, zapisanej { $date })
copies-given = { $name }: { $which }, przekazano { $date }
copies-given-how = { $name }: { $which }, przekazano { $date }, { $how ->
        [printed] na papierze
        [emailed] e-mailem
        [posted] pocztą
        [messaged] w wiadomości
       *[file] jako plik
    }
copies-out-of-date = NIEAKTUALNE ({ $count }): możesz przekazać nową i poprosić o zwrot starej
copies-changed-since = Zmiany od ich kopii, { $changes }:
copies-up-to-date = Aktualne ({ $count }):
copies-no-longer-held = Już u nikogo ({ $count }):
copies-ended = { $given }; { $because ->
        [replaced] zastąpiono nowszą kopią
        [destroyed] zniszczono
       *[returned] zwrócono
    } { $date }
copies-on-hint = np. --on 2026-11-23 albo --on today
copies-holds-none = { $file }: { $name } nie ma żadnej kopii tego planu
copies-holds-none-of = { $file }: { $name } nie ma kopii { $document ->
        [full] pełnego planu
        [card] karty kieszonkowej
       *[crisis] planu na kryzys
    } z tego planu
copies-nobody-holds = teraz nikt nie ma kopii
copies-holders = kopie mają: { $names }
copies-removed = Zapisano w { $file }: { $name } nie ma już { $count ->
        [one] swojej kopii
        [few] swoich kopii
        [many] swoich kopii
       *[other] swoich kopii
    } ({ $because ->
        [destroyed] zniszczono
       *[returned] zwrócono
    } { $date }).

## `wrap changes` i zmiany, które pokazuje `wrap copies`.
changes-legend = (+ dodano, - usunięto, ~ zmieniono: [-usunięte słowa-] {"{"}+dodane słowa+{"}"})
changes-none = Brak zmian.
changes-count = { $changes } w { $parts }
changes-count-changes = { $count ->
        [one] { $count } zmiana
        [few] { $count } zmiany
        [many] { $count } zmian
       *[other] { $count } zmiany
    }
changes-count-parts = { $count ->
        [one] { $count } części
        [few] { $count } częściach
        [many] { $count } częściach
       *[other] { $count } części
    }
changes-since-unknown = --since { $since }: to nie jest punkt w historii planu
changes-since-hint = --since review, --since DATA (np. 2026-03-01), --since copy IMIĘ albo --since version N
changes-since-forms = { $error }; użyj review, daty, copy IMIĘ albo version N
changes-last-review = ostatniego przeglądu
changes-first-version = pierwszej wersji (nie zapisano jeszcze żadnego przeglądu)
changes-no-review = { $file }: w historii planu nie ma jeszcze żadnego przeglądu
changes-no-review-hint = możesz go zapisać poleceniem `wrap review { $file }`
changes-copy-of = kopii { $document ->
        [full] pełnego planu
        [card] karty kieszonkowej
       *[crisis] planu na kryzys
    }, którą ma { $name }
changes-no-such-copy = { $file }: nie zapisano żadnej kopii przekazanej { $name }
changes-no-copies-hint = nie zapisano żadnych kopii: zapisuje je `wrap give`
changes-copies-given-to = kopie przekazano: { $names }
changes-version = wersji { $version }
changes-versions-are = --since version { $number }: plan ma wersje od 1 do { $count }
changes-from-version = wersji { $version } z { $date }, czyli { $what }
changes-from-start = { $what }, sprzed początku historii planu
changes-heading = Zmiany w { $file } od { $from }, do teraz (wersja { $version }):

## `wrap list`: plany w folderze.
list-cannot-read = { $folder }: nie da się wypisać zawartości tego folderu: { $reason }
list-none = Brak planów w { $folder }. Możesz zacząć nowy poleceniem `wrap new`.
list-heading = Plany w { $folder } ({ $count }), najpierw zaległe przeglądy:
list-no-title = (bez tytułu)
list-whose-not-written = nie zapisano, czyj to plan
list-whose = plan: { $owner }
list-last-reviewed = ostatni przegląd { $date }
list-never-reviewed = jeszcze bez przeglądu
list-overdue = ZALEGŁY: następny przegląd miał być { $date } ({ $days ->
        [one] { $days } dzień
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    } temu)
list-next-review = następny przegląd { $date }
list-no-next-review = bez daty następnego przeglądu
list-holder = { $name } ({ $document ->
        [full] pełny plan
        [card] karta kieszonkowa
       *[crisis] plan na kryzys
    })
list-copies-out-of-date = Nieaktualne kopie: { $names } (`wrap copies { $file }`)
list-not-read = Nie odczytano:

## `wrap man`.
manual-failed = nie udało się utworzyć strony podręcznika: { $error }

# Errors in what the command line gives: a language or a section it does not know.
cli-unknown-language = wrap nie zna jeszcze słów w języku `{ $tag }`; zna: { $known }
cli-unknown-section = `{ $name }` to nie jest sekcja; sekcje to: about, toolbox, daily, triggers, early-warning-signs, breaking-down, crisis, post-crisis

# When the interview cannot start: no terminal to ask in.
cli-needs-terminal = `wrap { $command }` zadaje pytania, więc potrzebuje terminala, a standardowe wejście nim nie jest
cli-needs-terminal-hint = bez terminala: zmień plan w edytorze tekstu (to zwykły JSON; opisuje go `wrap schema`), a potem `wrap check { $file }`, `wrap show { $file }` albo `wrap export { $file }`
cli-terminal-failed = nie udało się przygotować terminala do pisania: { $error }
cli-terminal-failed-hint = uruchom to w oknie terminala albo użyj --plain
