# Las palabras propias de la entrevista (`wrap new`, `wrap edit`, `wrap review`): pistas,
# menús y mensajes. Las órdenes (/skip, /back, /stop, /help) y las teclas (Enter, Alt-Enter,
# Ctrl-J, Esc, Ctrl-C) se escriben y se pulsan igual en todos los idiomas: no las cambies.

## Pistas bajo las casillas.
interview-hint-text = Enter para seguir, Alt-Enter o Ctrl-J para una línea nueva  /skip  /back  /stop  /help
interview-hint-date = una fecha como 31/10/2026, 3 de diciembre, hoy o en 3 meses; Enter para seguir  /skip  /back  /stop  /help
interview-hint-list = Enter en una línea vacía cuando termines  /skip  /back  /stop  /help
interview-hint-field = Enter solo para dejarlo en blanco  /back  /stop  /help
interview-hint-edit = Enter para dejar lo que se ve  /back  /stop  /help
interview-hint-yes-no = sí o no, luego Enter  /back  /stop  /help
interview-hint-review = Enter para seguir, Alt-Enter o Ctrl-J para una línea nueva  /back  /stop  /help
interview-hint-language-tag = una etiqueta como ur, pa-Arab o es-419; Enter para seguir  /skip  /back  /stop  /help
# Tras una pregunta de sí o no: lo que da Enter solo, en mayúscula.
interview-default-yes = S/n
interview-default-no = s/N

## Menús, en un terminal.
interview-menu-hint = flechas para moverte o escribe su número, Enter para elegir, Esc para volver, Ctrl-C guarda y para
interview-menu-plain-hint = escribe un número del 1 al { $count } y luego Enter; /back para volver, Ctrl-C guarda y para
interview-menu-more-above = ({ $count } más arriba)
interview-menu-more-below = ({ $count } más abajo)
interview-menu-typed = escrito: { $text }
interview-menu-no-option = No hay ninguna opción { $typed }.
interview-menu-plain-no-option = No hay ninguna opción { $typed }. Escribe un número del 1 al { $count }.
interview-menu-plain-type-number = Escribe un número del 1 al { $count }.
# Tras una casilla o un menú que se dejó con Esc.
interview-back = (atrás)
interview-more-lines = { $count ->
    [one] -- { $count } línea más: Espacio o Enter para ver más, q para ir a la pregunta --
   *[other] -- { $count } líneas más: Espacio o Enter para ver más, q para ir a la pregunta --
}
interview-rest-left-out = (El resto no se muestra aquí; `wrap show` lo muestra todo.)

## Las órdenes.
interview-help-skip = dejar esta pregunta para más tarde
interview-help-back = volver a la pregunta o entrada anterior (Esc también lo hace)
interview-help-stop = guardar y parar; sigue más tarde con: { $command }
interview-help-help = mostrar esto otra vez
interview-help-slash = Para escribir una respuesta que empiece por /, empiézala por //. Ctrl-C también guarda y para; lo que hay en la casilla se conserva.
interview-unknown-command = { $word } no es una orden aquí. Las órdenes son /skip, /back, /stop y /help. Para escribir una respuesta que empiece por /, empiézala por //.
interview-pick-an-option = Elige una de las opciones (flechas y Enter, o su número), o escribe /back, /skip, /stop o /help. "{ $typed }" no es ninguna de ellas.
interview-draft-back = (Lo que escribiste aquí antes está de nuevo en la casilla.)
interview-answer-y-or-n = Responde sí o no, o /back para volver.

## Guardar y parar.
interview-save-failed = No se pudo guardar el plan.
interview-save-failed-nothing-lost = Todo lo que has escrito sigue aquí: no se pierde nada mientras lo intentas de nuevo (antes, libera algo de espacio o vuelve a poner la carpeta).
interview-save-try-again = Intentar guardar de nuevo
interview-save-stop-without = Parar sin guardar lo escrito desde la última vez que se guardó
interview-carry-on = Para seguir en otro momento: { $command }
interview-drafts-kept = Las respuestas a medio escribir también se conservan, y se te ofrecen de nuevo cuando sigas.
interview-saved-in = Guardado en { $file }.
interview-stopped = Parado. Todo lo escrito hasta ahora está guardado en { $file }.
interview-stopped-while-saving = parado mientras se guardaba

