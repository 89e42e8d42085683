# Objections to shared data and their correction (A29; N26 校核: the provider
# verifies, corrects and answers within 10 working days) on the demo's platform
# file: 民政局 holds an authorization on 公安局's 户籍人口基本信息 and objects to a
# record's 户籍地址; the check step is 公安局's (N26, 10 working days); the
# police leader confirms it — corrected, a correction notice to every
# department with an active authorization on the entry (民政局, 公积金中心). A
# second objection is rejected: the data is right, 民政局 is told why. Each
# kind of refusal exits 2 with its exact stderr text.
# (The CLI runs on the demo's simulated clock, which its file remembers: the due dates
# are counted from its time.)
gs_on_the_demo()
set(civil 11320600MB1T01044D)
set(police 11320600MB1T0101XP)
set(fund 12320600MB1T01132Q)

# ---- the entry 民政局 holds an authorization on ---------------------------------------------
gs(0 "(^|\n)[0-9]+\t${civil}\t${police}\t101001/000001\tactive\t" --as civil.op authorization list)
gs(0 "(^|\n)([0-9]+)\t101001/000001\t${police}\tpublished\t[^\n]*\t户籍人口基本信息\n" --as civil.op catalog list)
set(entry ${MATCH_2})
# The demo's own objection (corrected in September) is there already.
gs(0 "\tcorrected\t${civil}\t${police}\t101001/000001\t" --as civil.op objection list)

# ---- raised by the consumer: the provider's check step (N26) ---------------------------------
gs(2 "^govshare: invalid argument: description is required \\(A29: what seems wrong \\(疑义或明显错误\\)\\)\n$"
   --as civil.op objection raise --entry ${entry} --record-key 320602198001011234 --item 户籍地址 --description " ")
gs(2 "^govshare: invalid argument: item \"血型\" is not an item of entry 101001/000001; its items are one of [^\n]+ \\(A29\\)\n$"
   --as civil.op objection raise --entry ${entry} --record-key 320602198001011234 --item 血型 --description 血型有误)
# Only a consumer of the data objects (A29): not the provider itself.
gs(2 "^govshare: invalid transition: department ${police} holds no authorization on entry 101001/000001; objections come from consumers of the data \\(A29\\)\n$"
   --as police.op objection raise --entry ${entry} --record-key 320602198001011234 --item 户籍地址 --description 自查)
gs(2 "^govshare: not found: " --as civil.op objection raise --entry 99999 --record-key 320602198001011234
   --item 户籍地址 --description 户籍地址与实际不符)
gs(0 "^([0-9]+)\topen\t${civil}\t${police}\t101001/000001\t320602198001011234\t户籍地址\t1\n  疑义：户籍地址与实际不符\n  raised: [^\n]+ by civil.op\n  step\tobjection_check\t${police}\t[0-9-]+T[^\t]+\tN26\tpending\t-\n$"
   --as civil.op objection raise --entry ${entry} --record-key 320602198001011234 --item 户籍地址
   --description 户籍地址与实际不符)
set(obj ${MATCH_1})
gs(0 "^${obj}\topen\t.*  step\tobjection_check\t${police}\t[^\t]+\tN26\tpending\t-\n$" --as civil.op objection show ${obj})
gs(0 "\"status\": \"open\".*\"record_key\": \"320602198001011234\".*\"kind\": \"objection_check\".*\"article\": \"N26\""
   --as police.op objection show ${obj} --json)
# The provider's pending steps: the check, due 10 working days from receipt (N26).
gs(0 "(^|\n)[0-9]+\tobjection_check\tobjection:${obj}\t${police}\t([0-9-]+)T[^\t]+\t([0-9-]+)T[^\t]+\tN26\tpending\t-\n"
   --as police.op steps)
set(received ${MATCH_2})
set(due ${MATCH_3})
gs(0 "^${due}\n$" calendar --calendar ${EXAMPLES}/calendar-2027-example.tsv deadline ${received} --working-days 10)
gs(0 "\tobjection_check\tobjection:${obj}\t${police}\t" --as admin steps)
# The provider is told (A29), with the date.
gs(0 "\tobjection\t[^\t]+\tentry:${entry}\tnew\n  南通市民政局 对 户籍人口基本信息（记录 320602198001011234，户籍地址）提出疑义：户籍地址与实际不符，请于 ${due} 前校核 \\(N26\\)\n"
   --as police.op notices)
# A department with no part in it does not see it.
gs(0 "" --as ecology.op objection list)
gs_not("320602198001011234")
gs(2 "^govshare: permission denied: user \"ecology.op\" may not read_sharing on objection:${obj}"
   --as ecology.op objection show ${obj})

