//! Mail addresses, mail domains and websites, and what a domain is: free mail, a university's, a government's, a formation agent's.

use super::*;

/// Free-mail and consumer mail providers: a shared domain there says nothing.
const FREE_MAIL: &[&str] = &[
    "gmail.com",
    "googlemail.com",
    "yahoo.com",
    "yahoo.co.uk",
    "yahoo.co.jp",
    "yahoo.com.hk",
    "yahoo.com.tw",
    "ymail.com",
    "hotmail.com",
    "hotmail.co.uk",
    "outlook.com",
    "live.com",
    "msn.com",
    "icloud.com",
    "me.com",
    "mac.com",
    "aol.com",
    "proton.me",
    "protonmail.com",
    "pm.me",
    "tutanota.com",
    "tuta.io",
    "gmx.com",
    "gmx.de",
    "gmx.net",
    "web.de",
    "mail.com",
    "zoho.com",
    "fastmail.com",
    "hey.com",
    "yandex.ru",
    "yandex.com",
    "ya.ru",
    "mail.ru",
    "inbox.ru",
    "bk.ru",
    "list.ru",
    "rambler.ru",
    "qq.com",
    "foxmail.com",
    "163.com",
    "126.com",
    "yeah.net",
    "sina.com",
    "sina.cn",
    "sohu.com",
    "aliyun.com",
    "139.com",
    "189.cn",
    "21cn.com",
    "tom.com",
    "naver.com",
    "daum.net",
    "hanmail.net",
    "rediffmail.com",
    // Consumer ISPs and national portals, by country.
    "emirates.net.ae",
    "t-online.de",
    "freenet.de",
    "arcor.de",
    "posteo.de",
    "mailbox.org",
    "orange.fr",
    "free.fr",
    "wanadoo.fr",
    "sfr.fr",
    "neuf.fr",
    "laposte.net",
    "libero.it",
    "virgilio.it",
    "tiscali.it",
    "alice.it",
    "tin.it",
    "telefonica.net",
    "terra.es",
    "sapo.pt",
    "ukr.net",
    "i.ua",
    "uol.com.br",
    "bol.com.br",
    "terra.com.br",
    "ig.com.br",
    "nate.com",
    "docomo.ne.jp",
    "ezweb.ne.jp",
    "au.com",
    "softbank.ne.jp",
    "i.softbank.jp",
    "nifty.com",
    "biglobe.ne.jp",
    "singnet.com.sg",
    "pacific.net.sg",
    "starhub.net.sg",
    "netvigator.com",
    "bigpond.com",
    "bigpond.net.au",
    "optusnet.com.au",
    "xtra.co.nz",
    "shaw.ca",
    "rogers.com",
    "sympatico.ca",
    "videotron.ca",
    "telus.net",
    "btinternet.com",
    "sky.com",
    "virginmedia.com",
    "ntlworld.com",
    "talktalk.net",
    "comcast.net",
    "verizon.net",
    "att.net",
    "sbcglobal.net",
    "cox.net",
    "earthlink.net",
    "charter.net",
    "bellsouth.net",
    "email.com",
    "usa.com",
    "inbox.com",
    "gmx.at",
    "gmx.ch",
    "gmx.fr",
    "gmx.us",
    "seznam.cz",
    "wp.pl",
    "o2.pl",
    "onet.pl",
    "interia.pl",
    "abv.bg",
    "walla.co.il",
    "sina.com.cn",
    "vip.qq.com",
    "rocketmail.com",
    "lycos.com",
    "juno.com",
    "eircom.net",
    "iol.ie",
    "ziggo.nl",
    "kpnmail.nl",
    "planet.nl",
    "hetnet.nl",
    "home.nl",
    "telenet.be",
    "skynet.be",
    "bluewin.ch",
    "sunrise.ch",
    "aon.at",
    "chello.at",
    "otenet.gr",
    "cytanet.com.cy",
    "superonline.com",
    "ttmail.com",
    "hinet.net",
    "seed.net.tw",
    "so-net.ne.jp",
    "ocn.ne.jp",
    "kornet.net",
    "hanafos.com",
    "vsnl.net",
    "streamyx.com",
    "tm.net.my",
    "mweb.co.za",
    "inbox.kz",
    "mail.kz",
    "kakao.com",
    // Relays that give every user an address of their own at one domain
    // (`privaterelay.appleid.com`).
    "appleid.com",
    "duck.com",
    "mozmail.com",
    "simplelogin.com",
    "anonaddy.me",
];

/// Mail brands that sell the same consumer mailbox under many country
/// domains (`hotmail.fr`, `yahoo.com.br`, `gmx.ch`, `yandex.kz`): the label
/// before the public suffix names the provider.
const FREE_MAIL_BRANDS: &[&str] = &[
    "hotmail",
    "outlook",
    "live",
    "yahoo",
    "ymail",
    "aol",
    "gmx",
    "yandex",
    "windowslive",
];

/// Consumer mail brands whose misspellings (`outlok.com`, `gmial.com`,
/// `yahooo.com`) customers type and the typo-squatters who register them
/// accept: one edit from a brand of five letters or more is still free mail
/// to whoever typed it, if the first letter is the brand's. Shorter brands
/// (`qq`, `aol`, `live`) are one edit from too many real companies' names.
const FREE_MAIL_TYPO_BRANDS: &[&str] = &[
    "gmail",
    "googlemail",
    "hotmail",
    "outlook",
    "yahoo",
    "yandex",
    "icloud",
    "protonmail",
    "rediffmail",
];

