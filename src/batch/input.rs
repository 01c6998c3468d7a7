//! Reads a batch's CSV file: decodes what Excel saves (UTF-8 with or without BOM, UTF-16 with
//! BOM, GBK/GB18030), finds the delimiter, maps the header to API fields and lays each row
//! over a base preset (a cell overrides the preset's field, an empty cell keeps it).

use crate::operation::{Field, FormDraft, Operation};
use crate::t;
use std::path::Path;

/// Why a file cannot be used as a batch, in words that say what to do.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InputError {
    /// The file could not be read.
    #[error("{}", crate::t!("err-input-cannot-read", path = .path, reason = .reason.to_string()))]
    Read { path: String, reason: String },
    /// Not text in a known encoding.
    #[error("{}", crate::t!("err-input-the-file-is-not-text", offset = .offset.to_string()))]
    Encoding { offset: usize },
    /// Lines in UTF-8 and lines in another encoding (GBK) in one file.
    #[error("{}", crate::t!("err-input-mixed-encodings", line = .line.to_string()))]
    MixedEncoding { line: usize },
    /// No header row.
    #[error("{}", crate::t!("err-input-the-file-is-empty-its"))]
    Empty,
    /// A header cell that is not a field.
    #[error("{}", crate::t!("err-input-column-of-the-header-is", column = .column.to_string(), name = .name.to_string(), known = .known.to_string()))]
    UnknownColumn {
        column: usize,
        name: String,
        known: String,
    },
    /// Two header cells name the same field.
    #[error("{}", crate::t!("err-input-the-header-names-twice-columns", field = .field.to_string(), first = .first.to_string(), second = .second.to_string()))]
    RepeatedColumn {
        field: Field,
        first: usize,
        second: usize,
    },
    /// The CSV structure is broken (e.g. an unclosed quote).
    #[error("{}", crate::t!("err-input-row", row = .row.to_string(), reason = .reason.to_string()))]
    Malformed { row: u64, reason: String },
    /// Header but no data.
    #[error("{}", crate::t!("err-input-the-file-has-a-header"))]
    NoRows,
}

/// A decoded batch file: its columns and its rows' cells.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BatchFile {
    /// The encoding it was read as, e.g. "UTF-8" or "GBK".
    pub encoding: &'static str,
    /// The fields the header names, in column order.
    pub columns: Vec<Field>,
    /// Each row: its number in the spreadsheet (the header is row 1) and its cells.
    pub rows: Vec<(u32, Vec<String>)>,
}

/// Reads and decodes the file at `path`.
pub fn read_file(path: &Path) -> Result<BatchFile, InputError> {
    BatchFile::parse(&read_bytes(path)?)
}

/// A regular file's bytes (a pipe or a folder is refused, named for what it is).
fn read_bytes(path: &Path) -> Result<Vec<u8>, InputError> {
    use crate::atomic_file::{OpenError, open_regular};
    use std::io::Read;
    let failed = |reason: String| InputError::Read {
        path: path.display().to_string(),
        reason,
    };
    let (mut file, size) = open_regular(path).map_err(|e| match e {
        OpenError::NotAFile => failed(t!("err-input-not-a-regular-file")),
        OpenError::Io(e) => failed(e.to_string()),
    })?;
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0).min(1 << 26));
    file.read_to_end(&mut bytes)
        .map_err(|e| failed(e.to_string()))?;
    Ok(bytes)
}

