//! Word tables: Chinese company vocabulary (to English, as lists publish it)
//! and English abbreviations (to the full word). Hand-written for this crate.

/// Chinese company words and legal forms with the English used for them in
/// US/UN/EU list entries. Longest match wins, so compound forms come first
/// only for readability. Also a few place names, because a place name inside
/// a run of ideographs would otherwise be glued to the brand name.
const HAN: &[(&str, &str)] = &[
    // Legal forms.
    ("股份有限公司", "company limited"),
    ("有限责任公司", "limited liability company"),
    ("有限責任公司", "limited liability company"),
    ("有限公司", "company limited"),
    ("股份公司", "joint stock company"),
    ("集团", "group"),
    ("集團", "group"),
    ("公司", "company"),
    ("分公司", "branch"),
    ("总公司", "corporation"),
    ("總公司", "corporation"),
    // Company words.
    ("科技", "technology"),
    ("技术", "technology"),
    ("技術", "technology"),
    ("信息", "information"),
    ("资讯", "information"),
    ("产业", "industry"),
    ("產業", "industry"),
    ("工业", "industry"),
    ("工業", "industry"),
    ("实业", "industrial"),
    ("實業", "industrial"),
    ("电子", "electronics"),
    ("電子", "electronics"),
    ("微电子", "microelectronics"),
    ("光电", "optoelectronics"),
    ("半导体", "semiconductor"),
    ("集成电路", "integrated circuit"),
    ("投资", "investment"),
    ("投資", "investment"),
    ("控股", "holding"),
    ("国际", "international"),
    ("國際", "international"),
    ("进出口", "import export"),
    ("進出口", "import export"),
    ("贸易", "trading"),
    ("貿易", "trading"),
    ("商贸", "trading"),
    ("研究所", "research institute"),
    ("研究院", "research institute"),
    ("研究中心", "research center"),
    ("大学", "university"),
    ("大學", "university"),
    ("学院", "institute"),
    ("通信", "communication"),
    ("通讯", "communication"),
    ("网络", "network"),
    ("網絡", "network"),
    ("软件", "software"),
    ("軟件", "software"),
    ("智能", "intelligent"),
    ("航空", "aviation"),
    ("航天", "aerospace"),
    ("船舶", "shipbuilding"),
    ("重工", "heavy industry"),
    ("机械", "machinery"),
    ("設備", "equipment"),
    ("设备", "equipment"),
    ("材料", "material"),
    ("能源", "energy"),
    ("化工", "chemical"),
    ("物流", "logistics"),
    ("发展", "development"),
    ("工程", "engineering"),
    ("仪器", "instrument"),
    ("精密", "precision"),
    ("激光", "laser"),
    ("光学", "optical"),
    ("数据", "data"),
    ("云", "cloud"),
    ("医疗", "medical"),
    ("装备", "equipment"),
    ("制造", "manufacturing"),
    ("系统", "system"),
    ("系統", "system"),
    ("服务", "service"),
    ("管理", "management"),
    ("咨询", "consulting"),
    ("安全", "security"),
    ("公安局", "public security bureau"),
    ("研究", "research"),
    ("中心", "center"),
    ("分院", "branch"),
    ("第", ""),
    // Places commonly prefixed to company names.
    ("中国", "china"),
    ("中國", "china"),
    ("香港", "hong kong"),
    ("北京", "beijing"),
    ("上海", "shanghai"),
    ("天津", "tianjin"),
    ("重庆", "chongqing"),
    ("深圳", "shenzhen"),
    ("广州", "guangzhou"),
    ("杭州", "hangzhou"),
    ("南京", "nanjing"),
    ("武汉", "wuhan"),
    ("成都", "chengdu"),
    ("西安", "xian"),
    ("合肥", "hefei"),
    ("苏州", "suzhou"),
    ("无锡", "wuxi"),
    ("长沙", "changsha"),
    ("大连", "dalian"),
    ("哈尔滨", "harbin"),
    ("新疆", "xinjiang"),
    ("江苏", "jiangsu"),
    ("浙江", "zhejiang"),
    ("广东", "guangdong"),
    ("四川", "sichuan"),
    ("湖北", "hubei"),
    ("湖南", "hunan"),
    ("山东", "shandong"),
    ("河北", "hebei"),
    ("河南", "henan"),
    ("福建", "fujian"),
    ("陕西", "shaanxi"),
    ("辽宁", "liaoning"),
    ("安徽", "anhui"),
    ("省", ""),
    ("市", ""),
];

const HAN_MAX_CHARS: usize = 6;

/// The glossary word starting at `chars[0]`, longest first: (chars consumed, English).
pub(crate) fn han_word_at(chars: &[char]) -> Option<(usize, &'static str)> {
    let max = chars.len().min(HAN_MAX_CHARS);
    let mut buf = String::with_capacity(max * 3);
    let mut best = None;
    for (n, c) in chars.iter().take(max).enumerate() {
        buf.push(*c);
        if let Some((_, en)) = HAN.iter().find(|(zh, _)| *zh == buf) {
            best = Some((n + 1, *en));
        }
    }
    best
}

