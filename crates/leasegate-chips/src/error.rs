use leasegate_core::ErrorCode;

/// Everything this crate can refuse. Codes are stable (see `code()`).
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ChipsError {
    #[error("unknown chip {id:?}{}", suggest(.suggestions))]
    UnknownChip {
        id: String,
        suggestions: Vec<String>,
    },
    #[error("missing figure: {what}")]
    MissingFigure { what: String },
    #[error("invalid value for {field}: {value:?} ({why})")]
    InvalidValue {
        field: String,
        value: String,
        why: String,
    },
    #[error("unknown precision {0:?}: expected one of FP4, INT4, FP8, INT8, FP16, BF16, TF32, FP32, FP64")]
    UnknownPrecision(String),
    #[error("unknown country {0:?}: not an ISO 3166-1 alpha-2 code in the country table")]
    UnknownCountry(String),
    #[error("date {date} is outside the country table, which starts on {valid_from}")]
    DateOutOfRange { date: String, valid_from: String },
    #[error("invalid data file {file}: {message}")]
    InvalidData { file: String, message: String },
}

fn suggest(s: &[String]) -> String {
    if s.is_empty() {
        "; run `leasegate chips list` for the catalog".to_string()
    } else {
        format!("; did you mean {}?", s.join(", "))
    }
}

impl ErrorCode for ChipsError {
    fn code(&self) -> &'static str {
        match self {
            ChipsError::UnknownChip { .. } => "unknown_chip",
            ChipsError::MissingFigure { .. } => "missing_figure",
            ChipsError::InvalidValue { .. } => "invalid_value",
            ChipsError::UnknownPrecision(_) => "unknown_precision",
            ChipsError::UnknownCountry(_) => "unknown_country",
            ChipsError::DateOutOfRange { .. } => "date_out_of_range",
            ChipsError::InvalidData { .. } => "invalid_data",
        }
    }
    fn is_user_error(&self) -> bool {
        // A broken embedded file is our bug; a broken override file in the
        // data dir is the operator's, but either way the request cannot be
        // served, so only InvalidData is internal.
        !matches!(self, ChipsError::InvalidData { .. })
    }
}

impl ChipsError {
    pub(crate) fn invalid(
        field: impl Into<String>,
        value: impl Into<String>,
        why: impl Into<String>,
    ) -> Self {
        ChipsError::InvalidValue {
            field: field.into(),
            value: value.into(),
            why: why.into(),
        }
    }
}