/// Decodes the bytes of a text file as Excel may have saved it.
pub fn decode(bytes: &[u8]) -> Result<(String, &'static str), InputError> {
    if let Some((encoding, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        if had_errors {
            return Err(InputError::Encoding {
                offset: first_bad_utf8(bytes).unwrap_or(bom_len),
            });
        }
        return Ok((text.into_owned(), encoding.name()));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok((text.to_string(), "UTF-8")),
        Err(utf8_error) => {
            // The encoding is the whole file's: when some lines with non-ASCII text are
            // UTF-8 and others are not, reading it all as GBK would garble the UTF-8 ones.
            let lines = || bytes.split(|b| *b == b'\n').enumerate();
            let utf8_text = lines().any(|(_, l)| !l.is_ascii() && std::str::from_utf8(l).is_ok());
            if utf8_text
                && let Some((n, _)) = lines().find(|(_, l)| std::str::from_utf8(l).is_err())
            {
                return Err(InputError::MixedEncoding { line: n + 1 });
            }
            let (text, had_errors) = encoding_rs::GB18030.decode_without_bom_handling(bytes);
            if had_errors {
                Err(InputError::Encoding {
                    offset: utf8_error.valid_up_to(),
                })
            } else {
                Ok((text.into_owned(), "GBK"))
            }
        }
    }
}

fn first_bad_utf8(bytes: &[u8]) -> Option<usize> {
    std::str::from_utf8(bytes).err().map(|e| e.valid_up_to())
}

/// The delimiter of the header line: comma, unless the line has only semicolons or tabs.
fn delimiter(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or_default();
    [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|d| header.bytes().filter(|b| b == d).count())
        .filter(|_| !header.contains(','))
        .unwrap_or(b',')
}

/// A decoded batch file read a row at a time: its text stays as it is and each row is parsed
/// when it is reached, so a million-row file costs its text and one row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BatchText {
    /// The encoding it was read as, e.g. "UTF-8" or "GBK".
    pub encoding: &'static str,
    /// The fields the header names, in column order.
    pub columns: Vec<Field>,
    text: String,
    delimiter: u8,
}

/// Reads and decodes the file at `path`, for reading its rows one at a time.
pub fn read_text(path: &Path) -> Result<BatchText, InputError> {
    BatchText::parse(&read_bytes(path)?)
}

impl BatchText {
    /// Decodes a file's bytes and reads its header; refuses a file without a data row.
    pub fn parse(bytes: &[u8]) -> Result<BatchText, InputError> {
        let (text, encoding) = decode(bytes)?;
        let delimiter = delimiter(&text);
        let columns = {
            let mut reader = Self::reader(&text, delimiter);
            let mut records = reader.records();
            let header = loop {
                match records.next() {
                    None => return Err(InputError::Empty),
                    Some(Err(e)) => return Err(malformed(&e)),
                    Some(Ok(r)) if r.iter().all(|c| c.trim().is_empty()) => continue,
                    Some(Ok(r)) => break r,
                }
            };
            header_fields(&header)?
        };
        let file = BatchText {
            encoding,
            columns,
            text,
            delimiter,
        };
        let first = file.rows().next().map(|row| row.map(|_| ()));
        match first {
            None => Err(InputError::NoRows),
            Some(Err(e)) => Err(e),
            Some(Ok(())) => Ok(file),
        }
    }

    fn reader(text: &str, delimiter: u8) -> csv::Reader<&[u8]> {
        csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(delimiter)
            .from_reader(text.as_bytes())
    }

    /// Each data row, in file order: its number in the spreadsheet (the header is row 1) and
    /// its cells; blank rows are left out.
    pub fn rows(&self) -> impl Iterator<Item = Result<(u32, Vec<String>), InputError>> + '_ {
        let mut lines = LineCounter::default();
        let mut header_seen = false;
        Self::reader(&self.text, self.delimiter)
            .into_records()
            .filter_map(move |record| {
                let record = match record {
                    Ok(r) => r,
                    Err(e) => return Some(Err(malformed(&e))),
                };
                if record.iter().all(|c| c.trim().is_empty()) {
                    return None;
                }
                if !std::mem::replace(&mut header_seen, true) {
                    return None;
                }
                let start = record
                    .position()
                    .map_or(0, |p| usize::try_from(p.byte()).unwrap_or(usize::MAX));
                let row_no = u32::try_from(lines.line_at(&self.text, start)).unwrap_or(u32::MAX);
                Some(Ok((row_no, record.iter().map(str::to_string).collect())))
            })
    }

    /// A row's fields laid over `base`: a non-empty cell replaces the base's value.
    pub fn draft(&self, base: &FormDraft, cells: Vec<String>) -> FormDraft {
        overlay(&self.columns, base, cells)
    }

    /// Whether a row has more cells than the header has columns (the extra are ignored).
    pub fn has_extra_cells(&self, cells: &[String]) -> bool {
        cells.len() > self.columns.len()
            && cells[self.columns.len()..]
                .iter()
                .any(|c| !c.trim().is_empty())
    }
}

