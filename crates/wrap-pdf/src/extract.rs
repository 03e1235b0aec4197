//! Reading the text back out of a PDF, as a screen reader or a copy and paste does: glyphs
//! through each font's ToUnicode map, and a marked span's `/ActualText` in place of the
//! glyphs inside it. Text items on one baseline join up; each new baseline starts a line.

use std::collections::HashMap;

use lopdf::content::Content;
use lopdf::{Document, Object};

/// A font's ToUnicode map: how many bytes a code takes, and each code's text.
struct ToUnicode {
    width: usize,
    texts: HashMap<u32, String>,
}

impl ToUnicode {
    /// Reads the map of the font `font` (a Type0 font dictionary).
    fn of(doc: &Document, font: &lopdf::Dictionary) -> ToUnicode {
        let id = font
            .get(b"ToUnicode")
            .and_then(Object::as_reference)
            .expect("a ToUnicode map");
        let stream = doc
            .get_object(id)
            .and_then(Object::as_stream)
            .expect("a stream");
        let bytes = stream
            .decompressed_content()
            .unwrap_or_else(|_| stream.content.clone());
        let text = String::from_utf8(bytes).expect("an ASCII CMap");
        let hex = |token: &str| -> Vec<u8> {
            let digits = token.trim_matches(|c| c == '<' || c == '>');
            (0..digits.len())
                .step_by(2)
                .map(|i| u8::from_str_radix(&digits[i..i + 2], 16).expect("hex"))
                .collect()
        };
        let utf16 = |bytes: &[u8]| -> Vec<u16> {
            bytes
                .chunks(2)
                .map(|b| u16::from_be_bytes([b[0], b[1]]))
                .collect()
        };
        let mut map = ToUnicode {
            width: 2,
            texts: HashMap::new(),
        };
        let mut section = "";
        for line in text.lines() {
            let tokens: Vec<&str> = line.split_whitespace().collect();
            match tokens.last().copied() {
                Some(word @ ("begincodespacerange" | "beginbfchar" | "beginbfrange")) => {
                    section = word;
                    continue;
                }
                Some(w) if w.starts_with("end") => {
                    section = "";
                    continue;
                }
                _ => {}
            }
            match (section, tokens.as_slice()) {
                ("begincodespacerange", [low, _]) => map.width = hex(low).len(),
                ("beginbfchar", [code, text]) => {
                    let units = utf16(&hex(text));
                    map.texts.insert(
                        number(&hex(code)),
                        String::from_utf16(&units).expect("UTF-16"),
                    );
                }
                ("beginbfrange", [first, last, text]) => {
                    let mut units = utf16(&hex(text));
                    for code in number(&hex(first))..=number(&hex(last)) {
                        map.texts
                            .insert(code, String::from_utf16(&units).expect("UTF-16"));
                        if let Some(unit) = units.last_mut() {
                            *unit += 1;
                        }
                    }
                }
                _ => {}
            }
        }
        map
    }

    fn decode(&self, bytes: &[u8]) -> String {
        bytes
            .chunks(self.width)
            .map(|code| {
                self.texts
                    .get(&number(code))
                    .map_or("\u{FFFD}", String::as_str)
            })
            .collect()
    }
}

/// A code's bytes as one number, big-endian.
fn number(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0_u32, |n, &b| n << 8 | u32::from(b))
}

/// The text of every page of `pdf`, pages one after another.
pub(crate) fn text(pdf: &[u8]) -> String {
    let doc = Document::load_mem(pdf).expect("the PDF parses");
    let mut out = String::new();
    for (_, &page) in doc.get_pages().iter() {
        let fonts = doc.get_page_fonts(page).expect("fonts");
        let encodings: Vec<(Vec<u8>, ToUnicode)> = fonts
            .into_iter()
            .map(|(name, font)| (name, ToUnicode::of(&doc, font)))
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
                            out.push_str(&encoding.decode(bytes));
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
