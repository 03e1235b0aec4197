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
