//! The file's bytes: a finished document's objects written out in one pass.
//!
//! printpdf builds the document (pages, fonts, resources, links) as lopdf objects and the
//! writer adds the structure tree, the outline and the metadata to them; this module turns
//! those objects into the file. Streams are written compressed, unless they say not to be
//! or already are; every other object goes into one compressed object stream; a
//! cross-reference stream, compressed with the PNG "Up" predictor, ends the file. One
//! compressor serves every stream: setting one up costs more than compressing a page. lopdf's own save did the same in three passes through
//! `write!` and cost a third of a render (docs/performance.md).

use std::io::Write as _;

use std::collections::BTreeMap;

use lopdf::{Dictionary, Object, StringFormat};

/// How hard deflate works. For the 18 streams of the full sample (119 KB), libdeflate gives
/// 39,149 bytes at level 3, 37,608 at 5, 37,239 at 6 and 36,780 at 8, in 0.80, 1.07, 1.11
/// and 2.82 ms; zlib-rs (flate2's) at level 6 gave 38,713 bytes in 1.59 to 1.71 ms.
const COMPRESSION_LEVEL: i32 = 6;

/// From how many bytes of packed objects the object stream is compressed on a thread of
/// its own. Below it, starting the thread and the first touches of its compressor's 650 KB
/// of tables cost more than the thread saves: in a fresh `wrap export` of the full sample
/// (58.5 KB of objects) the thread made the whole process 0.3 to 0.45 ms slower; for a plan
/// 10 times the sample's (362 KB) it was even; for 100 times (3.6 MB) it saved 5%.
const OWN_THREAD_FROM: usize = 1 << 20;

/// One deflate compressor (libdeflate), reused.
struct Deflate(libdeflater::Compressor);

impl Deflate {
    fn new() -> Deflate {
        let level = libdeflater::CompressionLvl::new(COMPRESSION_LEVEL)
            .unwrap_or_else(|_| libdeflater::CompressionLvl::default());
        Deflate(libdeflater::Compressor::new(level))
    }

    /// `data` in the zlib format, as `/FlateDecode` reads it.
    fn deflate(&mut self, data: &[u8]) -> std::io::Result<Vec<u8>> {
        let mut out = vec![0; self.0.zlib_compress_bound(data.len())];
        let written = self
            .0
            .zlib_compress(data, &mut out)
            .map_err(|e| std::io::Error::other(format!("{e:?}")))?;
        out.truncate(written);
        Ok(out)
    }
}

/// Objects already written in PDF syntax, by number (generation 0, never streams): the
/// structure tree's elements, hundreds of small dictionaries written straight to bytes
/// rather than built as lopdf objects first.
pub(crate) type Written = BTreeMap<u32, Vec<u8>>;

/// Writes `pdf`, and the objects of `written`, as a PDF file. The same objects always give
/// the same bytes.
pub(crate) fn save(pdf: &lopdf::Document, written: &Written) -> std::io::Result<Vec<u8>> {
    save_with(pdf, written, OWN_THREAD_FROM)
}

