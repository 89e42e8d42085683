// Catalog quality checks of the share attribute: A8 (the scope of a
// conditional entry, the legal basis of a not-shared one), A13 (share
// methods), A18 (the authorization mode, controlled parameters), A28
// (personal information shared unconditionally). The rules are in the table
// of validation.cpp.
#include "catalog/validation_checker.h"

#include <algorithm>
#include <set>

#include "govshare/identifiers.h"

namespace govshare {
namespace validation_detail {

void CheckShare(const CatalogEntry& e, const ValidationOptions& options, Checker& c) {
  const ShareAttribute& s = e.share;
  c.Utf8(s.conditions, "share.conditions");
  c.Utf8(s.front_database, "share.front_database");
  const bool shared = s.share_class != ShareClass::kNotShared;
  std::set<std::string> item_names;
  for (const auto& item : e.items) item_names.insert(item.name);

  if (s.share_class == ShareClass::kConditional) {
    if (s.scope.IsEmpty()) c.Add("share.conditional_scope", "share.scope", "", "");
    auto check_items = [&](const std::vector<std::string>& names, const std::string& path) {
      for (size_t i = 0; i < names.size(); ++i) {
        if (!item_names.count(names[i])) {
          c.Add("share.scope_items", Idx(path, i), "“" + names[i] + "”", "\"" + names[i] + "\"");
        }
      }
    };
    check_items(s.scope.open_items, "share.scope.open_items");
    check_items(s.scope.masked_items, "share.scope.masked_items");
    const std::set<std::string> open_set(s.scope.open_items.begin(), s.scope.open_items.end());
    for (size_t i = 0; i < s.scope.masked_items.size(); ++i) {
      if (open_set.count(s.scope.masked_items[i])) {
        c.Add("share.scope_overlap", Idx("share.scope.masked_items", i),
              "“" + s.scope.masked_items[i] + "”", "\"" + s.scope.masked_items[i] + "\"");
      }
    }
    for (size_t i = 0; i < s.scope.departments.size(); ++i) {
      const std::string& d = s.scope.departments[i];
      if (!IsValidCreditCode(d)) {
        c.Add("share.scope_departments", Idx("share.scope.departments", i), "“" + d + "” 不是有效的统一社会信用代码",
              "\"" + d + "\" is not a valid unified social credit code");
      } else if (d == e.provider.code) {
        c.Add("share.scope_departments", Idx("share.scope.departments", i), "不得指定提供部门自身",
              "the provider itself needs no scope");
      }
    }
  } else if (!s.scope.IsEmpty()) {
    c.Add("share.scope_unexpected", "share.scope", ChineseLabel(s.share_class), ToString(s.share_class));
  }

  if (s.share_class == ShareClass::kNotShared) {
    if (!s.legal_basis) {
      c.Add("share.legal_basis", "share.legal_basis", "", "");
    } else if (s.legal_basis->title.empty()) {
      c.Add("share.legal_basis", "share.legal_basis.title", "依据名称为空", "the title is empty");
    } else {
      c.Utf8(s.legal_basis->title, "share.legal_basis.title");
      c.Utf8(s.legal_basis->article, "share.legal_basis.article");
      // N14 (above A8): only a law, an administrative regulation or a State
      // Council decision makes data not shared. A warning: a catalog compiled
      // under A8 is reviewed by the bureau, not silently refused (N16).
      if (!IsNationalNotSharedBasis(s.legal_basis->kind)) {
        c.Add("share.legal_basis_national", "share.legal_basis.kind",
              "依据为" + ChineseLabel(s.legal_basis->kind) + "（" + s.legal_basis->title + "）",
              "the basis is a " + ToString(s.legal_basis->kind) + " (" + s.legal_basis->title + ")");
      }
    }
    if (!s.methods.empty()) {
      c.Add("share.not_shared_offer", "share.methods", "", "methods are listed");
    }
    if (s.authorization_mode) {
      c.Add("share.not_shared_offer", "share.authorization_mode", "", "a mode is set");
    }
  } else if (s.legal_basis) {
    c.Add("share.legal_basis_unexpected", "share.legal_basis", "", "");
  }

  // A13: share methods.
  std::set<ShareMethod> methods;
  for (size_t i = 0; i < s.methods.size(); ++i) {
    if (!methods.insert(s.methods[i]).second) {
      c.Add("share.methods_duplicate", Idx("share.methods", i), ChineseLabel(s.methods[i]),
            ToString(s.methods[i]));
    }
  }
  if (shared) {
    if (methods.empty()) c.Add("share.methods_required", "share.methods", "", "");
    // A13 变化频繁、时效性较强: the update cycles the options name.
    const auto& fast = options.api_update_cycles;
    const bool frequent = std::find(fast.begin(), fast.end(), e.update_cycle) != fast.end();
    if ((frequent || s.parallel_approval) && !methods.count(ShareMethod::kApi)) {
      c.Add("method.api_required", "share.methods",
            frequent ? "更新周期为" + ChineseLabel(e.update_cycle) + "，变化频繁、时效性较强" : "用于跨部门并联审批",
            frequent ? "update cycle is " + ToString(e.update_cycle) + " (frequently changing, time-critical)"
                     : "used in parallel approval");
    }
    if (s.for_analysis && !methods.count(ShareMethod::kTable)) {
      c.Add("method.table_required", "share.methods", "", "");
    }
    if (methods.count(ShareMethod::kTable) && s.front_database.empty()) {
      c.Add("method.front_database", "share.front_database", "", "");
    }

    // A18: authorization mode.
    if (!s.authorization_mode) {
      c.Add("auth.mode_required", "share.authorization_mode", "", "");
    } else {
      const bool plain_unconditional =
          s.share_class == ShareClass::kUnconditional && s.controlled_parameters.empty();
      if (*s.authorization_mode == AuthorizationMode::kPlatformDirect && !plain_unconditional) {
        c.Add("auth.platform_direct", "share.authorization_mode",
              s.share_class != ShareClass::kUnconditional ? "资源为" + ChineseLabel(s.share_class)
                                                          : "资源设有管控参数",
              s.share_class != ShareClass::kUnconditional ? "the entry is " + ToString(s.share_class)
                                                          : "the entry has controlled parameters");
      } else if (*s.authorization_mode != AuthorizationMode::kPlatformDirect && plain_unconditional) {
        c.Add("auth.platform_direct_expected", "share.authorization_mode",
              ChineseLabel(*s.authorization_mode), ToString(*s.authorization_mode));
      }
    }
    // A28: personal information shared with everyone, unmasked.
    if (s.share_class == ShareClass::kUnconditional) {
      for (size_t i = 0; i < e.items.size(); ++i) {
        const DataItem& item = e.items[i];
        if (item.personal_info != PersonalInfoKind::kNone &&
            item.personal_info != PersonalInfoKind::kCreditCode &&
            (!item.share_class || *item.share_class == ShareClass::kUnconditional)) {
          c.Add("share.personal_info", Idx("items", i) + ".personal_info",
                "“" + item.name + "”", "\"" + item.name + "\" (" + ToString(item.personal_info) + ")");
        }
      }
    }
  }
  std::set<std::string> params;
  for (size_t i = 0; i < s.controlled_parameters.size(); ++i) {
    const std::string& p = s.controlled_parameters[i];
    if (p.empty() || !params.insert(p).second) {
      c.Add("auth.controlled_parameters", Idx("share.controlled_parameters", i), "“" + p + "”",
            "\"" + p + "\"");
    }
  }
}

}  // namespace validation_detail
}  // namespace govshare
