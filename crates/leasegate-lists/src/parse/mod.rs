//! Format detection and the parsers. Everything here is pure: bytes in,
//! [`Parsed`] out. Compressed inputs (`.gz`, `.zip`) are recognised by their
//! magic bytes and unpacked in memory, within [`MAX_INPUT_BYTES`].

pub mod csl;
pub mod csl_json;
pub mod dpl;
pub mod enhanced;
pub mod eu;
pub mod sdn_csv;
pub mod sdn_xml;
pub mod un;
pub(crate) mod xml;

use crate::error::{ListError, RecordError};
use crate::model::Entry;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::io::Read;

/// Largest decompressed input we read (the biggest real list, SDN XML, is ~30 MB).
pub const MAX_INPUT_BYTES: u64 = 512 * 1024 * 1024;
/// Most records one file may hold; more is refused rather than exhausting memory.
pub const MAX_RECORDS: usize = 2_000_000;

/// The list formats we read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    /// trade.gov Consolidated Screening List, CSV with `_id`.
    CslCsv,
    /// trade.gov Consolidated Screening List, JSON (`{"results": [...]}`).
    CslJson,
    /// OFAC SDN.XML.
    OfacSdnXml,
    /// OFAC legacy SDN CSV trio (sdn.csv, add.csv, alt.csv), no headers.
    OfacSdnCsv,
    /// OFAC Enhanced XML (SDN or consolidated non-SDN).
    OfacEnhancedXml,
    /// UN Security Council consolidated list XML.
    UnXml,
    /// EU Financial Sanctions Files XML 1.1.
    EuFsfXml,
    /// BIS Denied Persons List, tab-separated with a header.
    BisDplTxt,
}

impl Format {
    /// The source (one versioned history in the store) this format feeds by default.
    pub fn default_source(self) -> &'static str {
        match self {
            Format::CslCsv | Format::CslJson => SOURCE_CSL,
            Format::OfacSdnXml | Format::OfacSdnCsv | Format::OfacEnhancedXml => "ofac_sdn",
            Format::UnXml => "un_sc",
            Format::EuFsfXml => "eu_fsf",
            Format::BisDplTxt => "bis_dpl",
        }
    }
}

/// Source name of the US Consolidated Screening List (bundled by default).
pub const SOURCE_CSL: &str = "us_csl";

/// What a parser could read from one file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Parsed {
    pub format: Format,
    /// Store source name, e.g. `us_csl`, `ofac_sdn`, `ofac_cons`, `un_sc`, `eu_fsf`, `bis_dpl`.
    pub source: String,
    /// The publication date the file states, if it states one.
    #[serde(with = "crate::text::opt_date_serde")]
    pub as_of: Option<time::Date>,
    pub entries: Vec<Entry>,
    /// Records that could not be read; the others are in `entries`.
    pub errors: Vec<RecordError>,
    /// The file broke off (damaged compression, truncated document): every
    /// record after the break is missing, not just the ones in `errors`.
    /// Importers refuse to make such a file the active version by default.
    #[serde(default)]
    pub incomplete: bool,
}

impl Parsed {
    pub(crate) fn new(format: Format) -> Self {
        Self {
            format,
            source: format.default_source().to_string(),
            as_of: None,
            entries: Vec::new(),
            errors: Vec::new(),
            incomplete: false,
        }
    }
}

/// Strips a UTF-8 byte-order mark and leading whitespace.
fn content_start(bytes: &[u8]) -> &[u8] {
    let b = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF][..]).unwrap_or(bytes);
    let n = b.iter().take_while(|c| c.is_ascii_whitespace()).count();
    &b[n..]
}

