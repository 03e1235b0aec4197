//! The real terminal, through crossterm: raw mode for the whole sitting (so keys typed
//! ahead of a prompt wait for it, and Ctrl-C is a key, not a signal), bracketed paste (a
//! paste arrives whole and lands in the box it was pasted into), and two ways of drawing:
//!
//! - normal: the box is redrawn as it is edited, with the usual line-editing keys; menus
//!   move a marker (`→`, and reverse video where colour is allowed);
//! - plain, for screen readers and plain terminals: no cursor movement and no redrawing.
//!   Every prompt is a line of its own, typing is echoed as it comes (Backspace rubs out as
//!   a terminal's own line editing does), and menus are numbered lists to answer with a
//!   number.

use std::io::{self, Write};
use std::time::Duration;

use crossterm::cursor::{MoveToColumn, MoveUp};
use crossterm::event::{self, Event, KeyEventKind};
use crossterm::style::{Attribute, Print};
use crossterm::terminal::{self, Clear, ClearType};
use crossterm::{execute, queue};

use super::buffer::{Action, Buffer, action, clean_paste};
use wrap_core::Language;

use super::{Ask, End, Lines, Picked, Prompter, Reply};
use crate::error::CliError;
use crate::output::clean;
use crate::screen::{char_columns, columns, wrap};

/// How the terminal is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Boxes redrawn as they are edited, menus with a moving marker.
    Normal,
    /// No cursor movement or redrawing: for screen readers and plain terminals.
    Plain,
}

impl Mode {
    /// Plain when asked for (`--plain`), when `ACCESSIBLE` is set to anything but `0` or
    /// nothing, or when `TERM` is `dumb`; else normal.
    pub fn choose(plain: bool) -> Mode {
        let accessible =
            std::env::var_os("ACCESSIBLE").is_some_and(|value| !value.is_empty() && value != "0");
        let dumb = std::env::var("TERM").is_ok_and(|term| term == "dumb");
        if plain || accessible || dumb {
            Mode::Plain
        } else {
            Mode::Normal
        }
    }
}

/// One thing that came from the keyboard.
enum Input {
    Key(Action),
    Paste(String),
    Resize,
}

/// The terminal for one sitting. Raw mode is on from [`Terminal::new`] until it is
/// dropped, however the sitting ends.
pub struct Terminal {
    mode: Mode,
    colour: bool,
    /// How many rows above the cursor the box being edited starts.
    rows_up: u16,
    /// The language of the terminal's own words (hints under menus).
    language: Language,
}

impl Terminal {
    /// Takes over the terminal for a sitting.
    pub fn new(mode: Mode) -> Result<Terminal, CliError> {
        terminal::enable_raw_mode().map_err(|error| {
            let error = error.to_string();
            CliError::failure(crate::words::format(
                "cli-terminal-failed",
                &[("error", error.as_str().into())],
            ))
            .hint(crate::words::text("cli-terminal-failed-hint"))
        })?;
        // A terminal without bracketed paste (the Windows console) still works: a paste
        // then arrives as keys, and a line break within it is told apart from Enter by
        // the keys already waiting behind it (see `next_input`).
        let _ = execute!(io::stdout(), event::EnableBracketedPaste);
        let colour = mode == Mode::Normal
            && std::env::var_os("NO_COLOR").is_none_or(|value| value.is_empty());
        Ok(Terminal {
            mode,
            colour,
            rows_up: 0,
            language: Language::EnGb,
        })
    }

    /// One of the catalogues' messages, with a count put in.
    fn count(&self, id: &str, count: usize) -> String {
        self.language.count(id, count as u64)
    }

    /// One of the catalogues' messages, with a typed text (and a count) put in.
    fn typed(&self, id: &str, typed: &str, count: usize) -> String {
        self.language.format(
            id,
            &[("typed", typed.into()), ("count", (count as u64).into())],
        )
    }

    /// " (back)", after a box or menu left with Esc.
    fn back(&self) -> String {
        format!(" {}", self.language.text("interview-back"))
    }

