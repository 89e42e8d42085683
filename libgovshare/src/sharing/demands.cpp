// Demand requests (A24–A25): a consumer asks a department for a resource not
// in the catalog; the department answers — not within its duties (promptly,
// the policy days), will publish (judged by the 1-month publication deadline
// alone), or cannot publish yet (feedback within 10 working days, filed with
// the bureau; also how a will_publish answer is changed) — and links the
// entry, published after receipt, that fulfils it.
#include "sharing/cases.h"

namespace govshare {
namespace {

using json = nlohmann::json;
using sharing_rules::DemandEvent;
using sharing_rules::DemandMachine;

const char kKind[] = "demand request";

std::string ObjectOf(std::int64_t id) { return CaseObject("demand", id); }

// A demand loaded for change by the department asked.
template <typename Fn>
DemandRequest ChangeDemand(PlatformCore& core, const std::string& actor, std::int64_t id, std::int64_t row_version,
                           Fn fn) {
  return ChangeCase(
      core, actor, CaseTable::kDemands, kKind, id, row_version,
      [&](const std::optional<PlatformCore::Actor>&, const CaseRow& row) {
        return Permission{Action::kAnswerDemand, row.provider_code, ObjectOf(id)};
      },
      fn);
}

DemandStatus Next(const CaseRow& row, DemandEvent event) {
  return DemandMachine().Next(EnumFromStoredName(row.status, DemandStatus::kFulfilled), event, row.id);
}

}  // namespace

DemandRequest SharingService::SubmitDemand(const std::string& actor, const DemandRequestInput& request) {
  RequireText(request.target_code, "target_code", "A24: the department asked");
  RequireText(request.description, "description", "A24: the resource needed");
  sharing_rules::RequireItems(request.items, "items", "A24");
  RequireText(request.purpose, "purpose", "A24: 履职需要");
  sharing_rules::RequireScan(request.scan, "scan", "A24");
  PlatformCore& core = *impl_;
  return RunWrite(core, actor, Permission{Action::kSubmitDemand, "", "department:" + request.target_code},
                  [&](Operation& op) {
                    Sharing sh(core);
                    if (!sh.S().FindDepartment(request.target_code)) {
                      throw NotFoundError("target_code: department " + request.target_code + " does not exist");
                    }
                    if (request.target_code == op.user().department_code) {
                      throw InvalidArgumentError("target_code " + request.target_code +
                                                 " is the requesting department itself (A24)");
                    }
                    DemandRequest d;
                    d.requested_by = op.user().id;
                    d.request = request;
                    d.submitted_at = core.Now();
                    CaseRow row = Sharing::NewRow(ToString(DemandStatus::kSubmitted), op.user().department_code,
                                                  request.target_code, std::nullopt, core.NowSeconds(), json(d));
                    row.id = sh.S().InsertCase(CaseTable::kDemands, row);
                    const std::string object = ObjectOf(row.id);
                    // A25: until answered, the step is due at the latest a lawful
                    // answer may come (1 month: will_publish has no earlier limit);
                    // the answer given decides the deadline it is judged by.
                    sh.OpenStep(StepKind::kDemandResponse, object, request.target_code, core.NowSeconds(),
                                core.Period(periods::kDemandUnanswered, core.NowSeconds()));
                    op.Notify(NoticeKind::kDemand, request.target_code, 0,
                              op.department().name + " 提交资源需求申请：" + request.description + "，请及时答复 (A25)",
                              object);
                    op.Audit("demand.submit", object, "", sh.Digest(row), request.description);
                    return sh.ToDemand(row);
                  });
}

DemandRequest SharingService::AnswerDemand(const std::string& actor, std::int64_t demand_id, std::int64_t row_version,
                                     const DemandAnswer& answer) {
  RequireText(answer.text, "answer.text", "A25: the answer or the feedback");
  const DemandEvent event = sharing_rules::AnswerEvent(answer.kind);
  if (!answer.suggested_department.empty() && answer.kind != DemandAnswerKind::kNotInDuties) {
    throw InvalidArgumentError("answer.suggested_department is only for a not_in_duties answer (A25)");
  }
  PlatformCore& core = *impl_;
  return ChangeDemand(core, actor, demand_id, row_version, [&](Operation& op, Sharing& sh, CaseRow& row) {
    const std::string object = ObjectOf(demand_id);
    const DemandStatus to = Next(row, event);
    if (!answer.suggested_department.empty() && !sh.S().FindDepartment(answer.suggested_department)) {
      throw NotFoundError("answer.suggested_department: department " + answer.suggested_department + " does not exist");
    }
    const std::string before = sh.Digest(row);
    DemandRequest d = sh.ToDemand(row);
    const std::int64_t received = d.submitted_at.ToUnixSeconds();
    // A25: each answer is judged by its own deadline, counted from receipt.
    const periods::StatutoryPeriod answer_period = core.Period(periods::DemandAnswerDuty(answer.kind), received);
    const Deadline judged = sh.DueAfter(received, answer_period);
    const bool changes_commitment = row.status == ToString(DemandStatus::kCommitted);
    if (changes_commitment) {
      // will_publish → cannot_publish_yet: the commitment is withdrawn with the
      // feedback, judged by A25's 10 working days from receipt.
      sh.CompleteStep(object, StepKind::kDemandPublication, op.user().id, ToString(answer.kind), judged,
                      answer_period.article);
    } else {
      sh.CompleteStep(object, StepKind::kDemandResponse, op.user().id, ToString(answer.kind), judged,
                      answer_period.article);
    }
    std::string message;
    switch (answer.kind) {
      case DemandAnswerKind::kNotInDuties: {
        message = "需求申请 " + std::to_string(demand_id) + " 不属于 " + op.department().name + " 履职范围：" +
                  answer.text +
                  (answer.suggested_department.empty() ? "" : "；建议向 " + answer.suggested_department + " 申请");
        break;
      }
      case DemandAnswerKind::kWillPublish: {
        const Deadline publish_by =
            sh.OpenStep(StepKind::kDemandPublication, object, row.provider_code, received,
                        core.Period(Duty::kDemandPublication, received));
        message = "需求申请 " + std::to_string(demand_id) + " 确属 " + op.department().name + " 履职范围，将于 " +
                  publish_by.due.date.ToIso() + " 前完成资源发布 (A25)：" + answer.text;
        break;
      }
      case DemandAnswerKind::kCannotPublishYet: {
        message = "需求申请 " + std::to_string(demand_id) + (changes_commitment ? " 原承诺发布，现" : " ") +
                  "暂时无法发布：" + answer.text + " (A25)";
        // A25: 报市大数据管理局备案.
        op.Notify(NoticeKind::kDemand, sh.Bureau(), 0, op.department().name + " 备案：" + message, object);
        break;
      }
    }
    d.answer = answer;
    d.answered_at = core.Now();
    d.answered_by = op.user().id;
    row.status = ToString(to);
    row.body = json(d).dump();
    sh.Store(CaseTable::kDemands, row, kKind);
    op.Notify(NoticeKind::kDemand, row.consumer_code, 0, message, object);
    op.Audit("demand.answer", object, before, sh.Digest(row), ToString(answer.kind) + ": " + answer.text);
    return sh.ToDemand(row);
  });
}

DemandRequest SharingService::FulfilDemand(const std::string& actor, std::int64_t demand_id, std::int64_t row_version,
                                     std::int64_t entry_id) {
  PlatformCore& core = *impl_;
  return ChangeDemand(core, actor, demand_id, row_version, [&](Operation& op, Sharing& sh, CaseRow& row) {
    const std::string object = ObjectOf(demand_id);
    const DemandStatus to = Next(row, DemandEvent::kFulfil);
    auto [e, content] = sh.LiveEntry(entry_id, "a demand is fulfilled by a published entry (A25)");
    if (e.provider_code != row.provider_code) {
      throw InvalidArgumentError("entry_id " + std::to_string(entry_id) + " is provided by " + e.provider_code +
                                 ", not by the department asked (" + row.provider_code + ", A25)");
    }
    DemandRequest d = sh.ToDemand(row);
    // A25 完成资源发布: the publication answers the request, so it comes after
    // receipt — the live version was published after the demand was received.
    const std::optional<std::int64_t> published = sh.PublishedAt(e);
    if (!published || *published < d.submitted_at.ToUnixSeconds()) {
      throw InvalidArgumentError(
          "entry_id " + std::to_string(entry_id) + ": entry " + e.code + " was published " +
          (published ? "at " + LocalDateTime::FromUnixSeconds(*published).ToIso() : std::string("at an unknown time")) +
          ", before demand " + std::to_string(demand_id) + " was received (" + d.submitted_at.ToIso() +
          "); a demand is fulfilled by a resource published in answer to it (A25 完成资源发布)");
    }
    const std::string before = sh.Digest(row);
    sh.CompleteStep(object, StepKind::kDemandPublication, op.user().id, "published");
    d.fulfilled_at = core.Now();
    row.status = ToString(to);
    row.entry_id = e.id;
    row.body = json(d).dump();
    sh.Store(CaseTable::kDemands, row, kKind);
    op.Notify(NoticeKind::kDemand, row.consumer_code, e.id,
              "需求申请 " + std::to_string(demand_id) + " 的资源已发布：" + e.code + " " + content.name +
                  "，可提交使用申请 (A25)",
              object);
    op.Audit("demand.fulfil", object, before, sh.Digest(row), e.code);
    return sh.ToDemand(row);
  });
}

DemandRequest SharingService::GetDemand(const std::string& actor, std::int64_t demand_id) const {
  return GetCase(*impl_, actor, CaseTable::kDemands, kKind, "demand", demand_id,
                 [](Sharing& sh, const CaseRow& row) { return sh.ToDemand(row); });
}

std::vector<DemandRequest> SharingService::Demands(const std::string& actor, const std::string& department_code) const {
  return ListCases(*impl_, actor, department_code, CaseTable::kDemands,
                   [](Sharing& sh, const CaseRow& row) { return sh.ToDemand(row); });
}

}  // namespace govshare
