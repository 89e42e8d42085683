# The sharing workflow on the command line, on the demo's platform file (its
# simulated clock stands at 2027-02-01T09:00, which the file remembers): 人社局
# (hrss) applies (A20) for 公安局's 户籍人口基本信息 with a stamped scan given as a
# file (its name, size and SHA-256 recorded); the bureau accepts (A21); the
# police leader grants (A22); `decide` answers for 人社局's operator (A8, A30) and
# `filter` delivers records through the decision made in the same run — the ID
# number masked 320613********1232, the address masked, unrequested items
# dropped; the usage log has both (A28). Then a use recorded, the non-use
# listing (A26), a platform-wide grant (A18), a demand request submitted,
# answered, re-answered and fulfilled by a newly published entry (A24, A25),
# and the expiries recorded when the clock passes a period's end (A26). Each
# refusal kind (permission denied, not found, conflict, invalid argument,
# invalid transition; a bad option) exits 2 with its exact stderr form.
gs_on_the_demo()
set(hrss 11320600MB1T01036J)
set(police 11320600MB1T0101XP)
set(housing 11320600MB1T010790)
set(bureau 11320600MB1T01108B)
set(civil 11320600MB1T01044D)
set(fund 12320600MB1T01132Q)
set(land 11320600MB1T010528)
gs(0 "^simulated 2027-02-01T09:00:00\\+08:00\n$" clock)

# The stamped scan (a file with a Chinese name) and its digest as CMake computes it.
set(scan ${WORK}/使用申请表（盖章）.pdf)
file(WRITE ${scan} "%PDF-1.4 使用申请表 南通市人力资源和社会保障局（盖章）\n")
file(SIZE ${scan} scan_size)
file(SHA256 ${scan} scan_sha)
file(WRITE ${WORK}/empty.pdf "")

# ---- apply (A20): refusals first --------------------------------------------------------------
gs(0 "(^|\n)([0-9]+)\t101001/000001\t${police}\tpublished\t[^\n]*\t户籍人口基本信息\n" --as hrss.op catalog list)
set(entry ${MATCH_2})
set(apply_args --items 姓名,公民身份号码,户籍地址 --purpose 社会保险待遇资格认证
    --legal-duty 《社会保险法》第七十四条 --from 2027-02-01 --until 2027-12-31)
# invalid argument: outside the conditional entry's share scope (A8), a method it does not
# offer (A13), a blank purpose, an empty scan (A20)
gs(2 "^govshare: invalid argument: items\\[0\\] \"姓名\": the share scope of entry 101001/000001 \\(有条件共享\\) does not cover department ${housing}; only its items for all departments may be asked for \\(A8\\)\n$"
   --as housing.op apply ${entry} ${apply_args} --scan ${scan})
gs(2 "^govshare: invalid argument: method file is not offered by entry 101001/000001 \\(A13: its share methods\\)\n$"
   --as hrss.op apply ${entry} ${apply_args} --scan ${scan} --method file)
gs(2 "^govshare: invalid argument: purpose is required \\(A20: the use the data serves \\(根据履职需要\\)\\)\n$"
   --as hrss.op apply ${entry} --items 姓名 --purpose " " --legal-duty 《社会保险法》第七十四条 --from 2027-02-01
   --until 2027-12-31 --scan ${scan})
gs(2 "^govshare: invalid argument: scan.size must be > 0 bytes \\(A20: the stamped application scan \\(申请材料须加盖印章，并提交扫描件\\)\\)\n$"
   --as hrss.op apply ${entry} ${apply_args} --scan ${WORK}/empty.pdf)
# permission denied, not found
gs(2 "^govshare: permission denied: user \"auditor\" may not apply on entry:${entry}: roles \\[auditor\\] of 南通市大数据管理局 \\(docs/permissions.md\\)\n$"
   --as auditor apply ${entry} ${apply_args} --scan ${scan})
