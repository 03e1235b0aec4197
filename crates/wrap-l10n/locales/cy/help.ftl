# The command line's help: each command's and each option's description (`wrap --help`,
# `wrap help COMMAND`, the manual page).
# Command names, flags, value names (PLAN, TAG, NAME) and example values stay as they are.

## Shared by several commands.
help-plan-file = Ffeil y cynllun
help-paper = Maint y papur
help-large-print = Print bras: testun o 16 pt o leiaf
help-keep-paper = Cadw cynllun argyfwng print bras ar y maint papur a roddwyd, hyd yn oed pan fo angen y ddalen fwy (A3, neu 11 x 17 modfedd) i'r hyn sy'n fater brys ffitio ar ei dudalen gyntaf: mae'n mynd ymlaen i dudalen 2 wedyn
help-print-lang = Argraffwch y penawdau, y labeli a'r dyddiadau yn yr iaith hon (cy, en-GB, en-US, es, pl) yn lle iaith y cynllun ei hun. Hefyd ar gyfer Markdown a thestun
help-plain = Modd plaen, ar gyfer darllenwyr sgrin a therfynellau plaen: pob cwestiwn ar linell ei hun, dewisiadau wedi'u rhifo i'w hateb â rhif, dim symud y cyrchwr nac ailddarlunio. Ymlaen bob tro pan fydd y newidyn amgylchedd ACCESSIBLE wedi'i osod neu pan fydd TERM yn dumb
help-interview-lang = Gofynnwch y cwestiynau yn yr iaith hon (cy, en-GB, en-US, es, pl) yn lle iaith y cynllun ei hun neu iaith y locale

## `wrap`.
help-wrap = Y gorchymyn `wrap`: ysgrifennu, gwirio, dangos ac argraffu Cynllun Gweithredu Adfer Lles (WRAP).

## `wrap check`.
help-check = Gwiriwch fod cynllun yn ddilys, a rhestrwch beth sy'n dal yn wag neu'n werth ail olwg
help-check-plan = { help-plan-file }
help-check-strict = Methu hefyd (cod gadael 1) pan fydd unrhyw beth yn wag neu'n werth ail olwg
help-check-lang = Dywedwch beth a gafwyd yn yr iaith hon (cy, en-GB, en-US, es, pl) yn lle iaith y locale

## `wrap show`.
help-show = Dangoswch gynllun, neu un adran ohono, fel testun i'w ddarllen
help-show-plan = { help-plan-file }
help-show-section = Dim ond yr adran hon: about, toolbox, daily, triggers, early-warning-signs, breaking-down, crisis, post-crisis
help-show-lang = Dangoswch y penawdau, y labeli a'r dyddiadau yn yr iaith hon (cy, en-GB, en-US, es, pl) yn lle iaith y cynllun ei hun

## `wrap export`.
help-export = Allforiwch gynllun i fformat arall
help-export-plan = { help-plan-file }
help-export-output = Ble i ysgrifennu; `-` ar gyfer yr allbwn safonol. Mae'r fformat yn dilyn yr estyniad pan na roddir --format
help-export-format = Fformat yr allbwn
help-export-document = Pa ddogfen: y cynllun cyfan, y cynllun argyfwng ar ei ben ei hun i gefnogwyr, neu gerdyn poced (PDF a Markdown)
help-export-leave-out-empty = Gadewch allan y rhannau heb ddim wedi'i ysgrifennu ynddynt, yn lle argraffu eu penawdau gyda "Heb ei ysgrifennu eto" (PDF a Markdown)
help-export-paper = { help-paper }
help-export-large-print = { help-large-print }
help-export-keep-paper = { help-keep-paper }
help-export-lang = { help-print-lang }

## `wrap template`.
help-template = Argraffwch gynllun gwag i'w lenwi â llaw: pob cwestiwn gyda llinellau i ysgrifennu arnynt
help-template-output = Ble i ysgrifennu'r PDF; `-` ar gyfer yr allbwn safonol [rhagosodiad: wrap-template.pdf]
help-template-paper = { help-paper }
help-template-large-print = { help-large-print }
help-template-keep-paper = { help-keep-paper }
help-template-lang = { help-print-lang }

