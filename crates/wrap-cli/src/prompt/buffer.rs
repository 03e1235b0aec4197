//! The text being typed into a box, and what each key does to it. Pure: no terminal here, so
//! every editing key is tested as a function of the text before and after.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// What a key asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Type this character.
    Insert(char),
    /// Start a new line in the answer (Alt-Enter, Ctrl-Enter, Ctrl-J).
    Newline,
    /// Enter: the answer is given.
    Enter,
    /// Esc: go back, keeping what is typed.
    Escape,
    /// Ctrl-C: save and stop, keeping what is typed.
    Interrupt,
    /// Backspace: the character before the cursor.
    Backspace,
    /// Delete: the character under the cursor.
    Delete,
    /// One character left.
    Left,
    /// One character right.
    Right,
    /// One word left (Ctrl-Left, Alt-B).
    WordLeft,
    /// One word right (Ctrl-Right, Alt-F).
    WordRight,
    /// To the start of the line (Home, Ctrl-A).
    Home,
    /// To the end of the line (End, Ctrl-E).
    End,
    /// One line up in an answer of several lines.
    Up,
    /// One line down.
    Down,
    /// Deletes from the cursor to the end of the line (Ctrl-K).
    KillToEnd,
    /// Deletes from the start of the line to the cursor (Ctrl-U).
    KillToStart,
    /// Deletes the word before the cursor (Ctrl-W, Alt-Backspace).
    KillWordBefore,
    /// Deletes the word after the cursor (Alt-D).
    KillWordAfter,
    /// Draws the box again (Ctrl-L).
    Redraw,
}

/// What a key press means in a box, or `None` for keys that do nothing there.
pub fn action(key: KeyEvent) -> Option<Action> {
    let control = key.modifiers.contains(KeyModifiers::CONTROL);
    let alt = key.modifiers.contains(KeyModifiers::ALT);
    let shift = key.modifiers.contains(KeyModifiers::SHIFT);
    Some(match key.code {
        KeyCode::Enter if control || alt || shift => Action::Newline,
        KeyCode::Enter => Action::Enter,
        KeyCode::Esc => Action::Escape,
        KeyCode::Backspace if control || alt => Action::KillWordBefore,
        KeyCode::Backspace => Action::Backspace,
        KeyCode::Delete => Action::Delete,
        KeyCode::Left if control || alt => Action::WordLeft,
        KeyCode::Right if control || alt => Action::WordRight,
        KeyCode::Left => Action::Left,
        KeyCode::Right => Action::Right,
        KeyCode::Up => Action::Up,
        KeyCode::Down => Action::Down,
        KeyCode::Home => Action::Home,
        KeyCode::End => Action::End,
        KeyCode::Tab => Action::Insert('\t'),
        KeyCode::Char(c) if control => match c.to_ascii_lowercase() {
            'c' => Action::Interrupt,
            'd' => Action::Delete,
            'a' => Action::Home,
            'e' => Action::End,
            'b' => Action::Left,
            'f' => Action::Right,
            'k' => Action::KillToEnd,
            'u' => Action::KillToStart,
            'w' | 'h' => {
                if c == 'h' {
                    Action::Backspace
                } else {
                    Action::KillWordBefore
                }
            }
            'j' => Action::Newline,
            'm' => Action::Enter,
            'l' => Action::Redraw,
            _ => return None,
        },
        KeyCode::Char(c) if alt => match c.to_ascii_lowercase() {
            'b' => Action::WordLeft,
            'f' => Action::WordRight,
            'd' => Action::KillWordAfter,
            _ => return None,
        },
        KeyCode::Char(c) => Action::Insert(c),
        _ => return None,
    })
}

/// Normalises pasted text: every line break becomes `\n`, and control characters other
/// than line breaks and tabs are dropped (they cannot be seen or printed).
pub fn clean_paste(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    text.chars()
        .filter(|c| *c == '\n' || *c == '\t' || !c.is_control())
        .collect()
}

/// The text in a box and where the cursor is, in characters.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Buffer {
    chars: Vec<char>,
    cursor: usize,
    /// The text was offered (a date to accept with Enter): the first character typed or
    /// pasted replaces it, as in a selected field.
    replace: bool,
}

impl Buffer {
    /// A box holding `initial`, the cursor at its end; with `replace`, typing replaces it.
    pub fn new(initial: &str, replace: bool) -> Buffer {
        let chars: Vec<char> = initial.chars().collect();
        Buffer {
            cursor: chars.len(),
            replace: replace && !chars.is_empty(),
            chars,
        }
    }

