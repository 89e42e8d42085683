# The requester's use records (N29) on the demo's platform file: 民政局 keeps
# the scenario and the storage of its use of 户籍人口基本信息; the provider
# reads them, an auditor exports them, nobody purges them before 3 years.
# (Adding one needs an authorization: the demo grants them; the sharing
# workflow on the command line is another issue's.)
gs_on_the_demo()
gs(0 "^([0-9]+)\t([0-9]+)\tscenario\t2026-09-10\t2029-09-10\tN29\t1\n  使用场景：最低生活保障家庭经济状况核对"
   --as civil.op use-records list)
set(record ${MATCH_1})
set(authorization ${MATCH_2})
gs(0 "\tstorage\t.*存储情况：核对结果存于低保业务系统" --as civil.op use-records list --authorization ${authorization})
# The provider reads them (N29 政务数据提供部门可以查阅); another department sees none of them.
gs(0 "\tscenario\t" --as police.op use-records list)
gs(0 "" --as finance.op use-records list)
gs_not("scenario")
gs(0 "\"kind\": \"storage\"" --as police.op use-records list --json)
# Only the consumer records its use; a record names a real authorization and says something.
gs(2 "permission denied: user \"police.op\" may not keep_use_records"
   --as police.op use-records add --authorization ${authorization} --text 代记)
gs(2 "not found: authorization 99999" --as civil.op use-records add --authorization 99999 --text 核对)
gs(2 "--kind copy: one of scenario, process, result, storage, destruction \\(N29\\)"
   --as civil.op use-records add --authorization ${authorization} --kind copy --text 核对)
# No purge before the retention has run (N29 有关记录保存期限不少于3年).
gs(2 "invalid transition: use record ${record} of 2026-09-10 must be kept until 2029-09-10 \\(N29"
   --as civil.leader use-records purge ${record} --reason 清理)
# An auditor exports them as one document; a department leader may not.
gs(2 "permission denied: user \"civil.leader\" may not export_use_records" --as civil.leader use-records export)
gs(0 "exported: ${WORK}/records.json" --as auditor use-records export --department 11320600MB1T01044D
   --out ${WORK}/records.json)
file(READ ${WORK}/records.json doc)
if(NOT doc MATCHES "\"format\": \"govshare-use-records/1\"" OR NOT doc MATCHES "\"kind_zh\": \"存储情况\"")
  message(FATAL_ERROR "records.json:\n${doc}")
endif()
