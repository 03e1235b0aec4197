//! Tables and rows of cells: column widths, rows kept whole, header rows repeated.

use super::text::{Analysed, Extents};
use super::{
    Builder, Cell, Chunk, Column, Item, Metrics, NodeId, Owner, Role, RowStyle, Scope, Style, Text,
    Tone, put,
};
use crate::fonts::Face;

/// A table's texts, each analysed once: the headers in bold, and every row's cells in
/// their column's face. The column widths are measured from them and the rows wrapped from
/// them.
pub(super) struct TableTexts {
    headers: Vec<Analysed>,
    /// Per row, a cell per column (a missing cell is empty).
    rows: Vec<Vec<Analysed>>,
}

impl TableTexts {
    pub(super) fn new(columns: &[Column], rows: &[Vec<Text>], size: f32) -> TableTexts {
        TableTexts {
            headers: columns
                .iter()
                .map(|c| Analysed::new(&c.header, Face::Bold))
                .collect(),
            rows: rows
                .iter()
                .map(|row| {
                    columns
                        .iter()
                        .enumerate()
                        .map(|(index, column)| {
                            let content = row.get(index).map_or("", |t| t.content.as_str());
                            Analysed::new(content, cell_style(column, size).0)
                        })
                        .collect()
                })
                .collect(),
        }
    }
}

/// Widths of a table's columns within `usable` points.
///
/// Each column first gets its share by relative width. A column narrower than its longest
/// word (or, for `keep_whole` columns, its longest cell) is widened to fit it where the
/// table has room, taking the space from the others in proportion to their shares.
pub(super) fn column_widths(
    columns: &[Column],
    texts: &TableTexts,
    size: f32,
    usable: f32,
) -> Vec<f32> {
    let rows = &texts.rows;
    let count = columns.len();
    let shares: Vec<f32> = columns
        .iter()
        .map(|c| if c.width > 0.0 { c.width } else { 1.0 })
        .collect();
    // In a table of two columns (the card's names and numbers), a column whose cells must
    // not break may take more of the line, so that "+44 7700 900592" in large print on a card
    // still fits whole beside its name.
    let cap = |whole: bool| {
        usable
            * match count {
                1 => 1.0,
                2 if whole => 0.6,
                _ => 0.45,
            }
    };
    // Each text measured once: (header, cells) per column.
    let measured: Vec<(Extents, Vec<Extents>)> = columns
        .iter()
        .enumerate()
        .map(|(index, column)| {
            let (_, cell_size) = cell_style(column, size);
            let header = texts.headers[index].extents(size);
            let cells = rows
                .iter()
                .filter_map(|row| row.get(index))
                .map(|cell| cell.extents(cell_size))
                .collect();
            (header, cells)
        })
        .collect();
    let minimums: Vec<f32> = columns
        .iter()
        .zip(&measured)
        .map(|(column, (header, cells))| {
            let mut need = header.longest_piece;
            for cell in cells {
                need = need.max(cell.longest_piece);
                if column.keep_whole {
                    need = need.max(cell.widest);
                }
            }
            (need + 0.5)
                .max(column.min_width)
                .min(cap(column.keep_whole || column.min_width > 0.0))
        })
        .collect();
    let total_min: f32 = minimums.iter().sum();
    if total_min >= usable {
        return minimums
            .iter()
            .map(|m| (m * usable / total_min).max(1.0))
            .collect();
    }
    // The width each column needs to hold its header and its longest cell on one line: a
    // column that needs less than its share gives the rest to the columns whose cells wrap. A table to fill in
    // by hand has no cells, and keeps its shares.
    let maximums: Vec<f32> = if rows.is_empty() {
        vec![f32::INFINITY; count]
    } else {
        measured
            .iter()
            .enumerate()
            .map(|(index, (header, cells))| {
                let longest = cells.iter().map(|c| c.widest).fold(header.widest, f32::max);
                (longest + 0.5).max(minimums[index])
            })
            .collect()
    };
    // Columns fixed at their least or their greatest width; the rest share what is left by
    // relative width.
    let mut fixed: Vec<Option<f32>> = vec![None; count];
    loop {
        let free: f32 = usable - fixed.iter().flatten().sum::<f32>();
        let free_shares: f32 = (0..count)
            .filter(|&i| fixed[i].is_none())
            .map(|i| shares[i])
            .sum();
        if free_shares <= 0.0 {
            // Every column holds its cells whole: what is left goes to all by share.
            let total: f32 = shares.iter().sum();
            return (0..count)
                .map(|i| fixed[i].unwrap_or(0.0) + free.max(0.0) * shares[i] / total)
                .collect();
        }
        let share = |i: usize| free * shares[i] / free_shares;
        let narrow: Vec<usize> = (0..count)
            .filter(|&i| fixed[i].is_none() && share(i) < minimums[i])
            .collect();
        let wide: Vec<usize> = (0..count)
            .filter(|&i| fixed[i].is_none() && share(i) >= maximums[i])
            .collect();
        if !narrow.is_empty() {
            for i in narrow {
                fixed[i] = Some(minimums[i]);
            }
        } else if !wide.is_empty() {
            for i in wide {
                fixed[i] = Some(maximums[i]);
            }
        } else {
            return (0..count)
                .map(|i| fixed[i].unwrap_or_else(|| share(i)))
                .collect();
        }
    }
}

