//! Login addresses and their networks.

use super::*;

/// An IP address and its network: the /24 for IPv4, the /48 for IPv6.
/// IPv4-mapped IPv6 addresses count as IPv4. Unparseable input is kept
/// literally and has no network.
///
/// An IPv6 address is its /64 (`2001:db8:1:2::/64`): a /64 is one LAN, one
/// subscriber or one cloud subnet, and privacy extensions (RFC 8981) rotate
/// the host half daily, so two logins from one office differ only there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NormalIp {
    pub address: Parsed,
    pub prefix: Option<String>,
}

pub fn normalize_ip(s: &str) -> Option<NormalIp> {
    let t = s.trim();
    if t.is_empty() {
        return None;
    }
    let bare = ip_host_part(t);
    let parsed = padded_ipv4(bare)
        .map(IpAddr::V4)
        .ok_or(())
        .or_else(|()| bare.parse::<IpAddr>().map_err(|_| ()));
    match parsed {
        Ok(ip) => {
            let ip = ip.to_canonical();
            let prefix = match ip {
                IpAddr::V4(v4) => {
                    let o = v4.octets();
                    format!("{}.{}.{}.0/24", o[0], o[1], o[2])
                }
                IpAddr::V6(v6) => {
                    let s = v6.segments();
                    format!("{:x}:{:x}:{:x}::/48", s[0], s[1], s[2])
                }
            };
            let address = match ip {
                IpAddr::V4(v4) => v4.to_string(),
                IpAddr::V6(v6) => {
                    let s = v6.segments();
                    let net = std::net::Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0);
                    format!("{net}/64")
                }
            };
            Some(NormalIp {
                address: Parsed::Canonical(address),
                prefix: Some(prefix),
            })
        }
        Err(_) => Some(NormalIp {
            address: Parsed::Literal(t.to_string()),
            prefix: None,
        }),
    }
}

/// An IPv4 address written with its octets zero-padded (`077.090.151.063`,
/// as some logs and spreadsheets print them): decimal, as every such
/// export means it (the standard parser refuses leading zeros, which some
/// C libraries read as octal).
fn padded_ipv4(t: &str) -> Option<std::net::Ipv4Addr> {
    let mut o = [0u8; 4];
    let mut parts = t.split('.');
    for x in &mut o {
        let p = parts.next()?;
        if p.is_empty() || p.len() > 3 || !p.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        *x = p.parse().ok()?;
    }
    parts.next().is_none().then(|| o.into())
}

/// The address in `[v6]:port`, `v4:port`, `v4/32` and `v6/128` (as
/// copied from connection logs and firewall rules); anything else as given.
fn ip_host_part(t: &str) -> &str {
    if let Some(rest) = t.strip_prefix('[') {
        // `[v6]` or `[v6]:port`.
        return rest.split(']').next().unwrap_or(rest);
    }
    if let Some((a, len)) = t.split_once('/') {
        // A host, or for IPv6 a /64 (what `normalize_ip` itself writes).
        let host = if a.contains(':') {
            len == "128" || len == "64"
        } else {
            len == "32"
        };
        return if host { a } else { t };
    }
    match t.split_once(':') {
        Some((a, port))
            if !port.is_empty()
                && port.bytes().all(|b| b.is_ascii_digit())
                && padded_ipv4(a).is_some() =>
        {
            a
        }
        _ => t,
    }
}
