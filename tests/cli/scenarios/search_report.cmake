# Catalog search (A20) and the supervision report (A31–A33) on a small city:
# four published entries of two departments and one only submitted.
include(${SCENARIO_DIR}/seed-city.cmake)
set(POLICE 11320600MB1T0101XP)
set(CIVIL 11320600MB1T01044D)

# 公安局: 户籍人口基本信息, 居民身份信息比对核验; 民政局: 婚姻登记信息,
# 殡葬火化信息, 社会组织登记信息 (the last stays under review).
gs(0 "^([0-9]+)\t[^\n]*\n([0-9]+)\t" --as police.op catalog submit ${FIXTURES}/police-entries.json)
set(P1 ${MATCH_1})
set(P2 ${MATCH_2})
gs(0 "^([0-9]+)\t[^\n]*\n([0-9]+)\t[^\n]*\n([0-9]+)\t" --as civil.op catalog submit ${FIXTURES}/civil-entries.json)
set(C1 ${MATCH_1})
set(C2 ${MATCH_2})
set(C3 ${MATCH_3})
foreach(id ${P1} ${P2} ${C1} ${C2} ${C3})
  gs(0 "\tapproved\t" --as reviewer catalog review ${id} --approve)
endforeach()
foreach(id ${P1} ${P2})
  gs(0 "\tpublished\t" --as police.leader catalog publish ${id})
endforeach()
foreach(id ${C1} ${C2})
  gs(0 "\tpublished\t" --as civil.op catalog publish ${id})
endforeach()

# A two-character word inside a name (人口 in 户籍人口基本信息: there is no word
# segmentation to miss it).
gs(0 "^共 1 条 total: 1\n101001/000001\t户籍人口基本信息\t南通市公安局\tconditional\tname\n\n部门 departments:\n  ${POLICE}\t南通市公安局\t1\n主题 topics:\n  人口\t1\n"
   --as civil.op search 人口)
# One character: 婚 is in the name of 婚姻登记信息 (first) and in the summary
# and items of 户籍人口基本信息.
gs(0 "^共 2 条 total: 2\n101002/000001\t婚姻登记信息\t南通市民政局\tconditional\tname\n101001/000001\t户籍人口基本信息\t南通市公安局\tconditional\t-\n\n"
   --as police.op search 婚)
# Name matches first, then the rest in entry order; facets over all hits.
gs(0 "^共 4 条 total: 4\n101001/000002\t居民身份信息比对核验\t[^\n]*\tname\n101001/000001\t户籍人口基本信息\t[^\n]*\t-\n101002/000001\t婚姻登记信息\t[^\n]*\t-\n101003/000001\t殡葬火化信息\t[^\n]*\t-\n\n部门 departments:\n  ${POLICE}\t南通市公安局\t2\n  ${CIVIL}\t南通市民政局\t2\n主题 topics:\n  人口\t4\n  身份核验\t2\n"
   --as auditor search 身份)
# Filters: the provider; a topic; the share class; several words (AND).
gs(0 "^共 2 条 total: 2\n101002/000001\t婚姻登记信息\t南通市民政局\t[^\n]*\n101003/000001\t殡葬火化信息\t南通市民政局\t[^\n]*\n\n部门 departments:\n  ${CIVIL}\t南通市民政局\t2\n主"
   --as police.op search 身份 --department ${CIVIL})
gs(0 "^共 1 条 total: 1\n101003/000001\t殡葬火化信息\t" --as police.op search --topic 身后一件事)
gs(0 "^共 0 条 total: 0\n$" --as police.op search 身份 --share-class unconditional)
gs(0 "^共 1 条 total: 1\n101001/000001\t户籍人口基本信息\t" --as police.op search 婚姻 人口)
gs(0 "^共 2 条 total: 2\n101002/000001\t[^\n]*\n101003/000001\t[^\n]*\n\n" --as police.op search --department ${CIVIL} --method api)
gs(0 "^共 1 条 total: 1\n101003/000001\t" --as police.op search --department ${CIVIL} --method table)
# Paging: the second hit of four.
gs(0 "^共 4 条 total: 4 \\(第 2–2 条 showing 2-2\\)\n101001/000001\t户籍人口基本信息\t[^\n]*\n\n部门"
   --as police.op search 身份 --offset 1 --limit 1)