    fn size(&self) -> (usize, usize) {
        terminal::size()
            .ok()
            .filter(|&(c, r)| c > 10 && r > 4)
            .map_or((80, 24), |(c, r)| (usize::from(c), usize::from(r)))
    }

    /// Writes text, cleaned; in raw mode a line break needs its carriage return.
    fn write(&mut self, text: &str) {
        self.write_raw(&clean(text).replace('\n', "\r\n"));
    }

    /// Writes what the program itself made (rubbing out with backspaces), as it is.
    fn write_raw(&mut self, text: &str) {
        let mut out = io::stdout().lock();
        let _ = out.write_all(text.as_bytes());
        let _ = out.flush();
    }

    /// The next key, paste or resize; `None` when the terminal failed or went away.
    fn next_input(&mut self) -> Option<Input> {
        loop {
            match event::read().ok()? {
                Event::Key(key) if key.kind != KeyEventKind::Release => {
                    let Some(action) = action(key) else { continue };
                    // Without bracketed paste (the Windows console), a pasted line break
                    // arrives as Enter with the rest of the paste already waiting behind it;
                    // a person pressing Enter has nothing waiting.
                    if cfg!(windows)
                        && action == Action::Enter
                        && event::poll(Duration::ZERO).unwrap_or(false)
                    {
                        return Some(Input::Paste("\n".to_owned()));
                    }
                    return Some(Input::Key(action));
                }
                Event::Paste(text) => return Some(Input::Paste(clean_paste(&text))),
                Event::Resize(..) => return Some(Input::Resize),
                _ => {}
            }
        }
    }

    fn dim(&self, text: &str) -> String {
        if self.colour {
            format!("{}{text}{}", Attribute::Dim, Attribute::Reset)
        } else {
            text.to_owned()
        }
    }

    /// Goes back to the first row of what was drawn last and clears from there down.
    fn clear_drawn(&mut self, out: &mut impl Write) {
        let _ = queue!(out, MoveToColumn(0));
        if self.rows_up > 0 {
            let _ = queue!(out, MoveUp(self.rows_up));
        }
        let _ = queue!(out, Clear(ClearType::FromCursorDown));
        self.rows_up = 0;
    }

    /// Draws rows, then puts the cursor at (`row`, `column`) of them.
    fn draw(&mut self, rows: &[String], row: usize, column: usize) {
        let mut out = io::stdout().lock();
        self.clear_drawn(&mut out);
        let _ = queue!(out, Print(rows.join("\r\n")));
        let below = rows.len().saturating_sub(1).saturating_sub(row);
        if below > 0 {
            let _ = queue!(out, MoveUp(below as u16));
        }
        let _ = queue!(out, MoveToColumn(column as u16));
        let _ = out.flush();
        self.rows_up = row as u16;
    }

    fn hint_rows(&self, hint: &str, width: usize) -> Vec<String> {
        if hint.is_empty() {
            return Vec::new();
        }
        wrap(&format!("[{}]", clean(hint)), width.saturating_sub(3))
            .split('\n')
            .map(|line| format!("  {}", self.dim(line)))
            .collect()
    }

