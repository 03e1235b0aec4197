# What wrap-core says: why a file could not be read as a plan, why a plan is not valid, and
# why its history does not replay.

## Loading a plan file

load-too-large = plik ma { $size } bajtów, więcej niż { $most } bajtów, które może mieć plan
load-empty = plik jest pusty
load-not-text = plik nie jest tekstem UTF-8 (może być binarny)
load-history = historii planu nie da się odtworzyć: { $error }
load-copy-version = kopia podaje wersję { $version } planu, a jego historia ma ich { $versions }
load-v1-field = nieznane pole `{ $field }`: wersja 1 formatu go nie ma (pojawiło się w wersji 2; zmień `version` na 2)
load-unknown-field = nieznane pole `{ $field }` (sprawdź pisownię; pola dla innych narzędzi należą do `extensions`)
load-unknown-field-in = nieznane pole `{ $field }` w { $path } (sprawdź pisownię; pola dla innych narzędzi należą do `extensions`)
load-not-an-object = plan to obiekt JSON, a ten plik zawiera { $found ->
        [array] tablicę
        [string] napis
        [boolean] true lub false
        [null] null
       *[number] liczbę
    }
load-newer = ten plan ma format w wersji { $found }, a ten program czyta wersje do { $current }: zaktualizuj program, żeby go otworzyć
load-other-format = `format` to { $found }, a plik planu ma "{ $format }"
load-no-format = nie ma pola `format`; plik planu zaczyna się od "format": "{ $format }"
load-no-version = `version` musi być liczbą całkowitą, np. { $current }
load-bad-version = `version` musi być liczbą całkowitą, np. { $current }, a jest { $found }
load-field-twice = pole `{ $field }` występuje dwa razy w jednym obiekcie; zostaw jedno z nich
load-array-for-record = oczekiwano obiektu (nazwane pola w nawiasach klamrowych), a jest tablica
load-at-line = wiersz { $line }, kolumna { $column }: { $message }
load-at-path = w { $path }: { $message }
date-not-iso = `{ $text }` to nie data zapisana jako RRRR-MM-DD (na przykład 2026-11-23)
date-no-such-day = `{ $text }` to nie dzień z kalendarza

## What makes a plan invalid

validate-entry-empty = wpis { $number } w "{ $part }" jest pusty: napisz coś albo go usuń
validate-record-empty = wpis { $number } w "{ $part }" jest pusty: wypełnij go albo usuń
validate-record-missing = wpis { $number } w "{ $part }" nie ma pola: { $field }
validate-review-before-plan = przegląd z { $date } jest wcześniejszy niż napisanie planu ({ $created })
validate-next-review-before-plan = następny przegląd ({ $next }) jest wcześniejszy niż napisanie planu ({ $created })
validate-not-a-part = "{ $path }" nie jest częścią planu (części mają nazwy takie jak toolbox.using)
validate-listed-twice = "{ $path }" jest na liście dwa razy
validate-answered-and-skipped = "{ $path }" jest oznaczone jednocześnie jako odpowiedziane i pominięte: zostaw jedno
validate-reviews-order = przeglądy są zapisane od najstarszego, ale { $later } jest po { $earlier }
validate-answer-too-long = ta odpowiedź ma { $length } znaków; odpowiedź może mieć najwyżej { $most }
validate-too-many-entries = plan ma więcej niż { $most } wpisów (listy, rekordy, przeglądy i znaczniki postępu razem), więcej niż wrap obsługuje

## A history that does not replay

history-error = wersja { $version }, { $path }: { $message }
history-no-such-part = plan nie ma takiej części
history-removes-empty = usuwa część, która już jest pusta
history-no-such-list = zmienia wpisy listy, której nie ma
history-past-the-end = zastępuje wpisy za końcem listy

## A language tag that is not one

language-tag-error = `{ $text }` to nie znacznik języka BCP 47: { $reason } (wpisz język i w razie potrzeby region, np. `cy`, `en-GB` albo `es-419`)
language-tag-empty = jest pusty
language-tag-too-long = jest za długi
language-tag-parts = jego części to litery i cyfry połączone łącznikami (`-`, nie `_`)
language-tag-private = po `x-` musi być podznacznik
language-tag-primary = musi zaczynać się od języka z 2 lub 3 liter
language-tag-variant-twice = powtarza wariant
language-tag-extension-twice = powtarza rozszerzenie
language-tag-extension-empty = rozszerzenie potrzebuje podznacznika po swojej literze
language-tag-order = jakaś jego część nie ma kolejności lub formy zgodnej z BCP 47