/// [`save`], with the object stream compressed on a thread of its own from
/// `own_thread_from` bytes of packed objects.
fn save_with(
    pdf: &lopdf::Document,
    written: &Written,
    own_thread_from: usize,
) -> std::io::Result<Vec<u8>> {
    let mut deflate = Deflate::new();
    let max_id = pdf
        .objects
        .keys()
        .map(|(id, _)| *id)
        .chain(written.keys().copied())
        .max()
        .unwrap_or(0);
    let stream_id = max_id + 1;
    let xref_id = max_id + 2;
    let mut out = Vec::with_capacity(64 * 1024);
    out.extend_from_slice(b"%PDF-");
    out.extend_from_slice(pdf.version.as_bytes());
    out.extend_from_slice(b"\n%\xE2\xE3\xCF\xD3\n");

    // Where each object is: written at an offset, or packed at an index of the stream.
    let mut entries = vec![Entry::Free; xref_id as usize + 1];
    // First every object that is not a stream, packed into the object stream (or written
    // on its own, the rare one of another generation); the streams are kept for after.
    let mut stream = ObjectStream::default();
    let mut streams: Vec<((u32, u16), &lopdf::Stream)> = Vec::new();
    // The lopdf objects and the written ones, in the order of their numbers.
    let mut objects = pdf.objects.iter().peekable();
    let mut ready = written.iter().peekable();
    loop {
        let next_written = match (objects.peek(), ready.peek()) {
            (None, None) => break,
            (Some(((id, _), _)), Some((written_id, _))) => written_id < &id,
            (pdf_next, _) => pdf_next.is_none(),
        };
        if next_written {
            if let Some((&id, bytes)) = ready.next()
                && let Some(entry) = entries.get_mut(id as usize)
            {
                *entry = stream.add(id, |out| out.extend_from_slice(bytes));
            }
            continue;
        }
        let Some((&(id, generation), object)) = objects.next() else {
            break;
        };
        let Some(entry) = entries.get_mut(id as usize) else {
            continue;
        };
        if let Object::Stream(content) = object {
            streams.push(((id, generation), content));
        } else if generation != 0 {
            *entry = Entry::At(out.len() as u64, generation);
            indirect(&mut out, id, generation, object);
        } else {
            *entry = stream.add(id, |out| value(out, object));
        }
    }

    // A large object stream is compressed on a second thread while this one compresses the
    // other streams: it is about half of what there is to compress, and deflate is about a
    // third of a render. The bytes are the same either way.
    let first = stream.header.len();
    let count = stream.count;
    let mut packed_objects = stream.header;
    packed_objects.extend_from_slice(&stream.body);
    let packed = std::thread::scope(|scope| -> std::io::Result<Option<Vec<u8>>> {
        // Where no thread can be started (a platform without them, a limit reached), or the
        // objects are too few to be worth one, this one compresses the object stream too,
        // after the rest.
        let thread = if count > 0 && packed_objects.len() >= own_thread_from {
            std::thread::Builder::new()
                .spawn_scoped(scope, || Deflate::new().deflate(&packed_objects))
                .ok()
        } else {
            None
        };
        for ((id, generation), content) in streams {
            if let Some(entry) = entries.get_mut(id as usize) {
                *entry = Entry::At(out.len() as u64, generation);
            }
            let compressed = if content.allows_compression && !content.dict.has(b"Filter") {
                Some(deflate.deflate(&content.content)?)
                    // Kept as it is where deflate cannot make it smaller.
                    .filter(|c| c.len() + 19 < content.content.len())
            } else {
                None
            };
            match compressed {
                Some(compressed) => {
                    let mut dict = content.dict.clone();
                    dict.set("Filter", Object::Name(b"FlateDecode".to_vec()));
                    stream_object(&mut out, (id, generation), &dict, &compressed);
                }
                None => {
                    stream_object(&mut out, (id, generation), &content.dict, &content.content);
                }
            }
        }
        match thread {
            Some(thread) => thread
                .join()
                .map_err(|_| std::io::Error::other("the object stream's compression failed"))?
                .map(Some),
            None if count > 0 => deflate.deflate(&packed_objects).map(Some),
            None => Ok(None),
        }
    })?;
    if let Some(content) = packed {
        let mut dict = Dictionary::new();
        dict.set("Type", Object::Name(b"ObjStm".to_vec()));
        dict.set("N", i64::from(count));
        dict.set("First", first as i64);
        dict.set("Filter", Object::Name(b"FlateDecode".to_vec()));
        entries[stream_id as usize] = Entry::At(out.len() as u64, 0);
        stream_object(&mut out, (stream_id, 0), &dict, &content);
    }

    let xref_at = out.len() as u64;
    entries[xref_id as usize] = Entry::At(xref_at, 0);
    let (widths, rows) = xref_rows(&entries, stream_id);
    let columns: usize = widths.iter().sum();
    let content = deflate.deflate(&up_predicted(&rows, widths))?;
    let mut dict = Dictionary::new();
    dict.set("Type", Object::Name(b"XRef".to_vec()));
    dict.set("Size", i64::from(xref_id + 1));
    dict.set(
        "W",
        Object::Array(widths.iter().map(|&w| Object::Integer(w as i64)).collect()),
    );
    for (key, object) in &pdf.trailer {
        if !matches!(
            key.as_slice(),
            b"Type" | b"Size" | b"W" | b"Index" | b"Prev" | b"Filter" | b"DecodeParms" | b"Length"
        ) {
            dict.set(key.clone(), object.clone());
        }
    }
    dict.set("Filter", Object::Name(b"FlateDecode".to_vec()));
    dict.set(
        "DecodeParms",
        Dictionary::from_iter([
            ("Predictor", Object::Integer(12)),
            ("Columns", Object::Integer(columns as i64)),
        ]),
    );
    stream_object(&mut out, (xref_id, 0), &dict, &content);
    out.extend_from_slice(b"startxref\n");
    integer(&mut out, xref_at as i64);
    out.extend_from_slice(b"\n%%EOF\n");
    Ok(out)
}

