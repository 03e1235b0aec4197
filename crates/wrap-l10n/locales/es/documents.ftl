# Las palabras propias de los documentos impresos y de Markdown.

default-title = Mi WRAP
replaces-earlier = Este plan sustituye a cualquier plan de crisis con una fecha anterior.
not-written-yet = Aún sin escribir
nothing-written-yet = (aún no hay nada escrito)
more-in-full-plan = Más en el plan completo.
crisis-written-on = Este plan de crisis se escribió el { $date }.
crisis-no-date = Este plan de crisis no tiene fecha.
crisis-rest = El resto de mi plan de crisis

title-crisis = Plan de crisis
title-crisis-for = Plan de crisis de { $owner }
title-card = Mi tarjeta de bolsillo
pdf-title-crisis = { $title } – plan de crisis
pdf-title-card = { $title } – tarjeta de bolsillo

card-early-warning-signs = Señales de alerta temprana
card-first-actions = Lo primero que haré
card-who-to-call = A quién llamar
card-health-contacts = Contactos de salud

footer-crisis-written = plan de crisis escrito el { $date }
footer-reviewed = revisado el { $date }
footer-written = escrito el { $date }
footer-review-by = revisar antes del { $date }

last-reviewed = Última revisión
reviews = Revisiones
review-date = Fecha
review-with = Con
review-notes = Notas
reviews-with = , con { $who }

yes = sí
no = no

signatures = Firmas
signature-mine = Mi firma
signature-date = Fecha
signature-witness = Firma del testigo
signature-witness-name = Nombre del testigo
signature-witness-role = Función o relación

# Un número de entradas, con los plurales del español.
entries = { $count ->
    [one] { $count } entrada
   *[other] { $count } entradas
}

# Las fechas como se leen: "31 de octubre de 2026".
date-long = { $day } de { $month } de { $year }
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre

# What a link does, said to a screen reader: a phone number, an e-mail address.
link-call = Llamar a { $who }, { $target }
link-call-target = Llamar al { $target }
link-email = Escribir a { $who }, { $target }
link-email-target = Escribir a { $target }

# The blank template's title in the PDF's metadata, and every document's subject.
pdf-title-template = { $title } – plantilla en blanco
pdf-subject = Plan de acción para la recuperación del bienestar

# The page number on the right of every footer.
page-of = página { $page } de { $total }

# `wrap check`'s findings: what is empty, and what is worth a second look.
check-no-owner = el plan no dice de quién es: quien lea una copia necesita saberlo
check-review-overdue = la revisión prevista para el { $due } lleva { $days ->
        [one] { $days } día
       *[other] { $days } días
    } de retraso: `wrap review` registra una
check-no-next-review = no hay fecha para la próxima revisión: `wrap review` la fija
check-crisis-no-date = el plan de crisis no tiene fecha, así que nadie puede saber si es el más reciente
check-no-supporters = el plan de crisis no nombra a ninguna persona de apoyo
check-supporter-no-phone = la persona de apoyo { $who } no tiene número de teléfono
check-supporter-not-agreed = la persona de apoyo { $who } no ha aceptado aparecer en la lista
check-contact-no-phone = el contacto de salud { $who } no tiene número de teléfono
check-phone-not-dialable = el teléfono de { $who } ("{ $phone }") no contiene ningún número al que llamar, así que se imprime sin enlace: escribe el número en cifras (puede llevar una nota al lado)
check-task-nobody = nadie se encarga de "{ $task }"
check-section-empty = aún no hay nada escrito en "{ $section }"
check-part-empty = "{ $part }" en "{ $section }" está vacío
check-no-name = (sin nombre)
check-valid = un plan válido
check-not-valid = NO es un plan válido
check-must-fix = Hay que corregir:
check-second-look = Conviene revisar:
check-not-written = Aún sin escribir (no pasa nada: complétalo cuando quieras):
check-not-written-strict = Aún sin escribir (--strict cuenta esto como un fallo de la comprobación):
check-all-filled = Todas las partes están completas.
check-fails-invalid = { $file }: el plan no es válido ({ $count ->
        [one] { $count } problema
       *[other] { $count } problemas
    })
check-fails-invalid-hint = `wrap edit` puede cambiar o quitar esas entradas
check-fails-strict = { $file }: --strict: { $count ->
        [one] { $count } cosa sigue vacía o conviene revisarla
       *[other] { $count } cosas siguen vacías o conviene revisarlas
    }

# The notes on a supporter's contact card (vCard) and the review reminder (iCalendar).
vcard-in-crisis-plan = En el plan de crisis
vcard-in-post-crisis-plan = En el plan para después de la crisis
vcard-a-supporter = una persona de apoyo
vcard-a-health-contact = un contacto de salud
vcard-a-recovery-supporter = una persona de apoyo mientras me recupero
ics-summary = Revisar mi WRAP
ics-summary-titled = Revisar mi WRAP: { $title }
ics-description = Es hora de volver a mirar este plan: ¿sigue siendo adecuado para ti?
ics-whose = De quién es el plan: { $owner }