/// Detects the format of uncompressed content by looking at it, not at a
/// file name. `None` when it is no list format we know.
pub fn detect(bytes: &[u8]) -> Option<Format> {
    let start = content_start(bytes);
    let head = &start[..start.len().min(4096)];
    let head_str = String::from_utf8_lossy(head);
    let first_line = head_str.lines().next().unwrap_or("");
    if start.starts_with(b"<") {
        // The root element decides; skip the prolog and comments.
        let root = xml_root_name(&head_str)?;
        return match root.as_str() {
            "sdnList" => Some(Format::OfacSdnXml),
            "sanctionsData" => Some(Format::OfacEnhancedXml),
            "CONSOLIDATED_LIST" => Some(Format::UnXml),
            "export"
                if head_str.contains("sanctionEntity")
                    || head_str.contains("fsf")
                    || head_str.contains("generationDate") =>
            {
                Some(Format::EuFsfXml)
            }
            _ => None,
        };
    }
    if start.starts_with(b"{") || start.starts_with(b"[") {
        let looks_csl = head_str.contains("\"results\"")
            || head_str.contains("\"source\"")
            || head_str.contains("\"_id\"")
            || head_str.contains("\"alt_names\"");
        return looks_csl.then_some(Format::CslJson);
    }
    let header: Vec<String> = first_line
        .split([',', '\t'])
        .map(|h| h.trim().trim_matches('"').to_ascii_lowercase())
        .collect();
    if header.iter().any(|h| h == "_id")
        && header.iter().any(|h| h == "name")
        && header.iter().any(|h| h == "source")
    {
        return Some(Format::CslCsv);
    }
    if first_line.contains('\t')
        && header.first().map(String::as_str) == Some("name")
        && header
            .iter()
            .any(|h| h == "fr_citation" || h == "effective_date")
    {
        return Some(Format::BisDplTxt);
    }
    if sdn_csv::detect_part(bytes) == Some(sdn_csv::Part::Sdn) {
        return Some(Format::OfacSdnCsv);
    }
    None
}

fn xml_root_name(head: &str) -> Option<String> {
    let mut rest = head;
    loop {
        let i = rest.find('<')?;
        rest = &rest[i + 1..];
        if rest.starts_with('?') || rest.starts_with('!') {
            continue;
        }
        let name: String = rest
            .chars()
            .take_while(|c| !c.is_whitespace() && *c != '>' && *c != '/')
            .collect();
        // Drop a namespace prefix (`ns2:export`).
        return Some(name.rsplit(':').next().unwrap_or(&name).to_string());
    }
}

/// Reads at most [`MAX_INPUT_BYTES`] from a decompressor. A stream that
/// breaks off (truncated .gz) keeps what was decompressed and reports it.
pub(crate) fn read_limited(
    mut r: impl Read,
    what: &str,
) -> Result<(Vec<u8>, Option<RecordError>), ListError> {
    let mut out = Vec::new();
    let res = r.by_ref().take(MAX_INPUT_BYTES + 1).read_to_end(&mut out);
    if out.len() as u64 > MAX_INPUT_BYTES {
        return Err(ListError::TooLarge {
            what: what.to_string(),
            limit: MAX_INPUT_BYTES,
        });
    }
    match res {
        Ok(_) => Ok((out, None)),
        Err(e) => Ok((
            out,
            Some(RecordError::new(
                0,
                None,
                format!("{what} is damaged or truncated ({e}); kept what was readable before it"),
            )),
        )),
    }
}

fn is_gzip(b: &[u8]) -> bool {
    b.starts_with(&[0x1f, 0x8b])
}
fn is_zip(b: &[u8]) -> bool {
    b.starts_with(b"PK\x03\x04") || b.starts_with(b"PK\x05\x06")
}

/// Parses uncompressed content of a known format.
pub fn parse_format(format: Format, bytes: &[u8]) -> Result<Parsed, ListError> {
    match format {
        Format::CslCsv => csl::parse_csv(bytes),
        Format::OfacSdnXml => sdn_xml::parse(bytes),
        Format::UnXml => un::parse(bytes),
        Format::CslJson => csl_json::parse(bytes),
        Format::OfacEnhancedXml => enhanced::parse(bytes),
        Format::BisDplTxt => dpl::parse(bytes),
        Format::OfacSdnCsv => sdn_csv::parse_trio(bytes, None, None),
        Format::EuFsfXml => eu::parse(bytes),
    }
}

