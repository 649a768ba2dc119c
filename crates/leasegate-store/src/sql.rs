//! The tiny SQL surface both backends share: positional `?` parameters,
//! 64-bit integers, text and NULL. Business logic is written once against
//! [`Tx`]; PostgreSQL gets the `?` rewritten to `$n`.

use crate::StoreError;
use leasegate_ledger::NodeId;
use std::collections::HashMap;
use std::sync::Arc;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Val {
    I(i64),
    T(String),
    Null,
}

impl From<i64> for Val {
    fn from(v: i64) -> Self {
        Val::I(v)
    }
}
impl From<u32> for Val {
    fn from(v: u32) -> Self {
        Val::I(i64::from(v))
    }
}
impl From<&str> for Val {
    fn from(v: &str) -> Self {
        Val::T(v.to_string())
    }
}
impl From<String> for Val {
    fn from(v: String) -> Self {
        Val::T(v)
    }
}
impl<T: Into<Val>> From<Option<T>> for Val {
    fn from(v: Option<T>) -> Self {
        v.map_or(Val::Null, Into::into)
    }
}

/// One result row.
#[derive(Debug, Clone)]
pub struct Row(pub Vec<Val>);

impl Row {
    pub fn i(&self, i: usize) -> Result<i64, StoreError> {
        match self.0.get(i) {
            Some(Val::I(v)) => Ok(*v),
            other => Err(StoreError::corrupt(
                "row",
                format!("column {i}: expected integer, got {other:?}"),
            )),
        }
    }
    pub fn t(&self, i: usize) -> Result<String, StoreError> {
        match self.0.get(i) {
            Some(Val::T(v)) => Ok(v.clone()),
            other => Err(StoreError::corrupt(
                "row",
                format!("column {i}: expected text, got {other:?}"),
            )),
        }
    }
    /// Moves a text column out (no copy); the row keeps an empty string.
    pub fn take_t(&mut self, i: usize) -> Result<String, StoreError> {
        match self.0.get_mut(i) {
            Some(Val::T(v)) => Ok(std::mem::take(v)),
            other => Err(StoreError::corrupt(
                "row",
                format!("column {i}: expected text, got {other:?}"),
            )),
        }
    }
    pub fn ot(&self, i: usize) -> Result<Option<String>, StoreError> {
        match self.0.get(i) {
            Some(Val::Null) => Ok(None),
            _ => self.t(i).map(Some),
        }
    }
}

/// A transaction on either backend.
pub trait Tx {
    fn query(&mut self, sql: &str, params: &[Val]) -> Result<Vec<Row>, StoreError>;
    fn exec(&mut self, sql: &str, params: &[Val]) -> Result<u64, StoreError>;
    fn backend(&self) -> &'static str;
    /// This connection's node cache, if the backend keeps one.
    fn node_cache(&mut self) -> Option<&mut NodeCache> {
        None
    }
}

/// Most chips whose node lists one connection keeps.
const MAX_CACHED_CHIPS: usize = 64;

/// Per-connection cache of each chip's available nodes, so a lease creation
/// does not read the whole fleet. It is valid only for the fleet version it
/// was filled at: every fleet change bumps `settings.fleet_version` inside
/// the same write transaction, and readers compare it under the write lock.
/// The cache only steers the choice of GPUs; double booking is still refused
/// by the database (exclusion constraint / overlap trigger).
#[derive(Debug, Default)]
pub struct NodeCache {
    version: Option<String>,
    by_chip: HashMap<String, Arc<Vec<(NodeId, u32)>>>,
}

impl NodeCache {
    /// The cached nodes of `chip` at fleet `version`, if any.
    pub fn get(&mut self, version: Option<&str>, chip: &str) -> Option<Arc<Vec<(NodeId, u32)>>> {
        if self.version.as_deref() != version {
            self.version = version.map(str::to_string);
            self.by_chip.clear();
            return None;
        }
        self.by_chip.get(chip).cloned()
    }
    pub fn put(&mut self, chip: &str, nodes: Arc<Vec<(NodeId, u32)>>) {
        if self.by_chip.len() >= MAX_CACHED_CHIPS {
            self.by_chip.clear();
        }
        self.by_chip.insert(chip.to_string(), nodes);
    }
}

/// `?` placeholders to `$1..$n` (our SQL never has `?` inside literals).
pub fn dollar_params(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len() + 8);
    let mut n = 0;
    for c in sql.chars() {
        if c == '?' {
            n += 1;
            out.push('$');
            out.push_str(&n.to_string());
        } else {
            out.push(c);
        }
    }
    out
}
