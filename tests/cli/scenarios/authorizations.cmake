# Authorizations (A18, A26, A28, A30) and the regulation's acts on them (N22,
# N25, N27) on the demo's platform file: 公安局 (provider) grants 民政局
# (consumer) 户籍人口基本信息 until 2027-07-31. The police delivers it (N22),
# suspends it for a misuse and orders it rectified; 民政局 reports, the police
# reinstates (N27); 民政局 asks consent to give results to a third party, the
# police consents (N25); the police changes the service after negotiating and
# files it (N27); 民政局 ends it when its purpose is met (N27). A breach
# suspension and revocation (A28, A30) on another grant; a service change
# proposed and withdrawn on a third. Each kind of refusal exits 2 with its kind.
# (The CLI runs on the demo's simulated clock, which its file remembers: the periods
# below are counted from its time.)
gs_on_the_demo()
set(civil 11320600MB1T01044D)
set(police 11320600MB1T0101XP)

# ---- list and show ---------------------------------------------------------------------
gs(0 "(^|\n)([0-9]+)\t${civil}\t${police}\t101001/000001\tactive\t2026-08-03\t2027-07-31\t1\n"
   --as civil.op authorization list)
set(auth ${MATCH_2})
# 民政局 sees its own (as consumer or provider), not the grants of others.
gs_not("\t11320600MB1T01036J\t")
gs(0 "(^|\n)([0-9]+)\t11320600MB1T01036J\t${police}\t101001/000002\tactive\t" --as admin authorization list)
set(breach_auth ${MATCH_2})
gs(0 "(^|\n)([0-9]+)\t12320600MB1T01132Q\t${police}\t101001/000001\tactive\t" --as police.op authorization list
   --department ${police})
set(other_auth ${MATCH_2})
gs(0 "^\\[\n  {\n    \"id\": [0-9]+,\n    \"row_version\": " --as civil.op authorization list --json)
gs(0 "^${auth}\t${civil}\t${police}\t101001/000001\tactive\t2026-08-03\t2027-07-31\t1\n  items\t姓名,公民身份号码,户籍地址\n  methods\tapi\n  delivery\tnot_delivered\n  disposal\t核对结束后删除本地副本\t5\tnot_disposed\n$"
   --as civil.op authorization show ${auth})
gs(0 "\"conditions\": \"仅限低保核对使用\".*\"status\": \"active\".*\"misuse_orders\": \\[\\]"
   --as police.op authorization show ${auth} --json)
gs(2 "govshare: not found: authorization 99999 does not exist" --as civil.op authorization show 99999)

# ---- N22: the provider delivers the data -----------------------------------------------
gs(2 "govshare: permission denied: user \"civil.op\" may not deliver_data" --as civil.op authorization deliver ${auth}
   --method api)
gs(2 "govshare: --method ftp: one of table, api, file \\(N22\\)" --as police.op authorization deliver ${auth}
   --method ftp)
gs(0 "\tactive\t2026-08-03\t2027-07-31\t2\n.*  delivery\tapi\t[0-9T:+-]+\t接口已开通\n" --as police.op authorization deliver
   ${auth} --method api --note 接口已开通)

# ---- N27: suspended for misuse, rectified, reinstated -----------------------------------
gs(2 "govshare: --kind copy: one of wider_scope, other_purpose, third_party \\(N27\\)"
   --as police.leader authorization misuse ${auth} --kind copy --facts 将核对数据提供给外包公司 --days 10)
gs(2 "govshare: invalid argument: working_days must be 1\\.\\.60" --as police.leader authorization misuse ${auth}
   --kind third_party --facts 将核对数据提供给外包公司 --days 0)
gs(2 "govshare: permission denied: user \"civil.leader\" may not manage_authorization"
   --as civil.leader authorization misuse ${auth} --kind third_party --facts 自查 --days 10)
gs(0 "\tsuspended\t2026-08-03\t2027-07-31\t3\n.*  misuse 1\tthird_party\t${police}\t[^\t]+\t10\t[^\t]+\topen\n    事实 facts：将核对数据提供给外包公司\n"
   --as police.leader authorization misuse ${auth} --kind third_party --facts 将核对数据提供给外包公司 --days 10)
# Not before the period has run with nothing reported (N27 拒不整改或者整改不到位).
gs(2 "govshare: invalid transition: authorization ${auth}: the rectification ordered on .* nothing is reported yet"
   --as police.leader authorization terminate ${auth} --reason 未整改)
# A stale --row-version is a conflict.
gs(2 "govshare: conflict: " --as civil.leader authorization rectify ${auth} --report 已整改 --row-version 1)
gs(0 "\tsuspended\t.*\treported\n.*    整改 report：已收回外包公司数据并删除\n" --as civil.leader authorization rectify ${auth}
   --report 已收回外包公司数据并删除)
gs(0 "^${auth}\t${civil}\t${police}\t101001/000001\tactive\t.*  misuse 1\tthird_party\t.*\treinstated\n"
   --as police.leader authorization reinstate ${auth} --reason 整改到位)