/// The object stream being filled: its header of numbers and offsets, and its objects.
#[derive(Default)]
struct ObjectStream {
    header: Vec<u8>,
    body: Vec<u8>,
    count: u32,
}

impl ObjectStream {
    /// Adds object `id`, written by `write`; where the cross-reference stream finds it.
    fn add(&mut self, id: u32, write: impl FnOnce(&mut Vec<u8>)) -> Entry {
        integer(&mut self.header, i64::from(id));
        self.header.push(b' ');
        integer(&mut self.header, self.body.len() as i64);
        self.header.push(b' ');
        write(&mut self.body);
        self.body.push(b'\n');
        self.count += 1;
        Entry::Packed(self.count - 1)
    }
}

/// Where the cross-reference stream says an object is.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Entry {
    /// No object has this number.
    Free,
    /// Written at this offset, with this generation.
    At(u64, u16),
    /// At this index of the object stream.
    Packed(u32),
}

/// The cross-reference rows, each field big-endian, and the width of each field: the
/// narrowest that holds the largest value in it.
fn xref_rows(entries: &[Entry], stream_id: u32) -> ([usize; 3], Vec<[u64; 3]>) {
    let rows: Vec<[u64; 3]> = entries
        .iter()
        .enumerate()
        .map(|(id, entry)| match *entry {
            Entry::Free if id == 0 => [0, 0, 65_535],
            Entry::Free => [0, 0, 0],
            Entry::At(offset, generation) => [1, offset, u64::from(generation)],
            Entry::Packed(index) => [2, u64::from(stream_id), u64::from(index)],
        })
        .collect();
    let width = |field: usize| {
        let most = rows.iter().map(|row| row[field]).max().unwrap_or(0);
        (64 - most.leading_zeros() as usize).div_ceil(8).max(1)
    };
    ([1, width(1), width(2)], rows)
}

/// The rows as bytes, each after its predictor byte (2, "Up": each byte less the byte
/// above it), which turns the rows of packed objects into runs deflate takes almost free.
fn up_predicted(rows: &[[u64; 3]], widths: [usize; 3]) -> Vec<u8> {
    let columns: usize = widths.iter().sum();
    let mut out = Vec::with_capacity(rows.len() * (columns + 1));
    let mut above = vec![0_u8; columns];
    let mut row_bytes = vec![0_u8; columns];
    for row in rows {
        let mut at = 0;
        for (&value, &width) in row.iter().zip(&widths) {
            let bytes = value.to_be_bytes();
            row_bytes[at..at + width].copy_from_slice(&bytes[8 - width..]);
            at += width;
        }
        out.push(2);
        for (byte, up) in row_bytes.iter().zip(above.iter_mut()) {
            out.push(byte.wrapping_sub(*up));
            *up = *byte;
        }
    }
    out
}

/// `id generation obj … endobj`, for an object other than a stream.
fn indirect(out: &mut Vec<u8>, id: u32, generation: u16, object: &Object) {
    object_start(out, id, generation);
    value(out, object);
    out.extend_from_slice(b"\nendobj\n");
}

