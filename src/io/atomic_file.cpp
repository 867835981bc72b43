#include "pactgraph/io/atomic_file.hpp"

#include <atomic>
#include <cerrno>
#include <cstdint>
#include <random>
#include <string>
#include <system_error>

#include <fcntl.h>
#include <unistd.h>

#include "pactgraph/error.hpp"

namespace pactgraph::io {

namespace {

std::string reason(int code) { return std::error_code(code, std::generic_category()).message(); }

/// A name beside `path` that no other writer uses: the process id keeps processes apart, the counter
/// threads, and random bits writers on other hosts sharing the folder. Hidden, and short enough for
/// NAME_MAX whatever the target's name.
std::filesystem::path temporary_beside(const std::filesystem::path& path) {
  static std::atomic<std::uint64_t> counter{0};
  thread_local std::mt19937_64 random{std::random_device{}()};
  const std::string stem = path.filename().string().substr(0, 160);
  return path.parent_path() / ("." + stem + ".tmp-" + std::to_string(::getpid()) + "-" +
                               std::to_string(counter.fetch_add(1)) + "-" + std::to_string(random() % 1'000'000));
}

/// Writes all of `data`, through short writes and signals.
bool write_all(int fd, std::string_view data) {
  while (!data.empty()) {
    const ::ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    data.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

}  // namespace

void write_file_atomically(const std::filesystem::path& path, std::string_view data) {
  std::filesystem::path temporary;
  int fd = -1;
  // O_EXCL refuses a name that exists, so even an unforeseen clash costs a retry, never a shared file.
  for (int attempt = 0; fd < 0 && attempt < 100; ++attempt) {
    temporary = temporary_beside(path);
    fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0 && errno != EEXIST) throw output_error(path.string(), reason(errno));
  }
  if (fd < 0) throw output_error(path.string(), "no free temporary name beside it");

  const auto fail = [&](int code) {
    if (fd >= 0) ::close(fd);
    ::unlink(temporary.c_str());
    throw output_error(path.string(), reason(code));
  };
  if (!write_all(fd, data)) fail(errno);
  // Flushed before the rename, so a crash never leaves the target renamed but empty.
  if (::fsync(fd) != 0) fail(errno);
  const int closed = ::close(fd);
  fd = -1;
  if (closed != 0) fail(errno);
  if (::rename(temporary.c_str(), path.c_str()) != 0) fail(errno);

  // Makes the rename itself durable; a folder that cannot be opened or synced loses nothing now.
  const std::filesystem::path folder = path.has_parent_path() ? path.parent_path() : ".";
  if (const int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dir >= 0) {
    (void)::fsync(dir);
    ::close(dir);
  }
}

}  // namespace pactgraph::io
