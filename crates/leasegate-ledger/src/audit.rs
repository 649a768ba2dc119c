//! The audit chain: each entry's hash covers its fields and the previous hash.
//!
//! Canonical encoding (version 1), hashed with SHA-256:
//!
//! ```text
//! "leasegate-audit-v1\n"
//! seq        as 8 bytes big-endian (i64)
//! then for each of: at, actor, action, subject, change, prev_hash
//!            4 bytes big-endian byte length, then the UTF-8 bytes
//! ```
//! `at` is the RFC 3339 text exactly as stored, `change` the JSON text
//! exactly as stored (so no JSON canonicalisation is needed to verify),
//! `prev_hash` the previous entry's lowercase hex hash, or 64 zeros for seq 1.
//! Length prefixes make the encoding unambiguous.

use sha2::{Digest, Sha256};

pub const GENESIS_HASH: &str = "0000000000000000000000000000000000000000000000000000000000000000";
const DOMAIN: &[u8] = b"leasegate-audit-v1\n";

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct AuditEntry {
    pub seq: i64,
    pub at: String,
    pub actor: String,
    pub action: String,
    pub subject: String,
    /// JSON text.
    pub change: String,
    pub prev_hash: String,
    pub hash: String,
}

/// The hash of an entry's fields under the canonical encoding above.
pub fn entry_hash(
    seq: i64,
    at: &str,
    actor: &str,
    action: &str,
    subject: &str,
    change: &str,
    prev_hash: &str,
) -> String {
    let mut h = Sha256::new();
    h.update(DOMAIN);
    h.update(seq.to_be_bytes());
    for f in [at, actor, action, subject, change, prev_hash] {
        h.update((f.len() as u32).to_be_bytes());
        h.update(f.as_bytes());
    }
    hex::encode(h.finalize())
}

impl AuditEntry {
    /// Builds the next entry after `prev` (seq, hash), computing its hash.
    pub fn next(
        prev: Option<(i64, &str)>,
        at: String,
        actor: &str,
        action: &str,
        subject: &str,
        change: String,
    ) -> Self {
        let (seq, prev_hash) = match prev {
            Some((s, h)) => (s + 1, h.to_string()),
            None => (1, GENESIS_HASH.to_string()),
        };
        let hash = entry_hash(seq, &at, actor, action, subject, &change, &prev_hash);
        Self {
            seq,
            at,
            actor: actor.into(),
            action: action.into(),
            subject: subject.into(),
            change,
            prev_hash,
            hash,
        }
    }
    pub fn recompute(&self) -> String {
        entry_hash(
            self.seq,
            &self.at,
            &self.actor,
            &self.action,
            &self.subject,
            &self.change,
            &self.prev_hash,
        )
    }
}

/// Where and why the chain broke.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, thiserror::Error)]
#[error("audit chain broken at seq {seq}: {reason}")]
pub struct ChainBreak {
    pub seq: i64,
    pub reason: String,
}

/// Verifies entries fed in seq order, one at a time, so a million rows stream.
#[derive(Debug, Clone)]
pub struct ChainVerifier {
    next_seq: i64,
    prev_hash: String,
    count: u64,
}

impl Default for ChainVerifier {
    fn default() -> Self {
        Self {
            next_seq: 1,
            prev_hash: GENESIS_HASH.to_string(),
            count: 0,
        }
    }
}

impl ChainVerifier {
    pub fn push(&mut self, e: &AuditEntry) -> Result<(), ChainBreak> {
        if e.seq != self.next_seq {
            // A gap means rows were deleted (or renumbered): the first missing seq is bad.
            let reason = if e.seq > self.next_seq {
                format!(
                    "entry {} is missing (next present is {})",
                    self.next_seq, e.seq
                )
            } else {
                format!("sequence number {} repeats or goes backwards", e.seq)
            };
            return Err(ChainBreak {
                seq: self.next_seq,
                reason,
            });
        }
        if e.prev_hash != self.prev_hash {
            return Err(ChainBreak {
                seq: e.seq,
                reason: "prev_hash does not match the previous entry's hash".into(),
            });
        }
        if e.recompute() != e.hash {
            return Err(ChainBreak {
                seq: e.seq,
                reason: "hash does not match the entry's contents".into(),
            });
        }
        self.prev_hash.clone_from(&e.hash);
        self.next_seq += 1;
        self.count += 1;
        Ok(())
    }
    pub fn count(&self) -> u64 {
        self.count
    }
    /// The last verified hash (genesis when empty).
    pub fn head_hash(&self) -> &str {
        &self.prev_hash
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chain(n: i64) -> Vec<AuditEntry> {
        let mut v: Vec<AuditEntry> = Vec::new();
        for i in 0..n {
            let prev = v.last().map(|e| (e.seq, e.hash.as_str()));
            let e = AuditEntry::next(
                prev,
                format!("2026-01-01T00:00:{i:02}Z"),
                "t",
                "x",
                "s",
                "{}".into(),
            );
            v.push(e);
        }
        v
    }

    fn verify(v: &[AuditEntry]) -> Result<(), ChainBreak> {
        let mut c = ChainVerifier::default();
        v.iter().try_for_each(|e| c.push(e))
    }

    #[test]
    fn detects_tampering() {
        let v = chain(5);
        assert!(verify(&v).is_ok());
        let mut e = v.clone();
        e[2].actor = "mallory".into();
        assert_eq!(verify(&e).unwrap_err().seq, 3);
        let mut d = v.clone();
        d.remove(1);
        assert_eq!(verify(&d).unwrap_err().seq, 2);
        let mut r = v.clone();
        r.swap(2, 3);
        let (a, b) = (r[2].seq, r[3].seq);
        r[2].seq = b;
        r[3].seq = a;
        assert_eq!(verify(&r).unwrap_err().seq, 3);
    }
}
