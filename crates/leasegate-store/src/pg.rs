//! PostgreSQL backend (`tokio-postgres` driven by a private one-thread
//! runtime per connection, see [`Client`]). Writers serialise on
//! `LOCK TABLE audit_log IN EXCLUSIVE MODE` (readers are not blocked), which
//! keeps the audit chain linear; the exclusion constraint on `allocations`
//! refuses double booking even if application code were wrong.

use crate::group::{Group, WriterConn};
use crate::sql::{dollar_params, NodeCache, Row, Tx, Val, SYNC_AUDIT_HEAD};
use crate::{Migration, Store, StoreError};
use leasegate_core::Clock;
use std::collections::HashMap;
use std::error::Error;
use std::future::Future;
use std::sync::{Arc, Mutex, OnceLock, Weak};
use tokio_postgres::error::SqlState;
use tokio_postgres::types::{to_sql_checked, IsNull, ToSql, Type};
use tokio_postgres::{NoTls, Row as PgRow, Statement};

const BACKEND: &str = "postgres";

/// (version, name, SQL). Append only; never edit a shipped migration.
const MIGRATIONS: &[(i64, &str, &str)] = &[
    (1, "initial", include_str!("schema_pg.sql")),
    (2, "audit_head", include_str!("schema_pg_2.sql")),
    (3, "allocations_gpu_key", include_str!("schema_pg_3.sql")),
];

/// The advisory lock that serialises concurrent migrations of any schema in
/// the database. Anything else that changes database-wide objects (the
/// `btree_gist` extension) takes it too: two concurrent `CREATE EXTENSION IF
/// NOT EXISTS` on a fresh database fail with a unique violation.
pub const MIGRATION_LOCK: i64 = 0x6c65_6173_6567_6174; // "leasegat"

fn db_err(e: tokio_postgres::Error) -> StoreError {
    if let Some(db) = e.as_db_error() {
        let c = db.code();
        if *c == SqlState::EXCLUSION_VIOLATION
            || *c == SqlState::UNIQUE_VIOLATION
            || *c == SqlState::FOREIGN_KEY_VIOLATION
            || *c == SqlState::CHECK_VIOLATION
            || *c == SqlState::INTEGRITY_CONSTRAINT_VIOLATION
        {
            return StoreError::Constraint {
                backend: BACKEND,
                message: db.message().to_string(),
            };
        }
        return StoreError::Db {
            backend: BACKEND,
            message: format!("{}: {}", c.code(), db.message()),
        };
    }
    // "error connecting to server" alone does not say why: add the causes
    // ("Connection refused (os error 111)").
    let mut message = e.to_string();
    let mut cause = e.source();
    while let Some(c) = cause {
        message.push_str(": ");
        message.push_str(&c.to_string());
        cause = c.source();
    }
    StoreError::Db {
        backend: BACKEND,
        message,
    }
}

impl ToSql for Val {
    fn to_sql(
        &self,
        ty: &Type,
        out: &mut tokio_postgres::types::private::BytesMut,
    ) -> Result<IsNull, Box<dyn Error + Sync + Send>> {
        match self {
            Val::I(v) if *ty == Type::INT4 => i32::try_from(*v)?.to_sql(ty, out),
            Val::I(v) => v.to_sql(ty, out),
            Val::T(s) => s.to_sql(ty, out),
            Val::Null => Ok(IsNull::Yes),
        }
    }
    fn accepts(_ty: &Type) -> bool {
        true
    }
    to_sql_checked!();
}

type Params<'a> = [&'a (dyn ToSql + Sync)];

/// A blocking PostgreSQL client: `tokio-postgres` on a current-thread
/// runtime owned by the connection, so the CLI and the store API stay
/// synchronous. It replaces the `postgres` crate's wrapper (the same design)
/// because that one cannot pipeline: [`Client::query`] can send two
/// statements before waiting for either, which saves the savepoint's round
/// trip on every operation of a group-commit batch (+24% creations per
/// second on PostgreSQL, see docs/BENCHMARKS.md, "Sixth session").
struct Client {
    rt: tokio::runtime::Runtime,
    client: tokio_postgres::Client,
}

type PgResult<T> = Result<T, tokio_postgres::Error>;

