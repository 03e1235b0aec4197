# The command line's help: each command's and each option's description (`wrap --help`,
# `wrap help COMMAND`, the manual page).
# Command names, flags, value names (PLAN, TAG, NAME) and example values stay as they are.

## Shared by several commands.
help-plan-file = El archivo del plan
help-paper = Tamaño del papel
help-large-print = Letra grande: texto de al menos 16 pt
help-keep-paper = Mantener un plan de crisis en letra grande en el tamaño de papel indicado, aunque lo urgente necesite la hoja más grande (A3, u 11 x 17 pulgadas) para caber en su primera página: entonces sigue en la página 2
help-print-lang = Imprime los títulos, las etiquetas y las fechas en este idioma (cy, en-GB, en-US, es, pl) en lugar del idioma del plan. También para Markdown y texto
help-plain = Modo sencillo, para lectores de pantalla y terminales sencillos: cada pregunta en su propia línea, opciones numeradas que respondes con un número, sin mover el cursor ni redibujar. Activado por defecto cuando la variable de entorno ACCESSIBLE está definida o TERM es dumb
help-interview-lang = Haz las preguntas en este idioma (cy, en-GB, en-US, es, pl) en lugar del idioma del plan o el del locale

## `wrap`.
help-wrap = El comando `wrap`: escribe, comprueba, muestra e imprime un Plan de Acción para la Recuperación del Bienestar (WRAP).

## `wrap check`.
help-check = Comprueba que un plan es válido y enumera lo que aún está vacío o merece una segunda mirada
help-check-plan = { help-plan-file }
help-check-strict = Falla también (sale con 1) cuando algo está vacío o merece una segunda mirada
help-check-lang = Di lo que encuentres en este idioma (cy, en-GB, en-US, es, pl) en lugar del idioma del locale

## `wrap show`.
help-show = Muestra un plan, o una sección de él, como texto para leer
help-show-plan = { help-plan-file }
help-show-section = Solo esta sección: about, toolbox, daily, triggers, early-warning-signs, breaking-down, crisis, post-crisis
help-show-lang = Muestra los títulos, las etiquetas y las fechas en este idioma (cy, en-GB, en-US, es, pl) en lugar del idioma del plan

## `wrap export`.
help-export = Exporta un plan a otro formato
help-export-plan = { help-plan-file }
help-export-output = Dónde escribir; `-` para la salida estándar. El formato sigue a la extensión si no das --format
help-export-format = El formato de salida
help-export-document = Qué documento: el plan entero, solo el plan de crisis para quienes te apoyan, o una tarjeta de bolsillo (PDF y Markdown)
help-export-leave-out-empty = Deja fuera las partes en las que no hay nada escrito, en lugar de imprimir sus títulos con "Aún sin escribir" (PDF y Markdown)
help-export-paper = { help-paper }
help-export-large-print = { help-large-print }
help-export-keep-paper = { help-keep-paper }
help-export-lang = { help-print-lang }

## `wrap template`.
help-template = Imprime un plan en blanco para rellenar a mano: cada pregunta con líneas para escribir
help-template-output = Dónde escribir el PDF; `-` para la salida estándar [por defecto: wrap-template.pdf]
help-template-paper = { help-paper }
help-template-large-print = { help-large-print }
help-template-keep-paper = { help-keep-paper }
help-template-lang = { help-print-lang }

## `wrap schema`.
help-schema = Imprime el JSON Schema del formato de archivo del plan

## `wrap new`.
help-new = Escribe un plan, pregunta a pregunta. Guarda tras cada respuesta; con un plan que ya existe, te ofrece seguir donde lo dejaste
help-new-plan = El archivo del plan [por defecto: my-wrap.json]
help-new-plain = { help-plain }
help-new-lang = { help-interview-lang }

## `wrap edit`.
help-edit = Cambia cualquier parte de un plan: añade, cambia, quita o reordena entradas
help-edit-plan = { help-plan-file }
help-edit-section = Ve directamente a esta sección: about, toolbox, daily, triggers, early-warning-signs, breaking-down, crisis, post-crisis
help-edit-plain = { help-plain }
help-edit-lang = { help-interview-lang }

## `wrap review`.
help-review = Anota una revisión de un plan (cuándo y quién participó) y fija la siguiente
help-review-plan = { help-plan-file }
help-review-plain = { help-plain }
help-review-lang = { help-interview-lang }

## `wrap give`.
help-give = Exporta una copia del plan para alguien y anota quién la tiene, qué documento y qué versión, y cómo se entregó
help-give-plan = { help-plan-file }
help-give-to = Para quién es la copia, tal como escribirías su nombre ("Dafydd (hermano)")
help-give-document = Qué documento [por defecto: crisis]
help-give-output = Dónde escribir; `-` para la salida estándar [por defecto: un PDF junto al plan]
help-give-format = El formato de salida (PDF, salvo que la extensión de la salida diga otra cosa)
help-give-how = Cómo se entrega la copia
help-give-paper = { help-paper }
help-give-large-print = { help-large-print }
help-give-keep-paper = { help-keep-paper }
help-give-lang = { help-print-lang }

## `wrap copies`.
help-copies = Enumera quién tiene una copia del plan, de qué versión y qué copias están desfasadas (con lo que ha cambiado desde entonces); o anota que alguien ya no tiene la suya
help-copies-plan = { help-plan-file }
help-copies-remove = Anota que esta persona ya no tiene su copia (la devolvió o se destruyó)
help-copies-document = Con --remove: solo su copia de este documento
help-copies-on = Con --remove: el día en que pasó [por defecto: hoy]
help-copies-because = Con --remove: qué pasó con la copia [por defecto: returned]

## `wrap changes`.
help-changes = Muestra qué cambió en el plan, sección a sección y palabra a palabra
help-changes-plan = { help-plan-file }
help-changes-since = Desde cuándo: `review` (la última revisión; por defecto), una fecha, `copy NAME` (la copia que tiene NAME) o `version N`

## `wrap list`.
help-list = Enumera los planes de una carpeta: de quién son, título, última y próxima revisión (primero las atrasadas) y copias desfasadas
help-list-folder = La carpeta [por defecto: la actual]

## `wrap completions`.
help-completions = Imprime el autocompletado de la shell para wrap (bash, zsh, fish, powershell, elvish)
help-completions-shell = La shell

## `wrap man`.
help-man = Imprime la página de manual de wrap (roff), p. ej. `wrap man > wrap.1`
