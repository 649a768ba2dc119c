//! Versioned list imports on disk, under `<data-dir>/lists/<source>/`.
//!
//! Each import of a source is a new version `N`, stored as two files:
//! `vNNNNNN.entries.json` (the entries) and `vNNNNNN.meta.json` (as-of date,
//! counts, provenance). Both are written to a temp file in the same
//! directory, fsynced and renamed; the entries file is claimed with a
//! no-clobber rename so concurrent imports never share a number, and the
//! meta file is written last, so a version exists only once it is complete.
//! Nothing that was imported before is ever modified.
//!
//! Opening and reading the store creates nothing.

use crate::bundled::{bundled_csl, BUNDLED_CSL_AS_OF};
use crate::error::ListError;
use crate::model::Entry;
use crate::parse::{Format, Parsed, SOURCE_CSL};
use serde::{Deserialize, Serialize};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Lists older than this many days are stale.
pub const STALE_AFTER_DAYS: i64 = 30;
/// Most versions one source may accumulate before imports are refused.
pub const MAX_VERSIONS: u32 = 999_999;

/// How the as-of date of a version was decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AsOfFrom {
    /// Stated in the file (SDN publish date, UN dateGenerated, ...).
    File,
    /// Given on the command line.
    Flag,
    /// The newest listing date among the file's entries: the file cannot be
    /// older, so the age shown is an upper bound (staleness errs on the side
    /// of warning).
    NewestListing,
    /// The input file's modification date.
    Mtime,
    /// The bundled snapshot.
    Bundled,
}

/// Metadata of one stored version of one source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VersionMeta {
    pub source: String,
    pub version: u32,
    #[serde(with = "crate::text::date_serde")]
    pub as_of: time::Date,
    pub as_of_from: AsOfFrom,
    pub format: Format,
    pub entry_count: usize,
    /// Records of the input that could not be read.
    pub error_count: usize,
    /// File names the version was imported from.
    #[serde(default)]
    pub imported_from: Vec<String>,
}

/// One source in the active set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceStatus {
    pub source: String,
    /// Stored version number; 0 for the bundled snapshot.
    pub version: u32,
    #[serde(with = "crate::text::date_serde")]
    pub as_of: time::Date,
    pub entry_count: usize,
    pub bundled: bool,
}

impl SourceStatus {
    /// Whole days between `as_of` and `today` (negative if in the future).
    pub fn age_days(&self, today: time::Date) -> i64 {
        (today - self.as_of).whole_days()
    }
}

/// What screening runs against: the latest version of every imported
/// source, plus the bundled CSL unless a CSL version was imported.
#[derive(Debug, Clone, Default)]
pub struct ActiveLists {
    pub entries: Vec<Entry>,
    pub sources: Vec<SourceStatus>,
}

/// The stderr warning for lists older than [`STALE_AFTER_DAYS`], if any.
pub fn stale_warning(active: &ActiveLists, today: time::Date) -> Option<String> {
    let stale: Vec<String> = active
        .sources
        .iter()
        .filter(|s| s.age_days(today) > STALE_AFTER_DAYS)
        .map(|s| {
            format!(
                "{}{} as of {} ({} days old)",
                s.source,
                if s.bundled { " (bundled)" } else { "" },
                crate::text::iso_date(s.as_of),
                s.age_days(today)
            )
        })
        .collect();
    if stale.is_empty() {
        None
    } else {
        Some(format!(
            "warning: screening against lists older than {STALE_AFTER_DAYS} days: {}; import current lists with `leasegate lists import`",
            stale.join(", ")
        ))
    }
}

/// The list store in one data dir.
#[derive(Debug, Clone)]
pub struct ListStore {
    root: PathBuf,
}

fn valid_source_name(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-')
}

impl ListStore {
    /// Opens the store in `data_dir` (it need not exist yet; nothing is created).
    pub fn open(data_dir: &Path) -> Result<ListStore, ListError> {
        Ok(ListStore {
            root: data_dir.join("lists"),
        })
    }

    /// Where versions live: `<data-dir>/lists`.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Names of every source with at least one stored version, sorted.
    pub fn sources(&self) -> Result<Vec<String>, ListError> {
        let rd = match std::fs::read_dir(&self.root) {
            Ok(rd) => rd,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(ListError::io(&self.root, e)),
        };
        let mut out = Vec::new();
        for ent in rd {
            let ent = ent.map_err(|e| ListError::io(&self.root, e))?;
            let name = ent.file_name().to_string_lossy().to_string();
            if ent.path().is_dir() && valid_source_name(&name) && !self.versions(&name)?.is_empty()
            {
                out.push(name);
            }
        }
        out.sort();
        Ok(out)
    }

    fn source_dir(&self, source: &str) -> Result<PathBuf, ListError> {
        if !valid_source_name(source) {
            return Err(ListError::Invalid(format!(
                "source name {source:?} must be 1-64 characters of a-z, 0-9, '_' or '-'"
            )));
        }
        Ok(self.root.join(source))
    }

