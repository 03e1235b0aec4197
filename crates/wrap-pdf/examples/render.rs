//! Renders a plan file as PDF, several times, and reports the time per render.
//!
//! ```text
//! cargo run --release -p wrap-pdf --example render -- examples/full.json out.pdf [full|crisis|card|template] [N]
//! ```

use std::process::ExitCode;
use std::time::Instant;

use wrap_pdf::{Document, PdfOptions, render, render_template};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(input), Some(output)) = (args.first(), args.get(1)) else {
        eprintln!("usage: render PLAN.json OUT.pdf [full|crisis|card|template] [N] [large]");
        return ExitCode::from(2);
    };
    let kind = args.get(2).map_or("full", String::as_str);
    let times: u32 = args.get(3).and_then(|n| n.parse().ok()).unwrap_or(1).max(1);
    let large_print = args.get(4).is_some_and(|a| a == "large");
    let text = match std::fs::read_to_string(input) {
        Ok(text) => text,
        Err(err) => {
            eprintln!("error: {input}: {err}");
            return ExitCode::from(1);
        }
    };
    let plan = match wrap_core::format::from_str(&text) {
        Ok(plan) => plan,
        Err(err) => {
            eprintln!("error: {input}: {err}");
            return ExitCode::from(1);
        }
    };
    let document = match kind {
        "crisis" => Document::Crisis,
        "card" => Document::Card,
        _ => Document::Full,
    };
    let options = PdfOptions {
        document,
        large_print,
        ..PdfOptions::default()
    };
    let start = Instant::now();
    let mut bytes = Vec::new();
    for _ in 0..times {
        let result = if kind == "template" {
            render_template(&options)
        } else {
            render(&plan, &options)
        };
        bytes = match result {
            Ok(bytes) => bytes,
            Err(err) => {
                eprintln!("error: {err}");
                return ExitCode::from(1);
            }
        };
    }
    let each = start.elapsed() / times;
    if let Err(err) = std::fs::write(output, &bytes) {
        eprintln!("error: {output}: {err}");
        return ExitCode::from(1);
    }
    println!(
        "{kind}: {} bytes, {each:?} per render ({times} renders)",
        bytes.len()
    );
    ExitCode::SUCCESS
}