/// The face and size of a column's cells: bold and larger for a strong column.
pub(super) fn cell_style(column: &Column, size: f32) -> (Face, f32) {
    if column.strong {
        (
            Face::Bold,
            (size * STRONG_SCALE).min(size + STRONG_MAX_STEP),
        )
    } else {
        (Face::Regular, size)
    }
}

/// How much larger a strong column's cells are than the body.
const STRONG_SCALE: f32 = 1.25;
/// The most, in points, a strong column's cells are larger than the body (large print is
/// large already).
const STRONG_MAX_STEP: f32 = 2.5;

impl Builder<'_> {
    /// Chunks for one row of cells. The row is one chunk unless it is taller than the
    /// page body, in which case it is split into bands of one line each.
    pub(super) fn row(
        &mut self,
        cells: &[Cell<'_>],
        style: RowStyle,
        repeat: Option<&Chunk>,
    ) -> Chunk {
        let RowStyle {
            pad,
            space_before,
            shade,
            rule,
            keep_with_next,
        } = style;
        let wrapped: Vec<Vec<super::Line>> = cells
            .iter()
            .map(|c| c.analysed.wrap(c.size, c.width))
            .collect();
        // A linked cell is read as a link in the cell.
        let owners: Vec<_> = cells
            .iter()
            .map(|c| self.link_owner(c.owner, c.text))
            .collect();
        let leading = cells
            .iter()
            .map(|c| Metrics::leading(c.size))
            .fold(0.0_f32, f32::max);
        let bands = wrapped.iter().map(Vec::len).max().unwrap_or(0).max(1);
        // Kept whole, each cell's lines are at its own leading; split into bands of one
        // line, at the largest.
        let whole_height = cells
            .iter()
            .zip(&wrapped)
            .map(|(c, lines)| lines.len().max(1) as f32 * Metrics::leading(c.size))
            .fold(0.0_f32, f32::max)
            + 2.0 * pad;
        let split = whole_height > self.body_height();
        let band_ranges: Vec<(usize, usize)> = if split {
            (0..bands).map(|b| (b, b + 1)).collect()
        } else {
            vec![(0, bands)]
        };
        let count = band_ranges.len();
        let mut first = Chunk::default();
        for (index, (from, to)) in band_ranges.into_iter().enumerate() {
            let top_pad = if from == 0 { pad } else { 0.0 };
            let bottom_pad = if to == bands { pad } else { 0.0 };
            let h = if split {
                (to - from) as f32 * leading + top_pad + bottom_pad
            } else {
                whole_height
            };
            let mut chunk = Chunk {
                height: h,
                space_before: if index == 0 { space_before } else { 0.0 },
                keep_with_next: keep_with_next || index + 1 < count && !split,
                repeat: repeat.map(|r| Box::new(r.clone())),
                ..Chunk::default()
            };
            if shade {
                chunk.items.push(Item::Rect {
                    x: self.left,
                    y: 0.0,
                    width: self.width,
                    height: h,
                    tone: Tone::Shade,
                });
            }
            for ((cell, lines), &owner) in cells.iter().zip(&wrapped).zip(&owners) {
                let cell_leading = Metrics::leading(cell.size);
                let step = if split { leading } else { cell_leading };
                for (offset, line) in lines.iter().enumerate().take(to).skip(from) {
                    let top = top_pad + (offset - from) as f32 * step;
                    let baseline =
                        top + Metrics::ascent(cell.size) + (cell_leading - cell.size * 1.2) / 2.0;
                    let style = Style {
                        face: cell.face,
                        size: cell.size,
                        tone: cell.tone,
                    };
                    let area = (cell.x, cell.width);
                    let (start, w) = put(&mut chunk.items, line, area, baseline, style, owner);
                    if let Some(uri) = &cell.text.link
                        && w > 0.0
                    {
                        chunk.items.push(Item::Link {
                            x: start,
                            y: top,
                            width: w,
                            height: cell_leading,
                            uri: uri.clone(),
                            owner: Owner::Node(owner),
                        });
                    }
                }
            }
            if rule && to == bands {
                chunk.items.push(Item::Line {
                    x1: self.left,
                    y1: h,
                    x2: self.left + self.width,
                    y2: h,
                    width: 0.5,
                    tone: Tone::Muted,
                });
            }
            if index == 0 {
                first = chunk.clone();
            }
            self.push(chunk);
        }
        first
    }

    /// Where each column's cells sit, `(x, width)`, with the padding at the table's edges
    /// and the gap between columns.
    fn column_places(&self, columns: &[Column], texts: &TableTexts) -> (Vec<(f32, f32)>, f32, f32) {
        let s = self.m.scale;
        let pad = 3.0 * s;
        let gap = 8.0 * s;
        let usable = (self.width - gap * (columns.len() - 1) as f32 - 2.0 * pad).max(1.0);
        let widths = column_widths(columns, texts, self.m.body, usable);
        let mut xs = Vec::with_capacity(columns.len());
        let mut x = self.left + pad;
        for w in widths {
            xs.push((x, w));
            x += w + gap;
        }
        (xs, pad, gap)
    }

    /// The shaded header row of `table`, or an empty chunk when no column has a header.
    fn header_row(
        &mut self,
        table: NodeId,
        columns: &[Column],
        texts: &TableTexts,
        xs: &[(f32, f32)],
        pad: f32,
    ) -> Chunk {
        let m = self.m;
        if columns.iter().all(|c| c.header.trim().is_empty()) {
            // No header row: the first row keeps the space above the table.
            return Chunk::default();
        }
        let row = self.structure.add(Role::Row, table);
        let headers: Vec<Text> = columns
            .iter()
            .map(|c| Text::plain(c.header.clone()))
            .collect();
        let header_cells: Vec<Cell<'_>> = headers
            .iter()
            .zip(&texts.headers)
            .zip(xs)
            .map(|((text, analysed), &(x, width))| Cell {
                x,
                width,
                face: Face::Bold,
                size: m.body,
                tone: Tone::Ink,
                text,
                analysed,
                owner: self.structure.add(Role::HeaderCell(Scope::Column), row),
            })
            .collect();
        self.row(
            &header_cells,
            RowStyle {
                pad,
                space_before: 4.0 * m.scale,
                shade: true,
                rule: true,
                keep_with_next: true,
            },
            None,
        )
    }

    /// A table to fill in by hand: the header row, then `rows` blank rows as tall as
    /// writing lines, each with a rule under it and a thin mark between the columns, all
    /// kept on one page.
    pub(super) fn writing_table(&mut self, columns: &[Column], rows: usize) {
        if columns.is_empty() {
            return;
        }
        let texts = TableTexts::new(columns, &[], self.m.body);
        let (xs, pad, gap) = self.column_places(columns, &texts);
        // Read as a table of its headers; the blank rows are drawn, not read.
        let table = self.node(Role::Table);
        self.header_row(table, columns, &texts, &xs, pad);
        let height = self.writing_line_height();
        for index in 0..rows {
            let mut items = vec![Item::Line {
                x1: self.left,
                y1: height - 0.5,
                x2: self.left + self.width,
                y2: height - 0.5,
                width: 0.5,
                tone: Tone::Muted,
            }];
            for &(x, _) in xs.iter().skip(1) {
                let between = x - gap / 2.0;
                items.push(Item::Line {
                    x1: between,
                    y1: 0.0,
                    x2: between,
                    y2: height - 0.5,
                    width: 0.5,
                    tone: Tone::Muted,
                });
            }
            self.push(Chunk {
                height,
                keep_with_next: index + 1 < rows,
                items,
                ..Chunk::default()
            });
        }
    }

    pub(super) fn table(&mut self, columns: &[Column], rows: &[Vec<Text>]) {
        if columns.is_empty() {
            return;
        }
        let m = self.m;
        let s = m.scale;
        let texts = TableTexts::new(columns, rows, m.body);
        let (xs, pad, _) = self.column_places(columns, &texts);
        let headless = columns.iter().all(|c| c.header.trim().is_empty());
        let table = self.node(Role::Table);
        let header = self.header_row(table, columns, &texts, &xs, pad);
        let blank = Text::default();
        for (index, (row, analysed)) in rows.iter().zip(&texts.rows).enumerate() {
            let node = self.structure.add(Role::Row, table);
            let cells: Vec<Cell<'_>> = xs
                .iter()
                .zip(columns)
                .zip(analysed)
                .enumerate()
                .map(|(index, ((&(x, width), column), analysed))| {
                    let (face, size) = cell_style(column, m.body);
                    Cell {
                        x,
                        width,
                        face,
                        size,
                        tone: Tone::Ink,
                        text: row.get(index).unwrap_or(&blank),
                        analysed,
                        // With no header row, each row's first cell (whom a card's
                        // line is about) is the header of the others.
                        owner: self.structure.add(
                            if headless && index == 0 {
                                Role::HeaderCell(Scope::Row)
                            } else {
                                Role::Cell
                            },
                            node,
                        ),
                    }
                })
                .collect();
            self.row(
                &cells,
                RowStyle {
                    pad,
                    space_before: if headless && index == 0 { 3.0 * s } else { 0.0 },
                    shade: false,
                    rule: true,
                    keep_with_next: false,
                },
                (!headless).then_some(&header),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::text::measure;

    /// The widths of `columns` holding `rows` within 400 points at size 10.
    fn widths_of(columns: &[Column], rows: &[Vec<Text>]) -> Vec<f32> {
        column_widths(columns, &TableTexts::new(columns, rows, 10.0), 10.0, 400.0)
    }

    #[test]
    fn a_column_gets_at_least_its_least_width_where_the_line_has_room() {
        let columns = [
            Column::new("Name", 3.0),
            Column::new("What I ask of them", 3.0),
            Column::new("Phone", 1.0).at_least(108.0),
        ];
        let widths = widths_of(&columns, &[]);
        assert!(widths[2] >= 108.0, "{widths:?}");
        assert!(
            (widths.iter().sum::<f32>() - 400.0).abs() < 0.5,
            "{widths:?}"
        );
        // Without it, the share of one in seven.
        let shared = widths_of(
            &[
                columns[0].clone(),
                columns[1].clone(),
                Column::new("Phone", 1.0),
            ],
            &[],
        );
        assert!(shared[2] < 60.0, "{shared:?}");
    }

    #[test]
    fn a_column_whose_cells_are_short_gives_its_room_to_one_that_wraps() {
        let columns = [Column::new("Name", 2.0), Column::new("What I ask", 2.0)];
        let rows = vec![vec![
            Text::plain("Sam"),
            Text::plain("Visit me at home and help me say what I want to the people treating me"),
        ]];
        let widths = widths_of(&columns, &rows);
        // "Name", the header, is wider than "Sam".
        let name = measure("Name", Face::Bold, 10.0) + 0.5;
        assert!(
            widths[0] >= name && widths[0] < name + 2.0,
            "{widths:?} {name}"
        );
        assert!(
            (widths.iter().sum::<f32>() - 400.0).abs() < 0.5,
            "{widths:?}"
        );
        // Both short: each holds its cells and the line is shared out by the shares.
        let short = vec![vec![Text::plain("Sam"), Text::plain("Call me")]];
        let widths = widths_of(&columns, &short);
        assert!((widths[0] - widths[1]).abs() < 40.0, "{widths:?}");
        assert!(
            (widths.iter().sum::<f32>() - 400.0).abs() < 0.5,
            "{widths:?}"
        );
        // No rows (a table to fill in by hand): the shares alone.
        let blank = widths_of(&columns, &[]);
        assert_eq!(blank, vec![200.0, 200.0]);
    }
}
