# What wrap-core says: why a file could not be read as a plan, why a plan is not valid, and
# why its history does not replay.

## Loading a plan file

load-too-large = mae'r ffeil yn { $size } beit, mwy na'r { $most } beit a gaiff cynllun fod
load-empty = mae'r ffeil yn wag
load-not-text = nid testun UTF-8 yw'r ffeil (efallai ei bod yn ddeuaidd)
load-history = nid oes modd ailchwarae hanes y cynllun: { $error }
load-copy-version = mae copi'n enwi fersiwn { $version } o'r cynllun, ac mae gan ei hanes { $versions }
load-v1-field = maes anhysbys `{ $field }`: does dim un gan fersiwn 1 y fformat (daeth gyda fersiwn 2; newidiwch `version` i 2)
load-unknown-field = maes anhysbys `{ $field }` (gwiriwch ei sillafu; mae meysydd ar gyfer offer eraill yn perthyn o dan `extensions`)
load-unknown-field-in = maes anhysbys `{ $field }` yn { $path } (gwiriwch ei sillafu; mae meysydd ar gyfer offer eraill yn perthyn o dan `extensions`)
load-not-an-object = gwrthrych JSON yw cynllun, ond mae'r ffeil hon yn dal { $found ->
        [array] arae
        [string] llinyn
        [boolean] true neu false
        [null] null
       *[number] rhif
    }
load-newer = mae'r cynllun hwn yn fersiwn { $found } o'r fformat, ond mae'r rhaglen hon yn darllen fersiynau hyd at { $current }: diweddarwch y rhaglen i'w agor
load-other-format = mae `format` yn { $found }, ond mae gan ffeil cynllun "{ $format }"
load-no-format = does dim maes `format`; mae ffeil cynllun yn dechrau gyda "format": "{ $format }"
load-no-version = rhaid i `version` fod yn rhif cyfan fel { $current }
load-bad-version = rhaid i `version` fod yn rhif cyfan fel { $current }, ond { $found } yw e
load-field-twice = mae'r maes `{ $field }` yno ddwywaith mewn un gwrthrych; cadwch un ohonyn nhw
load-array-for-record = roedd disgwyl gwrthrych (meysydd ag enwau rhwng cromfachau cyrliog), ond cafwyd arae
load-at-line = llinell { $line }, colofn { $column }: { $message }
load-at-path = yn { $path }: { $message }
date-not-iso = nid dyddiad wedi'i ysgrifennu fel BBBB-MM-DD yw `{ $text }` (er enghraifft 2026-11-23)
date-no-such-day = nid yw `{ $text }` yn ddiwrnod yn y calendr

## What makes a plan invalid

validate-entry-empty = mae cofnod { $number } o "{ $part }" yn wag: ysgrifennwch rywbeth neu dilëwch e
validate-record-empty = mae cofnod { $number } o "{ $part }" yn wag: llenwch e neu dilëwch e
validate-record-missing = does dim { $field } gan gofnod { $number } o "{ $part }"
validate-review-before-plan = mae'r adolygiad ar { $date } cyn i'r cynllun gael ei ysgrifennu ({ $created })
validate-next-review-before-plan = mae'r adolygiad nesaf ({ $next }) cyn i'r cynllun gael ei ysgrifennu ({ $created })
validate-not-a-part = nid yw "{ $path }" yn rhan o gynllun (mae enwau rhannau fel toolbox.using)
validate-listed-twice = mae "{ $path }" wedi'i restru ddwywaith
validate-answered-and-skipped = mae "{ $path }" wedi'i nodi wedi'i ateb ac wedi'i hepgor: cadwch un
validate-reviews-order = caiff adolygiadau eu cadw o'r hynaf, ond mae { $later } yn dod ar ôl { $earlier }
validate-answer-too-long = mae'r ateb hwn yn { $length } nod o hyd; gall ateb fod yn { $most } nod ar y mwyaf
validate-too-many-entries = mae'r cynllun yn dal mwy na { $most } cofnod (rhestrau, cofnodion, adolygiadau a marciau cynnydd gyda'i gilydd), mwy nag y mae wrap yn gweithio ag e

## A history that does not replay

history-error = fersiwn { $version }, { $path }: { $message }
history-no-such-part = does dim rhan o'r fath gan gynllun
history-removes-empty = mae'n dileu rhan sydd eisoes yn wag
history-no-such-list = mae'n newid cofnodion rhestr nad yw yno
history-past-the-end = mae'n disodli cofnodion y tu hwnt i ddiwedd y rhestr

## A language tag that is not one

language-tag-error = nid yw `{ $text }` yn dag iaith BCP 47: { $reason } (ysgrifennwch iaith ac, os oes angen, rhanbarth, fel `cy`, `en-GB` neu `es-419`)
language-tag-empty = mae'n wag
language-tag-too-long = mae'n rhy hir
language-tag-parts = llythrennau a digidau wedi'u cysylltu â chysylltnodau yw ei rannau (`-`, nid `_`)
language-tag-private = mae angen is-dag ar ôl `x-`
language-tag-primary = mae'n dechrau gydag iaith o 2 neu 3 llythyren
language-tag-variant-twice = mae'n ailadrodd amrywiad
language-tag-extension-twice = mae'n ailadrodd estyniad
language-tag-extension-empty = mae angen is-dag ar estyniad ar ôl ei lythyren
language-tag-order = nid yw rhan ohono yn nhrefn neu ffurf BCP 47
