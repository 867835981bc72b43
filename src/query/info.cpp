#include "pactgraph/query/info.hpp"

namespace pactgraph::query {

namespace {
// A lenient import can skip thousands of rows; the notes name the first few.
constexpr std::size_t listed_diagnostics = 20;
}  // namespace

info_tables info(const alliance_network& net, std::span<const io::import_report> reports) {
  std::int64_t states = 0;
  std::int64_t organisations = 0;
  for (const auto& a : net.actors()) (a.kind == actor_kind::state ? states : organisations) += 1;
  column item = text_column("item");
  column count = integer_column("count");
  for (const auto& [what, n] : {std::pair<const char*, std::int64_t>{"states", states},
                                {"organisations", organisations},
                                {"pacts", static_cast<std::int64_t>(net.pact_count())},
                                {"ties", static_cast<std::int64_t>(net.tie_count())},
                                {"memberships", static_cast<std::int64_t>(net.memberships().size())}}) {
    item.push(std::string(what));
    count.push(n);
  }

  column source = text_column("source");
  column first = text_column("first");
  column last = text_column("last");
  column citation = text_column("citation");
  for (const auto& s : net.sources()) {
    source.push(s.key);
    first.push(s.first.to_string());
    last.push(s.last.to_string());
    citation.push(s.citation);
  }

  column imported = text_column("source");
  column read = integer_column("rows_read");
  column loaded = integer_column("rows_loaded");
  column skipped = integer_column("rows_skipped");
  std::vector<std::string> notes;
  std::size_t unlisted = 0;
  for (const auto& report : reports) {
    imported.push(net[report.source].key);
    read.push(static_cast<std::int64_t>(report.rows_read));
    loaded.push(static_cast<std::int64_t>(report.rows_loaded));
    skipped.push(static_cast<std::int64_t>(report.diagnostics.size()));
    for (const auto& d : report.diagnostics) {
      if (notes.size() < listed_diagnostics) notes.push_back("skipped " + d.to_string());
      else ++unlisted;
    }
  }
  if (unlisted != 0) notes.push_back("and " + std::to_string(unlisted) + " more skipped rows");

  info_tables out{
      .counts = {.name = "counts", .columns = {std::move(item), std::move(count)}, .notes = notes},
      .sources = {.name = "sources",
                  .columns = {std::move(source), std::move(first), std::move(last), std::move(citation)},
                  .notes = notes},
      .imports = {.name = "imports",
                  .columns = {std::move(imported), std::move(read), std::move(loaded), std::move(skipped)},
                  .notes = notes},
  };
  return out;
}

}  // namespace pactgraph::query
