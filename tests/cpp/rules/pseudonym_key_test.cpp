// Which key the platform's pseudonyms are made with (access/pseudonym_key.h;
// docs/security.md), every combination of a configured key, a key an older
// version left in the database and the id of the key the platform adopted.
#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "access/pseudonym_key.h"
#include "govshare/error.h"
#include "govshare/keys.h"

namespace govshare::access_detail {
namespace {

TEST(PseudonymKeyRuleTest, EveryCombination) {
  const std::string a = GeneratePseudonymKey(), b = GeneratePseudonymKey();
  const std::string id_a = PseudonymKeyId(a), id_b = PseudonymKeyId(b);
  EXPECT_NE(id_a, id_b);
  EXPECT_EQ(id_a.find(a.substr(0, 16)), std::string::npos) << "the id does not show the key";
  struct Row {
    std::string configured;
    std::optional<std::string> legacy, platform_id;
    const char* refused;  // a word of the refusal, or nullptr: uses `key`
    std::string key;
    bool record_id;
  };
  const Row rows[] = {
      {"", std::nullopt, std::nullopt, "no pseudonym key", "", false},      // nothing anywhere
      {"", std::nullopt, id_a, "kept outside the database", "", false},     // moved out, not given
      {"", a, std::nullopt, nullptr, a, false},                             // an older platform's own
      {a, std::nullopt, std::nullopt, nullptr, a, true},                    // first use: adopted
      {a, std::nullopt, id_a, nullptr, a, false},                           // the platform's
      {b, std::nullopt, id_a, "rotate", "", false},                         // another key: on purpose only
      {a, a, std::nullopt, nullptr, a, true},                               // the same as the old one
      {b, a, std::nullopt, "move that one out", "", false},                 // not the old one
  };
  for (const Row& r : rows) {
    const PseudonymKeyState s{r.configured, r.legacy, r.platform_id};
    const std::string shown = "configured " + std::to_string(!r.configured.empty()) + " legacy " +
                              std::to_string(r.legacy.has_value()) + " id " + std::to_string(r.platform_id.has_value());
    if (r.refused) {
      try {
        ChoosePseudonymKey(s);
        ADD_FAILURE() << shown;
      } catch (const InvalidTransitionError& e) {
        EXPECT_NE(std::string(e.what()).find(r.refused), std::string::npos) << shown << ": " << e.what();
      }
    } else {
      const PseudonymKeyChoice c = ChoosePseudonymKey(s);
      EXPECT_EQ(c.key, r.key) << shown;
      EXPECT_EQ(c.record_id, r.record_id) << shown;
    }
  }
}

}  // namespace
}  // namespace govshare::access_detail
