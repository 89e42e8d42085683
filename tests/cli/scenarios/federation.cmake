# A county platform (如皋市) exports its published catalog; the city imports it
# with provenance, idempotently (A6).
set(DB ${WORK}/county.db)
gs(0 "" init --bureau-code 11320600MB1T01108B --bureau-name 南通市大数据管理局 --admin admin --admin-name 王局)
gs(0 "" --as admin department add 11320682MB1R030051 如皋市大数据管理局 --level county_platform)
gs(2 "parent_code must name a county platform"
   --as admin department add 11320682MB1R02010B 如皋市行政审批局 --level county)
gs(0 "" --as admin user add reviewer 李审 --department 11320600MB1T01108B --role bureau_reviewer)
gs(0 "" --as admin user add rugao.admin 如皋管理员 --department 11320682MB1R030051 --role dept_admin)
gs(0 "" --as rugao.admin user add rugao.op 如皋经办 --department 11320682MB1R030051 --role dept_operator,dept_leader)
# The platform's own entry: the sample's 如皋市 entry, provider left to the platform.
gs(0 "^([0-9]+)\t-\t11320682MB1R030051\tunpublished\tsubmitted\t"
   --as rugao.op catalog submit ${FIXTURES}/rugao-no-provider.json)
set(ID ${MATCH_1})
gs(0 "^${ID}\t(2[0-9]+/[0-9]+)\t" --as reviewer catalog review ${ID} --approve)
set(CODE ${MATCH_1})
gs(0 "\tpublished\t" --as rugao.op catalog publish ${ID})
gs(2 "permission denied: user \"rugao.op\" may not export_federation" --as rugao.op federation export)
# A bundle is signed with the county platform's key (docs/security.md).
gs(2 "invalid transition: a federation bundle is signed with the county platform's key" --as rugao.admin federation export)
gs(0 "密钥 key ed25519 ([0-9a-f]+)" keys generate --out ${WORK}/rugao)
set(RUGAO_KEY ${MATCH_1})
gs(0 "^$" --signing-key ${WORK}/rugao.key --as rugao.admin federation export -o ${WORK}/bundle.json)
gs(0 "\"format\": \"govshare-federation-2\",.*\"digest\": \"sha256:[0-9a-f]+\",\n  \"signature\": {\n    \"algorithm\": \"ed25519\",\n    \"key_id\": \"${RUGAO_KEY}\""
   --signing-key ${WORK}/rugao.key --as rugao.admin federation export)

set(DB ${WORK}/city.db)
gs(0 "" init --bureau-code 11320600MB1T01108B --bureau-name 南通市大数据管理局 --admin admin --admin-name 王局)
gs(2 "permission denied: user \"nobody\" may not import_federation"
   --as nobody federation import ${WORK}/bundle.json)
# The city knows the county platform and its public key before the first bundle.
gs(0 "" --as admin department add 11320682MB1R030051 如皋市大数据管理局 --level county_platform)
gs(2 "invalid argument: federation bundle of 11320682MB1R030051: signed by key [0-9a-f]+, which is not registered"
   --as admin federation import ${WORK}/bundle.json)
gs(0 "registered 11320682MB1R030051 key ed25519 ${RUGAO_KEY}"
   --as admin federation register-key --county 11320682MB1R030051 --public-key ${WORK}/rugao.pub)
gs(0 "^11320682MB1R030051\ted25519\t${RUGAO_KEY}\t[-0-9T:+]+\tadmin\n$" --as admin federation keys)
gs(0 "^来源平台 source platform: 11320682MB1R030051\n新增 added: 1  更新 updated: 0  未变 unchanged: 0\nchanged\t${CODE}\n签名密钥 signed by key ${RUGAO_KEY}\n$"
   --as admin federation import ${WORK}/bundle.json)
gs(0 "新增 added: 0  更新 updated: 0  未变 unchanged: 1\n签名密钥 signed by key ${RUGAO_KEY}\n$" --as admin federation import ${WORK}/bundle.json)
gs(0 "^[0-9]+\t${CODE}\t11320682MB1R030051\tpublished\t-\t1\t如皋市企业投资项目备案信息\n$" --as admin catalog list)
gs(0 "11320682MB1R030051\tcounty_platform\t-\t如皋市大数据管理局" department list)
gs(2 "cannot read" --as admin federation import ${WORK}/no-such-bundle.json)
file(WRITE ${WORK}/altered.json "{\"format\": \"govshare-federation-2\", \"digest\": \"sha256:00\"}")
gs(2 "invalid argument: federation bundle digest does not match" --as admin federation import ${WORK}/altered.json)
file(WRITE ${WORK}/unsigned.json "{\"format\": \"govshare-federation-1\", \"digest\": \"sha256:00\"}")
gs(2 "invalid argument: federation bundle: format govshare-federation-1 is unsigned and refused" --as admin federation import ${WORK}/unsigned.json)
gs(2 "permission denied" --as nobody federation remove-key --county 11320682MB1R030051 --key-id ${RUGAO_KEY} --reason 泄露)
gs(0 "removed 11320682MB1R030051 key ${RUGAO_KEY}" --as admin federation remove-key --county 11320682MB1R030051 --key-id ${RUGAO_KEY} --reason 如皋市签名密钥泄露)
gs(2 "not registered" --as admin federation import ${WORK}/bundle.json)
gs(0 "audit trail intact: 6 records" --as admin audit verify)