    fn ask_normal(&mut self, ask: &Ask) -> Reply {
        let (width, _) = self.size();
        let lead = prompt_lead(&clean(ask.question));
        let many = ask.lines == Lines::Many;
        let mut buffer = Buffer::new(ask.initial, ask.replace);
        let end = loop {
            let (mut rows, row, column) = box_rows(&lead, &buffer, width);
            if buffer.replacing() && self.colour {
                // The offered text shows as selected: typing replaces it.
                let first = &mut rows[0];
                let at = first.len() - buffer.text().len().min(first.len());
                first.insert_str(at, &Attribute::Reverse.to_string());
                first.push_str(&Attribute::Reset.to_string());
            }
            rows.extend(self.hint_rows(ask.hint, width));
            self.draw(&rows, row, column);
            match self.next_input() {
                None => break End::Interrupt,
                Some(Input::Resize) => {}
                Some(Input::Paste(text)) => buffer.insert_str(&text),
                Some(Input::Key(Action::Enter)) => break End::Enter,
                Some(Input::Key(Action::Escape)) => break End::Escape,
                Some(Input::Key(Action::Interrupt)) => break End::Interrupt,
                Some(Input::Key(action)) => buffer.apply(&action, many),
            }
        };
        let text = buffer.text();
        // What stays on the screen: the answer, or a command without the entry's number,
        // so that `/back` never looks like an entry.
        let lead = if is_command(&text) {
            "  ".to_owned()
        } else {
            lead
        };
        let done = Buffer::new(&text, false);
        let (mut rows, _, _) = box_rows(&lead, &done, width);
        if end == End::Escape
            && let Some(row) = rows.last_mut()
        {
            row.push_str(&self.back());
        }
        let last = rows.len() - 1;
        self.draw(&rows, last, columns(&rows[last]));
        self.write("\n");
        self.rows_up = 0;
        Reply { text, end }
    }

    fn ask_plain(&mut self, ask: &Ask) -> Reply {
        let many = ask.lines == Lines::Many;
        let mut line = ask.question.to_owned();
        if !ask.hint.is_empty() {
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(&format!("[{}]", ask.hint));
        }
        if !line.is_empty() {
            let (width, _) = self.size();
            self.write(&format!("{}\n", wrap(&line, width - 1)));
        }
        self.write(&format!("> {}", ask.initial.replace('\n', "\n  ")));
        let mut buffer = Buffer::new(ask.initial, ask.replace);
        let end = loop {
            match self.next_input() {
                None => break End::Interrupt,
                Some(Input::Resize) | Some(Input::Key(Action::Redraw)) => {}
                Some(Input::Key(Action::Enter)) => break End::Enter,
                Some(Input::Key(Action::Escape)) => break End::Escape,
                Some(Input::Key(Action::Interrupt)) => break End::Interrupt,
                Some(Input::Paste(text)) => self.echo_insert(&mut buffer, &text),
                Some(Input::Key(Action::Insert(c))) => {
                    self.echo_insert(&mut buffer, &c.to_string())
                }
                Some(Input::Key(Action::Newline)) if many => self.echo_insert(&mut buffer, "\n"),
                Some(Input::Key(Action::Backspace)) => self.rub_out(&mut buffer, 1),
                Some(Input::Key(Action::KillWordBefore)) => {
                    let count = last_word_len(buffer.chars());
                    self.rub_out(&mut buffer, count);
                }
                Some(Input::Key(Action::KillToStart)) => {
                    let text = buffer.text();
                    let line = text.rsplit('\n').next().unwrap_or_default();
                    self.rub_out(&mut buffer, line.chars().count());
                }
                // Moving the cursor would need cursor movement: in plain mode the cursor
                // stays at the end, and editing is at the end, as in a terminal's own line
                // editing.
                Some(Input::Key(_)) => {}
            }
        };
        let end_of_line = if end == End::Escape {
            format!("{}\n", self.back())
        } else {
            "\n".to_owned()
        };
        self.write(&end_of_line);
        Reply {
            text: buffer.text(),
            end,
        }
    }

    /// Adds text at the end and echoes it.
    fn echo_insert(&mut self, buffer: &mut Buffer, text: &str) {
        if buffer.replacing() {
            let count = buffer.chars().len();
            self.rub_out(buffer, count);
        }
        buffer.insert_str(text);
        self.write(&text.replace('\n', "\n  "));
    }

    /// Rubs out up to `count` characters at the end of the last line, as a terminal's own
    /// line editing does: backspace, space, backspace.
    fn rub_out(&mut self, buffer: &mut Buffer, count: usize) {
        let mut echo = String::new();
        for _ in 0..count {
            match buffer.chars().last() {
                Some('\n') | None => break,
                Some(&c) => {
                    let w = char_columns(c).max(1);
                    echo.push_str(&"\x08".repeat(w));
                    echo.push_str(&" ".repeat(w));
                    echo.push_str(&"\x08".repeat(w));
                    buffer.apply(&Action::Backspace, false);
                }
            }
        }
        self.write_raw(&echo);
    }

