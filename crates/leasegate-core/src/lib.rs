//! Vocabulary shared by every Leasegate crate: validated newtypes, the
//! [`ErrorCode`] contract that the CLI and HTTP layers rely on, and the
//! injected [`Clock`].
//!
//! Nothing in here does IO.

mod clock;
mod country;
pub mod decimal;
mod money;
mod percent;

pub use clock::{Clock, ManualClock, SystemClock};
pub use country::{CountryCode, CountryError};
pub use money::{Currency, Money, MoneyError};
pub use percent::{Percent, PercentError};

/// Every library error exposes a stable snake_case code (`no_capacity`,
/// `lease_not_found`) and says whether the caller did something wrong
/// (user error, exit code 1/4 in the CLI) or the system failed (internal).
pub trait ErrorCode {
    /// Stable, documented, snake_case. Never change one once shipped.
    fn code(&self) -> &'static str;
    /// True when the input or request was at fault, false for internal failures.
    fn is_user_error(&self) -> bool;
}
