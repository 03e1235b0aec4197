# Beth mae'r gorchymyn `wrap` yn ei ddweud ar y derfynell: gwallau a'u hawgrymiadau, nodiadau, a
# beth mae `wrap export`, `wrap give`, `wrap copies`, `wrap changes` a `wrap list` yn ei argraffu.
# Mae enwau gorchmynion, opsiynau ac enwau ffeiliau (`wrap review`, --strict, .bak) yn aros fel y maen nhw.
# $document is full, crisis or card; $how and $because name how a copy went and ended.

## Gwallau am gynllun nad oes modd ei agor.
error-history = { $file }: history[{ $index }]: nid oes modd ailchwarae hanes y cynllun: { $error }
error-history-hint = cafodd yr hanes ei newid â llaw: rhowch y copi wrth gefn (`.bak`) neu'r fersiwn honno yn ôl
error-not-json = { $file }:{ $place }: nid yw'n JSON dilys: { $error }
error-newer-version-hint = fersiwn mwy newydd o wrap ysgrifennodd y ffeil hon; gosodwch hi i agor y cynllun
error-wrong-file-hint = ai dyma'r ffeil gywir? Ffeil JSON wedi'i gwneud gan `wrap new` yw cynllun
error-fix-hint = cywirwch y ffeil yn y man hwnnw mewn golygydd testun
error-fix-or-backup-hint = cywirwch y ffeil yn y man hwnnw mewn golygydd testun, neu ewch yn ôl at y copi wrth gefn { $backup }

## Darllen ac ysgrifennu ffeiliau.
file-cannot-read = { $file }: nid oes modd darllen y cynllun: { $reason }
file-not-found-hint = gwiriwch enw'r ffeil; mae `wrap new { $file }` yn dechrau cynllun newydd
file-permission-hint = gofynnwch i bwy bynnag biau'r ffeil, neu gwiriwch ei chaniatâd
file-pipe-hint = dechreuwch y rhaglen sy'n ysgrifennu i'r bibell yn gyntaf, neu rhowch ffeil .json y cynllun
file-is-folder = { $file }: ffolder yw hon, nid ffeil cynllun
file-is-folder-hint = enwch ffeil .json y cynllun sydd y tu mewn iddi
file-too-large = { $file }: mae'r ffeil yn fwy nag y gall cynllun fod ({ $most } MiB ar y mwyaf; mae hon o leiaf { $size } MiB)
file-over-limits-hint = ai dyma'r ffeil gywir? Nid yw cynllun mor fawr â hyn yn un a ysgrifennodd rhywun (gall cynllun ddal { $entries } cofnod, a { $characters } nod mewn un ateb)
file-no-such-file = does dim ffeil o'r fath
file-permission-denied = dim caniatâd
file-too-many-links = gormod o ddolenni symbolaidd yn olynol
file-no-file-name = nid yw'r llwybr yn enwi ffeil
file-folder-not-file = { $file }: ffolder yw hon; rhowch enw ffeil
file-folder-not-file-hint = enwch ffeil .json, y tu mewn i'r ffolder neu wrth ei hochr
file-not-regular = { $file }: nid ffeil gyffredin yw hon (dyfais, pibell neu soced), felly ni all ddal cynllun
file-not-regular-hint = enwch ffeil .json mewn ffolder
file-read-only = { $file }: ffeil darllen yn unig yw hon, felly mae wrap yn ei gadael fel y mae
file-read-only-hint = i'w newid, gwnewch hi'n ysgrifenadwy yn gyntaf (er enghraifft `chmod u+w { $file }`), neu dewiswch ffeil arall
file-keeps-backup = { $file }: dyma lle mae wrap yn cadw copi wrth gefn { $plan }, felly nid yw'n ysgrifennu drosto
file-keeps-lock = { $file }: dyma lle mae wrap yn cadw clo { $plan }, felly nid yw'n ysgrifennu drosto
file-choose-another-name = dewiswch enw ffeil arall
file-cannot-save-in-folder = { $file }: nid oedd modd cadw'r newidiadau: nid oes modd gwneud ffeil yn ei ffolder ({ $reason })
file-cannot-save-in-folder-hint = gwiriwch fod gennych chi hawl i ysgrifennu yn y ffolder honno, neu copïwch y cynllun i rywle lle mae gennych chi hawl
file-pipe-nobody = pibell wedi'i henwi yw hi, ac ni agorodd dim byd ei phen arall o fewn { $count ->
        [zero] { $count } eiliad
        [one] { $count } eiliad
        [two] { $count } eiliad
        [few] { $count } eiliad
        [many] { $count } eiliad
       *[other] { $count } eiliad
    }
