//! Property tests: any query yields scores in [0, 1], best first, within the limit.

use crate::fixtures::index;
use leasegate_screen::{Query, Thresholds};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    #[test]
    fn scores_in_unit_interval(name in "(Huawei|Sense|Time|Abbas|Rim|Co|Ltd|709|[a-z]{1,8}|\\p{Han}{1,3}| ){1,6}", limit in 1usize..8) {
        let ix = index();
        let t = Thresholds { review: 0.0, match_: 0.5 };
        let m = ix.screen(&Query::name(name), &t, limit);
        prop_assert!(m.len() <= limit);
        for w in m.windows(2) {
            prop_assert!(w[0].score >= w[1].score);
        }
        for x in &m {
            prop_assert!((0.0..=1.0).contains(&x.score), "{}", x.score);
            prop_assert!((0.0..=1.0).contains(&x.details.name_score));
        }
    }
}
