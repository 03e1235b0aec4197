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

# `wrap check`'s findings: what is empty, and what is worth a second look.
check-no-owner = nid yw'r cynllun yn dweud pwy biau: mae angen i gefnogwyr sy'n darllen copi wybod
check-review-overdue = mae'r adolygiad oedd i fod ar { $due } yn hwyr o { $days ->
        [zero] { $days } diwrnod
        [one] { $days } diwrnod
        [two] { $days } ddiwrnod
        [few] { $days } diwrnod
        [many] { $days } diwrnod
       *[other] { $days } diwrnod
    }: mae `wrap review` yn cofnodi un
check-no-next-review = does dim dyddiad ar gyfer yr adolygiad nesaf: mae `wrap review` yn gosod un
check-crisis-no-date = does dim dyddiad ar y cynllun argyfwng, felly ni all neb ddweud ai hwn yw'r un diweddaraf
check-no-supporters = nid yw'r cynllun argyfwng yn enwi unrhyw gefnogwyr
check-supporter-no-phone = does dim rhif ffôn gan y cefnogwr { $who }
check-supporter-not-agreed = nid yw'r cefnogwr { $who } wedi cytuno i gael ei restru
check-contact-no-phone = does dim rhif ffôn gan y cyswllt iechyd { $who }
check-phone-not-dialable = nid oes rhif i'w ffonio yn rhif ffôn { $who } ("{ $phone }"), felly caiff ei argraffu heb ddolen: ysgrifennwch y rhif mewn digidau (mae nodyn wrth ei ymyl yn iawn)
check-task-nobody = does neb wedi'i enwi i wneud "{ $task }"
check-section-empty = does dim wedi'i ysgrifennu eto yn "{ $section }"
check-part-empty = mae "{ $part }" yn "{ $section }" yn wag
check-no-name = (dim enw)
check-valid = cynllun dilys
check-not-valid = NID yw'n gynllun dilys
check-must-fix = Rhaid cywiro:
check-second-look = Gwerth edrych eto:
check-not-written = Heb ei ysgrifennu eto (mae hynny'n iawn: llenwch pan fyddwch chi'n barod):
check-not-written-strict = Heb ei ysgrifennu eto (mae --strict yn cyfrif y rhain fel methu'r gwiriad):
check-all-filled = Mae pob rhan wedi'i llenwi.
check-fails-invalid = { $file }: nid yw'r cynllun yn ddilys ({ $count ->
        [zero] { $count } problem
        [one] { $count } broblem
        [two] { $count } broblem
        [few] { $count } phroblem
        [many] { $count } problem
       *[other] { $count } problem
    })
check-fails-invalid-hint = gall `wrap edit` newid neu ddileu'r cofnodion hynny
check-fails-strict = { $file }: --strict: mae { $count ->
        [zero] { $count } peth
        [one] { $count } peth
        [two] { $count } beth
        [few] { $count } pheth
        [many] { $count } peth
       *[other] { $count } peth
    } yn wag o hyd neu'n werth edrych arnynt eto

# The notes on a supporter's contact card (vCard) and the review reminder (iCalendar).
vcard-in-crisis-plan = Yn y cynllun argyfwng
vcard-in-post-crisis-plan = Yn y cynllun ar ôl argyfwng
vcard-a-supporter = cefnogwr
vcard-a-health-contact = cyswllt iechyd
vcard-a-recovery-supporter = cefnogwr tra bydda i'n gwella
ics-summary = Adolygu fy WRAP
ics-summary-titled = Adolygu fy WRAP: { $title }
ics-description = Amser i edrych ar y cynllun hwn eto: ydy e'n dal yn iawn i chi?
ics-whose = Cynllun pwy: { $owner }
