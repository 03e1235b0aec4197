# Własne słowa rozmowy (`wrap new`, `wrap edit`, `wrap review`): podpowiedzi, menu
# i komunikaty. Polecenia (/skip, /back, /stop, /help) i klawisze (Enter, Alt-Enter, Ctrl-J,
# Esc, Ctrl-C) wpisuje się i naciska tak samo w każdym języku: zostaw je bez zmian.

## Podpowiedzi pod polami.
interview-hint-text = Enter, żeby przejść dalej, Alt-Enter albo Ctrl-J, żeby zacząć nową linijkę  /skip  /back  /stop  /help
interview-hint-date = data, na przykład 31/10/2026, 3 grudnia, dziś albo za 3 miesiące; Enter, żeby przejść dalej  /skip  /back  /stop  /help
interview-hint-list = Enter w pustej linijce, kiedy skończysz  /skip  /back  /stop  /help
interview-hint-field = sam Enter, żeby to pominąć  /back  /stop  /help
interview-hint-edit = Enter, żeby zostawić to, co widać  /back  /stop  /help
interview-hint-yes-no = tak lub nie, potem Enter  /back  /stop  /help
interview-hint-review = Enter, żeby przejść dalej, Alt-Enter albo Ctrl-J, żeby zacząć nową linijkę  /back  /stop  /help
interview-hint-language-tag = znacznik, na przykład ur, pa-Arab albo es-419; Enter, żeby przejść dalej  /skip  /back  /stop  /help
# Po pytaniu tak lub nie: co daje sam Enter, wielką literą.
interview-default-yes = T/n
interview-default-no = t/N

## Menu, w terminalu.
interview-menu-hint = strzałki, żeby się przesuwać, albo wpisz numer, Enter, żeby wybrać, Esc, żeby wrócić, Ctrl-C zapisuje i kończy
interview-menu-plain-hint = wpisz numer od 1 do { $count }, potem Enter; /back, żeby wrócić, Ctrl-C zapisuje i kończy
interview-menu-more-above = (jeszcze { $count } wyżej)
interview-menu-more-below = (jeszcze { $count } niżej)
interview-menu-typed = wpisano: { $text }
interview-menu-no-option = Nie ma opcji { $typed }.
interview-menu-plain-no-option = Nie ma opcji { $typed }. Wpisz numer od 1 do { $count }.
interview-menu-plain-type-number = Wpisz numer od 1 do { $count }.
# Po polu albo menu, z którego wyszło się klawiszem Esc.
interview-back = (wstecz)
interview-more-lines = { $count ->
    [one] -- jeszcze { $count } linijka: Spacja albo Enter, żeby zobaczyć więcej, q, żeby przejść do pytania --
    [few] -- jeszcze { $count } linijki: Spacja albo Enter, żeby zobaczyć więcej, q, żeby przejść do pytania --
    [many] -- jeszcze { $count } linijek: Spacja albo Enter, żeby zobaczyć więcej, q, żeby przejść do pytania --
   *[other] -- jeszcze { $count } linijki: Spacja albo Enter, żeby zobaczyć więcej, q, żeby przejść do pytania --
}
interview-rest-left-out = (Reszta jest tu pominięta; `wrap show` pokazuje całość.)

## Polecenia.
interview-help-skip = zostaw to pytanie na później
interview-help-back = wróć do poprzedniego pytania albo wpisu (Esc też tak działa)
interview-help-stop = zapisz i zakończ; możesz kontynuować później poleceniem: { $command }
interview-help-help = pokaż to jeszcze raz
interview-help-slash = Żeby napisać odpowiedź zaczynającą się od /, zacznij ją od //. Ctrl-C też zapisuje i kończy; to, co jest w polu, zostaje zachowane.
interview-unknown-command = { $word } nie jest tu poleceniem. Polecenia to /skip, /back, /stop i /help. Żeby napisać odpowiedź zaczynającą się od /, zacznij ją od //.
interview-pick-an-option = Wybierz jedną z opcji (strzałki i Enter albo jej numer) albo wpisz /back, /skip, /stop lub /help. „{ $typed }” nie jest żadną z nich.
interview-draft-back = (To, co wpisano tu wcześniej, jest z powrotem w polu.)
interview-answer-y-or-n = Odpowiedz tak lub nie albo wpisz /back, żeby wrócić.

