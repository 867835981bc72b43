#include "pactgraph/query/table.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

#include "pactgraph/error.hpp"

namespace pactgraph::query {

namespace {
const char* kind_name(column::type k) {
  switch (k) {
    case column::type::integer: return "integer";
    case column::type::real: return "real";
    case column::type::text: return "text";
  }
  return "?";
}

void expect(const column& c, column::type k) {
  if (c.kind != k)
    throw std::logic_error("column '" + c.name + "' holds " + kind_name(c.kind) + " values, not " + kind_name(k));
}
}  // namespace

std::size_t column::size() const {
  switch (kind) {
    case type::integer: return integers.size();
    case type::real: return reals.size();
    case type::text: return texts.size();
  }
  return 0;
}

bool column::is_missing(std::size_t row) const {
  if (kind == type::real) return std::isnan(reals.at(row));
  return !missing.empty() && missing.at(row) != 0;
}

void column::push(std::int64_t value) {
  expect(*this, type::integer);
  integers.push_back(value);
  if (!missing.empty()) missing.push_back(0);
}

void column::push(double value) {
  expect(*this, type::real);
  reals.push_back(value);
}

void column::push(std::string value) {
  expect(*this, type::text);
  texts.push_back(std::move(value));
  if (!missing.empty()) missing.push_back(0);
}

void column::push_missing() {
  if (kind == type::real) {
    reals.push_back(std::numeric_limits<double>::quiet_NaN());
    return;
  }
  // The mask starts on the first missing value, covering the rows before it.
  if (missing.empty()) missing.assign(size(), 0);
  if (kind == type::integer) integers.push_back(0);
  else texts.emplace_back();
  missing.push_back(1);
}

void column::push_from(const column& other, std::size_t row) {
  expect(*this, other.kind);
  if (other.kind != type::real && other.is_missing(row)) return push_missing();
  switch (other.kind) {
    case type::integer: push(other.integers[row]); break;
    case type::real: push(other.reals[row]); break;
    case type::text: push(other.texts[row]); break;
  }
}

column integer_column(std::string name) { return {.name = std::move(name), .kind = column::type::integer}; }
column real_column(std::string name) { return {.name = std::move(name), .kind = column::type::real}; }
column text_column(std::string name) { return {.name = std::move(name), .kind = column::type::text}; }

std::size_t table::rows() const { return columns.empty() ? 0 : columns.front().size(); }

const column& table::operator[](std::string_view wanted) const {
  const auto it = std::find_if(columns.begin(), columns.end(), [&](const column& c) { return c.name == wanted; });
  if (it == columns.end()) {
    std::string known;
    for (const auto& c : columns) known += (known.empty() ? "" : ", ") + c.name;
    throw lookup_error("table '" + name + "' has no column '" + std::string(wanted) + "' (columns: " + known + ")");
  }
  return *it;
}

column& table::operator[](std::string_view wanted) {
  return const_cast<column&>(static_cast<const table&>(*this)[wanted]);
}

}  // namespace pactgraph::query
