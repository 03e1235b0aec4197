//! `wrap export`: the plan in another format.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use clap::ValueEnum;
use wrap_core::{Document, EmptyParts, Plan};
use wrap_export::{IcsError, MarkdownOptions};

use crate::cli::{ExportFormat, PrintOptions};
use crate::dates::today;
use crate::error::CliError;
use crate::files::{load_plan, same_file, write_atomic};
use crate::words;

/// The file `wrap template` writes when no name is given.
pub const DEFAULT_TEMPLATE: &str = "wrap-template.pdf";

/// Exports the plan to `output` (`-` for standard output) in `format`, or the format the
/// output's extension implies. With neither, it prints a PDF next to the plan. Then names
/// who holds an older copy of the same document.
pub fn run(
    plan_path: &Path,
    output: Option<&Path>,
    format: Option<ExportFormat>,
    document: Option<Document>,
    empty: EmptyParts,
    print: PrintOptions,
) -> Result<(), CliError> {
    let target = Target::choose(plan_path, output, format, document, print)?.empty(empty)?;
    let plan = load_plan(plan_path)?;
    target.write(plan_path, &plan)?;
    super::copies::remind(plan_path, plan, target.document)
}

/// What an export writes: its format, document, printing options and where it goes
/// (`None` or `-` for standard output).
pub(crate) struct Target {
    format: ExportFormat,
    pub(crate) document: Document,
    print: PrintOptions,
    empty: EmptyParts,
    output: Option<PathBuf>,
}

impl Target {
    /// The export asked for, checked before the plan is read: the format from the output's
    /// extension when not given, the document and printing options allowed for it.
    pub(crate) fn choose(
        plan_path: &Path,
        output: Option<&Path>,
        format: Option<ExportFormat>,
        document: Option<Document>,
        print: PrintOptions,
    ) -> Result<Target, CliError> {
        let format = match (format, output) {
            (Some(format), _) => format,
            (None, Some(out)) if out != Path::new("-") => ExportFormat::from_extension(out)
                .ok_or_else(|| {
                    let file = out.display().to_string();
                    CliError::usage(words::format(
                        "export-format-unknown",
                        &[("file", file.as_str().into())],
                    ))
                    .hint(words::text("export-format-hint"))
                })?,
            (None, Some(_)) => {
                return Err(CliError::usage(words::text("export-no-format"))
                    .hint(words::text("export-format-hint")));
            }
            (None, None) => ExportFormat::Pdf,
        };
        let document = document.unwrap_or_default();
        if document != Document::Full && !format.is_printed() {
            return Err(CliError::usage(words::format(
                "export-document-not-for",
                &[
                    ("document", document.name().into()),
                    ("format", arg_name(format).as_str().into()),
                ],
            ))
            .hint(words::text("export-document-not-for-hint")));
        }
        if print.any() && format != ExportFormat::Pdf {
            return Err(CliError::usage(words::format(
                "export-print-not-for",
                &[("format", arg_name(format).as_str().into())],
            ))
            .hint(words::text("export-print-not-for-hint")));
        }
        let output = match output {
            Some(out) => Some(out.to_path_buf()),
            None if format == ExportFormat::Pdf => Some(beside(plan_path, document)),
            None => None,
        };
        let to_stdout = output.as_deref().is_none_or(|out| out == Path::new("-"));
        if to_stdout && format == ExportFormat::Pdf && std::io::stdout().is_terminal() {
            return Err(CliError::usage(words::text("export-pdf-to-terminal"))
                .hint(words::text("export-pdf-to-terminal-hint")));
        }
        Ok(Target {
            format,
            document,
            print,
            empty: EmptyParts::Show,
            output,
        })
    }

    /// The same export, with or without the empty parts (PDF and Markdown only).
    pub(crate) fn empty(self, empty: EmptyParts) -> Result<Target, CliError> {
        if empty == EmptyParts::LeaveOut && !self.format.is_printed() {
            return Err(CliError::usage(words::format(
                "export-leave-out-not-for",
                &[("format", arg_name(self.format).as_str().into())],
            ))
            .hint(words::text("export-leave-out-not-for-hint")));
        }
        Ok(Target { empty, ..self })
    }

