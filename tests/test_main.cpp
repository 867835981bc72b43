#define BOOST_TEST_MODULE pactgraph
#include <boost/test/unit_test.hpp>
