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

# `wrap check`'s findings: what is empty, and what is worth a second look.
check-no-owner = the plan does not say whose it is: supporters reading a copy need to know
check-review-overdue = the review due on { $due } is overdue by { $days ->
        [one] { $days } day
       *[other] { $days } days
    }: `wrap review` records one
check-no-next-review = no next review date is set: `wrap review` sets one
check-crisis-no-date = the crisis plan has no date, so nobody can tell whether it is the newest
check-no-supporters = the crisis plan names no supporters
check-supporter-no-phone = supporter { $who } has no phone number
check-supporter-not-agreed = supporter { $who } has not agreed to be listed
check-contact-no-phone = health contact { $who } has no phone number
check-phone-not-dialable = the phone number of { $who } ("{ $phone }") holds no number to dial, so it is printed without a link: write the number in digits (a note beside it is fine)
check-task-nobody = nobody is named to cover "{ $task }"
check-section-empty = nothing written yet in "{ $section }"
check-part-empty = "{ $part }" in "{ $section }" is empty
check-no-name = (no name)
check-valid = a valid plan
check-not-valid = NOT a valid plan
check-must-fix = Must be fixed:
check-second-look = Worth a second look:
check-not-written = Not written yet (fine: fill in when you are ready):
check-not-written-strict = Not written yet (--strict counts these as failing the check):
check-all-filled = Every part is filled in.
check-fails-invalid = { $file }: the plan is not valid ({ $count ->
        [one] { $count } problem
       *[other] { $count } problems
    })
check-fails-invalid-hint = `wrap edit` can change or remove those entries
check-fails-strict = { $file }: --strict: { $count ->
        [one] { $count } thing is
       *[other] { $count } things are
    } still empty or worth a second look

# The notes on a supporter's contact card (vCard) and the review reminder (iCalendar).
vcard-in-crisis-plan = In the crisis plan
vcard-in-post-crisis-plan = In the post-crisis plan
vcard-a-supporter = a supporter
vcard-a-health-contact = a health contact
vcard-a-recovery-supporter = a supporter while I recover
ics-summary = Review my WRAP
ics-summary-titled = Review my WRAP: { $title }
ics-description = Time to look at this plan again: is it still right for you?
ics-whose = Whose plan: { $owner }
