use leasegate_core::{Clock, SystemClock};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// What every command gets from the edges: where data lives and what time it is.
pub struct Ctx {
    data_dir: PathBuf,
    pub database_url: Option<String>,
    pub clock: Arc<dyn Clock>,
}

impl Ctx {
    pub fn new(data_dir: Option<PathBuf>, database_url: Option<String>) -> Self {
        let data_dir = data_dir.unwrap_or_else(default_data_dir);
        Self {
            data_dir,
            database_url: database_url.filter(|s| !s.is_empty()),
            clock: Arc::new(SystemClock),
        }
    }

    /// The data dir, without creating it (read-only commands must not litter).
    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    /// The data dir, created if missing: for commands that write.
    pub fn data_dir_created(&self) -> anyhow::Result<&Path> {
        std::fs::create_dir_all(&self.data_dir).map_err(|e| {
            anyhow::anyhow!("cannot create data dir {}: {e}", self.data_dir.display())
        })?;
        Ok(&self.data_dir)
    }
}

fn default_data_dir() -> PathBuf {
    match std::env::var_os("HOME") {
        Some(h) => PathBuf::from(h).join(".local/share/leasegate"),
        None => PathBuf::from(".leasegate"),
    }
}
