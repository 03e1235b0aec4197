//! Text for the terminal: display columns (wide and combining characters counted as the
//! terminal shows them), wrapping at word boundaries, and the terminal's size.

use unicode_width::UnicodeWidthChar;

/// The width used when the terminal's cannot be read (output to a file or a pipe).
pub const DEFAULT_WIDTH: usize = 80;

/// The columns a character takes on a terminal: 2 for wide (CJK, most emoji), 0 for
/// combining marks and controls, else 1.
pub fn char_columns(c: char) -> usize {
    if c == '\t' {
        return 4;
    }
    c.width().unwrap_or(0)
}

/// The columns a text takes on one line.
pub fn columns(text: &str) -> usize {
    text.chars().map(char_columns).sum()
}

/// The terminal's size in columns and rows, when standard output is a terminal.
pub fn terminal_size() -> Option<(usize, usize)> {
    use std::io::IsTerminal;
    if !std::io::stdout().is_terminal() {
        return None;
    }
    crossterm::terminal::size()
        .ok()
        .filter(|&(columns, rows)| columns > 0 && rows > 0)
        .map(|(columns, rows)| (usize::from(columns), usize::from(rows)))
}

/// Wraps text at word boundaries so no line is wider than `width` columns, keeping its own
/// line breaks. A line's leading spaces, and a list marker after them ("- ", "1. ",
/// "Name: "), indent the lines it wraps onto; a word wider than the line (a long web address,
/// a run of Chinese) is cut between characters.
pub fn wrap(text: &str, width: usize) -> String {
    let width = width.max(20);
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    for (n, line) in text.split('\n').enumerate() {
        if n > 0 {
            out.push('\n');
        }
        wrap_line(line, width, &mut out);
    }
    out
}

fn hanging_indent(line: &str) -> usize {
    let spaces = line.chars().take_while(|c| *c == ' ').count();
    let rest = &line[spaces..];
    let marker = if rest.starts_with("- ") || rest.starts_with("* ") || rest.starts_with("• ") {
        2
    } else {
        let digits = rest.chars().take_while(|c| c.is_ascii_digit()).count();
        if digits > 0 && rest[digits..].starts_with(". ") {
            digits + 2
        } else {
            0
        }
    };
    spaces + marker
}

fn wrap_line(line: &str, width: usize, out: &mut String) {
    if columns(line) <= width {
        out.push_str(line);
        return;
    }
    let indent = hanging_indent(line).min(width / 2);
    let pad = " ".repeat(indent);
    let leading = line.chars().take_while(|c| *c == ' ').count();
    out.push_str(&line[..leading]);
    let mut used = leading;
    let mut first_word = true;
    // Each word with the spaces before it, kept where the line is not broken.
    let mut words = Vec::new();
    let mut rest = &line[leading..];
    while !rest.is_empty() {
        let spaces = rest.len() - rest.trim_start_matches(' ').len();
        let after = &rest[spaces..];
        let end = after.find(' ').unwrap_or(after.len());
        words.push((spaces, &after[..end]));
        rest = &after[end..];
    }
    for (spaces, word) in words {
        if word.is_empty() {
            continue;
        }
        let word_columns = columns(word);
        if !first_word && used + spaces + word_columns <= width {
            out.push_str(&" ".repeat(spaces));
            used += spaces;
        } else if !first_word {
            out.push('\n');
            out.push_str(&pad);
            used = indent;
        }
        first_word = false;
        if used + word_columns <= width {
            out.push_str(word);
            used += word_columns;
            continue;
        }
        // Wider than what is left of the line: cut it between characters.
        for c in word.chars() {
            let w = char_columns(c);
            if used + w > width && used > indent {
                out.push('\n');
                out.push_str(&pad);
                used = indent;
            }
            out.push(c);
            used += w;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_wide_and_combining_characters() {
        assert_eq!(columns("abc"), 3);
        assert_eq!(columns("日本語"), 6);
        assert_eq!(columns("e\u{301}"), 1, "a combining accent takes no column");
        assert_eq!(columns("🌊"), 2);
    }

    #[test]
    fn wrapping_keeps_words_and_fits_the_width() {
        let text = "Cerdded ger yr afon pan mae'r haul yn codi, a gwrando ar yr adar yn canu";
        let wrapped = wrap(text, 30);
        assert!(wrapped.lines().all(|line| columns(line) <= 30), "{wrapped}");
        assert_eq!(
            wrapped.split_whitespace().collect::<Vec<_>>(),
            text.split_whitespace().collect::<Vec<_>>()
        );
        assert_eq!(wrap("  a\nb", 30), "  a\nb");
        assert_eq!(
            wrap("  /stop   save and stop; carry on later with: wrap new", 30),
            "  /stop   save and stop; carry\n  on later with: wrap new",
            "spaces inside a line are kept"
        );
    }

    #[test]
    fn wide_text_wraps_by_columns_and_lists_hang() {
        let chinese = "我喜欢在公园里散步然后和朋友一起喝茶聊天";
        let wrapped = wrap(chinese, 20);
        assert!(wrapped.lines().all(|line| columns(line) <= 20), "{wrapped}");
        assert_eq!(wrapped.replace('\n', ""), chinese);
        let item = "  - Phone my sister before the evening gets dark and the house is quiet";
        assert_eq!(
            wrap(item, 30),
            "  - Phone my sister before the\n    evening gets dark and the\n    house is quiet"
        );
    }
}
