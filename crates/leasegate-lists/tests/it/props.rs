//! Parsing never panics, whatever the bytes.

use leasegate_lists::parse::{parse_format, Format};
use proptest::prelude::*;

const FORMATS: [Format; 8] = [
    Format::CslCsv,
    Format::CslJson,
    Format::OfacSdnXml,
    Format::OfacSdnCsv,
    Format::OfacEnhancedXml,
    Format::UnXml,
    Format::EuFsfXml,
    Format::BisDplTxt,
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let _ = leasegate_lists::parse_bytes(&bytes);
        for f in FORMATS {
            let _ = parse_format(f, &bytes);
        }
    }

    #[test]
    fn mutated_fixtures_never_panic(seed in any::<u64>(), cut in 0usize..6000, flip in 0usize..6000) {
        for fixture in [&include_bytes!("../fixtures/sdn.xml")[..], include_bytes!("../fixtures/csl_2022.csv"), include_bytes!("../fixtures/eu.xml")] {
            let mut b = fixture.to_vec();
            if !b.is_empty() {
                let i = flip % b.len();
                b[i] ^= (seed & 0xff) as u8;
            }
            b.truncate(cut.min(b.len()));
            let _ = leasegate_lists::parse_bytes(&b);
        }
    }
}
