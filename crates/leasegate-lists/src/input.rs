//! Reading list files from disk for import: plain, `.gz` and `.zip` files,
//! and the OFAC legacy SDN CSV trio given as three files, a directory or a
//! zip. This is the IO edge; parsing itself is in [`crate::parse`].

use crate::error::ListError;
use crate::parse::{parse_bytes, sdn_csv, Parsed, MAX_INPUT_BYTES};
use std::path::{Path, PathBuf};

/// The result of reading one input (one file, or the files of one trio).
#[derive(Debug)]
pub struct Input {
    /// The file(s) this input was read from.
    pub paths: Vec<PathBuf>,
    pub result: Result<Parsed, ListError>,
    /// Modification date of the (first) file, the as-of fallback.
    pub mtime: Option<time::Date>,
}

fn read(path: &Path) -> Result<Vec<u8>, ListError> {
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => {
            ListError::Invalid(format!("no such file: {}", path.display()))
        }
        _ => ListError::io(path, e),
    })?;
    if meta.len() > MAX_INPUT_BYTES {
        return Err(ListError::TooLarge {
            what: path.display().to_string(),
            limit: MAX_INPUT_BYTES,
        });
    }
    std::fs::read(path).map_err(|e| ListError::io(path, e))
}

fn mtime(path: &Path) -> Option<time::Date> {
    let t = std::fs::metadata(path).ok()?.modified().ok()?;
    Some(time::OffsetDateTime::from(t).date())
}

/// Finds `sdn.csv`, `add.csv`, `alt.csv` (any case) in a directory.
fn trio_in_dir(dir: &Path) -> Result<[Option<PathBuf>; 3], ListError> {
    let mut found: [Option<PathBuf>; 3] = [None, None, None];
    for ent in std::fs::read_dir(dir).map_err(|e| ListError::io(dir, e))? {
        let ent = ent.map_err(|e| ListError::io(dir, e))?;
        let name = ent.file_name().to_string_lossy().to_ascii_lowercase();
        let slot = match name.as_str() {
            "sdn.csv" => 0,
            "add.csv" => 1,
            "alt.csv" => 2,
            _ => continue,
        };
        found[slot] = Some(ent.path());
    }
    Ok(found)
}

fn parse_trio_files(paths: &[Option<PathBuf>; 3]) -> Result<Parsed, ListError> {
    let sdn = match &paths[0] {
        Some(p) => read(p)?,
        None => {
            return Err(ListError::NotAList(
                "the SDN CSV trio needs sdn.csv (add.csv and alt.csv are optional)".into(),
            ))
        }
    };
    let add = paths[1].as_deref().map(read).transpose()?;
    let alt = paths[2].as_deref().map(read).transpose()?;
    sdn_csv::parse_trio(&sdn, add.as_deref(), alt.as_deref())
}

/// Reads every path given on the command line, in order. Parts of the SDN
/// CSV trio given as separate files are combined into one input at the
/// position of `sdn.csv`.
pub fn read_inputs(paths: &[PathBuf]) -> Vec<Input> {
    enum Slot {
        Done(Input),
        Trio,
        Part(PathBuf),
    }
    let mut slots: Vec<Slot> = Vec::new();
    let mut trio: [Option<PathBuf>; 3] = [None, None, None];
    for path in paths {
        if path.is_dir() {
            let result = trio_in_dir(path).and_then(|t| {
                if t.iter().all(Option::is_none) {
                    Err(ListError::NotAList(format!(
                        "directory {} holds no sdn.csv/add.csv/alt.csv",
                        path.display()
                    )))
                } else {
                    parse_trio_files(&t)
                }
            });
            slots.push(Slot::Done(Input {
                paths: vec![path.clone()],
                result,
                mtime: mtime(path),
            }));
            continue;
        }
        let bytes = match read(path) {
            Ok(b) => b,
            Err(e) => {
                slots.push(Slot::Done(Input {
                    paths: vec![path.clone()],
                    result: Err(e),
                    mtime: None,
                }));
                continue;
            }
        };
        let part = sdn_csv::detect_part(&bytes).map(|p| match p {
            sdn_csv::Part::Sdn => 0,
            sdn_csv::Part::Add => 1,
            sdn_csv::Part::Alt => 2,
        });
        match part {
            // A second trio member of the same kind is imported on its own.
            Some(i) if trio[i].is_none() => {
                trio[i] = Some(path.clone());
                slots.push(if i == 0 {
                    Slot::Trio
                } else {
                    Slot::Part(path.clone())
                });
            }
            _ => slots.push(Slot::Done(Input {
                paths: vec![path.clone()],
                result: parse_bytes(&bytes),
                mtime: mtime(path),
            })),
        }
    }
    let have_sdn = trio[0].is_some();
    let mut out = Vec::new();
    for slot in slots {
        match slot {
            Slot::Done(input) => out.push(input),
            Slot::Trio => {
                let paths: Vec<PathBuf> = trio.iter().flatten().cloned().collect();
                let m = trio[0].as_deref().and_then(mtime);
                out.push(Input { paths, result: parse_trio_files(&trio), mtime: m });
            }
            Slot::Part(_) if have_sdn => {}
            Slot::Part(p) => out.push(Input {
                result: Err(ListError::NotAList(format!(
                    "{} is part of the OFAC SDN CSV trio (add.csv/alt.csv); import it together with sdn.csv",
                    p.display()
                ))),
                paths: vec![p],
                mtime: None,
            }),
        }
    }
    out
}
