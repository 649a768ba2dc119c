//! Licence and rental policy as versioned data: ordered rules, first match
//! wins, uncertain law behind switches. See `data/policy.toml` and docs/POLICY.md.

use crate::catalog::Accelerator;
use crate::classify::{Classification, Eccn};
use crate::countries::{format_date, parse_date, CountryGroups};
use crate::num::Milli;
use crate::ChipsError;
use leasegate_core::CountryCode;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use time::Date;

pub const EMBEDDED_POLICY: &str = include_str!("../data/policy.toml");

/// What the policy needs to know about a chip: its class and the few
/// figures that rules may test.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ChipClass {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub chip_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vendor: Option<String>,
    pub eccn: Eccn,
    pub tpp: Milli,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub memory_bandwidth_gb_s: Option<Milli>,
    pub datacenter: bool,
    pub nac_eligible: bool,
}

impl ChipClass {
    pub fn from_classification(c: &Classification) -> Self {
        ChipClass {
            chip_id: None,
            vendor: None,
            eccn: c.eccn,
            tpp: c.tpp,
            memory_bandwidth_gb_s: None,
            datacenter: c.datacenter,
            nac_eligible: c.nac_eligible,
        }
    }

    pub fn from_accelerator(a: &Accelerator) -> Result<Self, ChipsError> {
        let c = a.classify()?;
        Ok(ChipClass {
            chip_id: Some(a.id.clone()),
            vendor: Some(a.vendor.clone()),
            memory_bandwidth_gb_s: a.memory_bandwidth_gb_s.as_ref().map(|f| f.value),
            ..ChipClass::from_classification(&c)
        })
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Requirement {
    NotRequired,
    Required,
    /// License Exception NAC: available after prior notification to BIS.
    ExceptionNac,
    /// License Exception ACA: available without notification.
    ExceptionAca,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReviewPolicy {
    PresumptionOfDenial,
    CaseByCase,
    PresumptionOfApproval,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RentalOutcome {
    Allow,
    Review,
    Deny,
    LicenceRequired,
}

impl RentalOutcome {
    pub fn as_str(self) -> &'static str {
        match self {
            RentalOutcome::Allow => "allow",
            RentalOutcome::Review => "review",
            RentalOutcome::Deny => "deny",
            RentalOutcome::LicenceRequired => "licence_required",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Window {
    pub from: Option<Date>,
    pub until: Option<Date>,
}

impl Window {
    fn contains(&self, d: Date) -> bool {
        self.from.is_none_or(|f| d >= f) && self.until.is_none_or(|u| d < u)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Switch {
    pub name: String,
    pub enabled: bool,
    /// When non-empty, the switch is active only inside one of these.
    pub windows: Vec<Window>,
    pub citation: String,
    pub status: String,
}

impl Switch {
    pub fn active(&self, as_of: Date) -> bool {
        self.enabled && (self.windows.is_empty() || self.windows.iter().any(|w| w.contains(as_of)))
    }
}

/// Conditions of a rule; `None` / empty means "any".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Conditions {
    pub chips: Vec<String>,
    pub vendors: Vec<String>,
    pub eccn_in: Vec<Eccn>,
    pub nac_eligible: Option<bool>,
    pub datacenter: Option<bool>,
    pub tpp_below: Option<Milli>,
    pub memory_bandwidth_below_gb_s: Option<Milli>,
    pub destination_in: Vec<String>,
    pub destination_not_in: Vec<String>,
    pub party_in: Vec<String>,
    pub party_not_in: Vec<String>,
    pub switch: Option<String>,
    pub from: Option<Date>,
    pub until: Option<Date>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct LicenceRule {
    pub id: String,
    pub summary: String,
    pub when: Conditions,
    pub requirement: Requirement,
    pub review: Option<ReviewPolicy>,
    pub citation: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RentalRule {
    pub id: String,
    pub summary: String,
    pub when: Conditions,
    pub outcome: RentalOutcome,
    pub citation: String,
}

/// The answer to "may this chip go to this destination for these parties?"
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct LicenceDecision {
    pub requirement: Requirement,
    pub review: Option<ReviewPolicy>,
    pub rule_id: String,
    pub summary: String,
    pub citation: String,
    pub reasons: Vec<String>,
    pub policy_version: String,
    pub as_of: String,
}

/// The answer to "may we lease this chip to this customer?"
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RentalDecision {
    pub outcome: RentalOutcome,
    pub rule_id: String,
    pub summary: String,
    pub citation: String,
    pub reasons: Vec<String>,
    pub policy_version: String,
    pub as_of: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Policy {
    pub version: String,
    pub title: String,
    pub switches: BTreeMap<String, Switch>,
    pub licence_rules: Vec<LicenceRule>,
    pub rental_rules: Vec<RentalRule>,
    #[serde(skip)]
    pub groups: CountryGroups,
}

// ---- raw file shapes ---------------------------------------------------------

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPolicy {
    schema: u32,
    version: String,
    title: String,
    #[serde(default)]
    switches: BTreeMap<String, RawSwitch>,
    #[serde(default)]
    licence_rules: Vec<RawRule>,
    #[serde(default)]
    rental_rules: Vec<RawRule>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSwitch {
    enabled: bool,
    #[serde(default)]
    windows: Vec<RawWindow>,
    citation: String,
    status: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawWindow {
    from: Option<String>,
    until: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    id: String,
    summary: String,
    citation: String,
    #[serde(default)]
    chips: Vec<String>,
    #[serde(default)]
    vendors: Vec<String>,
    #[serde(default)]
    eccn_in: Vec<String>,
    nac_eligible: Option<bool>,
    datacenter: Option<bool>,
    tpp_below: Option<String>,
    memory_bandwidth_below_gb_s: Option<String>,
    #[serde(default)]
    destination_in: Vec<String>,
    #[serde(default)]
    destination_not_in: Vec<String>,
    #[serde(default)]
    party_in: Vec<String>,
    #[serde(default)]
    party_not_in: Vec<String>,
    switch: Option<String>,
    from: Option<String>,
    until: Option<String>,
    requirement: Option<Requirement>,
    review: Option<ReviewPolicy>,
    outcome: Option<RentalOutcome>,
}

/// Upper bound on rules per list.
pub const MAX_RULES: usize = 1000;

impl Policy {
    /// The embedded policy over the embedded country groups.
    pub fn embedded() -> Result<Policy, ChipsError> {
        Policy::parse(
            EMBEDDED_POLICY,
            "embedded policy.toml",
            CountryGroups::embedded()?,
        )
    }

    pub fn parse(text: &str, file: &str, groups: CountryGroups) -> Result<Policy, ChipsError> {
        let bad = |m: String| ChipsError::InvalidData {
            file: file.to_string(),
            message: m,
        };
        let raw: RawPolicy = toml::from_str(text).map_err(|e| bad(e.to_string()))?;
        if raw.schema != 1 {
            return Err(bad(format!(
                "unsupported schema {} (expected 1)",
                raw.schema
            )));
        }
        if raw.licence_rules.len() > MAX_RULES || raw.rental_rules.len() > MAX_RULES {
            return Err(bad(format!("more than {MAX_RULES} rules")));
        }
        let date = |s: &Option<String>| -> Result<Option<Date>, ChipsError> {
            s.as_deref()
                .map(parse_date)
                .transpose()
                .map_err(|e| bad(e.to_string()))
        };
        let mut switches = BTreeMap::new();
        for (name, s) in raw.switches {
            let mut windows = Vec::new();
            for w in &s.windows {
                windows.push(Window {
                    from: date(&w.from)?,
                    until: date(&w.until)?,
                });
            }
            switches.insert(
                name.clone(),
                Switch {
                    name,
                    enabled: s.enabled,
                    windows,
                    citation: s.citation,
                    status: s.status,
                },
            );
        }
        let conditions = |r: &RawRule| -> Result<Conditions, ChipsError> {
            let ctx = |m: String| bad(format!("rule {}: {m}", r.id));
            for sel in r
                .destination_in
                .iter()
                .chain(&r.destination_not_in)
                .chain(&r.party_in)
                .chain(&r.party_not_in)
            {
                if !groups.has_group(sel) && groups.country(sel).is_err() {
                    return Err(ctx(format!(
                        "{sel:?} is neither a country group nor a known country"
                    )));
                }
            }
            if let Some(s) = &r.switch {
                if !switches.contains_key(s) {
                    return Err(ctx(format!("unknown switch {s:?}")));
                }
            }
            let eccn_in = r
                .eccn_in
                .iter()
                .map(|e| Eccn::parse(e).ok_or_else(|| ctx(format!("unknown eccn {e:?}"))))
                .collect::<Result<Vec<_>, _>>()?;
            let milli = |s: &Option<String>, f: &str| -> Result<Option<Milli>, ChipsError> {
                s.as_deref()
                    .map(|v| Milli::parse(v).map_err(|e| crate::catalog::num_error(f, v, e)))
                    .transpose()
                    .map_err(|e| ctx(e.to_string()))
            };
            Ok(Conditions {
                chips: r.chips.clone(),
                vendors: r.vendors.clone(),
                eccn_in,
                nac_eligible: r.nac_eligible,
                datacenter: r.datacenter,
                tpp_below: milli(&r.tpp_below, "tpp_below")?,
                memory_bandwidth_below_gb_s: milli(
                    &r.memory_bandwidth_below_gb_s,
                    "memory_bandwidth_below_gb_s",
                )?,
                destination_in: r.destination_in.clone(),
                destination_not_in: r.destination_not_in.clone(),
                party_in: r.party_in.clone(),
                party_not_in: r.party_not_in.clone(),
                switch: r.switch.clone(),
                from: date(&r.from)?,
                until: date(&r.until)?,
            })
        };
        let mut ids = std::collections::BTreeSet::new();
        let mut licence_rules = Vec::new();
        for r in &raw.licence_rules {
            if !ids.insert(r.id.clone()) {
                return Err(bad(format!("duplicate rule id {:?}", r.id)));
            }
            let requirement = r
                .requirement
                .ok_or_else(|| bad(format!("licence rule {} has no `requirement`", r.id)))?;
            if r.outcome.is_some() {
                return Err(bad(format!("licence rule {} has a rental `outcome`", r.id)));
            }
            licence_rules.push(LicenceRule {
                id: r.id.clone(),
                summary: r.summary.clone(),
                when: conditions(r)?,
                requirement,
                review: r.review,
                citation: r.citation.clone(),
            });
        }
        let mut rental_rules = Vec::new();
        for r in &raw.rental_rules {
            if !ids.insert(r.id.clone()) {
                return Err(bad(format!("duplicate rule id {:?}", r.id)));
            }
            let outcome = r
                .outcome
                .ok_or_else(|| bad(format!("rental rule {} has no `outcome`", r.id)))?;
            if r.requirement.is_some()
                || !r.destination_in.is_empty()
                || !r.destination_not_in.is_empty()
            {
                return Err(bad(format!(
                    "rental rule {} uses licence-only fields (requirement / destination)",
                    r.id
                )));
            }
            rental_rules.push(RentalRule {
                id: r.id.clone(),
                summary: r.summary.clone(),
                when: conditions(r)?,
                outcome,
                citation: r.citation.clone(),
            });
        }
        // A list without a catch-all would leave some questions unanswered.
        let catch_all = |c: &Conditions| *c == Conditions::default();
        if !licence_rules.last().is_some_and(|r| catch_all(&r.when)) {
            return Err(bad(
                "the last licence rule must have no conditions (the default)".into(),
            ));
        }
        if !rental_rules.last().is_some_and(|r| catch_all(&r.when)) {
            return Err(bad(
                "the last rental rule must have no conditions (the default)".into(),
            ));
        }
        Ok(Policy {
            version: raw.version,
            title: raw.title,
            switches,
            licence_rules,
            rental_rules,
            groups,
        })
    }

    /// Whether a switch is active on a date; unknown switches are off.
    pub fn switch_active(&self, name: &str, as_of: Date) -> bool {
        self.switches.get(name).is_some_and(|s| s.active(as_of))
    }

    /// Licence requirement for exporting / re-exporting a chip to `destination`
    /// for a party headquartered in `hq` whose ultimate parent is in `parent_hq`.
    pub fn licence_decision(
        &self,
        chip: &ChipClass,
        destination: CountryCode,
        hq: Option<CountryCode>,
        parent_hq: Option<CountryCode>,
        as_of: Date,
    ) -> Result<LicenceDecision, ChipsError> {
        let mut reasons = self.facts(chip, Some(destination), hq, parent_hq, as_of)?;
        for rule in &self.licence_rules {
            if self.matches(
                &rule.when,
                chip,
                Some(destination),
                hq,
                parent_hq,
                as_of,
                &mut reasons,
            )? {
                reasons.push(format!("rule {}: {}", rule.id, rule.summary));
                return Ok(LicenceDecision {
                    requirement: rule.requirement,
                    review: rule.review,
                    rule_id: rule.id.clone(),
                    summary: rule.summary.clone(),
                    citation: rule.citation.clone(),
                    reasons,
                    policy_version: self.version.clone(),
                    as_of: format_date(as_of),
                });
            }
        }
        Err(ChipsError::InvalidData {
            file: "policy.toml".into(),
            message: "no licence rule matched".into(),
        })
    }

    /// What to do with a lease of `chip` to a customer headquartered in `hq`
    /// (whose ultimate parent is headquartered in `parent_hq`). Remote access
    /// is not an export; this is the provider's due-diligence policy.
    pub fn rental_decision(
        &self,
        chip: &ChipClass,
        hq: CountryCode,
        parent_hq: Option<CountryCode>,
        as_of: Date,
    ) -> Result<RentalDecision, ChipsError> {
        let mut reasons = self.facts(chip, None, Some(hq), parent_hq, as_of)?;
        for rule in &self.rental_rules {
            if self.matches(
                &rule.when,
                chip,
                None,
                Some(hq),
                parent_hq,
                as_of,
                &mut reasons,
            )? {
                reasons.push(format!("rule {}: {}", rule.id, rule.summary));
                return Ok(RentalDecision {
                    outcome: rule.outcome,
                    rule_id: rule.id.clone(),
                    summary: rule.summary.clone(),
                    citation: rule.citation.clone(),
                    reasons,
                    policy_version: self.version.clone(),
                    as_of: format_date(as_of),
                });
            }
        }
        Err(ChipsError::InvalidData {
            file: "policy.toml".into(),
            message: "no rental rule matched".into(),
        })
    }

    fn facts(
        &self,
        chip: &ChipClass,
        destination: Option<CountryCode>,
        hq: Option<CountryCode>,
        parent_hq: Option<CountryCode>,
        as_of: Date,
    ) -> Result<Vec<String>, ChipsError> {
        let mut r = vec![format!(
            "chip {}: {} (TPP {}{})",
            chip.chip_id.as_deref().unwrap_or("(unlisted)"),
            chip.eccn,
            chip.tpp,
            if chip.nac_eligible {
                ", NAC/ACA eligible"
            } else {
                ""
            }
        )];
        let mut place = |label: &str, c: Option<CountryCode>| -> Result<(), ChipsError> {
            if let Some(c) = c {
                let g = self.groups.groups_of(c, as_of)?;
                let g = if g.is_empty() {
                    "no listed group".to_string()
                } else {
                    g.join(", ")
                };
                r.push(format!("{label} {c}: {g} (as of {})", format_date(as_of)));
            }
            Ok(())
        };
        place("destination", destination)?;
        place("customer HQ", hq)?;
        place("ultimate parent HQ", parent_hq)?;
        Ok(r)
    }

    #[allow(clippy::too_many_arguments)]
    fn matches(
        &self,
        w: &Conditions,
        chip: &ChipClass,
        destination: Option<CountryCode>,
        hq: Option<CountryCode>,
        parent_hq: Option<CountryCode>,
        as_of: Date,
        reasons: &mut Vec<String>,
    ) -> Result<bool, ChipsError> {
        if let Some(s) = &w.switch {
            if !self.switch_active(s, as_of) {
                return Ok(false);
            }
            reasons.push(format!("switch {s} is active on {}", format_date(as_of)));
        }
        if w.from.is_some_and(|f| as_of < f) || w.until.is_some_and(|u| as_of >= u) {
            return Ok(false);
        }
        if !w.chips.is_empty() && !chip.chip_id.as_ref().is_some_and(|id| w.chips.contains(id)) {
            return Ok(false);
        }
        if !w.vendors.is_empty()
            && !chip
                .vendor
                .as_ref()
                .is_some_and(|v| w.vendors.iter().any(|x| x.eq_ignore_ascii_case(v)))
        {
            return Ok(false);
        }
        if !w.eccn_in.is_empty() && !w.eccn_in.contains(&chip.eccn) {
            return Ok(false);
        }
        if w.nac_eligible.is_some_and(|n| n != chip.nac_eligible)
            || w.datacenter.is_some_and(|d| d != chip.datacenter)
        {
            return Ok(false);
        }
        if w.tpp_below.is_some_and(|t| chip.tpp >= t) {
            return Ok(false);
        }
        if let Some(limit) = w.memory_bandwidth_below_gb_s {
            // Without the figure we cannot show the chip is inside the envelope.
            if chip.memory_bandwidth_gb_s.is_none_or(|b| b >= limit) {
                return Ok(false);
            }
        }
        let any_in = |c: Option<CountryCode>, sels: &[String]| -> Result<bool, ChipsError> {
            let Some(c) = c else { return Ok(false) };
            for s in sels {
                if self.groups.matches(s, c, as_of)? {
                    return Ok(true);
                }
            }
            Ok(false)
        };
        if !w.destination_in.is_empty() && !any_in(destination, &w.destination_in)? {
            return Ok(false);
        }
        if !w.destination_not_in.is_empty()
            && (destination.is_none() || any_in(destination, &w.destination_not_in)?)
        {
            return Ok(false);
        }
        let party_hit = any_in(hq, &w.party_in)? || any_in(parent_hq, &w.party_in)?;
        if !w.party_in.is_empty() && !party_hit {
            return Ok(false);
        }
        if !w.party_not_in.is_empty()
            && (hq.is_none() || any_in(hq, &w.party_not_in)? || any_in(parent_hq, &w.party_not_in)?)
        {
            return Ok(false);
        }
        Ok(true)
    }
}
