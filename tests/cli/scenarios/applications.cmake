# Applications for use (A20–A23) and the regulation's acts on them (N21), disputes
# (A27, N28), catalog obligations (A11, N17) and the statutory steps, on the demo's
# platform file. The demo leaves one application accepted and undecided: 住建局's of
# 住房公积金缴存信息 from 2026-09-30, whose reply (N21) ran out on 2026-10-21. Its provider
# lists the missing materials once (N21 一次性告知), the applicant supplies them, the
# provider asks for an extension the bureau approves, and grants. Every refusal kind
# exits 2 with its stderr form. (The application itself is the demo's; `govshare apply`
# is sharing_workflow.cmake's. The commands run on the demo's simulated clock, which its
# file remembers (`govshare clock`); the assertions below do not name its dates.)
gs_on_the_demo()
set(HOUSING 11320600MB1T010790)
set(FUND 12320600MB1T01132Q)
set(POLICE 11320600MB1T0101XP)
set(BUREAU 11320600MB1T01108B)

# ---- application list / show -------------------------------------------------------------
gs(0 "(^|\n)([0-9]+)\taccepted\t${HOUSING}\t${FUND}\t203002/000001\t${FUND}\t2026-09-30\t([0-9]+)\n"
   --as admin application list)
set(app ${MATCH_2})
set(rv ${MATCH_3})
gs_not("\tsubmitted\t")
gs(0 "\tgranted\t.*\trefused\t.*\tnot_accepted\t" --as admin application list)
# A department sees its own applications (as consumer or provider), not the others'.
gs(0 "\n${app}\taccepted\t" --as housing.op application list --department ${HOUSING})
gs_not("\tnot_accepted\t")
gs(0 "\"id\": ${app},\n  *\"row_version\": ${rv},\n  *\"status\": \"accepted\"" --as fund.op application list --json)
# Its steps: the bureau's form check (A21) on time, the provider's reply (N21) overdue.
gs(0 "^${app}\taccepted\t.*\n  items: 姓名,缴存状态\n.*  step\tform_check\t${BUREAU}\t2026-10-08T24:00:00\\+08:00\tA21\ton time\taccepted\n  step\tprovider_decision\t${FUND}\t2026-10-21T24:00:00\\+08:00\tN21\toverdue\t-\n$"
   --as housing.op application show ${app})
gs(0 "\"kind\": \"provider_decision\",.*\"article\": \"N21\",.*\"overdue\": true" --as admin application show ${app} --json)

# ---- steps ---------------------------------------------------------------------------------
gs(0 "\tprovider_decision\tapplication:${app}\t${FUND}\t2026-10-08T09:30:00\\+08:00\t2026-10-21T24:00:00\\+08:00\tN21\toverdue\t-\n"
   --as admin steps --overdue)
gs(0 "\tform_check\tapplication:${app}\t${BUREAU}\t.*\tA21\ton time\taccepted\n" --as admin steps --all)
gs(0 "\tdelivery\tauthorization:[0-9]+\t${POLICE}\t.*\tN22\t" --as police.op steps --department ${POLICE})
gs_not("\tform_check\t")
gs(0 "\"object\": \"application:${app}\"" --as fund.op steps --json)

# ---- refusals ------------------------------------------------------------------------------
# not found
gs(2 "^govshare: not found: application 99999 does not exist\n$" --as admin application show 99999)
gs(2 "not found: application 99999 does not exist" --as reviewer application accept 99999)
# permission denied: only the deciding authority (here the provider) grants; a
# department reads only its own cases.
gs(2 "permission denied: user \"housing.leader\" may not decide_as_provider on application:${app}"
   --as housing.leader application grant ${app})
gs(2 "permission denied: user \"civil.op\" may not read_sharing on department:${FUND}"
   --as civil.op steps --department ${FUND})
gs(2 "permission denied: user \"fund.leader\" may not decide_extension on application:${app}"
   --as fund.leader application extension ${app} --approve --reason 同意)
