//! Work spread over the machine's cores, results handed back in input order.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

/// Apply `work` to every item on all cores and pass each result to `consume`
/// on the calling thread, in the order of `items`. Stops early when `consume`
/// fails, and returns that error.
pub fn ordered_map<T, R, E>(
    items: &[T],
    work: impl Fn(&T) -> R + Sync,
    mut consume: impl FnMut(&T, R) -> Result<(), E>,
) -> Result<(), E>
where
    T: Sync,
    R: Send,
{
    let threads = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .min(items.len().max(1));
    let next = AtomicUsize::new(0);
    std::thread::scope(|scope| {
        let (tx, rx) = mpsc::sync_channel::<(usize, R)>(threads * 64);
        for _ in 0..threads {
            let tx = tx.clone();
            let (next, work) = (&next, &work);
            scope.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(item) = items.get(i) else { break };
                if tx.send((i, work(item))).is_err() {
                    break;
                }
            });
        }
        drop(tx);
        let mut waiting = BTreeMap::new();
        let mut due = 0;
        for (i, result) in rx {
            waiting.insert(i, result);
            while let Some(result) = waiting.remove(&due) {
                if let Err(err) = consume(&items[due], result) {
                    // Stop the workers: they see the closed channel on their next send.
                    next.store(items.len(), Ordering::Relaxed);
                    return Err(err);
                }
                due += 1;
            }
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_back_in_order() {
        let items: Vec<u64> = (0..1000).collect();
        let mut seen = Vec::new();
        let done: Result<(), ()> = ordered_map(
            &items,
            |n| n * n,
            |n, sq| {
                seen.push((*n, sq));
                Ok(())
            },
        );
        assert!(done.is_ok());
        assert_eq!(seen.len(), 1000);
        assert!(seen
            .iter()
            .enumerate()
            .all(|(i, (n, sq))| *n == i as u64 && *sq == n * n));
    }

    #[test]
    fn a_failing_consumer_stops_the_run() {
        let items: Vec<u32> = (0..10_000).collect();
        let mut count = 0;
        let done = ordered_map(
            &items,
            |n| *n,
            |_, n| {
                count += 1;
                if n == 5 {
                    Err("stop")
                } else {
                    Ok(())
                }
            },
        );
        assert_eq!(done, Err("stop"));
        assert_eq!(count, 6);
    }

    #[test]
    fn empty_input() {
        let done: Result<(), ()> = ordered_map(&[] as &[u8], |_| 0, |_, _| Ok(()));
        assert!(done.is_ok());
    }
}
