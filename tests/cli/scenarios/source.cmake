# N19 数源部门: only the bureau administrator designates the source department of data
# several departments collect; a bad designation names its field and changes nothing;
# a new one of the same subject replaces the old.
include(${SCENARIO_DIR}/seed-city.cmake)
gs(2 "permission denied: user \"police.admin\" may not designate_source"
   --as police.admin source designate 人口基础信息 --source 11320600MB1T0101XP --basis 纪要)
gs(2 "invalid argument: collecting_codes\\[0\\]: the source department leads; it is not listed among the collecting ones \\(N19\\)"
   --as admin source designate 人口基础信息 --source 11320600MB1T0101XP --collecting 11320600MB1T0101XP --basis 纪要)
gs(0 "^$" --as civil.op source list)
gs(0 "^人口基础信息\t11320600MB1T0101XP\t11320600MB1T01044D\t市政府常务会议纪要〔2026〕5号\n$"
   --as admin source designate 人口基础信息 --source 11320600MB1T0101XP --collecting 11320600MB1T01044D
   --basis 市政府常务会议纪要〔2026〕5号)
gs(0 "数源部门为南通市公安局" --as civil.op notices)
gs(0 "" --as admin source designate 人口基础信息 --source 11320600MB1T01044D --basis 市政府专题会议纪要〔2026〕9号)
gs(0 "^人口基础信息\t11320600MB1T01044D\t-\t市政府专题会议纪要〔2026〕9号\n$" --as auditor source list)
gs(0 "\"designated_by\": \"admin\"" --as auditor source list --json)