    /// Every complete version of `source`, oldest first.
    pub fn versions(&self, source: &str) -> Result<Vec<VersionMeta>, ListError> {
        let dir = self.source_dir(source)?;
        let rd = match std::fs::read_dir(&dir) {
            Ok(rd) => rd,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(ListError::io(&dir, e)),
        };
        let mut out = Vec::new();
        for ent in rd {
            let ent = ent.map_err(|e| ListError::io(&dir, e))?;
            let name = ent.file_name().to_string_lossy().to_string();
            if !(name.starts_with('v') && name.ends_with(".meta.json")) {
                continue;
            }
            let path = ent.path();
            let text = std::fs::read_to_string(&path).map_err(|e| ListError::io(&path, e))?;
            let meta: VersionMeta =
                serde_json::from_str(&text).map_err(|e| ListError::StoreCorrupt {
                    path: path.clone(),
                    message: e.to_string(),
                })?;
            out.push(meta);
        }
        out.sort_by_key(|m| m.version);
        Ok(out)
    }

    fn entries_path(dir: &Path, version: u32) -> PathBuf {
        dir.join(format!("v{version:06}.entries.json"))
    }
    fn meta_path(dir: &Path, version: u32) -> PathBuf {
        dir.join(format!("v{version:06}.meta.json"))
    }

    /// The entries of one stored version.
    pub fn load(&self, source: &str, version: u32) -> Result<Vec<Entry>, ListError> {
        let dir = self.source_dir(source)?;
        if !Self::meta_path(&dir, version).exists() {
            return Err(ListError::VersionNotFound {
                source_name: source.to_string(),
                version,
            });
        }
        let path = Self::entries_path(&dir, version);
        let file = std::fs::File::open(&path).map_err(|e| ListError::io(&path, e))?;
        serde_json::from_reader(std::io::BufReader::new(file)).map_err(|e| {
            ListError::StoreCorrupt {
                path: path.clone(),
                message: e.to_string(),
            }
        })
    }

    /// Stores `parsed` as the next version of its source. Creates the store
    /// directories if needed. Earlier versions are never touched.
    pub fn import(
        &self,
        parsed: &Parsed,
        as_of: time::Date,
        as_of_from: AsOfFrom,
        imported_from: Vec<String>,
    ) -> Result<VersionMeta, ListError> {
        let dir = self.source_dir(&parsed.source)?;
        std::fs::create_dir_all(&dir).map_err(|e| ListError::io(&dir, e))?;
        let body = serde_json::to_vec(&parsed.entries).map_err(|e| ListError::StoreCorrupt {
            path: dir.clone(),
            message: e.to_string(),
        })?;
        let mut version = self
            .versions(&parsed.source)?
            .last()
            .map(|m| m.version)
            .unwrap_or(0);
        // Claim the number with a no-clobber rename of the entries file;
        // leftovers of an interrupted import (entries without meta) are skipped.
        let entries_tmp = write_temp(&dir, &body)?;
        let mut tmp = entries_tmp;
        loop {
            version += 1;
            if version > MAX_VERSIONS {
                return Err(ListError::Invalid(format!(
                    "source {} has too many versions",
                    parsed.source
                )));
            }
            match tmp.persist_noclobber(Self::entries_path(&dir, version)) {
                Ok(_) => break,
                Err(e) if e.error.kind() == std::io::ErrorKind::AlreadyExists => tmp = e.file,
                Err(e) => return Err(ListError::io(&dir, e.error)),
            }
        }
        let meta = VersionMeta {
            source: parsed.source.clone(),
            version,
            as_of,
            as_of_from,
            format: parsed.format,
            entry_count: parsed.entries.len(),
            error_count: parsed.errors.len(),
            imported_from,
        };
        let meta_body = serde_json::to_vec_pretty(&meta).map_err(|e| ListError::StoreCorrupt {
            path: dir.clone(),
            message: e.to_string(),
        })?;
        let meta_tmp = write_temp(&dir, &meta_body)?;
        meta_tmp
            .persist_noclobber(Self::meta_path(&dir, version))
            .map_err(|e| ListError::io(&dir, e.error))?;
        // Make the renames durable.
        if let Ok(d) = std::fs::File::open(&dir) {
            let _ = d.sync_all();
        }
        Ok(meta)
    }

    /// The active set: the latest version of each imported source, plus the
    /// bundled CSL unless a `us_csl` version has been imported.
    pub fn active(&self) -> Result<ActiveLists, ListError> {
        let mut active = ActiveLists::default();
        let sources = self.sources()?;
        if !sources.iter().any(|s| s == SOURCE_CSL) {
            let b = bundled_csl();
            active.sources.push(SourceStatus {
                source: SOURCE_CSL.to_string(),
                version: 0,
                as_of: b.as_of.unwrap_or(BUNDLED_CSL_AS_OF),
                entry_count: b.entries.len(),
                bundled: true,
            });
            active.entries.extend(b.entries);
        }
        for source in sources {
            let Some(latest) = self.versions(&source)?.pop() else {
                continue;
            };
            let entries = self.load(&source, latest.version)?;
            active.sources.push(SourceStatus {
                source: source.clone(),
                version: latest.version,
                as_of: latest.as_of,
                entry_count: entries.len(),
                bundled: false,
            });
            active.entries.extend(entries);
        }
        active.sources.sort_by(|a, b| a.source.cmp(&b.source));
        Ok(active)
    }
}

fn write_temp(dir: &Path, body: &[u8]) -> Result<tempfile::NamedTempFile, ListError> {
    let mut tmp = tempfile::Builder::new()
        .prefix(".import-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(|e| ListError::io(dir, e))?;
    tmp.write_all(body).map_err(|e| ListError::io(dir, e))?;
    tmp.as_file()
        .sync_all()
        .map_err(|e| ListError::io(dir, e))?;
    Ok(tmp)
}