impl Client {
    fn connect(url: &str) -> Result<Self, StoreError> {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| StoreError::Db {
                backend: BACKEND,
                message: format!("cannot start the client runtime: {e}"),
            })?;
        let (client, connection) = rt
            .block_on(tokio_postgres::connect(url, NoTls))
            .map_err(db_err)?;
        // A current-thread runtime runs spawned tasks only inside `block_on`,
        // which every call below is: the socket is driven exactly while a
        // caller waits on it. A broken connection surfaces as the waiting
        // call's error and as `is_closed`.
        rt.spawn(async move {
            let _ = connection.await;
        });
        Ok(Self { rt, client })
    }
    fn batch_execute(&mut self, sql: &str) -> PgResult<()> {
        self.rt.block_on(self.client.batch_execute(sql))
    }
    fn prepare(&mut self, sql: &str) -> PgResult<Statement> {
        self.rt.block_on(self.client.prepare(sql))
    }
    fn execute(&mut self, sql: &str, p: &Params<'_>) -> PgResult<u64> {
        self.rt.block_on(self.client.execute(sql, p))
    }
    fn query_one(&mut self, sql: &str, p: &Params<'_>) -> PgResult<PgRow> {
        self.rt.block_on(self.client.query_one(sql, p))
    }
    /// Runs `st`; with `first` (a statement without parameters or rows) sent
    /// ahead of it in the same round trip. The server runs them in order; if
    /// `first` fails, `st` fails too (the transaction is aborted),
    /// `first`'s error is returned and `first_failed` is set.
    fn query(
        &mut self,
        first: Option<&Statement>,
        st: &Statement,
        p: &Params<'_>,
        first_failed: &mut bool,
    ) -> PgResult<Vec<PgRow>> {
        self.pipelined(first, self.client.query(st, p), first_failed)
    }
    /// [`Client::query`] for a statement whose affected row count is wanted.
    fn exec(
        &mut self,
        first: Option<&Statement>,
        st: &Statement,
        p: &Params<'_>,
        first_failed: &mut bool,
    ) -> PgResult<u64> {
        self.pipelined(first, self.client.execute(st, p), first_failed)
    }
    fn pipelined<T>(
        &self,
        first: Option<&Statement>,
        then: impl Future<Output = PgResult<T>>,
        first_failed: &mut bool,
    ) -> PgResult<T> {
        let Some(first) = first else {
            return self.rt.block_on(then);
        };
        // `join` polls `first` before `then`, and each request is queued on
        // its first poll, so the order on the wire is `first`, `then`.
        let (a, b) = self.rt.block_on(futures_util::future::join(
            self.client.execute(first, &[]),
            then,
        ));
        if let Err(e) = a {
            *first_failed = true;
            return Err(e);
        }
        b
    }
    fn is_closed(&self) -> bool {
        self.client.is_closed()
    }
}

struct Conn {
    client: Client,
    statements: HashMap<String, Statement>,
    nodes: NodeCache,
    /// The group-commit writer asked for a savepoint and no statement has
    /// run since: it is sent together with the operation's first statement
    /// (see [`Client::query`]). An operation that runs no statement never
    /// creates it, and has nothing to roll back.
    savepoint_pending: bool,
    /// The operation's savepoint was sent and refused: a rollback to `op`
    /// would reach the operation before, so the batch must be abandoned.
    savepoint_refused: bool,
}

/// Most prepared statements kept per connection.
const MAX_STATEMENTS: usize = 256;

impl Conn {
    fn statement(&mut self, sql: &str) -> Result<Statement, StoreError> {
        if let Some(s) = self.statements.get(sql) {
            return Ok(s.clone());
        }
        let st = self.client.prepare(&dollar_params(sql)).map_err(db_err)?;
        if self.statements.len() >= MAX_STATEMENTS {
            self.statements.clear();
        }
        self.statements.insert(sql.to_string(), st.clone());
        Ok(st)
    }
}

const SAVEPOINT: &str = "SAVEPOINT op";

impl Conn {
    /// The statement for `sql` and the savepoint to send ahead of it, if one
    /// is pending. The flag is cleared here: once sent, the savepoint exists
    /// even if the statement behind it fails, and a rollback must use it.
    fn prepared(&mut self, sql: &str) -> Result<(Statement, Option<Statement>), StoreError> {
        let st = self.statement(sql)?;
        let sp = if self.savepoint_pending {
            let sp = self.statement(SAVEPOINT)?;
            self.savepoint_pending = false;
            Some(sp)
        } else {
            None
        };
        Ok((st, sp))
    }
}

impl Tx for Conn {
    fn query(&mut self, sql: &str, params: &[Val]) -> Result<Vec<Row>, StoreError> {
        let (st, sp) = self.prepared(sql)?;
        let p: Vec<&(dyn ToSql + Sync)> = params.iter().map(|v| v as &(dyn ToSql + Sync)).collect();
        let rows = self
            .client
            .query(sp.as_ref(), &st, &p, &mut self.savepoint_refused)
            .map_err(db_err)?;
        let mut out = Vec::with_capacity(rows.len());
        for r in rows {
            let mut v = Vec::with_capacity(r.len());
            for (i, c) in r.columns().iter().enumerate() {
                let t = c.type_();
                let val = if *t == Type::INT8 {
                    r.try_get::<_, Option<i64>>(i).map_err(db_err)?.map(Val::I)
                } else if *t == Type::INT4 {
                    r.try_get::<_, Option<i32>>(i)
                        .map_err(db_err)?
                        .map(|x| Val::I(i64::from(x)))
                } else if *t == Type::INT2 {
                    r.try_get::<_, Option<i16>>(i)
                        .map_err(db_err)?
                        .map(|x| Val::I(i64::from(x)))
                } else if *t == Type::BOOL {
                    r.try_get::<_, Option<bool>>(i)
                        .map_err(db_err)?
                        .map(|x| Val::I(i64::from(x)))
                } else {
                    r.try_get::<_, Option<String>>(i)
                        .map_err(db_err)?
                        .map(Val::T)
                };
                v.push(val.unwrap_or(Val::Null));
            }
            out.push(Row(v));
        }
        Ok(out)
    }
    fn exec(&mut self, sql: &str, params: &[Val]) -> Result<u64, StoreError> {
        let (st, sp) = self.prepared(sql)?;
        let p: Vec<&(dyn ToSql + Sync)> = params.iter().map(|v| v as &(dyn ToSql + Sync)).collect();
        self.client
            .exec(sp.as_ref(), &st, &p, &mut self.savepoint_refused)
            .map_err(db_err)
    }
    fn backend(&self) -> &'static str {
        BACKEND
    }
    fn node_cache(&mut self) -> Option<&mut NodeCache> {
        Some(&mut self.nodes)
    }
}

impl WriterConn for Conn {
    fn begin(&mut self) -> Result<(), StoreError> {
        self.savepoint_pending = false;
        self.savepoint_refused = false;
        let r = self
            .client
            .batch_execute(
                "BEGIN ISOLATION LEVEL READ COMMITTED; LOCK TABLE audit_log IN EXCLUSIVE MODE",
            )
            .map_err(db_err);
        if r.is_err() {
            let _ = self.client.batch_execute("ROLLBACK");
        }
        r
    }
    fn savepoint(&mut self) -> Result<(), StoreError> {
        self.savepoint_refused = false;
        // Sent with the operation's first statement (see `savepoint_pending`).
        self.savepoint_pending = true;
        Ok(())
    }
    fn release(&mut self) -> Result<(), StoreError> {
        self.savepoint_pending = false;
        // Savepoints end with the transaction; releasing each one would only
        // cost a round trip (a later `ROLLBACK TO op` names the newest).
        Ok(())
    }
    fn rollback_to(&mut self) -> Result<(), StoreError> {
        if std::mem::take(&mut self.savepoint_pending) {
            // The operation ran no statement: there is nothing to undo, and
            // `ROLLBACK TO op` would undo the operation before it.
            return Ok(());
        }
        if std::mem::take(&mut self.savepoint_refused) {
            return Err(StoreError::Db {
                backend: BACKEND,
                message: "the operation's savepoint was refused; the batch is abandoned".into(),
            });
        }
        self.client
            .batch_execute("ROLLBACK TO SAVEPOINT op")
            .map_err(db_err)
    }
    fn commit(&mut self) -> Result<(), StoreError> {
        self.savepoint_pending = false;
        // One round trip for both.
        self.client
            .batch_execute(&format!("{SYNC_AUDIT_HEAD}; COMMIT"))
            .map_err(db_err)
    }
    fn rollback(&mut self) {
        self.savepoint_pending = false;
        let _ = self.client.batch_execute("ROLLBACK");
    }
    fn tx(&mut self) -> &mut dyn Tx {
        self
    }
    fn backend(&self) -> &'static str {
        BACKEND
    }
    fn is_broken(&self) -> bool {
        self.client.is_closed()
    }
}

pub struct PgStore {
    conn: Mutex<Conn>,
    clock: Arc<dyn Clock>,
    schema: Option<String>,
    writer: Arc<Group<Conn>>,
}

fn valid_schema(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 63
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

/// Connects, optionally switching to (and creating) `schema`.
fn connect(url: &str, schema: Option<&str>) -> Result<Conn, StoreError> {
    let mut client = Client::connect(url)?;
    if let Some(s) = schema {
        if !valid_schema(s) {
            return Err(StoreError::Db {
                backend: BACKEND,
                message: format!("invalid schema name {s:?}"),
            });
        }
        client
            .batch_execute(&format!(
                "CREATE SCHEMA IF NOT EXISTS {s}; SET search_path TO {s}, public"
            ))
            .map_err(db_err)?;
    }
    Ok(Conn {
        client,
        statements: HashMap::new(),
        nodes: NodeCache::default(),
        savepoint_pending: false,
        savepoint_refused: false,
    })
}

/// One group-commit writer connection per database and schema in this
/// process (see [`crate::group`]): all `PgStore`s on it batch their writes,
/// and the batch commits (one WAL flush) with `LOCK TABLE audit_log` held
/// once, so other processes are excluded as before.
fn writer_group(url: &str, schema: Option<&str>) -> Arc<Group<Conn>> {
    type Key = (String, Option<String>);
    static GROUPS: OnceLock<Mutex<HashMap<Key, Weak<Group<Conn>>>>> = OnceLock::new();
    let key = (url.to_string(), schema.map(str::to_string));
    let mut m = GROUPS
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    if let Some(g) = m.get(&key).and_then(Weak::upgrade) {
        return g;
    }
    m.retain(|_, w| w.strong_count() > 0);
    let (u, sc) = key.clone();
    let g = Arc::new(Group::new(Box::new(move || connect(&u, sc.as_deref()))));
    m.insert(key, Arc::downgrade(&g));
    g
}

impl PgStore {
    /// Connects, optionally switching to (and creating) `schema`, and migrates.
    pub fn open(
        url: &str,
        schema: Option<&str>,
        clock: Arc<dyn Clock>,
    ) -> Result<Self, StoreError> {
        let st = Self::open_unmigrated(url, schema, clock)?;
        st.migrate()?;
        Ok(st)
    }

    /// Connects without applying migrations, so that [`Store::migrate`]
    /// can report what it applies (`db migrate`).
    pub fn open_unmigrated(
        url: &str,
        schema: Option<&str>,
        clock: Arc<dyn Clock>,
    ) -> Result<Self, StoreError> {
        Ok(Self {
            conn: Mutex::new(connect(url, schema)?),
            clock,
            schema: schema.map(str::to_string),
            writer: writer_group(url, schema),
        })
    }

    pub fn schema(&self) -> Option<&str> {
        self.schema.as_deref()
    }

    fn run(
        &self,
        begin: &str,
        f: &mut dyn FnMut(&mut dyn Tx) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        let mut c = self.conn.lock().unwrap_or_else(|e| e.into_inner());
        c.client.batch_execute(begin).map_err(db_err)?;
        match f(&mut *c) {
            Ok(()) => c.client.batch_execute("COMMIT").map_err(|e| {
                let _ = c.client.batch_execute("ROLLBACK");
                db_err(e)
            }),
            Err(e) => {
                c.client.batch_execute("ROLLBACK").map_err(db_err)?;
                Err(e)
            }
        }
    }
}

impl Store for PgStore {
    fn backend(&self) -> &'static str {
        BACKEND
    }
    fn clock(&self) -> &dyn Clock {
        self.clock.as_ref()
    }
    fn migrate(&self) -> Result<Vec<Migration>, StoreError> {
        let known = MIGRATIONS.last().map_or(0, |m| m.0);
        let mut c = self.conn.lock().unwrap_or_else(|e| e.into_inner());
        let mut applied = Vec::new();
        let client = &mut c.client;
        client.batch_execute("BEGIN").map_err(db_err)?;
        let res = (|| {
            client
                .execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])
                .map_err(db_err)?;
            client
                .batch_execute("CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public")
                .map_err(db_err)?;
            client
                .batch_execute(
                    "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
                )
                .map_err(db_err)?;
            let cur: i64 = client
                .query_one(
                    "SELECT COALESCE(MAX(version), 0)::BIGINT FROM schema_migrations",
                    &[],
                )
                .map_err(db_err)?
                .get(0);
            if cur > known {
                return Err(StoreError::SchemaTooNew { found: cur, known });
            }
            for (v, name, sql) in MIGRATIONS.iter().filter(|m| m.0 > cur) {
                client.batch_execute(sql).map_err(db_err)?;
                let at = self.clock.now().unix_timestamp().to_string();
                client
                    .execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)", &[v, name, &at])
                    .map_err(db_err)?;
                applied.push(Migration {
                    version: *v,
                    name: (*name).to_string(),
                });
            }
            Ok(())
        })();
        match res {
            Ok(()) => client.batch_execute("COMMIT").map_err(db_err)?,
            Err(e) => {
                let _ = client.batch_execute("ROLLBACK");
                return Err(e);
            }
        }
        c.statements.clear();
        drop(c);
        if !applied.is_empty() {
            // Plans the writer prepared may name tables that changed.
            self.writer.exclusive(|w| {
                w.statements.clear();
                Ok(())
            })?;
        }
        Ok(applied)
    }
    fn write_tx(
        &self,
        f: &mut dyn FnMut(&mut dyn Tx) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        self.writer.write(f)
    }
    fn read_tx(
        &self,
        f: &mut dyn FnMut(&mut dyn Tx) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        self.run("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", f)
    }
}