# invalid transition
gs(2 "invalid transition: application ${app} is accepted; only a submitted application can be accepted \\(A21\\)"
   --as reviewer application accept ${app})
gs(2 "invalid transition: application ${app} is accepted; only a submitted application can be declined \\(A21\\)"
   --as reviewer application decline ${app} --reason 材料不全)
gs(2 "invalid transition: application ${app}: the reply was due 2026-10-21T24:00:00\\+08:00; an extension is asked for before the period ends \\(N21"
   --as fund.leader application extend ${app} --days 5 --reason 数据量大)
gs(2 "invalid transition: application ${app} has no extension asked for \\(N21\\)"
   --as admin application extension ${app} --approve --reason 同意)
# invalid argument
gs(2 "invalid argument: working_days must be 1..10 \\(N21 延长的期限最长不得超过10个工作日; was 11\\)"
   --as fund.leader application extend ${app} --days 11 --reason 数据量大)
gs(2 "invalid argument: reason is required \\(A22, A23: 不予授权的，应说明具体理由\\)"
   --as fund.leader application refuse ${app} --reason " ")
gs(2 "invalid argument: missing\\[0\\] is required \\(N21 一次性告知其需要补充的材料\\)"
   --as fund.leader application materials ${app} --missing " ,履职依据文件")
# conflict: a stale --row-version
gs(2 "conflict: application ${app} has changed \\(row_version ${rv}, the change was based on 1\\)"
   --as fund.leader application refuse ${app} --reason 不符合条件 --row-version 1)
# usage errors
gs(2 "^govshare: --from: date \"2026-13-01\" does not exist in the calendar\n$" --as fund.leader application grant ${app} --from 2026-13-01)
gs(2 "one of --approve, --refuse is required" --as admin application extension ${app} --reason 同意)
gs(2 "--approve excludes --refuse" --as admin application extension ${app} --approve --refuse --reason 同意)
gs(2 "Could not convert: --days = abc" --as fund.leader application extend ${app} --days abc --reason 数据量大)
gs(2 "--overdue excludes --all" --as admin steps --overdue --all)
gs(2 "`govshare application list` needs the acting user: --as USER" application list)
# Nothing changed.
gs(0 "^${app}\taccepted\t.*\t${rv}\n" --as admin application show ${app})

# ---- N21: materials once, supplied; the reply extended; the grant ------------------------------
gs(0 "^${app}\tmaterials_requested\t.*\n  状态：待补充材料\n.*  missing \\(N21\\): 加盖公章的使用申请表,履职依据文件\n.*\tN21\tlate\tmaterials_requested\n$"
   --as fund.leader application materials ${app} --missing 加盖公章的使用申请表,履职依据文件)
gs(2 "invalid transition: application ${app}: the missing materials were listed on [0-9-]+; N21 一次性告知 allows one list"
   --as fund.leader application materials ${app} --missing 另一项材料)
gs(2 "permission denied: user \"fund.leader\" may not apply on application:${app}"
   --as fund.leader application supply ${app} --supplement 代为补充)
# The supplement is the receipt of a complete application: the reply step opens again.
gs(0 "^${app}\taccepted\t.*\n  supplement: 已补充盖章申请表及三定规定\n.*\tN21\tlate\tmaterials_requested\n  step\tprovider_decision\t${FUND}\t[0-9T:+-]+\tN21\tpending\t-\n$"
   --as housing.op application supply ${app} --supplement 已补充盖章申请表及三定规定)
gs(0 "  extension \\(N21\\): \\+3 working days \\(需核对历史缴存数据\\) pending\n"
   --as fund.leader application extend ${app} --days 3 --reason 需核对历史缴存数据)
gs(0 "\"extension\": {\n *\"working_days\": 3,.*\"approved\": true,\n *\"decided_by\": \"admin\""
   --as admin application extension ${app} --approve --reason 同意延长 --json)
