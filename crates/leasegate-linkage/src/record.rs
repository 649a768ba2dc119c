//! The customer record the engine links, and its JSON-lines reader. The
//! engine does not care where records come from; this parser is one source.

use leasegate_core::CountryCode;
use serde::Deserialize;

/// Most values one record may list per multi-valued attribute (directors,
/// owners, IPs, SSH keys). A record over it is rejected, not truncated.
pub const MAX_VALUES_PER_ATTRIBUTE: usize = 256;
/// Longest accepted input line, in bytes.
pub const MAX_LINE_BYTES: usize = 1 << 20;

/// One customer as the linkage engine sees it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CustomerRecord {
    pub id: String,
    pub name: String,
    /// Default region for national phone numbers; `None` when not given.
    pub country: Option<CountryCode>,
    pub registration_id: Option<String>,
    pub address: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub website: Option<String>,
    pub payment_fingerprint: Option<String>,
    pub directors: Vec<String>,
    pub owners: Vec<String>,
    pub ips: Vec<String>,
    pub ssh_keys: Vec<String>,
    /// On a restricted-party list.
    pub listed: bool,
    /// Covered by ownership resolution (the 50% rule); flags like `listed`.
    pub covered: bool,
    /// A country given in a form no table knows ("Atlantis"), kept as
    /// given: the record is linked with `country: None` and the reader warns.
    pub country_unrecognised: Option<String>,
}

impl CustomerRecord {
    /// Listed or covered: a cluster with such a member is flagged.
    pub fn is_flagged(&self) -> bool {
        self.listed || self.covered
    }
}

#[derive(Deserialize)]
struct Wire {
    id: serde_json::Value,
    name: Option<String>,
    country: Option<String>,
    registration_id: Option<String>,
    address: Option<String>,
    email: Option<String>,
    phone: Option<String>,
    website: Option<String>,
    payment_fingerprint: Option<String>,
    #[serde(default)]
    directors: Option<Vec<String>>,
    #[serde(default)]
    owners: Option<Vec<String>>,
    #[serde(default)]
    ips: Option<Vec<String>>,
    #[serde(default)]
    ssh_keys: Option<Vec<String>>,
    #[serde(default)]
    listed: Option<bool>,
    #[serde(default)]
    covered: Option<bool>,
}

/// A line that could not be read, with its 1-based line number.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct LineError {
    pub line: usize,
    pub message: String,
}

fn non_empty(s: Option<String>) -> Option<String> {
    s.filter(|v| !v.trim().is_empty())
}

fn list(field: &str, v: Option<Vec<String>>) -> Result<Vec<String>, String> {
    let v: Vec<String> = v
        .unwrap_or_default()
        .into_iter()
        .filter(|s| !s.trim().is_empty())
        .collect();
    if v.len() > MAX_VALUES_PER_ATTRIBUTE {
        return Err(format!(
            "{field}: {} values, at most {MAX_VALUES_PER_ATTRIBUTE} allowed",
            v.len()
        ));
    }
    Ok(v)
}

/// Parses one JSON line (`line_no` is 1-based, for the error).
pub fn parse_line(line: &str, line_no: usize) -> Result<CustomerRecord, LineError> {
    let err = |message: String| LineError {
        line: line_no,
        message,
    };
    if line.len() > MAX_LINE_BYTES {
        return Err(err(format!(
            "line is {} bytes, at most {MAX_LINE_BYTES} allowed",
            line.len()
        )));
    }
    let w: Wire =
        serde_json::from_str(line).map_err(|e| err(format!("invalid customer JSON: {e}")))?;
    let id = match w.id {
        serde_json::Value::String(s) if !s.trim().is_empty() => s.trim().to_string(),
        serde_json::Value::Number(n) => n.to_string(),
        _ => return Err(err("\"id\" must be a non-empty string".into())),
    };
    let (country, country_unrecognised) = match non_empty(w.country) {
        None => (None, None),
        Some(c) => match resolve_country(&c) {
            Some(code) => (Some(code), None),
            None => (None, Some(c)),
        },
    };
    let directors = list("directors", w.directors).map_err(&err)?;
    let owners = list("owners", w.owners).map_err(&err)?;
    let ips = list("ips", w.ips).map_err(&err)?;
    let ssh_keys = list("ssh_keys", w.ssh_keys).map_err(&err)?;
    Ok(CustomerRecord {
        id,
        name: w.name.unwrap_or_default(),
        country,
        registration_id: non_empty(w.registration_id),
        address: non_empty(w.address),
        email: non_empty(w.email),
        phone: non_empty(w.phone),
        website: non_empty(w.website),
        payment_fingerprint: non_empty(w.payment_fingerprint),
        directors,
        owners,
        ips,
        ssh_keys,
        listed: w.listed.unwrap_or(false),
        covered: w.covered.unwrap_or(false),
        country_unrecognised,
    })
}

