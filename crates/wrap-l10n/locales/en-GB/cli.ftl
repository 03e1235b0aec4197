# What the `wrap` command says on the terminal: errors and their hints, notes, and what
# `wrap export`, `wrap give`, `wrap copies`, `wrap changes` and `wrap list` print.
# Command names, flags and file names (`wrap review`, --strict, .bak) stay as they are.
# $document is full, crisis or card; $how and $because name how a copy went and ended.

## Errors about a plan that cannot be loaded.
error-history = { $file }: history[{ $index }]: the plan's history does not replay: { $error }
error-history-hint = the history was changed by hand: put back the backup (`.bak`) or that version
error-not-json = { $file }:{ $place }: not valid JSON: { $error }
error-newer-version-hint = a newer version of wrap wrote this file; install it to open the plan
error-wrong-file-hint = is this the right file? A plan is a JSON file made by `wrap new`
error-fix-hint = fix the file at that place in a text editor
error-fix-or-backup-hint = fix the file at that place in a text editor, or go back to the backup { $backup }

## Reading and writing files.
file-cannot-read = { $file }: cannot read the plan: { $reason }
file-not-found-hint = check the file name; `wrap new { $file }` starts a new plan
file-permission-hint = ask whoever owns the file, or check its permissions
file-pipe-hint = start the program that writes to the pipe first, or give the plan's .json file
file-is-folder = { $file }: this is a folder, not a plan file
file-is-folder-hint = name the plan's .json file inside it
file-too-large = { $file }: the file is larger than a plan may be ({ $most } MiB at most; this one is at least { $size } MiB)
file-over-limits-hint = is this the right file? A plan this large is not one a person wrote (a plan may hold { $entries } entries, and { $characters } characters in one answer)
file-no-such-file = there is no such file
file-permission-denied = permission denied
file-too-many-links = too many symbolic links in a row
file-no-file-name = the path does not name a file
file-folder-not-file = { $file }: this is a folder; give a file name
file-folder-not-file-hint = name a .json file, inside the folder or beside it
file-not-regular = { $file }: this is not a regular file (a device, a pipe or a socket), so it cannot hold a plan
file-not-regular-hint = name a .json file in a folder
file-read-only = { $file }: this file is read-only, so wrap leaves it as it is
file-read-only-hint = to change it, make it writable first (for example `chmod u+w { $file }`), or choose another file
file-keeps-backup = { $file }: this is where wrap keeps the backup of { $plan }, so it is not written over
file-keeps-lock = { $file }: this is where wrap keeps the lock of { $plan }, so it is not written over
file-choose-another-name = choose another file name
file-cannot-save-in-folder = { $file }: changes could not be saved: no file can be made in its folder ({ $reason })
file-cannot-save-in-folder-hint = check that you may write in that folder, or copy the plan somewhere you may
file-pipe-nobody = it is a named pipe and nothing opened its other end within { $count ->
        [one] { $count } second
       *[other] { $count } seconds
    }
file-could-not = { $file }: could not { $action }: { $reason }; the previous file, if any, is unchanged
file-action-find-folder = find its folder
file-action-open = open it
file-action-write = write
file-action-look = look at it
file-action-make-temporary = create a file in its folder
file-action-flush = flush to disk
file-action-replace = replace the file
file-action-create = create the file
file-cannot-keep-backup = { $file }: could not read the previous version to keep it as a backup: { $reason }
output-cannot-write = could not write to standard output: { $reason }

## One writer per plan.
lock-cannot-open = { $file }: cannot open the plan for writing: { $reason }
lock-cannot-open-hint = check that the folder exists and that you may write in it
lock-plan-busy = { $file }: this plan is already open in another `wrap` (new, edit or review)
lock-plan-busy-hint = finish or close the other one first; two at once could overwrite each other's answers
lock-hard-links = { $file } has { $count ->
        [one] { $count } name
       *[other] { $count } names
    } (hard links); saving replaces the file under this name only, so the other names keep the version from before. A symbolic link follows every save.
lock-cannot-lock = { $file }: cannot lock the file for writing: { $reason }; the previous file, if any, is unchanged
lock-file-busy = { $file }: this file is open in another `wrap` (new, edit or review); nothing was written
lock-file-busy-hint = finish or close the other one first, or choose another file

