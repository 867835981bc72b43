#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <utility>

namespace pactgraph {

/// Where in an input a problem was found: a file and either a line:column
/// (1-based; 0 when unknown) or a JSON pointer.
struct source_location {
  std::string file{};
  std::size_t line = 0;
  std::size_t column = 0;
  std::string pointer{};

  /// Compiler-style prefix: `file:line:col`, `file:/json/pointer`, or `file`.
  [[nodiscard]] std::string to_string() const {
    std::string out = file.empty() ? std::string("<input>") : file;
    if (line != 0) {
      out += ':' + std::to_string(line);
      if (column != 0) out += ':' + std::to_string(column);
    } else if (!pointer.empty()) {
      out += ':' + pointer;
    }
    return out;
  }
};

/// Root of every exception pactgraph throws.
class error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// An error tied to a place in an input; what() reads `file:line:col: message`.
class located_error : public error {
 public:
  located_error(source_location where, const std::string& message)
      : error(where.to_string() + ": " + message), m_where(std::move(where)), m_message(message) {}

  [[nodiscard]] const source_location& where() const noexcept { return m_where; }
  /// The message without its location prefix.
  [[nodiscard]] const std::string& message() const noexcept { return m_message; }

 private:
  source_location m_where;
  std::string m_message;
};

/// The input is not well formed (bad CSV quoting, malformed JSON, a field that is not a number).
class parse_error : public located_error {
 public:
  using located_error::located_error;
};

/// The input is well formed but its content is wrong (unknown actor, spell ending before it begins).
class data_error : public located_error {
 public:
  using located_error::located_error;
};

/// Graphviz refused to lay out or render a graph; what() carries its message.
class render_error : public error {
 public:
  using error::error;
};

/// An iterative measure (eigenvector, PageRank, Katz) did not settle within its iteration limit,
/// as networkx raises PowerIterationFailedConvergence; what() names the measure, limit and tolerance.
class convergence_error : public error {
 public:
  using error::error;
};

/// A caller asked for something that cannot be done (unknown actor name, bad option).
class usage_error : public error {
 public:
  using error::error;
};

/// An id or index outside what it indexes: an actor id of another network, a vertex past the end
/// of a snapshot. Thrown where std::vector::at would throw std::out_of_range; a caller's bug.
class lookup_error : public error {
 public:
  using error::error;
};

/// A name that names nothing (an actor, organisation or pact a caller typed); what() offers the
/// closest names. A lookup_error, as a missing key is, but the caller's input rather than a bug.
class name_error : public lookup_error {
 public:
  using lookup_error::lookup_error;
};

/// A file could not be written (a missing folder, no permission, a full disk); what() reads
/// `path: cannot write: reason`. The target is then as it was before the attempt.
class output_error : public error {
 public:
  output_error(std::string path, const std::string& reason)
      : error(path + ": cannot write: " + reason), m_path(std::move(path)), m_message("cannot write: " + reason) {}

  [[nodiscard]] const std::string& path() const noexcept { return m_path; }
  /// The message without the path in front.
  [[nodiscard]] const std::string& message() const noexcept { return m_message; }

 private:
  std::string m_path;
  std::string m_message;
};

}  // namespace pactgraph
