//! The command line, as clap structs. `commands` turns them into work.
//!
//! The doc comments below are the help's British English; [`command`] puts the same help in
//! the person's language from the `help.ftl` catalogues (a test keeps British English's
//! catalogue and these comments the same words). clap's own fixed words stay English: the
//! headings ("Usage:", "Commands:", "Options:", "Arguments:", "Possible values:"), its
//! `--help`, `--version` and `help` descriptions, and its error messages, which clap has no
//! way to translate.

use std::path::PathBuf;

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::{Parser, Subcommand, ValueEnum};
use wrap_core::{Document, Language, SectionKey};
use wrap_pdf::Paper;

/// Write, check, show and print a Wellness Recovery Action Plan (WRAP).
///
/// Everything stays on this computer: plans are plain JSON files you keep where you like.
#[derive(Debug, Parser)]
#[command(name = "wrap", version, about, long_about = None, max_term_width = 100)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check that a plan is valid, and list what is still empty or worth a second look.
    Check {
        /// The plan file.
        plan: PathBuf,
        /// Also fail (exit 1) when anything is empty or worth a second look.
        #[arg(long)]
        strict: bool,
        /// Say what is found in this language (cy, en-GB, en-US, es, pl) rather than the
        /// locale's.
        #[arg(long = "lang", value_name = "TAG", value_parser = parse_language)]
        language: Option<Language>,
    },
    /// Show a plan, or one section of it, as readable text.
    Show {
        /// The plan file.
        plan: PathBuf,
        /// Only this section: about, toolbox, daily, triggers, early-warning-signs,
        /// breaking-down, crisis, post-crisis.
        #[arg(long, short, value_parser = parse_section)]
        section: Option<SectionKey>,
        /// Show the headings, labels and dates in this language (cy, en-GB, en-US, es, pl)
        /// instead of the plan's own.
        #[arg(long = "lang", value_name = "TAG", value_parser = parse_language)]
        language: Option<Language>,
    },
    /// Export a plan to another format.
    Export {
        /// The plan file.
        plan: PathBuf,
        /// Where to write; `-` for standard output. The format follows the extension when
        /// --format is not given.
        #[arg(long, short)]
        output: Option<PathBuf>,
        /// The output format.
        #[arg(long, short, value_enum)]
        format: Option<ExportFormat>,
        /// Which document: the whole plan, the crisis plan alone for supporters, or a pocket
        /// card (PDF and Markdown).
        #[arg(long, short, value_parser = document_parser(None))]
        document: Option<Document>,
        /// Leave out the parts that have nothing written in them, instead of printing their
        /// headings with "Not written yet" (PDF and Markdown).
        #[arg(long)]
        leave_out_empty: bool,
        /// Paper size for PDF.
        #[command(flatten)]
        print: PrintOptions,
    },
    /// Print a blank plan to fill in by hand: every question with lines to write on.
    Template {
        /// Where to write the PDF; `-` for standard output [default: wrap-template.pdf].
        #[arg(long, short)]
        output: Option<PathBuf>,
        /// Paper size and print size.
        #[command(flatten)]
        print: PrintOptions,
    },
    /// Print the JSON Schema of the plan file format.
    Schema,
    /// Write a plan, question by question. Saves after every answer; on a plan that
    /// exists, offers to carry on where it stopped.
    New {
        /// The plan file [default: my-wrap.json].
        plan: Option<PathBuf>,
        #[command(flatten)]
        terminal: TerminalOptions,
    },
    /// Change any part of a plan: add, change, remove or reorder entries.
    Edit {
        /// The plan file.
        plan: PathBuf,
        /// Go straight to this section: about, toolbox, daily, triggers,
        /// early-warning-signs, breaking-down, crisis, post-crisis.
        #[arg(long, short, value_parser = parse_section)]
        section: Option<SectionKey>,
        #[command(flatten)]
        terminal: TerminalOptions,
    },
    /// Record a review of a plan (when, and who took part) and set the next one.
    Review {
        /// The plan file.
        plan: PathBuf,
        #[command(flatten)]
        terminal: TerminalOptions,
    },
    /// Export a copy of the plan for someone and record who holds it, which document and
    /// which version, and how it was given.
    Give {
        /// The plan file.
        plan: PathBuf,
        /// Who the copy is for, as you would write their name ("Dafydd (brother)").
        #[arg(long, value_name = "NAME")]
        to: String,
        /// Which document [default: crisis].
        #[arg(long, short, value_parser = document_parser(None))]
        document: Option<Document>,
        /// Where to write; `-` for standard output [default: a PDF next to the plan].
        #[arg(long, short)]
        output: Option<PathBuf>,
        /// The output format (PDF unless the output's extension says otherwise).
        #[arg(long, short, value_enum)]
        format: Option<ExportFormat>,
        /// How the copy is given.
        #[arg(long, value_enum)]
        how: Option<How>,
        /// Paper size for PDF.
        #[command(flatten)]
        print: PrintOptions,
    },
    /// List who holds a copy of the plan, which version, and whose copy is out of date
    /// (with what changed since); or record that someone no longer holds theirs.
    Copies {
        /// The plan file.
        plan: PathBuf,
        /// Record that this person no longer holds their copy (given back or destroyed).
        #[arg(long, value_name = "NAME")]
        remove: Option<String>,
        /// With --remove: only their copy of this document.
        #[arg(long, short, value_parser = document_parser(None), requires = "remove")]
        document: Option<Document>,
        /// With --remove: the day it happened [default: today].
        #[arg(long, value_name = "DATE", requires = "remove")]
        on: Option<String>,
        /// With --remove: what happened to the copy [default: returned].
        #[arg(long, value_enum, requires = "remove")]
        because: Option<Because>,
    },
    /// Show what changed in the plan, section by section and word by word.
    Changes {
        /// The plan file.
        plan: PathBuf,
        /// Since when: `review` (the last review; the default), a date, `copy NAME` (the
        /// copy NAME holds), or `version N`.
        #[arg(long, num_args = 1..=2, value_names = ["WHEN", "NAME"])]
        since: Vec<String>,
    },
    /// List the plans in a folder: whose, title, last and next review (overdue first) and
    /// copies out of date.
    List {
        /// The folder [default: the current one].
        folder: Option<PathBuf>,
    },
    /// Print shell completions for wrap (bash, zsh, fish, powershell, elvish).
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print wrap's manual page (roff), e.g. `wrap man > wrap.1`.
    Man,
}