## `wrap export` and `wrap template`.
export-format-hint = add --format pdf|json|markdown|fhir|vcard|ics, or -o FILE ending in .pdf, .json, .md, .fhir.json, .vcf or .ics
export-format-unknown = { $file }: cannot tell the format from this file name
export-no-format = no format given for standard output
export-document-not-for = --document { $document } is not available for { $format } export
export-document-not-for-hint = `crisis` and `card` are for PDF and Markdown: add --format pdf or --format markdown
export-print-not-for = --paper, --large-print and --keep-paper are for PDF, not { $format } export
export-print-not-for-hint = add --format pdf, or leave them out
export-pdf-to-terminal = a PDF is not for reading in a terminal, and standard output is one
export-pdf-to-terminal-hint = add -o FILE.pdf, or send it on: `wrap export PLAN -o - | lp`
export-leave-out-not-for = --leave-out-empty is for PDF and Markdown, not { $format } export
export-leave-out-not-for-hint = add --format pdf or --format markdown, or leave it out
export-is-the-plan = { $file }: this is the plan itself; an export never overwrites its input
export-is-the-plan-hint = choose another output file
export-wrote = Wrote { $file }
export-template-failed = could not make the template: { $error }
export-not-agreed = { $file }: { $name } has not agreed to be listed, so is left out of { $document ->
        [card] the pocket card
       *[crisis] the crisis plan
    }
export-a-supporter = a supporter
export-large-print-card = the large-print pocket card is { $large } ({ $normal } on normal print), to keep the text large
export-crisis-larger-sheet = { $file }: in large print, what is urgent does not fit on one side of { $paper }, so the crisis plan is on { $sheet }: print it on { $sheet } paper, as it is, or its first page will come out smaller
export-crisis-larger-sheet-hint = to print it on { $paper } instead, with what is urgent running on to page 2, add --keep-paper
export-crisis-urgent-overflows = { $file }: what is urgent in the crisis plan is too long for its first page, so some of it goes on to page 2
export-card-part-left-out = { $left } of { $total } entries of "{ $part }"
export-card-left-out = { $file }: the pocket card has room for one side only, so it leaves out { $parts }; they are in the full plan
export-pdf-failed = { $file }: could not make the PDF: { $error }
export-no-review-date = { $file }: the plan has no next review date, so there is nothing to remind you of
export-no-review-date-hint = set one with `wrap review { $file }`

## `wrap give` and `wrap copies`: who holds which copy.
copies-which = the { $document ->
        [full] full plan
        [card] pocket card
       *[crisis] crisis plan
    }, version { $version }
copies-which-dated = the { $document ->
        [full] full plan
        [card] pocket card
       *[crisis] crisis plan
    }, version { $version } of { $date }
copies-needs-name = --to needs the name of who the copy is for
copies-needs-name-hint = e.g. --to "Dafydd (brother)"
copies-recorded = Recorded in { $file }: { $name } holds { $which } (given { $date }).
copies-older-replaced = Their older copy (version { $version }) is marked as replaced: ask them to give it back or destroy it.
copies-remind = the { $document ->
        [full] full plan
        [card] pocket card
       *[crisis] crisis plan
    } has changed since these people were given their copy:
copies-remind-holder = { $name } holds version { $version } (given { $date }): give them this one with `wrap give { $file } --to "{ $name }" --document { $document }`
copies-remind-see = (`wrap copies { $file }` shows what changed for each)
copies-none = No copies of { $file } are recorded.
copies-none-hint = Record one as you give it: `wrap give { $file } --to NAME --document crisis`
copies-heading = Copies of { $file } (the plan is at version { $version })
copies-heading-saved = Copies of { $file } (the plan is at version { $version }, saved { $date })
copies-given = { $name }: { $which }, given { $date }
copies-given-how = { $name }: { $which }, given { $date }, { $how ->
        [printed] printed
        [emailed] e-mailed
        [posted] posted
        [messaged] sent in a message
       *[file] given as a file
    }
