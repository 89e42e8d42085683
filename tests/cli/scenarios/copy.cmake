# Moving a city between backends (docs/deployment.md) with `govshare copy`:
# the demo's platform file, copied by the bureau administrator into an empty
# SQLite file, then into PostgreSQL (a schema of the test server's database),
# and from there into a third file; each copy verifies the audit chain on both
# sides and carries the record of its making (copy_platform, A28). Others are
# refused; a target that holds a platform is refused and left as it was.
gs_on_the_demo()
set(DEMO ${DB})

gs(2 "govshare: permission denied: user \"civil.op\" may not copy_platform" --as civil.op copy --to ${WORK}/copy.db)
gs(0 "audit trail intact: ([0-9]+) records" --as auditor audit verify)
set(records ${MATCH_1})
math(EXPR after_one "${records} + 1")
gs(0 "  audit_log\t${after_one}\n.*source ${after_one} intact, target ${after_one} intact, same head.*完成：副本与原平台一致"
   --as admin copy --to ${WORK}/copy.db)
gs(2 "govshare: invalid argument: target.path: .*copy.db holds a platform already"
   --as admin copy --to ${WORK}/copy.db)
set(DB ${WORK}/copy.db)
gs(0 "audit trail intact: ${after_one} records" --as auditor audit verify)

# Into PostgreSQL: an empty schema of the test server's database.
if(NOT PG_URI OR NOT PSQL)
  message(FATAL_ERROR "this scenario needs the test PostgreSQL server (-DPG_URI=... -DPSQL=...)")
endif()
execute_process(COMMAND ${PSQL} ${PG_URI} -qc "DROP SCHEMA IF EXISTS cli_copy CASCADE; CREATE SCHEMA cli_copy"
                RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "psql: ${err}")
endif()
set(PG "${PG_URI}&options=-csearch_path%3Dcli_copy")
set(DB ${DEMO})
math(EXPR after_two "${records} + 2")
gs(0 "source ${after_two} intact, target ${after_two} intact, same head" --as admin copy --to ${PG})
gs(0 "\"verified\": true" --as admin copy --to ${WORK}/other.db --json)
set(DB ${PG})
# The demo plays into an empty database only: it neither empties a server
# database (--force is for a SQLite file) nor plays over the platform there.
gs(2 "does not empty a PostgreSQL database" demo --db ${PG} --force --report-dir ${WORK}/refused)
gs(2 "govshare demo: " demo --db ${PG} --report-dir ${WORK}/refused)
gs(0 "audit trail intact: ${after_two} records" --as auditor audit verify)
gs(0 "南通市公安局" department list)
math(EXPR after_three "${records} + 3")
gs(0 "target ${after_three} intact, same head" --as admin copy --from ${PG} --to ${WORK}/back.db)
set(DB ${WORK}/back.db)
gs(0 "audit trail intact: ${after_three} records" --as auditor audit verify)
execute_process(COMMAND ${PSQL} ${PG_URI} -qc "DROP SCHEMA cli_copy CASCADE")
