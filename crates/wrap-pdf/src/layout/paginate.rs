//! Placing chunks on pages: keeping headings with what follows, repeating table headers,
//! and the footer of every page.

use super::text::{Line, fit, measure};
use super::{Builder, Item, Layout, NodeId, OutlineEntry, Owner, Page, Style, Tone, put};
use crate::fonts::Face;

impl Builder<'_> {
    /// Places the chunks on pages.
    pub(super) fn paginate(mut self) -> Layout {
        let page = self.options.page;
        let (body_top, body_bottom) = self.body_bounds();
        let available = body_bottom - body_top;
        let mut pages: Vec<Page> = vec![Page::default()];
        let mut outline = Vec::new();
        let mut cursor = body_top;
        let mut index = 0;
        // Each chunk's items move to their page once it is placed.
        let mut chunks = std::mem::take(&mut self.chunks);
        while index < chunks.len() {
            let chunk = &chunks[index];
            let at_top = cursor <= body_top;
            if chunk.height.is_infinite() {
                // A page break.
                if !at_top {
                    pages.push(Page::default());
                    cursor = body_top;
                }
                index += 1;
                continue;
            }
            let before = if at_top { 0.0 } else { chunk.space_before };
            // The chunk and whatever it must be kept with.
            let mut group = before + chunk.height;
            let mut last = index;
            while chunks[last].keep_with_next && last + 1 < chunks.len() {
                last += 1;
                if chunks[last].height.is_infinite() {
                    break;
                }
                group += chunks[last].space_before + chunks[last].height;
            }
            let needed = if group <= available {
                group
            } else {
                before + chunk.height
            };
            if !at_top && cursor + needed > body_bottom {
                pages.push(Page::default());
                cursor = body_top;
                continue;
            }
            let current = pages.len();
            let Some(target) = pages.last_mut() else {
                break;
            };
            if at_top
                && current > 1
                && let Some(repeat) = &chunk.repeat
                && repeat.height + chunk.height <= available
            {
                target.items.extend(
                    repeat
                        .items
                        .iter()
                        .map(|i| i.paginated(Owner::Pagination).placed(cursor, page.height)),
                );
                cursor += repeat.height;
            }
            cursor += before;
            if let Some((title, level)) = &chunk.outline {
                outline.push(OutlineEntry {
                    title: title.clone(),
                    level: *level,
                    page: current,
                    y: page.height - cursor,
                });
            }
            target.items.extend(
                std::mem::take(&mut chunks[index].items)
                    .into_iter()
                    .map(|i| i.placed(cursor, page.height)),
            );
            cursor += chunks[index].height;
            index += 1;
        }
        if pages.len() > 1 && pages.last().is_some_and(|p| p.items.is_empty()) {
            pages.pop();
        }
        let mut layout = Layout {
            page,
            pages,
            outline,
            structure: self.structure.clone(),
        };
        self.footers(&mut layout);
        layout
    }

    /// Adds the footer to every page: whose plan and date, and "page X of Y".
    fn footers(&self, layout: &mut Layout) {
        let size = self.m.footer;
        let page = self.options.page;
        // Offsets measured downwards from the page top, like chunk items.
        // At least 5 mm from the edge, below the descenders too.
        let from_edge = (self.left * 0.6)
            .max(size)
            .max(super::MIN_EDGE + size * 0.3);
        let baseline = page.height - from_edge;
        let rule_y = baseline - size * 1.4;
        let total = layout.pages.len();
        // The left part, fitted to the room the page number leaves: the same line on every
        // page whose number is as wide.
        let mut left: Option<(f32, Line)> = None;
        for (index, p) in layout.pages.iter_mut().enumerate() {
            let number = self
                .options
                .page_label
                .replace("{page}", &(index + 1).to_string())
                .replace("{total}", &total.to_string());
            let number_width = measure(&number, Face::Regular, size);
            let mut footer = vec![Item::Line {
                x1: self.left,
                y1: rule_y,
                x2: self.left + self.width,
                y2: rule_y,
                width: 0.5,
                tone: Tone::Muted,
            }];
            let style = Style {
                face: Face::Regular,
                size,
                tone: Tone::Muted,
            };
            let room = self.width - number_width - 12.0 * self.m.scale;
            if !self.options.footer_left.trim().is_empty() && room > 0.0 {
                if left.as_ref().is_none_or(|(fitted, _)| *fitted != room) {
                    let line = fit(&self.options.footer_left, Face::Regular, size, room);
                    left = Some((room, line));
                }
                if let Some((_, line)) = &left {
                    // At the left edge whatever its direction.
                    let area = (self.left, line.width(size));
                    put(&mut footer, line, area, baseline, style, NodeId::DOCUMENT);
                }
            }
            let number = fit(&number, Face::Regular, size, self.width);
            let area = (self.left + self.width - number_width, number_width);
            put(
                &mut footer,
                &number,
                area,
                baseline,
                style,
                NodeId::DOCUMENT,
            );
            p.items.extend(
                footer
                    .iter()
                    .map(|item| item.paginated(Owner::Footer).placed(0.0, page.height)),
            );
        }
    }
}
