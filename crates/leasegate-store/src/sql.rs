//! The tiny SQL surface both backends share: positional `?` parameters,
//! 64-bit integers, text and NULL. Business logic is written once against
//! [`Tx`]; PostgreSQL gets the `?` rewritten to `$n`.

use crate::StoreError;

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
