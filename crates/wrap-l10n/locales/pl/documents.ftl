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