pub fn is_free_mail(domain: &str) -> bool {
    if FREE_MAIL.contains(&domain) || DISPOSABLE_MAIL.contains(domain) {
        return true;
    }
    if let Some((label, suffix)) = domain.split_once('.') {
        let last = suffix.rsplit('.').next().unwrap_or(suffix);
        if (last.len() == 2 || suffix == "com" || suffix == "net")
            && FREE_MAIL_TYPO_BRANDS.iter().any(|b| {
                // Typists rarely miss the first letter; a company's own
                // domain often differs there (`lcloud.com`, `bmail.io`).
                label.as_bytes().first() == b.as_bytes().first()
                    && within_one_edit(label.as_bytes(), b.as_bytes())
            })
        {
            return true;
        }
    }
    // `domain` is registrable: its first label is the brand, the rest the
    // public suffix; only country suffixes (`fr`, `co.uk`, `com.br`) and
    // `com`/`net` count, so `live.events` stays a company.
    match domain.split_once('.') {
        Some((label, suffix)) if FREE_MAIL_BRANDS.contains(&label) => {
            let last = suffix.rsplit('.').next().unwrap_or(suffix);
            last.len() == 2 || suffix == "com" || suffix == "net"
        }
        _ => false,
    }
}

/// Whether a registrable mail domain is a university's, a school's or a
/// research institute's (`mit.edu`, `snu.ac.kr`, `ox.ac.uk`,
/// `tsinghua.edu.cn`, `ethz.ch`, `kist.re.kr`):
/// thousands of students, researchers and alumni who never met give it, as
/// they give a free-mail provider, so it is no organisation's own domain.
/// Academic suffixes are read; other universities' domains are looked up
/// in the swot list (`data/academic_domains.txt`, see `data/README.md`).
pub fn is_academic_mail(domain: &str) -> bool {
    let mut labels = domain.rsplit('.');
    let (tld, second, third) = (labels.next(), labels.next(), labels.next());
    tld == Some("edu")
        || (matches!(second, Some("edu" | "ac"))
            && tld.is_some_and(|t| t.len() == 2)
            && third.is_some())
        // Korea's research institutes (`kist.re.kr`): as many unrelated
        // researchers as a university.
        || (second == Some("re") && tld == Some("kr") && third.is_some())
        || ACADEMIC_DOMAINS.contains(domain)
        || RESEARCH_ORGANISATIONS.contains(&domain)
}

/// National research organisations whose staff mail from one domain without
/// an academic suffix (`cas.cn` for the Chinese Academy of Sciences'
/// institutes, `cnrs.fr`, `mpg.de`): thousands of unrelated researchers, as
/// at a university. Institutes under `.ac.xx`, `.edu`, `.re.kr` or a
/// government's suffix (`ornl.gov`, `aist.go.jp`) are found by the suffix.
/// Hand-picked, as the swot list holds universities only.
const RESEARCH_ORGANISATIONS: &[&str] = &[
    "cas.cn",
    "cnrs.fr",
    "inria.fr",
    "cea.fr",
    "inrae.fr",
    "inserm.fr",
    "riken.jp",
    "mpg.de",
    "fraunhofer.de",
    "helmholtz.de",
    "dlr.de",
    "fz-juelich.de",
    "desy.de",
    "csiro.au",
    "cern.ch",
    "psi.ch",
    "tno.nl",
    "vtt.fi",
    "csic.es",
    "cnr.it",
    "infn.it",
    "iit.it",
];

/// Whether a registrable domain is surely a university's, a school's, a
/// research institute's or a government's ([`is_government_domain`]):
/// academic by its suffix (`mit.edu`, `ox.ac.uk`,
/// `kist.re.kr`), or on the swot list under a country's suffix (`ethz.ch`,
/// `uwaterloo.ca`). The list's `.com` and `.org` schools share their names
/// with companies (`crescent.com`), and its `.io`, `.co` or `.ai` ones are
/// bootcamps (`oclock.io`), so a site there, or values its mailboxes
/// share, may be a company's. A throwaway mail service under an academic
/// suffix (`outlook.edu.pl`) is no university.
pub fn is_university_domain(domain: &str) -> bool {
    if is_government_domain(domain) {
        return true;
    }
    const GENERIC_CC: &[&str] = &[
        "io", "co", "ai", "me", "sh", "cc", "tv", "fm", "ly", "gg", "so", "to",
    ];
    let mut labels = domain.rsplit('.');
    let tld = labels.next().unwrap_or("");
    let second = labels.next().unwrap_or("");
    let by_suffix = tld == "edu" || matches!(second, "edu" | "ac" | "re");
    is_academic_mail(domain)
        && (by_suffix || (tld.len() == 2 && !GENERIC_CC.contains(&tld)))
        && !is_free_mail(domain)
}

/// Whether a registrable domain is a government's (`nasa.gov`, `meti.go.jp`,
/// `bsi.bund.de`'s `bund.de`, `admin.ch`, `ec.europa.eu`'s `europa.eu`):
/// its agencies' and laboratories' staff rent compute as separately as a
/// university's researchers do, and share its networks and switchboards.
pub fn is_government_domain(domain: &str) -> bool {
    let mut labels = domain.rsplit('.');
    let tld = labels.next().unwrap_or("");
    let second = labels.next().unwrap_or("");
    matches!(tld, "gov" | "mil")
        || (tld.len() == 2
            && matches!(
                second,
                "gov" | "go" | "gob" | "gouv" | "govt" | "gc" | "mil"
            )
            && labels.next().is_some())
        || matches!(domain, "bund.de" | "admin.ch" | "europa.eu" | "gouv.fr")
}

/// A set of words or domains read from an embedded list, on first use.
type WordSet = std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>>;

/// The non-empty lines of an embedded list, trimmed.
fn lines(text: &'static str) -> rustc_hash::FxHashSet<&'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect()
}

/// Disposable and throwaway mail services (`mailinator.com`,
/// `10minutemail.com`, `guerrillamail.com`): anyone takes an inbox there,
/// so a shared domain says nothing, as at a free-mail provider
/// (`data/disposable_domains.txt`, see `data/README.md`).
static DISPOSABLE_MAIL: WordSet =
    WordSet::new(|| lines(include_str!("../../data/disposable_domains.txt")));

/// Universities' and schools' mail domains without an academic suffix.
static ACADEMIC_DOMAINS: WordSet =
    WordSet::new(|| lines(include_str!("../../data/academic_domains.txt")));

/// The commonest family names of the countries customers come from
/// (`data/common_surnames.txt`, see `data/README.md`).
static COMMON_SURNAMES: WordSet =
    WordSet::new(|| lines(include_str!("../../data/common_surnames.txt")));

/// The commonest given names (`data/common_given_names.txt`).
static COMMON_GIVEN_NAMES: WordSet =
    WordSet::new(|| lines(include_str!("../../data/common_given_names.txt")));

/// A mailbox's handle without `.`, `_` and `-`, when it is lower-case
/// ASCII letters only (`j.smith@gmail.com` gives `jsmith`; a handle with
/// a digit gives none): what a name could spell.
fn handle_letters(mailbox: &str) -> Option<String> {
    let (local, _) = mailbox.rsplit_once('@')?;
    let letters: String = local.chars().filter(|c| !".-_".contains(*c)).collect();
    letters
        .bytes()
        .all(|b| b.is_ascii_lowercase())
        .then_some(letters)
}

/// Whether a mailbox's handle (`local@domain`, as `normalize_email` gives
/// it) is one of the commonest family names, bare or with an initial
/// before or after it (`smith`, `jsmith`, `j.smith`, `ychan`, `satok`,
/// `parkj`), one of the commonest given names (`william`), or one of each
/// in either order (`davidjones`, `sophie.thomas`): thousands of people can
/// write it as theirs, so strangers give it (a mistyped or made-up contact
/// address) far more often than a handle with a rarer name or digits.
pub fn is_generic_handle(mailbox: &str) -> bool {
    let Some(letters) = handle_letters(mailbox).filter(|l| l.len() >= 2) else {
        return false;
    };
    let surname = |s: &str| COMMON_SURNAMES.contains(s);
    let given = |s: &str| COMMON_GIVEN_NAMES.contains(s);
    let n = letters.len();
    surname(&letters)
        || given(&letters)
        || (n >= 3 && (surname(&letters[1..]) || surname(&letters[..n - 1])))
        || (2..n.saturating_sub(1)).any(|i| {
            let (x, y) = letters.split_at(i);
            (given(x) && surname(y)) || (surname(x) && given(y))
        })
}

/// Premises rented to strangers by the desk or the mailbox, named in a
/// normalised address ([`shared_workspace`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SharedWorkspace {
    /// A mail drop (`Anytime Mailbox`, `Mail Boxes Etc`, `PMB 204`): a box
    /// number is one renter's, the bare address everyone's.
    MailDrop,
    /// A co-working operator or virtual office (`Regus`, `WeWork`, `Awfis`,
    /// `Impact Hub`, `Virtual Office ...`): the suite number is the centre's,
    /// printed on every member's letterhead and registration, so even with
    /// a unit the address is every tenant's.
    Desks,
}

/// Which shared workspace, if any, a normalised address
/// ([`normalize_address`]) names. Operators are matched by their brand
/// words, two-word brands by both words (normalised addresses keep their
/// words, not their order); generic words such as `hub`, `spaces` or
/// `business centre` are not enough alone, since office buildings are
/// named so too.
pub fn shared_workspace(normalised: &str) -> Option<SharedWorkspace> {
    let has = |w: &str| normalised.split(' ').any(|t| t == w);
    let mail_drop = normalised
        .split(' ')
        .any(|t| matches!(t, "mailbox" | "mailboxes" | "pmb"))
        || (has("mail") && has("boxes"));
    if mail_drop {
        return Some(SharedWorkspace::MailDrop);
    }
    let operator = normalised.split(' ').any(|t| {
        matches!(
            t,
            "regus"
                | "wework"
                | "servcorp"
                | "iwg"
                | "coworking"
                | "cowork"
                | "incubator"
                | "mindspace"
                | "awfis"
                | "industrious"
                | "justco"
                | "ucommune"
                | "smartworks"
                | "innov8"
                | "91springboard"
                | "knotel"
                | "distrii"
                | "krspace"
        )
    }) || has("virtual")
        || (has("co") && has("working"))
        || (has("hub") && (has("impact") || has("naked")))
        || (has("compass") && has("offices"));
    operator.then_some(SharedWorkspace::Desks)
}

/// Whether a registrable mail domain is an accountant's, tax adviser's or
/// formation agent's (`santosoaccounting.com`, `celikcpa.com.tr`,
/// `kariukitax.co.ke`, `formations-hk.com`, `secretarial-mail.sg`): small
/// companies give their accountant's or agent's address as their contact,
/// so the domain is shared by strangers who hired the same firm. Read from
/// the name before the public suffix, each hyphen-separated part on its
/// own: one that begins or ends with the trade's word (`information` does
/// not end with `formations`).
pub fn is_service_provider_domain(domain: &str) -> bool {
    const ENDS: &[&str] = &[
        "accounting",
        "accountants",
        "accountancy",
        "cpa",
        "cpas",
        "tax",
        "taxation",
        "audit",
        "auditors",
        "bookkeeping",
        "secretarial",
        "secretaries",
        "nominees",
        "formations",
        "fiduciary",
        "registeredagent",
        "registeredagents",
        "corpservices",
        "corporateservices",
        "corpsvc",
        "cosec",
        "incorporations",
        "companysetup",
        "bizsetup",
        "businesssetup",
        "virtualoffice",
        "virtualoffices",
        "businesscentre",
        "businesscenter",
        "bizcentre",
        "bizcenter",
        "bizsupport",
        "corpsec",
        // `indiafilings`: a filing agent's far more often than a filings
        // data vendor's (`secfilings.com`, capped too).
        "filings",
        "domiciliation",
        "domicilie",
        "trustoffice",
        // The same trades in the languages of the registries they serve:
        // German, Dutch, French, Spanish and Portuguese, Italian, Polish,
        // Turkish, Russian, Chinese, Japanese, Korean and Vietnamese
        // (romanised as their firms' domains are).
        "steuerberater",
        "steuerberatung",
        "buchhaltung",
        "treuhand",
        "wirtschaftspruefer",
        "boekhouding",
        "boekhouder",
        "administratiekantoor",
        "comptable",
        "comptabilite",
        "fiduciaire",
        "contabilidad",
        "contabilidade",
        "gestoria",
        "asesoriafiscal",
        "commercialista",
        "commercialisti",
        "ksiegowosc",
        "biurorachunkowe",
        "muhasebe",
        "musavirlik",
        "buhgalter",
        "bukhgalter",
        "buhgalteria",
        "buhuslugi",
        "buhuchet",
        "yuruslugi",
        "kuaiji",
        "caishui",
        "kaikei",
        "zeirishi",
        "hoegye",
        "semusa",
        "ketoan",
        // Company secretaries and formation: `秘书`, `注册`, `設立`, `설립`,
        // `thành lập`, `kuruluş`, `Gründung`, `oprichting`, `регистрация`,
        // `rejestracja`.
        "zhuce",
        "setsuritsu",
        "seollip",
        "thanhlap",
        "kurulus",
        "gruendung",
        "oprichting",
        "registratsiya",
    ];
    const BEGINS: &[&str] = &[
        "formations",
        "secretarial",
        "companysecretary",
        "fiduciary",
        "registeredagent",
        "nominees",
    ];
    // Words that name the trade only as a part of their own
    // (`spt-agents.sc`, `majuro-registry.com`, `kowloon-formation.hk`,
    // `mahe-corporate.com`, `spcfz-setup.ae`), not inside another word
    // (`deepagents.ai`, `giftregistry.com`, `unregistered.io`,
    // `information.com`, `corporatebank.com`). A company's own domain
    // says `corp`, not a separate `corporate`: that is the agent's
    // corporate services.
    const WHOLE: &[&str] = &[
        "agents",
        "registry",
        "registered",
        "formation",
        "incorporation",
        "corporate",
        "setup",
        // Trades whose words also end other companies' names
        // (`aideadomicile.fr` home care, `erejestracja.pl` clinics,
        // `xiaomishu.com` apps): only as a word of their own. (Not
        // `contadores`: Spanish meters, `contadores-agua.es`, as much as
        // accountants.)
        "domicile",
        "domizil",
        "rejestracja",
        "mishu",
    ];
    let label = domain.split('.').next().unwrap_or(domain);
    let part_matches = |part: &str| {
        ENDS.iter().any(|w| part.ends_with(w))
            || BEGINS.iter().any(|w| part.starts_with(w))
            || WHOLE.contains(&part)
    };
    // Whole, as `company-secretary` reads `companysecretary` (allocates
    // only for a hyphenated name).
    label.split('-').any(part_matches)
        || (label.contains('-') && part_matches(&label.replace('-', "")))
}

/// Whether a mailbox is a company secretary's, formation agent's or
/// registered agent's role address (`corpsec@`, `co.sec@`,
/// `company-secretary@`, `formations@`), read from its local part without
/// punctuation or digits. Such a mailbox at a company's own domain is
/// rare; at the agent's domain it marks the domain as the agent's, which
/// the agent's clients give as their own.
pub fn is_agent_role_mailbox(email: &str) -> bool {
    const ROLES: &[&str] = &[
        "corpsec",
        "cosec",
        "companysecretary",
        "cosecretary",
        "corporatesecretary",
        "secretarial",
        "formation",
        "formations",
        "incorporation",
        "incorporations",
        "registeredagent",
        "nominee",
        "nominees",
    ];
    let Some((local, domain)) = email.rsplit_once('@') else {
        return false;
    };
    if is_free_mail(domain) {
        return false;
    }
    let local: String = local
        .chars()
        .filter(char::is_ascii_alphabetic)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    ROLES.contains(&local.as_str())
}

/// Registrable domain (`mail.corp.co.uk` -> `corp.co.uk`) by the public
/// suffix list; a host that has none (an IP, `localhost`) is returned as is.
pub fn registrable_domain(host: &str) -> Option<String> {
    let mut h = host.trim().trim_end_matches('.').to_ascii_lowercase();
    // Internationalised names in one form, Unicode: `xn--bcher-q9a.de` as
    // typed (`bücher.de`); DNS and mail tools print either.
    if h.contains("xn--") {
        h = h
            .split('.')
            .map(punycode_label)
            .collect::<Vec<_>>()
            .join(".");
    }
    if !h.is_ascii() {
        h = h.to_lowercase();
    }
    if h.is_empty() || h.contains(char::is_whitespace) {
        return None;
    }
    // A tenant of a hosting or mail platform the public suffix list does
    // not list (`acme.onmicrosoft.com`, `acme.wordpress.com`,
    // `acme.en.alibaba.com`) is its own site: the tenant's subdomain and
    // the platform, as the list gives `acme.wixsite.com`.
    if let Some(p) = TENANT_PLATFORMS.iter().find(|p| {
        h.len() > p.len() + 1 && h.ends_with(*p) && h.as_bytes()[h.len() - p.len() - 1] == b'.'
    }) {
        // The whole subdomain: a site builder's `acme.sys.business.site`
        // is not `sys.business.site`'s.
        let tenant = h[..h.len() - p.len() - 1].trim_start_matches("www.");
        // The platform's own hosts (`item.taobao.com`, `login.alibaba.com`).
        const OWN: &[&str] = &[
            "www", "m", "mobile", "item", "detail", "login", "passport", "search", "help",
            "support", "world",
        ];
        if !tenant.is_empty() && !OWN.contains(&tenant) {
            return Some(format!("{tenant}.{p}"));
        }
    }
    match psl::domain_str(&h) {
        Some(d) => Some(d.to_string()),
        None => Some(h),
    }
}

/// The name a customer chose on a platform, when `site` (a `Website` or
/// `EmailDomain` value) is a tenant of one or a page on one: `acme` of
/// `acme.wixsite.com`, `acme.onmicrosoft.com` or `linkedin.com/company/acme`.
/// Such names are first come, first served: a company takes its own name if
/// it is free, so two companies named alike pick the same one (the
/// platform's uniqueness is not the records'; a customer may claim any
/// page). `None` for a site of its own (`acme.com`).
pub fn platform_page_name(site: &str) -> Option<&str> {
    if let Some((_, page)) = site.rsplit_once('/') {
        return Some(page);
    }
    let p = TENANT_PLATFORMS.iter().chain(LISTED_PLATFORMS).find(|p| {
        site.len() > p.len() + 1
            && site.ends_with(*p)
            && site.as_bytes()[site.len() - p.len() - 1] == b'.'
    })?;
    Some(&site[..site.len() - p.len() - 1])
}

/// Site and app hosts the public suffix list already separates
/// (`acme.wixsite.com` is a registrable domain of its own), whose tenants
/// name themselves as on [`TENANT_PLATFORMS`].
const LISTED_PLATFORMS: &[&str] = &[
    "wixsite.com",
    "wixstudio.io",
    "github.io",
    "gitlab.io",
    "myshopify.com",
    "blogspot.com",
    "herokuapp.com",
    "azurewebsites.net",
    "netlify.app",
    "vercel.app",
    "webflow.io",
    "carrd.co",
    "notion.site",
    "pages.dev",
    "web.app",
    "firebaseapp.com",
    "appspot.com",
    "yolasite.com",
    "framer.website",
    "readthedocs.io",
];

/// Platforms whose every subdomain is a different customer's site or mail
/// tenant, missing from the public suffix list (which has `wixsite.com`,
/// `github.io`, `myshopify.com`, `blogspot.com`): Microsoft 365's default
/// tenant domains, site builders, blog hosts and the storefronts of Chinese
/// B2B marketplaces, which companies give as their website. Longer
/// suffixes first (`en.alibaba.com` before `alibaba.com`).
const TENANT_PLATFORMS: &[&str] = &[
    "en.made-in-china.com",
    "en.alibaba.com",
    "mail.onmicrosoft.com",
    "onmicrosoft.com",
    "my.canva.site",
    "sharepoint.com",
    "wordpress.com",
    "weebly.com",
    "squarespace.com",
    "business.site",
    "tilda.ws",
    "taplink.ws",
    "mystrikingly.com",
    "strikingly.com",
    "jimdosite.com",
    "jimdofree.com",
    "site123.me",
    "godaddysites.com",
    "webnode.page",
    "webnode.com",
    "tumblr.com",
    "livejournal.com",
    "canva.site",
    "hubspotpagebuilder.com",
    "ukit.me",
    "mozello.com",
    "tiiny.site",
    "hostingersite.com",
    "webador.com",
    "sitey.me",
    "000webhostapp.com",
    "tistory.com",
    "narod.ru",
    "ucoz.ru",
    "ucoz.net",
    "bitrix24.ru",
    "bitrix24.com",
    "made-in-china.com",
    "alibaba.com",
    "1688.com",
    "taobao.com",
    "tmall.com",
    "shoplineapp.com",
];

