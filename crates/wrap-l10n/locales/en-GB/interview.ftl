# The interview's own words (`wrap new`, `wrap edit`, `wrap review`): hints, menus and
# messages. The commands (/skip, /back, /stop, /help) and the keys (Enter, Alt-Enter,
# Ctrl-J, Esc, Ctrl-C) are typed and pressed as they are in every language: keep them.

## Hints under the boxes.
interview-hint-text = Enter to go on, Alt-Enter or Ctrl-J for a new line  /skip  /back  /stop  /help
interview-hint-date = a date such as 31/10/2026, 3 December, today or in 3 months; Enter to go on  /skip  /back  /stop  /help
interview-hint-list = Enter on an empty line when done  /skip  /back  /stop  /help
interview-hint-field = Enter alone to leave it out  /back  /stop  /help
interview-hint-edit = Enter to keep what is shown  /back  /stop  /help
interview-hint-yes-no = y or n, then Enter  /back  /stop  /help
interview-hint-review = Enter to go on, Alt-Enter or Ctrl-J for a new line  /back  /stop  /help
interview-hint-language-tag = a tag such as ur, pa-Arab or es-419; Enter to go on  /skip  /back  /stop  /help
# After a yes-or-no question: what Enter alone gives, in capitals.
interview-default-yes = Y/n
interview-default-no = y/N

## Menus, at a terminal.
interview-menu-hint = arrows to move or type its number, Enter to pick, Esc to go back, Ctrl-C saves and stops
interview-menu-plain-hint = type a number from 1 to { $count }, then Enter; /back to go back, Ctrl-C saves and stops
interview-menu-more-above = ({ $count } more above)
interview-menu-more-below = ({ $count } more below)
interview-menu-typed = typed: { $text }
interview-menu-no-option = There is no option { $typed }.
interview-menu-plain-no-option = There is no option { $typed }. Please type a number from 1 to { $count }.
interview-menu-plain-type-number = Please type a number from 1 to { $count }.
# Shown after a box or menu left with Esc.
interview-back = (back)
interview-more-lines = -- { $count } more lines: Space or Enter for more, q to go on to the question --
interview-rest-left-out = (The rest is left out here; `wrap show` shows it all.)

## The commands.
interview-help-skip = leave this question for later
interview-help-back = go back to the previous question or entry (Esc does too)
interview-help-stop = save and stop; carry on later with: { $command }
interview-help-help = show this again
interview-help-slash = To write an answer that starts with /, start it with // instead. Ctrl-C also saves and stops; what is in the box is kept.
interview-unknown-command = { $word } is not a command here. The commands are /skip, /back, /stop and /help. To write an answer that starts with /, start it with //.
interview-pick-an-option = Please pick one of the options (arrows and Enter, or its number), or type /back, /skip, /stop or /help. "{ $typed }" is none of those.
interview-draft-back = (What was typed here before is back in the box.)
interview-answer-y-or-n = Please answer y or n, or /back to go back.

## Saving and stopping.
interview-save-failed = The plan could not be saved.
interview-save-failed-nothing-lost = Everything typed is still here: nothing is lost while you try again (free some space, or put the folder back, first).
interview-save-try-again = Try saving again
interview-save-stop-without = Stop without saving what was typed since the last save
interview-carry-on = To carry on another time: { $command }
interview-drafts-kept = Half-typed answers are kept too, and offered back when you carry on.
interview-saved-in = Saved in { $file }.
interview-stopped = Stopped. Everything typed so far is saved in { $file }.
interview-stopped-while-saving = stopped while saving

## Dates.
interview-date-said-back = That is { $spoken } ({ $date }).
interview-date-spoken = { $weekday } { $date }
interview-date-or-skip = { $error }. Or /skip to leave it for now.
interview-date-no-such-day = "{ $typed }" is not a day of the calendar
interview-date-not-understood = "{ $typed }" is not a date I can read: try 31/10/2026, 31 October 2026, 2026-10-31, today, tomorrow or in 3 months
interview-weekday-1 = Monday
interview-weekday-2 = Tuesday
interview-weekday-3 = Wednesday
interview-weekday-4 = Thursday
interview-weekday-5 = Friday
interview-weekday-6 = Saturday
interview-weekday-7 = Sunday

## `wrap new`.
interview-welcome =
    A new plan, saved in { $file } after every answer.
    Type an answer and press Enter. Nothing has to be answered today.
