// Portfolios built from a hand network on one day, every pair from the sparse tables against the
// dense pair function, weights files and scale mappings with their errors.

#include <cmath>

#include <boost/test/unit_test.hpp>

#include "pactgraph/io/similarity_weights_file.hpp"
#include "pactgraph/error.hpp"
#include "pactgraph/similarity/portfolio_table.hpp"
#include "pactgraph/similarity/similarity_frame.hpp"
#include "support.hpp"

using namespace pactgraph;
using namespace pactgraph::testing;
using m = similarity_measure;
using values = std::vector<std::uint8_t>;

namespace {

const day_number day = day_of(2005, 6, 30);

actor_id add_coded_state(alliance_network& net, const std::string& abbreviation, int code) {
  return net.add_actor({.kind = actor_kind::state, .abbreviation = abbreviation, .name = abbreviation, .cow_code = code});
}

// A (2) and B (20) pledge defence to each other; C (200) pledges neutrality to D (220), D only
// consultation to C, and in a parallel pact (partial dates) D pledges C non-aggression, which
// only `given` and `received` can see; A and C consult; E (255) has no pact in effect. Spells are half-open: the A–C
// pact's end is the day after the query day (in effect), an A–E pact ends on the query day (no
// longer) and a B–E pact begins the day after (not yet).
struct hand_network {
  alliance_network net;
  actor_id a, b, c, d, e;
  hand_network() {
    e = add_coded_state(net, "E", 255);  // added first: rows follow codes, not insertion
    a = add_coded_state(net, "A", 2);
    b = add_coded_state(net, "B", 20);
    c = add_coded_state(net, "C", 200);
    d = add_coded_state(net, "D", 220);
    add_pact(net, "ab", {{a, "1990", "", tie_kind::defence}, {b, "1990", "", tie_kind::defence}});
    add_pact(net, "cd", {{c, "2001-03", "", tie_kind::neutrality}, {d, "2001-03", "", tie_kind::consultation}});
    add_pact(net, "dc", {{c, "2004", "2006-05", tie_kind::none}, {d, "2004", "2006-05", tie_kind::non_aggression}});
    add_pact(net, "ac", {{a, "1999", "2005-07-01", tie_kind::consultation},
                         {c, "1999", "2005-07-01", tie_kind::consultation}});
    add_pact(net, "ae", {{a, "1999", "2005-06-30", tie_kind::defence}, {e, "1999", "2005-06-30", tie_kind::defence}});
    add_pact(net, "be", {{b, "2005-07-01", "", tie_kind::defence}, {e, "2005-07-01", "", tie_kind::defence}});
  }
};

std::vector<values> rows_of(const portfolio_set& set) {
  std::vector<values> out;
  for (std::size_t i = 0; i < set.size(); ++i) out.emplace_back(set.portfolio(i).begin(), set.portfolio(i).end());
  return out;
}

bool same(double x, double y) { return x == y || (std::isnan(x) && std::isnan(y)); }

}  // namespace

BOOST_AUTO_TEST_SUITE(similarity_frame_on_a_day)

BOOST_AUTO_TEST_CASE(portfolios_by_direction_and_scale) {
  const hand_network h;
  const auto either = similarity_on(h.net, day);
  BOOST_TEST((either.portfolios.states()[0] == h.a && either.portfolios.states()[4] == h.e));
  // Rows and columns A, B, C, D, E; the diagonal is the scale maximum; C–D is neutrality (2) either way.
  BOOST_TEST((rows_of(either.portfolios) == std::vector<values>{{3, 3, 1, 0, 0},
                                                                 {3, 3, 0, 0, 0},
                                                                 {1, 0, 3, 2, 0},
                                                                 {0, 0, 2, 3, 0},
                                                                 {0, 0, 0, 0, 3}}));
  const auto given = similarity_on(h.net, day, {.direction = portfolio_direction::given});
  BOOST_TEST(given.portfolios.value(2, 3) == 2);  // C pledges neutrality to D
  BOOST_TEST(given.portfolios.value(3, 2) == 2);  // D pledges consultation (1) and non-aggression (2) to C
  BOOST_TEST(similarity_on(h.net, day_of(2007, 1, 1), {.direction = portfolio_direction::given}).portfolios.value(3, 2) ==
             1);  // the parallel pact has ended
  const auto received = similarity_on(h.net, day, {.direction = portfolio_direction::received});
  BOOST_TEST(received.portfolios.value(2, 3) == 2);
  BOOST_TEST(received.portfolios.value(3, 2) == 2);
  const auto binary = similarity_on(h.net, day, {.scale = portfolio_scale::binary()});
  BOOST_TEST((rows_of(binary.portfolios)[2] == values{1, 0, 1, 1, 0}));
  // Consultation dropped: A and C have nothing for each other; the diagonal is the new maximum 4.
  const auto custom = similarity_on(h.net, day, {.scale = parse_portfolio_scale("defense=4,neutral=1")});
  BOOST_TEST((rows_of(custom.portfolios)[2] == values{0, 0, 4, 1, 0}));
}