fn object_start(out: &mut Vec<u8>, id: u32, generation: u16) {
    numbered(out, (id, generation));
    out.extend_from_slice(b" obj\n");
}

/// An object's number and generation, `id generation`, as it starts and as it is referred
/// to.
fn numbered(out: &mut Vec<u8>, (id, generation): (u32, u16)) {
    integer(out, i64::from(id));
    out.push(b' ');
    integer(out, i64::from(generation));
}

/// A stream object, its `/Length` the length of `content` whatever the dictionary says.
fn stream_object(
    out: &mut Vec<u8>,
    (id, generation): (u32, u16),
    dict: &Dictionary,
    content: &[u8],
) {
    object_start(out, id, generation);
    out.extend_from_slice(b"<<");
    for (key, object) in dict {
        if key.as_slice() != b"Length" {
            entry(out, key, object);
        }
    }
    out.extend_from_slice(b"/Length ");
    integer(out, content.len() as i64);
    out.extend_from_slice(b">>stream\n");
    out.extend_from_slice(content);
    out.extend_from_slice(b"\nendstream\nendobj\n");
}

/// Whether an object's first byte is a regular character (a digit, a sign, a letter), so
/// that a space must part it from a name or number before it.
fn starts_regular(object: &Object) -> bool {
    matches!(
        object,
        Object::Null
            | Object::Boolean(_)
            | Object::Integer(_)
            | Object::Real(_)
            | Object::Reference(_)
    )
}

fn entry(out: &mut Vec<u8>, key: &[u8], object: &Object) {
    name(out, key);
    if starts_regular(object) {
        out.push(b' ');
    }
    value(out, object);
}

/// An object where it is used (a stream is written as its dictionary, which never happens
/// for a direct object in a well-formed document).
pub(crate) fn value(out: &mut Vec<u8>, object: &Object) {
    match object {
        Object::Null => out.extend_from_slice(b"null"),
        Object::Boolean(true) => out.extend_from_slice(b"true"),
        Object::Boolean(false) => out.extend_from_slice(b"false"),
        Object::Integer(n) => integer(out, *n),
        Object::Real(r) => real(out, *r),
        Object::Name(n) => name(out, n),
        Object::String(text, StringFormat::Literal) => literal(out, text),
        Object::String(bytes, StringFormat::Hexadecimal) => hexadecimal(out, bytes),
        Object::Array(items) => {
            out.push(b'[');
            for (index, item) in items.iter().enumerate() {
                if index > 0 && starts_regular(item) {
                    out.push(b' ');
                }
                value(out, item);
            }
            out.push(b']');
        }
        Object::Dictionary(dict) => {
            out.extend_from_slice(b"<<");
            for (key, object) in dict {
                entry(out, key, object);
            }
            out.extend_from_slice(b">>");
        }
        Object::Stream(stream) => value(out, &Object::Dictionary(stream.dict.clone())),
        Object::Reference(id) => reference(out, *id),
    }
}

/// Writes a number given in hundredths, in its shortest form ("12", "12.5", "-0.25").
pub(crate) fn number(out: &mut Vec<u8>, hundredths: i64) {
    if hundredths < 0 {
        out.push(b'-');
    }
    let magnitude = hundredths.unsigned_abs();
    unsigned(out, magnitude / 100);
    let fraction = magnitude % 100;
    if fraction != 0 {
        out.push(b'.');
        out.push(b'0' + (fraction / 10) as u8);
        if !fraction.is_multiple_of(10) {
            out.push(b'0' + (fraction % 10) as u8);
        }
    }
}

/// A reference, `id generation R`.
pub(crate) fn reference(out: &mut Vec<u8>, id: (u32, u16)) {
    numbered(out, id);
    out.extend_from_slice(b" R");
}

/// Writes an integer.
pub(crate) fn integer(out: &mut Vec<u8>, n: i64) {
    if n < 0 {
        out.push(b'-');
    }
    unsigned(out, n.unsigned_abs());
}

fn unsigned(out: &mut Vec<u8>, mut magnitude: u64) {
    let mut digits = [0_u8; 20];
    let mut start = digits.len();
    loop {
        start -= 1;
        digits[start] = b'0' + (magnitude % 10) as u8;
        magnitude /= 10;
        if magnitude == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[start..]);
}