## `wrap schema`.
help-schema = Argraffwch JSON Schema fformat ffeil y cynllun

## `wrap new`.
help-new = Ysgrifennwch gynllun, fesul cwestiwn. Mae'n cadw ar ôl pob ateb; ar gynllun sy'n bodoli, mae'n cynnig parhau o'r man lle stopiodd
help-new-plan = Ffeil y cynllun [rhagosodiad: my-wrap.json]
help-new-plain = { help-plain }
help-new-lang = { help-interview-lang }

## `wrap edit`.
help-edit = Newidiwch unrhyw ran o gynllun: ychwanegu, newid, dileu neu aildrefnu cofnodion
help-edit-plan = { help-plan-file }
help-edit-section = Ewch yn syth i'r adran hon: about, toolbox, daily, triggers, early-warning-signs, breaking-down, crisis, post-crisis
help-edit-plain = { help-plain }
help-edit-lang = { help-interview-lang }

## `wrap review`.
help-review = Cofnodwch adolygiad o gynllun (pryd, a phwy gymerodd ran) a gosodwch yr un nesaf
help-review-plan = { help-plan-file }
help-review-plain = { help-plain }
help-review-lang = { help-interview-lang }

## `wrap give`.
help-give = Allforiwch gopi o'r cynllun i rywun a chofnodwch pwy sy'n ei ddal, pa ddogfen a pha fersiwn, a sut y'i rhoddwyd
help-give-plan = { help-plan-file }
help-give-to = I bwy mae'r copi, fel y byddech chi'n ysgrifennu eu henw ("Dafydd (brawd)")
help-give-document = Pa ddogfen [rhagosodiad: crisis]
help-give-output = Ble i ysgrifennu; `-` ar gyfer yr allbwn safonol [rhagosodiad: PDF wrth ymyl y cynllun]
help-give-format = Fformat yr allbwn (PDF oni bai bod estyniad yr allbwn yn dweud fel arall)
help-give-how = Sut mae'r copi'n cael ei roi
help-give-paper = { help-paper }
help-give-large-print = { help-large-print }
help-give-keep-paper = { help-keep-paper }
help-give-lang = { help-print-lang }

## `wrap copies`.
help-copies = Rhestrwch pwy sy'n dal copi o'r cynllun, pa fersiwn, a chopi pwy sydd wedi dyddio (gyda beth sydd wedi newid ers hynny); neu cofnodwch nad yw rhywun yn dal ei gopi mwyach
help-copies-plan = { help-plan-file }
help-copies-remove = Cofnodwch nad yw'r person hwn yn dal ei gopi mwyach (wedi'i roi'n ôl neu wedi'i ddinistrio)
help-copies-document = Gyda --remove: dim ond eu copi o'r ddogfen hon
help-copies-on = Gyda --remove: y diwrnod y digwyddodd [rhagosodiad: heddiw]
help-copies-because = Gyda --remove: beth ddigwyddodd i'r copi [rhagosodiad: returned]

## `wrap changes`.
help-changes = Dangoswch beth newidiodd yn y cynllun, fesul adran a fesul gair
help-changes-plan = { help-plan-file }
help-changes-since = Ers pryd: `review` (yr adolygiad diwethaf; y rhagosodiad), dyddiad, `copy NAME` (y copi sydd gan NAME), neu `version N`

## `wrap list`.
help-list = Rhestrwch y cynlluniau mewn ffolder: eiddo pwy, teitl, yr adolygiad diwethaf a'r nesaf (y rhai hwyr yn gyntaf) a chopïau wedi dyddio
help-list-folder = Y ffolder [rhagosodiad: yr un presennol]

## `wrap completions`.
help-completions = Argraffwch gwblhau cregyn (shell completions) ar gyfer wrap (bash, zsh, fish, powershell, elvish)
help-completions-shell = Y gragen (shell)

## `wrap man`.
help-man = Argraffwch dudalen llawlyfr wrap (roff), e.e. `wrap man > wrap.1`