/// One DNS label from its ACE form (`xn--...`, RFC 3492 Punycode) to
/// Unicode; any other label, or one that does not decode, as given.
fn punycode_label(label: &str) -> std::borrow::Cow<'_, str> {
    use std::borrow::Cow;
    let Some(enc) = label.strip_prefix("xn--") else {
        return Cow::Borrowed(label);
    };
    match punycode_decode(enc) {
        Some(s) => Cow::Owned(s),
        None => Cow::Borrowed(label),
    }
}

/// RFC 3492 section 6.2 decoding.
pub(super) fn punycode_decode(input: &str) -> Option<String> {
    const BASE: u32 = 36;
    const TMIN: u32 = 1;
    const TMAX: u32 = 26;
    fn adapt(delta: u32, points: u32, first: bool) -> u32 {
        let mut delta = if first { delta / 700 } else { delta / 2 };
        delta += delta / points;
        let mut k = 0;
        while delta > ((BASE - TMIN) * TMAX) / 2 {
            delta /= BASE - TMIN;
            k += BASE;
        }
        k + (BASE - TMIN + 1) * delta / (delta + 38)
    }
    let (basic, rest) = match input.rfind('-') {
        Some(p) => (&input[..p], &input[p + 1..]),
        None => ("", input),
    };
    if !basic.is_ascii() {
        return None;
    }
    let mut out: Vec<char> = basic.chars().collect();
    let (mut n, mut i, mut bias) = (128u32, 0u32, 72u32);
    let mut it = rest.bytes().peekable();
    while it.peek().is_some() {
        let old_i = i;
        let mut w = 1u32;
        let mut k = BASE;
        loop {
            let digit = match it.next()? {
                c @ b'a'..=b'z' => u32::from(c - b'a'),
                c @ b'0'..=b'9' => u32::from(c - b'0') + 26,
                _ => return None,
            };
            i = i.checked_add(digit.checked_mul(w)?)?;
            let t = if k <= bias {
                TMIN
            } else if k >= bias + TMAX {
                TMAX
            } else {
                k - bias
            };
            if digit < t {
                break;
            }
            w = w.checked_mul(BASE - t)?;
            k += BASE;
        }
        let len = out.len() as u32 + 1;
        bias = adapt(i - old_i, len, old_i == 0);
        n = n.checked_add(i / len)?;
        i %= len;
        out.insert(i as usize, char::from_u32(n)?);
        i += 1;
    }
    Some(out.into_iter().collect())
}

/// An email address as a mailbox (lower case, `+tag` dropped, dots in Gmail
/// local parts dropped) and its registrable domain. The domain is `None` for
/// free-mail providers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NormalEmail {
    pub mailbox: String,
    pub domain: Option<String>,
}

pub fn normalize_email(s: &str) -> Option<NormalEmail> {
    // RFC 5322 name-addr (`Taro Yamada <taro@acme.co.jp>`): the address is
    // what is inside the angle brackets.
    let mut t = s.trim();
    if let Some((_, inner)) = t.rsplit_once('<') {
        t = inner.split('>').next().unwrap_or(inner);
    }
    // Quotes, brackets and sentence punctuation around a pasted address.
    let t = t
        .trim_matches(|c: char| c.is_whitespace() || "\"'<>()[]{},;:.".contains(c))
        .trim_start_matches("mailto:")
        .to_ascii_lowercase();
    let (local, host) = t.rsplit_once('@')?;
    let local = local.split('+').next().unwrap_or(local);
    if local.is_empty() || host.is_empty() {
        return None;
    }
    let domain = registrable_domain(host)?;
    let local = if domain == "gmail.com" || domain == "googlemail.com" {
        local.replace('.', "")
    } else {
        local.to_string()
    };
    if is_placeholder_mailbox(&local, &domain) {
        return None;
    }
    let mailbox = format!("{local}@{domain}");
    let domain =
        if is_free_mail(&domain) || is_academic_mail(&domain) || is_government_domain(&domain) {
            None
        } else {
            Some(domain)
        };
    Some(NormalEmail { mailbox, domain })
}

/// Whether a mailbox is filler a form was given: at a domain reserved for
/// examples (RFC 2606: `example.com`, `*.test`, `*.invalid`; and any
/// `example.*`), a filler
/// word (`test`, `none`, `na`, `noreply`, one letter) at a free-mail
/// domain or at a domain named the same filler (`test@test.com`,
/// `na@na.com`, `a@a.com`), or a role's name at a free-mail domain
/// (`ops@gmail.com`, `billing@qq.com`). Strangers type the same one; a
/// company's own `admin@acme.com` is a mailbox.
fn is_placeholder_mailbox(local: &str, domain: &str) -> bool {
    const FILLER: &[&str] = &[
        "test",
        "testing",
        "tester",
        "example",
        "sample",
        "demo",
        "fake",
        "none",
        "null",
        "nil",
        "na",
        "nomail",
        "noemail",
        "noreply",
        "no-reply",
        "donotreply",
        "asdf",
        "qwerty",
        "abc",
        "xxx",
        "admin",
        "user",
        "email",
        "mail",
    ];
    let label = domain.split('.').next().unwrap_or(domain);
    let tld = domain.rsplit('.').next().unwrap_or(domain);
    if label == "example" || matches!(tld, "test" | "example" | "invalid" | "localhost") {
        return true;
    }
    // A department's or role's name is a company's mailbox at its own
    // domain; at a free-mail provider, which gives each name to one person,
    // strangers typing `ops@gmail.com` or `billing@qq.com` invent it.
    const ROLES: &[&str] = &[
        "ops",
        "info",
        "billing",
        "support",
        "contact",
        "sales",
        "office",
        "hello",
        "team",
        "dev",
        "it",
        "hr",
        "finance",
        "accounts",
        "service",
        "enquiries",
        "webmaster",
    ];
    let filler = |w: &str| {
        FILLER.contains(&w) || (w.len() == 1 && w.bytes().all(|b| b.is_ascii_alphabetic()))
    };
    (filler(local) && (is_free_mail(domain) || (label == local)))
        || (ROLES.contains(&local) && is_free_mail(domain))
}

