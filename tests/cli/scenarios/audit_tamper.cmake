# The audit trail (A28) against raw SQL: an altered record and records cut off
# at the end are found; audit verify exits 1 naming the first bad position.
include(${SCENARIO_DIR}/lifecycle.cmake)

sql("UPDATE audit_log SET reason = '篡改' WHERE position = 5")
gs(1 "audit trail NOT intact: first bad position 5: record 5 was altered" --as auditor audit verify)
gs(1 "first bad position 5" --as admin audit verify)
sql("UPDATE audit_log SET reason = '' WHERE position = 5")
gs(0 "audit trail intact: 23 records" --as auditor audit verify)

sql("DELETE FROM audit_log WHERE position = 9")
gs(1 "first bad position 9: record 9 is missing \\(deleted\\)" --as auditor audit verify)
sql("DELETE FROM audit_log WHERE position >= 9")
gs(1 "first bad position 9: the trail ends at record 8 but 23 were written" --as auditor audit verify)
# Reading is still refused to those who may not read the audit trail.
gs(2 "permission denied: user \"police.op\" may not read_audit" --as police.op audit verify)
