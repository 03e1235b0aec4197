//! Every document kind on every sample plan: layout snapshots, words reaching the PDF text,
//! determinism, paper sizes and lengths.

use wrap_core::{PartKey, PartMut, Plan, SectionKey, guide};

use crate::fonts::{self, Face};
use crate::layout::{Item, PageSize};
use crate::{Document, Paper, PdfOptions, layout_plan, layout_template, render, render_template};

const KINDS: [Document; 3] = [Document::Full, Document::Crisis, Document::Card];

fn samples() -> Vec<(String, Plan)> {
    wrap_testkit::samples()
}

fn options(document: Document) -> PdfOptions {
    PdfOptions {
        document,
        ..PdfOptions::default()
    }
}

fn kind_name(document: Document) -> &'static str {
    match document {
        Document::Full => "full",
        Document::Crisis => "crisis",
        Document::Card => "card",
    }
}

/// The text of a PDF as a reader extracts it, with runs of whitespace made single spaces.
fn pdf_text(pdf: &[u8]) -> String {
    let doc = lopdf::Document::load_mem(pdf).expect("the PDF parses");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let text = doc.extract_text(&pages).expect("text extracts");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A word as it is printed: characters no bundled font has become the replacement.
fn printed(word: &str) -> String {
    fonts::runs(word, Face::Regular)
        .into_iter()
        .map(|r| r.text)
        .collect::<String>()
        .trim()
        .to_string()
}

fn assert_words_in(words: &[String], text: &str, what: &str) {
    for word in words {
        let word = printed(word);
        if word.is_empty() {
            continue;
        }
        assert!(text.contains(&word), "{what}: {word:?} is missing");
    }
}

fn page_sizes(pdf: &[u8]) -> Vec<(f32, f32)> {
    let doc = lopdf::Document::load_mem(pdf).expect("the PDF parses");
    doc.get_pages()
        .values()
        .map(|&id| {
            let page = doc.get_dictionary(id).expect("page");
            let media = page
                .get(b"MediaBox")
                .and_then(|o| o.as_array())
                .expect("media box");
            let number = |o: &lopdf::Object| o.as_float().expect("number");
            (number(&media[2]), number(&media[3]))
        })
        .collect()
}

#[test]
fn layout_snapshots_of_every_sample_and_kind() {
    for (name, plan) in samples() {
        for kind in KINDS {
            let dump = layout_plan(&plan, &options(kind)).dump();
            insta::assert_snapshot!(format!("{name}_{}", kind_name(kind)), dump);
        }
    }
}

#[test]
fn template_snapshot_and_length() {
    let laid = layout_template(&PdfOptions::default());
    assert!(laid.pages.len() >= 5, "{} pages", laid.pages.len());
    insta::assert_snapshot!("template_full", laid.dump());
    for kind in [Document::Crisis, Document::Card] {
        let laid = layout_template(&options(kind));
        assert!(!laid.pages.is_empty());
    }
    let pdf = render_template(&PdfOptions::default()).expect("template renders");
    let text = pdf_text(&pdf);
    for section in guide() {
        assert!(text.contains(section.heading), "{}", section.heading);
        for part in section.parts {
            assert!(text.contains(part.heading), "{}", part.heading);
        }
    }
}

#[test]
fn every_word_of_every_sample_reaches_the_full_pdf() {
    for (name, plan) in samples() {
        let pdf = render(&plan, &PdfOptions::default()).expect("renders");
        assert_words_in(&wrap_testkit::words(&plan), &pdf_text(&pdf), &name);
    }
}

#[test]
fn the_crisis_plan_carries_every_word_of_the_crisis_section_and_is_shorter() {
    for (name, plan) in samples() {
        let crisis = render(&plan, &options(Document::Crisis)).expect("renders");
        let text = pdf_text(&crisis);
        let only = Plan {
            crisis: plan.crisis.clone(),
            ..Plan::default()
        };
        assert_words_in(&wrap_testkit::words(&only), &text, &name);
        assert!(text.contains(crate::REPLACES_EARLIER), "{name}");
        let full = layout_plan(&plan, &options(Document::Full)).pages.len();
        let short = layout_plan(&plan, &options(Document::Crisis)).pages.len();
        if !plan.section_is_empty(SectionKey::Toolbox) && full > 1 {
            assert!(short < full, "{name}: crisis {short} pages, full {full}");
        }
    }
}

#[test]
fn the_crisis_plan_lists_supporters_first() {
    for (name, plan) in samples() {
        if plan.crisis.supporters.is_empty() {
            continue;
        }
        let text = layout_plan(&plan, &options(Document::Crisis)).text();
        let supporter = text.find("My supporters").expect("supporters printed");
        for later in ["Please do", "Medicines", "Signatures"] {
            if let Some(at) = text.find(later) {
                assert!(supporter < at, "{name}: supporters come after {later}");
            }
        }
    }
}

#[test]
fn renders_are_byte_identical() {
    for (_, plan) in samples() {
        for kind in KINDS {
            let a = render(&plan, &options(kind)).expect("renders");
            let b = render(&plan, &options(kind)).expect("renders");
            assert!(a == b, "{} differs between renders", kind_name(kind));
        }
    }
    let a = render_template(&PdfOptions::default()).expect("renders");
    let b = render_template(&PdfOptions::default()).expect("renders");
    assert!(a == b);
}

#[test]
fn paper_sizes() {
    let (_, plan) = samples().remove(0);
    let letter = PdfOptions {
        paper: Paper::Letter,
        ..PdfOptions::default()
    };
    for size in page_sizes(&render(&plan, &letter).expect("renders")) {
        assert_eq!(size, (612.0, 792.0));
    }
    for size in page_sizes(&render(&plan, &PdfOptions::default()).expect("renders")) {
        assert!((size.0 - 595.28).abs() < 0.01 && (size.1 - 841.89).abs() < 0.01);
    }
    for paper in [Paper::A4, Paper::Letter] {
        let card = PdfOptions {
            document: Document::Card,
            paper,
            ..PdfOptions::default()
        };
        for (w, h) in page_sizes(&render(&plan, &card).expect("renders")) {
            assert!(w <= PageSize::A6.width + 0.01 && h <= PageSize::A6.height + 0.01);
        }
    }
}

#[test]
fn large_print_is_larger_and_longer() {
    for (name, plan) in samples() {
        let normal = layout_plan(&plan, &PdfOptions::default());
        let large = layout_plan(
            &plan,
            &PdfOptions {
                large_print: true,
                ..PdfOptions::default()
            },
        );
        assert!(large.pages.len() >= normal.pages.len(), "{name}");
        if normal.pages.len() > 2 {
            assert!(large.pages.len() > normal.pages.len(), "{name}");
        }
        let smallest = large
            .pages
            .iter()
            .flat_map(|p| &p.items)
            .filter_map(|i| match i {
                Item::Text { size, y, .. } if *y > 60.0 => Some(*size),
                _ => None,
            })
            .fold(f32::MAX, f32::min);
        assert!(
            smallest >= 14.0,
            "{name}: {smallest} pt text in large print"
        );
        let _ = smallest;
    }
}

#[test]
fn everything_stays_on_the_page() {
    for (name, plan) in samples() {
        for kind in KINDS {
            for large_print in [false, true] {
                let laid = layout_plan(
                    &plan,
                    &PdfOptions {
                        document: kind,
                        large_print,
                        ..PdfOptions::default()
                    },
                );
                let page = laid.page;
                for item in laid.pages.iter().flat_map(|p| &p.items) {
                    if let Item::Text {
                        x, y, size, text, ..
                    } = item
                    {
                        let width = fonts::measure(text, Face::Regular, *size) * 0.9;
                        assert!(*x >= 0.0 && *x + width <= page.width, "{name}: {item:?}");
                        assert!(*y >= 0.0 && *y + size <= page.height, "{name}: {item:?}");
                    }
                }
            }
        }
    }
}

/// Appends words in several scripts to every text, entry and record field of a plan.
fn with_words_appended(plan: &mut Plan, suffix: &str) {
    for key in PartKey::ALL {
        match plan.part_mut(key) {
            PartMut::Text(text) => text.push_str(suffix),
            PartMut::List(items) => {
                for item in items.iter_mut() {
                    item.push_str(suffix);
                }
                items.push(suffix.trim().to_string());
            }
            PartMut::Records(list) => {
                for index in 0..list.len() {
                    let Some(record) = list.get_mut(index) else {
                        continue;
                    };
                    let fields: Vec<(&str, String)> = record
                        .fields()
                        .into_iter()
                        .filter(|(f, _)| f.shape != wrap_core::FieldShape::YesNo)
                        .map(|(f, v)| (f.key, format!("{v}{suffix}")))
                        .collect();
                    for (key, value) in fields {
                        let _ = record.set_text(key, &value);
                    }
                }
            }
            PartMut::Date(_) => {}
        }
    }
}

#[test]
fn words_in_other_scripts_survive_in_every_entry() {
    let suffix = " Zażółć gęślą Ωμέγα Жизнь ŵŷ Llanfairpwll";
    for (name, mut plan) in samples() {
        with_words_appended(&mut plan, suffix);
        let words = wrap_testkit::words(&plan);
        for kind in [Document::Full, Document::Crisis] {
            let pdf = render(&plan, &options(kind)).expect("renders");
            let text = pdf_text(&pdf);
            for word in suffix.split_whitespace() {
                assert!(text.contains(word), "{name}: {word}");
            }
            if kind == Document::Full {
                assert_words_in(&words, &text, &name);
            }
        }
    }
}

#[test]
fn an_empty_plan_still_renders_every_kind() {
    let plan = Plan::default();
    for kind in KINDS {
        let pdf = render(&plan, &options(kind)).expect("renders");
        assert!(pdf.starts_with(b"%PDF"));
        assert_eq!(layout_plan(&plan, &options(kind)).pages.len(), 1);
    }
}

#[test]
fn hostile_text_never_panics_and_never_leaves_the_page() {
    let mut plan = Plan::default();
    plan.about.owner = "\u{0}\u{1b}[31m\u{202E}name\u{FEFF}".repeat(40);
    plan.toolbox.using = vec![
        "x".repeat(5000),
        "\n\n\n".repeat(50),
        "🌿🙂中文 עברית العربية".into(),
        "\r\n\t\u{7}".into(),
        String::new(),
    ];
    plan.crisis.supporters.push(wrap_core::Supporter {
        name: "W".repeat(300),
        phone: "+44 ".repeat(100),
        asked_to: "word ".repeat(3000),
        ..wrap_core::Supporter::default()
    });
    for kind in KINDS {
        for large_print in [false, true] {
            let options = PdfOptions {
                document: kind,
                large_print,
                ..PdfOptions::default()
            };
            let laid = layout_plan(&plan, &options);
            for item in laid.pages.iter().flat_map(|p| &p.items) {
                if let Item::Text { x, y, text, .. } = item {
                    assert!(*x >= 0.0 && *x <= laid.page.width, "{item:?}");
                    assert!(*y >= 0.0 && *y <= laid.page.height, "{item:?}");
                    assert!(!text.chars().any(char::is_control), "{text:?}");
                }
            }
            assert!(render(&plan, &options).is_ok());
        }
    }
}

#[test]
fn metadata_outline_and_phone_links() {
    let (_, plan) = samples()
        .into_iter()
        .find(|(name, _)| name == "full")
        .expect("the full sample");
    let options = PdfOptions {
        language: "en-GB".to_string(),
        ..PdfOptions::default()
    };
    let laid = layout_plan(&plan, &options);
    let pdf = render(&plan, &options).expect("renders");
    let doc = lopdf::Document::load_mem(&pdf).expect("parses");

    let catalog = doc.catalog().expect("catalog");
    let lang = catalog.get(b"Lang").expect("language");
    assert_eq!(lopdf::decode_text_string(lang).expect("text"), "en-GB");
    let outlines = catalog
        .get(b"Outlines")
        .and_then(|o| o.as_reference())
        .and_then(|id| doc.get_dictionary(id))
        .expect("outline");
    let count = outlines
        .get(b"Count")
        .and_then(|c| c.as_i64())
        .expect("count");
    assert_eq!(count as usize, laid.outline.len());
    let titles: Vec<&str> = laid.outline.iter().map(|e| e.title.as_str()).collect();
    assert!(titles.contains(&"Crisis plan") && titles.contains(&"Wellness toolbox"));
    assert!(laid.outline.windows(2).all(|w| w[0].page <= w[1].page));

    let info = doc
        .trailer
        .get(b"Info")
        .and_then(|o| o.as_reference())
        .and_then(|id| doc.get_dictionary(id))
        .expect("info");
    let text = |key: &[u8]| lopdf::decode_text_string(info.get(key).expect("field")).expect("text");
    assert_eq!(text(b"Author"), plan.about.owner);
    assert_eq!(text(b"Title"), plan.about.title);

    // Every font is embedded and subset, under its fixed tag.
    let mut fonts = 0;
    for object in doc.objects.values() {
        let Ok(dict) = object.as_dict() else { continue };
        if dict.get(b"Type").and_then(|t| t.as_name()).ok() != Some(b"FontDescriptor") {
            continue;
        }
        fonts += 1;
        let name = dict
            .get(b"FontName")
            .and_then(|n| n.as_name())
            .expect("name");
        assert!(name.starts_with(b"WRP") && name.contains(&b'+'), "{name:?}");
        assert!(dict.has(b"FontFile2"), "font not embedded");
    }
    // Regular, bold, and the symbols face for the sample's 🌿.
    assert_eq!(fonts, 3);

    let mut uris = Vec::new();
    for (_, page) in doc.get_pages() {
        let page = doc.get_dictionary(page).expect("page");
        let annots = page
            .get(b"Annots")
            .and_then(|a| a.as_array())
            .cloned()
            .unwrap_or_default();
        for annot in &annots {
            let annot = match annot {
                lopdf::Object::Reference(id) => doc.get_dictionary(*id).expect("annotation"),
                other => other.as_dict().expect("annotation"),
            };
            if let Ok(action) = annot.get(b"A").and_then(|a| a.as_dict())
                && let Ok(uri) = action.get(b"URI").and_then(|u| u.as_str())
            {
                uris.push(String::from_utf8_lossy(uri).into_owned());
            }
        }
    }
    for supporter in &plan.crisis.supporters {
        if let Some(uri) = wrap_core::phone_uri(&supporter.phone) {
            assert!(uris.contains(&uri), "{uri} not linked");
        }
    }
}
