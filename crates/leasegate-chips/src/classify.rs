//! ECCN 3A090 / 4A090 classification as pure functions over exact numbers.
//!
//! Definitions (88 FR 73458, 25 Oct 2023; amended 89 FR 96790, Dec 2024;
//! 15 CFR 774 Supp. 1, Category 3):
//! - TPP = 2 × MacTOPS × bit length, aggregated over processing units, the
//!   maximum over bit lengths. Dense (non-sparse) TOPS count two operations per
//!   MAC already, so TPP = TOPS × bit length.
//! - PD = TPP / applicable die area (mm²).
//! - 3A090.a: TPP ≥ 4800, or TPP ≥ 1600 and PD ≥ 5.92.
//! - 3A090.b: 2400 ≤ TPP < 4800 and 1.6 ≤ PD < 5.92, or TPP ≥ 1600 and 3.2 ≤ PD < 5.92.
//! - Note 2: not designed or marketed for data centres and TPP < 4800: not 3A090.
//! - 3A090.c: HBM with bandwidth density > 2 GB/s/mm².

use crate::num::Milli;
use crate::ChipsError;
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt;

/// The thresholds, in one place, as exact decimals.
pub mod thresholds {
    use crate::num::Milli;
    pub const TPP_A1: Milli = Milli::whole(4800);
    pub const TPP_MIN: Milli = Milli::whole(1600);
    pub const TPP_B1: Milli = Milli::whole(2400);
    pub const PD_A2: Milli = Milli::from_thousandths(5_920);
    pub const PD_B1: Milli = Milli::from_thousandths(1_600);
    pub const PD_B2: Milli = Milli::from_thousandths(3_200);
    /// 3A090.c: HBM bandwidth density strictly above 2 GB/s/mm².
    pub const HBM_DENSITY: Milli = Milli::whole(2);
}

/// A numeric format whose bit length enters TPP.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Serialize)]
pub enum Precision {
    #[serde(rename = "FP4")]
    Fp4,
    #[serde(rename = "INT4")]
    Int4,
    #[serde(rename = "FP8")]
    Fp8,
    #[serde(rename = "INT8")]
    Int8,
    #[serde(rename = "FP16")]
    Fp16,
    #[serde(rename = "BF16")]
    Bf16,
    #[serde(rename = "TF32")]
    Tf32,
    #[serde(rename = "FP32")]
    Fp32,
    #[serde(rename = "FP64")]
    Fp64,
}

impl Precision {
    pub const ALL: [Precision; 9] = [
        Precision::Fp4,
        Precision::Int4,
        Precision::Fp8,
        Precision::Int8,
        Precision::Fp16,
        Precision::Bf16,
        Precision::Tf32,
        Precision::Fp32,
        Precision::Fp64,
    ];

    /// Bit length of the operation. TF32 operands carry 19 bits (sign, 8
    /// exponent, 10 mantissa), so TF32 counts 19, not its 32-bit container;
    /// see docs/POLICY.md (no catalog chip changes class either way).
    pub fn bits(self) -> u64 {
        match self {
            Precision::Fp4 | Precision::Int4 => 4,
            Precision::Fp8 | Precision::Int8 => 8,
            Precision::Fp16 | Precision::Bf16 => 16,
            Precision::Tf32 => 19,
            Precision::Fp32 => 32,
            Precision::Fp64 => 64,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Fp4 => "FP4",
            Precision::Int4 => "INT4",
            Precision::Fp8 => "FP8",
            Precision::Int8 => "INT8",
            Precision::Fp16 => "FP16",
            Precision::Bf16 => "BF16",
            Precision::Tf32 => "TF32",
            Precision::Fp32 => "FP32",
            Precision::Fp64 => "FP64",
        }
    }

    /// Case-insensitive: `fp16`, `FP16`, `bf16`.
    pub fn parse(s: &str) -> Result<Self, ChipsError> {
        let t = s.trim();
        Precision::ALL
            .into_iter()
            .find(|p| p.as_str().eq_ignore_ascii_case(t))
            .ok_or_else(|| ChipsError::UnknownPrecision(s.to_string()))
    }
}

