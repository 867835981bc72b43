// The shared, non-generic part of series(): handing out dates, stopping after a failure, progress, threads.

#include "pactgraph/algorithms/series.hpp"

#include <atomic>
#include <mutex>
#include <thread>

namespace pactgraph::detail {

struct date_queue::state {
  std::size_t count = 0;
  std::function<void(std::size_t, std::size_t)> progress;
  std::atomic<std::size_t> next{0};
  std::atomic<bool> failed{false};
  std::mutex progress_lock;
  std::size_t done = 0;
};

date_queue::date_queue(std::size_t count, std::function<void(std::size_t, std::size_t)> progress)
    : m(std::make_unique<state>()) {
  m->count = count;
  m->progress = std::move(progress);
}

date_queue::~date_queue() = default;

std::size_t date_queue::next() {
  const std::size_t k = m->next.fetch_add(1);
  return k >= m->count || m->failed.load() ? m->count : k;
}

void date_queue::fail() { m->failed.store(true); }

void date_queue::finished_one() {
  if (!m->progress) return;
  const std::scoped_lock hold(m->progress_lock);
  m->progress(++m->done, m->count);
}

void date_queue::run(unsigned threads, void (*work)(void*), void* context) {
  if (threads <= 1) {
    work(context);
    return;
  }
  std::vector<std::jthread> pool;
  pool.reserve(threads);
  for (unsigned t = 0; t < threads; ++t) pool.emplace_back(work, context);
}

}  // namespace pactgraph::detail