impl BatchFile {
    /// Parses a whole file's bytes, every row at once (the window shows them all).
    pub fn parse(bytes: &[u8]) -> Result<BatchFile, InputError> {
        let text = BatchText::parse(bytes)?;
        let rows = text.rows().collect::<Result<Vec<_>, _>>()?;
        Ok(BatchFile {
            encoding: text.encoding,
            columns: text.columns,
            rows,
        })
    }

    /// Each row's fields laid over `base`: a non-empty cell replaces the base's value.
    pub fn drafts(&self, base: &FormDraft) -> Vec<(u32, FormDraft)> {
        self.rows
            .iter()
            .map(|(row_no, cells)| (*row_no, overlay(&self.columns, base, cells.clone())))
            .collect()
    }
}

/// A row's `cells` (in the order of `columns`) laid over `base`: a non-empty cell replaces the
/// base's value, an empty one keeps it.
pub fn overlay(columns: &[Field], base: &FormDraft, cells: Vec<String>) -> FormDraft {
    let mut draft = base.clone();
    for (field, cell) in columns.iter().zip(cells) {
        if !cell.trim().is_empty() {
            draft.set(*field, cell);
        }
    }
    draft
}

/// Counts lines up to a byte offset, moving forward only (so a whole file costs one pass).
#[derive(Default)]
struct LineCounter {
    offset: usize,
    newlines: usize,
}

impl LineCounter {
    /// The 1-based line of the record the reader says starts at `byte`: the reader gives the
    /// offset of the previous record's terminator, so the line break just after it counts.
    fn line_at(&mut self, text: &str, byte: usize) -> usize {
        let end = (byte + 1).min(text.len()).max(self.offset);
        self.newlines += text.as_bytes()[self.offset..end]
            .iter()
            .filter(|b| **b == b'\n')
            .count();
        self.offset = end;
        self.newlines + 1
    }
}

fn malformed(e: &csv::Error) -> InputError {
    let row = e.position().map(|p| p.line()).unwrap_or(0);
    InputError::Malformed {
        row,
        reason: match e.kind() {
            csv::ErrorKind::UnequalLengths { .. } => t!("m-input-the-row-has-a-different"),
            _ => t!("m-input-the-row-cannot-be-read"),
        },
    }
}

/// A cell as a message quotes it: whole up to 60 characters, else its start and how long it
/// is (a 50 MB header line was echoed whole).
fn shortened(cell: &str) -> String {
    const SHOWN: usize = 60;
    let chars = cell.chars().count();
    if chars <= SHOWN {
        return cell.to_string();
    }
    let start: String = cell.chars().take(SHOWN).collect();
    t!("err-input-cut-cell", start = start, chars = chars)
}

fn header_fields(header: &csv::StringRecord) -> Result<Vec<Field>, InputError> {
    let mut columns: Vec<Field> = Vec::new();
    for (index, name) in header.iter().enumerate() {
        let name = name.trim().trim_start_matches('\u{feff}');
        let field = Field::from_api_name(name).ok_or_else(|| InputError::UnknownColumn {
            column: index + 1,
            name: shortened(name),
            known: Field::ALL.map(Field::api_name).join(", "),
        })?;
        if let Some(first) = columns.iter().position(|f| *f == field) {
            return Err(InputError::RepeatedColumn {
                field,
                first: first + 1,
                second: index + 1,
            });
        }
        columns.push(field);
    }
    Ok(columns)
}

