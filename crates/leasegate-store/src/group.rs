//! Group commit: concurrent writers of one process share one transaction.
//!
//! Write transactions are serialised (the audit chain is linear and the
//! allocation read-then-write must be atomic), so throughput is one over the
//! time a transaction holds the write lock, and that time includes the commit
//! (on PostgreSQL a WAL flush). Here the threads of one process that want to
//! write queue in FIFO order on one shared writer connection. The first in
//! line opens the transaction (`BEGIN IMMEDIATE` / `LOCK TABLE audit_log`,
//! exactly as a lone writer would, so other processes are excluded as
//! before); each caller then runs its own operation on its own thread inside
//! its own SAVEPOINT, so an operation that fails (no capacity, idempotency
//! conflict, a constraint) rolls back only itself and returns its own error.
//! When a caller finishes and others are waiting, it hands the open
//! transaction to the next one; the last (or the [`MAX_BATCH`]th) commits
//! once for all. A caller whose operation succeeded returns only after that
//! commit succeeded, so "Ok" means committed, as for a lone writer; if the
//! commit fails, every operation of the batch gets the error.
//!
//! Operations run on their callers' threads (no closure crosses a thread),
//! one at a time, so they see each other's uncommitted writes in order: the
//! audit chain and lease numbers continue from the previous operation.

use crate::sql::Tx;
use crate::StoreError;
use std::collections::VecDeque;
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread::Thread;

/// Most operations per transaction. PostgreSQL keeps up to 64
/// subtransactions per backend in shared memory; more would slow every
/// other session's snapshots.
pub(crate) const MAX_BATCH: usize = 64;

/// The writer connection of one backend.
pub(crate) trait WriterConn: Send {
    /// Opens the serialised write transaction.
    fn begin(&mut self) -> Result<(), StoreError>;
    /// Marks the start of one operation inside the open transaction.
    fn savepoint(&mut self) -> Result<(), StoreError>;
    /// The operation succeeded: forget its savepoint.
    fn release(&mut self) -> Result<(), StoreError>;
    /// The operation failed: undo it, keeping the transaction usable.
    fn rollback_to(&mut self) -> Result<(), StoreError>;
    /// Commits the transaction (records the audit head first).
    fn commit(&mut self) -> Result<(), StoreError>;
    /// Abandons the transaction.
    fn rollback(&mut self);
    fn tx(&mut self) -> &mut dyn Tx;
    fn backend(&self) -> &'static str;
    /// The connection is lost for good: the next caller opens a new one.
    fn is_broken(&self) -> bool {
        false
    }
}

/// A shared transaction's fate, for the callers that wait on its commit.
#[derive(Default)]
struct Batch {
    result: Mutex<Option<Result<(), (bool, String)>>>,
    done: Condvar,
}

impl Batch {
    fn finish(&self, r: Result<(), (bool, String)>) {
        *lock(&self.result) = Some(r);
        self.done.notify_all();
    }

    fn wait(&self, backend: &'static str) -> Result<(), StoreError> {
        let mut g = lock(&self.result);
        loop {
            if let Some(r) = g.as_ref() {
                return r.clone().map_err(|(constraint, message)| {
                    if constraint {
                        StoreError::Constraint { backend, message }
                    } else {
                        StoreError::Db { backend, message }
                    }
                });
            }
            g = self.done.wait(g).unwrap_or_else(|e| e.into_inner());
        }
    }
}

fn shareable(e: &StoreError) -> (bool, String) {
    match e {
        StoreError::Constraint { message, .. } => (true, message.clone()),
        StoreError::Db { message, .. } => (false, message.clone()),
        other => (false, other.to_string()),
    }
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

struct State<C> {
    /// The idle writer connection; `None` while a caller uses it, or before
    /// first use (and after a caller panicked with it).
    conn: Option<C>,
    next_ticket: u64,
    serving: u64,
    /// Threads waiting for their turn, in ticket order.
    queue: VecDeque<(u64, Thread)>,
    /// The open transaction, handed from one caller to the next.
    open: Option<(Arc<Batch>, usize)>,
}

type Opener<C> = Box<dyn Fn() -> Result<C, StoreError> + Send + Sync>;

pub(crate) struct Group<C> {
    state: Mutex<State<C>>,
    open_conn: Opener<C>,
}

/// One caller's turn with the writer. Dropping it hands the connection to
/// the next caller in line; if the caller still owns an open transaction
/// then (an error it could not recover from, or a panic), that transaction
/// is rolled back and everyone waiting on it gets an error.
struct Turn<'a, C: WriterConn> {
    group: &'a Group<C>,
    conn: Option<C>,
    batch: Option<Arc<Batch>>,
}

impl<C: WriterConn> Drop for Turn<'_, C> {
    fn drop(&mut self) {
        if let Some(b) = self.batch.take() {
            if let Some(c) = self.conn.as_mut() {
                c.rollback();
            }
            b.finish(Err((
                false,
                "the shared write transaction was abandoned; nothing was written".into(),
            )));
        }
        let mut st = lock(&self.group.state);
        let broken = self.conn.as_ref().is_some_and(|c| c.is_broken());
        if !broken || st.open.is_some() {
            // (A broken connection still carrying a handed-over transaction
            // fails the next caller's savepoint, which abandons the batch.)
            st.conn = self.conn.take();
        }
        st.serving = st.serving.wrapping_add(1);
        if let Some(pos) = st.queue.iter().position(|(t, _)| *t == st.serving) {
            if let Some((_, th)) = st.queue.remove(pos) {
                th.unpark();
            }
        }
    }
}

impl<C: WriterConn> Group<C> {
    pub(crate) fn new(open_conn: Opener<C>) -> Self {
        Self {
            state: Mutex::new(State {
                conn: None,
                next_ticket: 0,
                serving: 0,
                queue: VecDeque::new(),
                open: None,
            }),
            open_conn,
        }
    }

    /// Waits for this caller's turn (FIFO; only the next thread is woken,
    /// so 16 waiting writers do not all wake at every hand-over).
    fn enter(&self) -> (Turn<'_, C>, Option<(Arc<Batch>, usize)>) {
        let mut st = lock(&self.state);
        let ticket = st.next_ticket;
        st.next_ticket = st.next_ticket.wrapping_add(1);
        if st.serving != ticket {
            st.queue.push_back((ticket, std::thread::current()));
            while st.serving != ticket {
                drop(st);
                std::thread::park();
                st = lock(&self.state);
            }
        }
        let conn = st.conn.take();
        let open = st.open.take();
        (
            Turn {
                group: self,
                conn,
                batch: None,
            },
            open,
        )
    }

    /// [`Group::enter`], and a handed-over transaction is only kept while
    /// its connection is there (it always is, short of a bug).
    fn connected(&self) -> (Turn<'_, C>, Option<(Arc<Batch>, usize)>) {
        let (turn, open) = self.enter();
        if turn.conn.is_some() {
            return (turn, open);
        }
        if let Some((b, _)) = open {
            b.finish(Err((false, "the writer connection was lost".into())));
        }
        (turn, None)
    }

    /// Runs `f` with the writer connection to itself, outside any shared
    /// transaction (a transaction handed to this caller is committed first).
    pub(crate) fn exclusive<R>(
        &self,
        f: impl FnOnce(&mut C) -> Result<R, StoreError>,
    ) -> Result<R, StoreError> {
        let (mut turn, open) = self.connected();
        if turn.conn.is_none() {
            turn.conn = Some((self.open_conn)()?);
        }
        let Some(conn) = turn.conn.as_mut() else {
            unreachable!("connection set above")
        };
        if let Some((b, _)) = open {
            turn.batch = Some(b.clone());
            let committed = conn.commit();
            if committed.is_err() {
                conn.rollback();
            }
            turn.batch = None;
            b.finish(committed.as_ref().map_err(shareable).copied());
        }
        f(conn)
    }

    /// Runs `f` as one operation of a shared write transaction and returns
    /// once it is committed (or its own error at once).
    pub(crate) fn write(
        &self,
        f: &mut dyn FnMut(&mut dyn Tx) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        let (mut turn, open) = self.connected();
        if turn.conn.is_none() {
            turn.conn = Some((self.open_conn)()?);
        }
        let Some(conn) = turn.conn.as_mut() else {
            unreachable!("connection set above")
        };
        let backend = conn.backend();
        let (batch, done) = match open {
            Some((b, n)) => {
                turn.batch = Some(b.clone());
                conn.savepoint()?;
                (b, n)
            }
            None => {
                // The first operation needs no savepoint: if it fails, the
                // transaction holds nothing else and is rolled back whole.
                conn.begin()?;
                if let Some(c) = conn.tx().node_cache() {
                    c.new_transaction();
                }
                let b = Arc::new(Batch::default());
                turn.batch = Some(b.clone());
                (b, 0)
            }
        };
        // The connection's bookings copy follows this operation: kept in
        // step if it succeeds, untouched if it is rolled back, dropped if
        // it was a raw write that did not report its changes.
        if let Some(c) = conn.tx().node_cache() {
            c.op_begin();
        }
        let mine = f(conn.tx());
        if let Some(c) = conn.tx().node_cache() {
            c.op_end(mine.is_ok());
        }
        let mine = match mine {
            Ok(()) => {
                if done > 0 {
                    conn.release()?;
                }
                Ok(())
            }
            Err(e) if done == 0 => {
                // Turn's drop rolls back the (otherwise empty) transaction;
                // nobody else waits on this batch yet.
                return Err(e);
            }
            Err(e) => {
                // If even that fails, Turn's drop abandons the batch; the
                // caller still learns its own error.
                match conn.rollback_to() {
                    Ok(()) => Err(e),
                    Err(_) => return Err(e),
                }
            }
        };
        let done = done + 1;
        let waiting = {
            let st = lock(&self.state);
            st.next_ticket.wrapping_sub(st.serving) > 1
        };
        if waiting && done < MAX_BATCH {
            // Hand the open transaction to the next caller.
            turn.batch = None;
            lock(&self.state).open = Some((batch.clone(), done));
            drop(turn);
            return match mine {
                Ok(()) => batch.wait(backend),
                Err(e) => Err(e),
            };
        }
        let committed = conn.commit();
        if committed.is_err() {
            conn.rollback();
        }
        turn.batch = None;
        batch.finish(committed.as_ref().map_err(shareable).copied());
        drop(turn);
        committed?;
        mine
    }
}
