//! The bundled default list: the US Consolidated Screening List snapshot of
//! April 2022 (public-domain US government data, see `data/README.md`), so
//! screening works out of the box before any import.

use crate::parse::{Parsed, SOURCE_CSL};

/// The gzipped trade.gov CSV, compiled into the binary.
pub const BUNDLED_CSL_GZ: &[u8] = include_bytes!("../data/us_csl_2022-04.csv.gz");

/// As-of date of the bundled snapshot: the latest listing `start_date` it
/// contains (the CSV itself states no publication date).
pub const BUNDLED_CSL_AS_OF: time::Date = time::macros::date!(2022 - 04 - 21);

/// Parses the bundled CSL snapshot (about 14,000 entries). Each call parses
/// afresh (~0.1-0.3 s); callers that need it repeatedly keep the result.
/// The bundled file is known-good, so record errors would be a build defect;
/// they are still returned in `errors` rather than hidden.
pub fn bundled_csl() -> Parsed {
    let mut parsed = match crate::parse::parse_bytes(BUNDLED_CSL_GZ) {
        Ok(p) => p,
        // Unreachable with the shipped file; degrade to an empty list with
        // the reason rather than panic in a library.
        Err(e) => {
            let mut p = Parsed::new(crate::parse::Format::CslCsv);
            p.errors.push(crate::error::RecordError::new(
                0,
                None,
                format!("bundled list unreadable: {e}"),
            ));
            p
        }
    };
    parsed.source = SOURCE_CSL.to_string();
    parsed.as_of = Some(BUNDLED_CSL_AS_OF);
    parsed
}