/// A template to fill in: a header with the fields `operation` takes, the stream's three
/// first, and one row with `preset`'s values. UTF-8 with a BOM, so that Excel opens it right.
pub fn template_csv(operation: Operation, preset: &FormDraft) -> String {
    let first = [Field::DomainName, Field::AppName, Field::StreamName];
    let columns: Vec<Field> = first
        .into_iter()
        .chain(operation.fields().filter(|f| !first.contains(f)))
        .filter(|f| operation.takes(*f))
        .collect();
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let header: Vec<&str> = columns.iter().map(|f| f.api_name()).collect();
    let example: Vec<&str> = columns.iter().map(|f| preset.get(*f)).collect();
    let _ = writer.write_record(&header);
    let _ = writer.write_record(&example);
    let body = writer.into_inner().unwrap_or_default();
    format!("\u{feff}{}", String::from_utf8_lossy(&body))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_mostly_utf8_with_one_gbk_line_is_refused_naming_the_line() {
        let mut bytes = "DomainName,AppName,StreamName\nlive.example.com,app,频道6\n"
            .as_bytes()
            .to_vec();
        let (gbk, _, _) = encoding_rs::GBK.encode("live.example.com,app,频道7\n");
        bytes.extend_from_slice(&gbk);
        assert_eq!(decode(&bytes), Err(InputError::MixedEncoding { line: 3 }));
    }

    #[test]
    fn reads_utf8_with_and_without_bom() {
        for bytes in [
            &b"DomainName,AppName,StreamName\r\nd.com,app,s1\r\n"[..],
            &b"\xef\xbb\xbfDomainName,AppName,StreamName\r\nd.com,app,s1\r\n"[..],
        ] {
            let file = BatchFile::parse(bytes).expect("parses");
            assert_eq!(
                file.columns,
                vec![Field::DomainName, Field::AppName, Field::StreamName]
            );
            assert_eq!(
                file.rows,
                vec![(2, vec!["d.com".into(), "app".into(), "s1".into()])]
            );
        }
    }

    #[test]
    fn reads_gbk() {
        let (bytes, _, _) =
            encoding_rs::GBK.encode("DomainName,AppName,StreamName\n播流.com,应用,流1\n");
        let file = BatchFile::parse(&bytes).expect("parses");
        assert_eq!(file.encoding, "GBK");
        assert_eq!(file.rows[0].1[1], "应用");
    }

    #[test]
    fn empty_cells_keep_the_base() {
        let file = BatchFile::parse(b"AppName,CycleDuration\nlive,\n,600\n").expect("parses");
        let base = FormDraft::default()
            .with(Field::AppName, "base")
            .with(Field::CycleDuration, "3600");
        let drafts = file.drafts(&base);
        assert_eq!(drafts[0].1.get(Field::CycleDuration), "3600");
        assert_eq!(drafts[0].1.get(Field::AppName), "live");
        assert_eq!(drafts[1].1.get(Field::AppName), "base");
        assert_eq!(drafts[1].0, 3);
    }

    #[test]
    fn unknown_and_repeated_columns_are_named() {
        let e = BatchFile::parse(b"DomainName,Domain\nx,y\n").expect_err("unknown");
        assert!(e.to_string().contains("\"Domain\""), "{e}");
        // A huge header cell is quoted by its start and its length, not whole.
        let huge = format!("StreamName,{}\nb1,x\n", "X".repeat(5_000_000));
        let e = BatchFile::parse(huge.as_bytes()).expect_err("unknown");
        assert!(e.to_string().len() < 1_000, "{} bytes", e.to_string().len());
        assert!(e.to_string().contains("(5000000 characters)"), "{e}");
        let e = BatchFile::parse(b"AppName,appname\nx,y\n").expect_err("repeated");
        assert!(e.to_string().contains("columns 1 and 2"), "{e}");
        assert_eq!(BatchFile::parse(b"").expect_err("empty"), InputError::Empty);
        assert_eq!(
            BatchFile::parse(b"AppName\n\n").expect_err("no rows"),
            InputError::NoRows
        );
        assert!(matches!(
            BatchFile::parse(b"AppName\n\xff\xfe\xfd\n"),
            Err(InputError::Encoding { .. }) | Ok(_)
        ));
    }

    #[test]
    fn semicolons_and_blank_lines() {
        let file = BatchFile::parse(b"AppName;StreamName\n\na;b\n;;\n").expect("parses");
        assert_eq!(file.rows, vec![(3, vec!["a".into(), "b".into()])]);
    }

    #[test]
    fn template_has_the_stream_first_and_a_bom() {
        let t = template_csv(Operation::Add, &FormDraft::example());
        assert!(
            t.starts_with("\u{feff}DomainName,AppName,StreamName,RegionId"),
            "{t}"
        );
        let file = BatchFile::parse(t.as_bytes()).expect("round trip");
        assert_eq!(file.rows.len(), 1);
    }
}
