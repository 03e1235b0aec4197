# Geiriau'r cyfweliad ei hun (`wrap new`, `wrap edit`, `wrap review`): awgrymiadau, bwydlenni
# a negeseuon. Mae'r gorchmynion (/skip, /back, /stop, /help) a'r bysellau (Enter, Alt-Enter,
# Ctrl-J, Esc, Ctrl-C) yr un fath ym mhob iaith: cadwch nhw fel y maen nhw.

## Awgrymiadau o dan y blychau.
interview-hint-text = Enter i fynd ymlaen, Alt-Enter neu Ctrl-J am linell newydd  /skip  /back  /stop  /help
interview-hint-date = dyddiad fel 31/10/2026, 3 Rhagfyr, heddiw neu ymhen 3 mis; Enter i fynd ymlaen  /skip  /back  /stop  /help
interview-hint-list = Enter ar linell wag pan fyddwch chi wedi gorffen  /skip  /back  /stop  /help
interview-hint-field = Enter ar ei ben ei hun i'w adael allan  /back  /stop  /help
interview-hint-edit = Enter i gadw'r hyn sydd yno  /back  /stop  /help
interview-hint-yes-no = ie neu na, yna Enter  /back  /stop  /help
interview-hint-review = Enter i fynd ymlaen, Alt-Enter neu Ctrl-J am linell newydd  /back  /stop  /help
interview-hint-language-tag = tag fel ur, pa-Arab neu es-419; Enter i fynd ymlaen  /skip  /back  /stop  /help
# Ar ôl cwestiwn ie neu na: beth mae Enter ar ei ben ei hun yn ei roi, mewn priflythyren.
interview-default-yes = I/n
interview-default-no = i/N

## Bwydlenni, mewn terfynell.
interview-menu-hint = saethau i symud neu teipiwch ei rif, Enter i ddewis, Esc i fynd yn ôl, Ctrl-C i gadw a stopio
interview-menu-plain-hint = teipiwch rif o 1 i { $count }, yna Enter; /back i fynd yn ôl, Ctrl-C i gadw a stopio
interview-menu-more-above = ({ $count } arall uwchben)
interview-menu-more-below = ({ $count } arall isod)
interview-menu-typed = wedi teipio: { $text }
interview-menu-no-option = Does dim dewis { $typed }.
interview-menu-plain-no-option = Does dim dewis { $typed }. Teipiwch rif o 1 i { $count }, os gwelwch yn dda.
interview-menu-plain-type-number = Teipiwch rif o 1 i { $count }, os gwelwch yn dda.
# Ar ôl blwch neu fwydlen a adawyd gydag Esc.
interview-back = (yn ôl)
interview-more-lines = { $count ->
    [zero] -- { $count } llinell arall: Bylchwr neu Enter am fwy, q i fynd ymlaen at y cwestiwn --
    [one] -- { $count } llinell arall: Bylchwr neu Enter am fwy, q i fynd ymlaen at y cwestiwn --
    [two] -- { $count } linell arall: Bylchwr neu Enter am fwy, q i fynd ymlaen at y cwestiwn --
   *[other] -- { $count } llinell arall: Bylchwr neu Enter am fwy, q i fynd ymlaen at y cwestiwn --
}
interview-rest-left-out = (Mae'r gweddill wedi'i adael allan yma; mae `wrap show` yn dangos y cyfan.)

## Y gorchmynion.
interview-help-skip = gadael y cwestiwn hwn tan yn nes ymlaen
interview-help-back = mynd yn ôl at y cwestiwn neu'r cofnod blaenorol (mae Esc yn gwneud hyn hefyd)
interview-help-stop = cadw a stopio; gallwch chi barhau yn nes ymlaen gyda: { $command }
interview-help-help = dangos hyn eto
interview-help-slash = I ysgrifennu ateb sy'n dechrau gyda /, dechreuwch ef gyda // yn lle hynny. Mae Ctrl-C hefyd yn cadw ac yn stopio; mae'r hyn sydd yn y blwch yn cael ei gadw.
interview-unknown-command = Nid yw { $word } yn orchymyn yma. Y gorchmynion yw /skip, /back, /stop a /help. I ysgrifennu ateb sy'n dechrau gyda /, dechreuwch ef gyda //.
interview-pick-an-option = Dewiswch un o'r opsiynau (saethau ac Enter, neu ei rif), neu teipiwch /back, /skip, /stop neu /help. Nid yw "{ $typed }" yn un o'r rheini.
interview-draft-back = (Mae'r hyn a deipiwyd yma o'r blaen yn ôl yn y blwch.)
interview-answer-y-or-n = Atebwch ie neu na, neu /back i fynd yn ôl.

