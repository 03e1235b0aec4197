//! The document engine on a synthetic document: layout rules, PDF bytes, extracted text.

use wrap_pdf::layout::{
    Block, Column, Item, LayoutOptions, PageSize, SignatureField, Text, layout,
};
use wrap_pdf::{Metadata, write_pdf};

const WORDS: &[&str] = &["ŵyŷ", "łąka", "Ωmega", "Жизнь", "Cymraeg", "Zażółć"];

fn synthetic() -> Vec<Block> {
    vec![
        Block::Title {
            text: "My WRAP for work".into(),
            subtitle: vec!["Alex Morgan".into(), "Created on 2026-11-23".into()],
        },
        Block::Heading("Wellness toolbox".into()),
        Block::Subheading("Tools I already use".into()),
        Block::Bullets(vec![
            Text::plain("A walk by the river before work"),
            Text::plain(format!("Words in other scripts: {}", WORDS.join(" "))),
            Text::plain(
                "A supercalifragilisticexpialidociouswordthatgoesonandonandonwithoutanyspacesatallforever_and_ever_until_it_cannot_fit",
            ),
        ]),
        Block::Paragraph(Text::plain(
            "When I am well I am chatty, curious and I like to cook for friends.\nI sleep about eight hours.",
        )),
        Block::Heading("Crisis plan".into()),
        Block::Callout {
            title: Some("This plan replaces any crisis plan with an earlier date.".into()),
            body: vec![Text::plain("Created on 2026-11-23.")],
        },
        Block::Table {
            columns: vec![
                Column::new("Name", 2.0),
                Column::new("Role", 2.0),
                Column::new("Phone", 2.0),
                Column::new("What I ask of them", 4.0),
            ],
            rows: vec![
                vec![
                    "Sam".into(),
                    "Sister".into(),
                    Text::linked("+44 1234 567890", Some("tel:+441234567890".into())),
                    "Stay with me and call the team".into(),
                ],
                vec![
                    "Dr Jones".into(),
                    "GP".into(),
                    Text::linked("01234 111222", Some("tel:01234111222".into())),
                    "".into(),
                ],
            ],
        },
        Block::KeyValues(vec![
            ("Allergies".into(), Text::plain("Penicillin")),
            ("Created on".into(), Text::plain("2026-11-23")),
        ]),
        Block::Subheading("Notes".into()),
        Block::WritingLines(4),
        Block::Signatures(vec![vec![
            SignatureField::new("Signature", 3.0),
            SignatureField::new("Date", 1.0),
        ]]),
    ]
}

fn options() -> LayoutOptions {
    LayoutOptions {
        footer_left: "Alex Morgan · 2026-11-23".into(),
        ..LayoutOptions::default()
    }
}

fn meta() -> Metadata {
    Metadata {
        title: "My WRAP for work".into(),
        author: "Alex Morgan".into(),
        subject: "Wellness Recovery Action Plan".into(),
        language: "en".into(),
        created: wrap_core::Date::new(2026, 11, 23),
        modified: wrap_core::Date::new(2026, 11, 23),
    }
}

fn save(name: &str, bytes: &[u8]) {
    if let Ok(dir) = std::env::var("WRAP_PDF_OUT") {
        let _ = std::fs::write(std::path::Path::new(&dir).join(name), bytes);
    }
}

#[test]
fn layout_snapshot() {
    insta::assert_snapshot!(layout(&synthetic(), &options()).dump());
}

#[test]
fn two_renders_are_byte_identical() {
    let pages = layout(&synthetic(), &options());
    let a = write_pdf(&pages, &meta()).unwrap();
    let b = write_pdf(&layout(&synthetic(), &options()), &meta()).unwrap();
    save("synthetic.pdf", &a);
    assert_eq!(a, b);
}

#[test]
fn every_item_stays_on_the_page() {
    for page in [PageSize::A4, PageSize::LETTER, PageSize::A6] {
        for body_size in [10.5, 16.0] {
            let options = LayoutOptions {
                page,
                body_size,
                ..options()
            };
            let laid = layout(&synthetic(), &options);
            for p in &laid.pages {
                for item in &p.items {
                    if let Item::Text { x, y, size, .. }
                    | Item::Link {
                        x, y, height: size, ..
                    } = item
                    {
                        assert!(*x >= 0.0 && *y - size * 0.3 >= 0.0, "{item:?}");
                        assert!(*y + size <= page.height, "{item:?}");
                    }
                }
            }
        }
    }
}
