//! Customers split into disjoint groups (clusters, base clusters), kept
//! both ways: each customer's group label and each group's members. A group
//! is labelled by one of its members, so labels need no table of their own.
//! The linker keeps two of these (all links, base links only) and updates
//! them the same way, which is why the bookkeeping lives here once.

/// Disjoint groups of customers `0..len`, each labelled by a member.
#[derive(Clone, Debug, Default)]
pub(crate) struct Partition {
    label: Vec<u32>,
    /// Members by label; empty for a customer that labels no group.
    members: Vec<Vec<u32>>,
}

impl Partition {
    /// Groups of `n` customers from `links`: the connected components, each
    /// labelled by its smallest member (what a batch build and tests rely on
    /// for stable labels).
    pub(crate) fn from_links(n: usize, links: impl IntoIterator<Item = (u32, u32)>) -> Self {
        let mut uf: Vec<u32> = (0..n as u32).collect();
        fn find(uf: &mut [u32], mut x: u32) -> u32 {
            while uf[x as usize] != x {
                let p = uf[uf[x as usize] as usize];
                uf[x as usize] = p;
                x = p;
            }
            x
        }
        for (a, b) in links {
            let (ra, rb) = (find(&mut uf, a), find(&mut uf, b));
            if ra != rb {
                uf[ra.max(rb) as usize] = ra.min(rb);
            }
        }
        // Room to grow as a pushed vector would have: an exact fit makes
        // the first `push` after a batch build copy both tables (about
        // 5 ms at a million customers, on one `Linker::add`).
        let cap = n.max(4).next_power_of_two();
        let mut label = Vec::with_capacity(cap);
        label.resize(n, 0);
        let mut members = Vec::with_capacity(cap);
        members.resize(n, Vec::new());
        let mut p = Partition { label, members };
        for i in 0..n as u32 {
            let r = find(&mut uf, i);
            p.label[i as usize] = r;
            p.members[r as usize].push(i);
        }
        p
    }

    /// Adds a customer as a group of its own; returns its index.
    pub(crate) fn push(&mut self) -> u32 {
        let r = self.label.len() as u32;
        self.label.push(r);
        self.members.push(vec![r]);
        r
    }

    /// The group of customer `x`.
    pub(crate) fn of(&self, x: u32) -> u32 {
        self.label[x as usize]
    }

    /// Members of the group labelled `label` (empty if `label` labels none).
    pub(crate) fn members(&self, label: u32) -> &[u32] {
        &self.members[label as usize]
    }

    /// Every group with its label, in label order.
    pub(crate) fn groups(&self) -> impl Iterator<Item = (u32, &[u32])> + '_ {
        self.members
            .iter()
            .enumerate()
            .filter(|(_, m)| !m.is_empty())
            .map(|(l, m)| (l as u32, m.as_slice()))
    }

    /// Merges the groups `labels` into the largest of them (ties: the
    /// smallest label), so that the fewest customers are relabelled. Returns
    /// the surviving label and the customers that were relabelled.
    pub(crate) fn merge(&mut self, labels: &[u32]) -> (u32, Vec<u32>) {
        let Some(&target) = labels
            .iter()
            .max_by_key(|&&l| (self.members[l as usize].len(), std::cmp::Reverse(l)))
        else {
            return (u32::MAX, Vec::new());
        };
        let mut moved = Vec::new();
        for &l in labels {
            if l != target && !self.members[l as usize].is_empty() {
                let from = std::mem::take(&mut self.members[l as usize]);
                for &m in &from {
                    self.label[m as usize] = target;
                }
                moved.extend_from_slice(&from);
                self.members[target as usize].extend(from);
            }
        }
        (target, moved)
    }

    /// Takes the members of group `label` out, to be handed back split by
    /// [`Self::assign`].
    pub(crate) fn take(&mut self, label: u32) -> Vec<u32> {
        std::mem::take(&mut self.members[label as usize])
    }

    /// Makes each `(label, members)` a group (after [`Self::take`]).
    pub(crate) fn assign(&mut self, label: u32, members: Vec<u32>) {
        for &m in &members {
            self.label[m as usize] = label;
        }
        self.members[label as usize] = members;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn components_are_labelled_by_their_smallest_member() {
        let p = Partition::from_links(6, [(4, 2), (2, 5), (1, 3)]);
        assert_eq!(p.of(5), 2);
        assert_eq!(p.members(2), &[2, 4, 5]);
        assert_eq!(p.of(3), 1);
        assert_eq!(p.of(0), 0);
        assert_eq!(p.groups().count(), 3);
    }

    #[test]
    fn merge_keeps_the_largest_group_and_reports_who_moved() {
        let mut p = Partition::from_links(6, [(0, 1), (1, 2), (3, 4)]);
        let (target, mut moved) = p.merge(&[3, 0, 5]);
        assert_eq!(target, 0);
        moved.sort_unstable();
        assert_eq!(moved, vec![3, 4, 5]);
        assert!(p.members(3).is_empty());
        assert_eq!(p.members(0).len(), 6);
        assert!((0..6).all(|x| p.of(x) == 0));
        // Equal sizes: the smaller label survives.
        let mut q = Partition::from_links(4, [(0, 1), (2, 3)]);
        assert_eq!(q.merge(&[2, 0]).0, 0);
    }
}