## Cadw a stopio.
interview-save-failed = Nid oedd modd cadw'r cynllun.
interview-save-failed-nothing-lost = Mae popeth a deipiwyd yma o hyd: does dim byd yn cael ei golli tra byddwch chi'n rhoi cynnig arall arni (rhyddhewch ychydig o le, neu rhowch y ffolder yn ôl, yn gyntaf).
interview-save-try-again = Rhoi cynnig arall ar gadw
interview-save-stop-without = Stopio heb gadw'r hyn a deipiwyd ers y tro diwethaf iddo gael ei gadw
interview-carry-on = I barhau rywbryd eto: { $command }
interview-drafts-kept = Mae atebion wedi'u hanner teipio yn cael eu cadw hefyd, a'u cynnig yn ôl pan fyddwch chi'n parhau.
interview-saved-in = Wedi'i gadw yn { $file }.
interview-stopped = Wedi stopio. Mae popeth a deipiwyd hyd yma wedi'i gadw yn { $file }.
interview-stopped-while-saving = wedi stopio wrth gadw

## Dyddiadau.
interview-date-said-back = Hynny yw { $spoken } ({ $date }).
interview-date-spoken = { $weekday } { $date }
interview-date-or-skip = { $error }. Neu /skip i'w adael am y tro.
interview-date-no-such-day = Nid yw "{ $typed }" yn ddiwrnod yn y calendr
interview-date-not-understood = Ni alla i ddarllen "{ $typed }" fel dyddiad: rhowch gynnig ar 31/10/2026, 31 Hydref 2026, 2026-10-31, heddiw, yfory neu ymhen 3 mis
interview-weekday-1 = Dydd Llun
interview-weekday-2 = Dydd Mawrth
interview-weekday-3 = Dydd Mercher
interview-weekday-4 = Dydd Iau
interview-weekday-5 = Dydd Gwener
interview-weekday-6 = Dydd Sadwrn
interview-weekday-7 = Dydd Sul

## `wrap new`.
interview-welcome =
    Cynllun newydd, wedi'i gadw yn { $file } ar ôl pob ateb.
    Teipiwch ateb a phwyso Enter. Does dim rhaid ateb dim byd heddiw.