/// Whether a record could have spelt a free-mail mailbox (`local@domain`,
/// as `normalize_email` gives it) from its own company name or people:
/// the local part, without `.`, `_` and `-`, has no digit and either is one
/// or two letters (anyone's guess), starts with a run of words of one of
/// its names of four letters or more, or is such a run whole however short
/// (`huaxin` from `华信科技`, `stroyinvesttech` from `Stroyinvest LLC`,
/// `abc` from `ABC Ltd`; `names` holds the company name and the labels of
/// its own domains, `golden-group`), starts a name word of four letters or
/// more (`prime` for `PrimeSolutions`), or is spelt by a person's name
/// words, the first or the last of them perhaps only its initial
/// (`jsmith`, `smithj`, `smithjohn`), or is one of them alone (`goh`). `persons` are normalised
/// person names (`normalize_person`). Such a mailbox is a guess anyone
/// with that name could make, not a secret only one party knows.
pub fn mailbox_spelled_by(mailbox: &str, names: &[&str], persons: &[&str]) -> bool {
    let Some(letters) = handle_letters(mailbox) else {
        return false;
    };
    // One or two letters (`s@`, `jk@`): anyone's guess.
    if letters.len() < 3 {
        return !letters.is_empty();
    }
    for words in names.iter().map(|n| ascii_tokens(n)) {
        for i in 0..words.len() {
            // The start of a word run together from two (`prime@` for
            // `PrimeSolutions`).
            if letters.len() >= 4 && words[i].starts_with(letters.as_str()) {
                return true;
            }
            let mut run = String::new();
            for w in &words[i..] {
                run.push_str(w);
                if !letters.starts_with(&run) {
                    break;
                }
                // A shorter run only when it is the whole mailbox (`goh@`
                // for `Ivan Goh`).
                if run.len() >= 4 || run == letters {
                    return true;
                }
            }
        }
    }
    // Each name word once; at most four, so the search stays tiny.
    fn spelt(rest: &str, words: &[&str], used: u32, pieces: u32) -> bool {
        if rest.is_empty() {
            return pieces >= 2;
        }
        words.iter().enumerate().any(|(i, w)| {
            if used & (1 << i) != 0 {
                return false;
            }
            let next = used | (1 << i);
            (rest.starts_with(w) && spelt(&rest[w.len()..], words, next, pieces + 1))
                // Or its initial last (`sharmas`, `smithj`).
                || (pieces > 0 && rest.len() == 1 && rest.as_bytes()[0] == w.as_bytes()[0])
                || (pieces == 0
                    && rest.len() > 1
                    && rest.as_bytes()[0] == w.as_bytes()[0]
                    && spelt(&rest[1..], words, next, pieces + 1))
        })
    }
    persons.iter().any(|p| {
        let words: Vec<&str> = p.split(' ').filter(|w| !w.is_empty()).take(4).collect();
        // One of its words alone (`anouk@`, `shahrul@`, `goh@`): as
        // guessable as the whole name.
        words.contains(&letters.as_str()) || (words.len() >= 2 && spelt(&letters, &words, 0, 0))
    })
}

/// The names a Korean company written in Hangul takes on a platform, in
/// the Revised Romanization domains and pages use: every run of two or
/// more syllables at the start of a Hangul word, each syllable read alone
/// with its final consonant as at the end of a word (`새벽랩스` gives
/// `saebyeok`, `saebyeokraep`, `saebyeokraepseu`; `한빛` gives `hanbit`).
/// Sound changes across syllables (`saebyeongnaepseu`) are not applied: a
/// company picking its page writes the syllables it sees.
pub fn hangul_page_names(name: &str) -> Vec<String> {
    const INITIALS: [&str; 19] = [
        "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t",
        "p", "h",
    ];
    const MEDIALS: [&str; 21] = [
        "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo",
        "we", "wi", "yu", "eu", "ui", "i",
    ];
    // Finals at the end of a word: `ㄱ ㄲ ㄳ ㄺ ㅋ` read k, `ㄷ ㅅ ㅆ ㅈ ㅊ
    // ㅌ ㅎ` t, `ㅂ ㅄ ㅍ ㄿ` p.
    const FINALS: [&str; 28] = [
        "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p",
        "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t",
    ];
    let mut out = Vec::new();
    for word in name.split(|c: char| !('\u{AC00}'..='\u{D7A3}').contains(&c)) {
        let mut run = String::new();
        for (i, c) in word.chars().enumerate() {
            let code = c as usize - 0xAC00;
            run.push_str(INITIALS[code / 588]);
            run.push_str(MEDIALS[(code % 588) / 28]);
            run.push_str(FINALS[code % 28]);
            if i >= 1 {
                out.push(run.clone());
            }
        }
    }
    out
}

