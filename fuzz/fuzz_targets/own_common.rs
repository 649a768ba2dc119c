// Shared checks for the leasegate-ownership targets (included with `include!`
// so each target stays a single binary without a helper crate).

/// Lines a CSV reader may count: it treats `\n`, `\r` and `\r\n` as line ends,
/// so a bound that counts both bytes is never below the reader's count.
#[allow(dead_code)] // not every target reads CSV
fn csv_line_bound(data: &[u8]) -> u64 {
    1 + data.iter().filter(|&&b| b == b'\n' || b == b'\r').count() as u64
}

/// The 1-based line number in a `NAME:LINE...` location, if it has one.
#[allow(dead_code)] // not every target checks locations
fn line_of(location: &str, name: &str) -> Option<u64> {
    let rest = location.strip_prefix(name)?.strip_prefix(':')?;
    let digits: String = rest.chars().take_while(|c| c.is_ascii_digit()).collect();
    digits.parse().ok()
}

fn check_diag_shape(d: &leasegate_ownership::model::Diagnostic) {
    assert!(!d.message.is_empty(), "empty message for {}", d.code);
    assert!(
        !d.code.is_empty() && d.code.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'),
        "code {:?} is not snake_case",
        d.code
    );
}
