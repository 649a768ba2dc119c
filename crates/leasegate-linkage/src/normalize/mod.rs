//! Attribute normalisers. Each turns one raw attribute into the canonical text
//! that blocking and comparison use, or `None` when nothing usable is left
//! (empty, placeholder). All pure and deterministic.

use leasegate_core::CountryCode;
use std::net::IpAddr;

pub use crate::person::{for_each_person_key, normalize_person, person_keys, persons_may_match};

mod address;
mod address_keys;
mod domain;
mod identifier;
mod ip;
mod organisation;
mod phone;

pub use address::*;
pub use address_keys::*;
pub use domain::*;
pub use identifier::*;
pub use ip::*;
pub use organisation::*;
pub use phone::*;

#[cfg(test)]
mod tests;