/// Parses one input: detects gzip/zip, unpacks, detects the list format and
/// parses it. A file that is no list at all is a [`ListError::NotAList`].
pub fn parse_bytes(bytes: &[u8]) -> Result<Parsed, ListError> {
    if is_gzip(bytes) {
        let (inner, damage) =
            read_limited(flate2::read::MultiGzDecoder::new(bytes), "gzip stream")?;
        if inner.is_empty() {
            return Err(ListError::NotAList(match damage {
                Some(d) => d.message,
                None => "empty gzip stream".to_string(),
            }));
        }
        let mut parsed = parse_bytes(&inner)?;
        if let Some(d) = damage {
            parsed.errors.insert(0, d);
            parsed.incomplete = true;
        }
        return Ok(parsed);
    }
    if is_zip(bytes) {
        return parse_zip(bytes);
    }
    let format = detect(bytes).ok_or_else(|| ListError::NotAList(describe_unknown(bytes)))?;
    parse_format(format, bytes)
}

/// Most members of a zip archive we look at.
const MAX_ZIP_MEMBERS: usize = 64;

fn parse_zip(bytes: &[u8]) -> Result<Parsed, ListError> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| ListError::NotAList(format!("unreadable zip archive: {e}")))?;
    if archive.len() > MAX_ZIP_MEMBERS {
        return Err(ListError::TooLarge {
            what: "zip member count".into(),
            limit: MAX_ZIP_MEMBERS as u64,
        });
    }
    let mut members: Vec<(String, Vec<u8>, Option<RecordError>)> = Vec::new();
    for i in 0..archive.len() {
        let file = archive
            .by_index(i)
            .map_err(|e| ListError::NotAList(format!("unreadable zip member {i}: {e}")))?;
        if file.is_dir() {
            continue;
        }
        let name = file.name().to_string();
        let (data, damage) = read_limited(file, &format!("zip member {name}"))?;
        members.push((name, data, damage));
    }
    // The legacy SDN CSV trio travels as one zip of sdn.csv, add.csv, alt.csv.
    let mut parts: HashMap<sdn_csv::Part, usize> = HashMap::new();
    for (i, (_, data, _)) in members.iter().enumerate() {
        if let Some(p) = sdn_csv::detect_part(data) {
            parts.entry(p).or_insert(i);
        }
    }
    if let Some(&s) = parts.get(&sdn_csv::Part::Sdn) {
        let get = |p| parts.get(&p).map(|&i| members[i].1.as_slice());
        let mut parsed = sdn_csv::parse_trio(
            &members[s].1,
            get(sdn_csv::Part::Add),
            get(sdn_csv::Part::Alt),
        )?;
        for (_, _, damage) in &members {
            if let Some(d) = damage {
                parsed.errors.insert(0, d.clone());
                parsed.incomplete = true;
            }
        }
        return Ok(parsed);
    }
    let mut last_err = None;
    for (name, data, damage) in &members {
        match parse_bytes(data) {
            Ok(mut p) => {
                if let Some(d) = damage {
                    p.errors.insert(0, d.clone());
                    p.incomplete = true;
                }
                return Ok(p);
            }
            Err(e) => last_err = Some(format!("{name}: {e}")),
        }
    }
    Err(ListError::NotAList(format!(
        "no list found in zip archive{}",
        last_err
            .map(|e| format!(" (last: {e})"))
            .unwrap_or_default()
    )))
}

fn describe_unknown(bytes: &[u8]) -> String {
    if bytes.is_empty() {
        return "the input is empty".to_string();
    }
    let start = content_start(bytes);
    let line: String = String::from_utf8_lossy(&start[..start.len().min(80)])
        .lines()
        .next()
        .unwrap_or("")
        .chars()
        .take(60)
        .collect();
    format!("unrecognised content starting with {line:?} (expected CSL CSV/JSON, OFAC SDN/Enhanced XML, SDN CSV, UN XML, EU FSF XML or BIS DPL txt)")
}