/// Reads a country as KYC data writes it: an ISO alpha-2 or alpha-3 code,
/// an English name or a common alias (`UAE`, `Hong Kong SAR`, `PRC`,
/// `Russian Federation`, `The Netherlands`), in any case and punctuation.
/// `None` when nothing matches.
pub fn resolve_country(s: &str) -> Option<CountryCode> {
    let t = s.trim();
    if let Ok(c) = CountryCode::parse_assigned(t) {
        return Some(c);
    }
    let folded = deunicode::deunicode(t).to_ascii_lowercase();
    let mut key: String = folded.chars().filter(char::is_ascii_alphanumeric).collect();
    for prefix in ["the", "republicof"] {
        if key.len() > prefix.len() + 3 {
            if let Some(rest) = key.strip_prefix(prefix) {
                key = rest.to_string();
            }
        }
    }
    // Forms KYC records use that the ISO table does not list.
    const ALIASES: &[(&str, &str)] = &[
        ("uae", "AE"),
        ("emirates", "AE"),
        ("ksa", "SA"),
        ("uk", "GB"),
        ("greatbritain", "GB"),
        ("britain", "GB"),
        ("hongkong", "HK"),
        ("hongkongsar", "HK"),
        ("hksar", "HK"),
        ("hongkongsarchina", "HK"),
        ("hongkongchina", "HK"),
        ("macau", "MO"),
        ("macao", "MO"),
        ("macausar", "MO"),
        ("macaosar", "MO"),
        ("prc", "CN"),
        ("china", "CN"),
        ("mainlandchina", "CN"),
        ("chinamainland", "CN"),
        ("peoplesrepublicofchina", "CN"),
        ("peoplesrepublicchina", "CN"),
        ("taiwan", "TW"),
        ("taiwanroc", "TW"),
        ("roc", "TW"),
        ("chinesetaipei", "TW"),
        ("usa", "US"),
        ("us", "US"),
        ("america", "US"),
        ("unitedstates", "US"),
        ("unitedstatesofamerica", "US"),
        ("russia", "RU"),
        ("russianfederation", "RU"),
        ("southkorea", "KR"),
        ("korea", "KR"),
        ("korearepublicof", "KR"),
        ("rok", "KR"),
        ("northkorea", "KP"),
        ("dprk", "KP"),
        ("netherlands", "NL"),
        ("holland", "NL"),
        ("vietnam", "VN"),
        ("iran", "IR"),
        ("syria", "SY"),
        ("laos", "LA"),
        ("turkey", "TR"),
        ("turkiye", "TR"),
        ("czechrepublic", "CZ"),
        ("czechia", "CZ"),
        ("deutschland", "DE"),
        ("bvi", "VG"),
        ("britishvirginislands", "VG"),
        ("caymanislands", "KY"),
        ("cayman", "KY"),
        ("moldova", "MD"),
        ("bolivia", "BO"),
        ("tanzania", "TZ"),
        ("venezuela", "VE"),
        ("ivorycoast", "CI"),
        ("cotedivoire", "CI"),
        ("palestine", "PS"),
        ("rf", "RU"),
        ("prchina", "CN"),
        // Names in the country's own language (Cyrillic and Han script
        // arrive transliterated: `Россия` -> `rossiia`, `中国` -> `zhongguo`).
        ("nederland", "NL"),
        ("schweiz", "CH"),
        ("suisse", "CH"),
        ("svizzera", "CH"),
        ("osterreich", "AT"),
        ("espana", "ES"),
        ("italia", "IT"),
        ("belgique", "BE"),
        ("belgie", "BE"),
        ("danmark", "DK"),
        ("sverige", "SE"),
        ("norge", "NO"),
        ("suomi", "FI"),
        ("polska", "PL"),
        ("cesko", "CZ"),
        ("rossiia", "RU"),
        ("rossiya", "RU"),
        ("rossiiskaiafederatsiia", "RU"),
        ("zhongguo", "CN"),
        ("xianggang", "HK"),
        ("aomen", "MO"),
        ("nihon", "JP"),
        ("nippon", "JP"),
        ("hanguk", "KR"),
        ("daehanminguk", "KR"),
        ("singapura", "SG"),
    ];
    if let Some((_, code)) = ALIASES.iter().find(|(k, _)| *k == key) {
        return CountryCode::parse(code).ok();
    }
    let c = key.parse::<celes::Country>().ok()?;
    CountryCode::parse_assigned(c.alpha2).ok()
}

