//! Every document kind on every sample plan: layout snapshots, words reaching the PDF text,
//! determinism, paper sizes and lengths.

use wrap_core::{Language, PartKey, PartMut, Plan, SectionKey, guide};

use crate::fonts;
use crate::layout::{Block, Item, PageSize};
use crate::{
    Document, EmptyParts, Paper, PdfOptions, layout_plan, layout_template, render, render_template,
};

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
    crate::extract::text(pdf)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A word as the text layer gives it back: exactly as written, controls removed.
fn printed(word: &str) -> String {
    word.chars()
        .filter_map(fonts::clean_char)
        .collect::<String>()
        .trim()
        .to_string()
}

fn assert_words_in(words: &[String], text: &str, what: &str) {
    // Chinese and Japanese lines break between characters, with no space: a reader joins
    // the lines.
    let squashed: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    for word in words {
        let word = printed(word);
        if word.is_empty() {
            continue;
        }
        let joined: String = word.chars().filter(|c| !c.is_whitespace()).collect();
        assert!(
            text.contains(&word) || (!word.is_ascii() && squashed.contains(&joined)),
            "{what}: {word:?} is missing"
        );
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
        assert_words_in(&wrap_testkit::printed_words(&plan), &pdf_text(&pdf), &name);
    }
}

#[test]
fn every_word_of_each_kind_of_block_reaches_the_text() {
    use crate::layout::{Column, LayoutOptions, Text, layout};
    let words = [
        "ŵyŷ",
        "łąka",
        "Ωmega",
        "Жизнь",
        "Penicillin",
        "Sister",
        "fi",
    ];
    let blocks = vec![
        Block::Heading("Wellness toolbox".into()),
        Block::Bullets(vec![Text::plain(format!(
            "Words: {}",
            words[..4].join(" ")
        ))]),
        Block::Table {
            columns: vec![Column::new("Name", 1.0), Column::new("Role", 1.0)],
            rows: vec![vec!["Sam".into(), "Sister".into()]],
        },
        Block::KeyValues(vec![("Allergies".into(), Text::plain("Penicillin"))]),
        Block::Paragraph(Text::plain("A ligature: fi.")),
    ];
    let laid = layout(&blocks, &LayoutOptions::default());
    let meta = crate::Metadata {
        title: "Words".into(),
        author: String::new(),
        subject: String::new(),
        language: "en".into(),
        created: None,
        modified: None,
    };
    let text = pdf_text(&crate::write_pdf(&laid, &meta).unwrap());
    for word in words
        .iter()
        .chain(&["Wellness toolbox", "Allergies", "Name", "Role"])
    {
        assert!(text.contains(word), "{word} missing from {text}");
    }
}

