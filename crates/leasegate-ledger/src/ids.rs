//! Identifier newtypes. Every id is a short slug so it is safe in file names,
//! URLs, log lines and SQL text without quoting surprises.

use crate::LedgerError;
use std::fmt;

/// Longest id we accept; keeps index keys and log lines bounded.
pub const MAX_ID_LEN: usize = 64;

fn valid_slug(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b.len() <= MAX_ID_LEN
        && b[0].is_ascii_alphanumeric()
        && b.iter()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'.'))
}

macro_rules! slug_id {
    ($(#[$m:meta])* $name:ident, $what:literal, $lower:expr) => {
        $(#[$m])*
        #[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            /// Parses a slug: 1-64 of `[A-Za-z0-9._-]`, starting with a letter or digit.
            pub fn parse(s: &str) -> Result<Self, LedgerError> {
                let t = s.trim();
                if !valid_slug(t) {
                    return Err(LedgerError::InvalidId { what: $what, value: s.to_string() });
                }
                Ok(Self(if $lower { t.to_ascii_lowercase() } else { t.to_string() }))
            }
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}({})", stringify!($name), self.0)
            }
        }
        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = String::deserialize(d)?;
                Self::parse(&s).map_err(serde::de::Error::custom)
            }
        }
        impl std::str::FromStr for $name {
            type Err = LedgerError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Self::parse(s)
            }
        }
    };
}

slug_id!(
    /// A data-centre site.
    SiteId, "site id", false
);
slug_id!(
    /// A node (server) at a site.
    NodeId, "node id", false
);
slug_id!(
    /// A customer.
    CustomerId, "customer id", false
);
slug_id!(
    /// An accelerator model id (`a100-80g`, `h100-sxm`). Free text until the
    /// chip catalog exists; lower-cased so `A100` and `a100` are one model.
    ChipId, "chip id", true
);
slug_id!(
    /// A lease, assigned by the store (`ls-000042`).
    LeaseId, "lease id", false
);

impl LeaseId {
    /// The id for the n-th lease in a store: sortable, stable, short.
    pub fn from_number(n: i64) -> Self {
        Self(format!("ls-{n:06}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert_eq!(ChipId::parse("A100-80G").unwrap().as_str(), "a100-80g");
        assert_eq!(CustomerId::parse("Acme_1").unwrap().as_str(), "Acme_1");
        assert!(NodeId::parse("").is_err());
        assert!(NodeId::parse("-x").is_err());
        assert!(NodeId::parse("a b").is_err());
        assert!(NodeId::parse(&"x".repeat(65)).is_err());
        assert_eq!(LeaseId::from_number(42).as_str(), "ls-000042");
    }
}