interview-already-holds = { $file } already holds a plan.
interview-already-holds-whose = { $file } already holds a plan ({ $owner }).
interview-carry-on-where = Carry on where we stopped: { $section }, { $part }
interview-go-to-section = Go to a section
interview-leave-for-now = Leave it for now
interview-what-next = What would you like to do?
interview-all-seen-what-next = Every question has been seen. What would you like to do?
interview-which-section = Which section?
interview-section-progress = { $section } ({ $written } of { $total } written)
interview-section-progress-all-seen = { $section } ({ $written } of { $total } written, all seen)
interview-section-title = { $section } (section { $number } of { $total })
interview-first-question = This is the first question.
interview-holds-now = Here is what "{ $section }" holds now:
interview-is-this-right = Is this right?
interview-right-next = It is right: on to the next section
interview-right-finish = It is right: finish
interview-change-here = Change something here
interview-save-stop = Save and stop for now
interview-end = That is the end of the questions. Your plan is saved in { $file }.
interview-second-look = Worth a second look:
interview-still-empty = { $count ->
    [one] { $count } part is
   *[other] { $count } parts are
} still empty. That is fine: fill them in whenever you are ready (`wrap check { $plan }` lists them, `wrap edit { $plan }` changes any part).
interview-all-filled = Every part is filled in.
interview-next-steps = Next: read it with `wrap show { $plan }`, or print it with `wrap export { $plan } -o plan.pdf`.
interview-written-so-far = Written so far:
interview-nothing-changed-use-edit = Nothing changed. To take an entry out, use `wrap edit`.
interview-lines-each-entry = That holds { $count } lines. Take each line as an entry of its own?
interview-entry-heading = { $part }, entry { $number }:
interview-answer-yes-or-no = Please answer yes or no, or press Enter to leave it out.
interview-needs-answer-stays = This one needs an answer, so it stays as "{ $answer }".

## The plan's language.
interview-language-question = In which language will you write this plan?
interview-language-other = Another language (type its tag)
interview-language-tag-question = Its language tag?
interview-language-not-a-tag = "{ $typed }" is not a language tag: a tag is a language of 2 or 3 letters, then a script or region if you like, joined by hyphens, such as ur, cy-GB or es-419.
interview-language-kept = The plan is written in { $tag }; the questions stay in this language.
interview-language-option = The plan's language: { $language }
interview-language-not-set = not set

## `wrap edit`.
interview-changing =
    Changing { $file }. Every change is saved as soon as it is made.
    In menus: arrows and Enter, Esc to go back. When typing: /back, /stop, /help.
interview-edit-saved = Your plan is saved in { $file }.
interview-finish-editing = Finish: nothing more to change
interview-part-empty = empty
interview-done-section = Done with this section
interview-which-part = { $section }: which part?
interview-remove-answer = Remove this answer?
interview-remove-date = Remove this date?
interview-none-of-these = None of these
interview-nothing-written = Nothing is written here yet.
interview-action-add = Add
interview-action-change = Change one
interview-action-remove = Remove one
interview-action-up = Move one up
interview-action-down = Move one down
interview-action-done = Done with this part
interview-one-per-box = One per box; an empty one when done.
interview-which-one = Which one?
interview-which-to-remove = Which one to remove?
interview-remove-entry = Remove "{ $entry }"?
interview-which-moves-up = Which one moves up?
interview-which-moves-down = Which one moves down?
interview-nothing-changed-remove = Nothing changed. To take an entry out, choose "Remove one".
interview-answer-yes-no-or-empty = Please answer yes or no, or leave it empty.
interview-needs-answer-as-was = This one needs an answer, so it stays as it was.

## `wrap review`.
interview-review-start =
    Recording a review of { $file }. { $last }{ $due }
    It is saved after every answer. When typing: /back, /stop, /help.
interview-last-reviewed = Last reviewed on { $date }.
interview-no-review-yet = No review recorded yet.
interview-next-due = { " " }Next review due { $date }.
interview-review-date = On what date is this review?
interview-review-needs-date = A review needs its date.
interview-review-who = Who took part? One name per line, with a role if you like; an empty line when done.
interview-review-taken-out = The review is taken out again.
interview-review-notes = Anything to note about this review? (Enter to leave it out)
interview-in-months = { $count ->
    [one] In { $count } month ({ $date })
   *[other] In { $count } months ({ $date })
}
interview-in-months-no-date = In { $count } months
interview-another-date = On another date
interview-leave-as-is = Leave it as it is ({ $date })
interview-no-date-for-now = No date for now
interview-when-next-review = When would you like the next review?
interview-on-what-date = On what date?
interview-next-review-due = The next review is due on { $date }.
interview-no-next-review = No next review date is set.
interview-review-recorded = Review of { $date } recorded in { $file }.
interview-no-earlier-review = There is no earlier review in the plan's history to compare with.
interview-history-cannot-show = The plan's history cannot show the last review.
interview-nothing-changed-since = Nothing in the plan has changed since the last review ({ $date }).
interview-changes-since = Changes since the last review ({ $date }), { $changes }:
