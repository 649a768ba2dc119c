//! Company names: legal forms, generic words, parent organisations.

use super::*;

/// Legal forms and words so common in company names that sharing them says
/// nothing (frequency weighting would find them too; listing them keeps the
/// blocks small from the first customer on).
fn is_generic_company_word(t: &str) -> bool {
    matches!(
        t,
        "co" | "company"
            | "corp"
            | "corporation"
            | "inc"
            | "incorporated"
            | "ltd"
            | "limited"
            | "llc"
            | "llp"
            | "lp"
            | "plc"
            | "gmbh"
            | "ag"
            | "sa"
            | "sas"
            | "sarl"
            | "srl"
            | "spa"
            | "bv"
            | "nv"
            | "oy"
            | "ab"
            | "as"
            | "kk"
            | "pte"
            | "pty"
            | "pvt"
            | "private"
            | "public"
            | "jsc"
            | "ojsc"
            | "pjsc"
            | "ooo"
            | "zao"
            | "oao"
            | "tov"
            | "fze"
            | "fzco"
            | "fzc"
            | "fz"
            | "fzllc"
            | "dmcc"
            | "sdn"
            | "bhd"
            | "kft"
            | "the"
            | "and"
            | "of"
            | "technology"
            | "technologies"
            | "tech"
            | "trading"
            | "trade"
            | "international"
            | "intl"
            | "group"
            | "holdings"
            | "holding"
            | "grup"
            | "grupp"
            | "gruppe"
            | "groupe"
            | "grupo"
            | "gruppo"
            | "groep"
            | "global"
            | "industrial"
            | "industries"
            | "industry"
            | "development"
            | "investment"
            | "investments"
            | "import"
            | "export"
            | "science"
            | "sciences"
            | "electronic"
            | "electronics"
            | "services"
            | "service"
            | "solutions"
            | "systems"
            | "enterprise"
            | "enterprises"
            | "management"
            | "consulting"
            | "logistics"
            | "computing"
            | "digital"
            | "network"
            | "networks"
            | "software"
            | "data"
            | "cloud"
    )
}

/// Legal-form words: part of a company's name in one spelling and not
/// another (`Ltd`, `Limited`, `Pte. Ltd.`, `L.P.`).
fn is_legal_form(t: &str) -> bool {
    matches!(
        t,
        "ltd"
            | "limited"
            | "llc"
            | "inc"
            | "incorporated"
            | "gmbh"
            | "plc"
            | "pte"
            | "pvt"
            | "private"
            | "llp"
            | "lp"
            | "corp"
            | "corporation"
            | "company"
            | "co"
            | "sa"
            | "ag"
            | "bv"
            | "nv"
            | "sarl"
            | "srl"
            | "spa"
            | "ooo"
            | "zao"
            | "oao"
            | "jsc"
            | "pjsc"
            | "bhd"
            | "sdn"
            | "fze"
            | "fzco"
            | "fzc"
            | "kk"
            | "kft"
            | "sro"
            | "ab"
            | "oy"
            | "as"
    )
}

/// Words that make a name in Chinese, Japanese or Korean a company's
/// (`有限公司`, `株式会社`, `(주)`).
const CJK_COMPANY: &[&str] = &[
    "公司", "会社", "會社", "회사", "(주)", "㈜", "商行", "集团", "集團",
];

/// Whether a customer's name says it is a university's, or one of its
/// labs or groups (`Robotics Lab, University of Berlin`, `Universität
/// Hamburg`, `清华大学`, `МГУ университет`, `Institute of Technology`):
/// research groups rent GPUs under such names, writing from their
/// university's mail domain, which then is a campus's however the
/// academic lists miss it.
pub fn names_university(name: &str) -> bool {
    // A company with a university word in its name (`University Trading
    // Ltd`, `大学科技有限公司`) is a company: the rule would otherwise let
    // a network hide its shells behind the word.
    if CJK_COMPANY.iter().any(|w| name.contains(w)) {
        return false;
    }
    let toks = ascii_tokens(name);
    if toks.iter().any(|t| is_legal_form(t)) {
        return false;
    }
    const CJK: &[&str] = &["大学", "大學", "대학교", "университет", "Университет"];
    if CJK.iter().any(|w| name.contains(w)) {
        return true;
    }
    toks.iter().any(|t| {
        matches!(
            t.as_str(),
            "university"
                | "univ"
                | "universitat"
                | "universitaet"
                | "universite"
                | "universidad"
                | "universidade"
                | "universita"
                | "universiteit"
                | "uniwersytet"
                | "universiti"
                | "universitas"
                | "universitesi"
                | "polytechnic"
                | "politecnico"
                | "polytechnique"
        )
    }) || toks
        .windows(3)
        .any(|w| w[0] == "institute" && w[1] == "of" && w[2] == "technology")
}

/// Whether a customer's name is a person's, not a company's: no legal
/// form or company word in any script (`normalize_organisation` reads
/// none, and no `公司`, `会社`, `회사` or `(주)`), two to four name words.
/// Individuals rent GPUs too; two of them who share a mail domain work at
/// one employer or university, which says nothing of one party.
pub fn is_person_name(s: &str) -> bool {
    if CJK_COMPANY.iter().any(|w| s.contains(w)) || normalize_organisation(s).is_some() {
        return false;
    }
    let toks = ascii_tokens(s);
    (2..=4).contains(&toks.len())
        && toks
            .iter()
            .all(|t| t.bytes().all(|b| b.is_ascii_alphabetic()))
}