/// A real number in its shortest form: through hundredths when it is one to a hundredth
/// (widths, boxes, positions), else as Rust prints it (never with an exponent).
fn real(out: &mut Vec<u8>, r: f32) {
    if !r.is_finite() {
        out.push(b'0');
        return;
    }
    let hundredths = (f64::from(r) * 100.0).round();
    if hundredths.abs() < 1e15 && (hundredths / 100.0) as f32 == r {
        number(out, hundredths as i64);
    } else {
        // Writing to a Vec cannot fail.
        let _ = write!(out, "{r}");
    }
}

/// Per byte, whether a name holds it as it is: printable ASCII other than white space and
/// the delimiters (ISO 32000-1, 7.3.5); any other byte is written as `#` and two hex digits.
const NAME_REGULAR: [bool; 256] = {
    let mut table = [false; 256];
    let mut byte = 33;
    while byte <= 126 {
        table[byte] = !matches!(
            byte as u8,
            b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%' | b'#'
        );
        byte += 1;
    }
    table
};

/// A name: `/` and its bytes, each that a name cannot hold as it is written as `#xx`.
pub(crate) fn name(out: &mut Vec<u8>, name: &[u8]) {
    out.push(b'/');
    for &byte in name {
        if !NAME_REGULAR[usize::from(byte)] {
            out.push(b'#');
            out.extend_from_slice(&hex_digits(byte));
        } else {
            out.push(byte);
        }
    }
}

/// A byte's two hexadecimal digits, upper case, as names, text strings and CMaps write
/// them.
pub(crate) fn hex_digits(byte: u8) -> [u8; 2] {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    [HEX[usize::from(byte >> 4)], HEX[usize::from(byte & 15)]]
}

/// A literal string, with `(`, `)` and `\` escaped, and line ends, which a reader would
/// otherwise take as a line feed of its choosing.
fn literal(out: &mut Vec<u8>, text: &[u8]) {
    out.push(b'(');
    for &byte in text {
        literal_byte(out, byte);
    }
    out.push(b')');
}

/// One byte inside a literal string, escaped if it is a delimiter or a line end.
pub(crate) fn literal_byte(out: &mut Vec<u8>, byte: u8) {
    match byte {
        b'(' | b')' | b'\\' => out.extend_from_slice(&[b'\\', byte]),
        b'\r' => out.extend_from_slice(b"\\r"),
        b'\n' => out.extend_from_slice(b"\\n"),
        _ => out.push(byte),
    }
}