gs(2 "^govshare: not found: catalog entry 99999 does not exist\n$" --as hrss.op apply 99999 ${apply_args} --scan ${scan})
# bad usage: an unreadable scan, a bad method or date, a missing option
gs(2 "^govshare: --scan ${WORK}/no-such.pdf: cannot read ${WORK}/no-such.pdf\n$"
   --as hrss.op apply ${entry} ${apply_args} --scan ${WORK}/no-such.pdf)
gs(2 "^govshare: --method ftp: one of table, api, file \\(A13\\)\n$"
   --as hrss.op apply ${entry} ${apply_args} --scan ${scan} --method ftp)
gs(2 "^govshare: --until: date \"2027-02-30\" does not exist in the calendar\n$"
   --as hrss.op apply ${entry} --items 姓名 --purpose p --legal-duty d --from 2027-02-01 --until 2027-02-30 --scan ${scan})
gs(2 "^govshare: --from: date \"2027-2-1\" must have the form YYYY-MM-DD\n$"
   --as hrss.op apply ${entry} --items 姓名 --purpose p --legal-duty d --from 2027-2-1 --until 2027-12-31 --scan ${scan})
gs(2 "^--scan is required\nRun with --help for more information.\n$" --as hrss.op apply ${entry} ${apply_args})
gs(2 "^govshare: `govshare apply` needs the acting user: --as USER\n$" apply ${entry} ${apply_args} --scan ${scan})
gs(0 "" --as admin application list)
gs_not("\t${hrss}\t${police}\t101001/000001\t")

# ---- applied: the bureau's form check opens (A21, 1 working day) ----------------------------------
gs(0 "^([0-9]+)\tsubmitted\t${hrss}\t${police}\t101001/000001\t${police}\t2027-02-01\t1\n  状态：待受理\n  items: 姓名,公民身份号码,户籍地址\n  purpose: 社会保险待遇资格认证\n  valid: 2027-02-01..2027-12-31\n  step\tform_check\t${bureau}\t2027-02-02T24:00:00\\+08:00\tA21\tpending\t-\n$"
   --as hrss.op apply ${entry} ${apply_args} --scan ${scan})
set(app ${MATCH_1})
gs(0 "\"status\": \"submitted\",.*\"legal_duty\": \"《社会保险法》第七十四条\",\n  \"method\": \"api\",.*\"scan\": {\n    \"file_name\": \"使用申请表（盖章）.pdf\",\n    \"sha256\": \"${scan_sha}\",\n    \"size\": ${scan_size}\n  },\n  \"seasonal\": false,"
   --as hrss.op application show ${app} --json)
gs(0 "\tform_check\tapplication:${app}\t${bureau}\t2027-02-01T09:00:00\\+08:00\t2027-02-02T24:00:00\\+08:00\tA21\tpending\t-\n"
   --as admin steps)
# Only the bureau reviews the form; the provider cannot grant before it is accepted.
gs(2 "^govshare: permission denied: user \"police.leader\" may not check_application on application:${app}: roles \\[dept_leader\\] of 南通市公安局 \\(docs/permissions.md\\)\n$"
   --as police.leader application accept ${app})
gs(2 "^govshare: invalid transition: application ${app} is submitted; only an accepted application can be granted \\(A22, A23\\)\n$"
   --as police.leader application grant ${app})
gs(0 "^${app}\taccepted\t[^\n]*\t2\n.*  step\tform_check\t${bureau}\t2027-02-02T24:00:00\\+08:00\tA21\ton time\taccepted\n  step\tprovider_decision\t${police}\t[0-9-]+T24:00:00\\+08:00\tN21\tpending\t-\n$"
   --as reviewer application accept ${app} --row-version 1)
gs(2 "^govshare: invalid transition: application ${app} is accepted; only a submitted application can be accepted \\(A21\\)\n$"
   --as reviewer application accept ${app})
# conflict: the grant was based on the version read before the acceptance
gs(2 "^govshare: conflict: application ${app} has changed \\(row_version 2, the change was based on 1\\); read it again\n$"
   --as police.leader application grant ${app} --row-version 1)
