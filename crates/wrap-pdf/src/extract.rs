//! Reading the text back out of a PDF, as a screen reader or a copy and paste does: glyphs
//! through each font's ToUnicode map, and a marked span's `/ActualText` in place of the
//! glyphs inside it. Text items on one baseline join up; each new baseline starts a line.

use lopdf::content::Content;
use lopdf::{Document, Encoding, Object};

/// The text of every page of `pdf`, pages one after another.
pub(crate) fn text(pdf: &[u8]) -> String {
    let doc = Document::load_mem(pdf).expect("the PDF parses");
    let mut out = String::new();
    for (_, &page) in doc.get_pages().iter() {
        let fonts = doc.get_page_fonts(page).expect("fonts");
        let encodings: Vec<(Vec<u8>, Encoding<'_>)> = fonts
            .into_iter()
            .map(|(name, font)| (name, font.get_font_encoding(&doc).expect("encoding")))
            .collect();
        let content = Content::decode(&doc.get_page_content(page)).expect("content");
        let mut encoding = None;
        // The marked-content sequences open, innermost last: whether each gives its own
        // text. Glyphs inside one that does are not read.
        let mut spans: Vec<bool> = Vec::new();
        for op in &content.operations {
            match op.operator.as_str() {
                "Tf" => {
                    let name = op.operands[0].as_name().expect("font name");
                    encoding = encodings.iter().find(|(n, _)| n == name).map(|(_, e)| e);
                }
                "Td" => {
                    let dy = op.operands[1].as_float().expect("number");
                    if dy != 0.0 {
                        out.push('\n');
                    }
                }
                "BMC" => spans.push(false),
                "BDC" => {
                    let mut actual_text = false;
                    if let Some(Object::Dictionary(d)) = op.operands.get(1)
                        && let Ok(actual) = d.get(b"ActualText")
                    {
                        out.push_str(&lopdf::decode_text_string(actual).expect("a text string"));
                        actual_text = true;
                    }
                    spans.push(actual_text);
                }
                "EMC" => {
                    spans.pop();
                }
                "Tj" | "TJ" if !spans.contains(&true) => {
                    let encoding = encoding.expect("a font is set");
                    let strings: Vec<&Object> = match &op.operands[0] {
                        Object::Array(items) => items.iter().collect(),
                        other => vec![other],
                    };
                    for s in strings {
                        if let Object::String(bytes, _) = s {
                            out.push_str(&Document::decode_text(encoding, bytes).expect("text"));
                        }
                    }
                }
                _ => {}
            }
        }
        out.push('\n');
    }
    out
}