    /// The text.
    pub fn text(&self) -> String {
        self.chars.iter().collect()
    }

    /// The cursor, in characters from the start.
    pub fn cursor(&self) -> usize {
        self.cursor
    }

    /// Whether the next character typed replaces everything (see [`Buffer::new`]).
    pub fn replacing(&self) -> bool {
        self.replace
    }

    /// The characters, for drawing.
    pub fn chars(&self) -> &[char] {
        &self.chars
    }

    /// Inserts text at the cursor (a pasted text goes in whole).
    pub fn insert_str(&mut self, text: &str) {
        if self.replace {
            self.chars.clear();
            self.cursor = 0;
            self.replace = false;
        }
        for c in text.chars() {
            self.chars.insert(self.cursor, c);
            self.cursor += 1;
        }
    }

    fn line_start(&self) -> usize {
        self.chars[..self.cursor]
            .iter()
            .rposition(|c| *c == '\n')
            .map_or(0, |i| i + 1)
    }

    fn line_end(&self) -> usize {
        self.chars[self.cursor..]
            .iter()
            .position(|c| *c == '\n')
            .map_or(self.chars.len(), |i| self.cursor + i)
    }

    fn word_before(&self) -> usize {
        let mut i = self.cursor;
        while i > 0 && self.chars[i - 1].is_whitespace() {
            i -= 1;
        }
        while i > 0 && !self.chars[i - 1].is_whitespace() {
            i -= 1;
        }
        i
    }

    fn word_after(&self) -> usize {
        let mut i = self.cursor;
        while i < self.chars.len() && self.chars[i].is_whitespace() {
            i += 1;
        }
        while i < self.chars.len() && !self.chars[i].is_whitespace() {
            i += 1;
        }
        i
    }

    fn delete(&mut self, from: usize, to: usize) {
        self.chars.drain(from..to);
        self.cursor = from;
    }

    /// Applies an editing action; `Enter`, `Escape`, `Interrupt` and `Redraw` are for the
    /// caller and leave the text alone. `Newline` is applied only when `lines` allows it.
    pub fn apply(&mut self, action: &Action, many_lines: bool) {
        if !matches!(action, Action::Insert(_) | Action::Redraw) {
            // Any editing or moving key means the person is changing the offered text.
            self.replace = false;
        }
        match *action {
            Action::Insert(c) => self.insert_str(&c.to_string()),
            Action::Newline if many_lines => self.insert_str("\n"),
            Action::Backspace if self.cursor > 0 => self.delete(self.cursor - 1, self.cursor),
            Action::Delete if self.cursor < self.chars.len() => {
                self.chars.remove(self.cursor);
            }
            Action::Left => self.cursor = self.cursor.saturating_sub(1),
            Action::Right => self.cursor = (self.cursor + 1).min(self.chars.len()),
            Action::WordLeft => self.cursor = self.word_before(),
            Action::WordRight => self.cursor = self.word_after(),
            Action::Home => self.cursor = self.line_start(),
            Action::End => self.cursor = self.line_end(),
            Action::Up | Action::Down => self.vertical(*action == Action::Up),
            Action::KillToEnd => {
                let end = self.line_end();
                // At the end of a line, Ctrl-K joins the next one, as in a shell.
                let end = if end == self.cursor && end < self.chars.len() {
                    end + 1
                } else {
                    end
                };
                self.chars.drain(self.cursor..end);
            }
            Action::KillToStart => {
                let start = self.line_start();
                self.delete(start, self.cursor);
            }
            Action::KillWordBefore => {
                let start = self.word_before();
                self.delete(start, self.cursor);
            }
            Action::KillWordAfter => {
                let end = self.word_after();
                self.chars.drain(self.cursor..end);
            }
            _ => {}
        }
    }

    fn vertical(&mut self, up: bool) {
        let start = self.line_start();
        let column = self.cursor - start;
        if up {
            if start == 0 {
                self.cursor = 0;
                return;
            }
            let previous_end = start - 1;
            let previous_start = self.chars[..previous_end]
                .iter()
                .rposition(|c| *c == '\n')
                .map_or(0, |i| i + 1);
            self.cursor = previous_start + column.min(previous_end - previous_start);
        } else {
            let end = self.line_end();
            if end == self.chars.len() {
                self.cursor = end;
                return;
            }
            let next_start = end + 1;
            let next_end = self.chars[next_start..]
                .iter()
                .position(|c| *c == '\n')
                .map_or(self.chars.len(), |i| next_start + i);
            self.cursor = next_start + column.min(next_end - next_start);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, modifiers)
    }

