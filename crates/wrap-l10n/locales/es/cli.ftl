# Lo que dice la orden `wrap` en la terminal: errores y sus sugerencias, notas, y lo que
# imprimen `wrap export`, `wrap give`, `wrap copies`, `wrap changes` y `wrap list`.
# Los nombres de órdenes, opciones y archivos (`wrap review`, --strict, .bak) no se traducen.
# $document is full, crisis or card; $how and $because name how a copy went and ended.

## Errores de un plan que no se puede abrir.
error-history = { $file }: history[{ $index }]: el historial del plan no se puede reproducir: { $error }
error-history-hint = el historial se cambió a mano: vuelve a poner la copia de seguridad (`.bak`) o esa versión
error-not-json = { $file }:{ $place }: no es JSON válido: { $error }
error-newer-version-hint = este archivo lo escribió una versión más nueva de wrap; instálala para abrir el plan
error-wrong-file-hint = ¿es este el archivo correcto? Un plan es un archivo JSON hecho con `wrap new`
error-fix-hint = corrige el archivo en ese punto con un editor de texto
error-fix-or-backup-hint = corrige el archivo en ese punto con un editor de texto, o vuelve a la copia de seguridad { $backup }

## Leer y escribir archivos.
file-cannot-read = { $file }: no se puede leer el plan: { $reason }
file-not-found-hint = revisa el nombre del archivo; `wrap new { $file }` empieza un plan nuevo
file-permission-hint = pregunta a quien sea dueño del archivo, o revisa sus permisos
file-pipe-hint = pon en marcha primero el programa que escribe en la tubería, o indica el archivo .json del plan
file-is-folder = { $file }: esto es una carpeta, no un archivo de plan
file-is-folder-hint = indica el archivo .json del plan que hay dentro
file-too-large = { $file }: el archivo es más grande de lo que puede ser un plan ({ $most } MiB como máximo; este tiene al menos { $size } MiB)
file-over-limits-hint = ¿es este el archivo correcto? Un plan tan grande no lo ha escrito una persona (un plan puede tener { $entries } entradas, y { $characters } caracteres en una respuesta)
file-no-such-file = no existe ese archivo
file-permission-denied = permiso denegado
file-too-many-links = demasiados enlaces simbólicos seguidos
file-no-file-name = la ruta no nombra ningún archivo
file-folder-not-file = { $file }: esto es una carpeta; indica un nombre de archivo
file-folder-not-file-hint = indica un archivo .json, dentro de la carpeta o a su lado
file-not-regular = { $file }: esto no es un archivo normal (es un dispositivo, una tubería o un socket), así que no puede contener un plan
file-not-regular-hint = indica un archivo .json dentro de una carpeta
file-read-only = { $file }: este archivo es de solo lectura, así que wrap lo deja como está
file-read-only-hint = para cambiarlo, hazlo primero modificable (por ejemplo `chmod u+w { $file }`), o elige otro archivo
file-keeps-backup = { $file }: aquí guarda wrap la copia de seguridad de { $plan }, así que no se sobrescribe
file-keeps-lock = { $file }: aquí guarda wrap el bloqueo de { $plan }, así que no se sobrescribe
file-choose-another-name = elige otro nombre de archivo
file-cannot-save-in-folder = { $file }: no se pudieron guardar los cambios: no se puede crear ningún archivo en su carpeta ({ $reason })
file-cannot-save-in-folder-hint = comprueba que puedes escribir en esa carpeta, o copia el plan a un sitio donde puedas
file-pipe-nobody = es una tubería con nombre y nada abrió su otro extremo en { $count ->
        [one] { $count } segundo
       *[other] { $count } segundos
    }
file-could-not = { $file }: no se pudo { $action }: { $reason }; el archivo anterior, si lo había, sigue igual
file-action-find-folder = encontrar su carpeta
file-action-open = abrir
file-action-write = escribir
file-action-look = consultar
file-action-make-temporary = crear un archivo en su carpeta
file-action-flush = guardar en el disco
file-action-replace = sustituir el archivo
file-action-create = crear el archivo
file-cannot-keep-backup = { $file }: no se pudo leer la versión anterior para guardarla como copia de seguridad: { $reason }
output-cannot-write = no se pudo escribir en la salida estándar: { $reason }

## Una sola persona escribiendo en cada plan.
lock-cannot-open = { $file }: no se puede abrir el plan para escribir: { $reason }
lock-cannot-open-hint = comprueba que la carpeta existe y que puedes escribir en ella
lock-plan-busy = { $file }: este plan ya está abierto en otro `wrap` (new, edit o review)
lock-plan-busy-hint = termina o cierra el otro primero; dos a la vez podrían sobrescribir las respuestas del otro
lock-hard-links = { $file } tiene { $count ->
        [one] { $count } nombre
       *[other] { $count } nombres
    } (enlaces duros); al guardar se sustituye el archivo solo con este nombre, así que los otros nombres conservan la versión de antes. Un enlace simbólico sigue cada guardado.