impl fmt::Display for Precision {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What the classifier needs to know about one chip (one package).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ChipSpec {
    /// Dense throughput per precision, already aggregated over all processing
    /// units of the package (use [`aggregate_units`] to sum per-unit figures).
    pub tops: BTreeMap<Precision, Milli>,
    /// Applicable die area: logic dies on a non-planar process, HBM excluded.
    pub die_area_mm2: Option<Milli>,
    /// Designed or marketed for use in data centres.
    pub datacenter: bool,
}

/// Sums per-unit throughput into package throughput, per precision.
pub fn aggregate_units<'a>(
    units: impl IntoIterator<Item = &'a BTreeMap<Precision, Milli>>,
) -> Result<BTreeMap<Precision, Milli>, ChipsError> {
    let mut out: BTreeMap<Precision, Milli> = BTreeMap::new();
    for unit in units {
        for (p, v) in unit {
            let e = out.entry(*p).or_default();
            *e = e
                .checked_add(*v)
                .ok_or_else(|| ChipsError::invalid("tops", v.to_string(), "sum overflows"))?;
        }
    }
    Ok(out)
}

/// The 3A090 outcome for an IC.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Serialize)]
pub enum Eccn {
    #[serde(rename = "3A090.a")]
    A,
    #[serde(rename = "3A090.b")]
    B,
    #[serde(rename = "not-3A090")]
    NotControlled,
}

impl Eccn {
    pub fn as_str(self) -> &'static str {
        match self {
            Eccn::A => "3A090.a",
            Eccn::B => "3A090.b",
            Eccn::NotControlled => "not-3A090",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        [Eccn::A, Eccn::B, Eccn::NotControlled]
            .into_iter()
            .find(|e| e.as_str().eq_ignore_ascii_case(s.trim()))
    }
    pub fn is_controlled(self) -> bool {
        self != Eccn::NotControlled
    }
}

impl fmt::Display for Eccn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One precision's contribution to TPP.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TppTerm {
    pub precision: Precision,
    pub tops: Milli,
    pub bits: u64,
    pub tpp: Milli,
}

/// The result of classifying one chip, with the arithmetic that led to it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Classification {
    pub tpp: Milli,
    /// The precision that gave the maximum.
    pub tpp_precision: Precision,
    /// Rounded to three decimals for display; comparisons use exact arithmetic.
    pub performance_density: Option<Milli>,
    pub eccn: Eccn,
    /// Sub-paragraph that matched: `3A090.a.1`, `3A090.a.2`, `3A090.b.1`, `3A090.b.2`.
    pub paragraph: Option<&'static str>,
    pub datacenter: bool,
    /// Excluded from 3A090 by Note 2 (not for data centres, TPP < 4800).
    pub note2: bool,
    /// Licence exception NAC/ACA may be used (3A090.a not for data centres, or 3A090.b).
    pub nac_eligible: bool,
    pub terms: Vec<TppTerm>,
    /// Human-readable derivation, e.g. `TPP = 8 × 1979 (INT8) = 15832 ≥ 4800 → 3A090.a.1`.
    pub computation: String,
}