/// Abbreviations and spelling variants to one full form. Applied to folded
/// tokens on both sides of a comparison, so "Intl" meets "International".
const ABBREVIATIONS: &[(&str, &str)] = &[
    ("co", "company"),
    ("cos", "company"),
    ("comp", "company"),
    ("corp", "corporation"),
    ("ltd", "limited"),
    ("lmt", "limited"),
    ("inc", "incorporated"),
    ("intl", "international"),
    ("intnl", "international"),
    ("tech", "technology"),
    ("techn", "technology"),
    ("technologies", "technology"),
    ("technological", "technology"),
    ("techs", "technology"),
    ("ind", "industry"),
    ("inds", "industry"),
    ("industries", "industry"),
    ("indus", "industry"),
    ("indl", "industry"),
    ("eng", "engineering"),
    ("engg", "engineering"),
    ("engr", "engineering"),
    ("equip", "equipment"),
    ("eqpt", "equipment"),
    ("info", "information"),
    ("inst", "institute"),
    ("instit", "institute"),
    ("univ", "university"),
    ("acad", "academy"),
    ("mfg", "manufacturing"),
    ("mfr", "manufacturing"),
    ("dev", "development"),
    ("devt", "development"),
    ("grp", "group"),
    ("hldg", "holding"),
    ("hldgs", "holding"),
    ("mgmt", "management"),
    ("mgt", "management"),
    ("svc", "service"),
    ("svcs", "service"),
    ("sci", "science"),
    ("natl", "national"),
    ("assn", "association"),
    ("assoc", "association"),
    ("dept", "department"),
    ("govt", "government"),
    ("bros", "brother"),
    ("mach", "machinery"),
    ("chem", "chemical"),
    ("pharm", "pharmaceutical"),
    ("comm", "communication"),
    ("comms", "communication"),
    ("telecom", "telecommunication"),
    ("telecoms", "telecommunication"),
    ("trdg", "trading"),
    ("res", "research"),
    ("ctr", "center"),
    ("cntr", "center"),
    ("centre", "center"),
    ("admin", "administration"),
    ("org", "organization"),
    ("organisation", "organization"),
    ("elec", "electronic"),
    ("electron", "electronic"),
    ("elect", "electronic"),
    ("sys", "system"),
    ("svcs", "service"),
    ("petrochem", "petrochemical"),
    ("aero", "aeronautical"),
    ("avn", "aviation"),
    ("avia", "aviation"),
    ("shpg", "shipping"),
    ("navig", "navigation"),
    ("ent", "enterprise"),
    ("bldg", "building"),
    ("constr", "construction"),
    ("dist", "distribution"),
    ("lab", "laboratory"),
    ("labs", "laboratory"),
    ("laboratories", "laboratory"),
    ("mech", "mechanical"),
    ("prod", "product"),
];

/// Company vocabulary that says what a firm does, not which firm it is
/// ("technology", "trading", "group"): weighted down on both sides, so
/// "Huawei" meets "Huawei Technologies" and "Dell Technologies" does not
/// meet "Alel Technologies" on the strength of the shared word.
pub(crate) fn is_generic_org_word(tok: &str) -> bool {
    static SET: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::OnceLock::new();
    SET.get_or_init(|| {
        let mut s: rustc_hash::FxHashSet<&'static str> =
            ABBREVIATIONS.iter().map(|(_, f)| *f).collect();
        s.extend(GENERIC_EXTRA.iter().copied());
        s
    })
    .contains(tok)
}

const GENERIC_EXTRA: &[&str] = &[
    "group",
    "holding",
    "international",
    "global",
    "trading",
    "trade",
    "industry",
    "industrial",
    "technology",
    "science",
    "scientific",
    "enterprise",
    "service",
    "solution",
    "system",
    "product",
    "electronic",
    "electronics",
    "investment",
    "development",
    "engineering",
    "information",
    "research",
    "institute",
    "center",
    "equipment",
    "material",
    "energy",
    "logistics",
    "import",
    "export",
    "manufacturing",
    "network",
    "software",
    "semiconductor",
    "microelectronic",
    "optoelectronic",
    "communication",
    "intelligent",
    "precision",
    "instrument",
    "machinery",
    "chemical",
    "commercial",
    "general",
    "factory",
    "partner",
    "resource",
    "consulting",
    "management",
    "shipping",
    "marine",
    "import",
    "export",
];

/// The full form of an abbreviation, if `tok` is one.
pub(crate) fn expand(tok: &str) -> Option<&'static str> {
    static MAP: std::sync::OnceLock<rustc_hash::FxHashMap<&'static str, &'static str>> =
        std::sync::OnceLock::new();
    MAP.get_or_init(|| ABBREVIATIONS.iter().copied().collect())
        .get(tok)
        .copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_han_match() {
        let s: Vec<char> = "股份有限公司".chars().collect();
        assert_eq!(han_word_at(&s), Some((6, "company limited")));
        let s: Vec<char> = "有限公司".chars().collect();
        assert_eq!(han_word_at(&s), Some((4, "company limited")));
    }

    #[test]
    fn expansions_are_full_words() {
        for (a, f) in ABBREVIATIONS {
            assert!(expand(f).is_none(), "{a} -> {f} expands again");
        }
    }
}