/// A director or owner that is a company rather than a person (a legal
/// form or a company word such as holdings, fund, ventures, trading): its
/// name without legal forms, single letters and filler words, sorted, so
/// `Dexfa Holdings Pte. Ltd.` and `DEXFA HOLDINGS LTD` agree. `None` for a
/// person's name, or a company name with nothing left (`Holdings Ltd`).
pub fn normalize_organisation(s: &str) -> Option<String> {
    let toks = ascii_tokens(s);
    // Two-letter forms (SA, AG, Co) are also syllables of people's names
    // (`Sa'id`): they only count beside a longer company word.
    let company_word = |t: &str| {
        t.len() >= 3
            && !matches!(t, "the" | "and")
            && (is_legal_form(t)
                || is_generic_company_word(t)
                || matches!(
                    t,
                    "fund" | "funds" | "partners" | "ventures" | "capital" | "trust" | "labs"
                )
                || is_corporate_service_word(t)
                || organisation_word_variant(t).is_some_and(|w| w == ["group"]))
    };
    // "gong si" (公司) is a company in pinyin.
    let pinyin_company = toks.windows(2).any(|w| w[0] == "gong" && w[1] == "si");
    if !pinyin_company && !toks.iter().any(|t| company_word(t)) {
        return None;
    }
    let mut keep: Vec<String> = Vec::with_capacity(toks.len());
    for t in toks {
        if t.len() <= 1
            || is_legal_form(&t)
            || matches!(
                t.as_str(),
                "the" | "and" | "of" | "joint" | "stock" | "public" | "pjs"
            )
        {
            continue;
        }
        match organisation_word_variant(&t) {
            Some(words) => keep.extend(words.iter().map(|w| w.to_string())),
            None => keep.push(t),
        }
    }
    keep.sort_unstable();
    keep.dedup();
    (!keep.is_empty()).then(|| keep.join(" "))
}

/// One spelling for the words a group's companies write several ways:
/// `Grup` / `Gruppe` / `Groupe` / `Grupo` are a group, `Holdings` a holding,
/// `Trading` trade, `Intl` international, `HK` Hong Kong.
fn organisation_word_variant(t: &str) -> Option<&'static [&'static str]> {
    Some(match t {
        "grup" | "grupp" | "gruppe" | "groupe" | "grupo" | "gruppo" | "groep" => &["group"],
        "holdings" => &["holding"],
        "trading" => &["trade"],
        "intl" | "int" | "internacional" | "internationale" => &["international"],
        "hk" => &["hong", "kong"],
        _ => return None,
    })
}

/// Words that name a corporate service provider's vehicle: the nominee,
/// company-secretary, trustee and registered-agent companies that formation
/// agents put on the boards and share registers of their clients.
fn is_corporate_service_word(t: &str) -> bool {
    matches!(
        t,
        "nominee"
            | "nominees"
            | "secretary"
            | "secretaries"
            | "secretarial"
            | "trustee"
            | "trustees"
            | "fiduciary"
            | "fiduciaries"
            | "registrar"
            | "registrars"
            | "formations"
            | "incorporations"
    )
}

/// Whether a normalised organisation ([`normalize_organisation`]) is a
/// corporate service provider's vehicle (`Aspelia Nominees Ltd`, `Atlasmark
/// Secretaries`, `Clearpath Corporate Services`, `Sovereign Directors
/// Limited`, `Harbour Registered Agents`, `Grand Lucky Management
/// Services`, `Global Link Trust Services`): it sits on the board or the
/// register of every client of its agent, who are strangers to one
/// another, so naming it is no more a tie than the agent's address is. A
/// family or a fund's `Trust` is not one: it owns for one party.
pub fn is_corporate_service(normalised: &str) -> bool {
    let has = |w: &str| normalised.split(' ').any(|t| t == w);
    let services = has("services") || has("service");
    // `Property Management Services`, `Asset Management Services`: an
    // operating company that manages something, not a board seat for hire.
    let managed = || {
        [
            "property",
            "properties",
            "asset",
            "assets",
            "fund",
            "funds",
            "investment",
            "investments",
            "wealth",
            "hotel",
            "hotels",
            "facility",
            "facilities",
            "healthcare",
            "project",
            "projects",
            "construction",
        ]
        .iter()
        .any(|w| has(w))
    };
    normalised.split(' ').any(is_corporate_service_word)
        || has("directors")
        || (services
            && (has("corporate")
                || (has("management") && !managed())
                || has("trust")
                || has("administration")))
        || (has("registered") && (has("agent") || has("agents")))
}

/// The distinctive words of a normalised organisation
/// ([`normalize_organisation`]), as [`company_name_tokens`] reads a company
/// name, without the words that make a name a fund's or a holding's
/// (`capital`, `partners`, `ventures`, ...): `boyuan` of `boyuan group`.
pub fn organisation_words(normalised: &str) -> impl Iterator<Item = &str> {
    normalised.split(' ').filter(|t| {
        t.len() >= 3
            && !is_digits(t)
            && !is_generic_company_word(t)
            && !matches!(
                *t,
                "fund" | "funds" | "partners" | "ventures" | "capital" | "trust" | "labs"
            )
    })
}

/// Company name reduced to its distinctive words: transliterated, lower
/// case, legal forms and generic industry words dropped. Used for the weak
/// "similar names" evidence.
pub fn company_name_tokens(s: &str) -> Vec<String> {
    let mut toks: Vec<String> = ascii_tokens(s)
        .into_iter()
        .filter(|t| t.len() >= 3 && !is_digits(t) && !is_generic_company_word(t))
        .collect();
    toks.sort_unstable();
    toks.dedup();
    toks
}
