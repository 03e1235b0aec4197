//! `wrap export` to PDF and `wrap template`, through the real binary.

use std::path::{Path, PathBuf};

use crate::common::wrap;

fn sample_copy(dir: &Path, name: &str) -> PathBuf {
    let to = dir.join(name);
    std::fs::copy(wrap_testkit::examples_dir().join(name), &to).unwrap();
    to
}

/// The page boxes of a PDF written by wrap-pdf, one per page.
/// Each page's media box, as "MediaBox[0 0 595.28 841.89". The page dictionaries may be
/// in compressed object streams, so the file is parsed.
fn media_boxes(pdf: &[u8]) -> Vec<String> {
    let doc = lopdf::Document::load_mem(pdf).expect("the PDF parses");
    doc.get_pages()
        .values()
        .map(|&page| {
            let page = doc.get_dictionary(page).expect("a page");
            let numbers: Vec<String> = page
                .get(b"MediaBox")
                .and_then(lopdf::Object::as_array)
                .expect("a media box")
                .iter()
                .map(|n| match n {
                    lopdf::Object::Integer(i) => i.to_string(),
                    other => other.as_float().expect("a number").to_string(),
                })
                .collect();
            format!("MediaBox[{}", numbers.join(" "))
        })
        .collect()
}

#[test]
fn export_prints_a_pdf_next_to_the_plan_by_default() {
    let dir = tempfile::tempdir().unwrap();
    let plan = sample_copy(dir.path(), "full.json");
    let output = wrap(&["export", plan.to_str().unwrap()]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let pdf = std::fs::read(dir.path().join("full.pdf")).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    assert!(String::from_utf8_lossy(&output.stderr).contains("full.pdf"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(dir.path().join("full.pdf"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(
            mode & 0o777,
            0o600,
            "exports are readable by their owner only"
        );
    }
    let again = dir.path().join("again.pdf");
    assert_eq!(
        wrap(&[
            "export",
            plan.to_str().unwrap(),
            "-o",
            again.to_str().unwrap()
        ])
        .status
        .code(),
        Some(0)
    );
    assert_eq!(
        std::fs::read(again).unwrap(),
        pdf,
        "the same plan gives the same bytes"
    );
}

#[test]
fn documents_papers_and_print_sizes() {
    let dir = tempfile::tempdir().unwrap();
    let plan = sample_copy(dir.path(), "full.json");
    let plan = plan.to_str().unwrap();
    let run = |extra: &[&str], name: &str| -> Vec<u8> {
        let out = dir.path().join(name);
        let mut args = vec!["export", plan, "-o", out.to_str().unwrap()];
        args.extend_from_slice(extra);
        let output = wrap(&args);
        assert_eq!(
            output.status.code(),
            Some(0),
            "{extra:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        std::fs::read(out).unwrap()
    };
    let full = media_boxes(&run(&[], "full.pdf"));
    let crisis = media_boxes(&run(&["--document", "crisis"], "crisis.pdf"));
    let card = media_boxes(&run(&["--document", "card"], "card.pdf"));
    let letter = media_boxes(&run(&["--paper", "letter"], "letter.pdf"));
    let large = media_boxes(&run(&["--large-print"], "large.pdf"));
    assert!(full.len() > 1);
    assert!(
        crisis.len() < full.len(),
        "crisis {} pages, full {}",
        crisis.len(),
        full.len()
    );
    assert!(
        large.len() > full.len(),
        "large print {} pages, default {}",
        large.len(),
        full.len()
    );
    assert!(
        letter.iter().all(|b| b == "MediaBox[0 0 612 792"),
        "{letter:?}"
    );
    assert!(
        full.iter().all(|b| b == "MediaBox[0 0 595.28 841.89"),
        "{full:?}"
    );
    assert!(!card.is_empty());
    for b in card {
        let numbers: Vec<f64> = b
            .trim_start_matches("MediaBox[")
            .split(' ')
            .map(|n| n.parse().unwrap())
            .collect();
        assert!(
            numbers[2] <= 297.7 && numbers[3] <= 419.6,
            "card page {b} is larger than A6"
        );
    }
}

#[test]
fn the_template_is_a_blank_plan_of_several_pages() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("blank.pdf");
    let output = wrap(&["template", "-o", out.to_str().unwrap(), "--paper", "letter"]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let boxes = media_boxes(&std::fs::read(&out).unwrap());
    assert!(boxes.len() >= 5, "{} pages", boxes.len());
    assert!(boxes.iter().all(|b| b == "MediaBox[0 0 612 792"));
}

#[test]
fn a_pdf_to_standard_output_is_the_same_document() {
    let dir = tempfile::tempdir().unwrap();
    let plan = sample_copy(dir.path(), "minimal.json");
    let file = dir.path().join("m.pdf");
    let output = wrap(&["export", plan.to_str().unwrap(), "-f", "pdf", "-o", "-"]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        wrap(&[
            "export",
            plan.to_str().unwrap(),
            "-o",
            file.to_str().unwrap()
        ])
        .status
        .code(),
        Some(0)
    );
    assert_eq!(output.stdout, std::fs::read(file).unwrap());
}

#[test]
fn characters_no_font_has_are_a_check_finding_and_an_export_warning() {
    let dir = tempfile::tempdir().unwrap();
    let plan = sample_copy(dir.path(), "minimal.json");
    let mut value: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&plan).unwrap()).unwrap();
    value["crisis"]["please_do"] = serde_json::json!(["Sit with me", "Play \u{E000}\u{E001}"]);
    std::fs::write(&plan, serde_json::to_string_pretty(&value).unwrap()).unwrap();
    let expected = "crisis.please_do[1]: 2 characters can't be printed (U+E000 U+E001)";

    let check = wrap(&["check", plan.to_str().unwrap()]);
    assert!(
        crate::common::stdout(&check).contains(expected),
        "{}",
        crate::common::stdout(&check)
    );

    let out = dir.path().join("crisis.pdf");
    let stderr = export_crisis(&plan, &out, &[]);
    assert!(
        stderr.contains("warning:") && stderr.contains(expected),
        "{stderr}"
    );
    assert!(std::fs::read(&out).unwrap().starts_with(b"%PDF-"));
}

#[test]
fn export_says_what_documents_for_supporters_leave_out() {
    let dir = tempfile::tempdir().unwrap();
    let plan = wrap_testkit::with_unlisted_supporter(wrap_testkit::with_lists_repeated(
        &wrap_testkit::sample("full"),
        20,
    ));
    let path = dir.path().join("plan.json");
    std::fs::write(&path, wrap_core::format::to_string(&plan)).unwrap();
    let path = path.to_str().unwrap();
    for (document, format) in [("crisis", "pdf"), ("crisis", "markdown"), ("card", "pdf")] {
        let out = dir.path().join(format!("out.{document}.{format}"));
        let output = wrap(&[
            "export",
            path,
            "--document",
            document,
            "--format",
            format,
            "-o",
            out.to_str().unwrap(),
        ]);
        assert_eq!(output.status.code(), Some(0));
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.contains("Gwilym Unlisted has not agreed to be listed, so is left out"),
            "{document} {format}: {stderr}"
        );
        let written = std::fs::read(&out).unwrap();
        assert!(!String::from_utf8_lossy(&written).contains("Gwilym"));
        if document == "card" {
            assert!(
                stderr.contains("the pocket card has room for one side only, so it leaves out"),
                "{stderr}"
            );
            assert!(stderr.contains("of \"Signs I notice\""), "{stderr}");
            assert_eq!(media_boxes(&written).len(), 1);
        }
    }
    // Large print says which card it makes; US paper makes an index card.
    let out = dir.path().join("large.pdf");
    let output = wrap(&[
        "export",
        path,
        "--document",
        "card",
        "--large-print",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(String::from_utf8_lossy(&output.stderr).contains("the large-print pocket card is A5"));
    assert_eq!(
        media_boxes(&std::fs::read(&out).unwrap()),
        ["MediaBox[0 0 419.53 595.28"]
    );
    let output = wrap(&[
        "export",
        path,
        "--document",
        "card",
        "--paper",
        "letter",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        media_boxes(&std::fs::read(&out).unwrap()),
        ["MediaBox[0 0 288 432"]
    );
}

/// Exports the crisis plan of `plan` to `out` with `options`, and succeeds: what `wrap`
/// said on standard error.
fn export_crisis(plan: &Path, out: &Path, options: &[&str]) -> String {
    let mut args = vec![
        "export",
        plan.to_str().unwrap(),
        "--document",
        "crisis",
        "-o",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(options);
    let output = wrap(&args);
    assert_eq!(output.status.code(), Some(0));
    crate::common::stderr(&output)
}

/// Exports a sample's crisis plan with `options`: what `wrap` said on standard error, and
/// the MediaBox of every page.
fn crisis_export(dir: &Path, sample: &str, options: &[&str]) -> (String, Vec<String>) {
    let plan = sample_copy(dir, sample);
    let out = dir.join(format!("{sample}{}.pdf", options.join("")));
    let stderr = export_crisis(&plan, &out, options);
    (stderr, media_boxes(&std::fs::read(&out).unwrap()))
}

#[test]
fn a_large_print_crisis_plan_that_needs_the_room_is_on_a3_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    for (sample, larger) in [("full.json", true), ("minimal.json", false)] {
        for (paper, sheet, media) in [
            ("a4", "A3", "MediaBox[0 0 841.89 1190.55"),
            ("letter", "11 x 17 inch", "MediaBox[0 0 792 1224"),
        ] {
            let (stderr, boxes) = crisis_export(dir, sample, &["--large-print", "--paper", paper]);
            let said = format!("so the crisis plan is on {sheet}: print it on {sheet} paper");
            assert_eq!(stderr.contains(&said), larger, "{sample} {paper}: {stderr}");
            assert_eq!(stderr.contains("add --keep-paper"), larger, "{stderr}");
            assert!(!stderr.contains("goes on to page 2"), "{stderr}");
            assert_eq!(boxes.iter().all(|b| b == media), larger, "{boxes:?}");
        }
    }
    let a4 = |boxes: &[String]| boxes.iter().all(|b| b == "MediaBox[0 0 595.28 841.89");
    // --keep-paper keeps it on A4, and says that what is urgent runs on to page 2.
    let (stderr, boxes) = crisis_export(dir, "full.json", &["--large-print", "--keep-paper"]);
    assert!(!stderr.contains("crisis plan is on"), "{stderr}");
    assert!(
        stderr.contains("so some of it goes on to page 2"),
        "{stderr}"
    );
    assert!(a4(&boxes));
    // In normal print the crisis plan stays on the paper asked for, and says nothing of it.
    let (stderr, boxes) = crisis_export(dir, "full.json", &[]);
    assert!(!stderr.contains("crisis plan is on"));
    assert!(a4(&boxes));
}

#[test]
fn empty_parts_can_be_left_out() {
    let dir = tempfile::tempdir().unwrap();
    let plan = sample_copy(dir.path(), "minimal.json");
    let plan = plan.to_str().unwrap();
    let shown = wrap(&["export", plan, "-f", "markdown", "-o", "-"]);
    let left = wrap(&[
        "export",
        plan,
        "-f",
        "markdown",
        "-o",
        "-",
        "--leave-out-empty",
    ]);
    assert!(String::from_utf8_lossy(&shown.stdout).contains("_Not written yet._"));
    assert!(!String::from_utf8_lossy(&left.stdout).contains("Not written yet"));
    let refused = wrap(&["export", plan, "-f", "json", "-o", "-", "--leave-out-empty"]);
    assert_eq!(refused.status.code(), Some(2));
}
