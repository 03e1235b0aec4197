# The command line's help: each command's and each option's description (`wrap --help`,
# `wrap help COMMAND`, the manual page).
# Command names, flags, value names (PLAN, TAG, NAME) and example values stay as they are.
# A message of its own for each command and each of its arguments (help-COMMAND,
# help-COMMAND-FLAG); the ones several commands share are written once, below, and named.

## Shared by several commands.
help-plan-file = The plan file
help-paper = Paper size
help-large-print = Large print: body text of at least 16 pt
help-keep-paper = Keep a large-print crisis plan on the paper size given, even when what is urgent needs the larger sheet (A3, or 11 x 17 inches) to fit on its first page: it then runs on to page 2
help-print-lang = Print the headings, labels and dates in this language (cy, en-GB, en-US, es, pl) instead of the plan's own. Also for Markdown and text
help-plain = Plain mode, for screen readers and plain terminals: every prompt a line of its own, numbered choices answered with a number, no cursor movement or redrawing. On by default when the ACCESSIBLE environment variable is set or TERM is dumb
help-interview-lang = Ask the questions in this language (cy, en-GB, en-US, es, pl) instead of the plan's own or the locale's

## `wrap`.
help-wrap = The `wrap` command: write, check, show and print a Wellness Recovery Action Plan.

## `wrap check`.
help-check = Check that a plan is valid, and list what is still empty or worth a second look
help-check-plan = { help-plan-file }
help-check-strict = Also fail (exit 1) when anything is empty or worth a second look
help-check-lang = Say what is found in this language (cy, en-GB, en-US, es, pl) rather than the locale's

## `wrap show`.
help-show = Show a plan, or one section of it, as readable text
help-show-plan = { help-plan-file }
help-show-section = Only this section: about, toolbox, daily, triggers, early-warning-signs, breaking-down, crisis, post-crisis
help-show-lang = Show the headings, labels and dates in this language (cy, en-GB, en-US, es, pl) instead of the plan's own

## `wrap export`.
help-export = Export a plan to another format
help-export-plan = { help-plan-file }
help-export-output = Where to write; `-` for standard output. The format follows the extension when --format is not given
help-export-format = The output format
help-export-document = Which document: the whole plan, the crisis plan alone for supporters, or a pocket card (PDF and Markdown)
help-export-leave-out-empty = Leave out the parts that have nothing written in them, instead of printing their headings with "Not written yet" (PDF and Markdown)
help-export-paper = { help-paper }
help-export-large-print = { help-large-print }
help-export-keep-paper = { help-keep-paper }
help-export-lang = { help-print-lang }

## `wrap template`.
help-template = Print a blank plan to fill in by hand: every question with lines to write on
help-template-output = Where to write the PDF; `-` for standard output [default: wrap-template.pdf]
help-template-paper = { help-paper }
help-template-large-print = { help-large-print }
help-template-keep-paper = { help-keep-paper }
help-template-lang = { help-print-lang }

## `wrap schema`.
help-schema = Print the JSON Schema of the plan file format

## `wrap new`.
help-new = Write a plan, question by question. Saves after every answer; on a plan that exists, offers to carry on where it stopped
help-new-plan = The plan file [default: my-wrap.json]
help-new-plain = { help-plain }
help-new-lang = { help-interview-lang }

## `wrap edit`.
help-edit = Change any part of a plan: add, change, remove or reorder entries
help-edit-plan = { help-plan-file }
help-edit-section = Go straight to this section: about, toolbox, daily, triggers, early-warning-signs, breaking-down, crisis, post-crisis
help-edit-plain = { help-plain }
help-edit-lang = { help-interview-lang }

## `wrap review`.
help-review = Record a review of a plan (when, and who took part) and set the next one
help-review-plan = { help-plan-file }
help-review-plain = { help-plain }
help-review-lang = { help-interview-lang }

## `wrap give`.
help-give = Export a copy of the plan for someone and record who holds it, which document and which version, and how it was given
help-give-plan = { help-plan-file }
help-give-to = Who the copy is for, as you would write their name ("Dafydd (brother)")
help-give-document = Which document [default: crisis]
help-give-output = Where to write; `-` for standard output [default: a PDF next to the plan]
help-give-format = The output format (PDF unless the output's extension says otherwise)
help-give-how = How the copy is given
help-give-paper = { help-paper }
help-give-large-print = { help-large-print }
help-give-keep-paper = { help-keep-paper }
help-give-lang = { help-print-lang }

## `wrap copies`.
help-copies = List who holds a copy of the plan, which version, and whose copy is out of date (with what changed since); or record that someone no longer holds theirs
help-copies-plan = { help-plan-file }
help-copies-remove = Record that this person no longer holds their copy (given back or destroyed)
help-copies-document = With --remove: only their copy of this document
help-copies-on = With --remove: the day it happened [default: today]
help-copies-because = With --remove: what happened to the copy [default: returned]

## `wrap changes`.
help-changes = Show what changed in the plan, section by section and word by word
help-changes-plan = { help-plan-file }
help-changes-since = Since when: `review` (the last review; the default), a date, `copy NAME` (the copy NAME holds), or `version N`

## `wrap list`.
help-list = List the plans in a folder: whose, title, last and next review (overdue first) and copies out of date
help-list-folder = The folder [default: the current one]

## `wrap completions`.
help-completions = Print shell completions for wrap (bash, zsh, fish, powershell, elvish)
help-completions-shell = The shell

## `wrap man`.
help-man = Print wrap's manual page (roff), e.g. `wrap man > wrap.1`