## Fechas.
interview-date-said-back = Es decir, { $spoken } ({ $date }).
interview-date-spoken = { $weekday }, { $date }
interview-date-or-skip = { $error }. O /skip para dejarla por ahora.
interview-date-no-such-day = "{ $typed }" no es un día del calendario
interview-date-not-understood = No puedo leer "{ $typed }" como una fecha: prueba 31/10/2026, 31 de octubre de 2026, 2026-10-31, hoy, mañana o en 3 meses
interview-weekday-1 = lunes
interview-weekday-2 = martes
interview-weekday-3 = miércoles
interview-weekday-4 = jueves
interview-weekday-5 = viernes
interview-weekday-6 = sábado
interview-weekday-7 = domingo

## `wrap new`.
interview-welcome =
    Un plan nuevo, que se guarda en { $file } después de cada respuesta.
    Escribe una respuesta y pulsa Enter. No hace falta responder nada hoy.
interview-already-holds = { $file } ya contiene un plan.
interview-already-holds-whose = { $file } ya contiene un plan ({ $owner }).
interview-carry-on-where = Seguir donde lo dejamos: { $section }, { $part }
interview-go-to-section = Ir a una sección
interview-leave-for-now = Dejarlo por ahora
interview-what-next = ¿Qué te gustaría hacer?
interview-all-seen-what-next = Ya has visto todas las preguntas. ¿Qué te gustaría hacer?
interview-which-section = ¿Qué sección?
interview-section-progress = { $section } ({ $written } de { $total } escritas)
interview-section-progress-all-seen = { $section } ({ $written } de { $total } escritas, todas vistas)
interview-section-title = { $section } (sección { $number } de { $total })
interview-first-question = Esta es la primera pregunta.
interview-holds-now = Esto es lo que contiene ahora "{ $section }":
interview-is-this-right = ¿Está bien así?
interview-right-next = Está bien: pasar a la siguiente sección
interview-right-finish = Está bien: terminar
interview-change-here = Cambiar algo aquí
interview-save-stop = Guardar y parar por ahora
interview-end = Aquí terminan las preguntas. Tu plan está guardado en { $file }.
interview-second-look = Para mirar otra vez:
interview-still-empty = { $count ->
    [one] { $count } parte sigue vacía.
   *[other] { $count } partes siguen vacías.
} No pasa nada: complétalas cuando quieras (`wrap check { $plan }` las enumera, `wrap edit { $plan }` cambia cualquier parte).
interview-all-filled = Todas las partes están completas.
interview-next-steps = Después: léelo con `wrap show { $plan }`, o imprímelo con `wrap export { $plan } -o plan.pdf`.
interview-written-so-far = Escrito hasta ahora:
interview-nothing-changed-use-edit = No ha cambiado nada. Para quitar una entrada, usa `wrap edit`.
interview-lines-each-entry = { $count ->
    [one] Eso tiene { $count } línea. ¿Tomar cada línea como una entrada aparte?
   *[other] Eso tiene { $count } líneas. ¿Tomar cada línea como una entrada aparte?
}
interview-entry-heading = { $part }, entrada { $number }:
interview-answer-yes-or-no = Responde sí o no, o pulsa Enter para dejarlo en blanco.
interview-needs-answer-stays = Esta necesita una respuesta, así que se queda como "{ $answer }".

