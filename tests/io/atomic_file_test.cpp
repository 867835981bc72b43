#include <boost/test/unit_test.hpp>

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <thread>
#include <vector>

#include "pactgraph/error.hpp"
#include "pactgraph/io/atomic_file.hpp"

using pactgraph::io::write_file_atomically;
namespace fs = std::filesystem;

namespace {

/// A fresh folder per test, named by process so parallel test runs on one machine never share it.
struct scratch {
  fs::path dir = fs::temp_directory_path() / ("pactgraph_atomic_file_" + std::to_string(::getpid()));
  scratch() {
    fs::remove_all(dir);
    fs::create_directories(dir);
  }
  ~scratch() { fs::remove_all(dir); }
  [[nodiscard]] std::vector<std::string> names() const {
    std::vector<std::string> out;
    for (const auto& entry : fs::directory_iterator(dir)) out.push_back(entry.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
  }
};

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

/// True when `text` is `size` copies of one of the letters a writer used.
bool one_whole_write(const std::string& text, std::size_t size) {
  return text.size() == size && text.find_first_not_of(text.front()) == std::string::npos;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(io_atomic_file)

BOOST_AUTO_TEST_CASE(writes_then_replaces_the_file_whole) {
  const scratch s;
  const auto target = s.dir / "out.csv";
  write_file_atomically(target, "a,b\n1,2\n");
  BOOST_TEST(slurp(target) == "a,b\n1,2\n");
  write_file_atomically(target, "x\n");  // shorter than before: nothing of the old file remains
  BOOST_TEST(slurp(target) == "x\n");
  write_file_atomically(target, "");
  BOOST_TEST(fs::file_size(target) == 0u);
  BOOST_TEST(s.names() == std::vector<std::string>{"out.csv"});
}

BOOST_AUTO_TEST_CASE(a_long_name_still_finds_room_for_its_temporary) {
  // 250 bytes is near NAME_MAX (255); the temporary's name is shortened, not refused.
  const scratch s;
  const std::string name = std::string(246, 'n') + ".csv";
  write_file_atomically(s.dir / name, "ok");
  BOOST_TEST(slurp(s.dir / name) == "ok");
  BOOST_TEST(s.names() == std::vector<std::string>{name});
}

BOOST_AUTO_TEST_CASE(eight_threads_writing_one_target_leave_one_whole_write_and_no_temporary) {
  // Each writer writes 256 KiB of its own letter 25 times, while a reader checks every read: a read or
  // the final file that mixed two writes, or was cut short, would not be one letter of the full size.
  const scratch s;
  const auto target = s.dir / "shared.txt";
  constexpr std::size_t size = 256 * 1024;
  write_file_atomically(target, std::string(size, 'z'));
  std::atomic<bool> go{false};
  std::atomic<int> writing{8};
  std::atomic<int> bad_reads{0};
  std::atomic<int> reads{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t)
    threads.emplace_back([&, t] {
      const std::string mine(size, static_cast<char>('a' + t));
      while (!go) std::this_thread::yield();
      for (int i = 0; i < 25; ++i) write_file_atomically(target, mine);
      --writing;
    });
  threads.emplace_back([&] {
    while (!go) std::this_thread::yield();
    while (writing > 0) {
      if (!one_whole_write(slurp(target), size)) ++bad_reads;
      ++reads;
    }
  });
  go = true;
  for (auto& thread : threads) thread.join();
  BOOST_TEST(bad_reads == 0, bad_reads << " of " << reads << " reads saw a partial or mixed file");
  const std::string last = slurp(target);
  BOOST_TEST(one_whole_write(last, size));
  BOOST_TEST((last.front() >= 'a' && last.front() <= 'h'), "the file is still the one written before the threads");
  BOOST_TEST(s.names() == std::vector<std::string>{"shared.txt"});
}

BOOST_AUTO_TEST_CASE(an_unwritable_target_is_an_output_error_and_leaves_nothing_behind) {
  const scratch s;
  // A missing folder: output_error naming the target, and the folder is not created.
  const auto missing = s.dir / "no-such-dir" / "x.json";
  try {
    write_file_atomically(missing, "data");
    BOOST_FAIL("wrote into a missing folder");
  } catch (const pactgraph::output_error& e) {
    BOOST_TEST(e.path() == missing.string());
    BOOST_TEST(e.message() == "cannot write: No such file or directory");
    BOOST_TEST(std::string(e.what()) == missing.string() + ": cannot write: No such file or directory");
  }
  BOOST_TEST(!fs::exists(s.dir / "no-such-dir"));
  // A "folder" that is a file.
  write_file_atomically(s.dir / "plain", "plain");
  BOOST_CHECK_THROW(write_file_atomically(s.dir / "plain" / "x.json", "data"), pactgraph::output_error);
  BOOST_TEST(slurp(s.dir / "plain") == "plain");
  // The target is a folder with something in it: the rename fails, the folder stays, the temporary goes.
  fs::create_directories(s.dir / "taken" / "inside");
  BOOST_CHECK_EXCEPTION(write_file_atomically(s.dir / "taken", "data"), pactgraph::error,
                        [](const pactgraph::error& e) { return std::string(e.what()).find(": cannot write: ") != std::string::npos; });
  BOOST_TEST(fs::is_directory(s.dir / "taken" / "inside"));
  BOOST_TEST(s.names() == (std::vector<std::string>{"plain", "taken"}));
}

BOOST_AUTO_TEST_SUITE_END()