fn hexadecimal(out: &mut Vec<u8>, bytes: &[u8]) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push(b'<');
    for &byte in bytes {
        out.extend_from_slice(&[HEX[usize::from(byte >> 4)], HEX[usize::from(byte & 15)]]);
    }
    out.push(b'>');
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(object: &Object) -> String {
        let mut out = Vec::new();
        value(&mut out, object);
        String::from_utf8_lossy(&out).into_owned()
    }

    #[test]
    fn objects_are_written_short_with_spaces_only_where_tokens_would_run_together() {
        let dict = Dictionary::from_iter([
            ("Type", Object::Name(b"Page".to_vec())),
            ("Count", Object::Integer(-3)),
            (
                "Box",
                Object::Array(vec![0.into(), 841.89.into(), Object::Real(0.1)]),
            ),
            ("Parent", Object::Reference((12, 0))),
            (
                "Names",
                Object::Array(vec!["A".into(), "B C".into(), Object::Null]),
            ),
            ("On", Object::Boolean(true)),
        ]);
        assert_eq!(
            written(&Object::Dictionary(dict)),
            "<</Type/Page/Count -3/Box[0 841.89 0.1]/Parent 12 0 R/Names[/A/B#20C null]/On true>>"
        );
    }

    #[test]
    fn reals_keep_every_digit_they_have() {
        for (r, text) in [
            (556.15_f32, "556.15"),
            (-0.5, "-0.5"),
            (12.0, "12"),
            (0.123, "0.123"),
            (1e-6, "0.000001"),
            (f32::NAN, "0"),
        ] {
            assert_eq!(written(&Object::Real(r)), text, "{r}");
        }
    }

    #[test]
    fn strings_escape_their_delimiters_and_line_ends() {
        let text = Object::String(b"a(b)c\\d\re\nf".to_vec(), StringFormat::Literal);
        assert_eq!(written(&text), r"(a\(b\)c\\d\re\nf)");
        let hex = Object::String(vec![0x00, 0xAB, 0xFF], StringFormat::Hexadecimal);
        assert_eq!(written(&hex), "<00abff>");
    }

    #[test]
    fn the_predictor_writes_each_row_less_the_row_above() {
        let rows = [[0, 0, 65_535], [1, 300, 0], [2, 9, 0], [2, 9, 1]];
        assert_eq!(
            up_predicted(&rows, [1, 2, 2]),
            [
                2, 0, 0, 0, 0xFF, 0xFF, //
                2, 1, 1, 44, 1, 1, //
                2, 1, 255, 0xDD, 0, 0, //
                2, 0, 0, 0, 0, 1,
            ]
        );
    }

    #[test]
    fn a_document_reads_back_object_for_object() {
        let mut doc = lopdf::Document::with_version("1.7");
        let content = lopdf::Stream::new(Dictionary::new(), b"BT ET".to_vec());
        let contents = doc.add_object(content);
        let pages = doc.new_object_id();
        let page = doc.add_object(Dictionary::from_iter([
            ("Type", Object::Name(b"Page".to_vec())),
            ("Parent", Object::Reference(pages)),
            ("Contents", Object::Reference(contents)),
            (
                "Title",
                Object::String(b"(x)\r\n\\".to_vec(), StringFormat::Literal),
            ),
            ("Width", Object::Real(595.28)),
        ]));
        doc.objects.insert(
            pages,
            Object::Dictionary(Dictionary::from_iter([
                ("Type", Object::Name(b"Pages".to_vec())),
                ("Kids", Object::Array(vec![Object::Reference(page)])),
                ("Count", Object::Integer(1)),
            ])),
        );
        let catalog = doc.add_object(Dictionary::from_iter([
            ("Type", Object::Name(b"Catalog".to_vec())),
            ("Pages", Object::Reference(pages)),
        ]));
        doc.trailer.set("Root", Object::Reference(catalog));
        // An object written already, numbered between lopdf's, and one after them all.
        let between = doc.new_object_id();
        let last = (between.0 + 5, 0);
        let written = Written::from([
            (between.0, b"<</S/P/K[1 2]>>".to_vec()),
            (last.0, b"(written)".to_vec()),
        ]);
        doc.objects.insert((between.0 + 1, 0), Object::Integer(7));
        let bytes = save(&doc, &written).unwrap();
        assert_eq!(
            save(&doc, &written).unwrap(),
            bytes,
            "the same objects, the same bytes"
        );
        assert!(bytes.ends_with(b"%%EOF\n"));
        assert_eq!(
            save_with(&doc, &written, 0).unwrap(),
            bytes,
            "the object stream compressed on a thread of its own, the same bytes"
        );

        let read = lopdf::Document::load_mem(&bytes).unwrap();
        assert_eq!(read.get_pages().len(), 1);
        for (&id, object) in &doc.objects {
            let back = read.get_object(id).unwrap();
            match (object, back) {
                (Object::Stream(a), Object::Stream(b)) => assert_eq!(a.content, b.content),
                (a, b) => assert_eq!(format!("{a:?}"), format!("{b:?}"), "{id:?}"),
            }
        }
        assert_eq!(
            read.trailer.get(b"Root").unwrap(),
            &Object::Reference(catalog)
        );
        let element = read.get_dictionary(between).unwrap();
        assert_eq!(element.get(b"S").unwrap(), &Object::Name(b"P".to_vec()));
        assert_eq!(
            read.get_object(last).unwrap(),
            &Object::String(b"written".to_vec(), StringFormat::Literal)
        );
    }
}