gs(0 "^${app}\tgranted\t[^\n]*\t3\n.*  authorization: ([0-9]+)\n.*\tprovider_decision\t${police}\t[^\t]+\tN21\ton time\tgranted\n$"
   --as police.leader application grant ${app} --row-version 2)
set(auth ${MATCH_1})
gs(0 "^${auth}\t${hrss}\t${police}\t101001/000001\tactive\t2027-02-01\t2027-12-31\t1\n  items\t姓名,公民身份号码,户籍地址\n  methods\tapi\n"
   --as hrss.op authorization show ${auth})

# ---- decide (A8, A26, A28, A30) -------------------------------------------------------------------
gs(0 "^allowed\t${entry}\t${auth}\t${hrss}\n  item\t姓名\tplain\t-\n  item\t公民身份号码\tmasked\tA8\n  item\t户籍地址\tmasked\tA8\n$"
   --as hrss.op decide ${entry} --items 姓名,公民身份号码,户籍地址 --purpose 社保认证-2027-0001)
gs(0 "\n  reason\tauthorization\tA26, A30\tpassed\tauthorization ${auth} of the department is in force on 2027-02-01 for this method\n"
   --as hrss.op decide ${entry} --items 姓名 --purpose 社保认证-2027-0001 --explain)
gs(0 "^{\n  \"allowed\": true,\n  \"user_id\": \"hrss.op\",\n  \"consumer_code\": \"${hrss}\",\n  \"entry_id\": ${entry},\n  \"authorization_id\": ${auth},\n  \"method\": \"api\",\n  \"time\": \"2027-02-01T09:00:00\\+08:00\",\n  \"purpose\": \"社保认证-2027-0001\",\n  \"expires\": \"[^\"]+\",\n  \"items\": \\[\n.*\"item\": \"公民身份号码\",\n      \"treatment\": \"masked\",\n      \"why\": \"A8\",\n      \"masking\": {\n        \"kind\": \"id_card\","
   --as hrss.op decide ${entry} --items 姓名,公民身份号码 --purpose 社保认证-2027-0001 --json)
gs_not("seal")
# A refusal is an answer, not an error: exit 0, the failed rule named.
gs(0 "^refused\t${entry}\t-\t${housing}\n  item\t姓名\twithheld\t-\n  reason\tauthorization\tA26, A30\tfailed\tno authorization of the department on the entry\n$"
   --as housing.op decide ${entry} --items 姓名 --purpose 住房保障-2027-0001)
gs(2 "^--items is required\nRun with --help for more information.\n$" --as hrss.op decide ${entry} --purpose p)

# ---- filter: decided and delivered in one run (the decision's seal never leaves it) ----------------
file(WRITE ${WORK}/records.json [=[
[{"公民身份号码": "320613198506151232", "姓名": "张三", "户籍地址": "江苏省南通市崇川区工农路17号", "婚姻状况": "20"},
 {"公民身份号码": "32060219800101123X", "姓名": "李四", "户籍地址": "江苏省南通市港闸区永兴大道8号", "婚姻状况": "10"}]
]=])
gs(0 "^\\[\n  {\n    \"公民身份号码\": \"320613\\*\\*\\*\\*\\*\\*\\*\\*1232\",\n    \"姓名\": \"张三\",\n    \"户籍地址\": \"江苏省南通市崇川区\\*+\"\n  },\n  {\n    \"公民身份号码\": \"320602\\*\\*\\*\\*\\*\\*\\*\\*123X\",\n    \"姓名\": \"李四\",\n    \"户籍地址\": \"江苏省南通市港闸区\\*+\"\n  }\n\\]\n$"
   --as hrss.op filter ${entry} --items 姓名,公民身份号码,户籍地址 --purpose 社保认证-2027-0002 ${WORK}/records.json)
gs_not("198506151232|工农路|婚姻状况")
gs(0 "^{\n  \"decision\": {\n    \"allowed\": true,.*\n  \"records\": \\[\n    {\n      \"公民身份号码\": \"320613\\*\\*\\*\\*\\*\\*\\*\\*1232\",\n      \"姓名\": \"张三\"\n    },"
   --as hrss.op filter ${entry} --items 姓名,公民身份号码 --purpose 社保认证-2027-0003 ${WORK}/records.json --json)
gs_not("户籍地址|198506151232")
# permission denied: the decision refused, nothing delivered (A30)
gs(2 "^govshare: permission denied: the decision refused the access: [a-z_]+ \\([A-Z0-9, ]+\\) [^\n]+; nothing may be delivered \\(A30\\)\n$"
   --as housing.op filter ${entry} --items 姓名 --purpose 住房保障-2027-0001 ${WORK}/records.json)
gs_not("张三")
file(WRITE ${WORK}/not-records.json "{\"姓名\": \"张三\"}\n")
gs(2 "^govshare: parse error: records: a JSON array of objects is expected\n$"
   --as hrss.op filter ${entry} --items 姓名 --purpose 社保认证-2027-0004 ${WORK}/not-records.json)
gs(2 "^govshare: cannot read ${WORK}/no-such.json\n$"
   --as hrss.op filter ${entry} --items 姓名 --purpose 社保认证-2027-0004 ${WORK}/no-such.json)
# A comparison-only entry (居民身份信息比对核验, A8 数据比对): 人社局 may compare, never receive.
gs(0 "(^|\n)([0-9]+)\t101001/000002\t${police}\tpublished\t" --as hrss.op catalog list)
set(compare_entry ${MATCH_2})
gs(0 "^allowed\t${compare_entry}\t[0-9]+\t${hrss}\n  item\t姓名\tcomparison_only\tA8\n  item\t公民身份号码\tcomparison_only\tA8\n$"
   --as hrss.op decide ${compare_entry} --items 姓名,公民身份号码 --purpose 比对-2027-0001)
gs(2 "^govshare: permission denied: records\\[0\\]\\.公民身份号码 is comparison-only \\(A8 数据比对\\): it is never delivered; use Compare\n$"
   --as hrss.op filter ${compare_entry} --items 姓名,公民身份号码 --purpose 比对-2027-0001 ${WORK}/records.json)
gs_not("张三")
# The usage log (A28): the deliveries and the refusals, with their purposes.
gs(0 "\t2027-02-01T09:00:00\\+08:00\thrss.op\t${hrss}\t${entry}\t${auth}\tdeliver\tallowed\t姓名,公民身份号码,户籍地址\n  社保认证-2027-0002\n  delivered 2 records: 姓名 plain, 公民身份号码 masked, 户籍地址 masked\n"
   --as hrss.op usage --entry ${entry})
gs(0 "\thousing.op\t${housing}\t${entry}\t-\tdecide\trefused\t姓名\n  住房保障-2027-0001\n  refused: authorization\n"
   --as admin usage --consumer ${housing})

# ---- authorization use, non-use (A26), expire ---------------------------------------------------
gs(0 "^${auth}\t${hrss}\t${police}\t101001/000001\tactive\t" --as hrss.op authorization use ${auth})
gs(0 "\"last_used\": \"2027-02-01T09:00:00\\+08:00\"" --as hrss.op authorization show ${auth} --json)
gs(2 "^govshare: permission denied: user \"housing.op\" may not use_data on authorization:${auth}: roles \\[dept_operator\\] of 南通市住房和城乡建设局 cannot act for department ${hrss} \\(docs/permissions.md\\)\n$"
   --as housing.op authorization use ${auth})
gs(2 "^govshare: not found: authorization 99999 does not exist\n$" --as hrss.op authorization use 99999)
# 公积金中心's authorization on the entry has gone unused since September: revocable (A26);
# the one just granted is not.
gs(0 "^([0-9]+)\t${fund}\t${police}\t101001/000001\tactive\t2026-09-08\t2027-08-31\t1\n$"
   --as police.leader authorization non-use --provider ${police})
