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
