# The dates the interview understands in words, the paper sizes, the FHIR questionnaire's
# texts and the warning about characters no font can print.

## Dates typed in words. Case and accents do not matter. Each message is a list of the ways
## of writing it, separated by commas; where a list has one place for each number or month,
## "/" separates the ways of writing that one. The words of every language are understood,
## whatever the language of the interview.

date-word-today = dziś, dzisiaj
date-word-tomorrow = jutro
date-word-yesterday = wczoraj
date-word-next-week = w przyszłym tygodniu, przyszły tydzień, w następnym tygodniu, następny tydzień
date-word-next-month = w przyszłym miesiącu, przyszły miesiąc, w następnym miesiącu, następny miesiąc
date-word-next-year = w przyszłym roku, przyszły rok, w następnym roku, następny rok
# The words before a count, as in "in 3 months".
date-word-in = za
date-word-days = dzień, dni, dnia
date-word-weeks = tydzień, tygodnie, tygodni, tygodnia
date-word-months = miesiąc, miesiące, miesięcy, miesiąca
date-word-years = rok, lata, lat, roku
# The numbers one to twelve in words, in order.
date-word-numbers = jeden/jedna/jedną/jedno, dwa/dwie, trzy, cztery, pięć, sześć, siedem, osiem, dziewięć, dziesięć, jedenaście, dwanaście
# Words that may stand around a day and its month, as in "the 3rd of December".
date-word-between = dnia, r, roku
# What may follow a day's number, as in "3rd".
date-day-endings = .
# The months, in order, as well as month-1 to month-12: their names on their own.
date-months-also = styczeń, luty, marzec, kwiecień, maj, czerwiec, lipiec, sierpień, wrzesień, październik, listopad, grudzień

## The FHIR bundle's own words: the questionnaire's title and the care teams' names.

fhir-questionnaire-title = Plan Działań na rzecz Zdrowienia (WRAP)
fhir-team-crisis-supporters = Wsparcie w kryzysie
fhir-team-health-contacts = Kontakty w sprawach zdrowia
fhir-team-recovery-supporters = Wsparcie, gdy wracam do zdrowia

## The papers `wrap export --paper` prints on, the pocket card's size on each, and what
## each document is.

paper-a4 = A4, 210 x 297 mm (karta kieszonkowa: A6 albo A5 w dużym druku; plan kryzysowy w dużym druku, który potrzebuje miejsca: A3)
paper-letter = US Letter, 8,5 x 11 cali (karta kieszonkowa: 4 x 6 cali albo 5 x 8 w dużym druku; plan kryzysowy w dużym druku, który potrzebuje miejsca: 11 x 17)
paper-card-a6 = A6
paper-card-a5 = A5
paper-card-index = 4 x 6 cali
paper-card-large-index = 5 x 8 cali
paper-sheet-a4 = A4
paper-sheet-a3 = A3
paper-sheet-letter = US Letter
paper-sheet-tabloid = 11 x 17 cali
document-summary-full = Cały plan.
document-summary-crisis = Sam plan kryzysowy, dla osób, które cię wspierają: to, co pilne, na pierwszej stronie.
document-summary-card = Karta kieszonkowa: wczesne sygnały ostrzegawcze, pierwsze kroki i numery, pod które dzwonić.

## Characters no bundled font can print. $codes are their code points (U+1F600).

pdf-unprintable =
    { $count ->
        [one] { $count } znaku nie da się wydrukować ({ $codes }): w PDF-ie w jego miejscu jest kwadracik, ale po skopiowaniu tekstu wraca on bez zmian
        [few] { $count } znaków nie da się wydrukować ({ $codes }): w PDF-ie w ich miejscu są kwadraciki, ale po skopiowaniu tekstu wracają one bez zmian
       *[other] { $count } znaków nie da się wydrukować ({ $codes }): w PDF-ie w ich miejscu są kwadraciki, ale po skopiowaniu tekstu wracają one bez zmian
    }
