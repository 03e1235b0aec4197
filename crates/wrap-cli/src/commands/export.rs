//! `wrap export`: the plan in another format.

use std::path::Path;

use clap::ValueEnum;
use wrap_core::{IcsError, MarkdownDocument, MarkdownOptions, Plan};

use crate::cli::{Document, ExportFormat};
use crate::error::CliError;
use crate::files::{load_plan, same_file, today, write_atomic};

const FORMAT_HINT: &str = "add --format json|markdown|fhir|vcard|ics, or -o FILE ending in .json, .md, .fhir.json, .vcf or .ics";

/// Exports the plan to `output` (`-` for standard output) in `format`, or the format the
/// output's extension implies.
pub fn run(
    plan_path: &Path,
    output: Option<&Path>,
    format: Option<ExportFormat>,
    document: Option<Document>,
) -> Result<(), CliError> {
    let format = match (format, output) {
        (Some(format), _) => format,
        (None, Some(out)) if out != Path::new("-") => ExportFormat::from_extension(out)
            .ok_or_else(|| {
                CliError::usage(format!(
                    "{}: cannot tell the format from this file name",
                    out.display()
                ))
                .hint(FORMAT_HINT)
            })?,
        _ => {
            return Err(CliError::usage("no format given").hint(FORMAT_HINT));
        }
    };
    let document = document.unwrap_or_default();
    if document != Document::Full && format != ExportFormat::Markdown {
        return Err(CliError::usage(format!(
            "--document {} is not available for {} export",
            arg_name(document),
            arg_name(format)
        ))
        .hint("--document chooses the Markdown document; add --format markdown"));
    }
    let plan = load_plan(plan_path)?;
    let bytes = render(plan_path, &plan, format, document)?;
    match output {
        None => crate::output::write_stdout(&bytes),
        Some(out) if out == Path::new("-") => crate::output::write_stdout(&bytes),
        Some(out) => {
            if same_file(out, plan_path) {
                return Err(CliError::usage(format!(
                    "{}: this is the plan itself; an export never overwrites its input",
                    out.display()
                ))
                .hint("choose another output file"));
            }
            write_atomic(out, &bytes)
        }
    }
}

/// The plan in the chosen format and document.
fn render(
    plan_path: &Path,
    plan: &Plan,
    format: ExportFormat,
    document: Document,
) -> Result<Vec<u8>, CliError> {
    Ok(match format {
        ExportFormat::Json => wrap_core::format::to_string(plan).into_bytes(),
        ExportFormat::Markdown => {
            let document = match document {
                Document::Full => MarkdownDocument::Full,
                Document::Crisis => MarkdownDocument::Crisis,
            };
            wrap_core::render_markdown(plan, MarkdownOptions { document }).into_bytes()
        }
        ExportFormat::Fhir => wrap_core::render_fhir(plan).into_bytes(),
        ExportFormat::Vcard => wrap_core::render_vcard(plan).into_bytes(),
        ExportFormat::Ics => match wrap_core::render_ics(plan, today()?) {
            Ok(ics) => ics.into_bytes(),
            Err(IcsError::NoReviewDate) => {
                return Err(CliError::failure(format!(
                    "{}: the plan has no next review date, so there is nothing to remind you of",
                    plan_path.display()
                ))
                .hint(format!(
                    "set one with `wrap review {}`",
                    plan_path.display()
                )));
            }
        },
    })
}

/// The name a value has on the command line (`markdown`, `crisis`).
fn arg_name(value: impl ValueEnum) -> String {
    value
        .to_possible_value()
        .map(|v| v.get_name().to_owned())
        .unwrap_or_default()
}