    fn choose_normal(&mut self, question: &str, options: &[String]) -> Picked {
        let (width, height) = self.size();
        let question = &clean(question);
        let options: Vec<String> = options.iter().map(|o| clean(o).into_owned()).collect();
        let count = options.len();
        let window = count.min(height.saturating_sub(5).max(3));
        let mut selected = 0usize;
        let mut typed = String::new();
        let mut note = String::new();
        let picked = loop {
            let start = selected.saturating_sub(window - 1).min(count - window);
            let mut rows = vec![truncate(&format!("> {question}"), width - 1)];
            if start > 0 {
                rows.push(format!(
                    "    {}",
                    self.count("interview-menu-more-above", start)
                ));
            }
            let mut cursor_row = 0;
            for (i, option) in options.iter().enumerate().skip(start).take(window) {
                let marker = if i == selected { "→" } else { " " };
                let mut row = truncate(&format!("  {marker} {}. {option}", i + 1), width - 1);
                if i == selected {
                    cursor_row = rows.len();
                    if self.colour {
                        row = format!("{}{row}{}", Attribute::Reverse, Attribute::Reset);
                    }
                }
                rows.push(row);
            }
            if start + window < count {
                let below = self.count("interview-menu-more-below", count - start - window);
                rows.push(format!("    {below}"));
            }
            if !typed.is_empty() {
                let shown = self
                    .language
                    .format("interview-menu-typed", &[("text", typed.as_str().into())]);
                rows.push(format!("  {shown}"));
            }
            if !note.is_empty() {
                rows.push(format!("  {note}"));
            }
            let hint = self.language.text("interview-menu-hint");
            rows.extend(self.hint_rows(&hint, width));
            self.draw(&rows, cursor_row, 2);
            note.clear();
            match self.next_input() {
                None => break Picked::Interrupt,
                Some(Input::Resize) => {}
                Some(Input::Key(key)) => match key {
                    Action::Up => selected = (selected + count - 1) % count,
                    Action::Down => selected = (selected + 1) % count,
                    Action::Home => selected = 0,
                    Action::End => selected = count - 1,
                    Action::Enter if typed.is_empty() => break Picked::Option(selected),
                    Action::Enter => match read_number(&typed, count) {
                        Some(Ok(i)) => break Picked::Option(i),
                        Some(Err(())) => {
                            note = self.typed("interview-menu-no-option", typed.trim(), count);
                            typed.clear();
                        }
                        None => break Picked::Typed(std::mem::take(&mut typed)),
                    },
                    Action::Escape if !typed.is_empty() => typed.clear(),
                    Action::Escape => break Picked::Escape,
                    Action::Interrupt => break Picked::Interrupt,
                    Action::Backspace => {
                        typed.pop();
                    }
                    Action::KillToStart | Action::KillWordBefore => typed.clear(),
                    Action::Insert(c) => {
                        typed.push(c);
                        if let Some(Ok(i)) = read_number(&typed, count) {
                            selected = i;
                        }
                    }
                    _ => {}
                },
                Some(Input::Paste(text)) => typed.push_str(text.lines().next().unwrap_or("")),
            }
        };
        let shown = match &picked {
            Picked::Option(i) => format!("> {question} {}", options[*i]),
            Picked::Typed(text) => format!("> {question} {text}"),
            Picked::Escape => format!("> {question}{}", self.back()),
            Picked::Interrupt => format!("> {question}"),
        };
        let row = truncate(&shown, width - 1);
        self.draw(std::slice::from_ref(&row), 0, columns(&row));
        self.write("\n");
        self.rows_up = 0;
        picked
    }