/// Parses JSON lines: every record it could read, in order, and one error per
/// line it could not. Blank lines are skipped.
pub fn parse_jsonl(input: &str) -> (Vec<CustomerRecord>, Vec<LineError>) {
    let mut records = Vec::new();
    let mut errors = Vec::new();
    for (i, line) in input.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match parse_line(line, i + 1) {
            Ok(r) => records.push(r),
            Err(e) => errors.push(e),
        }
    }
    (records, errors)
}

/// Parses numbered lines in parallel (for large files read in chunks).
/// Blank lines give `None`.
pub fn parse_lines(lines: &[(usize, String)]) -> Vec<Option<Result<CustomerRecord, LineError>>> {
    use rayon::prelude::*;
    lines
        .par_iter()
        .map(|(no, line)| {
            if line.trim().is_empty() {
                None
            } else {
                Some(parse_line(line, *no))
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_full_and_minimal_records() {
        let input = r#"{"id":"c1","name":"Acme","country":"cn","phone":"010 1234 5678","directors":["A B"],"ips":["1.2.3.4"],"listed":true}

{"id":"c2","name":"B","country":"US","covered":true,"unknown_field":1}
not json
{"id":"","name":"x"}
{"id":"c3","name":"x","country":"Atlantis"}
{"id":"c4","name":"x","ips":"1.2.3.4"}"#;
        let (recs, errs) = parse_jsonl(input);
        assert_eq!(recs.len(), 3);
        assert_eq!(recs[0].country.unwrap().as_str(), "CN");
        assert!(recs[0].listed && recs[0].is_flagged());
        assert!(recs[1].covered && recs[1].is_flagged());
        // An unknown country keeps the record, linked without a country.
        assert_eq!(recs[2].id, "c3");
        assert_eq!(recs[2].country, None);
        assert_eq!(recs[2].country_unrecognised.as_deref(), Some("Atlantis"));
        assert_eq!(
            errs.iter().map(|e| e.line).collect::<Vec<_>>(),
            vec![4, 5, 7]
        );
    }

    #[test]
    fn countries_are_read_as_kyc_data_writes_them() {
        for (given, want) in [
            ("cn", "CN"),
            ("CHN", "CN"),
            ("China", "CN"),
            ("P.R.C.", "CN"),
            ("People's Republic of China", "CN"),
            ("UAE", "AE"),
            ("U.A.E.", "AE"),
            ("United Arab Emirates", "AE"),
            ("ARE", "AE"),
            ("Hong Kong SAR", "HK"),
            ("Hong Kong S.A.R., China", "HK"),
            ("HKG", "HK"),
            ("UK", "GB"),
            ("United Kingdom", "GB"),
            ("Russian Federation", "RU"),
            ("Russia", "RU"),
            ("RUS", "RU"),
            ("The Netherlands", "NL"),
            ("Deutschland", "DE"),
            ("Germany", "DE"),
            ("Singapore", "SG"),
            ("Malaysia", "MY"),
            ("USA", "US"),
            ("United States", "US"),
            ("South Korea", "KR"),
            ("Republic of Korea", "KR"),
            ("Türkiye", "TR"),
            ("Viet Nam", "VN"),
            ("Cyprus", "CY"),
            ("Switzerland", "CH"),
            ("Kazakhstan", "KZ"),
            ("P.R. China", "CN"),
            ("RF", "RU"),
            ("Nederland", "NL"),
            ("Schweiz", "CH"),
            ("Россия", "RU"),
            ("中国", "CN"),
            ("香港", "HK"),
        ] {
            assert_eq!(
                resolve_country(given).map(|c| c.as_str().to_string()),
                Some(want.to_string()),
                "{given}"
            );
        }
        for unknown in ["Atlantis", "XX", "ZZ", "", "12"] {
            assert_eq!(resolve_country(unknown), None, "{unknown}");
        }
    }
}
