// Test helper: checks a state machine (base/state_machine.h) against its
// complete expected transition table, every status × event.
#ifndef GOVSHARE_TESTS_CPP_RULES_MACHINE_TABLE_H_
#define GOVSHARE_TESTS_CPP_RULES_MACHINE_TABLE_H_

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <utility>

#include "base/state_machine.h"
#include "govshare/error.h"

namespace govshare {
namespace testing {

// Checks a machine against the complete expected table: every status ×
// event not listed must be refused with the invalid-transition error that
// names the case, the status and the article.
template <typename S, typename E>
inline void ExpectExactly(const StateMachine<S, E>& m, int statuses, int events, const std::map<std::pair<S, E>, S>& expected) {
  int allowed = 0;
  for (int s = 1; s <= statuses; ++s) {
    for (int e = 0; e < events; ++e) {
      const S from = static_cast<S>(s);
      const E event = static_cast<E>(e);
      const auto it = expected.find({from, event});
      const auto found = m.Find(from, event);
      if (it != expected.end()) {
        ++allowed;
        ASSERT_TRUE(found.has_value()) << m.kind << " " << ToString(from) << " × " << e;
        EXPECT_EQ(*found, it->second) << m.kind << " " << ToString(from) << " × " << e;
        EXPECT_EQ(m.Next(from, event, 7), it->second);
      } else {
        EXPECT_FALSE(found.has_value()) << m.kind << " " << ToString(from) << " × " << e << " should be refused";
        try {
          m.Next(from, event, 7);
          ADD_FAILURE() << m.kind << " " << ToString(from) << " × " << e << " was allowed";
        } catch (const InvalidTransitionError& err) {
          const std::string what = err.what();
          EXPECT_NE(what.find(std::string(m.kind) + " 7 is " + ToString(from)), std::string::npos) << what;
          // An article of the Nantong rules (A…) or of the national regulation (N…).
          EXPECT_TRUE(what.find("(A") != std::string::npos || what.find("(N") != std::string::npos)
              << "names no article: " << what;
        }
      }
    }
  }
  EXPECT_EQ(allowed, static_cast<int>(expected.size()));
  EXPECT_EQ(m.transitions.size(), expected.size()) << m.kind << " has transitions the table does not list";
}

}  // namespace testing
}  // namespace govshare

#endif  // GOVSHARE_TESTS_CPP_RULES_MACHINE_TABLE_H_
