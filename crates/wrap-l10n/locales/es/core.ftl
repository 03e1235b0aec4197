# What wrap-core says: why a file could not be read as a plan, why a plan is not valid, and
# why its history does not replay.

## Loading a plan file

load-too-large = el archivo tiene { $size } bytes, más de los { $most } bytes que puede tener un plan
load-empty = el archivo está vacío
load-not-text = el archivo no es texto UTF-8 (puede que sea binario)
load-history = el historial del plan no se puede reproducir: { $error }
load-copy-version = una copia nombra la versión { $version } del plan, y su historial tiene { $versions }
load-v1-field = campo desconocido `{ $field }`: la versión 1 del formato no lo tiene (llegó con la versión 2; cambia `version` a 2)
load-unknown-field = campo desconocido `{ $field }` (revisa cómo está escrito; los campos para otras herramientas van dentro de `extensions`)
load-unknown-field-in = campo desconocido `{ $field }` en { $path } (revisa cómo está escrito; los campos para otras herramientas van dentro de `extensions`)
load-not-an-object = un plan es un objeto JSON, pero este archivo contiene { $found ->
        [array] un array
        [string] una cadena
        [boolean] true o false
        [null] null
       *[number] un número
    }
load-newer = este plan es de la versión { $found } del formato, pero este programa lee versiones hasta la { $current }: actualiza el programa para abrirlo
load-other-format = `format` es { $found }, pero un archivo de plan tiene "{ $format }"
load-no-format = no hay campo `format`; un archivo de plan empieza con "format": "{ $format }"
load-no-version = `version` tiene que ser un número entero, como { $current }
load-bad-version = `version` tiene que ser un número entero, como { $current }, pero es { $found }
load-field-twice = el campo `{ $field }` aparece dos veces en un mismo objeto; deja solo uno
load-array-for-record = se esperaba un objeto (campos con nombre entre llaves), pero hay un array
load-at-line = línea { $line }, columna { $column }: { $message }
load-at-path = en { $path }: { $message }
date-not-iso = `{ $text }` no es una fecha escrita como AAAA-MM-DD (por ejemplo, 2026-11-23)
date-no-such-day = `{ $text }` no es un día del calendario

## What makes a plan invalid

validate-entry-empty = la entrada { $number } de "{ $part }" está vacía: escribe algo o quítala
validate-record-empty = la entrada { $number } de "{ $part }" está vacía: rellénala o quítala
validate-record-missing = la entrada { $number } de "{ $part }" no tiene { $field }
validate-review-before-plan = la revisión del { $date } es anterior a cuando se escribió el plan ({ $created })
validate-next-review-before-plan = la próxima revisión ({ $next }) es anterior a cuando se escribió el plan ({ $created })
validate-not-a-part = "{ $path }" no es una parte de un plan (las partes se llaman como toolbox.using)
validate-listed-twice = "{ $path }" aparece dos veces en la lista
validate-answered-and-skipped = "{ $path }" está marcada como respondida y como saltada a la vez: deja una
validate-reviews-order = las revisiones se guardan de la más antigua a la más reciente, pero { $later } va después de { $earlier }
validate-answer-too-long = esta respuesta tiene { $length } caracteres; una respuesta puede tener como mucho { $most }
validate-too-many-entries = el plan tiene más de { $most } entradas (listas, registros, revisiones y marcas de progreso juntas), más de las que wrap puede manejar

## A history that does not replay

history-error = versión { $version }, { $path }: { $message }
history-no-such-part = un plan no tiene esa parte
history-removes-empty = quita una parte que ya está vacía
history-no-such-list = cambia entradas de una lista que no existe
history-past-the-end = sustituye entradas más allá del final de la lista

## A language tag that is not one

language-tag-error = `{ $text }` no es una etiqueta de idioma BCP 47: { $reason } (escribe un idioma y, si hace falta, una región, como `cy`, `en-GB` o `es-419`)
language-tag-empty = está vacía
language-tag-too-long = es demasiado larga
language-tag-parts = sus partes son letras y dígitos unidos por guiones (`-`, no `_`)
language-tag-private = `x-` necesita una subetiqueta
language-tag-primary = empieza por un idioma de 2 o 3 letras
language-tag-variant-twice = repite una variante
language-tag-extension-twice = repite una extensión
language-tag-extension-empty = una extensión necesita una subetiqueta después de su letra
language-tag-order = una de sus partes no sigue el orden o la forma de BCP 47