    /// Writes the plan's export.
    pub(crate) fn write(&self, plan_path: &Path, plan: &Plan) -> Result<(), CliError> {
        // A plan that names no language prints in the interface's.
        let print = PrintOptions {
            language: self
                .print
                .language
                .or_else(|| plan.language.is_none().then(words::language)),
            ..self.print
        };
        if self.format.is_printed() {
            self.left_out_notes(plan_path, plan, print);
        }
        let bytes = self.render(plan_path, plan, print)?;
        match self.output.as_deref() {
            None => crate::output::write_stdout(&bytes),
            Some(out) if out == Path::new("-") => crate::output::write_stdout(&bytes),
            Some(out) => {
                if same_file(out, plan_path) {
                    let file = out.display().to_string();
                    return Err(CliError::usage(words::format(
                        "export-is-the-plan",
                        &[("file", file.as_str().into())],
                    ))
                    .hint(words::text("export-is-the-plan-hint")));
                }
                write_atomic(out, &bytes)?;
                wrote(out);
                Ok(())
            }
        }
    }

    /// Says on standard error what a document given to supporters leaves out: the supporters
    /// who have not agreed to be listed, and what did not fit on the pocket card; and when the
    /// crisis plan is on a larger sheet, or its first page cannot hold everything urgent.
    /// `note:` stays as it is in every language: it is a fixed marker, as `error:` and
    /// `hint:` are.
    fn left_out_notes(&self, plan_path: &Path, plan: &Plan, print: PrintOptions) {
        let (format, document, empty) = (self.format, self.document, self.empty);
        if document == Document::Full {
            return;
        }
        let place = plan_path.display().to_string();
        let place = place.as_str();
        for supporter in document.left_out(plan) {
            let name = supporter.name.trim();
            let unnamed = words::text("export-a-supporter");
            let name = if name.is_empty() { &unnamed } else { name };
            let line = words::format(
                "export-not-agreed",
                &[
                    ("file", place.into()),
                    ("name", name.into()),
                    ("document", document.name().into()),
                ],
            );
            crate::output::note(&format!("note: {line}\n"));
        }
        if format != ExportFormat::Pdf {
            return;
        }
        let options = pdf_options(document, empty, print);
        if let Some(first) = wrap_pdf::crisis_first_page(plan, &options) {
            let (sheet, paper) = options.paper.sheet_names_in(words::language());
            if first.larger_sheet {
                let line = words::format(
                    "export-crisis-larger-sheet",
                    &[
                        ("file", place.into()),
                        ("paper", paper.into()),
                        ("sheet", sheet.into()),
                    ],
                );
                let hint = words::format(
                    "export-crisis-larger-sheet-hint",
                    &[("paper", paper.into())],
                );
                crate::output::note(&format!("note: {line}\nhint: {hint}\n"));
            }
            if !first.holds_urgent {
                let line =
                    words::format("export-crisis-urgent-overflows", &[("file", place.into())]);
                crate::output::note(&format!("note: {line}\n"));
            }
        }
        if document != Document::Card {
            return;
        }
        if print.large_print {
            let paper = options.paper;
            let line = words::format(
                "export-large-print-card",
                &[
                    ("large", paper.card_size_in(true, words::language()).into()),
                    (
                        "normal",
                        paper.card_size_in(false, words::language()).into(),
                    ),
                ],
            );
            crate::output::note(&format!("note: {line}\n"));
        }
        let left_out = wrap_pdf::card_left_out(plan, &options);
        if !left_out.is_empty() {
            let parts: Vec<String> = left_out
                .iter()
                .map(|l| {
                    let left = (l.total - l.shown).to_string();
                    let part = l.part.guide().heading_in(words::language());
                    words::format(
                        "export-card-part-left-out",
                        &[
                            ("left", left.as_str().into()),
                            ("total", l.total.into()),
                            ("part", part.as_str().into()),
                        ],
                    )
                })
                .collect();
            let line = words::format(
                "export-card-left-out",
                &[
                    ("file", place.into()),
                    ("parts", parts.join(", ").as_str().into()),
                ],
            );
            crate::output::note(&format!("note: {line}\n"));
        }
    }