## Zapisywanie i kończenie.
interview-save-failed = Nie udało się zapisać planu.
interview-save-failed-nothing-lost = Wszystko, co wpisano, wciąż tu jest: nic nie przepadnie, kiedy spróbujesz jeszcze raz (najpierw zwolnij trochę miejsca albo przywróć folder).
interview-save-try-again = Spróbuj zapisać jeszcze raz
interview-save-stop-without = Zakończ bez zapisywania tego, co wpisano od ostatniego zapisu
interview-carry-on = Żeby kontynuować innym razem: { $command }
interview-drafts-kept = Odpowiedzi wpisane do połowy też są zachowane i wrócą, kiedy będziesz kontynuować.
interview-saved-in = Zapisano w { $file }.
interview-stopped = Zakończono. Wszystko, co dotąd wpisano, jest zapisane w { $file }.
interview-stopped-while-saving = zakończono w trakcie zapisywania

## Daty.
interview-date-said-back = Czyli { $spoken } ({ $date }).
interview-date-spoken = { $weekday }, { $date }
interview-date-or-skip = { $error }. Albo /skip, żeby na razie to zostawić.
interview-date-no-such-day = „{ $typed }” nie jest dniem w kalendarzu
interview-date-not-understood = Nie umiem odczytać „{ $typed }” jako daty: spróbuj 31/10/2026, 31 października 2026, 2026-10-31, dziś, jutro albo za 3 miesiące
interview-weekday-1 = poniedziałek
interview-weekday-2 = wtorek
interview-weekday-3 = środa
interview-weekday-4 = czwartek
interview-weekday-5 = piątek
interview-weekday-6 = sobota
interview-weekday-7 = niedziela

## `wrap new`.
interview-welcome =
    Nowy plan, zapisywany w { $file } po każdej odpowiedzi.
    Wpisz odpowiedź i naciśnij Enter. Nie musisz dziś na nic odpowiadać.
interview-already-holds = W { $file } jest już plan.
interview-already-holds-whose = W { $file } jest już plan ({ $owner }).
interview-carry-on-where = Kontynuuj tam, gdzie skończyliśmy: { $section }, { $part }
interview-go-to-section = Przejdź do sekcji
interview-leave-for-now = Zostaw na razie
interview-what-next = Co chcesz zrobić?
interview-all-seen-what-next = Każde pytanie zostało już pokazane. Co chcesz zrobić?
interview-which-section = Która sekcja?
interview-section-progress = { $section } (napisane: { $written } z { $total })
interview-section-progress-all-seen = { $section } (napisane: { $written } z { $total }, wszystkie przejrzane)
interview-section-title = { $section } (sekcja { $number } z { $total })
interview-first-question = To jest pierwsze pytanie.
interview-holds-now = Oto, co jest teraz w sekcji „{ $section }”:
interview-is-this-right = Czy tak jest dobrze?
interview-right-next = Tak jest dobrze: dalej, do następnej sekcji
interview-right-finish = Tak jest dobrze: zakończ
interview-change-here = Zmień coś tutaj
interview-save-stop = Zapisz i na razie zakończ
interview-end = To koniec pytań. Twój plan jest zapisany w { $file }.
interview-second-look = Warto spojrzeć jeszcze raz:
interview-still-empty = { $count ->
    [one] { $count } część jest wciąż pusta.
    [few] { $count } części są wciąż puste.
    [many] { $count } części jest wciąż pustych.
   *[other] { $count } części jest wciąż pustych.
} Nic nie szkodzi: uzupełnij je, kiedy zechcesz (`wrap check { $plan }` je wymienia, `wrap edit { $plan }` zmienia dowolną część).
interview-all-filled = Każda część jest uzupełniona.
interview-next-steps = Dalej: przeczytaj go poleceniem `wrap show { $plan }` albo wydrukuj poleceniem `wrap export { $plan } -o plan.pdf`.
interview-written-so-far = Napisane do tej pory:
interview-nothing-changed-use-edit = Nic się nie zmieniło. Żeby usunąć wpis, użyj `wrap edit`.
interview-lines-each-entry = { $count ->
    [one] To jest { $count } linijka. Potraktować każdą linijkę jako osobny wpis?
    [few] To są { $count } linijki. Potraktować każdą linijkę jako osobny wpis?
    [many] To jest { $count } linijek. Potraktować każdą linijkę jako osobny wpis?
   *[other] To jest { $count } linijki. Potraktować każdą linijkę jako osobny wpis?
}
interview-entry-heading = { $part }, wpis { $number }:
interview-answer-yes-or-no = Odpowiedz tak lub nie albo naciśnij Enter, żeby to pominąć.
interview-needs-answer-stays = Tu potrzebna jest odpowiedź, więc zostaje „{ $answer }”.