interview-already-holds = Mae cynllun yn { $file } yn barod.
interview-already-holds-whose = Mae cynllun yn { $file } yn barod ({ $owner }).
interview-carry-on-where = Parhau o'r man lle gwnaethon ni stopio: { $section }, { $part }
interview-go-to-section = Mynd i adran
interview-leave-for-now = Ei adael am y tro
interview-what-next = Beth hoffech chi ei wneud?
interview-all-seen-what-next = Mae pob cwestiwn wedi'i weld. Beth hoffech chi ei wneud?
interview-which-section = Pa adran?
interview-section-progress = { $section } ({ $written } o { $total } wedi'u hysgrifennu)
interview-section-progress-all-seen = { $section } ({ $written } o { $total } wedi'u hysgrifennu, pob un wedi'i weld)
interview-section-title = { $section } (adran { $number } o { $total })
interview-first-question = Dyma'r cwestiwn cyntaf.
interview-holds-now = Dyma beth sydd yn "{ $section }" nawr:
interview-is-this-right = Ydy hyn yn iawn?
interview-right-next = Mae'n iawn: ymlaen i'r adran nesaf
interview-right-finish = Mae'n iawn: gorffen
interview-change-here = Newid rhywbeth yma
interview-save-stop = Cadw a stopio am y tro
interview-end = Dyna ddiwedd y cwestiynau. Mae eich cynllun wedi'i gadw yn { $file }.
interview-second-look = Gwerth cael ail olwg:
interview-still-empty = { $count ->
    [zero] Does dim rhan yn wag.
    [one] Mae { $count } rhan yn dal yn wag.
    [two] Mae { $count } ran yn dal yn wag.
   *[other] Mae { $count } rhan yn dal yn wag.
} Mae hynny'n iawn: llenwch nhw pryd bynnag y byddwch chi'n barod (mae `wrap check { $plan }` yn eu rhestru, mae `wrap edit { $plan }` yn newid unrhyw ran).
interview-all-filled = Mae pob rhan wedi'i llenwi.
interview-next-steps = Nesaf: darllenwch ef gyda `wrap show { $plan }`, neu argraffwch ef gyda `wrap export { $plan } -o plan.pdf`.
interview-written-so-far = Wedi'i ysgrifennu hyd yma:
interview-nothing-changed-use-edit = Does dim wedi newid. I dynnu cofnod allan, defnyddiwch `wrap edit`.
interview-lines-each-entry = { $count ->
    [two] Mae { $count } linell yn hwnna. Cymryd pob llinell fel cofnod ar ei phen ei hun?
   *[other] Mae { $count } llinell yn hwnna. Cymryd pob llinell fel cofnod ar ei phen ei hun?
}
interview-entry-heading = { $part }, cofnod { $number }:
interview-answer-yes-or-no = Atebwch ie neu na, neu pwyswch Enter i'w adael allan.
interview-needs-answer-stays = Mae angen ateb i'r un hwn, felly mae'n aros fel "{ $answer }".

## Iaith y cynllun.
interview-language-question = Ym mha iaith fyddwch chi'n ysgrifennu'r cynllun hwn?
interview-language-other = Iaith arall (teipiwch ei thag)
interview-language-tag-question = Tag yr iaith?
interview-language-not-a-tag = Nid yw "{ $typed }" yn dag iaith: iaith o 2 neu 3 llythyren yw tag, yna sgript neu ranbarth os hoffech chi, wedi'u cysylltu â chysylltnodau, fel ur, cy-GB neu es-419.
interview-language-kept = Mae'r cynllun wedi'i ysgrifennu yn { $tag }; mae'r cwestiynau'n aros yn yr iaith hon.
interview-language-option = Iaith y cynllun: { $language }
interview-language-not-set = heb ei gosod

## `wrap edit`.
interview-changing =
    Newid { $file }. Mae pob newid yn cael ei gadw cyn gynted ag y caiff ei wneud.
    Mewn bwydlenni: saethau ac Enter, Esc i fynd yn ôl. Wrth deipio: /back, /stop, /help.
interview-edit-saved = Mae eich cynllun wedi'i gadw yn { $file }.
interview-finish-editing = Gorffen: dim byd arall i'w newid
interview-part-empty = gwag
interview-done-section = Wedi gorffen gyda'r adran hon
interview-which-part = { $section }: pa ran?
interview-remove-answer = Tynnu'r ateb hwn?
interview-remove-date = Tynnu'r dyddiad hwn?
interview-none-of-these = Dim un o'r rhain
interview-nothing-written = Does dim wedi'i ysgrifennu yma eto.
interview-action-add = Ychwanegu
interview-action-change = Newid un
interview-action-remove = Tynnu un
interview-action-up = Symud un i fyny
interview-action-down = Symud un i lawr
interview-action-done = Wedi gorffen gyda'r rhan hon
interview-one-per-box = Un ym mhob blwch; un gwag pan fyddwch chi wedi gorffen.
interview-which-one = Pa un?
interview-which-to-remove = Pa un i'w dynnu?
interview-remove-entry = Tynnu "{ $entry }"?
interview-which-moves-up = Pa un sy'n symud i fyny?
interview-which-moves-down = Pa un sy'n symud i lawr?
interview-nothing-changed-remove = Does dim wedi newid. I dynnu cofnod allan, dewiswch "Tynnu un".
interview-answer-yes-no-or-empty = Atebwch ie neu na, neu gadewch ef yn wag.
interview-needs-answer-as-was = Mae angen ateb i'r un hwn, felly mae'n aros fel yr oedd.

## `wrap review`.
interview-review-start =
    Cofnodi adolygiad o { $file }. { $last }{ $due }
    Mae'n cael ei gadw ar ôl pob ateb. Wrth deipio: /back, /stop, /help.
interview-last-reviewed = Adolygwyd ddiwethaf ar { $date }.
interview-no-review-yet = Does dim adolygiad wedi'i gofnodi eto.
interview-next-due = { " " }Adolygiad nesaf erbyn { $date }.
interview-review-date = Ar ba ddyddiad mae'r adolygiad hwn?
interview-review-needs-date = Mae angen dyddiad ar adolygiad.
interview-review-who = Pwy gymerodd ran? Un enw ar bob llinell, gyda rôl os hoffech chi; llinell wag pan fyddwch chi wedi gorffen.
interview-review-taken-out = Mae'r adolygiad wedi'i dynnu allan eto.
interview-review-notes = Unrhyw beth i'w nodi am yr adolygiad hwn? (Enter i'w adael allan)
interview-in-months = { $count ->
    [one] Ymhen { $count } mis ({ $date })
    [two] Ymhen { $count } fis ({ $date })
   *[other] Ymhen { $count } mis ({ $date })
}
interview-in-months-no-date = { $count ->
    [two] Ymhen { $count } fis
   *[other] Ymhen { $count } mis
}
interview-another-date = Ar ddyddiad arall
interview-leave-as-is = Ei adael fel y mae ({ $date })
interview-no-date-for-now = Dim dyddiad am y tro
interview-when-next-review = Pryd hoffech chi'r adolygiad nesaf?
interview-on-what-date = Ar ba ddyddiad?
interview-next-review-due = Mae'r adolygiad nesaf erbyn { $date }.
interview-no-next-review = Does dim dyddiad wedi'i osod ar gyfer yr adolygiad nesaf.
interview-review-recorded = Mae adolygiad { $date } wedi'i gofnodi yn { $file }.
interview-no-earlier-review = Does dim adolygiad cynharach yn hanes y cynllun i gymharu ag ef.
interview-history-cannot-show = Ni all hanes y cynllun ddangos yr adolygiad diwethaf.
interview-nothing-changed-since = Does dim byd yn y cynllun wedi newid ers yr adolygiad diwethaf ({ $date }).
interview-changes-since = Newidiadau ers yr adolygiad diwethaf ({ $date }), { $changes }:
