# init → departments → users → submit → review → notices → publish → withdraw → decide → audit.
include(${SCENARIO_DIR}/seed-city.cmake)

# Submit the sample's two 公安局 entries: one draft each, submitted; the code
# waits for the bureau (A7).
gs(0 "^([0-9]+)\t-\t11320600MB1T0101XP\tunpublished\tsubmitted\t[0-9]+\t户籍人口基本信息\n([0-9]+)\t-\t11320600MB1T0101XP\tunpublished\tsubmitted\t[0-9]+\t居民身份信息比对核验\n"
   --as police.op catalog submit ${FIXTURES}/police-entries.json)
set(ID ${MATCH_1})
set(ID2 ${MATCH_2})

# Review (A10): approve the first (the catalog code is assigned), reject the
# second with reasons per finding.
gs(0 "^${ID}\t101001/000001\t11320600MB1T0101XP\tunpublished\tapproved\t"
   --as reviewer catalog review ${ID} --approve)
gs(0 "^${ID2}\t-\t11320600MB1T0101XP\tunpublished\trejected\t"
   --as reviewer catalog review ${ID2} --reject 摘要应说明核验结果的用途 --path summary --reject 请补充数据标准)

# The department hears of both; one acknowledges for the department.
gs(0 "^([0-9]+)\treview_result\t[-0-9T:+]+\tentry:${ID}\tnew\n  目录审核通过：户籍人口基本信息（101001/000001）.*\treview_result\t.*\n  目录审核未通过：居民身份信息比对核验.*\n  summary: 摘要应说明核验结果的用途\n  请补充数据标准\n$"
   --as police.op notices)
set(NOTICE ${MATCH_1})
gs(0 "notice acknowledged: ${NOTICE}" --as police.leader notices ack ${NOTICE})
gs(0 "^[0-9]+\treview_result\t[^\n]*entry:${ID2}\tnew\n" --as police.op notices)
gs_not("目录审核通过")
gs(0 "^${NOTICE}\treview_result\t[^\n]*\tacknowledged:police.leader\n" --as police.op notices --all)

# The revised second entry is submitted again (same entry, new draft).
gs(0 "^${ID2}\t-\t11320600MB1T0101XP\tunpublished\tsubmitted\t"
   --as police.op catalog submit ${FIXTURES}/police-second-entry.json --revise ${ID2})

# Publish (A10): the department leader.
gs(0 "^${ID}\t101001/000001\t11320600MB1T0101XP\tpublished\t-\t[0-9]+\t户籍人口基本信息\n$"
   --as police.leader catalog publish ${ID})
gs(0 "\"status\": \"published\",.*\"live_version\": 1,.*\"live\": {\n    \"code\": \"101001/000001\",\n    \"name\": \"户籍人口基本信息\""
   --as civil.op catalog show ${ID})
# Another department sees published entries only.
gs(0 "^${ID}\t101001/000001\t[^\n]*\n$" --as civil.op catalog list)
gs(0 "^${ID}\t[^\n]*\n${ID2}\t[^\n]*\tsubmitted\t" --as auditor catalog list)

# Withdrawal (A16): requested, refused by the bureau, requested again, approved.
gs(0 "^${ID}\t101001/000001\t[^\t]+\twithdrawal_requested\t"
   --as police.leader catalog withdraw ${ID} --reason 系统迁移，数据改由新接口提供)
gs(0 "withdrawal_notice\t.*\n  资源拟撤销发布：户籍人口基本信息（101001/000001），理由：系统迁移，数据改由新接口提供"
   --as admin notices)
gs(0 "^${ID}\t101001/000001\t[^\t]+\tpublished\t"
   --as admin catalog withdraw-decide ${ID} --refuse --reason 仍有部门依赖，暂缓撤销)
gs(0 "\twithdrawal_requested\t" --as police.leader catalog withdraw ${ID} --reason 系统迁移)
gs(0 "^${ID}\t101001/000001\t[^\t]+\twithdrawn\t"
   --as reviewer catalog withdraw-decide ${ID} --approve --reason 已确认替代资源)
gs(0 "withdrawal_decision\t.*撤销发布已同意：户籍人口基本信息" --as police.op notices)
# Withdrawn, never deleted.
gs(0 "\"status\": \"withdrawn\",.*\"withdrawal_reason\": \"系统迁移\",.*\"name\": \"户籍人口基本信息\""
   --as auditor catalog show ${ID})

# The audit trail (A28) verifies and exports as JSON lines.
gs(0 "^审计链完整 audit trail intact: 23 records \\(sha256\\)\n  no signed checkpoint: " --as auditor audit verify)
gs(0 "^{\"position\":1,[^\n]*\"action\":\"platform.initialize\".*\"action\":\"catalog.withdraw\",\"object\":\"entry:${ID}\",[^\n]*\"reason\":\"已确认替代资源\"[^\n]*}\n$"
   --as admin audit export)