    /// The plan in the chosen format and document.
    fn render(
        &self,
        plan_path: &Path,
        plan: &Plan,
        print: PrintOptions,
    ) -> Result<Vec<u8>, CliError> {
        let (format, document, empty) = (self.format, self.document, self.empty);
        Ok(match format {
            ExportFormat::Pdf => {
                for found in wrap_pdf::unprintable(plan) {
                    crate::output::note(&format!(
                        "warning: {}: {}: {}\n",
                        plan_path.display(),
                        found.path,
                        found.message_in(words::language())
                    ));
                }
                wrap_pdf::render(plan, &pdf_options(document, empty, print)).map_err(|error| {
                    let file = plan_path.display().to_string();
                    CliError::failure(words::format(
                        "export-pdf-failed",
                        &[
                            ("file", file.as_str().into()),
                            ("error", error.to_string().as_str().into()),
                        ],
                    ))
                })?
            }
            ExportFormat::Json => wrap_core::format::to_string(plan).into_bytes(),
            ExportFormat::Markdown => {
                let options = MarkdownOptions {
                    document,
                    empty_parts: empty,
                    language: print.language,
                };
                wrap_export::render_markdown(plan, options).into_bytes()
            }
            ExportFormat::Fhir => wrap_export::render_fhir(plan).into_bytes(),
            ExportFormat::Vcard => wrap_export::render_vcard(plan).into_bytes(),
            ExportFormat::Ics => match wrap_export::render_ics(plan, today()?) {
                Ok(ics) => ics.into_bytes(),
                Err(IcsError::NoReviewDate) => {
                    let file = plan_path.display().to_string();
                    let file = &[("file", file.as_str().into())];
                    return Err(
                        CliError::failure(words::format("export-no-review-date", file))
                            .hint(words::format("export-no-review-date-hint", file)),
                    );
                }
            },
        })
    }
}

/// Says on standard error that a file was written: "Wrote plan.pdf".
fn wrote(out: &Path) {
    let file = out.display().to_string();
    let line = words::format("export-wrote", &[("file", file.as_str().into())]);
    crate::output::note(&format!("{line}\n"));
}

/// The PDF's default name, next to the plan: `my-plan.pdf`, `my-plan.crisis.pdf`,
/// `my-plan.card.pdf`.
fn beside(plan_path: &Path, document: Document) -> std::path::PathBuf {
    let stem = plan_path.file_stem().unwrap_or_default().to_string_lossy();
    let name = match document {
        Document::Full => format!("{stem}.pdf"),
        other => format!("{stem}.{}.pdf", other.name()),
    };
    plan_path.with_file_name(name)
}

/// `wrap template`: the blank plan to fill in by hand.
pub fn template(output: Option<&Path>, print: PrintOptions) -> Result<(), CliError> {
    // A blank template has no plan to take a language from: the interface's (`--lang`, else
    // the locale's).
    let print = PrintOptions {
        language: Some(words::language()),
        ..print
    };
    let bytes = wrap_pdf::render_template(&pdf_options(Document::Full, EmptyParts::Show, print))
        .map_err(|error| {
            CliError::failure(words::format(
                "export-template-failed",
                &[("error", error.to_string().as_str().into())],
            ))
        })?;
    let out = output.unwrap_or(Path::new(DEFAULT_TEMPLATE));
    if out == Path::new("-") {
        return crate::output::write_stdout(&bytes);
    }
    write_atomic(out, &bytes)?;
    wrote(out);
    Ok(())
}

fn pdf_options(document: Document, empty: EmptyParts, print: PrintOptions) -> wrap_pdf::PdfOptions {
    wrap_pdf::PdfOptions {
        document,
        paper: print.paper.unwrap_or_default(),
        large_print: print.large_print,
        keep_paper: print.keep_paper,
        empty_parts: empty,
        language: print
            .language
            .map(|language| language.tag().to_owned())
            .unwrap_or_default(),
    }
}

/// The name a value has on the command line (`markdown`, `crisis`).
fn arg_name(value: impl ValueEnum) -> String {
    value
        .to_possible_value()
        .map(|v| v.get_name().to_owned())
        .unwrap_or_default()
}