file-could-not = { $file }: nid oedd modd { $action }: { $reason }; mae'r ffeil flaenorol, os oes un, heb ei newid
file-action-find-folder = dod o hyd i'w ffolder
file-action-open = ei hagor
file-action-write = ysgrifennu
file-action-look = edrych arni
file-action-make-temporary = creu ffeil yn ei ffolder
file-action-flush = ei chadw ar y ddisg
file-action-replace = cymryd lle'r ffeil
file-action-create = creu'r ffeil
file-cannot-keep-backup = { $file }: nid oedd modd darllen y fersiwn flaenorol i'w chadw fel copi wrth gefn: { $reason }
output-cannot-write = nid oedd modd ysgrifennu i'r allbwn safonol: { $reason }

## Un ysgrifennwr i bob cynllun.
lock-cannot-open = { $file }: nid oes modd agor y cynllun i ysgrifennu ynddo: { $reason }
lock-cannot-open-hint = gwiriwch fod y ffolder yn bodoli a bod gennych chi hawl i ysgrifennu ynddi
lock-plan-busy = { $file }: mae'r cynllun hwn eisoes ar agor mewn `wrap` arall (new, edit neu review)
lock-plan-busy-hint = gorffennwch neu caewch yr un arall yn gyntaf; gallai dau ar unwaith ysgrifennu dros atebion ei gilydd
lock-hard-links = mae gan { $file } { $count ->
        [zero] { $count } enw
        [one] { $count } enw
        [two] { $count } enw
        [few] { $count } enw
        [many] { $count } enw
       *[other] { $count } enw
    } (dolenni caled); mae cadw yn cymryd lle'r ffeil o dan yr enw hwn yn unig, felly mae'r enwau eraill yn cadw'r fersiwn o'r blaen. Mae dolen symbolaidd yn dilyn pob cadw.
lock-cannot-lock = { $file }: nid oes modd cloi'r ffeil i ysgrifennu ynddi: { $reason }; mae'r ffeil flaenorol, os oes un, heb ei newid
lock-file-busy = { $file }: mae'r ffeil hon ar agor mewn `wrap` arall (new, edit neu review); ni ysgrifennwyd dim
lock-file-busy-hint = gorffennwch neu caewch yr un arall yn gyntaf, neu dewiswch ffeil arall

