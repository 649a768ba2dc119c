//! Name normalisation, transliteration, legal forms and string metrics. Pure, no IO.

/// Similarity of two names in [0, 1]. A stable entry point for other crates
/// (linkage compares director names with it); the screening engine owns its
/// implementation and may make it smarter, never change its meaning.
pub fn name_similarity(a: &str, b: &str) -> f64 {
    let na: Vec<String> = a.split_whitespace().map(str::to_lowercase).collect();
    let nb: Vec<String> = b.split_whitespace().map(str::to_lowercase).collect();
    if na.is_empty() || nb.is_empty() {
        return 0.0;
    }
    let common = na.iter().filter(|t| nb.contains(t)).count();
    (2 * common) as f64 / (na.len() + nb.len()) as f64
}