gs(0 "^\\[\n  {\n    \"id\": [0-9]+,\n    \"row_version\": 1,\n    \"consumer_code\": \"${fund}\","
   --as police.leader authorization non-use --provider ${police} --json)
gs(2 "^govshare: permission denied: user \"hrss.op\" may not read_sharing on department:${police}: a department reads only its own cases \\(docs/permissions.md\\)\n$"
   --as hrss.op authorization non-use --provider ${police})
gs(0 "^$" --as admin authorization expire)
gs(2 "^govshare: permission denied: user \"hrss.op\" may not manage_authorization on authorizations: roles \\[dept_operator\\] of 南通市人力资源和社会保障局 \\(docs/permissions.md\\)\n$"
   --as hrss.op authorization expire)

# ---- platform-grant (A18 整体授权): 民政局's provider_to_platform entry ------------------------------
gs(0 "(^|\n)([0-9]+)\t101002/000001\t${civil}\tpublished\t[^\n]*\t婚姻登记信息\n" --as civil.op catalog list)
set(marriage ${MATCH_2})
gs(2 "^govshare: permission denied: user \"civil.op\" may not decide_as_provider on entry:${marriage}: roles \\[dept_operator\\] of 南通市民政局 \\(docs/permissions.md\\)\n$"
   --as civil.op platform-grant ${marriage})
gs(2 "^govshare: permission denied: user \"civil.leader\" may not decide_as_provider on entry:${entry}: roles \\[dept_leader\\] of 南通市民政局 cannot act for department ${police} \\(docs/permissions.md\\)\n$"
   --as civil.leader platform-grant ${entry})
gs(0 "^([0-9]+)\t${bureau}\t${civil}\t101002/000001\tactive\t2027-02-01\t2027-12-31\t1\n  items\t登记类型,男方姓名,男方公民身份号码,女方姓名,女方公民身份号码,登记日期,登记机关,证件字号\n  methods\tapi\n"
   --as civil.leader platform-grant ${marriage} --until 2027-12-31 --conditions 限履职使用)
set(pgrant ${MATCH_1})
gs(0 "\"platform_wide\": true," --as civil.leader authorization show ${pgrant} --json)
gs(2 "^govshare: invalid transition: entry 101002/000001 already has an active grant to the platform \\(authorization ${pgrant}, A18\\); revoke it before granting again\n$"
   --as civil.leader platform-grant ${marriage})
gs(2 "^govshare: not found: catalog entry 99999 does not exist\n$" --as civil.leader platform-grant 99999)

# ---- demand requests (A24, A25) ----------------------------------------------------------------
gs(0 "^([0-9]+)\tsubmitted\t${hrss}\t${land}\t2027-02-01\t1\n  需求：全市不动产抵押登记统计\n  状态：待答复\n  items: 抵押人,抵押面积\n  purpose: 社保基金风险监测\n  scan: 使用申请表（盖章）.pdf ${scan_size} ${scan_sha}\n  step\tdemand_response\t${land}\t[0-9-]+T24:00:00\\+08:00\tA25\tpending\t-\n$"
   --as hrss.op demand submit --to ${land} --description 全市不动产抵押登记统计 --items 抵押人,抵押面积
   --purpose 社保基金风险监测 --scan ${scan})
set(demand ${MATCH_1})
gs(0 "(^|\n)${demand}\tsubmitted\t${hrss}\t${land}\t2027-02-01\t1\n" --as land.op demand list)
gs(0 "\"status\": \"submitted\",.*\"target_code\": \"${land}\",.*\"sha256\": \"${scan_sha}\"" --as land.op demand show ${demand} --json)
gs(2 "^govshare: permission denied: user \"land.op\" may not answer_demand on demand:${demand}: roles \\[dept_operator\\] of 南通市自然资源和规划局 \\(docs/permissions.md\\)\n$"
   --as land.op demand answer ${demand} --kind will_publish --text 一个月内发布)
