# As federation.cmake, with the entry of a county department (如皋市行政审批局,
# 11320682MB1R02010B) rather than of the county platform (11320682MB1R030051).
set(DB ${WORK}/county.db)
gs(0 "" init --bureau-code 11320600MB1T01108B --bureau-name 南通市大数据管理局 --admin admin --admin-name 王局)
gs(0 "" --as admin department add 11320682MB1R030051 如皋市大数据管理局 --level county_platform)
gs(2 "parent_code must name a county platform"
   --as admin department add 11320682MB1R02010B 如皋市行政审批局 --level county)
gs(0 "" --as admin department add 11320682MB1R02010B 如皋市行政审批局 --level county --parent 11320682MB1R030051)
gs(0 "11320682MB1R02010B\tcounty\t11320682MB1R030051\t如皋市行政审批局" department list)
gs(0 "" --as admin user add reviewer 李审 --department 11320600MB1T01108B --role bureau_reviewer)
gs(0 "" --as admin user add rugao.admin 如皋管理员 --department 11320682MB1R030051 --role dept_admin)
gs(0 "" --as rugao.admin user add rugao.op 如皋经办 --department 11320682MB1R030051 --role dept_operator,dept_leader)
gs(0 "" --as admin user add spb.op 审批经办 --department 11320682MB1R02010B --role dept_operator,dept_leader)
gs(0 "^([0-9]+)\t-\t11320682MB1R02010B\tunpublished\tsubmitted\t"
   --as spb.op catalog submit ${FIXTURES}/rugao-entries.json)
set(ID ${MATCH_1})
gs(0 "^${ID}\t(2[0-9]+/[0-9]+)\t" --as reviewer catalog review ${ID} --approve)
set(CODE ${MATCH_1})
gs(0 "\tpublished\t" --as spb.op catalog publish ${ID})
gs(2 "permission denied: user \"rugao.op\" may not export_federation" --as rugao.op federation export)
gs(0 "^$" --as rugao.admin federation export -o ${WORK}/bundle.json)
gs(0 "\"format\": \"govshare-federation-1\",.*\"digest\": \"sha256:[0-9a-f]+\"" --as rugao.admin federation export)

set(DB ${WORK}/city.db)
gs(0 "" init --bureau-code 11320600MB1T01108B --bureau-name 南通市大数据管理局 --admin admin --admin-name 王局)
gs(2 "permission denied: user \"nobody\" may not import_federation"
   --as nobody federation import ${WORK}/bundle.json)
gs(0 "^来源平台 source platform: 11320682MB1R030051\n新增 added: 1  更新 updated: 0  未变 unchanged: 0\nchanged\t${CODE}\n$"
   --as admin federation import ${WORK}/bundle.json)
gs(0 "新增 added: 0  更新 updated: 0  未变 unchanged: 1\n$" --as admin federation import ${WORK}/bundle.json)
gs(0 "^[0-9]+\t${CODE}\t11320682MB1R02010B\tpublished\t-\t1\t如皋市企业投资项目备案信息\n$" --as admin catalog list)
gs(0 "11320682MB1R02010B\tcounty\t11320682MB1R030051\t如皋市行政审批局" department list)
gs(0 "11320682MB1R030051\tcounty_platform\t-\t如皋市大数据管理局" department list)
gs(2 "cannot read" --as admin federation import ${WORK}/no-such-bundle.json)
file(WRITE ${WORK}/altered.json "{\"format\": \"govshare-federation-1\", \"digest\": \"sha256:00\"}")
gs(2 "invalid argument: federation bundle digest does not match" --as admin federation import ${WORK}/altered.json)
gs(0 "audit trail intact: 3 records" --as admin audit verify)