gs(2 "invalid transition: " --as admin application extension ${app} --refuse --reason 不同意)
gs(0 "^${app}\tgranted\t.*\n  authorization: ([0-9]+)\n.*\tN21\ton time\tgranted\n$"
   --as fund.leader application grant ${app} --items 缴存状态 --until 2027-06-30 --conditions 仅限资格审核
   --disposal 核验后删除 --disposal-days 5)
gs(2 "invalid transition: application ${app} is granted" --as fund.leader application refuse ${app} --reason 不符合条件)
gs(0 "\tdelivery\tauthorization:[0-9]+\t${FUND}\t.*\tN22\tpending\t-\n" --as fund.op steps)

# ---- disputes (A27, N28) ---------------------------------------------------------------------
gs(0 "^([0-9]+)\tresolved\tnegotiation\treasons\t${HOUSING}\t11320600MB1T01087T\t([0-9]+)\t([0-9]+)\n  申请理由：.*\n  outcome: 经协商"
   --as admin dispute list)
set(dispute ${MATCH_1})
gs(0 "\"tier\": \"negotiation\"" --as housing.op dispute list --department ${HOUSING} --json)
gs(0 "" --as civil.op dispute list)
gs_not("resolved")
gs(2 "invalid transition: dispute ${dispute} is resolved; only an open dispute is escalated \\(N28\\)"
   --as housing.leader dispute escalate ${dispute} --reason 协商不成)
gs(2 "invalid transition: dispute ${dispute} is resolved; only an open dispute is resolved \\(A27\\)"
   --as admin dispute resolve ${dispute} --outcome 再次协调)
gs(2 "permission denied: user \"civil.op\" may not open_dispute on dispute:${dispute}"
   --as civil.op dispute escalate ${dispute} --reason 协商不成 --row-version 2)
gs(2 "not found: dispute 99999 does not exist" --as admin dispute resolve 99999 --outcome 协调)
gs(2 "--outcome is required" --as admin dispute resolve ${dispute})

# ---- obligations (A11, N17) ------------------------------------------------------------------
# The police's update after the law revision of 2026-08-03 (N17: 10 working days), fulfilled.
gs(0 "\n([0-9]+)\tlaw_revision\t${POLICE}\t2026-08-03\t2026-08-17T24:00:00\\+08:00\tfulfilled \\(on time\\)\n  法律法规修订：《中华人民共和国户口登记条例》修订\n"
   --as police.op obligation list)
set(obligation ${MATCH_1})
gs(0 "" --as police.op obligation list --open)
gs_not("law_revision")
gs(0 "\"kind\": \"law_revision\",.*\"state\": \"fulfilled\",.*\"extension\": null" --as police.op obligation list --json)
gs(2 "permission denied: user \"police.op\" may not read_catalog on obligations"
   --as police.op obligation list --department 11320600MB1T01044D)
gs(2 "permission denied: user \"civil.op\" may not submit_catalog on obligation:${obligation}"
   --as civil.op obligation extend ${obligation} --days 3 --reason 机构调整)
gs(2 "permission denied: user \"police.op\" may not decide_extension on obligation:${obligation}"
   --as police.op obligation extension ${obligation} --approve --reason 同意)
gs(2 "invalid transition: obligation ${obligation} is fulfilled; there is nothing to extend \\(N17\\)"
   --as police.op obligation extend ${obligation} --days 3 --reason 机构调整)
gs(2 "invalid transition: obligation ${obligation} has no extension asked for \\(N17\\)"
   --as admin obligation extension ${obligation} --approve --reason 同意)
# The annual census (A11, due December 31) is not N17's to extend.
gs(0 "^([0-9]+)\tannual_census\t${POLICE}\t2026-01-01\t2026-12-31T24:00:00\\+08:00\t" --as police.op obligation list)
set(census ${MATCH_1})
# Who may act is checked first: another department is refused as such (a security event).
gs(2 "permission denied: user \"civil.op\" may not submit_catalog on obligation:${census}"
   --as civil.op obligation extend ${census} --days 3 --reason 机构调整)
