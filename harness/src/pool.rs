//! Running independent jobs on a fixed number of worker threads.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::thread;

/// One worker per core, the default of `-j`.
pub fn default_workers() -> usize {
    thread::available_parallelism().map_or(1, usize::from)
}

/// Calls `work` on every item using `workers` threads, and `done(index, result)`
/// on the calling thread as each job finishes (in completion order).
pub fn for_each_parallel<T, R>(
    items: &[T],
    workers: usize,
    work: impl Fn(&T) -> R + Sync,
    mut done: impl FnMut(usize, R),
) where
    T: Sync,
    R: Send,
{
    let next = AtomicUsize::new(0);
    let (sender, receiver) = mpsc::channel();
    thread::scope(|scope| {
        for _ in 0..workers.clamp(1, items.len().max(1)) {
            let sender = sender.clone();
            let (next, work) = (&next, &work);
            scope.spawn(move || loop {
                let index = next.fetch_add(1, Ordering::Relaxed);
                let Some(item) = items.get(index) else { break };
                if sender.send((index, work(item))).is_err() {
                    break;
                }
            });
        }
        drop(sender);
        for (index, result) in receiver {
            done(index, result);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_item_is_done_once() {
        let items: Vec<u64> = (0..100).collect();
        let mut results = vec![None; items.len()];
        for_each_parallel(
            &items,
            4,
            |x| x * x,
            |index, square| {
                assert!(results[index].replace(square).is_none());
            },
        );
        assert_eq!(
            results,
            items.iter().map(|x| Some(x * x)).collect::<Vec<_>>()
        );
    }

    #[test]
    fn no_items_no_calls() {
        for_each_parallel(&[] as &[u8], 3, |_| (), |_, ()| panic!("nothing to do"));
    }
}
