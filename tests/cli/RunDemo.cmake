# The main job: `govshare demo` creates the platform file and the report, says
# what it does on a second run (refuses without --force, recreates with it).
# -DPROGRAM=… -DDIR=… (a scratch directory)
file(REMOVE_RECURSE ${DIR})
file(MAKE_DIRECTORY ${DIR})
set(db ${DIR}/demo.db)
set(report ${DIR}/report)

function(run expected_exit)
  execute_process(COMMAND ${PROGRAM} demo --db ${db} --report-dir ${report} ${ARGN}
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL expected_exit)
    message(FATAL_ERROR "govshare demo ${ARGN}: exit ${rc}, expected ${expected_exit}\n${out}\n${err}")
  endif()
  set(out "${out}" PARENT_SCOPE)
  set(err "${err}" PARENT_SCOPE)
endfunction()

function(expect text haystack)
  string(FIND "${haystack}" "${text}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "expected \"${text}\" in:\n${haystack}")
  endif()
endfunction()

run(0)
# Every path the issue names shows in the output.
foreach(line "个部门（含大数据管理局、3 个县（市）区平台）" "全市目录" "退回修改后通过（A10）"
             "时限内授权（N21）" "逾期，N21" "方可清除（N29）" "不予授权住建局" "依《政务数据共享条例》及南通市实施细则运行"
             "依据：《政务数据共享条例》（国务院令第809号，2025-08-01 起施行）及《南通市政务信息资源共享实施细则》" "不予受理" "需求申请办结" "更正通知推送"
             "撤销发布一条资源" "目录汇聚：新增" "国庆假期后的 2026-10-08" "授权到期 1 项" "书面通报"
             "超过三个月未使用的授权" "临时期限" "载入 2027 年节假日安排" "，已逾期" "320613********1232"
             "监督检查（A31）" "完整报告" "完整（A28）")
  expect("${line}" "${out}")
endforeach()
foreach(file report.json report.html)
  if(NOT EXISTS ${report}/${file})
    message(FATAL_ERROR "the demo did not write ${report}/${file}")
  endif()
endforeach()
file(READ ${report}/report.html html)
expect("依据《政务数据共享条例》" "${html}")
expect("<svg" "${html}")
file(READ ${report}/report.json json)
string(JSON departments LENGTH "${json}" departments)
if(departments LESS 20)
  message(FATAL_ERROR "report.json lists ${departments} departments")
endif()

# The summary's figures are the report's (one source: the inspection), and the
# usage log's, line for line (A28).
if(NOT out MATCHES "审批授权（A21–A23，N21）按时 ([0-9]+)/([0-9]+)（[^；]*；办结 ([0-9]+) 件，逾期未办 ([0-9]+) 件）")
  message(FATAL_ERROR "no approval figures in the demo's summary:\n${out}")
endif()
set(printed_on_time ${CMAKE_MATCH_1})
set(printed_judged ${CMAKE_MATCH_2})
set(printed_completed ${CMAKE_MATCH_3})
set(printed_overdue ${CMAKE_MATCH_4})
if(NOT out MATCHES "访问决策 ([0-9]+) 次（允许 ([0-9]+)，拒绝 ([0-9]+)），交付 ([0-9]+) 次，比对 ([0-9]+) 次（一致 ([0-9]+)）")
  message(FATAL_ERROR "no usage figures in the demo's summary:\n${out}")
endif()
set(printed_decisions ${CMAKE_MATCH_1})
set(printed_allowed ${CMAKE_MATCH_2})
set(printed_refused ${CMAKE_MATCH_3})
set(printed_deliveries ${CMAKE_MATCH_4})
set(printed_comparisons ${CMAKE_MATCH_5})
set(printed_matched ${CMAKE_MATCH_6})
function(same what printed expected)
  if(NOT printed EQUAL expected)
    message(FATAL_ERROR "the demo printed ${what} ${printed}; ${expected} in the report / usage log")
  endif()
endfunction()
foreach(pair "on_time;steps_on_time" "completed;steps_completed" "overdue;steps_overdue_now" "decisions;decisions"
             "allowed;decisions_allowed" "refused;decisions_refused" "deliveries;deliveries"
             "comparisons;comparisons" "matched;comparisons_matched")
  list(GET pair 0 printed)
  list(GET pair 1 field)
  string(JSON in_report GET "${json}" city ${field})
  same("${printed}" "${printed_${printed}}" "${in_report}")
endforeach()
math(EXPR judged "${printed_completed} + ${printed_overdue}")
same("approval steps judged" "${printed_judged}" "${judged}")
math(EXPR sum "${printed_allowed} + ${printed_refused}")
same("decisions (allowed + refused)" "${printed_decisions}" "${sum}")
# The usage log over the report's period, as the auditor lists it.
string(JSON from GET "${json}" period from)
string(JSON to GET "${json}" period to)
execute_process(COMMAND ${PROGRAM} --db ${db} --as auditor usage --from ${from} --to ${to}T24:00:00 --limit 1000000
                RESULT_VARIABLE rc OUTPUT_VARIABLE log ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "govshare usage: exit ${rc}\n${err}")
endif()
foreach(pair "decisions;\tdecide\t" "allowed;\tdecide\tallowed\t" "refused;\tdecide\trefused\t"
             "deliveries;\tdeliver\t" "comparisons;\tcompare\t" "matched;\tcompare\tallowed\t[^\n]*\n[^\n]*\n  match\n")
  list(GET pair 0 printed)
  list(GET pair 1 pattern)
  string(REGEX MATCHALL "${pattern}" lines "${log}")
  list(LENGTH lines n)
  same("${printed}" "${printed_${printed}}" "${n}")
endforeach()

# A second run: refused without --force, nothing changed; recreated with it.
file(TIMESTAMP ${db} before)
run(2)
expect("--force" "${err}")
file(TIMESTAMP ${db} after)
if(NOT before STREQUAL after)
  message(FATAL_ERROR "a refused demo run changed ${db}")
endif()
run(0 --force)
expect("recreating" "${out}")
