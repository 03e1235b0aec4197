# The command line's help: each command's and each option's description (`wrap --help`,
# `wrap help COMMAND`, the manual page).
# Command names, flags, value names (PLAN, TAG, NAME) and example values stay as they are.

## Shared by several commands.
help-plan-file = Plik planu
help-paper = Rozmiar papieru
help-large-print = Duży druk: tekst co najmniej 16 pt
help-keep-paper = Zostaw plan kryzysowy w dużym druku na podanym rozmiarze papieru, nawet gdy to, co pilne, potrzebuje większego arkusza (A3 albo 11 x 17 cali), żeby zmieścić się na pierwszej stronie: wtedy przechodzi na stronę 2
help-print-lang = Drukuj nagłówki, etykiety i daty w tym języku (cy, en-GB, en-US, es, pl) zamiast w języku planu. Także dla Markdown i tekstu
help-plain = Tryb prosty, dla czytników ekranu i prostych terminali: każde pytanie w osobnym wierszu, ponumerowane wybory, na które odpowiadasz numerem, bez ruchów kursora i przerysowywania. Włączony domyślnie, gdy ustawiona jest zmienna środowiskowa ACCESSIBLE albo TERM to dumb
help-interview-lang = Zadawaj pytania w tym języku (cy, en-GB, en-US, es, pl) zamiast w języku planu albo locale

## `wrap`.
help-wrap = Polecenie `wrap`: pisz, sprawdzaj, pokazuj i drukuj Plan Działań na rzecz Zdrowienia (WRAP).

## `wrap check`.
help-check = Sprawdź, czy plan jest poprawny, i wypisz, co jest jeszcze puste albo warte ponownego przejrzenia
help-check-plan = { help-plan-file }
help-check-strict = Zakończ też błędem (kod 1), gdy coś jest puste albo warte ponownego przejrzenia
help-check-lang = Mów o tym, co znaleziono, w tym języku (cy, en-GB, en-US, es, pl) zamiast w języku locale

## `wrap show`.
help-show = Pokaż plan albo jedną jego sekcję jako tekst do czytania
help-show-plan = { help-plan-file }
help-show-section = Tylko ta sekcja: about, toolbox, daily, triggers, early-warning-signs, breaking-down, crisis, post-crisis
help-show-lang = Pokaż nagłówki, etykiety i daty w tym języku (cy, en-GB, en-US, es, pl) zamiast w języku planu

## `wrap export`.
help-export = Wyeksportuj plan do innego formatu
help-export-plan = { help-plan-file }
help-export-output = Gdzie zapisać; `-` oznacza standardowe wyjście. Bez --format format wynika z rozszerzenia
help-export-format = Format wyjściowy
help-export-document = Który dokument: cały plan, sam plan kryzysowy dla osób wspierających albo karta kieszonkowa (PDF i Markdown)
help-export-leave-out-empty = Pomiń części, w których nic nie jest napisane, zamiast drukować ich nagłówki z „Jeszcze nie napisane” (PDF i Markdown)
help-export-paper = { help-paper }
help-export-large-print = { help-large-print }
help-export-keep-paper = { help-keep-paper }
help-export-lang = { help-print-lang }

## `wrap template`.
help-template = Wydrukuj pusty plan do wypełnienia ręcznie: każde pytanie z liniami do pisania
help-template-output = Gdzie zapisać PDF; `-` oznacza standardowe wyjście [domyślnie: wrap-template.pdf]
help-template-paper = { help-paper }
help-template-large-print = { help-large-print }
help-template-keep-paper = { help-keep-paper }
help-template-lang = { help-print-lang }

## `wrap schema`.
help-schema = Wypisz JSON Schema formatu pliku planu

## `wrap new`.
help-new = Napisz plan, pytanie po pytaniu. Zapisuje po każdej odpowiedzi; przy planie, który już istnieje, proponuje kontynuację od miejsca, w którym przerwano
help-new-plan = Plik planu [domyślnie: my-wrap.json]
help-new-plain = { help-plain }
help-new-lang = { help-interview-lang }

## `wrap edit`.
help-edit = Zmień dowolną część planu: dodaj, zmień, usuń albo przestaw wpisy
help-edit-plan = { help-plan-file }
help-edit-section = Przejdź od razu do tej sekcji: about, toolbox, daily, triggers, early-warning-signs, breaking-down, crisis, post-crisis
help-edit-plain = { help-plain }
help-edit-lang = { help-interview-lang }

## `wrap review`.
help-review = Zapisz przegląd planu (kiedy i kto brał udział) i ustal następny
help-review-plan = { help-plan-file }
help-review-plain = { help-plain }
help-review-lang = { help-interview-lang }

## `wrap give`.
help-give = Wyeksportuj kopię planu dla kogoś i zapisz, kto ją ma, jaki dokument i którą wersję oraz jak została przekazana
help-give-plan = { help-plan-file }
help-give-to = Dla kogo jest kopia, tak jak zapisał(a)byś jego lub jej imię ("Dafydd (brat)")
help-give-document = Który dokument [domyślnie: crisis]
help-give-output = Gdzie zapisać; `-` oznacza standardowe wyjście [domyślnie: PDF obok planu]
help-give-format = Format wyjściowy (PDF, chyba że rozszerzenie wyjścia mówi inaczej)
help-give-how = Jak kopia jest przekazywana
help-give-paper = { help-paper }
help-give-large-print = { help-large-print }
help-give-keep-paper = { help-keep-paper }
help-give-lang = { help-print-lang }

## `wrap copies`.
help-copies = Wypisz, kto ma kopię planu, w której wersji i czyja kopia jest nieaktualna (z tym, co się od tego czasu zmieniło); albo zapisz, że ktoś nie ma już swojej
help-copies-plan = { help-plan-file }
help-copies-remove = Zapisz, że ta osoba nie ma już swojej kopii (oddana albo zniszczona)
help-copies-document = Z --remove: tylko jej kopia tego dokumentu
help-copies-on = Z --remove: dzień, w którym to się stało [domyślnie: dzisiaj]
help-copies-because = Z --remove: co się stało z kopią [domyślnie: returned]

## `wrap changes`.
help-changes = Pokaż, co się zmieniło w planie, sekcja po sekcji i słowo po słowie
help-changes-plan = { help-plan-file }
help-changes-since = Od kiedy: `review` (ostatni przegląd; domyślnie), data, `copy NAME` (kopia, którą ma NAME) albo `version N`

## `wrap list`.
help-list = Wypisz plany w folderze: czyje, tytuł, ostatni i następny przegląd (najpierw zaległe) oraz nieaktualne kopie
help-list-folder = Folder [domyślnie: bieżący]

## `wrap completions`.
help-completions = Wypisz uzupełnianie poleceń powłoki dla wrap (bash, zsh, fish, powershell, elvish)
help-completions-shell = Powłoka

## `wrap man`.
help-man = Wypisz stronę podręcznika wrap (roff), np. `wrap man > wrap.1`