/// Classifies one chip under 3A090.a/.b with Note 2 and NAC eligibility.
pub fn classify(spec: &ChipSpec) -> Result<Classification, ChipsError> {
    use thresholds::*;
    if spec.tops.is_empty() {
        return Err(ChipsError::MissingFigure {
            what: "dense throughput: give at least one PRECISION=TOPS figure".into(),
        });
    }
    if let Some(a) = spec.die_area_mm2 {
        if a.is_zero() {
            return Err(ChipsError::invalid(
                "die_area_mm2",
                "0",
                "die area must be greater than zero",
            ));
        }
    }
    let mut terms = Vec::with_capacity(spec.tops.len());
    for (&p, &tops) in &spec.tops {
        let tpp = tops.checked_mul_int(p.bits()).ok_or_else(|| {
            ChipsError::invalid(format!("tops {p}"), tops.to_string(), "too large")
        })?;
        terms.push(TppTerm {
            precision: p,
            tops,
            bits: p.bits(),
            tpp,
        });
    }
    // Ties keep the first (lowest bit length) term: same TPP either way.
    let best = terms
        .iter()
        .fold(&terms[0], |b, t| if t.tpp > b.tpp { t } else { b })
        .clone();
    let tpp = best.tpp;
    let pd = spec.die_area_mm2.and_then(|a| tpp.ratio(a));

    let mut text = format!(
        "TPP = {} × {} ({}) = {}",
        best.bits, best.tops, best.precision, tpp
    );
    if terms.len() > 1 {
        let others: Vec<String> = terms
            .iter()
            .map(|t| format!("{} {} × {} = {}", t.precision, t.bits, t.tops, t.tpp))
            .collect();
        text.push_str(&format!(" [max of: {}]", others.join(", ")));
    }
    if let (Some(a), Some(pd)) = (spec.die_area_mm2, pd) {
        // "≈" when the quotient was rounded to three decimals.
        let exact = (u128::from(tpp.thousandths()) * 1000) % u128::from(a.thousandths()) == 0;
        let eq = if exact { "=" } else { "≈" };
        text.push_str(&format!("; PD = {tpp} / {a} mm² {eq} {pd}"));
    }

    let (eccn, paragraph, note2, why) = if !spec.datacenter && tpp < TPP_A1 {
        (Eccn::NotControlled, None, true, format!("not designed or marketed for data centres and TPP {tpp} < 4800 → Note 2: not 3A090"))
    } else if tpp >= TPP_A1 {
        (
            Eccn::A,
            Some("3A090.a.1"),
            false,
            format!("TPP {tpp} ≥ 4800 → 3A090.a.1"),
        )
    } else if tpp < TPP_MIN {
        (
            Eccn::NotControlled,
            None,
            false,
            format!("TPP {tpp} < 1600 → not 3A090"),
        )
    } else {
        let Some(area) = spec.die_area_mm2 else {
            return Err(ChipsError::MissingFigure {
                what: format!("applicable die area (mm²): needed to compute performance density because 1600 ≤ TPP {tpp} < 4800"),
            });
        };
        let pd_s = pd.map(|p| p.to_string()).unwrap_or_default();
        // Exact comparison; the rounded `pd_s` is only for the text.
        let pd_at_least = |th: Milli| tpp.ratio_at_least(area, th);
        if pd_at_least(PD_A2) {
            (
                Eccn::A,
                Some("3A090.a.2"),
                false,
                format!("TPP {tpp} ≥ 1600 and PD {pd_s} ≥ 5.92 → 3A090.a.2"),
            )
        } else if tpp >= TPP_B1 && pd_at_least(PD_B1) {
            (
                Eccn::B,
                Some("3A090.b.1"),
                false,
                format!("2400 ≤ TPP {tpp} < 4800 and 1.6 ≤ PD {pd_s} < 5.92 → 3A090.b.1"),
            )
        } else if pd_at_least(PD_B2) {
            (
                Eccn::B,
                Some("3A090.b.2"),
                false,
                format!("TPP {tpp} ≥ 1600 and 3.2 ≤ PD {pd_s} < 5.92 → 3A090.b.2"),
            )
        } else if tpp >= TPP_B1 {
            (
                Eccn::NotControlled,
                None,
                false,
                format!("2400 ≤ TPP {tpp} < 4800 but PD {pd_s} < 1.6 → not 3A090"),
            )
        } else {
            (
                Eccn::NotControlled,
                None,
                false,
                format!("1600 ≤ TPP {tpp} < 2400 and PD {pd_s} < 3.2 → not 3A090"),
            )
        }
    };
    let nac_eligible = match eccn {
        Eccn::A => !spec.datacenter,
        Eccn::B => true,
        Eccn::NotControlled => false,
    };
    text.push_str("; ");
    text.push_str(&why);
    if nac_eligible {
        text.push_str(if spec.datacenter {
            "; 3A090.b → licence exception NAC/ACA eligible"
        } else {
            "; 3A090.a not designed or marketed for data centres → licence exception NAC/ACA eligible"
        });
    }
    Ok(Classification {
        tpp,
        tpp_precision: best.precision,
        performance_density: pd,
        eccn,
        paragraph,
        datacenter: spec.datacenter,
        note2,
        nac_eligible,
        terms,
        computation: text,
    })
}

/// 3A090.c for a high-bandwidth memory stack.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct HbmClassification {
    pub bandwidth_density_gb_s_mm2: Milli,
    pub controlled_3a090c: bool,
    pub computation: String,
}