/// Website URL to its registrable domain: scheme, credentials, port, path,
/// query and `www.` dropped.
pub fn normalize_website(s: &str) -> Option<String> {
    let mut t = s.trim().to_ascii_lowercase();
    if let Some(i) = t.find("://") {
        t = t[i + 3..].to_string();
    }
    let t = t.trim_start_matches("//");
    let host = t.split(['/', '?', '#']).next().unwrap_or("");
    let host = host.rsplit('@').next().unwrap_or(host);
    let host = host.split(':').next().unwrap_or(host);
    let host = host.trim_start_matches("www.");
    if host.is_empty() || !host.contains('.') {
        return None;
    }
    let domain = registrable_domain(host)?;
    // A university's site is the institution's, given by its students,
    // researchers and labs who never met, as its mail domain is; a
    // department's or a professor's page on it (`ox.ac.uk/ml`,
    // `mit.edu/~wang`) is as widely shared.
    if is_university_domain(&domain) {
        return None;
    }
    let rest = &t[t.find(['/', '?', '#']).unwrap_or(t.len())..];
    Some(match profile_path(host, &domain, rest) {
        Some(profile) => format!("{domain}/{}", profile.to_lowercase()),
        None => domain,
    })
}

/// The page of one company or person on a social network, messenger,
/// link-in-bio or page host, which companies give as their website
/// (`linkedin.com/company/acme`, `t.me/acmeai`, `sites.google.com/view/acme`):
/// the path that names it, lower case, or `None` for any other site (whose
/// domain is the site) or a page that names no one (`facebook.com/`,
/// `linkedin.com/feed`, `facebook.com/events/123`, `t.me/joinchat/...`).
/// `path` is what follows the host (a path, a query or nothing).
fn profile_path(host: &str, domain: &str, path: &str) -> Option<String> {
    let path = path.split('#').next().unwrap_or(path);
    let (path, query) = path.split_once('?').unwrap_or((path, ""));
    let mut segs: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    // `t.me/s/acme` is the web preview of `t.me/acme`.
    if matches!(domain, "t.me" | "telegram.me") && segs.first() == Some(&"s") {
        segs.remove(0);
    }
    let first = |n: usize| -> Option<String> {
        let s = segs.get(..n)?;
        let last = s.last()?;
        let last = last.trim_start_matches('@');
        // A file (`permalink.php`, `index.html`) is no one's name.
        (last.chars().filter(|c| c.is_alphanumeric()).count() >= 2 && !last.contains('.')).then(
            || {
                let mut s: Vec<&str> = s.to_vec();
                let k = s.len() - 1;
                s[k] = last;
                s.join("/")
            },
        )
    };
    // Pages of the platform itself, not of anyone on it.
    const NOT_A_PAGE: &[&str] = &[
        "about",
        "feed",
        "home",
        "login",
        "search",
        "share",
        "sharer",
        "sharer.php",
        "help",
        "groups",
        "watch",
        "explore",
        "hashtag",
        "intent",
        "pages",
        "people",
        "policies",
        "legal",
        "privacy",
        "settings",
        "signup",
        "jobs",
        "posts",
        "photos",
        "events",
        "joinchat",
        "stories",
        "reel",
        "reels",
        "tv",
        "live",
        "question",
        "topic",
        "business",
        "marketplace",
        "notifications",
        "messages",
    ];
    let named = |s: &&str| !NOT_A_PAGE.contains(s);
    match domain {
        "linkedin.com" => match segs.first().copied() {
            Some("company" | "in" | "school" | "showcase") => first(2),
            _ => None,
        },
        "google.com" if host == "sites.google.com" => match segs.first().copied() {
            Some("view" | "site") => first(2).map(|p| format!("sites/{p}")),
            _ => None,
        },
        "facebook.com" | "fb.com" => {
            if segs.first() == Some(&"profile.php") {
                let id = query.split('&').find_map(|kv| kv.strip_prefix("id="))?;
                return (!id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()))
                    .then(|| format!("profile.php?id={id}"));
            }
            match segs.first().copied() {
                Some("pg") => first(2),
                Some(s) if named(&s) => first(1),
                _ => None,
            }
        }
        "youtube.com" => match segs.first().copied() {
            Some("c" | "channel" | "user") => first(2),
            Some(s) if s.starts_with('@') => first(1),
            _ => None,
        },
        "t.me" | "telegram.me" | "instagram.com" | "twitter.com" | "x.com" | "vk.com"
        | "github.com" | "gitlab.com" | "linktr.ee" | "taplink.cc" | "tiktok.com" | "weibo.com"
        | "wa.me" | "medium.com" | "behance.net" | "crunchbase.com" | "threads.net" | "ok.ru"
        | "zhihu.com" | "douyin.com" | "xiaohongshu.com" => match (domain, segs.first().copied()) {
            ("crunchbase.com", Some("organization")) => first(2),
            ("zhihu.com", Some("org" | "people")) => first(2),
            ("douyin.com" | "xiaohongshu.com", Some("user")) => first(2),
            ("ok.ru", Some("group")) => first(2),
            ("github.com", Some("orgs")) => first(2),
            ("zhihu.com" | "douyin.com" | "xiaohongshu.com", _) => None,
            (_, Some(s)) if named(&s) && domain != "crunchbase.com" => first(1),
            _ => None,
        },
        _ => None,
    }
}
