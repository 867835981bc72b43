// Pieces the query functions share while they build their tables (not installed).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "pactgraph/model/alliance_network.hpp"
#include "pactgraph/query/table.hpp"

namespace pactgraph::query::detail {

/// The three columns naming an actor: code (COW code; missing when none), abbrev, name.
struct actor_columns {
  column code = integer_column("code");
  column abbrev = text_column("abbrev");
  column name = text_column("name");

  void push(const alliance_network& net, actor_id id);
  /// Appends the three columns to `out`, leaving this empty.
  void move_into(std::vector<column>& out);
};

/// A scalar of the answer: a column of one row.
[[nodiscard]] column text_scalar(std::string name, std::string value);
[[nodiscard]] column real_scalar(std::string name, double value);

/// A table named `name` of `columns`, led by `scalars` repeated on every row.
[[nodiscard]] table tidy_table(std::string name, std::vector<column> scalars, std::vector<column> columns);

/// The note that no source covers the day, so an empty answer is not read as "no tie"; nothing
/// when some source does.
void note_coverage(const alliance_network& net, day_number day, std::vector<std::string>& notes);

}  // namespace pactgraph::query::detail