# Entries under review are not found (社会组织登记信息 is only approved).
gs(0 "^共 0 条 total: 0\n$" --as police.op search 社会组织)

# JSON: the total, the hits with the entry's full description, the facets.
gs(0 "" --as civil.op search 婚 --json)
string(JSON total GET "${OUT}" total)
string(JSON hits LENGTH "${OUT}" hits)
string(JSON first_code GET "${OUT}" hits 0 code)
string(JSON first_name GET "${OUT}" hits 0 entry name)
string(JSON first_match GET "${OUT}" hits 0 name_match)
string(JSON second_match GET "${OUT}" hits 1 name_match)
string(JSON first_id GET "${OUT}" hits 0 entry_id)
string(JSON first_items LENGTH "${OUT}" hits 0 entry items)
string(JSON dept_label GET "${OUT}" facets departments 0 label)
string(JSON class_label GET "${OUT}" facets share_classes 0 label)
string(JSON class_count GET "${OUT}" facets share_classes 0 count)
if(NOT total EQUAL 2 OR NOT hits EQUAL 2 OR NOT first_code STREQUAL "101002/000001"
   OR NOT first_name STREQUAL "婚姻登记信息" OR NOT first_match OR second_match OR NOT first_id EQUAL C1
   OR first_items LESS 1 OR NOT class_label STREQUAL "有条件共享" OR NOT class_count EQUAL 2
   OR NOT dept_label MATCHES "^南通市(公安|民政)局$")
  message(FATAL_ERROR "search --json: unexpected document:\n${OUT}")
endif()
foreach(facet departments topics industries share_classes formats update_cycles methods)
  string(JSON n LENGTH "${OUT}" facets ${facet})
endforeach()
gs(0 "^{\n  \"total\": 0,\n  \"hits\": \\[\\],\n  \"facets\": {\n    \"departments\": \\[\\]," --as civil.op search 无此词 --json)

# Search needs an acting user who exists; bad filters are usage errors.
gs(2 "`govshare search` needs the acting user: --as USER" search 人口)
gs(2 "permission denied: user \"ghost\" may not read_catalog" --as ghost search 人口)
gs(2 "--share-class: shared not in" --as civil.op search 人口 --share-class shared)
gs(2 "--limit" --as civil.op search 人口 --limit 1001)

# ---- refresh reports (A31 (4), (5)): 户籍人口基本信息 is connected --------------
gs(0 "^已报告数据更新 refresh reported: entry ${P1}\n$" --as police.op resource refresh ${P1})
gs(2 "permission denied: user \"civil.op\" may not report_refresh on entry:${P1}" --as civil.op resource refresh ${P1})
gs(2 "invalid transition: entry ${C3} is unpublished; only a published resource is refreshed"
   --as civil.op resource refresh ${C3})
gs(2 "not found: catalog entry 999" --as police.op resource refresh 999)

# ---- the report ---------------------------------------------------------------------
string(TIMESTAMP YEAR "%Y")
set(OUTDIR ${WORK}/reports/${YEAR})
gs(0 "^已写出 written: ([^\n]*report\\.json)\n已写出 written: ([^\n]*report\\.html)\n检查期间 period ${YEAR}-01-01\\.\\.${YEAR}-12-31: 部门 departments 3, 全市得分 city score [0-9.]+, [^\n]*问题 findings [0-9]+, 第一 best [^\n]+\n(govshare: 工作日历 calendar: [^\n]*2[0-9][0-9][0-9][^\n]*\n)?$"
   --as auditor report --from ${YEAR}-01-01 --to ${YEAR}-12-31 --out ${OUTDIR})
foreach(f report.json report.html)
  if(NOT EXISTS ${OUTDIR}/${f})
    message(FATAL_ERROR "report: ${OUTDIR}/${f} was not written")
  endif()
endforeach()

# report.json: valid JSON holding the whole inspection.
file(READ ${OUTDIR}/report.json report)
string(JSON from GET "${report}" period from)
string(JSON departments LENGTH "${report}" departments)
string(JSON city_entries GET "${report}" city entries)
string(JSON city_shared GET "${report}" city shared_entries)
string(JSON steps LENGTH "${report}" city steps)
string(JSON timeliness TYPE "${report}" city rates timeliness)
string(JSON w GET "${report}" weights timeliness)
set(names "")
set(police_findings -1)
math(EXPR last "${departments} - 1")
foreach(i RANGE ${last})
  string(JSON name GET "${report}" departments ${i} department_name)
  string(JSON rank GET "${report}" departments ${i} rank)
  math(EXPR want "${i} + 1")
  if(NOT rank EQUAL want)
    message(FATAL_ERROR "report.json: departments[${i}].rank is ${rank}")
  endif()
  list(APPEND names "${name}")
  string(JSON code GET "${report}" departments ${i} department_code)
  if(code STREQUAL POLICE)
    string(JSON police_entries GET "${report}" departments ${i} entries)
    string(JSON police_connected GET "${report}" departments ${i} connected_entries)
    string(JSON police_publication GET "${report}" departments ${i} rates publication)
    string(JSON police_findings LENGTH "${report}" departments ${i} findings)
    string(JSON clause GET "${report}" departments ${i} findings 0 clause)
  endif()
endforeach()
list(FIND names "南通市公安局" police_at)
list(FIND names "南通市民政局" civil_at)
if(NOT from STREQUAL "${YEAR}-01-01" OR NOT departments EQUAL 3 OR NOT city_entries EQUAL 4
   OR NOT city_shared EQUAL 4 OR NOT steps EQUAL 12 OR NOT timeliness STREQUAL "NULL" OR NOT w MATCHES "^25(\\.0)?$"
   OR police_at LESS 0 OR civil_at LESS 0 OR NOT police_entries EQUAL 2 OR NOT police_connected EQUAL 1
   OR NOT police_publication MATCHES "^0\\.5$"
   OR police_findings LESS 1 OR NOT clause MATCHES "^A3[12]")
  message(FATAL_ERROR "report.json: unexpected content:\n${report}")
endif()

# report.html: self-contained (nothing fetched: no URL, no script, no link),
# with the title, the departments and the SVG charts.
file(READ ${OUTDIR}/report.html html)
foreach(needle "<!DOCTYPE html>" "<meta charset=\"utf-8\">" "<title>政务数据共享监督检查报告（${YEAR}-01-01 至 ${YEAR}-12-31）</title>"
        "<h1>政务数据共享监督检查报告</h1>" "<style>" "<svg " "</svg>" "南通市公安局" "南通市民政局" "户籍人口基本信息"
        "各部门得分" "法定环节按时办理率" "${POLICE}")
  string(FIND "${html}" "${needle}" at)
  if(at LESS 0)
    message(FATAL_ERROR "report.html lacks ${needle}")
  endif()
endforeach()
foreach(needle "http://" "https://" "<script" "<link" "<img" "url(" "@import" "//cdn")
  string(FIND "${html}" "${needle}" at)
  if(NOT at LESS 0)
    message(FATAL_ERROR "report.html must be self-contained but has ${needle}")
  endif()
endforeach()
string(REGEX MATCHALL "<svg " svgs "${html}")
list(LENGTH svgs charts)
if(charts LESS 2)
  message(FATAL_ERROR "report.html has ${charts} SVG charts, expected at least 2")
endif()

# Custom weights; a period in the past. Writing again replaces the files.
gs(0 "written: [^\n]*report\\.html\n" --as admin report --from 2020-01-01 --to 2020-12-31 --out ${OUTDIR}
   --weights 1,1,1,1,1,0)
file(READ ${OUTDIR}/report.json report)
string(JSON from GET "${report}" period from)
string(JSON w GET "${report}" weights timeliness)
if(NOT from STREQUAL "2020-01-01" OR NOT w MATCHES "^0(\\.0)?$")
  message(FATAL_ERROR "report.json after --weights: ${report}")