copies-out-of-date = OUT OF DATE ({ $count }): give them the new one, and ask for the old one back
copies-changed-since = Changed since their copy, { $changes }:
copies-up-to-date = Up to date ({ $count }):
copies-no-longer-held = No longer held ({ $count }):
copies-ended = { $given }; { $because ->
        [replaced] replaced by a newer copy
        [destroyed] destroyed
       *[returned] given back
    } { $date }
copies-on-hint = e.g. --on 2026-11-23 or --on today
copies-holds-none = { $file }: { $name } holds no copy of this plan
copies-holds-none-of = { $file }: { $name } holds no copy of the { $document ->
        [full] full plan
        [card] pocket card
       *[crisis] crisis plan
    } of this plan
copies-nobody-holds = nobody holds a copy now
copies-holders = those who hold one: { $names }
copies-removed = Recorded in { $file }: { $name } no longer holds their { $count ->
        [one] copy
       *[other] copies
    } ({ $because ->
        [destroyed] destroyed
       *[returned] given back
    } on { $date }).

## `wrap changes`, and the changes `wrap copies` shows.
changes-legend = (+ added, - removed, ~ changed: [-words taken out-] {"{"}+words put in+{"}"})
changes-none = No changes.
changes-count = { $changes } in { $parts }
changes-count-changes = { $count ->
        [one] { $count } change
       *[other] { $count } changes
    }
changes-count-parts = { $count ->
        [one] { $count } part
       *[other] { $count } parts
    }
changes-since-unknown = --since { $since }: not a point in the plan's history
changes-since-hint = --since review, --since DATE (e.g. 2026-03-01), --since copy NAME or --since version N
changes-since-forms = { $error }; use review, a date, copy NAME or version N
changes-last-review = the last review
changes-first-version = the first version (no review is recorded yet)
changes-no-review = { $file }: no review is recorded in the plan's history yet
changes-no-review-hint = record one with `wrap review { $file }`
changes-copy-of = { $name }'s copy of the { $document ->
        [full] full plan
        [card] pocket card
       *[crisis] crisis plan
    }
changes-no-such-copy = { $file }: no copy given to { $name } is recorded
changes-no-copies-hint = no copies are recorded: `wrap give` records them
changes-copies-given-to = copies were given to: { $names }
changes-version = version { $version }
changes-versions-are = --since version { $number }: the plan has versions 1 to { $count }
changes-from-version = version { $version } of { $date }, { $what }
changes-from-start = { $what }, before the plan's history starts
changes-heading = Changes in { $file } since { $from }, to now (version { $version }):

## `wrap list`: the plans in a folder.
list-cannot-read = { $folder }: cannot list this folder: { $reason }
list-none = No plans in { $folder }. Start one with `wrap new`.
list-heading = Plans in { $folder } ({ $count }), overdue reviews first:
list-no-title = (no title)
list-whose-not-written = whose plan is not written
list-whose = { $owner }'s plan
list-last-reviewed = last reviewed { $date }
list-never-reviewed = never reviewed
list-overdue = OVERDUE: next review was due { $date } ({ $days ->
        [one] { $days } day
       *[other] { $days } days
    } ago)
list-next-review = next review due { $date }
list-no-next-review = no next review set
list-holder = { $name } ({ $document ->
        [full] full plan
        [card] pocket card
       *[crisis] crisis plan
    })
list-copies-out-of-date = Copies out of date: { $names } (`wrap copies { $file }`)
list-not-read = Not read:

## `wrap man`.
manual-failed = could not make the manual page: { $error }

# Errors in what the command line gives: a language or a section it does not know.
cli-unknown-language = `{ $tag }` is a language wrap has no words in yet; it has: { $known }
cli-unknown-section = `{ $name }` is not a section; the sections are: about, toolbox, daily, triggers, early-warning-signs, breaking-down, crisis, post-crisis

# When the interview cannot start: no terminal to ask in.
cli-needs-terminal = `wrap { $command }` asks questions, so it needs a terminal, and standard input is not one
cli-needs-terminal-hint = without a terminal: change the plan in a text editor (it is plain JSON; `wrap schema` describes it), then `wrap check { $file }`, `wrap show { $file }` or `wrap export { $file }`
cli-terminal-failed = could not set up the terminal for typing: { $error }
cli-terminal-failed-hint = run it in a terminal window, or use --plain