lock-cannot-lock = { $file }: no se puede bloquear el archivo para escribir: { $reason }; el archivo anterior, si lo había, sigue igual
lock-file-busy = { $file }: este archivo está abierto en otro `wrap` (new, edit o review); no se ha escrito nada
lock-file-busy-hint = termina o cierra el otro primero, o elige otro archivo

## `wrap export` y `wrap template`.
export-format-hint = añade --format pdf|json|markdown|fhir|vcard|ics, o -o ARCHIVO terminado en .pdf, .json, .md, .fhir.json, .vcf o .ics
export-format-unknown = { $file }: no se sabe el formato por este nombre de archivo
export-no-format = no se ha indicado ningún formato para la salida estándar
export-document-not-for = --document { $document } no está disponible al exportar a { $format }
export-document-not-for-hint = `crisis` y `card` son para PDF y Markdown: añade --format pdf o --format markdown
export-print-not-for = --paper, --large-print y --keep-paper son para PDF, no para exportar a { $format }
export-print-not-for-hint = añade --format pdf, o quítalas
export-pdf-to-terminal = un PDF no es para leerlo en una terminal, y la salida estándar es una
export-pdf-to-terminal-hint = añade -o ARCHIVO.pdf, o pásalo a otro programa: `wrap export PLAN -o - | lp`
export-leave-out-not-for = --leave-out-empty es para PDF y Markdown, no para exportar a { $format }
export-leave-out-not-for-hint = añade --format pdf o --format markdown, o quítala
export-is-the-plan = { $file }: este es el propio plan; una exportación nunca sobrescribe su origen
export-is-the-plan-hint = elige otro archivo de salida
export-wrote = Escrito { $file }
export-template-failed = no se pudo hacer la plantilla: { $error }
export-not-agreed = { $file }: { $name } no ha aceptado aparecer en la lista, así que no está en { $document ->
        [card] la tarjeta de bolsillo
       *[crisis] el plan de crisis
    }
export-a-supporter = una persona de apoyo
export-large-print-card = la tarjeta de bolsillo en letra grande es { $large } ({ $normal } en letra normal), para que el texto siga siendo grande
export-crisis-larger-sheet = { $file }: en letra grande, lo urgente no cabe en una cara de { $paper }, así que el plan de crisis va en { $sheet }: imprímelo en papel { $sheet }, tal cual, o su primera página saldrá más pequeña
export-crisis-larger-sheet-hint = para imprimirlo en { $paper }, con lo urgente siguiendo en la página 2, añade --keep-paper
export-crisis-urgent-overflows = { $file }: lo urgente del plan de crisis es demasiado largo para su primera página, así que una parte pasa a la página 2
export-card-part-left-out = { $left } de { $total ->
        [one] { $total } entrada
       *[other] { $total } entradas
    } de "{ $part }"
export-card-left-out = { $file }: la tarjeta de bolsillo solo tiene sitio para una cara, así que deja fuera { $parts }; están en el plan completo
export-pdf-failed = { $file }: no se pudo hacer el PDF: { $error }
export-no-review-date = { $file }: el plan no tiene fecha para la próxima revisión, así que no hay nada que recordarte
export-no-review-date-hint = puedes fijar una con `wrap review { $file }`

## `wrap give` y `wrap copies`: quién tiene qué copia.
copies-which = { $document ->
        [full] el plan completo
        [card] la tarjeta de bolsillo
       *[crisis] el plan de crisis
    }, versión { $version }
copies-which-dated = { $document ->
        [full] el plan completo
        [card] la tarjeta de bolsillo
       *[crisis] el plan de crisis
    }, versión { $version } del { $date }
copies-needs-name = --to necesita el nombre de la persona para quien es la copia
copies-needs-name-hint = p. ej. --to "Dafydd (hermano)"
copies-recorded = Registrado en { $file }: { $name } tiene { $which } (entrega: { $date }).
copies-older-replaced = Su copia anterior (versión { $version }) queda marcada como sustituida: puedes pedirle que la devuelva o la destruya.
copies-remind = { $document ->
        [full] el plan completo ha cambiado
        [card] la tarjeta de bolsillo ha cambiado
       *[crisis] el plan de crisis ha cambiado
    } desde que estas personas recibieron su copia:
copies-remind-holder = { $name } tiene la versión { $version } (entrega: { $date }): puedes darle esta con `wrap give { $file } --to "{ $name }" --document { $document }`
copies-remind-see = (`wrap copies { $file }` muestra qué ha cambiado para cada persona)
copies-none = No hay copias registradas de { $file }.
copies-none-hint = Puedes registrar una al darla: `wrap give { $file } --to NAME --document crisis`
copies-heading = Copias de { $file } (el plan está en la versión { $version })
copies-heading-saved = Copias de { $file } (el plan está en la versión { $version }, guardada el { $date })
copies-given = { $name }: { $which }, entrega: { $date }
copies-given-how = { $name }: { $which }, entrega: { $date }, { $how ->
        [printed] en papel
        [emailed] por correo electrónico
        [posted] por correo postal
        [messaged] en un mensaje
       *[file] como archivo
    }
