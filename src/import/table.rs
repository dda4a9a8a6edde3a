//! Reads a spreadsheet saved as CSV, keeping where every cell starts.
//!
//! Spreadsheets save CSV in more than one way: Excel in the Netherlands separates cells
//! with `;` (the comma is the decimal sign) and saves in Windows-1252 unless asked for
//! UTF-8; LibreOffice and Google Sheets use `,` and UTF-8, with or without a byte order
//! mark. This reader takes all of them: it guesses the separator from the heading row and
//! the encoding from the bytes. Quoted cells follow RFC 4180 (a `"` inside is written
//! `""`, and a cell may span lines). Every cell keeps its line and column in the file, so
//! a problem can be shown on the line it is on.

use crate::messages::Text;
use crate::t;

/// One cell's text and where it starts in the file (1-based).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Cell {
    pub text: String,
    pub line: u32,
    pub column: u32,
}

/// A row of cells, with its number as a spreadsheet shows it (the heading row is 1).
#[derive(Debug)]
pub(super) struct Row {
    pub number: usize,
    pub cells: Vec<Cell>,
}

/// The file read as text, its separator and its rows; the first row holds the headings.
#[derive(Debug)]
pub(super) struct Table {
    /// Whether the file was not UTF-8 and was read as Windows-1252.
    pub windows_1252: bool,
    pub rows: Vec<Row>,
}

/// An unreadable file: the message and the line it is on.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct TableError {
    pub line: u32,
    pub column: u32,
    pub message: Text,
}

impl Table {
    pub(super) fn read(bytes: &[u8]) -> Result<Table, TableError> {
        let (text, windows_1252) = match std::str::from_utf8(bytes) {
            Ok(text) => (text.to_owned(), false),
            Err(_) => (decode_windows_1252(bytes), true),
        };
        let text = match text.strip_prefix('\u{feff}') {
            Some(rest) => rest.to_owned(),
            None => text,
        };
        let separator = guess_separator(&text);
        let rows = split(&text, separator)?;
        Ok(Table { windows_1252, rows })
    }
}

/// The separator that splits the heading row into the most cells: `;`, `,` or a tab.
fn guess_separator(text: &str) -> char {
    let mut counts = [(';', 0), (',', 0), ('\t', 0)];
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' if !quoted => break,
            _ if !quoted => {
                for (sep, n) in counts.iter_mut() {
                    if c == *sep {
                        *n += 1;
                    }
                }
            }
            _ => {}
        }
    }
    // On a tie (a file of one column) a comma, the separator of the standard.
    counts
        .iter()
        .max_by_key(|(sep, n)| (*n, *sep == ','))
        .map_or(',', |(sep, _)| *sep)
}

fn split(text: &str, separator: char) -> Result<Vec<Row>, TableError> {
    let mut rows = Vec::new();
    let mut cells = Vec::new();
    let mut cell = String::new();
    let (mut line, mut column) = (1u32, 1u32);
    let mut start = (1u32, 1u32);
    let mut quoted = false;
    // Whether the cell was quoted and its closing quote has been read.
    let mut closed = false;
    let mut chars = text.chars().peekable();
    let finish_row = |cells: &mut Vec<Cell>, rows: &mut Vec<Row>| {
        let cells = std::mem::take(cells);
        rows.push(Row {
            number: rows.len() + 1,
            cells,
        });
    };
    while let Some(c) = chars.next() {
        let here = (line, column);
        if c == '\n' {
            line += 1;
            column = 1;
        } else {
            column += 1;
        }
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    chars.next();
                    column += 1;
                    cell.push('"');
                } else {
                    quoted = false;
                    closed = true;
                }
            } else if c != '\r' {
                cell.push(c);
            }
            continue;
        }
        match c {
            '"' if cell.is_empty() && !closed => quoted = true,
            '"' => {
                return Err(TableError {
                    line: here.0,
                    column: here.1,
                    message: t!("csv-quote-inside"),
                });
            }
            '\r' => {}
            '\n' => {
                cells.push(Cell {
                    text: std::mem::take(&mut cell),
                    line: start.0,
                    column: start.1,
                });
                finish_row(&mut cells, &mut rows);
                start = (line, column);
                closed = false;
            }
            c if c == separator => {
                cells.push(Cell {
                    text: std::mem::take(&mut cell),
                    line: start.0,
                    column: start.1,
                });
                start = (line, column);
                closed = false;
            }
            c if closed => {
                return Err(TableError {
                    line: here.0,
                    column: here.1,
                    message: t!("csv-after-quote", text = c),
                });
            }
            c => cell.push(c),
        }
    }
    if quoted {
        return Err(TableError {
            line: start.0,
            column: start.1,
            message: t!("csv-quote-open"),
        });
    }
    if !cells.is_empty() || !cell.is_empty() || closed {
        cells.push(Cell {
            text: cell,
            line: start.0,
            column: start.1,
        });
        finish_row(&mut cells, &mut rows);
    }
    Ok(rows)
}

/// Windows-1252, the encoding Excel saves "CSV" in on Dutch Windows: Latin-1, except for
/// 0x80-0x9F, which hold the euro sign, curly quotes and dashes.
fn decode_windows_1252(bytes: &[u8]) -> String {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9f => HIGH[(b - 0x80) as usize],
            _ => b as char,
        })
        .collect()
}

/// The letter a spreadsheet shows above a column: A, B, ..., Z, AA, AB.
pub(super) fn column_letter(index: usize) -> String {
    let mut n = index + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push((b'A' + rem as u8) as char);
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(table: &Table) -> Vec<Vec<&str>> {
        table
            .rows
            .iter()
            .map(|r| r.cells.iter().map(|c| c.text.as_str()).collect())
            .collect()
    }

    #[test]
    fn reads_excel_semicolons_with_quotes_and_cells_over_two_lines() {
        let table = Table::read(
            "Naam;Omschrijving;Kosten\r\nKoffie;\"Gezellig; met \"\"koek\"\"\nen thee\";€ 1,50\r\nSoep;;gratis\r\n"
                .as_bytes(),
        )
        .unwrap();
        assert_eq!(
            texts(&table),
            [
                vec!["Naam", "Omschrijving", "Kosten"],
                vec!["Koffie", "Gezellig; met \"koek\"\nen thee", "€ 1,50"],
                vec!["Soep", "", "gratis"],
            ]
        );
        // The third cell of row 2 is on line 3, after the line break in the cell before.
        let cost = &table.rows[1].cells[2];
        assert_eq!((cost.line, cost.column), (3, 10));
        assert_eq!(table.rows[2].number, 3);
        assert_eq!(table.rows[2].cells[0].line, 4);
    }

    #[test]
    fn reads_commas_a_byte_order_mark_and_windows_1252() {
        let table = Table::read("\u{feff}Naam,Kosten\nKoffie,\"1,50\"".as_bytes()).unwrap();
        assert_eq!(
            texts(&table),
            [vec!["Naam", "Kosten"], vec!["Koffie", "1,50"]]
        );
        let table = Table::read(b"Naam;Kosten\nCaf\xe9;\x80 2\n").unwrap();
        assert!(table.windows_1252);
        assert_eq!(texts(&table)[1], ["Café", "€ 2"]);
    }

    #[test]
    fn points_at_a_quote_that_is_never_closed() {
        let err = Table::read(b"Naam;Tijd\nKoffie;\"10:00\n").unwrap_err();
        assert_eq!((err.line, err.column), (2, 8));
    }

    #[test]
    fn names_columns_as_a_spreadsheet_does() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
        assert_eq!(column_letter(27), "AB");
    }
}