    fn choose_plain(&mut self, question: &str, options: &[String]) -> Picked {
        let (width, _) = self.size();
        let mut list = format!("{question}\n");
        for (i, option) in options.iter().enumerate() {
            list.push_str(&wrap(&format!("  {}. {option}", i + 1), width - 1));
            list.push('\n');
        }
        self.write(&list);
        let hint = self.count("interview-menu-plain-hint", options.len());
        loop {
            let reply = self.ask_plain(&Ask::line("", &hint, ""));
            match reply.end {
                End::Escape => return Picked::Escape,
                End::Interrupt => return Picked::Interrupt,
                End::Enter => {}
            }
            match read_number(&reply.text, options.len()) {
                Some(Ok(i)) => {
                    self.write(&format!("{}\n", options[i]));
                    return Picked::Option(i);
                }
                Some(Err(())) => {
                    let note = self.typed(
                        "interview-menu-plain-no-option",
                        reply.text.trim(),
                        options.len(),
                    );
                    self.write(&format!("{note}\n"));
                }
                None if reply.text.trim().is_empty() => {
                    let note = self.count("interview-menu-plain-type-number", options.len());
                    self.write(&format!("{note}\n"));
                }
                None => return Picked::Typed(reply.text),
            }
        }
    }
}

impl Drop for Terminal {
    fn drop(&mut self) {
        let _ = execute!(io::stdout(), event::DisableBracketedPaste);
        let _ = terminal::disable_raw_mode();
    }
}

impl Prompter for Terminal {
    fn set_language(&mut self, language: Language) {
        self.language = language;
    }

    fn say(&mut self, text: &str) {
        self.write(&format!("{text}\n"));
    }

    fn show_long(&mut self, text: &str) -> bool {
        let (width, height) = self.size();
        let wrapped = wrap(text, width - 1);
        let lines: Vec<&str> = wrapped.split('\n').collect();
        let page = height.saturating_sub(2).max(3);
        if lines.len() <= page {
            self.say(&wrapped);
            return true;
        }
        let mut at = 0;
        while at < lines.len() {
            let end = (at + page).min(lines.len());
            self.say(&lines[at..end].join("\n"));
            at = end;
            if at >= lines.len() {
                break;
            }
            let more = self.count("interview-more-lines", lines.len() - at);
            self.write(&more);
            let go_on = loop {
                match self.next_input() {
                    None | Some(Input::Key(Action::Interrupt)) => return false,
                    Some(Input::Key(Action::Enter | Action::Insert(' ') | Action::Down)) => {
                        break true;
                    }
                    Some(Input::Key(Action::Insert('q' | 'Q') | Action::Escape)) => break false,
                    _ => {}
                }
            };
            if self.mode == Mode::Normal {
                let mut out = io::stdout().lock();
                let _ = queue!(out, MoveToColumn(0), Clear(ClearType::CurrentLine));
                let _ = out.flush();
            } else {
                self.write("\n");
            }
            if !go_on {
                let rest = self.language.text("interview-rest-left-out");
                self.say(&rest);
                break;
            }
        }
        true
    }

    fn ask(&mut self, ask: &Ask) -> Reply {
        match self.mode {
            Mode::Normal => self.ask_normal(ask),
            Mode::Plain => self.ask_plain(ask),
        }
    }

    fn choose(&mut self, question: &str, options: &[String]) -> Picked {
        if options.is_empty() {
            return Picked::Escape;
        }
        match self.mode {
            Mode::Normal => self.choose_normal(question, options),
            Mode::Plain => self.choose_plain(question, options),
        }
    }

    fn width(&self) -> usize {
        self.size().0.saturating_sub(1).max(20)
    }
}

/// What starts a box's first row: `> ` and the question, if any.
fn prompt_lead(question: &str) -> String {
    if question.is_empty() {
        "> ".to_owned()
    } else {
        format!("> {question} ")
    }
}

/// Whether a box's text reads as a command (`/back`), not an answer (`//tea`).
fn is_command(text: &str) -> bool {
    let trimmed = text.trim();
    trimmed.starts_with('/') && !trimmed.starts_with("//") && !trimmed.contains(char::is_whitespace)
}