BOOST_AUTO_TEST_CASE(every_pair_matches_the_dense_pair_function) {
  const hand_network h;
  for (const auto direction : {portfolio_direction::either, portfolio_direction::given, portfolio_direction::received}) {
    const auto f = similarity_on(h.net, day, {.direction = direction});
    const std::size_t n = f.portfolios.size();
    BOOST_TEST(f.scores.size() == n * (n - 1) / 2);
    const std::vector<double> w{0.1, 0.2, 0.3, 0.15, 0.25};
    const auto weighted = all_pairs_similarity(f.portfolios, w);
    for (std::size_t i = 0; i < n; ++i)
      for (std::size_t j = i + 1; j < n; ++j) {
        const auto dense = portfolio_similarity(f.portfolios.portfolio(i), f.portfolios.portfolio(j), 3);
        const auto dense_weighted = portfolio_similarity(f.portfolios.portfolio(i), f.portfolios.portfolio(j), 3, w);
        for (std::size_t k = 0; k < similarity_measure_count; ++k) {
          BOOST_TEST(same(f.scores_of(i, j).values[k], dense.values[k]));
          BOOST_TEST(weighted[pair_index(i, j, n)].values[k] == dense_weighted.values[k],
                     boost::test_tools::tolerance(1e-14));
        }
      }
  }
}

BOOST_AUTO_TEST_CASE(empty_and_one_state) {
  alliance_network net;
  BOOST_TEST(similarity_on(net, day).scores.empty());
  add_coded_state(net, "A", 2);
  const auto one = similarity_on(net, day);
  BOOST_TEST(one.portfolios.size() == 1u);
  BOOST_TEST(one.scores.empty());
}

BOOST_AUTO_TEST_CASE(weights_from_a_file) {
  const hand_network h;
  const io::text_file file{.name = "w.csv",
                           .text = "ccode,year,weight\n2,2005,0.4\n20,2005,0.3\n200,2005,0.2\n220,2005,0.1\n"
                                   "255,2005,0\n2,2006,1\n"};
  const auto weights = io::read_similarity_weights(file, h.net);
  const auto f = similarity_on(h.net, day, {.weights = &weights});
  BOOST_TEST((f.weights == std::vector<double>{0.4, 0.3, 0.2, 0.1, 0.0}));
  // A–B over five states with E weighted 0: S_abs = 1 − 2·0.2·1/(1.0·3), as in the four-state vector.
  BOOST_TEST(f.scores_of(0, 1)[m::s_abs] == 1 - 0.4 / 3, boost::test_tools::tolerance(1e-14));
  // 2006 lacks every state but A.
  BOOST_CHECK_EXCEPTION((void)similarity_on(h.net, day_of(2006, 1, 1), {.weights = &weights}), data_error,
                        [](const data_error& e) {
                          return std::string(e.what()) == "w.csv: no weight for ccode 20 (B) in 2006";
                        });
}

BOOST_AUTO_TEST_CASE(bad_weights_files_name_line_and_column) {
  const hand_network h;
  auto message = [&](const std::string& text) {
    try {
      (void)io::read_similarity_weights({.name = "w.csv", .text = text}, h.net);
    } catch (const error& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  BOOST_TEST(message("ccode,year,weight\n2,2005,0.4\n20,2005,heavy\n") ==
             "w.csv:3:9: column 'weight': expected a finite number at least 0, found 'heavy'");
  BOOST_TEST(message("ccode,year,weight\n2,2005,-1\n") ==
             "w.csv:2:8: column 'weight': expected a finite number at least 0, found '-1'");
  BOOST_TEST(message("ccode,year,weight\n2,99999999999,1\n") ==
             "w.csv:2:3: column 'year': expected a year, found '99999999999'");
  BOOST_TEST(message("ccode,year,weight\n999,2005,1\n") == "w.csv:2:1: ccode '999': no state has this code");
  BOOST_TEST(message("ccode,year,weight\n2,2005,1\n2,2005,2\n") == "w.csv:3:1: ccode 2 in 2005 has a weight already");
  BOOST_TEST(message("ccode,weight\n2,1\n").find("w.csv:1") == 0u);
  BOOST_CHECK_THROW((void)io::read_similarity_weights({.name = "w.csv", .text = "ccode,year,weight\n2,x,1\n"}, h.net),
                    parse_error);
}

BOOST_AUTO_TEST_CASE(scale_mappings) {
  BOOST_TEST((parse_portfolio_scale("valued") == portfolio_scale::valued()));
  BOOST_TEST((parse_portfolio_scale("binary") == portfolio_scale::binary()));
  BOOST_TEST((parse_portfolio_scale("defense=3,offense=3,neutral=2,nonagg=2,consul=1") == portfolio_scale::valued()));
  BOOST_TEST((parse_portfolio_scale("consultation=1,defence=2").values == std::array<std::uint8_t, 5>{2, 0, 0, 0, 1}));
  BOOST_TEST(to_string(portfolio_scale::valued()) == "defense=3,offense=3,neutral=2,nonagg=2,consul=1");
  auto message = [](const std::string& text) {
    try {
      (void)parse_portfolio_scale(text);
    } catch (const usage_error& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  BOOST_TEST(message("defense=3,nato=2") ==
             "scale 'defense=3,nato=2': character 11: unknown obligation 'nato'; expected defense, offense, "
             "neutral, nonagg or consul");
  BOOST_TEST(message("defense=x") == "scale 'defense=x': character 9: value 'x' is not an integer from 0 to 15");
  BOOST_TEST(message("defense=16") == "scale 'defense=16': character 9: value '16' is not an integer from 0 to 15");
  BOOST_TEST(message("defense=3,,") == "scale 'defense=3,,': character 11: expected NAME=VALUE, got ''");
  BOOST_TEST(message("defense=3,defence=2") == "scale 'defense=3,defence=2': character 11: obligation 'defence' given twice");
  BOOST_TEST(message("defense=0") == "scale 'defense=0': every value is 0");
  BOOST_TEST(message("ordinal").find("expected valued, binary or a mapping") != std::string::npos);
  BOOST_TEST((portfolio_direction_from_name("given") == portfolio_direction::given));
  BOOST_TEST(!portfolio_direction_from_name("both"));
}

BOOST_AUTO_TEST_SUITE_END()
