# Słowa dokumentów drukowanych i Markdown: tytuły, zdania, stopki, daty.

default-title = Mój WRAP
replaces-earlier = Ten plan zastępuje każdy plan na kryzys z wcześniejszą datą.
not-written-yet = Jeszcze nie napisane
nothing-written-yet = (jeszcze nic nie napisano)
more-in-full-plan = Więcej w pełnym planie.
crisis-written-on = Ten plan na kryzys napisano { $date }.
crisis-no-date = Ten plan na kryzys nie ma daty.
crisis-rest = Reszta mojego planu na kryzys

title-crisis = Plan na kryzys
title-crisis-for = Plan na kryzys: { $owner }
title-card = Moja karta kieszonkowa
pdf-title-crisis = { $title } – plan na kryzys
pdf-title-card = { $title } – karta kieszonkowa

card-early-warning-signs = Wczesne sygnały ostrzegawcze
card-first-actions = Co zrobię najpierw
card-who-to-call = Do kogo dzwonić
card-health-contacts = Kontakty w sprawach zdrowia

footer-crisis-written = plan na kryzys napisany { $date }
footer-reviewed = przegląd { $date }
footer-written = napisany { $date }
footer-review-by = przegląd do { $date }

last-reviewed = Ostatni przegląd
reviews = Przeglądy
review-date = Data
review-with = Z kim
review-notes = Uwagi
reviews-with = , z: { $who }

yes = tak
no = nie

signatures = Podpisy
signature-mine = Mój podpis
signature-date = Data
signature-witness = Podpis świadka
signature-witness-name = Imię i nazwisko świadka
signature-witness-role = Rola lub relacja

# Liczba wpisów, z polskimi formami liczby mnogiej.
entries = { $count ->
    [one] { $count } wpis
    [few] { $count } wpisy
    [many] { $count } wpisów
   *[other] { $count } wpisu
}

# Daty tak, jak się je czyta: "31 października 2026".
date-long = { $day } { $month } { $year }
month-1 = stycznia
month-2 = lutego
month-3 = marca
month-4 = kwietnia
month-5 = maja
month-6 = czerwca
month-7 = lipca
month-8 = sierpnia
month-9 = września
month-10 = października
month-11 = listopada
month-12 = grudnia

# What a link does, said to a screen reader: a phone number, an e-mail address.
link-call = Zadzwoń: { $who }, { $target }
link-call-target = Zadzwoń: { $target }
link-email = Napisz e-mail: { $who }, { $target }
link-email-target = Napisz e-mail: { $target }

# The blank template's title in the PDF's metadata, and every document's subject.
pdf-title-template = { $title } – pusty szablon
pdf-subject = Plan działań na rzecz zdrowienia i dobrostanu

# The page number on the right of every footer.
page-of = strona { $page } z { $total }

# `wrap check`'s findings: what is empty, and what is worth a second look.
check-no-owner = plan nie mówi, czyj jest: osoby czytające kopię muszą to wiedzieć
check-review-overdue = przegląd zaplanowany na { $due } jest opóźniony o { $days ->
        [one] { $days } dzień
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    }: `wrap review` go zapisuje
check-no-next-review = nie ustalono daty następnego przeglądu: `wrap review` ją ustala
check-crisis-no-date = plan na kryzys nie ma daty, więc nikt nie wie, czy jest najnowszy
check-no-supporters = plan na kryzys nie wymienia żadnej osoby wspierającej
check-supporter-no-phone = osoba wspierająca { $who } nie ma numeru telefonu
check-supporter-not-agreed = osoba wspierająca { $who } nie zgodziła się na wpisanie na listę
check-contact-no-phone = kontakt w sprawach zdrowia { $who } nie ma numeru telefonu
check-phone-not-dialable = telefon { $who } ("{ $phone }") nie zawiera numeru, pod który można zadzwonić, więc jest drukowany bez linku: zapisz numer cyframi (notatka obok jest w porządku)
check-task-nobody = nikt nie zajmie się: "{ $task }"
check-section-empty = w "{ $section }" nic jeszcze nie napisano
check-part-empty = "{ $part }" w "{ $section }" jest puste
check-no-name = (bez imienia)
check-valid = poprawny plan
check-not-valid = NIEPOPRAWNY plan
check-must-fix = Trzeba poprawić:
check-second-look = Warto spojrzeć jeszcze raz:
check-not-written = Jeszcze nie napisane (to nic: uzupełnij, kiedy zechcesz):
check-not-written-strict = Jeszcze nie napisane (--strict liczy to jako niezaliczone sprawdzenie):
check-all-filled = Wszystkie części są wypełnione.
check-fails-invalid = { $file }: plan nie jest poprawny ({ $count ->
        [one] { $count } problem
        [few] { $count } problemy
        [many] { $count } problemów
       *[other] { $count } problemu
    })
check-fails-invalid-hint = `wrap edit` może zmienić lub usunąć te wpisy
check-fails-strict = { $file }: --strict: { $count ->
        [one] { $count } rzecz jest
        [few] { $count } rzeczy są
        [many] { $count } rzeczy jest
       *[other] { $count } rzeczy jest
    } nadal puste lub warte ponownego sprawdzenia

# The notes on a supporter's contact card (vCard) and the review reminder (iCalendar).
vcard-in-crisis-plan = W planie na kryzys
vcard-in-post-crisis-plan = W planie po kryzysie
vcard-a-supporter = osoba wspierająca
vcard-a-health-contact = kontakt w sprawach zdrowia
vcard-a-recovery-supporter = osoba wspierająca, gdy wracam do zdrowia
ics-summary = Przejrzyj mój WRAP
ics-summary-titled = Przejrzyj mój WRAP: { $title }
ics-description = Czas znowu spojrzeć na ten plan: czy nadal ci odpowiada?
ics-whose = Czyj to plan: { $owner }
