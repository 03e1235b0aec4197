# The dates the interview understands in words, the paper sizes, the FHIR questionnaire's
# texts and the warning about characters no font can print.

## Dates typed in words. Case and accents do not matter. Each message is a list of the ways
## of writing it, separated by commas; where a list has one place for each number or month,
## "/" separates the ways of writing that one. The words of every language are understood,
## whatever the language of the interview.

date-word-today = hoy
date-word-tomorrow = mañana
date-word-yesterday = ayer
date-word-next-week = la semana que viene, semana que viene, la próxima semana, próxima semana, la semana próxima, semana próxima
date-word-next-month = el mes que viene, mes que viene, el próximo mes, próximo mes, el mes próximo, mes próximo
date-word-next-year = el año que viene, año que viene, el próximo año, próximo año, el año próximo, año próximo
# The words before a count, as in "in 3 months".
date-word-in = en, dentro de
date-word-days = día, días
date-word-weeks = semana, semanas
date-word-months = mes, meses
date-word-years = año, años
# The numbers one to twelve in words, in order.
date-word-numbers = uno/un/una, dos, tres, cuatro, cinco, seis, siete, ocho, nueve, diez, once, doce
# Words that may stand around a day and its month, as in "the 3rd of December".
date-word-between = de, del, el
# What may follow a day's number, as in "3rd".
date-day-endings = º, ª, .º
# The months, in order, as well as month-1 to month-12.
date-months-also = enero, febrero, marzo, abril, mayo, junio, julio, agosto, septiembre/setiembre, octubre, noviembre, diciembre

## The FHIR bundle's own words: the questionnaire's title and the care teams' names.

fhir-questionnaire-title = Plan de Acción para la Recuperación del Bienestar (WRAP)
fhir-team-crisis-supporters = Apoyo en una crisis
fhir-team-health-contacts = Contactos de salud
fhir-team-recovery-supporters = Apoyo mientras me recupero

## The papers `wrap export --paper` prints on, the pocket card's size on each, and what
## each document is.

paper-a4 = A4, 210 x 297 mm (tarjeta de bolsillo: A6, o A5 en letra grande; un plan de crisis en letra grande que necesita el espacio: A3)
paper-letter = Carta de EE. UU., 8,5 x 11 pulgadas (tarjeta de bolsillo: 4 x 6 pulgadas, o 5 x 8 en letra grande; un plan de crisis en letra grande que necesita el espacio: 11 x 17)
paper-card-a6 = A6
paper-card-a5 = A5
paper-card-index = 4 x 6 pulgadas
paper-card-large-index = 5 x 8 pulgadas
paper-sheet-a4 = A4
paper-sheet-a3 = A3
paper-sheet-letter = Carta de EE. UU.
paper-sheet-tabloid = 11 x 17 pulgadas
document-summary-full = El plan entero.
document-summary-crisis = Solo el plan de crisis, para tus apoyos: lo urgente en la primera página.
document-summary-card = Una tarjeta de bolsillo: señales de alerta temprana, primeros pasos y los teléfonos a los que llamar.

## Characters no bundled font can print. $codes are their code points (U+1F600).

pdf-unprintable =
    { $count ->
        [one] { $count } carácter no se puede imprimir ({ $codes }): el PDF muestra un recuadro en su lugar, y al copiar el texto vuelve a salir tal cual
       *[other] { $count } caracteres no se pueden imprimir ({ $codes }): el PDF muestra un recuadro en su lugar, y al copiar el texto vuelven a salir tal cual
    }