#[test]
fn the_crisis_plan_carries_every_word_of_the_crisis_section_and_is_shorter() {
    for (name, plan) in samples() {
        let crisis = render(&plan, &options(Document::Crisis)).expect("renders");
        let text = pdf_text(&crisis);
        let shown = wrap_testkit::document_words(&plan, Document::Crisis);
        assert_words_in(&shown, &text, &name);
        let l = plan.document_language(wrap_core::Language::EnGb);
        assert!(text.contains(wrap_core::replaces_earlier(l)), "{name}");
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
        let english = PdfOptions {
            language: "en-GB".into(),
            ..options(Document::Crisis)
        };
        let text = layout_plan(&plan, &english).text();
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
        let expected = match paper {
            Paper::A4 => PageSize::A6,
            Paper::Letter => PageSize::INDEX_CARD,
        };
        for (w, h) in page_sizes(&render(&plan, &card).expect("renders")) {
            assert!((w - expected.width).abs() < 0.01 && (h - expected.height).abs() < 0.01);
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
                        x, y, size, glyphs, ..
                    } = item
                    {
                        let width = glyphs.iter().map(|g| g.advance).sum::<f32>() * size;
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
        let words = wrap_testkit::printed_words(&plan);
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
        let short = PdfOptions {
            empty_parts: EmptyParts::LeaveOut,
            ..options(kind)
        };
        assert_eq!(layout_plan(&plan, &short).pages.len(), 1, "{kind:?}");
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

    let uris = link_uris(&doc);
    for supporter in &plan.crisis.supporters {
        if let Some(uri) = wrap_core::phone_uri(&supporter.phone) {
            assert!(uris.contains(&uri), "{uri} not linked");
        }
    }
}

/// The addresses of the PDF's links, page by page.
fn link_uris(doc: &lopdf::Document) -> Vec<String> {
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
    uris
}

#[test]
fn an_email_address_is_linked_and_every_link_prints() {
    let mut plan = Plan::default();
    plan.about.owner = "Siân".into();
    for (name, email) in [
        ("Dafydd Evans", "dafydd.evans@example.org"),
        ("Priya", "priya at work, or priya@example.org"),
        ("Ward", "not-an-address"),
    ] {
        plan.crisis.supporters.push(wrap_core::Supporter {
            name: name.into(),
            phone: "07700 900123".into(),
            email: email.into(),
            ..wrap_core::Supporter::default()
        });
    }
    // The crisis plan and the card leave e-mail out; the full plan shows it.
    let pdf = render(&plan, &options(Document::Full)).expect("renders");
    let doc = lopdf::Document::load_mem(&pdf).expect("parses");
    let uris = link_uris(&doc);
    let mut mailto: Vec<&String> = uris.iter().filter(|u| u.starts_with("mailto:")).collect();
    // An address may wrap, and each line of it is a link.
    mailto.dedup();
    assert_eq!(mailto, ["mailto:dafydd.evans@example.org"]);
    let mut descriptions = Vec::new();
    for (_, page) in doc.get_pages() {
        let annots = doc
            .get_dictionary(page)
            .and_then(|p| p.get(b"Annots"))
            .and_then(|a| a.as_array())
            .cloned()
            .unwrap_or_default();
        for annot in annots {
            let id = annot.as_reference().expect("an annotation object");
            let annot = doc.get_dictionary(id).expect("annotation");
            // Printed as shown on screen: the Print flag.
            assert_eq!(annot.get(b"F").and_then(|f| f.as_i64()).ok(), Some(4));
            let contents = annot.get(b"Contents").expect("a description");
            descriptions.push(lopdf::decode_text_string(contents).expect("text"));
        }
    }
    assert!(
        descriptions.contains(&"Email Dafydd Evans, dafydd.evans@example.org".to_string()),
        "{descriptions:?}"
    );
    assert!(
        descriptions.contains(&"Call Dafydd Evans, 07700 900123".to_string()),
        "{descriptions:?}"
    );
}

#[test]
fn a_phone_number_with_a_note_is_still_linked() {
    let mut plan = Plan::default();
    plan.about.owner = "Siân".into();
    for (name, phone) in [
        ("Siân", "Siân: 07700 900456"),
        ("Surgery", "029 2033 4455 (Mon–Fri 9–5)"),
        ("Ward", "ask at the front desk"),
    ] {
        plan.crisis.supporters.push(wrap_core::Supporter {
            name: name.into(),
            phone: phone.into(),
            ..wrap_core::Supporter::default()
        });
    }
    for document in KINDS {
        let pdf = render(&plan, &options(document)).expect("renders");
        let mut uris = link_uris(&lopdf::Document::load_mem(&pdf).expect("parses"));
        // A number with its note may wrap, and each line of it is a link.
        uris.dedup();
        assert_eq!(uris, ["tel:07700900456", "tel:02920334455"], "{document:?}");
        let text = pdf_text(&pdf);
        for phone in ["Siân: 07700 900456", "029 2033 4455 (Mon–Fri 9–5)"] {
            assert!(text.contains(phone), "{document:?}: {phone} in {text}");
        }
    }
}

/// A sentence in each script the bundled fonts are for.
const SCRIPTS: &[(&str, &str)] = &[
    ("Latin", "Ffion’s office: “well-being” first"),
    ("Greek", "Καλημέρα, είμαι καλά"),
    ("Cyrillic", "Мне нужно немного тишины"),
    ("Arabic", "أحتاج إلى بعض الهدوء"),
    ("Urdu", "مجھے تھوڑی خاموشی چاہیے"),
    ("Hebrew", "אני צריכה קצת שקט"),
    ("Devanagari", "मुझे थोड़ी शांति चाहिए"),
    ("Gurmukhi", "ਮੈਨੂੰ ਥੋੜ੍ਹੀ ਸ਼ਾਂਤੀ ਚਾਹੀਦੀ ਹੈ"),
    ("Bengali", "আমার একটু শান্তি দরকার"),
    ("Gujarati", "મને થોડી શાંતિ જોઈએ છે"),
    ("Tamil", "எனக்கு கொஞ்சம் அமைதி வேண்டும்"),
    ("Thai", "ฉันต้องการความสงบสักหน่อย"),
    ("Ethiopic", "ትንሽ ጸጥታ እፈልጋለሁ"),
    ("Hangul", "조용한 시간이 필요해요"),
    ("Chinese", "我需要一点安静。"),
    ("Japanese", "少し静かにしてほしいです。"),
];

#[test]
fn the_text_layer_gives_back_every_script_exactly() {
    for (script, sentence) in SCRIPTS {
        for face in [crate::Face::Regular, crate::Face::Bold] {
            let blocks = [if face == crate::Face::Bold {
                Block::Heading((*sentence).into())
            } else {
                Block::Paragraph((*sentence).into())
            }];
            let laid = crate::layout::layout(&blocks, &crate::layout::LayoutOptions::default());
            let pdf = crate::write_pdf(&laid, &crate::Metadata::default()).expect("writes");
            let text = crate::extract::text(&pdf);
            let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
            assert_eq!(first, *sentence, "{script} in {face:?}");
            assert!(!text.contains('\u{FFFD}'), "{script}");
        }
    }
}

#[test]
fn no_document_of_any_sample_holds_a_replacement_character() {
    for (name, plan) in samples() {
        for kind in KINDS {
            let pdf = render(&plan, &options(kind)).expect("renders");
            assert!(!pdf_text(&pdf).contains('\u{FFFD}'), "{name} {kind:?}");
            assert!(crate::unprintable(&plan).is_empty(), "{name}");
        }
    }
}

/// Every phone number written in a plan: record fields and numbers inside other text.
fn phone_numbers(plan: &Plan) -> Vec<String> {
    wrap_testkit::words(plan)
        .iter()
        .flat_map(|text| {
            crate::layout::phone_numbers(text)
                .into_iter()
                .map(|range| text[range].to_string())
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn no_phone_number_of_any_sample_is_split_across_lines() {
    for (name, plan) in samples() {
        let numbers = phone_numbers(&plan);
        assert!(
            !numbers.is_empty() || plan.crisis.supporters.is_empty(),
            "{name}"
        );
        for kind in KINDS {
            for paper in [Paper::A4, Paper::Letter] {
                for large_print in [false, true] {
                    let laid = layout_plan(
                        &plan,
                        &PdfOptions {
                            document: kind,
                            paper,
                            large_print,
                            ..PdfOptions::default()
                        },
                    );
                    let texts: Vec<&str> = laid
                        .pages
                        .iter()
                        .flat_map(|p| &p.items)
                        .filter_map(|i| match i {
                            Item::Text { text, .. } => Some(text.as_str()),
                            _ => None,
                        })
                        .collect();
                    let every = texts.join("\n");
                    for number in &numbers {
                        // Printed at all in this document: then on one line.
                        let digits: String = number.chars().filter(char::is_ascii_digit).collect();
                        let printed = every
                            .chars()
                            .filter(char::is_ascii_digit)
                            .collect::<String>()
                            .contains(&digits);
                        if printed {
                            assert!(
                                texts.iter().any(|t| t.contains(number.as_str())),
                                "{name} {kind:?} {paper:?} large {large_print}: {number:?} is split"
                            );
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn right_to_left_lines_of_a_sample_end_at_the_right_margin() {
    let (_, plan) = samples()
        .into_iter()
        .find(|(name, _)| name == "urdu")
        .expect("the Urdu sample");
    let laid = layout_plan(&plan, &options(Document::Full));
    let right = laid.page.width - 54.0;
    let mut at_margin = 0;
    for item in laid.pages.iter().flat_map(|p| &p.items) {
        if let Item::Text {
            x,
            size,
            glyphs,
            rtl: true,
            ..
        } = item
        {
            let width = glyphs.iter().map(|g| g.advance).sum::<f32>() * size;
            assert!(x + width <= right + 0.05, "{item:?}");
            if (x + width - right).abs() < 0.05 {
                at_margin += 1;
            }
        }
    }
    // Paragraphs and list entries: the lines of what the person wrote.
    assert!(
        at_margin >= 10,
        "{at_margin} right-to-left lines end at the margin"
    );
}

#[test]
fn a_private_use_character_prints_a_placeholder_and_keeps_its_text() {
    let mut plan = Plan::default();
    plan.about.owner = "Alex".into();
    plan.crisis.please_do.push("Sit with me \u{E000}".into());
    let pdf = render(&plan, &options(Document::Crisis)).expect("renders");
    assert!(pdf_text(&pdf).contains("Sit with me \u{E000}"));
    assert_eq!(crate::unprintable(&plan)[0].path, "crisis.please_do[0]");
}

/// The texts of one page, in the order they are drawn.
fn page_texts(laid: &crate::layout::Layout, page: usize) -> Vec<(String, crate::Face, f32)> {
    laid.pages[page]
        .items
        .iter()
        .filter_map(|i| match i {
            Item::Text {
                text, face, size, ..
            } => Some((text.clone(), *face, *size)),
            _ => None,
        })
        .collect()
}

#[test]
fn page_one_of_the_crisis_plan_holds_what_is_urgent_in_order() {
    for (name, plan) in samples() {
        let l = plan.document_language(wrap_core::Language::EnGb);
        let urgent: Vec<&str> = Document::Crisis
            .parts_in(l)
            .iter()
            .filter(|p| p.urgent)
            .map(|p| p.heading)
            .collect();
        for (paper, large_print) in [
            (Paper::A4, false),
            (Paper::A4, true),
            (Paper::Letter, false),
            (Paper::Letter, true),
        ] {
            let options = PdfOptions {
                document: Document::Crisis,
                paper,
                large_print,
                ..PdfOptions::default()
            };
            let laid = layout_plan(&plan, &options);
            let name = format!("{name} {paper:?} large print {large_print}");
            assert_eq!(
                crate::crisis_first_page(&plan, &options).map(|f| f.holds_urgent),
                Some(true),
                "{name}"
            );
            let first: Vec<String> = page_texts(&laid, 0).into_iter().map(|t| t.0).collect();
            let all = laid.text();
            // Whose plan, its date and that it replaces earlier ones come first.
            let title = Document::Crisis.title_in(&plan, l);
            assert!(title.starts_with(first[0].as_str()), "{name}: {first:?}");
            let sentence = wrap_core::crisis_dated_in(&plan, l);
            let opening: Vec<&str> = sentence.split(' ').take(3).collect();
            let dated = all.find(&opening.join(" ")).expect("the date");
            assert!(Some(dated) < all.find(urgent[0]), "{name}");
            // On page one, though a long sentence may take two lines.
            assert!(
                first.join(" ").contains(wrap_core::replaces_earlier(l)),
                "{name}"
            );
            // The urgent parts in their order, before anything else.
            let mut at = 0;
            for heading in &urgent {
                let found = all[at..].find(heading).map(|i| i + at);
                assert!(found.is_some(), "{name}: {heading} missing or out of order");
                at = found.unwrap_or(at);
            }
            assert!(
                at < all
                    .find(&crate::document::crisis_rest(l))
                    .unwrap_or(usize::MAX)
            );
            {
                // All of it on page 1, in large print too: every heading and every word.
                for heading in &urgent {
                    assert!(first.iter().any(|t| t == heading), "{name}: {heading}");
                }
                let page_one = first.join("\n");
                for part in Document::Crisis.parts().iter().filter(|p| p.urgent) {
                    let only = match Document::Crisis.part(&plan, part.key) {
                        wrap_core::PartRef::List(items) => items.join(" "),
                        wrap_core::PartRef::Text(text) => text.to_string(),
                        _ => continue,
                    };
                    assert_words_in(
                        &only
                            .split_whitespace()
                            .map(str::to_owned)
                            .collect::<Vec<_>>(),
                        &page_one.split_whitespace().collect::<Vec<_>>().join(" "),
                        &format!("{name} page 1: {}", part.heading),
                    );
                }
            }
        }
    }
}

#[test]
fn a_large_print_crisis_plan_is_on_the_larger_sheet_only_when_page_one_needs_it() {
    let sheets = [(Paper::A4, PageSize::A4, PageSize::A3)];
    let sheets = sheets
        .into_iter()
        .chain([(Paper::Letter, PageSize::LETTER, PageSize::TABLOID)]);
    for (paper, own, larger) in sheets {
        for (sample, needs) in [("minimal", false), ("full", true)] {
            let plan = wrap_testkit::sample(sample);
            let options = PdfOptions {
                document: Document::Crisis,
                paper,
                large_print: true,
                ..PdfOptions::default()
            };
            let laid = layout_plan(&plan, &options);
            assert_eq!(
                laid.page,
                if needs { larger } else { own },
                "{sample} {paper:?}"
            );
            let first = crate::crisis_first_page(&plan, &options).expect("a crisis plan");
            assert_eq!(first.larger_sheet, needs, "{sample} {paper:?}");
            // Kept on the paper asked for, what does not fit runs on, and says so.
            let kept = PdfOptions {
                keep_paper: true,
                ..options.clone()
            };
            assert_eq!(layout_plan(&plan, &kept).page, own);
            let first = crate::crisis_first_page(&plan, &kept).expect("a crisis plan");
            assert!(!first.larger_sheet, "{sample} {paper:?}");
            assert_eq!(first.holds_urgent, !needs, "{sample} {paper:?}");
            // Normal print stays on the paper asked for.
            let normal = PdfOptions {
                large_print: false,
                ..options.clone()
            };
            assert_eq!(layout_plan(&plan, &normal).page, own);
            let first = crate::crisis_first_page(&plan, &normal).expect("a crisis plan");
            assert!(
                !first.larger_sheet && first.holds_urgent,
                "{sample} {paper:?}"
            );
            // Neither the full plan nor the card moves to it.
            for document in [Document::Full, Document::Card] {
                let other = PdfOptions {
                    document,
                    ..options.clone()
                };
                assert_ne!(layout_plan(&plan, &other).page, larger);
                assert_eq!(crate::crisis_first_page(&plan, &other), None);
            }
        }
    }
}

#[test]
fn urgent_parts_too_long_for_any_sheet_are_said_to_run_on() {
    let mut plan = wrap_testkit::sample("minimal");
    plan.crisis.please_do = (0..80)
        .map(|n| format!("Something that helps, number {n}, said at some length so it wraps"))
        .collect();
    for large_print in [false, true] {
        let options = PdfOptions {
            document: Document::Crisis,
            large_print,
            ..PdfOptions::default()
        };
        let first = crate::crisis_first_page(&plan, &options).expect("a crisis plan");
        assert!(!first.holds_urgent);
        assert_eq!(first.larger_sheet, large_print);
    }
}

#[test]
fn every_phone_of_the_crisis_plan_and_card_is_bold_and_on_one_line() {
    for (name, plan) in samples() {
        for document in [Document::Crisis, Document::Card] {
            for large_print in [false, true] {
                let options = PdfOptions {
                    document,
                    large_print,
                    ..PdfOptions::default()
                };
                let laid = layout_plan(&plan, &options);
                let texts: Vec<_> = (0..laid.pages.len())
                    .flat_map(|p| page_texts(&laid, p))
                    .collect();
                let body = crate::document::layout_options(&options, String::new(), Language::EnGb)
                    .body_size;
                let phones = plan
                    .crisis
                    .supporters
                    .iter()
                    .map(|s| s.phone.as_str())
                    .chain(plan.crisis.health_contacts.iter().map(|h| h.phone.as_str()));
                for phone in phones.filter(|p| !p.trim().is_empty()) {
                    let printed = texts.iter().find(|(t, _, _)| t.trim() == phone.trim());
                    let Some((_, face, size)) = printed else {
                        // The card may leave a health contact out; the crisis plan never.
                        // Left out, not split: no line holds the number's first part.
                        let split = texts.iter().any(|(t, _, _)| {
                            t.trim().len() >= 4 && phone.trim().starts_with(t.trim())
                        });
                        assert!(
                            document == Document::Card && !split,
                            "{name}: {phone} not on one line (large print: {large_print})"
                        );
                        continue;
                    };
                    assert!(face.is_bold(), "{name} {document}: {phone} is not bold");
                    assert!(*size > body, "{name} {document}: {phone} is not larger");
                }
            }
        }
    }
}

#[test]
fn the_card_is_always_one_page() {
    let mut plans = samples();
    let (_, full) = plans
        .iter()
        .find(|(name, _)| name == "full")
        .cloned()
        .expect("the full sample");
    let mut long = wrap_testkit::with_lists_repeated(&full, 34);
    long.early_warning_signs.signs.truncate(100);
    assert_eq!(long.early_warning_signs.signs.len(), 100);
    plans.push(("100 entries".to_string(), long));
    for (name, plan) in plans {
        for paper in [Paper::A4, Paper::Letter] {
            for large_print in [false, true] {
                let options = PdfOptions {
                    document: Document::Card,
                    paper,
                    large_print,
                    ..PdfOptions::default()
                };
                let laid = layout_plan(&plan, &options);
                assert_eq!(laid.pages.len(), 1, "{name} {paper:?} large {large_print}");
                assert_eq!(laid.page, paper.page(Document::Card, large_print));
                let left_out = crate::card_left_out(&plan, &options);
                let text = laid.text();
                assert_eq!(
                    text.contains(wrap_core::more_in_full_plan(
                        plan.document_language(wrap_core::Language::EnGb)
                    )),
                    !left_out.is_empty(),
                    "{name}: says what it left out"
                );
                if name == "100 entries" {
                    assert!(!left_out.is_empty());
                    // Phones are kept before the signs.
                    assert!(text.contains(&plan.crisis.supporters[0].phone), "{name}");
                }
                // At least 5 mm from every edge.
                for item in laid.pages.iter().flat_map(|p| &p.items) {
                    if let Item::Text { x, y, .. } = item {
                        assert!(*x >= crate::layout::MIN_EDGE, "{item:?}");
                        assert!(*y >= crate::layout::MIN_EDGE, "{item:?}");
                    }
                }
            }
        }
    }
}

#[test]
fn a_supporter_who_has_not_agreed_is_in_no_crisis_plan_or_card() {
    for (name, plan) in samples() {
        let plan = wrap_testkit::with_unlisted_supporter(plan);
        for document in [Document::Crisis, Document::Card] {
            for large_print in [false, true] {
                let options = PdfOptions {
                    document,
                    large_print,
                    ..PdfOptions::default()
                };
                let text = pdf_text(&render(&plan, &options).expect("renders"));
                assert!(!text.contains("Gwilym"), "{name} {document}");
                assert!(!text.contains("900999"), "{name} {document}");
            }
        }
        let full = pdf_text(&render(&plan, &PdfOptions::default()).expect("renders"));
        assert!(
            full.contains("Gwilym Unlisted"),
            "{name}: the person's own copy"
        );
    }
}

#[test]
fn the_markdown_and_the_pdf_crisis_plans_list_the_same_parts_in_the_same_order() {
    for (name, plan) in samples() {
        let l = plan.document_language(wrap_core::Language::EnGb);
        let headings: Vec<&str> = Document::Crisis
            .parts_in(l)
            .iter()
            .map(|p| p.heading)
            .collect();
        for empty_parts in [EmptyParts::Show, EmptyParts::LeaveOut] {
            let markdown = wrap_export::render_markdown(
                &plan,
                wrap_export::MarkdownOptions {
                    document: Document::Crisis,
                    empty_parts,
                    language: None,
                },
            );
            let in_markdown: Vec<&str> = markdown
                .lines()
                .filter_map(|l| l.strip_prefix("## "))
                .collect();
            let laid = layout_plan(
                &plan,
                &PdfOptions {
                    document: Document::Crisis,
                    empty_parts,
                    ..PdfOptions::default()
                },
            );
            let texts = laid.text();
            let in_pdf: Vec<&str> = texts
                .lines()
                .filter(|line| headings.contains(line))
                .collect();
            assert_eq!(in_markdown, in_pdf, "{name} {empty_parts:?}");
            if empty_parts == EmptyParts::Show {
                assert_eq!(in_pdf, headings, "{name}");
            }
        }
    }
}

#[test]
fn no_printed_document_shows_an_iso_date() {
    let iso = |text: &str| {
        text.as_bytes().windows(10).any(|w| {
            w.iter().enumerate().all(|(i, b)| {
                if i == 4 || i == 7 {
                    *b == b'-'
                } else {
                    b.is_ascii_digit()
                }
            })
        })
    };
    for (name, plan) in samples() {
        for kind in KINDS {
            let text = layout_plan(&plan, &options(kind)).text();
            assert!(!iso(&text), "{name} {kind:?}");
        }
        for document in KINDS {
            let markdown = wrap_export::render_markdown(
                &plan,
                wrap_export::MarkdownOptions {
                    document,
                    ..wrap_export::MarkdownOptions::default()
                },
            );
            assert!(!iso(&markdown), "{name} {document} Markdown");
        }
    }
}

#[test]
fn empty_parts_say_not_written_yet_unless_left_out() {
    let (_, plan) = samples()
        .into_iter()
        .find(|(name, _)| name == "minimal")
        .expect("the minimal sample");
    for kind in [Document::Full, Document::Crisis] {
        let shown = layout_plan(&plan, &options(kind));
        let texts: Vec<_> = (0..shown.pages.len())
            .flat_map(|p| page_texts(&shown, p))
            .collect();
        let quiet: Vec<_> = texts
            .iter()
            .filter(|(t, _, _)| t == wrap_core::not_written_yet(Language::EnGb))
            .collect();
        assert!(!quiet.is_empty(), "{kind:?}");
        let body = crate::document::layout_options(&options(kind), String::new(), Language::EnGb)
            .body_size;
        assert!(
            quiet
                .iter()
                .all(|(_, face, size)| !face.is_bold() && *size < body)
        );
        let left = layout_plan(
            &plan,
            &PdfOptions {
                empty_parts: EmptyParts::LeaveOut,
                ..options(kind)
            },
        );
        assert!(
            !left
                .text()
                .contains(wrap_core::not_written_yet(Language::EnGb)),
            "{kind:?}"
        );
        assert!(left.pages.len() <= shown.pages.len());
    }
}

/// Every template: each kind, on both papers, at normal and large print.
fn templates() -> Vec<(String, crate::layout::Layout)> {
    let mut all = Vec::new();
    for document in KINDS {
        for paper in [Paper::A4, Paper::Letter] {
            for large_print in [false, true] {
                let options = PdfOptions {
                    document,
                    paper,
                    large_print,
                    ..PdfOptions::default()
                };
                let name = format!("{} {paper:?} large={large_print}", kind_name(document));
                all.push((name, layout_template(&options)));
            }
        }
    }
    all
}

/// A page's horizontal rules as `(y, x1, x2)`, and the height of its footer's rule (the
/// lowest): what lies above it is the body.
fn rules(page: &crate::layout::Page) -> (Vec<(f32, f32, f32)>, f32) {
    let horizontal: Vec<(f32, f32, f32)> = page
        .items
        .iter()
        .filter_map(|item| match item {
            Item::Line { x1, y1, x2, y2, .. } if (y1 - y2).abs() < 0.01 => Some((*y1, *x1, *x2)),
            _ => None,
        })
        .collect();
    let footer = horizontal.iter().map(|r| r.0).fold(f32::INFINITY, f32::min);
    let body = horizontal
        .into_iter()
        .filter(|r| r.0 > footer + 1.0)
        .collect();
    (body, footer)
}

#[test]
fn the_template_gives_a_handwritten_phone_or_email_at_least_38_mm() {
    let least = 38.0 * 72.0 / 25.4 - 0.01;
    for (name, laid) in templates() {
        let mut seen = 0;
        for page in &laid.pages {
            let (horizontal, _) = rules(page);
            let dividers: Vec<(f32, f32, f32)> = page
                .items
                .iter()
                .filter_map(|item| match item {
                    Item::Line { x1, y1, x2, y2, .. } if (x1 - x2).abs() < 0.01 => {
                        Some((*x1, y1.min(*y2), y1.max(*y2)))
                    }
                    _ => None,
                })
                .collect();
            for item in &page.items {
                let Item::Text { x, y, text, .. } = item else {
                    continue;
                };
                if !["Phone", "Email"].contains(&text.as_str()) {
                    continue;
                }
                seen += 1;
                // A label under the rule it names: the rule just above it holds the text.
                let rule = horizontal
                    .iter()
                    .filter(|r| r.0 > *y && r.0 - *y < 30.0 && r.1 <= *x + 0.5 && *x <= r.2)
                    .min_by(|a, b| a.0.total_cmp(&b.0));
                // A table's header: the column marks below it, either side, bound the cell.
                let below: Vec<&(f32, f32, f32)> = dividers
                    .iter()
                    .filter(|d| d.2 < *y && *y - d.2 < 40.0)
                    .collect();
                let width = if below.is_empty() {
                    let rule = rule.unwrap_or_else(|| panic!("{name}: no rule for {text}"));
                    rule.2 - rule.1
                } else {
                    let left = below
                        .iter()
                        .map(|d| d.0)
                        .filter(|&d| d < *x)
                        .fold(f32::NEG_INFINITY, f32::max);
                    let right = below
                        .iter()
                        .map(|d| d.0)
                        .filter(|&d| d > *x)
                        .fold(f32::INFINITY, f32::min);
                    let row = horizontal
                        .iter()
                        .find(|r| r.0 < *y && r.1 <= *x && *x <= r.2)
                        .unwrap_or_else(|| panic!("{name}: no row under {text}"));
                    right.min(row.2) - left.max(row.1)
                };
                assert!(
                    width >= least,
                    "{name}: {text} is {:.1} mm",
                    width * 25.4 / 72.0
                );
            }
        }
        // The card has its supporters' phones; the plans have e-mail addresses as well.
        let expected = if name.starts_with("card") { 1 } else { 2 };
        assert!(seen >= expected, "{name}: {seen} phone or e-mail places");
    }
}

#[test]
fn large_print_writing_lines_are_at_least_10_mm_apart() {
    let least = 10.0 * 72.0 / 25.4;
    for (name, laid) in templates().into_iter().filter(|t| t.0.ends_with("true")) {
        let mut gaps = 0;
        for page in &laid.pages {
            let (mut horizontal, _) = rules(page);
            // The writing lines: full-width thin rules, one under another.
            let full = horizontal.iter().map(|r| r.2 - r.1).fold(0.0, f32::max);
            horizontal.retain(|r| r.2 - r.1 > full - 1.0);
            horizontal.sort_by(|a, b| b.0.total_cmp(&a.0));
            for pair in horizontal.windows(2) {
                let gap = pair[0].0 - pair[1].0;
                if gap < 2.0 * least {
                    gaps += 1;
                    assert!(gap >= least - 0.01, "{name}: lines {gap:.1} pt apart");
                }
            }
        }
        assert!(gaps >= 10, "{name}: {gaps} gaps between writing lines");
    }
}

#[test]
fn no_ruled_line_of_the_template_is_without_a_question_and_no_heading_ends_a_page() {
    for (name, laid) in templates() {
        for (number, page) in laid.pages.iter().enumerate() {
            let (horizontal, footer) = rules(page);
            let texts: Vec<(f32, crate::Face, &str)> = page
                .items
                .iter()
                .filter_map(|item| match item {
                    Item::Text { y, face, text, .. } if *y > footer + 1.0 => {
                        Some((*y, *face, text.as_str()))
                    }
                    _ => None,
                })
                .collect();
            // The top rule of the page has a heading or a question in bold above it.
            if let Some(top) = horizontal.iter().map(|r| r.0).reduce(f32::max) {
                assert!(
                    texts.iter().any(|t| t.0 > top && t.1 == crate::Face::Bold),
                    "{name}: page {} starts with a ruled line",
                    number + 1
                );
            }
            // The lowest thing on the page is not a heading.
            let lowest_rule = horizontal.iter().map(|r| r.0).fold(f32::INFINITY, f32::min);
            if let Some(last) = texts.iter().min_by(|a, b| a.0.total_cmp(&b.0))
                && last.0 < lowest_rule
            {
                assert!(
                    last.1 != crate::Face::Bold,
                    "{name}: page {} ends with {:?}",
                    number + 1,
                    last.2
                );
            }
        }
    }
}

#[test]
fn the_signatures_are_on_the_page_of_the_last_part_they_sign() {
    let last = SectionKey::Crisis
        .guide()
        .parts
        .last()
        .expect("the crisis section has parts")
        .heading;
    let check = |name: &str, laid: &crate::layout::Layout, last: &str| {
        let page = laid
            .pages
            .iter()
            .position(|p| page_has(p, "Signatures"))
            .unwrap_or_else(|| panic!("{name}: no signatures"));
        assert!(page_has(&laid.pages[page], last), "{name}: {last}");
    };
    for (name, laid) in templates().into_iter().filter(|t| !t.0.starts_with("card")) {
        check(&name, &laid, last);
    }
    for (name, plan) in samples() {
        for document in [Document::Full, Document::Crisis] {
            for large_print in [false, true] {
                let options = PdfOptions {
                    document,
                    large_print,
                    language: "en-GB".into(),
                    ..PdfOptions::default()
                };
                let laid = layout_plan(&plan, &options);
                let shown = document
                    .parts()
                    .iter()
                    .rfind(|p| p.section == SectionKey::Crisis)
                    .expect("crisis parts")
                    .heading;
                check(&format!("{name} {document:?} {large_print}"), &laid, shown);
            }
        }
    }
}

/// Whether a text item of the page reads exactly `text`.
fn page_has(page: &crate::layout::Page, text: &str) -> bool {
    page.items
        .iter()
        .any(|i| matches!(i, Item::Text { text: t, .. } if t == text))
}

/// What the structure tree of a PDF holds, read back with lopdf.
struct Tagged {
    /// Every structure element's type, in the order of the tree (depth first).
    tags: Vec<String>,
    /// Each element's type with the types of its children.
    children: Vec<(String, Vec<String>)>,
    /// The scopes of the header cells.
    scopes: Vec<String>,
    /// The descriptions of the link annotations.
    links: Vec<String>,
}

/// Checks that every text-showing operator of every page is inside marked content whose
/// number a structure element owns through the parent tree, or inside an artifact; that
/// the catalog says the file is tagged, in which language, and that its XMP metadata
/// declares PDF/UA-1; that every link annotation is owned by a `Link` element. Returns
/// the tree for further checks.
fn check_tagged(pdf: &[u8], what: &str) -> Tagged {
    use lopdf::content::Content;
    use lopdf::{Dictionary, Object, ObjectId};

    let doc = lopdf::Document::load_mem(pdf).expect("the PDF parses");
    assert_eq!(doc.version, "1.7", "{what}: version");
    let catalog = doc.catalog().expect("catalog");
    let marked = catalog
        .get(b"MarkInfo")
        .and_then(|m| m.as_dict())
        .and_then(|m| m.get(b"Marked"))
        .and_then(|m| m.as_bool());
    assert_eq!(marked.ok(), Some(true), "{what}: MarkInfo");
    let lang = lopdf::decode_text_string(catalog.get(b"Lang").expect("Lang")).expect("text");
    assert!(!lang.trim().is_empty(), "{what}: Lang");
    let display_title = catalog
        .get(b"ViewerPreferences")
        .and_then(|v| v.as_dict())
        .and_then(|v| v.get(b"DisplayDocTitle"))
        .and_then(|v| v.as_bool());
    assert_eq!(display_title.ok(), Some(true), "{what}: DisplayDocTitle");
    let xmp = catalog
        .get(b"Metadata")
        .and_then(|m| m.as_reference())
        .and_then(|id| doc.get_object(id))
        .and_then(|o| o.as_stream())
        .expect("XMP metadata");
    let xmp = xmp.decompressed_content().expect("XMP inflates");
    let xmp = String::from_utf8(xmp).expect("XMP is UTF-8");
    assert!(
        xmp.contains("<pdfuaid:part>1</pdfuaid:part>"),
        "{what}: {xmp}"
    );
    assert!(xmp.contains("<dc:title>"), "{what}: {xmp}");
    assert!(
        xmp.contains(&format!("<rdf:li>{lang}</rdf:li>")),
        "{what}: {xmp}"
    );

    let deref = |object: &Object| -> Object {
        match object {
            Object::Reference(id) => doc.get_object(*id).expect("object").clone(),
            other => other.clone(),
        }
    };
    let root = deref(catalog.get(b"StructTreeRoot").expect("StructTreeRoot"));
    let root = root.as_dict().expect("a dictionary");
    let parent_tree = deref(root.get(b"ParentTree").expect("ParentTree"));
    let nums = parent_tree
        .as_dict()
        .and_then(|d| d.get(b"Nums"))
        .and_then(|n| n.as_array())
        .expect("Nums")
        .clone();
    let mut entries: std::collections::BTreeMap<i64, Object> = Default::default();
    for pair in nums.chunks(2) {
        entries.insert(pair[0].as_i64().expect("key"), pair[1].clone());
    }
    // Whether an element's kids name marked content `mcid` on `page`.
    let owns = |element: &Dictionary, page: ObjectId, mcid: i64| -> bool {
        let own_page = element.get(b"Pg").and_then(|p| p.as_reference()).ok();
        let kids = match element.get(b"K").expect("K") {
            Object::Array(kids) => kids.clone(),
            other => vec![other.clone()],
        };
        kids.iter().any(|kid| match deref(kid) {
            Object::Integer(n) => n == mcid && own_page == Some(page),
            Object::Dictionary(d) => {
                d.get(b"MCID").and_then(|m| m.as_i64()).ok() == Some(mcid)
                    && d.get(b"Pg").and_then(|p| p.as_reference()).ok() == Some(page)
            }
            _ => false,
        })
    };

    let mut links = Vec::new();
    for (number, page) in doc.get_pages() {
        let dict = doc.get_dictionary(page).expect("page");
        let key = dict.get(b"StructParents").and_then(|k| k.as_i64()).ok();
        let owners = key
            .and_then(|k| entries.get(&k))
            .map(|o| o.as_array().expect("an array").clone())
            .unwrap_or_default();
        let content = Content::decode(&doc.get_page_content(page)).expect("content");
        // Open marked content, innermost last: whether it is an artifact, and its MCID.
        let mut open: Vec<(bool, Option<i64>)> = Vec::new();
        let mut texts = 0;
        for op in &content.operations {
            let covered = |open: &[(bool, Option<i64>)]| {
                open.iter()
                    .any(|(artifact, mcid)| *artifact || mcid.is_some())
            };
            match op.operator.as_str() {
                "BMC" | "BDC" => {
                    let artifact = op.operands[0].as_name().expect("a tag") == b"Artifact";
                    let mcid = op
                        .operands
                        .get(1)
                        .and_then(|p| p.as_dict().ok())
                        .and_then(|p| p.get(b"MCID").ok())
                        .and_then(|m| m.as_i64().ok());
                    if let Some(mcid) = mcid {
                        assert!(!covered(&open), "{what}: page {number}: nested MCID");
                        let element = deref(owners.get(mcid as usize).unwrap_or_else(|| {
                            panic!("{what}: page {number}: MCID {mcid} not in the parent tree")
                        }));
                        let element = element.as_dict().expect("an element");
                        assert!(
                            owns(element, page, mcid),
                            "{what}: page {number}: MCID {mcid} not among its element's kids"
                        );
                    }
                    open.push((artifact, mcid));
                }
                "EMC" => {
                    open.pop().expect("EMC closes marked content");
                }
                "Tj" | "TJ" | "'" | "\"" => {
                    texts += 1;
                    assert!(
                        covered(&open),
                        "{what}: page {number}: text neither tagged nor an artifact"
                    );
                }
                "re" | "m" | "l" | "S" | "f" => assert!(
                    covered(&open),
                    "{what}: page {number}: a drawing neither tagged nor an artifact"
                ),
                _ => {}
            }
        }
        assert!(
            open.is_empty(),
            "{what}: page {number}: marked content left open"
        );
        assert!(texts > 0, "{what}: page {number} shows no text");
        let annots = dict
            .get(b"Annots")
            .and_then(|a| a.as_array())
            .cloned()
            .unwrap_or_default();
        if !annots.is_empty() {
            assert_eq!(
                dict.get(b"Tabs").and_then(|t| t.as_name()).ok(),
                Some(&b"S"[..]),
                "{what}: Tabs"
            );
        }
        for annot in &annots {
            let id = annot.as_reference().expect("annotations are objects");
            let annot = doc.get_dictionary(id).expect("annotation");
            let contents =
                lopdf::decode_text_string(annot.get(b"Contents").expect("Contents")).expect("text");
            assert!(
                !contents.trim().is_empty(),
                "{what}: empty link description"
            );
            links.push(contents);
            let key = annot
                .get(b"StructParent")
                .and_then(|k| k.as_i64())
                .expect("StructParent");
            let element = deref(entries.get(&key).expect("the annotation's element"));
            let element = element.as_dict().expect("an element");
            assert_eq!(
                element.get(b"S").and_then(|s| s.as_name()).ok(),
                Some(&b"Link"[..])
            );
            let kids = element.get(b"K").and_then(|k| k.as_array()).expect("kids");
            assert!(
                kids.iter().any(|kid| deref(kid).as_dict().is_ok_and(|d| d
                    .get(b"Obj")
                    .and_then(|o| o.as_reference())
                    .ok()
                    == Some(id))),
                "{what}: the Link element does not own its annotation"
            );
        }
    }

    // The tree, depth first.
    let mut tagged = Tagged {
        tags: Vec::new(),
        children: Vec::new(),
        scopes: Vec::new(),
        links,
    };
    let top = match root.get(b"K").expect("K") {
        Object::Array(kids) => kids.clone(),
        other => vec![other.clone()],
    };
    let mut stack: Vec<Object> = top.into_iter().rev().collect();
    while let Some(kid) = stack.pop() {
        let Object::Dictionary(element) = deref(&kid) else {
            continue;
        };
        let Ok(tag) = element.get(b"S").and_then(|s| s.as_name()) else {
            continue;
        };
        let tag = String::from_utf8_lossy(tag).into_owned();
        if tag == "TH" {
            let scope = element
                .get(b"A")
                .and_then(|a| a.as_dict())
                .and_then(|a| a.get(b"Scope"))
                .and_then(|s| s.as_name())
                .expect("a header cell has a scope");
            tagged
                .scopes
                .push(String::from_utf8_lossy(scope).into_owned());
        }
        let kids = match element.get(b"K") {
            Ok(Object::Array(kids)) => kids.clone(),
            Ok(other) => vec![other.clone()],
            Err(_) => Vec::new(),
        };
        let child_tags: Vec<String> = kids
            .iter()
            .filter_map(|k| {
                let d = deref(k);
                let d = d.as_dict().ok()?;
                let s = d.get(b"S").and_then(|s| s.as_name()).ok()?;
                Some(String::from_utf8_lossy(s).into_owned())
            })
            .collect();
        tagged.tags.push(tag.clone());
        tagged.children.push((tag, child_tags));
        stack.extend(kids.into_iter().rev());
    }
    assert_eq!(
        tagged.tags.first().map(String::as_str),
        Some("Document"),
        "{what}"
    );
    tagged
}

/// Checks every sample's document of `kind` and returns the trees.
fn every_sample_tagged(kind: Document) -> Vec<(String, Tagged)> {
    samples()
        .into_iter()
        .map(|(name, plan)| {
            let pdf = render(&plan, &options(kind)).expect("renders");
            let what = format!("{name} {}", kind_name(kind));
            let tagged = check_tagged(&pdf, &what);
            (name, tagged)
        })
        .collect()
}

/// Whether every element of type `tag` has only children of the types `allowed`, and at
/// least one element of type `tag` exists.
fn children_are(tagged: &Tagged, tag: &str, allowed: &[&str]) -> bool {
    let mut found = false;
    for (parent, children) in &tagged.children {
        if parent == tag {
            found = true;
            if !children.iter().all(|c| allowed.contains(&c.as_str())) {
                return false;
            }
        }
    }
    found
}

fn count(tagged: &Tagged, tag: &str) -> usize {
    tagged.tags.iter().filter(|t| *t == tag).count()
}

#[test]
fn every_text_of_every_full_plan_is_tagged_or_an_artifact() {
    for (name, tagged) in every_sample_tagged(Document::Full) {
        // The title, the sections and the parts in them.
        assert_eq!(count(&tagged, "H1"), 1, "{name}");
        assert!(count(&tagged, "H2") >= 5, "{name}");
        assert!(count(&tagged, "H3") > count(&tagged, "H2"), "{name}");
        assert!(children_are(&tagged, "L", &["LI"]), "{name}");
        assert!(children_are(&tagged, "LI", &["Lbl", "LBody"]), "{name}");
        assert!(children_are(&tagged, "Table", &["TR"]), "{name}");
        assert!(children_are(&tagged, "TR", &["TH", "TD"]), "{name}");
        assert!(tagged.scopes.iter().any(|s| s == "Column"), "{name}");
        assert!(tagged.scopes.iter().any(|s| s == "Row"), "{name}");
        assert!(count(&tagged, "Sect") > 0, "{name}");
    }
}

#[test]
fn every_text_of_every_crisis_plan_is_tagged_or_an_artifact() {
    for (name, tagged) in every_sample_tagged(Document::Crisis) {
        assert_eq!(count(&tagged, "H1"), 1, "{name}");
        assert!(count(&tagged, "H2") > 0, "{name}");
        if name == "full" {
            assert!(children_are(&tagged, "LI", &["Lbl", "LBody"]), "{name}");
            assert!(
                tagged
                    .links
                    .iter()
                    .any(|l| l == "Call Dafydd Evans, 07700 900123"),
                "{:?}",
                tagged.links
            );
            assert!(children_are(&tagged, "TR", &["TH", "TD"]), "{name}");
        }
    }
}

#[test]
fn every_text_of_every_card_is_tagged_or_an_artifact() {
    for (name, tagged) in every_sample_tagged(Document::Card) {
        // The card's name is its title; its parts are the sections under it.
        assert_eq!(count(&tagged, "H1"), 1, "{name}");
        assert_eq!(count(&tagged, "H3"), 0, "{name}");
        if name == "full" {
            assert!(children_are(&tagged, "TR", &["TH", "TD"]), "{name}");
            assert!(tagged.scopes.iter().all(|s| s == "Row"), "{name}");
            assert!(
                tagged.links.iter().all(|l| l.starts_with("Call ")),
                "{name}"
            );
        }
    }
}

#[test]
fn every_text_of_every_template_is_tagged_or_an_artifact() {
    for kind in KINDS {
        let pdf = render_template(&options(kind)).expect("renders");
        let tagged = check_tagged(&pdf, &format!("{} template", kind_name(kind)));
        assert_eq!(count(&tagged, "H1"), 1);
        assert!(count(&tagged, "H2") > 0);
        if kind != Document::Card {
            assert!(tagged.scopes.iter().all(|s| s == "Column" || s == "Row"));
        }
    }
}

#[test]
fn the_catalog_language_comes_from_the_options() {
    let (_, plan) = samples()
        .into_iter()
        .find(|(name, _)| name == "welsh")
        .expect("the Welsh sample");
    let options = PdfOptions {
        language: "cy".to_string(),
        ..PdfOptions::default()
    };
    let pdf = render(&plan, &options).expect("renders");
    let doc = lopdf::Document::load_mem(&pdf).expect("parses");
    let lang = doc.catalog().and_then(|c| c.get(b"Lang")).expect("Lang");
    assert_eq!(lopdf::decode_text_string(lang).expect("text"), "cy");
    check_tagged(&pdf, "welsh in Welsh");
}

#[test]
fn a_run_in_a_script_of_one_language_carries_that_language() {
    let blocks = [Block::Paragraph("Quiet please: ฉันต้องการความสงบ".into())];
    let settings = crate::layout::LayoutOptions::default();
    let laid = crate::layout::layout(&blocks, &settings);
    let english = crate::Metadata {
        title: "Thai".into(),
        language: "en".into(),
        ..crate::Metadata::default()
    };
    let content = |meta: &crate::Metadata| {
        let pdf = crate::write_pdf(&laid, meta).expect("writes");
        let doc = lopdf::Document::load_mem(&pdf).expect("parses");
        let page = *doc.get_pages().values().next().expect("a page");
        String::from_utf8_lossy(&doc.get_page_content(page)).into_owned()
    };
    assert!(content(&english).contains("/Lang (th)"));
    let thai = crate::Metadata {
        language: "th-TH".into(),
        ..english
    };
    assert!(!content(&thai).contains("/Lang"));
}

#[test]
fn large_print_text_is_never_under_16_points() {
    let large = |document| PdfOptions {
        document,
        large_print: true,
        ..PdfOptions::default()
    };
    let (_, plan) = samples()
        .into_iter()
        .find(|(name, _)| name == "full")
        .expect("the full sample");
    let mut layouts: Vec<crate::layout::Layout> = KINDS
        .iter()
        .map(|&k| layout_plan(&plan, &large(k)))
        .collect();
    layouts.extend(KINDS.iter().map(|&k| layout_template(&large(k))));
    for laid in layouts {
        for item in laid.pages.iter().flat_map(|p| &p.items) {
            if let Item::Text { size, text, .. } = item {
                assert!(*size >= 16.0, "{text:?} at {size} pt");
            }
        }
    }
}

/// The English headings, labels and sentences a printed document may hold.
fn english_words() -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for section in guide() {
        words.push(section.heading.to_owned());
        words.extend(section.parts.iter().map(|part| part.heading.to_owned()));
    }
    words.extend(
        [
            "Agreed to be listed",
            wrap_core::not_written_yet(Language::EnGb),
            wrap_core::replaces_earlier(Language::EnGb),
            "Signatures",
            "The rest of my crisis plan",
            "This crisis plan was written",
            "page 1 of",
        ]
        .map(str::to_owned),
    );
    words.extend(
        [
            "January",
            "February",
            "April",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ]
        .map(str::to_owned),
    );
    words
}

#[test]
fn the_welsh_sample_prints_in_welsh_with_lang_cy() {
    let (_, plan) = samples()
        .into_iter()
        .find(|(name, _)| name == "welsh")
        .expect("the Welsh sample");
    for kind in KINDS {
        let pdf = render(&plan, &options(kind)).expect("renders");
        let doc = lopdf::Document::load_mem(&pdf).expect("parses");
        let lang = doc.catalog().and_then(|c| c.get(b"Lang")).expect("Lang");
        assert_eq!(lopdf::decode_text_string(lang).expect("text"), "cy");
        let text = pdf_text(&pdf);
        for english in english_words() {
            assert!(
                !text.contains(&english),
                "{}: `{english}` is printed in English",
                kind_name(kind)
            );
        }
        let welsh = match kind {
            Document::Full => ["Pecyn lles", "Cynllun argyfwng", "Fy nghefnogwyr"],
            Document::Crisis => ["Cynllun argyfwng", "Fy nghefnogwyr", "Llofnodion"],
            Document::Card => [
                "Arwyddion rhybudd cynnar",
                "Beth wna i gyntaf",
                "Pwy i'w ffonio",
            ],
        };
        for heading in welsh {
            assert!(text.contains(heading), "{}: {heading}", kind_name(kind));
        }
    }
    // The footers number the pages in Welsh.
    assert!(
        pdf_text(&render(&plan, &options(Document::Full)).expect("renders"))
            .contains("tudalen 1 o ")
    );
    // Asked for in English, the same plan prints in English, and says so.
    let english = PdfOptions {
        language: "en-GB".into(),
        ..options(Document::Full)
    };
    let pdf = render(&plan, &english).expect("renders");
    let text = pdf_text(&pdf);
    assert!(text.contains("Wellness toolbox") && !text.contains("Pecyn lles"));
    let doc = lopdf::Document::load_mem(&pdf).expect("parses");
    let lang = doc.catalog().and_then(|c| c.get(b"Lang")).expect("Lang");
    assert_eq!(lopdf::decode_text_string(lang).expect("text"), "en-GB");
}

#[test]
fn a_blank_template_asks_in_the_language_it_is_printed_in() {
    for (tag, question, label) in [
        ("cy", "Cynllun pwy yw hwn?", "tudalen 1 o "),
        ("es", "¿De quién es este plan?", "página 1 de "),
        ("pl", "Czyj to plan?", "strona 1 z "),
    ] {
        let options = PdfOptions {
            language: tag.into(),
            ..PdfOptions::default()
        };
        let pdf = render_template(&options).expect("renders");
        let doc = lopdf::Document::load_mem(&pdf).expect("parses");
        let lang = doc.catalog().and_then(|c| c.get(b"Lang")).expect("Lang");
        assert_eq!(lopdf::decode_text_string(lang).expect("text"), tag);
        let text = pdf_text(&pdf);
        assert!(text.contains(question), "{tag}: {question}");
        assert!(text.contains(label), "{tag}: {label}");
        for section in guide() {
            assert!(
                !text.contains(section.heading),
                "{tag}: {}",
                section.heading
            );
            for part in section.parts {
                assert!(!text.contains(part.question), "{tag}: {}", part.question);
            }
        }
    }
}

#[test]
fn paper_sizes_are_described_in_each_language() {
    use crate::Paper;
    assert_eq!(
        Paper::A4.summary(),
        "A4, 210 x 297 mm (pocket card: A6, or A5 in large print; a large-print crisis plan \
         that needs the room: A3)"
    );
    for paper in Paper::ALL {
        assert_ne!(paper.summary_in(Language::Cy), paper.summary());
        for large in [false, true] {
            assert_eq!(
                paper.card_size_in(large, Language::EnGb),
                paper.card_size(large)
            );
        }
    }
    assert_eq!(Paper::Letter.card_size(false), "4 x 6 inch");
    assert_eq!(Paper::A4.card_size(false), "A6");
    assert_eq!(
        Paper::Letter.card_size_in(false, Language::Cy),
        "4 x 6 modfedd"
    );
    assert_eq!(
        Paper::Letter.card_size_in(true, Language::Es),
        "5 x 8 pulgadas"
    );
    assert_eq!(
        Paper::Letter.card_size_in(false, Language::Pl),
        "4 x 6 cali"
    );
    assert_eq!(Paper::A4.card_size_in(true, Language::Pl), "A5");
    assert!(Paper::A4.summary_in(Language::Cy).contains("cerdyn poced"));
    assert!(
        Paper::A4
            .summary_in(Language::Es)
            .contains("tarjeta de bolsillo")
    );
    assert!(
        Paper::A4
            .summary_in(Language::Pl)
            .contains("karta kieszonkowa")
    );
}

#[test]
fn the_unprintable_warning_is_in_each_language() {
    use crate::Unprintable;
    let one = Unprintable {
        path: "about.owner".into(),
        count: 1,
        characters: vec!['\u{1F600}'],
    };
    let many = Unprintable {
        path: "about.owner".into(),
        count: 6,
        characters: "\u{1F600}\u{1F601}\u{1F602}\u{1F603}\u{1F604}"
            .chars()
            .collect(),
    };
    assert_eq!(
        one.message(),
        "1 character can't be printed (U+1F600): the PDF shows a box in its place, and \
         copying the text still gives it back"
    );
    assert_eq!(
        many.message(),
        "6 characters can't be printed (U+1F600 U+1F601 U+1F602 U+1F603 …): the PDF shows a \
         box in their place, and copying the text still gives them back"
    );
    assert_eq!(one.message_in(Language::EnGb), one.message());
    for (language, word) in [
        (Language::Cy, "argraffu"),
        (Language::Es, "imprimir"),
        (Language::Pl, "wydrukować"),
    ] {
        for found in [&one, &many] {
            let message = found.message_in(language);
            assert!(message.contains(word), "{language}: {message}");
            assert!(message.contains("U+1F600"), "{language}: {message}");
            assert!(message.contains(&found.count.to_string()), "{message}");
        }
    }
    assert!(many.message_in(Language::Pl).starts_with("6 znaków"));
}

#[test]
fn the_footer_is_a_pagination_artifact_of_the_footer_kind() {
    let pdf = render(&Plan::default(), &options(Document::Crisis)).expect("renders");
    let doc = lopdf::Document::load_mem(&pdf).expect("parses");
    for (_, page) in doc.get_pages() {
        let content = doc.get_page_content(page);
        let content = String::from_utf8_lossy(&content);
        let footer = content
            .find("/Artifact <</Type /Pagination /Subtype /Footer>> BDC")
            .expect("a footer artifact on every page");
        // The page number is in it, after the content a reader meets.
        assert!(content[footer..].contains("EMC"), "{content}");
    }
}

/// The objects of a PDF that nothing refers to, less its packing: the object streams that
/// hold the objects and the cross-reference stream, which nothing refers to by design.
fn orphans(pdf: &[u8]) -> Vec<lopdf::ObjectId> {
    let mut doc = lopdf::Document::load_mem(pdf).expect("parses");
    let packing: Vec<lopdf::ObjectId> = doc
        .objects
        .iter()
        .filter(|(_, o)| {
            o.as_stream().is_ok_and(|s| {
                matches!(
                    s.dict.get(b"Type").and_then(|t| t.as_name()).ok(),
                    Some(b"ObjStm" | b"XRef")
                )
            })
        })
        .map(|(id, _)| *id)
        .collect();
    doc.prune_objects()
        .into_iter()
        .filter(|id| !packing.contains(id))
        .collect()
}

#[test]
fn every_object_written_is_referred_to() {
    for (name, plan) in samples() {
        for document in KINDS {
            let pdf = render(&plan, &options(document)).expect("renders");
            assert_eq!(orphans(&pdf), [], "{name} {document:?}");
        }
    }
    let template = render_template(&PdfOptions::default()).expect("renders");
    assert_eq!(orphans(&template), [], "the template");
}
