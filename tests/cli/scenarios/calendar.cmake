# The platform calendar across the year boundary (docs/calendar.md): status,
# loading a year (bureau administrator), the same schedule again, a correction
# only with a reason, bad files and refusals exit 2 and change nothing.
include(${SCENARIO_DIR}/seed-city.cmake)
set(EXAMPLE ${SCENARIO_DIR}/../../../examples/data/calendar-2027-example.tsv)

gs(0 "^2020\tbuiltin\t[0-9a-f]+\t-\n.*2026\tbuiltin.*日历版本 version: cn-state-council/2020-2026/.*首个未载入日期 first unloaded date: "
   --as police.op calendar status)
gs(0 "\"years\": \\[.*\"origin\": \"builtin\".*\"first_unloaded_date\": \"[0-9-]+\"" --as admin calendar status --json)

# Only the bureau administrator loads a year.
gs(2 "permission denied: user \"police.admin\" may not manage_calendar" --as police.admin calendar load ${EXAMPLE})
gs(2 "permission denied: user \"reviewer\" may not manage_calendar" --as reviewer calendar load ${EXAMPLE})

# A bad file names the line and the rule.
file(WRITE ${WORK}/bad-2028.tsv "year\t2028\n2028-01-01\toff\tNewYear\n2028-01-04\twork\tNewYear\n")
gs(2 "parse error: calendar:3: 2028-01-04 is a weekday: only a Saturday or Sunday" --as admin calendar load ${WORK}/bad-2028.tsv)
file(WRITE ${WORK}/two-years.tsv "year\t2028\nyear\t2029\n")
gs(2 "parse error: calendar: a year's schedule declares exactly one year" --as admin calendar load ${WORK}/two-years.tsv)
gs(2 "cannot read" --as admin calendar load ${WORK}/no-such-file.tsv)

gs(0 "^已载入 loaded: 2027\t[0-9a-f]+\n.*重算期限 recomputed: [0-9]+\n$" --as admin calendar load ${EXAMPLE})
gs(0 "^未变化 unchanged: 2027\t" --as admin calendar load ${EXAMPLE})
gs(0 "2027\tloaded\t[0-9a-f]+\t[0-9T:+-]+\tadmin\n" --as civil.op calendar status)

# Other content for a loaded year is a correction: only with a reason.
file(READ ${EXAMPLE} text)
string(REPLACE "2027-02-20\twork\tSpringFestival\n" "" corrected "${text}")
file(WRITE ${WORK}/corrected-2027.tsv "${corrected}")
gs(2 "invalid argument: reason is required: 2027 is loaded already" --as admin calendar load ${WORK}/corrected-2027.tsv)
gs(0 "^已更正 corrected: 2027\t" --as admin calendar load ${WORK}/corrected-2027.tsv --reason 通知更正)
gs(0 "calendar\\.correct" --as auditor audit export)
gs(0 "audit trail intact" --as auditor audit verify)
