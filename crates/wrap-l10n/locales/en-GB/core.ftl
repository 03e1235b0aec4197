# What wrap-core says: why a file could not be read as a plan, why a plan is not valid, and
# why its history does not replay.

## Loading a plan file

load-too-large = the file is { $size } bytes, more than the { $most } bytes a plan may have
load-empty = the file is empty
load-not-text = the file is not UTF-8 text (it may be binary)
load-history = the plan's history does not replay: { $error }
load-copy-version = a copy names version { $version } of the plan, and its history has { $versions }
load-v1-field = unknown field `{ $field }`: format version 1 has none (it came with version 2; change `version` to 2)
load-unknown-field = unknown field `{ $field }` (check its spelling; fields for other tools belong under `extensions`)
load-unknown-field-in = unknown field `{ $field }` in { $path } (check its spelling; fields for other tools belong under `extensions`)
load-not-an-object = a plan is a JSON object, but this file holds { $found ->
        [array] an array
        [string] a string
        [boolean] true or false
        [null] null
       *[number] a number
    }
load-newer = this plan is format version { $found }, but this program reads versions up to { $current }: update the program to open it
load-other-format = `format` is { $found }, but a plan file has "{ $format }"
load-no-format = there is no `format` field; a plan file starts with "format": "{ $format }"
load-no-version = `version` must be a whole number such as { $current }
load-bad-version = `version` must be a whole number such as { $current }, but it is { $found }
load-field-twice = the field `{ $field }` appears twice in one object; keep one of them
load-array-for-record = expected an object (named fields in braces), found an array
load-at-line = line { $line }, column { $column }: { $message }
load-at-path = at { $path }: { $message }
date-not-iso = `{ $text }` is not a date written as YYYY-MM-DD (for example 2026-11-23)
date-no-such-day = `{ $text }` is not a day of the calendar

## What makes a plan invalid

validate-entry-empty = entry { $number } of "{ $part }" is empty: write something or remove it
validate-record-empty = entry { $number } of "{ $part }" is empty: fill it in or remove it
validate-record-missing = entry { $number } of "{ $part }" has no { $field }
validate-review-before-plan = the review on { $date } is before the plan was written ({ $created })
validate-next-review-before-plan = the next review ({ $next }) is before the plan was written ({ $created })
validate-not-a-part = "{ $path }" is not a part of a plan (parts are named like toolbox.using)
validate-listed-twice = "{ $path }" is listed twice
validate-answered-and-skipped = "{ $path }" is marked both answered and skipped: keep one
validate-reviews-order = reviews are kept oldest first, but { $later } comes after { $earlier }
validate-answer-too-long = this answer is { $length } characters long; an answer may be at most { $most }
validate-too-many-entries = the plan holds more than { $most } entries (lists, records, reviews and progress marks together), more than wrap works with

## A history that does not replay

history-error = version { $version }, { $path }: { $message }
history-no-such-part = a plan has no such part
history-removes-empty = removes a part that is already empty
history-no-such-list = changes entries of a list that is not there
history-past-the-end = replaces entries past the end of the list

## A language tag that is not one

language-tag-error = `{ $text }` is not a BCP 47 language tag: { $reason } (write a language and, if needed, a region, such as `cy`, `en-GB` or `es-419`)
language-tag-empty = it is empty
language-tag-too-long = it is too long
language-tag-parts = its parts are letters and digits joined by hyphens (`-`, not `_`)
language-tag-private = `x-` needs a subtag
language-tag-primary = it starts with a language of 2 or 3 letters
language-tag-variant-twice = it repeats a variant
language-tag-extension-twice = it repeats an extension
language-tag-extension-empty = an extension needs a subtag after its letter
language-tag-order = a part of it is not in BCP 47's order or form
