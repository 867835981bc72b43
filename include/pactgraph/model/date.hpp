#pragma once

#include <chrono>
#include <compare>
#include <cstdint>
#include <limits>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace pactgraph {

/// Days since 1970-01-01 (std::chrono::sys_days), the unit every spell is compared in.
using day_number = std::int32_t;

/// The end of a spell that is still running ("ongoing").
inline constexpr day_number open_end = std::numeric_limits<day_number>::max();

/// How much of a date the source knows.
enum class date_precision : std::uint8_t { year, month, day };

/// A civil date with the precision the source gave it; unknown parts are stored as 1.
///
/// Supported years are 1 to 9999, so dates print and parse as ISO 8601 `YYYY[-MM[-DD]]`.
class date {
 public:
  constexpr date() = default;
  /// The date `ymd` known to `precision`; the parts it does not know are reset to 1.
  constexpr date(std::chrono::year_month_day ymd, date_precision precision = date_precision::day)
      : m_ymd(truncate(ymd, precision)), m_precision(precision) {}
  constexpr date(int y, unsigned m, unsigned d)
      : date(std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d}) {}

  /// The date with day precision `days` after 1970-01-01.
  static constexpr date from_days(day_number days) {
    return date(std::chrono::year_month_day{std::chrono::sys_days{std::chrono::days{days}}});
  }

  /// A date of the given precision, or nothing when a part is out of range (month 13, 2007-02-30, year 0).
  static constexpr std::optional<date> make(int y, unsigned m, unsigned d, date_precision p) {
    if (y < 1 || y > 9999) return std::nullopt;
    if (p == date_precision::year) return date(std::chrono::year{y} / 1 / 1, p);
    if (m < 1 || m > 12) return std::nullopt;
    if (p == date_precision::month) return date(std::chrono::year{y} / std::chrono::month{m} / 1, p);
    const std::chrono::year_month_day ymd{std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d}};
    if (!ymd.ok()) return std::nullopt;
    return date(ymd, p);
  }

  /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nothing on any other text or an impossible date.
  static constexpr std::optional<date> parse(std::string_view text) {
    auto digits = [&](std::size_t at, std::size_t count) -> std::optional<int> {
      if (at + count > text.size()) return std::nullopt;
      int value = 0;
      for (std::size_t i = at; i < at + count; ++i) {
        if (text[i] < '0' || text[i] > '9') return std::nullopt;
        value = value * 10 + (text[i] - '0');
      }
      return value;
    };
    const auto y = digits(0, 4);
    if (!y) return std::nullopt;
    if (text.size() == 4) return make(*y, 1, 1, date_precision::year);
    if (text.size() < 7 || text[4] != '-') return std::nullopt;
    const auto m = digits(5, 2);
    if (!m) return std::nullopt;
    if (text.size() == 7) return make(*y, static_cast<unsigned>(*m), 1, date_precision::month);
    if (text.size() != 10 || text[7] != '-') return std::nullopt;
    const auto d = digits(8, 2);
    if (!d) return std::nullopt;
    return make(*y, static_cast<unsigned>(*m), static_cast<unsigned>(*d), date_precision::day);
  }

  [[nodiscard]] constexpr std::chrono::year_month_day ymd() const { return m_ymd; }
  [[nodiscard]] constexpr date_precision precision() const { return m_precision; }
  [[nodiscard]] constexpr int year() const { return static_cast<int>(m_ymd.year()); }
  [[nodiscard]] constexpr unsigned month() const { return static_cast<unsigned>(m_ymd.month()); }
  [[nodiscard]] constexpr unsigned day() const { return static_cast<unsigned>(m_ymd.day()); }

  /// The earliest day the date can mean: an unknown month or day widens to the first.
  [[nodiscard]] constexpr day_number first_day() const {
    return static_cast<day_number>(std::chrono::sys_days{m_ymd}.time_since_epoch().count());
  }

  /// The latest day the date can mean: an unknown day is the last of its month, an unknown month December.
  [[nodiscard]] constexpr day_number last_day() const {
    using namespace std::chrono;
    switch (m_precision) {
      case date_precision::year:
        return static_cast<day_number>(sys_days{m_ymd.year() / December / 31}.time_since_epoch().count());
      case date_precision::month:
        return static_cast<day_number>(sys_days{year_month_day_last{m_ymd.year(), month_day_last{m_ymd.month()}}}
                                           .time_since_epoch()
                                           .count());
      case date_precision::day:
        break;
    }
    return first_day();
  }

  /// ISO 8601 at the date's own precision: `2005`, `2005-11` or `2005-11-14`.
  [[nodiscard]] std::string to_string() const {
    char buffer[16];
    auto put = [&](int value, int width, char* at) {
      for (int i = width - 1; i >= 0; --i) {
        at[i] = static_cast<char>('0' + value % 10);
        value /= 10;
      }
    };
    put(year(), 4, buffer);
    std::size_t length = 4;
    if (m_precision != date_precision::year) {
      buffer[4] = '-';
      put(static_cast<int>(month()), 2, buffer + 5);
      length = 7;
    }
    if (m_precision == date_precision::day) {
      buffer[7] = '-';
      put(static_cast<int>(day()), 2, buffer + 8);
      length = 10;
    }
    return std::string(buffer, length);
  }

  friend constexpr bool operator==(const date&, const date&) = default;
  /// Orders by first day, then by precision (coarser first).
  friend constexpr std::strong_ordering operator<=>(const date& a, const date& b) {
    if (auto c = a.first_day() <=> b.first_day(); c != 0) return c;
    return a.m_precision <=> b.m_precision;
  }

 private:
  static constexpr std::chrono::year_month_day truncate(std::chrono::year_month_day ymd, date_precision p) {
    if (p == date_precision::year) return ymd.year() / std::chrono::January / 1;
    if (p == date_precision::month) return ymd.year() / ymd.month() / 1;
    return ymd;
  }

  std::chrono::year_month_day m_ymd{std::chrono::year{1970} / 1 / 1};
  date_precision m_precision = date_precision::day;
};

/// Prints the date as to_string() does.
inline std::ostream& operator<<(std::ostream& out, const date& d) { return out << d.to_string(); }

/// Shorthand for the day number of a full date, e.g. `day_of(2007, 5, 30)`.
constexpr day_number day_of(int y, unsigned m, unsigned d) { return date(y, m, d).first_day(); }

}  // namespace pactgraph