/// How the commands that ask questions use the terminal.
#[derive(Clone, Copy, Debug, Default, clap::Args)]
pub struct TerminalOptions {
    /// Plain mode, for screen readers and plain terminals: every prompt a line of its own,
    /// numbered choices answered with a number, no cursor movement or redrawing. On by
    /// default when the ACCESSIBLE environment variable is set or TERM is dumb.
    #[arg(long)]
    pub plain: bool,
    /// Ask the questions in this language (cy, en-GB, en-US, es, pl) instead of the plan's
    /// own or the locale's.
    #[arg(long = "lang", value_name = "TAG", value_parser = parse_language)]
    pub language: Option<Language>,
}

/// How a PDF is printed.
#[derive(Clone, Copy, Debug, Default, clap::Args)]
pub struct PrintOptions {
    /// Paper size.
    #[arg(long, value_parser = paper_parser(None))]
    pub paper: Option<Paper>,
    /// Large print: body text of at least 16 pt.
    #[arg(long)]
    pub large_print: bool,
    /// Keep a large-print crisis plan on the paper size given, even when what is urgent needs
    /// the larger sheet (A3, or 11 x 17 inches) to fit on its first page: it then runs on to
    /// page 2.
    #[arg(long)]
    pub keep_paper: bool,
    /// Print the headings, labels and dates in this language (cy, en-GB, en-US, es, pl)
    /// instead of the plan's own. Also for Markdown and text.
    #[arg(long = "lang", value_name = "TAG", value_parser = parse_language)]
    pub language: Option<Language>,
}

impl PrintOptions {
    /// True when any printing option was given.
    pub fn any(&self) -> bool {
        self.paper.is_some() || self.large_print || self.keep_paper
    }
}

/// The command line with its help in `language`: the description of `wrap` itself, of
/// each subcommand (`help-export`) and of each of its arguments (`help-export-format`, by the
/// long flag's name, or the argument's for one without), from the `help.ftl` catalogues.
pub fn command(language: Language) -> clap::Command {
    use clap::CommandFactory;
    let command = Cli::command().about(language.text(TOP_ID));
    let names: Vec<String> = command
        .get_subcommands()
        .map(|sub| sub.get_name().to_owned())
        .collect();
    names.iter().fold(command, |command, name| {
        command.mut_subcommand(name, |sub| {
            let args: Vec<(String, String)> = sub
                .get_arguments()
                .map(|arg| (arg.get_id().to_string(), arg_help_id(name, arg)))
                .collect();
            let sub = sub.about(language.text(&command_help_id(name)));
            args.into_iter().fold(sub, |sub, (arg, id)| {
                sub.mut_arg(arg, |arg| described(arg.help(language.text(&id)), language))
            })
        })
    })
}