gs(2 "invalid transition: obligation ${census} is the annual census \\(A11, due December 31\\)"
   --as police.op obligation extend ${census} --days 3 --reason 机构调整)
gs(2 "not found: obligation 99999 does not exist" --as police.op obligation extend 99999 --days 3 --reason 机构调整)
gs(2 "Could not convert: --days = abc" --as police.op obligation extend ${obligation} --days abc --reason 机构调整)
gs(2 "one of --approve, --refuse is required" --as admin obligation extension ${obligation} --reason 同意)

# ---- a dispute up the tiers (N28) and an update extended (N17), on the command line --------
# 住建局 disputes the reasons of its application with 住房公积金管理中心: negotiation, then
# the bureau's coordination (a step, the policy's 20 working days: N28 sets none), resolved.
gs(2 "--subject everything: one of conditions, reasons, result \\(A27\\)"
   --as housing.leader dispute open --application ${app} --subject everything --description 理由之争)
gs(2 "invalid argument: description is required" --as housing.leader dispute open --application ${app} --description " ")
gs(0 "^([0-9]+)\topen\tnegotiation\treasons\t${HOUSING}\t${FUND}\t${app}\t1\n  申请理由：公积金核对属法定职责\n$"
   --as housing.leader dispute open --application ${app} --subject reasons --description 公积金核对属法定职责)
set(open_dispute ${MATCH_1})
gs(0 "^${open_dispute}\topen\tauthority\treasons\t.*\n  escalated: negotiation -> authority by housing.leader \\(协商不成\\)\n"
   --as housing.leader dispute escalate ${open_dispute} --reason 协商不成)
gs(0 "\tdispute_coordination\tdispute:${open_dispute}\t${BUREAU}\t.*\tN28\tpending\t-\n" --as admin steps --department ${BUREAU})
gs(0 "^${open_dispute}\tresolved\tauthority\t" --as admin dispute resolve ${open_dispute} --outcome 经协调同意共享)
gs(0 "\tdispute_coordination\tdispute:${open_dispute}\t${BUREAU}\t.*\tN28\ton time\tresolved\n" --as admin steps --all)
# A law revision announced today (Asia/Shanghai, the platform's zone): N17's 10 working days;
# the police asks 5 more, the bureau approves, the due date moves on.
# Today is the platform's: the demo's file remembers its simulated clock.
gs(0 "^simulated ([0-9-]+)T" clock)
set(today ${MATCH_1})
gs(2 "--kind repeal: one of law_revision, function_change \\(A11, N17\\)"
   --as police.admin obligation record --department ${POLICE} --kind repeal --description x --announced ${today})
gs(0 "^([0-9]+)\tlaw_revision\t${POLICE}\t${today}\t([0-9-]+)T24:00:00\\+08:00\topen\n"
   --as police.admin obligation record --department ${POLICE} --description 《数据安全法》配套规定施行 --announced ${today})
set(update ${MATCH_1})
set(due ${MATCH_2})
gs(2 "invalid argument: working_days must be 1..5" --as police.op obligation extend ${update} --days 6 --reason 系统改造)
gs(0 "^${update}\tlaw_revision\t${POLICE}\t${today}\t${due}T24:00:00\\+08:00\topen\n.*\n  extension \\(N17\\): "
   --as police.op obligation extend ${update} --days 5 --reason 业务系统改造尚未完成)
gs(0 "^${update}\tlaw_revision\t${POLICE}\t${today}\t([0-9-]+)T24:00:00\\+08:00\topen\n"
   --as admin obligation extension ${update} --approve --reason 特殊原因属实)
if(NOT MATCH_1 STRGREATER due)
  message(FATAL_ERROR "the approved extension did not move the due date on: ${due} -> ${MATCH_1}")
endif()
