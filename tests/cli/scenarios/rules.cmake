# The rulebook (docs/rulebook.md): the national 《政务数据共享条例》 (N1–N44, in
# force 2025-08-01) above the local rules (Nantong 2020 by default). An act is
# judged by the rules of its day; a city brings its own local rules as a file.
include(${SCENARIO_DIR}/seed-city.cmake)
# 2025-07-31: A22's 10 working days for an unconditional application; A11's 15.
gs(0 "rules in force on 2025-07-31: 《政务数据共享条例》.*above 《南通市政务信息资源共享实施细则》"
   rules show --on 2025-07-31)
gs(0 "\napplication_reply\tunconditional/provider\t10 working_days\tA22\tlocal\n" rules show --on 2025-07-31)
gs(0 "\ncatalog_update\t-\t15 working_days\tA11\tlocal\n  the national N17 is not in force on 2025-07-31" rules show --on 2025-07-31)
gs_not("\ndelivery\t")
# 2025-08-01: N21's 1 working day, N17's 10, N26's 10 in place of A29's 及时; A21 stays.
gs(0 "\napplication_reply\tunconditional/provider\t1 working_days\tN21\tnational\n" rules show --on 2025-08-01)
gs(0 "\ncorrection\t-\t10 working_days\tN26\tnational\n" rules show --on 2025-08-01)
gs(0 "\nform_check\t-\t1 working_days\tA21\tlocal\n" rules show --on 2025-08-01)
gs(0 "\ndelivery\t-\t20 working_days\tN22\tnational\n" rules show --on 2025-08-01)
gs(0 "\"article\": \"N21\"" rules show --on 2025-08-01 --json)
gs(0 "\"format\": \"govshare-local-rules/1\".*\"name\": \"南通市政务信息资源共享实施细则\"" rules local)
# A second city's rules: only the bureau administrator sets them; a bad file
# names the field and changes nothing.
gs(2 "permission denied: user \"police.admin\" may not set_policy"
   --as police.admin rules set-local ${EXAMPLES}/local-rules-example.json)
file(READ ${EXAMPLES}/local-rules-example.json city)
string(REPLACE "\"working_days\": 2" "\"working_days\": 0" bad "${city}")
file(WRITE ${WORK}/bad-rules.json "${bad}")
gs(2 "parse error: rules\\[1\\].working_days: must be 1..366" --as admin rules set-local ${WORK}/bad-rules.json)
gs(0 "南通市政务信息资源共享实施细则" rules local)
gs(0 "local rules set: 《某市政务数据共享管理办法》某政办发〔2024〕3号, 9 rules"
   --as admin rules set-local ${EXAMPLES}/local-rules-example.json)
gs(0 "\napplication_reply\tconditional/provider\t5 working_days\t第十三条\tlocal\n  the local 第十三条 5 working_days is shorter than the national ceiling N21 10 working_days"
   rules show --on 2026-09-01)
gs(0 "\napplication_reply\tunconditional/bureau\t1 working_days\tN21\tnational\n" rules show --on 2026-09-01)
gs(0 "\nform_check\t-\t2 working_days\t第十二条\tlocal\n" rules show --on 2026-09-01)
gs(2 "conflict: the platform already runs on these local rules"
   --as admin rules set-local ${EXAMPLES}/local-rules-example.json)
gs(0 "audit trail intact" --as auditor audit verify)