## Język planu.
interview-language-question = W jakim języku napiszesz ten plan?
interview-language-other = Inny język (wpisz jego znacznik)
interview-language-tag-question = Znacznik języka?
interview-language-not-a-tag = „{ $typed }” nie jest znacznikiem języka: znacznik to język z 2 albo 3 liter, a po nim, jeśli chcesz, pismo albo region, połączone łącznikami, na przykład ur, cy-GB albo es-419.
interview-language-kept = Plan jest napisany w języku { $tag }; pytania zostają w tym języku.
interview-language-option = Język planu: { $language }
interview-language-not-set = nie podano

## `wrap edit`.
interview-changing =
    Zmieniasz { $file }. Każda zmiana jest zapisywana od razu.
    W menu: strzałki i Enter, Esc, żeby wrócić. Podczas pisania: /back, /stop, /help.
interview-edit-saved = Twój plan jest zapisany w { $file }.
interview-finish-editing = Zakończ: nic więcej do zmiany
interview-part-empty = pusta
interview-done-section = Skończone z tą sekcją
interview-which-part = { $section }: która część?
interview-remove-answer = Usunąć tę odpowiedź?
interview-remove-date = Usunąć tę datę?
interview-none-of-these = Żaden z nich
interview-nothing-written = Nic tu jeszcze nie napisano.
interview-action-add = Dodaj
interview-action-change = Zmień jeden
interview-action-remove = Usuń jeden
interview-action-up = Przesuń jeden w górę
interview-action-down = Przesuń jeden w dół
interview-action-done = Skończone z tą częścią
interview-one-per-box = Jeden w każdym polu; puste pole, kiedy skończysz.
interview-which-one = Który?
interview-which-to-remove = Który usunąć?
interview-remove-entry = Usunąć „{ $entry }”?
interview-which-moves-up = Który przesunąć w górę?
interview-which-moves-down = Który przesunąć w dół?
interview-nothing-changed-remove = Nic się nie zmieniło. Żeby usunąć wpis, wybierz „Usuń jeden”.
interview-answer-yes-no-or-empty = Odpowiedz tak lub nie albo zostaw puste.
interview-needs-answer-as-was = Tu potrzebna jest odpowiedź, więc zostaje tak, jak było.

## `wrap review`.
interview-review-start =
    Zapisujesz przegląd planu { $file }. { $last }{ $due }
    Zapisuje się po każdej odpowiedzi. Podczas pisania: /back, /stop, /help.
interview-last-reviewed = Ostatni przegląd: { $date }.
interview-no-review-yet = Nie zapisano jeszcze żadnego przeglądu.
interview-next-due = { " " }Następny przegląd: { $date }.
interview-review-date = Jakiego dnia jest ten przegląd?
interview-review-needs-date = Przegląd potrzebuje daty.
interview-review-who = Kto brał udział? Jedno imię w linijce, z rolą, jeśli chcesz; pusta linijka, kiedy skończysz.
interview-review-taken-out = Przegląd został z powrotem usunięty.
interview-review-notes = Chcesz coś zanotować o tym przeglądzie? (Enter, żeby pominąć)
interview-in-months = { $count ->
    [one] Za { $count } miesiąc ({ $date })
    [few] Za { $count } miesiące ({ $date })
    [many] Za { $count } miesięcy ({ $date })
   *[other] Za { $count } miesiąca ({ $date })
}
interview-in-months-no-date = { $count ->
    [one] Za { $count } miesiąc
    [few] Za { $count } miesiące
    [many] Za { $count } miesięcy
   *[other] Za { $count } miesiąca
}
interview-another-date = Innego dnia
interview-leave-as-is = Zostaw tak, jak jest ({ $date })
interview-no-date-for-now = Na razie bez daty
interview-when-next-review = Kiedy chcesz zrobić następny przegląd?
interview-on-what-date = Jakiego dnia?
interview-next-review-due = Następny przegląd: { $date }.
interview-no-next-review = Nie ustalono daty następnego przeglądu.
interview-review-recorded = Przegląd z { $date } zapisany w { $file }.
interview-no-earlier-review = W historii planu nie ma wcześniejszego przeglądu do porównania.
interview-history-cannot-show = Historia planu nie może pokazać ostatniego przeglądu.
interview-nothing-changed-since = Nic w planie się nie zmieniło od ostatniego przeglądu ({ $date }).
interview-changes-since = Zmiany od ostatniego przeglądu ({ $date }), { $changes }:
