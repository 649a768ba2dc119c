//! A streaming XML record reader on top of quick-xml: it walks the document
//! once and materialises only the elements a parser asks for (one record at
//! a time), so memory stays proportional to one record. An XML syntax error
//! or a truncated file ends the walk; every record completed before it has
//! already been handed over.

use super::{Format, Parsed, MAX_RECORDS};
use crate::error::{ListError, RecordError};
use crate::model::Entry;
use quick_xml::events::Event;
use quick_xml::Reader;

/// One captured element with its subtree. Names are local (no namespace prefix).
#[derive(Debug, Clone, Default)]
pub(crate) struct Node {
    pub name: String,
    pub attrs: Vec<(String, String)>,
    pub text: String,
    pub children: Vec<Node>,
}

impl Node {
    pub fn child(&self, name: &str) -> Option<&Node> {
        self.children.iter().find(|c| c.name == name)
    }
    pub fn children_named<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Node> + 'a {
        self.children.iter().filter(move |c| c.name == name)
    }
    /// Cleaned text of the first child `name`, `None` if absent or blank.
    pub fn text_of(&self, name: &str) -> Option<String> {
        self.child(name).and_then(|c| crate::text::opt(&c.text))
    }
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// What the walk hands to the parser.
pub(crate) enum Item {
    /// The root element (attributes only, no children).
    Root(Node),
    /// A captured element, complete, with the 1-based line it started on.
    Captured { node: Node, line: u64 },
}

/// Why the walk stopped early.
#[derive(Debug)]
pub(crate) struct Stop {
    pub line: u64,
    pub message: String,
    /// Name of the captured element that was open when it stopped, if any.
    pub inside: Option<String>,
}

fn local(name: &[u8]) -> String {
    let s = String::from_utf8_lossy(name);
    match s.rsplit_once(':') {
        Some((_, l)) => l.to_string(),
        None => s.into_owned(),
    }
}

/// Counts lines incrementally: positions only move forward during a walk,
/// so each byte is scanned once.
struct Lines<'a> {
    bytes: &'a [u8],
    pos: usize,
    line: u64,
}

impl Lines<'_> {
    fn at(&mut self, pos: usize) -> u64 {
        let pos = pos.min(self.bytes.len());
        if pos < self.pos {
            self.pos = 0;
            self.line = 1;
        }
        self.line += self.bytes[self.pos..pos]
            .iter()
            .filter(|&&b| b == b'\n')
            .count() as u64;
        self.pos = pos;
        self.line
    }
}

/// Most nested elements we follow inside one record (deeper is refused).
const MAX_DEPTH: usize = 64;

fn start_node(e: &quick_xml::events::BytesStart<'_>) -> Node {
    let mut n = Node {
        name: local(e.name().as_ref()),
        ..Node::default()
    };
    for a in e.attributes().flatten() {
        let v = a
            .unescape_value()
            .map(|v| v.into_owned())
            .unwrap_or_else(|_| String::from_utf8_lossy(&a.value).into_owned());
        n.attrs.push((local(a.key.as_ref()), v));
    }
    n
}

/// Walks `bytes`, calling `sink` with the root and with each element for
/// which `capture(name)` is true (outside any other captured element).
pub(crate) fn walk(
    bytes: &[u8],
    capture: &dyn Fn(&str) -> bool,
    sink: &mut dyn FnMut(Item),
) -> Result<(), Stop> {
    let mut reader = Reader::from_reader(bytes);
    reader.config_mut().trim_text(false);
    // Stack of elements being captured; empty when outside a record.
    let mut stack: Vec<Node> = Vec::new();
    let mut capture_line = 0u64;
    let mut depth = 0usize;
    let mut seen_root = false;
    let mut lines = Lines {
        bytes,
        pos: 0,
        line: 1,
    };
    loop {
        let before = reader.buffer_position() as usize;
        let ev = match reader.read_event() {
            Ok(ev) => ev,
            Err(e) => {
                let pos = reader.error_position() as usize;
                return Err(Stop {
                    line: lines.at(pos),
                    message: format!("XML error: {e}"),
                    inside: stack.first().map(|n| n.name.clone()),
                });
            }
        };
        match ev {
            Event::Start(e) => {
                depth += 1;
                let node = start_node(&e);
                if !seen_root {
                    seen_root = true;
                    sink(Item::Root(node));
                    continue;
                }
                if !stack.is_empty() {
                    if stack.len() >= MAX_DEPTH {
                        return Err(Stop {
                            line: lines.at(before),
                            message: format!("elements nested deeper than {MAX_DEPTH}"),
                            inside: stack.first().map(|n| n.name.clone()),
                        });
                    }
                    stack.push(node);
                } else if capture(&node.name) {
                    capture_line = lines.at(before + 1);
                    stack.push(node);
                }
            }
            Event::Empty(e) => {
                let node = start_node(&e);
                if !seen_root {
                    seen_root = true;
                    sink(Item::Root(node));
                    continue;
                }
                if let Some(top) = stack.last_mut() {
                    top.children.push(node);
                } else if capture(&node.name) {
                    sink(Item::Captured {
                        node,
                        line: lines.at(before + 1),
                    });
                }
            }
            Event::End(_) => {
                depth = depth.saturating_sub(1);
                if let Some(done) = stack.pop() {
                    match stack.last_mut() {
                        Some(parent) => parent.children.push(done),
                        None => sink(Item::Captured {
                            node: done,
                            line: capture_line,
                        }),
                    }
                }
            }
            Event::Text(t) => {
                if let Some(top) = stack.last_mut() {
                    match t.unescape() {
                        Ok(s) => top.text.push_str(&s),
                        Err(_) => top.text.push_str(&String::from_utf8_lossy(&t)),
                    }
                }
            }
            Event::CData(t) => {
                if let Some(top) = stack.last_mut() {
                    top.text.push_str(&String::from_utf8_lossy(&t));
                }
            }
            Event::Eof => {
                if depth > 0 || !stack.is_empty() {
                    return Err(Stop {
                        line: lines.at(bytes.len()),
                        message: "file ends before the document is complete (truncated)"
                            .to_string(),
                        inside: stack.first().map(|n| n.name.clone()),
                    });
                }
                if !seen_root {
                    return Err(Stop {
                        line: 1,
                        message: "no XML element found".into(),
                        inside: None,
                    });
                }
                return Ok(());
            }
            _ => {}
        }
    }
}

/// Collects the records of one XML list walk: counts them (error positions
/// are record numbers), enforces the record limit, keeps per-record errors,
/// and at the end turns a wrong root, the limit or a broken-off walk into
/// the same errors for every XML format.
pub(crate) struct Records {
    pub out: Parsed,
    seen: u64,
    root_ok: bool,
    too_many: bool,
}

impl Records {
    pub fn new(format: Format) -> Self {
        Self {
            out: Parsed::new(format),
            seen: 0,
            root_ok: false,
            too_many: false,
        }
    }

    /// Whether the document root is the one this format expects.
    pub fn root(&mut self, ok: bool) {
        self.root_ok = ok;
    }

    /// One captured record: its entry, or why it could not be read.
    pub fn record(&mut self, line: u64, entry: Result<Entry, String>) {
        self.seen += 1;
        if self.out.entries.len() >= MAX_RECORDS {
            self.too_many = true;
            return;
        }
        match entry {
            Ok(e) => self.out.entries.push(e),
            Err(m) => self
                .out
                .errors
                .push(RecordError::new(self.seen, Some(line), m)),
        }
    }

    /// End of the walk: not-a-list, limits, truncation.
    pub fn finish(mut self, res: Result<(), Stop>, root: &str) -> Result<Parsed, ListError> {
        if !self.root_ok {
            return Err(ListError::NotAList(format!("XML root is not <{root}>")));
        }
        if self.too_many {
            return Err(ListError::TooLarge {
                what: "record count".into(),
                limit: MAX_RECORDS as u64,
            });
        }
        if let Err(stop) = res {
            let msg = match &stop.inside {
                Some(el) => format!(
                    "{} (inside <{el}>; records before it were kept)",
                    stop.message
                ),
                None => format!("{} (records before it were kept)", stop.message),
            };
            let rec = if stop.inside.is_some() {
                self.seen + 1
            } else {
                0
            };
            self.out
                .errors
                .push(RecordError::new(rec, Some(stop.line), msg));
            self.out.incomplete = true;
        }
        Ok(self.out)
    }
}