gs(0 "\"status\": \"active\".*\"outcome\": \"reinstated\"" --as civil.op authorization show ${auth} --json)

# ---- N25: a wider use asked for and consented to ----------------------------------------
gs(2 "govshare: invalid argument: third_party is required" --as civil.leader authorization wider-use ${auth}
   --kind third_party --description 向街道社工站提供核对结果)
gs(2 "govshare: --kind everyone: one of wider_scope, other_purpose, third_party \\(N25\\)"
   --as civil.leader authorization wider-use ${auth} --kind everyone --description 公开)
gs(0 "  wider-use 1\tthird_party\t和平桥街道社工站\t[^\t]+\tpending\n    向街道社工站提供核对结果\n"
   --as civil.leader authorization wider-use ${auth} --kind third_party --description 向街道社工站提供核对结果
   --third-party 和平桥街道社工站)
# Only the provider consents (N25 应当经政务数据提供部门同意), not the bureau.
gs(2 "govshare: permission denied: user \"admin\" may not manage_authorization.*N25"
   --as admin authorization consent ${auth} --number 1 --yes)
gs(2 "one of --yes, --no is required" --as police.leader authorization consent ${auth} --number 1)
gs(0 "  wider-use 1\tthird_party\t和平桥街道社工站\t[^\t]+\tconsented\n.*    答复 answer：同意，仅限核对结果\n"
   --as police.leader authorization consent ${auth} --number 1 --yes --answer 同意，仅限核对结果)

# ---- N27: the provider changes the service: negotiated, filed ---------------------------
gs(2 "govshare: --kind stop: one of end, change \\(N27\\)" --as police.leader authorization service-change propose
   --authorization ${auth} --kind stop --reason 改为比对)
gs(0 "^([0-9]+)\t${auth}\tchange\tnegotiating\t${civil}\t${police}\t1\n  变更共享服务：身份号码改为比对服务\n  change\t姓名,户籍地址\t-\t-\n$"
   --as police.leader authorization service-change propose --authorization ${auth} --kind change
   --reason 身份号码改为比对服务 --items 姓名,户籍地址)
set(change ${MATCH_1})
gs(2 "govshare: permission denied: " --as police.leader authorization service-change answer ${change} --agree
   --comment 同意)
gs(2 "one of --agree, --object is required" --as civil.leader authorization service-change answer ${change}
   --comment 同意)
gs(0 "^${change}\t${auth}\tchange\tanswered\t.*  agrees\t同意，按比对方式调整\n"
   --as civil.leader authorization service-change answer ${change} --agree --comment 同意，按比对方式调整)
gs(0 "^${change}\t${auth}\tchange\tfiled\t" --as police.leader authorization service-change file ${change})
gs(0 "\"status\": \"filed\".*\"consumer_agrees\": true" --as civil.op authorization service-change list --json)
gs(0 "  items\t姓名,户籍地址\n" --as civil.op authorization show ${auth})
# An end proposed on another grant, then withdrawn before it is filed.
gs(0 "^([0-9]+)\t${other_auth}\tend\tnegotiating\t" --as police.leader authorization service-change propose
   --authorization ${other_auth} --kind end --reason 系统迁移)
set(end_change ${MATCH_1})
gs(0 "^${end_change}\t${other_auth}\tend\twithdrawn\t.*  withdrawn\t迁移推迟\n" --as police.leader authorization
   service-change withdraw ${end_change} --reason 迁移推迟)
gs(0 "\tend\twithdrawn\t" --as police.op authorization service-change list --department ${police})
gs(0 "\tactive\t" --as police.op authorization show ${other_auth})

# ---- N27: the purpose ends ---------------------------------------------------------------
gs(2 "govshare: permission denied: user \"police.leader\" may not end_purpose" --as police.leader authorization
   end-purpose ${auth} --reason 目的已实现)
gs(0 "\trevoked\t.*  ground\tpurpose_ended\t.*  disposal\t核对结束后删除本地副本\t5\tnot_disposed\n"
   --as civil.leader authorization end-purpose ${auth} --reason 低保核对工作已完成)
gs(2 "govshare: invalid transition: " --as civil.leader authorization end-purpose ${auth} --reason 再次终止)

# ---- A28, A30: suspended for a suspected breach, revoked --------------------------------
gs(0 "^${breach_auth}\t11320600MB1T01036J\t${police}\t101001/000002\tsuspended\t.*  已暂停：疑似越权查询\n"
   --as police.leader authorization suspend ${breach_auth} --reason 疑似越权查询)
gs(2 "govshare: --ground misuse: one of non_use \\(A26\\), breach \\(A28, A30\\)" --as police.leader authorization
   revoke ${breach_auth} --ground misuse --reason 查实越权查询)
gs(0 "\trevoked\t.*  ground\tbreach\t违规使用\n" --as police.leader authorization revoke ${breach_auth} --ground breach
   --reason 查实越权查询)
