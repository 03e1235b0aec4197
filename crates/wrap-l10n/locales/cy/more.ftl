# The dates the interview understands in words, the paper sizes, the FHIR questionnaire's
# texts and the warning about characters no font can print.

## Dates typed in words. Case and accents do not matter. Each message is a list of the ways
## of writing it, separated by commas; where a list has one place for each number or month,
## "/" separates the ways of writing that one. The words of every language are understood,
## whatever the language of the interview.

date-word-today = heddiw
date-word-tomorrow = yfory, fory
date-word-yesterday = ddoe, doe
date-word-next-week = wythnos nesaf, wythnos nesa, yr wythnos nesaf, yr wythnos nesa, wythnos i heddiw
date-word-next-month = mis nesaf, mis nesa, y mis nesaf, y mis nesa
date-word-next-year = blwyddyn nesaf, blwyddyn nesa, y flwyddyn nesaf, y flwyddyn nesa, flwyddyn nesaf
# The words before a count, as in "in 3 months".
date-word-in = ymhen, mewn, 'mhen
date-word-days = diwrnod, ddiwrnod, niwrnod, diwrnodau, dydd, dyddiau
date-word-weeks = wythnos, wythnosau
date-word-months = mis, fis, misoedd
date-word-years = blwyddyn, flwyddyn, blynedd, flynedd, mlynedd, blynyddoedd
# The numbers one to twelve in words, in order.
date-word-numbers = un, dau/dwy, tri/tair, pedwar/pedair, pump/pum, chwech/chwe, saith, wyth, naw, deg/deng, un ar ddeg, deuddeg/deuddeng
# Words that may stand around a day and its month, as in "the 3rd of December".
date-word-between = o, y, yr, ym, mis, fis, ar
# What may follow a day's number, as in "3rd".
date-day-endings = af, il, ydd, ed, fed, eg, ain
# The months, in order, as well as month-1 to month-12: their forms after "o" or "fis".
date-months-also = Ionawr, Chwefror, Fawrth, Ebrill, Fai, Fehefin, Orffennaf, Awst, Fedi, Hydref, Dachwedd, Ragfyr

## The FHIR bundle's own words: the questionnaire's title and the care teams' names.

fhir-questionnaire-title = Cynllun Gweithredu Adfer Lles (WRAP)
fhir-team-crisis-supporters = Cefnogwyr mewn argyfwng
fhir-team-health-contacts = Cysylltiadau iechyd
fhir-team-recovery-supporters = Cefnogwyr tra bydda i'n gwella

## The papers `wrap export --paper` prints on, the pocket card's size on each, and what
## each document is.

paper-a4 = A4, 210 x 297 mm (cerdyn poced: A6, neu A5 mewn print bras; cynllun argyfwng print bras sydd angen y lle: A3)
paper-letter = US Letter, 8.5 x 11 modfedd (cerdyn poced: 4 x 6 modfedd, neu 5 x 8 mewn print bras; cynllun argyfwng print bras sydd angen y lle: 11 x 17)
paper-card-a6 = A6
paper-card-a5 = A5
paper-card-index = 4 x 6 modfedd
paper-card-large-index = 5 x 8 modfedd
paper-sheet-a4 = A4
paper-sheet-a3 = A3
paper-sheet-letter = US Letter
paper-sheet-tabloid = 11 x 17 modfedd
document-summary-full = Y cynllun cyfan.
document-summary-crisis = Y cynllun argyfwng yn unig, i'ch cefnogwyr: yr hyn sy'n frys ar ei dudalen gyntaf.
document-summary-card = Cerdyn poced: arwyddion rhybudd cynnar, y pethau cyntaf i'w gwneud a'r rhifau i'w ffonio.

## Characters no bundled font can print. $codes are their code points (U+1F600).

pdf-unprintable =
    { $count ->
        [one] Does dim modd argraffu { $count } nod ({ $codes }): mae'r PDF yn dangos blwch yn ei le, ac mae copïo'r testun yn dal i'w roi yn ôl
       *[other] Does dim modd argraffu { $count } nod ({ $codes }): mae'r PDF yn dangos blwch yn eu lle, ac mae copïo'r testun yn dal i'w rhoi yn ôl
    }
