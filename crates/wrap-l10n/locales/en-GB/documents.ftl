# The printed documents' and Markdown's own words: titles, shared sentences, footers, dates.

default-title = My WRAP
replaces-earlier = This plan replaces any crisis plan with an earlier date.
not-written-yet = Not written yet
nothing-written-yet = (nothing written yet)
more-in-full-plan = More in the full plan.
crisis-written-on = This crisis plan was written on { $date }.
crisis-no-date = This crisis plan has no date written on it.
crisis-rest = The rest of my crisis plan

title-crisis = Crisis plan
title-crisis-for = Crisis plan for { $owner }
title-card = My pocket card
pdf-title-crisis = { $title } – crisis plan
pdf-title-card = { $title } – pocket card

card-early-warning-signs = Early warning signs
card-first-actions = What I will do first
card-who-to-call = Who to call
card-health-contacts = Health contacts

footer-crisis-written = crisis plan written { $date }
footer-reviewed = reviewed { $date }
footer-written = written { $date }
footer-review-by = review by { $date }

last-reviewed = Last reviewed
reviews = Reviews
review-date = Date
review-with = With
review-notes = Notes
reviews-with = , with { $who }

yes = yes
no = no

signatures = Signatures
signature-mine = My signature
signature-date = Date
signature-witness = Witness signature
signature-witness-name = Witness name
signature-witness-role = Role or relationship

# A count of entries, for the plurals of each language.
entries = { $count ->
    [one] { $count } entry
   *[other] { $count } entries
}

# Dates as people read them: "31 October 2026".
date-long = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

# What a link does, said to a screen reader: a phone number, an e-mail address.
link-call = Call { $who }, { $target }
link-call-target = Call { $target }
link-email = Email { $who }, { $target }
link-email-target = Email { $target }

# The blank template's title in the PDF's metadata, and every document's subject.
pdf-title-template = { $title } – blank template
pdf-subject = Wellness Recovery Action Plan

# The page number on the right of every footer.
page-of = page { $page } of { $total }