/// The message describing `wrap` itself.
const TOP_ID: &str = "help-wrap";

/// The message describing the subcommand `name`: `help-export`.
fn command_help_id(name: &str) -> String {
    format!("help-{name}")
}

/// The message describing an argument of the subcommand `command`: `help-export-format`,
/// `help-export-leave-out-empty`, `help-check-plan`.
fn arg_help_id(command: &str, arg: &clap::Arg) -> String {
    let name = arg.get_long().unwrap_or(arg.get_id().as_str());
    format!("help-{command}-{}", name.replace('_', "-"))
}

/// The language the help and the value parsers' errors are in: `--lang`'s, found on the
/// command line, else the locale's. clap reads the values before the program knows which
/// language it speaks.
fn help_language() -> Language {
    crate::locale::for_help(&std::env::args_os().collect::<Vec<_>>())
}

/// An argument that takes a document or a paper size, with each of its values described in
/// `language`; any other argument as it is.
fn described(arg: clap::Arg, language: Language) -> clap::Arg {
    let takes = arg.get_value_parser().type_id();
    if takes == std::any::TypeId::of::<Document>() {
        arg.value_parser(document_parser(Some(language)))
    } else if takes == std::any::TypeId::of::<Paper>() {
        arg.value_parser(paper_parser(Some(language)))
    } else {
        arg
    }
}

/// The documents' names as the command line takes them, from wrap-core's one definition;
/// each described in `language`, for the help, where one is given.
fn document_parser(language: Option<Language>) -> impl TypedValueParser<Value = Document> {
    choices(
        Document::ALL.map(|document| (document.name(), language.map(|l| document.summary_in(l)))),
    )
}

/// The paper sizes' names as the command line takes them, from wrap-pdf; each described in
/// `language`, for the help, where one is given.
fn paper_parser(language: Option<Language>) -> impl TypedValueParser<Value = Paper> {
    choices(Paper::ALL.map(|paper| (paper.name(), language.map(|l| paper.summary_in(l)))))
}

/// A value that is one of `names`, each with its description if it has one.
fn choices<T>(
    names: impl IntoIterator<Item = (&'static str, Option<&'static str>)>,
) -> impl TypedValueParser<Value = T>
where
    T: std::str::FromStr + Clone + Send + Sync + 'static,
    T::Err: Into<Box<dyn std::error::Error + Send + Sync + 'static>>,
{
    PossibleValuesParser::new(names.into_iter().map(|(name, description)| {
        let value = PossibleValue::new(name);
        match description {
            Some(description) => value.help(description),
            None => value,
        }
    }))
    .try_map(|name: String| name.parse::<T>())
}

/// Formats `wrap export` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// Canonical JSON, the plan's own format.
    Json,
    /// Markdown, with tables for people and medicines.
    Markdown,
    /// A FHIR R4 Bundle (JSON) for a care record.
    Fhir,
    /// vCard 4.0: supporters and health contacts for a phone's address book.
    Vcard,
    /// iCalendar: a reminder of the next review.
    Ics,
    /// PDF, to print, keep and hand to supporters.
    Pdf,
}

/// How a copy was given.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum How {
    /// Printed and handed over.
    Printed,
    /// Sent by e-mail.
    Emailed,
    /// Sent by post.
    Posted,
    /// Sent in a message.
    Messaged,
    /// Given as a file another way.
    File,
}

/// What happened to a copy that is no longer held.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Because {
    /// Given back.
    Returned,
    /// Destroyed.
    Destroyed,
}

impl ExportFormat {
    /// Whether the format is a document to read (PDF, Markdown), which can be any of the
    /// documents and leave out empty parts.
    pub fn is_printed(self) -> bool {
        matches!(self, ExportFormat::Pdf | ExportFormat::Markdown)
    }