    fn ctrl(c: char) -> Action {
        action(key(KeyCode::Char(c), KeyModifiers::CONTROL)).unwrap()
    }

    /// Types `keys` into a box holding `initial` and gives the text and cursor after.
    fn typed(initial: &str, keys: &[Action]) -> (String, usize) {
        let mut buffer = Buffer::new(initial, false);
        for action in keys {
            buffer.apply(action, true);
        }
        (buffer.text(), buffer.cursor())
    }

    #[test]
    fn control_keys_edit_and_never_type_letters() {
        for c in [
            'a', 'e', 'k', 'u', 'w', 'b', 'f', 'c', 'd', 'j', 'l', 'h', 'm',
        ] {
            assert!(
                !matches!(ctrl(c), Action::Insert(_)),
                "Ctrl-{c} must not type a letter"
            );
        }
        assert_eq!(ctrl('u'), Action::KillToStart);
        assert_eq!(ctrl('w'), Action::KillWordBefore);
        assert_eq!(ctrl('c'), Action::Interrupt);
        assert_eq!(ctrl('j'), Action::Newline);
        assert_eq!(
            action(key(
                KeyCode::Char('v'),
                KeyModifiers::CONTROL | KeyModifiers::ALT
            )),
            None
        );
        assert_eq!(
            action(key(KeyCode::Enter, KeyModifiers::ALT)),
            Some(Action::Newline)
        );
        assert_eq!(
            action(key(KeyCode::Char('é'), KeyModifiers::NONE)),
            Some(Action::Insert('é'))
        );
    }

    #[test]
    fn ctrl_u_clears_a_filled_in_line_and_ctrl_w_a_word() {
        assert_eq!(typed("2026-12-01", &[ctrl('u')]), (String::new(), 0));
        assert_eq!(typed("wake up", &[ctrl('w')]), ("wake ".into(), 5));
        assert_eq!(typed("wake up  ", &[ctrl('w')]), ("wake ".into(), 5));
        assert_eq!(
            typed("one\ntwo three", &[ctrl('u')]),
            ("one\n".into(), 4),
            "Ctrl-U clears the line the cursor is on"
        );
    }

    #[test]
    fn moving_and_killing() {
        use Action::*;
        assert_eq!(
            typed("ŵy ŵ", &[Home, Insert('>'), End, Insert('<')]),
            (">ŵy ŵ<".into(), 6)
        );
        assert_eq!(typed("abc def", &[Home, KillToEnd]), (String::new(), 0));
        assert_eq!(typed("abc def", &[WordLeft, KillToEnd]), ("abc ".into(), 4));
        assert_eq!(typed("abc def", &[Home, KillWordAfter]), (" def".into(), 0));
        assert_eq!(typed("abc", &[Left, Backspace]), ("ac".into(), 1));
        assert_eq!(typed("abc", &[Home, Delete]), ("bc".into(), 0));
        assert_eq!(typed("", &[Backspace, Delete, Left]), (String::new(), 0));
    }

    #[test]
    fn lines_up_and_down() {
        use Action::*;
        assert_eq!(
            typed("first\nab", &[Up, Insert('|')]),
            ("fi|rst\nab".into(), 3)
        );
        assert_eq!(
            typed("first\nab", &[Up, Up, Down, Down, Insert('|')]),
            ("first\nab|".into(), 9)
        );
        assert_eq!(typed("a", &[Newline, Insert('b')]), ("a\nb".into(), 3));
        let mut one = Buffer::new("a", false);
        one.apply(&Newline, false);
        assert_eq!(
            one.text(),
            "a",
            "a one-line box takes no new line from a key"
        );
    }

    #[test]
    fn typing_replaces_an_offered_date_but_editing_keeps_it() {
        let mut offered = Buffer::new("2026-12-01", true);
        offered.apply(&Action::Insert('3'), false);
        assert_eq!(offered.text(), "3");
        let mut edited = Buffer::new("2026-12-01", true);
        edited.apply(&Action::Backspace, false);
        edited.apply(&Action::Insert('2'), false);
        assert_eq!(edited.text(), "2026-12-02");
        let mut pasted = Buffer::new("2026-12-01", true);
        pasted.insert_str("3rd December");
        assert_eq!(pasted.text(), "3rd December");
    }

    #[test]
    fn pastes_keep_line_breaks_and_lose_control_characters() {
        assert_eq!(
            clean_paste("Sam Jones\r\nDr Patel\rGP\x07 at the Heath\n\tx"),
            "Sam Jones\nDr Patel\nGP at the Heath\n\tx"
        );
    }
}