# ---- resolved by the provider's leader: confirmed, corrected (A29, N26) ----------------------
gs(2 "^govshare: permission denied: user \"civil.op\" may not resolve_objection on objection:${obj}: roles \\[dept_operator\\] of 南通市民政局 cannot act for department ${police} \\(docs/permissions.md\\)\n$"
   --as civil.op objection resolve ${obj} --confirm --response 已更正)
gs(2 "^govshare: permission denied: user \"police.op\" may not resolve_objection on objection:${obj}: roles \\[dept_operator\\] of 南通市公安局 \\(docs/permissions.md\\)\n$"
   --as police.op objection resolve ${obj} --confirm --response 已更正)
gs(2 "^objection resolve: one of --confirm, --reject is required\nRun with --help for more information.\n$"
   --as police.leader objection resolve ${obj} --response 已更正)
gs(2 "^--confirm excludes --reject\nRun with --help for more information.\n$"
   --as police.leader objection resolve ${obj} --confirm --reject --response 已更正)
gs(2 "^govshare: invalid argument: response is required \\(A29: the correction made \\(予以更正\\)\\)\n$"
   --as police.leader objection resolve ${obj} --confirm --response " ")
gs(2 "^govshare: conflict: objection ${obj} has changed \\(row_version 1, the change was based on 5\\); read it again\n$"
   --as police.leader objection resolve ${obj} --confirm --response 已更正 --row-version 5)
gs(0 "^${obj}\tcorrected\t${civil}\t${police}\t101001/000001\t320602198001011234\t户籍地址\t2\n  疑义：户籍地址与实际不符\n  已更正：已核实并更正为崇川区工农路17号\n  raised: [^\n]+ by civil.op\n  resolved: [^\n]+ by police.leader\n  notified: ${civil},${fund}\n  step\tobjection_check\t${police}\t${due}T[^\t]+\tN26\ton time\tcorrected\n$"
   --as police.leader objection resolve ${obj} --confirm --response 已核实并更正为崇川区工农路17号 --row-version 1)
gs(2 "^govshare: invalid transition: objection ${obj} is corrected; it has been resolved \\(A29\\)\n$"
   --as police.leader objection resolve ${obj} --reject --response 再次校核)
gs(0 "\"status\": \"corrected\".*\"resolved_by\": \"police.leader\".*\"notified_departments\": \\[\n    \"${civil}\",\n    \"${fund}\"\n  \\].*\"outcome\": \"corrected\",\n      \"on_time\": true"
   --as civil.op objection show ${obj} --json)
gs(0 "^\\[\n  {\n    \"id\": [0-9]+,\n    \"row_version\": " --as civil.op objection list --json)
# The check step is done: no longer pending, listed with --all.
gs(0 "" --as police.op steps)
gs_not("objection:${obj}\t")
gs(0 "\tobjection_check\tobjection:${obj}\t${police}\t[^\t]+\t${due}T[^\t]+\tN26\ton time\tcorrected\n"
   --as police.op steps --all)
# The correction notice, to each holder of an active authorization on the entry (A29).
gs(0 "\tcorrection\t[^\t]+\tentry:${entry}\tnew\n  101001/000001 数据已更正（记录 320602198001011234，户籍地址）：已核实并更正为崇川区工农路17号 \\(A29\\)\n"
   --as civil.op notices)
gs(0 "\tcorrection\t[^\t]+\tentry:${entry}\tnew\n  101001/000001 数据已更正（记录 320602198001011234，户籍地址）：" --as fund.op notices)

# ---- a second objection, rejected: the data is right -----------------------------------------
gs(0 "^([0-9]+)\topen\t${civil}\t${police}\t101001/000001\t320602198502022345\t姓名\t1\n"
   --as civil.leader objection raise --entry ${entry} --record-key 320602198502022345 --item 姓名
   --description 姓名疑似错字)
set(obj2 ${MATCH_1})
gs(0 "^${obj2}\trejected\t.*\t2\n  疑义：姓名疑似错字\n  数据无误：经核对户籍档案，姓名无误\n.*  step\tobjection_check\t${police}\t[^\t]+\tN26\ton time\trejected\n$"
   --as police.leader objection resolve ${obj2} --reject --response 经核对户籍档案，姓名无误)
gs_not("notified:")
gs(0 "\tobjection\t[^\t]+\tentry:${entry}\tnew\n  疑义 ${obj2} 经校核数据无误：经核对户籍档案，姓名无误 \\(A29\\)\n" --as civil.op notices)
gs(0 "(^|\n)${obj2}\trejected\t${civil}\t${police}\t" --as police.op objection list --department ${police})

# ---- not found ----------------------------------------------------------------------------------
gs(2 "^govshare: not found: objection 99999 does not exist\n$" --as civil.op objection show 99999)
gs(2 "^govshare: not found: objection 99999 does not exist\n$" --as police.leader objection resolve 99999
   --confirm --response 已更正)