endif()

# Refusals and bad input: exit 2, nothing written.
gs(2 "invalid argument: date \"${YEAR}-02-30\"" --as admin report --from ${YEAR}-02-30 --to ${YEAR}-12-31 --out ${WORK}/bad)
gs(2 "invalid argument: .*" --as admin report --from ${YEAR}-1-1 --to ${YEAR}-12-31 --out ${WORK}/bad)
gs(2 "invalid argument: the period: from and to are dates and from <= to"
   --as admin report --from ${YEAR}-12-31 --to ${YEAR}-01-01 --out ${WORK}/bad)
gs(2 "--weights: six comma-separated numbers" --as admin report --from ${YEAR}-01-01 --to ${YEAR}-12-31 --out ${WORK}/bad --weights 1,2,3)
gs(2 "--weights: \"-1\" is not a number >= 0" --as admin report --from ${YEAR}-01-01 --to ${YEAR}-12-31 --out ${WORK}/bad --weights 1,1,1,1,1,-1)
gs(2 "permission denied: user \"police.op\" may not inspect" --as police.op report --from ${YEAR}-01-01 --to ${YEAR}-12-31 --out ${WORK}/bad)
gs(2 "`govshare report` needs the acting user: --as USER" report --from ${YEAR}-01-01 --to ${YEAR}-12-31 --out ${WORK}/bad)
gs(2 "--to is required" --as admin report --from ${YEAR}-01-01 --out ${WORK}/bad)
if(EXISTS ${WORK}/bad)
  message(FATAL_ERROR "a refused report created ${WORK}/bad")
endif()
# An output directory that cannot be made: the I/O error.
file(WRITE ${WORK}/plainfile "x")
gs(2 "I/O error: cannot create directory" --as admin report --from ${YEAR}-01-01 --to ${YEAR}-12-31 --out ${WORK}/plainfile/sub)

# ---- rectification (A33) ------------------------------------------------------------
gs(0 "^([0-9]+)\t${POLICE}\topen\t[0-9]+-[0-9]+-[0-9]+\tA33\\(1\\)\tentry:${P2}\t([0-9]+)\n  居民身份信息比对核验已编目共享但未对接发布数据资源\n$"
   --as admin rectification issue --department ${POLICE} --ground 1 --object entry:${P2} --working-days 5
   --description 居民身份信息比对核验已编目共享但未对接发布数据资源)
set(R ${MATCH_1})
gs(0 "\trectification\t[^\n]*\n  整改通知（第三十三条第1项）：居民身份信息比对核验" --as police.op notices)
gs(0 "^${R}\t${POLICE}\topen\t[^\n]*\n  居民身份信息比对核验[^\n]*\n$" --as police.op rectification list)
gs(0 "^${R}\t" --as auditor rectification list --department ${POLICE})
gs(0 "^$" --as civil.op rectification list)
# Within its deadline: nothing to escalate.
gs(0 "^已书面通报 escalated: 0\n$" --as admin rectification escalate)
gs(2 "permission denied: user \"reviewer\" may not rectify"
   --as reviewer rectification issue --department ${POLICE} --ground 1 --description 某)
gs(2 "--ground: Value 7 not in range 1 to 6" --as admin rectification issue --department ${POLICE} --ground 7 --description 某)
gs(2 "conflict: rectification ${R} has changed" --as admin rectification resolve ${R} --resolution 已接入 --row-version 99)
gs(0 "^${R}\t${POLICE}\tresolved\t[^\n]*\n  [^\n]*\n  整改结果 resolution: 已接入平台并报告更新\n$"
   --as admin rectification resolve ${R} --resolution 已接入平台并报告更新)
gs(2 "invalid transition: rectification ${R} is already resolved" --as admin rectification resolve ${R} --resolution 再次)
gs(2 "not found: rectification 999 does not exist" --as admin rectification resolve 999 --resolution 某)
gs(0 "^审计链完整 audit trail intact: " --as auditor audit verify)