## `wrap export` a `wrap template`.
export-format-hint = ychwanegwch --format pdf|json|markdown|fhir|vcard|ics, neu -o FFEIL sy'n gorffen gyda .pdf, .json, .md, .fhir.json, .vcf neu .ics
export-format-unknown = { $file }: nid oes modd gwybod y fformat o enw'r ffeil hon
export-no-format = does dim fformat wedi'i roi ar gyfer yr allbwn safonol
export-document-not-for = nid yw --document { $document } ar gael i allforio { $format }
export-document-not-for-hint = mae `crisis` a `card` ar gyfer PDF a Markdown: ychwanegwch --format pdf neu --format markdown
export-print-not-for = mae --paper, --large-print a --keep-paper ar gyfer PDF, nid i allforio { $format }
export-print-not-for-hint = ychwanegwch --format pdf, neu gadewch nhw allan
export-pdf-to-terminal = nid yw PDF i'w ddarllen mewn terfynell, a therfynell yw'r allbwn safonol
export-pdf-to-terminal-hint = ychwanegwch -o FFEIL.pdf, neu anfonwch ef ymlaen: `wrap export PLAN -o - | lp`
export-leave-out-not-for = mae --leave-out-empty ar gyfer PDF a Markdown, nid i allforio { $format }
export-leave-out-not-for-hint = ychwanegwch --format pdf neu --format markdown, neu gadewch ef allan
export-is-the-plan = { $file }: dyma'r cynllun ei hun; nid yw allforio byth yn ysgrifennu dros ei ffynhonnell
export-is-the-plan-hint = dewiswch ffeil allbwn arall
export-wrote = Ysgrifennwyd { $file }
export-template-failed = nid oedd modd gwneud y templed: { $error }
export-not-agreed = { $file }: nid yw { $name } wedi cytuno i gael ei restru, felly mae'n cael ei adael allan o'r { $document ->
        [card] cerdyn poced
       *[crisis] cynllun argyfwng
    }
export-a-supporter = cefnogwr
export-large-print-card = mae'r cerdyn poced print bras yn { $large } ({ $normal } mewn print arferol), i gadw'r testun yn fawr
export-crisis-larger-sheet = { $file }: mewn print bras, nid yw'r hyn sy'n fater brys yn ffitio ar un ochr { $paper }, felly mae'r cynllun argyfwng ar { $sheet }: argraffwch ef ar bapur { $sheet }, fel y mae, neu fe ddaw ei dudalen gyntaf allan yn llai
export-crisis-larger-sheet-hint = i'w argraffu ar { $paper } yn lle hynny, gyda'r hyn sy'n fater brys yn mynd ymlaen i dudalen 2, ychwanegwch --keep-paper
export-crisis-urgent-overflows = { $file }: mae'r hyn sy'n fater brys yn y cynllun argyfwng yn rhy hir i'w dudalen gyntaf, felly mae peth ohono'n mynd ymlaen i dudalen 2
export-card-part-left-out = { $left } o { $total ->
        [zero] { $total } cofnod
        [one] { $total } cofnod
        [two] { $total } gofnod
        [few] { $total } chofnod
        [many] { $total } chofnod
       *[other] { $total } cofnod
    } "{ $part }"
export-card-left-out = { $file }: dim ond un ochr sydd ar y cerdyn poced, felly mae'n gadael allan { $parts }; maen nhw yn y cynllun llawn
export-pdf-failed = { $file }: nid oedd modd gwneud y PDF: { $error }
export-no-review-date = { $file }: does dim dyddiad ar gyfer yr adolygiad nesaf yn y cynllun, felly does dim i'ch atgoffa amdano
export-no-review-date-hint = gallwch chi osod un gyda `wrap review { $file }`

## `wrap give` a `wrap copies`: pwy sydd â pha gopi.
copies-which = y { $document ->
        [full] cynllun llawn
        [card] cerdyn poced
       *[crisis] cynllun argyfwng
    }, fersiwn { $version }
copies-which-dated = y { $document ->
        [full] cynllun llawn
        [card] cerdyn poced
       *[crisis] cynllun argyfwng
    }, fersiwn { $version } o { $date }
copies-needs-name = mae angen enw'r person y mae'r copi ar ei gyfer ar --to
copies-needs-name-hint = e.e. --to "Dafydd (brawd)"
copies-recorded = Wedi'i gofnodi yn { $file }: mae gan { $name } { $which } (wedi'i roi { $date }).
copies-older-replaced = Mae eu copi hŷn (fersiwn { $version }) wedi'i nodi fel un y cymerwyd ei le: gallech chi ofyn iddyn nhw ei roi yn ôl neu ei ddinistrio.
copies-remind = mae'r { $document ->
        [full] cynllun llawn
        [card] cerdyn poced
       *[crisis] cynllun argyfwng
    } wedi newid ers i'r bobl hyn gael eu copi:
copies-remind-holder = mae gan { $name } fersiwn { $version } (wedi'i roi { $date }): gallwch chi roi'r un hwn iddyn nhw gyda `wrap give { $file } --to "{ $name }" --document { $document }`
copies-remind-see = (mae `wrap copies { $file }` yn dangos beth newidiodd i bob un)
copies-none = Does dim copïau o { $file } wedi'u cofnodi.
copies-none-hint = Gallwch chi gofnodi un wrth ei roi: `wrap give { $file } --to NAME --document crisis`
copies-heading = Copïau o { $file } (mae'r cynllun ar fersiwn { $version })
copies-heading-saved = Copïau o { $file } (mae'r cynllun ar fersiwn { $version }, wedi'i gadw { $date })
copies-given = { $name }: { $which }, rhoddwyd { $date }
copies-given-how = { $name }: { $which }, rhoddwyd { $date }, { $how ->
        [printed] wedi'i argraffu
        [emailed] drwy e-bost
        [posted] drwy'r post
        [messaged] mewn neges
       *[file] fel ffeil
    }
copies-out-of-date = WEDI DYDDIO ({ $count }): gallwch chi roi'r un newydd iddyn nhw, a gofyn am yr hen un yn ôl
copies-changed-since = Wedi newid ers eu copi nhw, { $changes }:
copies-up-to-date = Yn gyfredol ({ $count }):
copies-no-longer-held = Ddim gan neb mwyach ({ $count }):
copies-ended = { $given }; { $because ->
        [replaced] cymerodd copi mwy newydd ei le
        [destroyed] dinistriwyd
       *[returned] rhoddwyd yn ôl
    } { $date }
copies-on-hint = e.e. --on 2026-11-23 neu --on today
copies-holds-none = { $file }: does gan { $name } ddim copi o'r cynllun hwn
copies-holds-none-of = { $file }: does gan { $name } ddim copi o'r { $document ->
        [full] cynllun llawn
        [card] cerdyn poced
       *[crisis] cynllun argyfwng
    } o'r cynllun hwn
copies-nobody-holds = does gan neb gopi ar hyn o bryd
copies-holders = y rhai sydd ag un: { $names }
copies-removed = Wedi'i gofnodi yn { $file }: nid yw { $name } yn cadw'r { $count ->
        [zero] copïau
        [one] copi
        [two] copïau
        [few] copïau
        [many] copïau
       *[other] copïau
    } mwyach ({ $because ->
        [destroyed] dinistriwyd
       *[returned] rhoddwyd yn ôl
    } ar { $date }).

## `wrap changes`, a'r newidiadau mae `wrap copies` yn eu dangos.
changes-legend = (+ wedi'i ychwanegu, - wedi'i dynnu, ~ wedi newid: [-geiriau wedi'u tynnu-] {"{"}+geiriau wedi'u rhoi i mewn+{"}"})
changes-none = Dim newidiadau.
changes-count = { $changes } mewn { $parts }
changes-count-changes = { $count ->
        [zero] { $count } newid
        [one] { $count } newid
        [two] { $count } newid
        [few] { $count } newid
        [many] { $count } newid
       *[other] { $count } newid
    }
changes-count-parts = { $count ->
        [zero] { $count } rhan
        [one] { $count } rhan
        [two] { $count } ran
        [few] { $count } rhan
        [many] { $count } rhan
       *[other] { $count } rhan
    }
changes-since-unknown = --since { $since }: nid yw'n bwynt yn hanes y cynllun
changes-since-hint = --since review, --since DYDDIAD (e.e. 2026-03-01), --since copy ENW neu --since version N
changes-since-forms = { $error }; defnyddiwch review, dyddiad, copy ENW neu version N
changes-last-review = yr adolygiad diwethaf
changes-first-version = y fersiwn gyntaf (does dim adolygiad wedi'i gofnodi eto)
changes-no-review = { $file }: does dim adolygiad wedi'i gofnodi yn hanes y cynllun eto
changes-no-review-hint = gallwch chi gofnodi un gyda `wrap review { $file }`
changes-copy-of = copi { $name } o'r { $document ->
        [full] cynllun llawn
        [card] cerdyn poced
       *[crisis] cynllun argyfwng
    }
changes-no-such-copy = { $file }: does dim copi wedi'i roi i { $name } wedi'i gofnodi
changes-no-copies-hint = does dim copïau wedi'u cofnodi: mae `wrap give` yn eu cofnodi
changes-copies-given-to = rhoddwyd copïau i: { $names }
changes-version = fersiwn { $version }
changes-versions-are = --since version { $number }: mae gan y cynllun fersiynau 1 i { $count }
changes-from-version = fersiwn { $version } o { $date }, { $what }
changes-from-start = { $what }, cyn i hanes y cynllun ddechrau
changes-heading = Newidiadau yn { $file } ers { $from }, hyd heddiw (fersiwn { $version }):

## `wrap list`: y cynlluniau mewn ffolder.
list-cannot-read = { $folder }: nid oes modd rhestru'r ffolder hon: { $reason }
list-none = Does dim cynlluniau yn { $folder }. Gallwch chi ddechrau un gyda `wrap new`.
list-heading = Cynlluniau yn { $folder } ({ $count }), adolygiadau hwyr yn gyntaf:
list-no-title = (dim teitl)
list-whose-not-written = nid yw wedi'i ysgrifennu pwy biau'r cynllun
list-whose = cynllun { $owner }
list-last-reviewed = adolygwyd ddiwethaf { $date }
list-never-reviewed = heb ei adolygu erioed
list-overdue = HWYR: roedd yr adolygiad nesaf i fod ar { $date } ({ $days ->
        [zero] { $days } diwrnod
        [one] { $days } diwrnod
        [two] { $days } ddiwrnod
        [few] { $days } diwrnod
        [many] { $days } diwrnod
       *[other] { $days } diwrnod
    } yn ôl)
list-next-review = adolygiad nesaf erbyn { $date }
list-no-next-review = does dim adolygiad nesaf wedi'i osod
list-holder = { $name } ({ $document ->
        [full] cynllun llawn
        [card] cerdyn poced
       *[crisis] cynllun argyfwng
    })
list-copies-out-of-date = Copïau wedi dyddio: { $names } (`wrap copies { $file }`)
list-not-read = Heb eu darllen:

## `wrap man`.
manual-failed = nid oedd modd gwneud y dudalen llawlyfr: { $error }

# Errors in what the command line gives: a language or a section it does not know.
cli-unknown-language = Does gan wrap ddim geiriau yn `{ $tag }` eto; mae ganddo: { $known }
cli-unknown-section = Nid yw `{ $name }` yn adran; yr adrannau yw: about, toolbox, daily, triggers, early-warning-signs, breaking-down, crisis, post-crisis

# When the interview cannot start: no terminal to ask in.
cli-needs-terminal = Mae `wrap { $command }` yn gofyn cwestiynau, felly mae angen terfynell arno, ac nid terfynell yw'r mewnbwn safonol
cli-needs-terminal-hint = heb derfynell: newidiwch y cynllun mewn golygydd testun (JSON plaen ydyw; mae `wrap schema` yn ei ddisgrifio), yna `wrap check { $file }`, `wrap show { $file }` neu `wrap export { $file }`
cli-terminal-failed = methu paratoi'r derfynell ar gyfer teipio: { $error }
cli-terminal-failed-hint = rhedwch ef mewn ffenestr terfynell, neu defnyddiwch --plain