/// A number typed at a menu: `Some(Ok(index))` for an option, `Some(Err)` for a number
/// with no option, `None` for anything that is not a number.
fn read_number(typed: &str, count: usize) -> Option<Result<usize, ()>> {
    let number: usize = typed.trim().parse().ok()?;
    Some(if (1..=count).contains(&number) {
        Ok(number - 1)
    } else {
        Err(())
    })
}

/// How many characters Ctrl-W takes off the end: spaces, then the word before them.
fn last_word_len(chars: &[char]) -> usize {
    let spaces = chars
        .iter()
        .rev()
        .take_while(|c| **c == ' ' || **c == '\t')
        .count();
    let word = chars[..chars.len() - spaces]
        .iter()
        .rev()
        .take_while(|c| !c.is_whitespace())
        .count();
    spaces + word
}

/// Cuts a row to `width` columns, with an ellipsis where it was cut.
fn truncate(text: &str, width: usize) -> String {
    if columns(text) <= width {
        return text.to_owned();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = char_columns(c);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

/// The rows of a box being edited, at `width` columns, and where its cursor is (row, column).
/// A row is cut before it reaches the last column, so the terminal never wraps on its own;
/// the lines of an answer after its first are indented by two spaces.
fn box_rows(lead: &str, buffer: &Buffer, width: usize) -> (Vec<String>, usize, usize) {
    let limit = width.saturating_sub(1).max(10);
    let mut rows = vec![lead.to_owned()];
    let mut column = columns(lead);
    let mut cursor = (0, column);
    for (i, &c) in buffer.chars().iter().enumerate() {
        if i == buffer.cursor() {
            cursor = (rows.len() - 1, column);
        }
        if c == '\n' {
            rows.push("  ".to_owned());
            column = 2;
            continue;
        }
        // What is drawn is cleaned (a control character from a file shows as a mark);
        // the text itself stays exactly as it was.
        let (shown, w) = if c == '\t' {
            ("    ".to_owned(), 4)
        } else {
            let shown = clean(&c.to_string()).into_owned();
            let w = crate::screen::columns(&shown);
            (shown, w)
        };
        if column + w > limit {
            rows.push("  ".to_owned());
            column = 2;
            if i == buffer.cursor() {
                cursor = (rows.len() - 1, column);
            }
        }
        if let Some(row) = rows.last_mut() {
            row.push_str(&shown);
        }
        column += w;
    }
    if buffer.cursor() >= buffer.chars().len() {
        cursor = (rows.len() - 1, column);
    }
    (rows, cursor.0, cursor.1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_box_wraps_by_columns_and_keeps_its_cursor() {
        let buffer = Buffer::new("Sam Jones\nDr Patel", false);
        let (rows, row, column) = box_rows("> ", &buffer, 80);
        assert_eq!(rows, ["> Sam Jones", "  Dr Patel"]);
        assert_eq!((row, column), (1, 10));
        let wide = Buffer::new("日本語日本語", false);
        let (rows, row, column) = box_rows("> ", &wide, 11);
        assert_eq!(rows, ["> 日本語日", "  本語"]);
        assert_eq!((row, column), (1, 6));
    }

    #[test]
    fn menus_read_numbers_and_commands() {
        assert_eq!(read_number(" 2 ", 3), Some(Ok(1)));
        assert_eq!(read_number("4", 3), Some(Err(())));
        assert_eq!(read_number("/back", 3), None);
        assert!(is_command(" /back"));
        assert!(!is_command("//tea"));
        assert!(!is_command("Kayak /back"));
        let chars: Vec<char> = "wake up  ".chars().collect();
        assert_eq!(last_word_len(&chars), 4);
    }

    #[test]
    fn rows_are_cut_to_the_width() {
        assert_eq!(truncate("abcdef", 4), "abc…");
        assert_eq!(truncate("abc", 4), "abc");
    }
}