    /// The format a file name's extension implies.
    pub fn from_extension(path: &std::path::Path) -> Option<ExportFormat> {
        let name = path.file_name()?.to_str()?.to_lowercase();
        // `.fhir.json` before `.json`: the longer extension wins.
        const EXTENSIONS: &[(&str, ExportFormat)] = &[
            (".fhir.json", ExportFormat::Fhir),
            (".json", ExportFormat::Json),
            (".md", ExportFormat::Markdown),
            (".markdown", ExportFormat::Markdown),
            (".vcf", ExportFormat::Vcard),
            (".vcard", ExportFormat::Vcard),
            (".ics", ExportFormat::Ics),
            (".pdf", ExportFormat::Pdf),
        ];
        EXTENSIONS
            .iter()
            .find(|(extension, _)| name.ends_with(extension))
            .map(|&(_, format)| format)
    }
}

/// A language `wrap` has words in, by its BCP 47 tag. Its errors are said in the language
/// of `--lang`'s own search of the command line, else the locale's: clap reads the value
/// before the program knows which language it speaks.
fn parse_language(text: &str) -> Result<Language, String> {
    let tag: wrap_core::LanguageTag = text
        .trim()
        .parse()
        .map_err(|e: wrap_core::LanguageTagError| e.to_string_in(help_language()))?;
    Language::for_tag(tag.as_str()).ok_or_else(|| {
        let known: Vec<&str> = Language::ALL.iter().map(|l| l.tag()).collect();
        help_language().format(
            "cli-unknown-language",
            &[
                ("tag", tag.as_str().into()),
                ("known", known.join(", ").as_str().into()),
            ],
        )
    })
}

/// A section by its short name; the error in the language of the help.
fn parse_section(text: &str) -> Result<SectionKey, String> {
    text.parse().map_err(|error: wrap_core::UnknownSection| {
        help_language().format("cli-unknown-section", &[("name", error.0.as_str().into())])
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }

    /// Every description in the help, by message id, as clap takes it from the doc comments.
    fn derive_help() -> Vec<(String, Option<String>)> {
        let command = Cli::command();
        let mut found = vec![(
            TOP_ID.to_owned(),
            command.get_about().map(|a| a.to_string()),
        )];
        for sub in command.get_subcommands() {
            let name = sub.get_name();
            assert!(
                sub.get_long_about().is_none(),
                "{name}: a long about is not translated"
            );
            found.push((
                command_help_id(name),
                sub.get_about().map(|a| a.to_string()),
            ));
            for arg in sub.get_arguments() {
                assert!(
                    arg.get_long_help().is_none(),
                    "{name} {}: a long help is not translated",
                    arg.get_id()
                );
                found.push((
                    arg_help_id(name, arg),
                    arg.get_help().map(|h| h.to_string()),
                ));
            }
        }
        found
    }

    #[test]
    fn every_command_and_argument_has_its_help_in_every_language() {
        let help = derive_help();
        assert!(help.len() > 40, "{}", help.len());
        for language in Language::ALL {
            for (id, _) in &help {
                let text = language.text(id);
                assert!(
                    !text.is_empty() && text != *id,
                    "{language} has no message {id}"
                );
            }
        }
    }

    #[test]
    fn british_english_help_is_the_doc_comments() {
        for (id, english) in derive_help() {
            let english = english.unwrap_or_else(|| panic!("{id} has no doc comment"));
            assert_eq!(Language::EnGb.text(&id), english, "help.ftl's {id}");
        }
    }

    #[test]
    fn the_help_in_each_language_is_consistent() {
        for language in Language::ALL {
            command(language).debug_assert();
        }
    }

    #[test]
    fn welsh_help_is_welsh() {
        let welsh = command(Language::Cy);
        let export = welsh.find_subcommand("export").unwrap();
        assert_eq!(
            export.get_about().unwrap().to_string(),
            Language::Cy.text("help-export")
        );
        assert_ne!(
            export.get_about().unwrap().to_string(),
            Language::EnGb.text("help-export")
        );
    }

    #[test]
    fn extensions_name_formats() {
        use std::path::Path;
        let format = |name: &str| ExportFormat::from_extension(Path::new(name));
        assert_eq!(format("plan.json"), Some(ExportFormat::Json));
        assert_eq!(format("out/Plan.FHIR.json"), Some(ExportFormat::Fhir));
        assert_eq!(format("plan.md"), Some(ExportFormat::Markdown));
        assert_eq!(format("people.vcf"), Some(ExportFormat::Vcard));
        assert_eq!(format("review.ics"), Some(ExportFormat::Ics));
        assert_eq!(format("plan.PDF"), Some(ExportFormat::Pdf));
        assert_eq!(format("plan.txt"), None);
        assert_eq!(format("fhir.json"), Some(ExportFormat::Json));
    }
}
