# Housekeeping (docs/housekeeping.md) on the demo's platform file: the bureau
# administrator's run does whatever is due (A11, A19, A26, A31 (7), A33) and
# prints it; a second run finds nothing due and changes nothing (the audit
# trail's length stays); other users are refused with the permission error.
# (The CLI runs on the demo's simulated clock, which its file remembers.)
gs_on_the_demo()

gs(2 "govshare: permission denied: user \"civil.op\" may not run_housekeeping" --as civil.op housekeeping)
gs(0 "^定时任务 housekeeping at [0-9T:+-]+" --as admin housekeeping)
gs(0 "audit trail intact: ([0-9]+) records" --as auditor audit verify)
set(records ${MATCH_1})
gs(0 "^定时任务 housekeeping at [0-9T:+-]+: nothing was due\n$" --as admin housekeeping)
gs(0 "\"changed\": false,\n  \"expired\": \\[\\],\n  \"non_use_noticed\": \\[\\],\n  \"overdue_noticed\": \\[\\]"
   --as admin housekeeping --json)
gs(0 "audit trail intact: ${records} records" --as auditor audit verify)
