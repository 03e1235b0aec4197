# Geiriau'r dogfennau printiedig a Markdown: teitlau, brawddegau, troedynnau, dyddiadau.

default-title = Fy WRAP
replaces-earlier = Mae'r cynllun hwn yn cymryd lle unrhyw gynllun argyfwng sydd â dyddiad cynharach.
not-written-yet = Heb ei ysgrifennu eto
nothing-written-yet = (dim wedi'i ysgrifennu eto)
more-in-full-plan = Rhagor yn y cynllun llawn.
crisis-written-on = Ysgrifennwyd y cynllun argyfwng hwn ar { $date }.
crisis-no-date = Does dim dyddiad ar y cynllun argyfwng hwn.
crisis-rest = Gweddill fy nghynllun argyfwng

title-crisis = Cynllun argyfwng
title-crisis-for = Cynllun argyfwng { $owner }
title-card = Fy ngherdyn poced
pdf-title-crisis = { $title } – cynllun argyfwng
pdf-title-card = { $title } – cerdyn poced

card-early-warning-signs = Arwyddion rhybudd cynnar
card-first-actions = Beth wna i gyntaf
card-who-to-call = Pwy i'w ffonio
card-health-contacts = Cysylltiadau iechyd

footer-crisis-written = cynllun argyfwng wedi'i ysgrifennu { $date }
footer-reviewed = adolygwyd { $date }
footer-written = ysgrifennwyd { $date }
footer-review-by = adolygu erbyn { $date }

last-reviewed = Adolygwyd ddiwethaf
reviews = Adolygiadau
review-date = Dyddiad
review-with = Gyda
review-notes = Nodiadau
reviews-with = , gyda { $who }

yes = ie
no = na

signatures = Llofnodion
signature-mine = Fy llofnod
signature-date = Dyddiad
signature-witness = Llofnod y tyst
signature-witness-name = Enw'r tyst
signature-witness-role = Rôl neu berthynas

# Nifer o gofnodion, gyda ffurfiau lluosog y Gymraeg.
entries = { $count ->
    [zero] { $count } cofnod
    [one] { $count } cofnod
    [two] { $count } gofnod
    [few] { $count } chofnod
    [many] { $count } chofnod
   *[other] { $count } cofnod
}

# Dyddiadau fel mae pobl yn eu darllen: "31 Hydref 2026".
date-long = { $day } { $month } { $year }
month-1 = Ionawr
month-2 = Chwefror
month-3 = Mawrth
month-4 = Ebrill
month-5 = Mai
month-6 = Mehefin
month-7 = Gorffennaf
month-8 = Awst
month-9 = Medi
month-10 = Hydref
month-11 = Tachwedd
month-12 = Rhagfyr

# What a link does, said to a screen reader: a phone number, an e-mail address.
link-call = Ffonio { $who }, { $target }
link-call-target = Ffonio { $target }
link-email = Anfon e-bost at { $who }, { $target }
link-email-target = Anfon e-bost at { $target }

# The blank template's title in the PDF's metadata, and every document's subject.
pdf-title-template = { $title } – templed wag
pdf-subject = Cynllun Gweithredu ar gyfer Adferiad Lles

# The page number on the right of every footer.
page-of = tudalen { $page } o { $total }
