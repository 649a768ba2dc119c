//! Differences between two versions of a list, by entry id. Pure: later
//! issues rescreen customers from `added` and `changed`.

use crate::model::Entry;
use serde::Serialize;
use std::collections::HashMap;

/// One entry present in both versions whose content differs.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Changed {
    pub before: Entry,
    pub after: Entry,
    /// Names of the fields that differ (`name`, `aliases`, `addresses`, ...).
    pub fields: Vec<&'static str>,
}

/// What changed from one version to the next. Each vector is sorted by id.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Diff {
    pub added: Vec<Entry>,
    pub removed: Vec<Entry>,
    pub changed: Vec<Changed>,
}

impl Diff {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.changed.is_empty()
    }
}

/// Which fields of two entries (with the same id) differ.
pub fn changed_fields(a: &Entry, b: &Entry) -> Vec<&'static str> {
    let mut f = Vec::new();
    let mut check = |name: &'static str, same: bool| {
        if !same {
            f.push(name);
        }
    };
    check("list", a.list == b.list);
    check("schema", a.schema == b.schema);
    check("name", a.name == b.name);
    check("aliases", a.aliases == b.aliases);
    check("addresses", a.addresses == b.addresses);
    check("identifiers", a.identifiers == b.identifiers);
    check("programs", a.programs == b.programs);
    check(
        "license_requirement",
        a.license_requirement == b.license_requirement,
    );
    check("license_policy", a.license_policy == b.license_policy);
    check("federal_register", a.federal_register == b.federal_register);
    check("start_date", a.start_date == b.start_date);
    check("remarks", a.remarks == b.remarks);
    f
}

/// Compares two versions by entry id. If an id occurs twice in one version
/// the last occurrence counts.
pub fn diff(old: &[Entry], new: &[Entry]) -> Diff {
    let old_by: HashMap<&str, &Entry> = old.iter().map(|e| (e.id.as_str(), e)).collect();
    let new_by: HashMap<&str, &Entry> = new.iter().map(|e| (e.id.as_str(), e)).collect();
    let mut d = Diff::default();
    for (id, n) in &new_by {
        match old_by.get(id) {
            None => d.added.push((*n).clone()),
            Some(o) => {
                let fields = changed_fields(o, n);
                if !fields.is_empty() {
                    d.changed.push(Changed {
                        before: (*o).clone(),
                        after: (*n).clone(),
                        fields,
                    });
                }
            }
        }
    }
    for (id, o) in &old_by {
        if !new_by.contains_key(id) {
            d.removed.push((*o).clone());
        }
    }
    d.added.sort_by(|a, b| a.id.cmp(&b.id));
    d.removed.sort_by(|a, b| a.id.cmp(&b.id));
    d.changed.sort_by(|a, b| a.after.id.cmp(&b.after.id));
    d
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Alias, AliasKind, Schema};

    fn e(id: &str, name: &str) -> Entry {
        Entry {
            id: id.into(),
            list: "EL".into(),
            schema: Schema::Organization,
            name: name.into(),
            aliases: vec![],
            addresses: vec![],
            identifiers: vec![],
            programs: vec![],
            license_requirement: None,
            license_policy: None,
            federal_register: None,
            start_date: None,
            remarks: None,
        }
    }

    #[test]
    fn added_removed_changed() {
        let old = vec![e("1", "A"), e("2", "B"), e("3", "C")];
        let mut c2 = e("3", "C");
        c2.aliases.push(Alias {
            name: "CC".into(),
            kind: AliasKind::Aka,
        });
        let new = vec![e("2", "B2"), c2, e("4", "D")];
        let d = diff(&old, &new);
        assert_eq!(
            d.added.iter().map(|e| e.id.as_str()).collect::<Vec<_>>(),
            ["4"]
        );
        assert_eq!(
            d.removed.iter().map(|e| e.id.as_str()).collect::<Vec<_>>(),
            ["1"]
        );
        assert_eq!(d.changed.len(), 2);
        assert_eq!(d.changed[0].fields, ["name"]);
        assert_eq!(d.changed[1].fields, ["aliases"]);
        assert!(diff(&old, &old).is_empty());
    }
}