copies-out-of-date = DESACTUALIZADAS ({ $count }): puedes darles la nueva y pedirles la antigua
copies-changed-since = Cambios desde su copia, { $changes }:
copies-up-to-date = Al día ({ $count }):
copies-no-longer-held = Ya no las tiene nadie ({ $count }):
copies-ended = { $given }; { $because ->
        [replaced] sustituida por una copia más nueva
        [destroyed] destruida
       *[returned] devuelta
    } el { $date }
copies-on-hint = p. ej. --on 2026-11-23 o --on today
copies-holds-none = { $file }: { $name } no tiene ninguna copia de este plan
copies-holds-none-of = { $file }: { $name } no tiene ninguna copia { $document ->
        [full] del plan completo
        [card] de la tarjeta de bolsillo
       *[crisis] del plan de crisis
    } de este plan
copies-nobody-holds = ahora nadie tiene una copia
copies-holders = quienes tienen una: { $names }
copies-removed = Registrado en { $file }: { $name } ya no tiene su { $count ->
        [one] copia
       *[other] copias
    } ({ $because ->
        [destroyed] destruida
       *[returned] devuelta
    } el { $date }).

## `wrap changes`, y los cambios que muestra `wrap copies`.
changes-legend = (+ añadido, - quitado, ~ cambiado: [-palabras quitadas-] {"{"}+palabras añadidas+{"}"})
changes-none = Sin cambios.
changes-count = { $changes } en { $parts }
changes-count-changes = { $count ->
        [one] { $count } cambio
       *[other] { $count } cambios
    }
changes-count-parts = { $count ->
        [one] { $count } parte
       *[other] { $count } partes
    }
changes-since-unknown = --since { $since }: no es un punto del historial del plan
changes-since-hint = --since review, --since FECHA (p. ej. 2026-03-01), --since copy NOMBRE o --since version N
changes-since-forms = { $error }; usa review, una fecha, copy NOMBRE o version N
changes-last-review = la última revisión
changes-first-version = la primera versión (aún no hay ninguna revisión registrada)
changes-no-review = { $file }: aún no hay ninguna revisión registrada en el historial del plan
changes-no-review-hint = puedes registrar una con `wrap review { $file }`
changes-copy-of = la copia { $document ->
        [full] del plan completo
        [card] de la tarjeta de bolsillo
       *[crisis] del plan de crisis
    } de { $name }
changes-no-such-copy = { $file }: no hay registrada ninguna copia dada a { $name }
changes-no-copies-hint = no hay copias registradas: `wrap give` las registra
changes-copies-given-to = se dieron copias a: { $names }
changes-version = la versión { $version }
changes-versions-are = --since version { $number }: el plan tiene las versiones 1 a { $count }
changes-from-version = la versión { $version } del { $date }, { $what }
changes-from-start = { $what }, antes de que empiece el historial del plan
changes-heading = Cambios en { $file } desde { $from }, hasta ahora (versión { $version }):

## `wrap list`: los planes de una carpeta.
list-cannot-read = { $folder }: no se puede listar esta carpeta: { $reason }
list-none = No hay planes en { $folder }. Puedes empezar uno con `wrap new`.
list-heading = Planes en { $folder } ({ $count }), primero las revisiones atrasadas:
list-no-title = (sin título)
list-whose-not-written = no pone de quién es el plan
list-whose = plan de { $owner }
list-last-reviewed = última revisión el { $date }
list-never-reviewed = nunca revisado
list-overdue = ATRASADA: la próxima revisión era el { $date } (hace { $days ->
        [one] { $days } día
       *[other] { $days } días
    })
list-next-review = próxima revisión el { $date }
list-no-next-review = sin fecha para la próxima revisión
list-holder = { $name } ({ $document ->
        [full] plan completo
        [card] tarjeta de bolsillo
       *[crisis] plan de crisis
    })
list-copies-out-of-date = Copias desactualizadas: { $names } (`wrap copies { $file }`)
list-not-read = Sin leer:

## `wrap man`.
manual-failed = no se pudo hacer la página del manual: { $error }

# Errors in what the command line gives: a language or a section it does not know.
cli-unknown-language = wrap aún no tiene palabras en `{ $tag }`; tiene: { $known }
cli-unknown-section = `{ $name }` no es una sección; las secciones son: about, toolbox, daily, triggers, early-warning-signs, breaking-down, crisis, post-crisis

# When the interview cannot start: no terminal to ask in.
cli-needs-terminal = `wrap { $command }` hace preguntas, así que necesita un terminal, y la entrada estándar no lo es
cli-needs-terminal-hint = sin terminal: cambia el plan en un editor de texto (es JSON sencillo; `wrap schema` lo describe), y luego `wrap check { $file }`, `wrap show { $file }` o `wrap export { $file }`
cli-terminal-failed = no se pudo preparar el terminal para escribir: { $error }
cli-terminal-failed-hint = ejecútalo en una ventana de terminal, o usa --plain
