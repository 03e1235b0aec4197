//! The layout as text: one line per item, for snapshot tests and for reading a layout
//! without a PDF viewer.

use std::fmt::Write as _;

use super::{Item, Layout};

impl Layout {
    /// A plain-text dump: one line per item, coordinates rounded to 0.1 pt. Stable, for
    /// snapshot tests and for reading a layout without a PDF viewer.
    pub fn dump(&self) -> String {
        let mut out = String::new();
        let total = self.pages.len();
        for (index, page) in self.pages.iter().enumerate() {
            let _ = writeln!(
                out,
                "page {} of {} ({:.1} x {:.1})",
                index + 1,
                total,
                self.page.width,
                self.page.height
            );
            for item in &page.items {
                let _ = match item {
                    Item::Text {
                        x,
                        y,
                        size,
                        face,
                        tone,
                        text,
                        rtl,
                        embolden,
                        ..
                    } => writeln!(
                        out,
                        "  text {x:.1} {y:.1} {}{} {size:.1} {}{} {text:?}",
                        face.name(),
                        if *embolden { "+bold" } else { "" },
                        tone.name(),
                        if *rtl { " rtl" } else { "" },
                    ),
                    Item::Line {
                        x1,
                        y1,
                        x2,
                        y2,
                        width,
                        tone,
                    } => writeln!(
                        out,
                        "  line {x1:.1} {y1:.1} {x2:.1} {y2:.1} {width:.1} {}",
                        tone.name()
                    ),
                    Item::Rect {
                        x,
                        y,
                        width,
                        height,
                        tone,
                    } => writeln!(
                        out,
                        "  rect {x:.1} {y:.1} {width:.1} {height:.1} {}",
                        tone.name()
                    ),
                    Item::Link {
                        x,
                        y,
                        width,
                        height,
                        uri,
                        ..
                    } => writeln!(out, "  link {x:.1} {y:.1} {width:.1} {height:.1} {uri}"),
                };
            }
        }
        if !self.outline.is_empty() {
            out.push_str("outline\n");
            for entry in &self.outline {
                // Indented by level: a part under its section.
                let indent = "  ".repeat(usize::from(entry.level.max(1)));
                let _ = writeln!(
                    out,
                    "{indent}{:?} page {} y {:.1}",
                    entry.title, entry.page, entry.y
                );
            }
        }
        out
    }

    /// All text on the pages, one line per text item, in drawing order.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for page in &self.pages {
            for item in &page.items {
                if let Item::Text { text, .. } = item {
                    out.push_str(text);
                    out.push('\n');
                }
            }
        }
        out
    }
}