/// HBM bandwidth density = stack bandwidth / stack footprint; 3A090.c when > 2 GB/s/mm².
pub fn classify_hbm(
    stack_bandwidth_gb_s: Milli,
    stack_area_mm2: Milli,
) -> Result<HbmClassification, ChipsError> {
    if stack_area_mm2.is_zero() {
        return Err(ChipsError::invalid(
            "hbm_stack_area_mm2",
            "0",
            "area must be greater than zero",
        ));
    }
    let density = stack_bandwidth_gb_s
        .ratio(stack_area_mm2)
        .unwrap_or_default();
    // Strictly greater than 2: at exactly 2 the stack is not controlled.
    let controlled = u128::from(stack_bandwidth_gb_s.thousandths()) * 1000
        > u128::from(thresholds::HBM_DENSITY.thousandths())
            * u128::from(stack_area_mm2.thousandths());
    let computation = format!(
        "HBM density = {stack_bandwidth_gb_s} GB/s / {stack_area_mm2} mm² = {density} GB/s/mm² {} 2 → {}",
        if controlled { ">" } else { "≤" },
        if controlled { "3A090.c" } else { "not 3A090.c" }
    );
    Ok(HbmClassification {
        bandwidth_density_gb_s_mm2: density,
        controlled_3a090c: controlled,
        computation,
    })
}

/// 4A090 for a computer, assembly or node containing 3A090 chips.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct NodeClassification {
    /// `4A090.a`, `4A090.b` or `not-4A090`.
    pub eccn: &'static str,
    pub chip_eccn: Eccn,
    pub chip_count: u32,
    pub aggregate_tpp: Milli,
    pub computation: String,
}

/// Upper bound on chips in one node: larger counts are typos, not servers.
pub const MAX_CHIPS_PER_NODE: u32 = 1024;

pub fn classify_node(chip: &Classification, count: u32) -> Result<NodeClassification, ChipsError> {
    if count == 0 || count > MAX_CHIPS_PER_NODE {
        return Err(ChipsError::invalid(
            "count",
            count.to_string(),
            format!("must be between 1 and {MAX_CHIPS_PER_NODE}"),
        ));
    }
    let aggregate = chip.tpp.checked_mul_int(u64::from(count)).ok_or_else(|| {
        ChipsError::invalid("count", count.to_string(), "aggregate TPP overflows")
    })?;
    let eccn = match chip.eccn {
        Eccn::A => "4A090.a",
        Eccn::B => "4A090.b",
        Eccn::NotControlled => "not-4A090",
    };
    let computation = format!(
        "node with {count} × chip classified {} (TPP {} each, aggregate {aggregate}) → {eccn}",
        chip.eccn, chip.tpp
    );
    Ok(NodeClassification {
        eccn,
        chip_eccn: chip.eccn,
        chip_count: count,
        aggregate_tpp: aggregate,
        computation,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(p: &[(Precision, &str)], die: Option<&str>, dc: bool) -> ChipSpec {
        ChipSpec {
            tops: p
                .iter()
                .map(|(p, v)| (*p, Milli::parse(v).unwrap()))
                .collect(),
            die_area_mm2: die.map(|d| Milli::parse(d).unwrap()),
            datacenter: dc,
        }
    }

    #[test]
    fn h100_sxm() {
        let c = classify(&spec(
            &[(Precision::Fp16, "989.4"), (Precision::Int8, "1979")],
            Some("814"),
            true,
        ))
        .unwrap();
        assert_eq!(c.tpp, Milli::whole(15832));
        assert_eq!(c.eccn, Eccn::A);
        assert_eq!(c.paragraph, Some("3A090.a.1"));
        assert!(
            c.computation.starts_with("TPP = 8 × 1979 (INT8) = 15832"),
            "{}",
            c.computation
        );
        assert!(c.computation.contains("15832 ≥ 4800 → 3A090.a.1"));
    }

    #[test]
    fn errors() {
        assert!(classify(&ChipSpec::default())
            .unwrap_err()
            .to_string()
            .contains("missing figure"));
        let e = classify(&spec(&[(Precision::Fp16, "100")], Some("0"), true)).unwrap_err();
        assert_eq!(leasegate_core::ErrorCode::code(&e), "invalid_value");
        let e = classify(&spec(&[(Precision::Fp16, "200")], None, true)).unwrap_err();
        assert_eq!(leasegate_core::ErrorCode::code(&e), "missing_figure");
    }

    #[test]
    fn hbm_and_node() {
        let h = classify_hbm(Milli::whole(819), Milli::whole(110)).unwrap();
        assert!(h.controlled_3a090c);
        assert!(
            !classify_hbm(Milli::whole(220), Milli::whole(110))
                .unwrap()
                .controlled_3a090c
        );
        let c = classify(&spec(&[(Precision::Int8, "1979")], Some("814"), true)).unwrap();
        let n = classify_node(&c, 8).unwrap();
        assert_eq!(n.eccn, "4A090.a");
        assert_eq!(n.aggregate_tpp, Milli::whole(126_656));
        assert!(classify_node(&c, 0).is_err());
    }
}