gs(2 "^govshare: permission denied: user \"housing.op\" may not read_sharing on demand:${demand}: roles \\[dept_operator\\] of 南通市住房和城乡建设局 cannot act for department ${hrss} \\(docs/permissions.md\\)\n$"
   --as housing.op demand show ${demand})
gs(2 "^govshare: --kind maybe: one of not_in_duties, will_publish, cannot_publish_yet \\(A25\\)\n$"
   --as land.leader demand answer ${demand} --kind maybe --text 再议)
gs(0 "^${demand}\tcommitted\t[^\n]*\t2\n.*  answer: will_publish \\(1个月内完成发布\\)：一个月内发布\n  step\tdemand_response\t${land}\t[^\t]+\tA25\ton time\twill_publish\n  step\tdemand_publication\t${land}\t[^\t]+\tA25\tpending\t-\n$"
   --as land.leader demand answer ${demand} --kind will_publish --text 一个月内发布 --row-version 1)
gs(2 "^govshare: conflict: demand request ${demand} has changed \\(row_version 2, the change was based on 1\\); read it again\n$"
   --as land.leader demand answer ${demand} --kind cannot_publish_yet --text 系统改造中 --row-version 1)
# A will_publish answer may become cannot_publish_yet (A25); nothing else changes after.
gs(0 "^${demand}\tdeferred\t[^\n]*\t3\n.*  answer: cannot_publish_yet \\(确因客观原因暂时无法发布\\)：系统改造中\n"
   --as land.leader demand answer ${demand} --kind cannot_publish_yet --text 系统改造中)
gs(2 "^govshare: invalid transition: demand request ${demand} is deferred; it has been answered \\(A25\\)\n$"
   --as land.leader demand answer ${demand} --kind not_in_duties --text 不属于本部门)
# Fulfilled only by an entry published after the demand was received: not the old one …
gs(0 "(^|\n)([0-9]+)\t103001/000001\t${land}\tpublished\t" --as land.op catalog list)
set(old_entry ${MATCH_2})
gs(2 "^govshare: invalid argument: entry_id ${old_entry}: entry 103001/000001 was published at [^\n]+, before demand ${demand} was received \\(2027-02-01T09:00:00\\+08:00\\); a demand is fulfilled by a resource published in answer to it \\(A25 完成资源发布\\)\n$"
   --as land.leader demand fulfil ${demand} --entry ${old_entry})
# … but a new entry, submitted, approved and published now.
gs(0 "^([0-9]+)\t-\t${land}\tunpublished\tsubmitted\t" --as land.op catalog submit ${FIXTURES}/land-first-entry.json)
set(new_entry ${MATCH_1})
gs(0 "\tapproved\t" --as reviewer catalog review ${new_entry} --approve)
gs(0 "\tpublished\t" --as land.leader catalog publish ${new_entry})
gs(0 "^${demand}\tfulfilled\t[^\n]*\t4\n.*  fulfilled by entry: ${new_entry}\n"
   --as land.leader demand fulfil ${demand} --entry ${new_entry})
gs(0 "\"status\": \"fulfilled\",.*\"fulfilled_entry_id\": ${new_entry}," --as hrss.op demand show ${demand} --json)
gs(2 "^govshare: not found: demand request 99999 does not exist\n$" --as hrss.op demand show 99999)
gs(2 "^govshare: not found: demand request 99999 does not exist\n$" --as land.leader demand fulfil 99999 --entry ${new_entry})

# ---- the clock passes 2027-06-30: 人社局's authorization on the comparison entry expires ----------------
gs(0 "^([0-9]+)\t${hrss}\t${police}\t101001/000002\texpired\t2026-08-07\t2027-06-30\t2\n  已到期：授权期限已于 2027-06-30 届满，需重新申请\n$"
   --at 2027-07-01T09:00:00 --as admin authorization expire)
gs(0 "^\\[\\]\n$" --as admin authorization expire --json)
