// Internal: a state machine as a transition table — the form every case
// type's rule takes (catalog/rules.h, sharing/rules.h). Storage-free; the
// refusal of an event names the rule and its article.
#ifndef GOVSHARE_SRC_BASE_STATE_MACHINE_H_
#define GOVSHARE_SRC_BASE_STATE_MACHINE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "govshare/error.h"

namespace govshare {

/// One allowed move of a case.
template <typename Status, typename Event>
struct Transition {
  Status from;
  Event event;
  Status to;
};

/// What an event needs, said when it is refused (with its article).
template <typename Event>
struct EventRule {
  Event event;
  const char* name;     ///< e.g. "accept"
  /// e.g. "only a submitted application can be accepted (A21)", said after
  /// "<case> is <status>; ", or a whole sentence naming the case as
  /// "{subject}" ("{subject} is already resolved (A33)").
  const char* refusal;
};

/// A case type's state machine: its transitions and, per event, the rule a
/// refused event breaks.
template <typename Status, typename Event>
struct StateMachine {
  const char* kind;  ///< "application", "authorization", …
  std::vector<Transition<Status, Event>> transitions;
  std::vector<EventRule<Event>> events;

  /// The status `event` leads to from `from`; none when not allowed.
  std::optional<Status> Find(Status from, Event event) const {
    for (const auto& t : transitions)
      if (t.from == from && t.event == event) return t.to;
    return std::nullopt;
  }
  /// The status `event` leads to, or the invalid-transition error naming
  /// the case (`id`), its status and the rule (e.g. "application 7 is
  /// granted; only a submitted application can be accepted (A21)").
  Status Next(Status from, Event event, std::int64_t id) const {
    return Next(from, event, std::string(kind) + " " + std::to_string(id));
  }
  /// The same, the case named by `subject` (e.g. "entry 3 version 2").
  Status Next(Status from, Event event, const std::string& subject) const {
    if (auto to = Find(from, event)) return *to;
    const std::string refusal = Refusal(event);
    const size_t at = refusal.find("{subject}");
    if (at != std::string::npos) {  // a refusal that names the case itself
      throw InvalidTransitionError(refusal.substr(0, at) + subject + refusal.substr(at + 9));
    }
    throw InvalidTransitionError(subject + " is " + ToString(from) + "; " + refusal);
  }
  const char* Refusal(Event event) const {
    for (const auto& e : events)
      if (e.event == event) return e.refusal;
    return "not allowed";
  }
};

}  // namespace govshare

#endif  // GOVSHARE_SRC_BASE_STATE_MACHINE_H_