## El idioma del plan.
interview-language-question = ¿En qué idioma vas a escribir este plan?
interview-language-other = Otro idioma (escribe su etiqueta)
interview-language-tag-question = ¿Su etiqueta de idioma?
interview-language-not-a-tag = "{ $typed }" no es una etiqueta de idioma: una etiqueta es un idioma de 2 o 3 letras y, si quieres, una escritura o una región, unidos por guiones, como ur, cy-GB o es-419.
interview-language-kept = El plan está escrito en { $tag }; las preguntas siguen en este idioma.
interview-language-option = El idioma del plan: { $language }
interview-language-not-set = sin indicar

## `wrap edit`.
interview-changing =
    Cambiando { $file }. Cada cambio se guarda en cuanto se hace.
    En los menús: flechas y Enter, Esc para volver. Al escribir: /back, /stop, /help.
interview-edit-saved = Tu plan está guardado en { $file }.
interview-finish-editing = Terminar: no hay nada más que cambiar
interview-part-empty = vacía
interview-done-section = He terminado con esta sección
interview-which-part = { $section }: ¿qué parte?
interview-remove-answer = ¿Quitar esta respuesta?
interview-remove-date = ¿Quitar esta fecha?
interview-none-of-these = Ninguna de estas
interview-nothing-written = Aquí aún no hay nada escrito.
interview-action-add = Añadir
interview-action-change = Cambiar una
interview-action-remove = Quitar una
interview-action-up = Subir una
interview-action-down = Bajar una
interview-action-done = He terminado con esta parte
interview-one-per-box = Una en cada casilla; una vacía cuando termines.
interview-which-one = ¿Cuál?
interview-which-to-remove = ¿Cuál quieres quitar?
interview-remove-entry = ¿Quitar "{ $entry }"?
interview-which-moves-up = ¿Cuál sube?
interview-which-moves-down = ¿Cuál baja?
interview-nothing-changed-remove = No ha cambiado nada. Para quitar una entrada, elige "Quitar una".
interview-answer-yes-no-or-empty = Responde sí o no, o déjalo en blanco.
interview-needs-answer-as-was = Esta necesita una respuesta, así que se queda como estaba.

## `wrap review`.
interview-review-start =
    Registrando una revisión de { $file }. { $last }{ $due }
    Se guarda después de cada respuesta. Al escribir: /back, /stop, /help.
interview-last-reviewed = Última revisión el { $date }.
interview-no-review-yet = Aún no hay ninguna revisión registrada.
interview-next-due = { " " }Próxima revisión prevista el { $date }.
interview-review-date = ¿En qué fecha es esta revisión?
interview-review-needs-date = Una revisión necesita su fecha.
interview-review-who = ¿Quién participó? Un nombre por línea, con su papel si quieres; una línea vacía cuando termines.
interview-review-taken-out = La revisión se ha quitado otra vez.
interview-review-notes = ¿Algo que anotar sobre esta revisión? (Enter para dejarlo en blanco)
interview-in-months = { $count ->
    [one] Dentro de { $count } mes ({ $date })
   *[other] Dentro de { $count } meses ({ $date })
}
interview-in-months-no-date = { $count ->
    [one] Dentro de { $count } mes
   *[other] Dentro de { $count } meses
}
interview-another-date = En otra fecha
interview-leave-as-is = Dejarla como está ({ $date })
interview-no-date-for-now = Sin fecha por ahora
interview-when-next-review = ¿Cuándo te gustaría hacer la próxima revisión?
interview-on-what-date = ¿En qué fecha?
interview-next-review-due = La próxima revisión está prevista el { $date }.
interview-no-next-review = No hay fecha para la próxima revisión.
interview-review-recorded = Revisión del { $date } registrada en { $file }.
interview-no-earlier-review = No hay ninguna revisión anterior en el historial del plan con la que comparar.
interview-history-cannot-show = El historial del plan no puede mostrar la última revisión.
interview-nothing-changed-since = No ha cambiado nada en el plan desde la última revisión ({ $date }).
interview-changes-since = Cambios desde la última revisión ({ $date }), { $changes }:
