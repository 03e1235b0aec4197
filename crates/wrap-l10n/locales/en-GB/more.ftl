# The dates the interview understands in words, the paper sizes, the FHIR questionnaire's
# texts and the warning about characters no font can print.

## Dates typed in words. Case and accents do not matter. Each message is a list of the ways
## of writing it, separated by commas; where a list has one place for each number or month,
## "/" separates the ways of writing that one. The words of every language are understood,
## whatever the language of the interview.

date-word-today = today
date-word-tomorrow = tomorrow
date-word-yesterday = yesterday
date-word-next-week = next week, a week today
date-word-next-month = next month
date-word-next-year = next year
# The words before a count, as in "in 3 months".
date-word-in = in
date-word-days = day, days
date-word-weeks = week, weeks
date-word-months = month, months
date-word-years = year, years
# The numbers one to twelve in words, in order.
date-word-numbers = one/a/an, two, three, four, five, six, seven, eight, nine, ten, eleven, twelve
# Words that may stand around a day and its month, as in "the 3rd of December".
date-word-between = of, the, on
# What may follow a day's number, as in "3rd".
date-day-endings = st, nd, rd, th
# The months, in order, as well as month-1 to month-12.
date-months-also = January, February, March, April, May, June, July, August, September/Sept, October, November, December

## The FHIR bundle's own words: the questionnaire's title and the care teams' names.

fhir-questionnaire-title = Wellness Recovery Action Plan (WRAP)
fhir-team-crisis-supporters = Crisis supporters
fhir-team-health-contacts = Health contacts
fhir-team-recovery-supporters = Supporters while I recover

## The papers `wrap export --paper` prints on, the pocket card's size on each, and what
## each document is.

paper-a4 = A4, 210 x 297 mm (pocket card: A6, or A5 in large print; a large-print crisis plan that needs the room: A3)
paper-letter = US Letter, 8.5 x 11 inches (pocket card: 4 x 6 inches, or 5 x 8 in large print; a large-print crisis plan that needs the room: 11 x 17)
paper-card-a6 = A6
paper-card-a5 = A5
paper-card-index = 4 x 6 inch
paper-card-large-index = 5 x 8 inch
paper-sheet-a4 = A4
paper-sheet-a3 = A3
paper-sheet-letter = US Letter
paper-sheet-tabloid = 11 x 17 inch
document-summary-full = The whole plan.
document-summary-crisis = The crisis plan alone, for supporters: what is urgent on its first page.
document-summary-card = A pocket card: early warning signs, first actions and the phones to call.

## Characters no bundled font can print. $codes are their code points (U+1F600).

pdf-unprintable =
    { $count ->
        [one] { $count } character can't be printed ({ $codes }): the PDF shows a box in its place, and copying the text still gives it back
       *[other] { $count } characters can't be printed ({ $codes }): the PDF shows a box in their place, and copying the text still gives them back
    }
