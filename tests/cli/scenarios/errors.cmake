# Refusals exit 2 with the kind on stderr and change nothing; catalog findings exit 1.
gs(2 "no platform database at .*govshare init" --as admin catalog list)
include(${SCENARIO_DIR}/seed-city.cmake)
gs(2 "invalid transition: the platform is already initialized"
   init --bureau-code 11320600MB1T01108B --bureau-name 南通市大数据管理局 --admin admin2 --admin-name 某)

# Who acts: required, and must exist.
gs(2 "`govshare catalog list` needs the acting user: --as USER" catalog list)
gs(2 "permission denied: user \"ghost\" may not edit_catalog on entry:new: no such user"
   --as ghost catalog submit ${FIXTURES}/police-first-entry.json)
gs(2 "permission denied: user \"ghost\" may not read_catalog" --as ghost catalog list)

# Wrong role / wrong department.
gs(2 "permission denied: user \"police.op\" may not manage_departments"
   --as police.op department add 11320600MB1T01036J 南通市人力资源和社会保障局 --level municipal)
gs(2 "permission denied: user \"police.admin\" may not manage_users"
   --as police.admin user add civil.x 某 --department 11320600MB1T01044D --role dept_operator)
gs(2 "permission denied: user \"reviewer\" may not edit_catalog"
   --as reviewer catalog submit ${FIXTURES}/police-first-entry.json)
gs(2 "provider.code 11320600MB1T01044D is not the department of user police.op"
   --as police.op catalog submit ${FIXTURES}/civil-entries.json)
# A catalog with errors: findings, exit 1, nothing created.
gs(1 "error\tA[0-9]+\t[a-z_.]+\tentries\\[0\\]\\.name\n.*nothing was submitted"
   --as police.op catalog submit ${FIXTURES}/police-nameless.json)
gs(0 "^$" --as police.op catalog list)

gs(0 "^([0-9]+)\t-\t[^\n]*\tsubmitted\t" --as police.op catalog submit ${FIXTURES}/police-first-entry.json)
set(ID ${MATCH_1})
gs(2 "permission denied: user \"police.leader\" may not review_catalog"
   --as police.leader catalog review ${ID} --approve)
gs(2 "permission denied: user \"civil.op\" may not publish_catalog on entry:${ID}: .* cannot act for department 11320600MB1T0101XP"
   --as civil.op catalog publish ${ID})
gs(2 "invalid transition: entry ${ID} version 1 is submitted; only an approved version can be published"
   --as police.leader catalog publish ${ID})
gs(2 "invalid transition: entry ${ID} is unpublished; only a published entry can be withdrawn"
   --as police.leader catalog withdraw ${ID} --reason 不再维护)
gs(2 "invalid transition: .*no withdrawal request" --as admin catalog withdraw-decide ${ID} --approve --reason 同意)
gs(2 "not found: catalog entry 999 does not exist" --as police.op catalog show 999)
gs(2 "not found: catalog entry 999" --as police.leader catalog publish 999)
gs(2 "not found: notice 4242" --as police.op notices ack 4242)
# A change based on an old row_version is refused, never silently applied.
gs(2 "conflict: catalog entry ${ID} has changed \\(row_version 2, the change was based on 1\\)"
   --as reviewer catalog review ${ID} --approve --row-version 1)
gs(0 "\"row_version\": 2,.*\"working_status\": \"submitted\"" --as police.op catalog show ${ID})

# Bad input.
gs(2 "invalid argument: department.code \"11320600MB1T0101XQ\" is not a valid"
   --as admin department add 11320600MB1T0101XQ 坏代码 --level municipal)
gs(2 "--level: city not in" --as admin department add 11320600MB1T01036J 南通市人力资源和社会保障局 --level city)
gs(2 "--role: boss not in" --as admin user add x.y 某 --department 11320600MB1T0101XP --role boss)
gs(2 "invalid argument: user.roles: bureau_reviewer is only for users of the bureau"
   --as admin user add x.y 某 --department 11320600MB1T0101XP --role bureau_reviewer)
gs(2 "conflict: user police.op already exists"
   --as admin user add police.op 某 --department 11320600MB1T0101XP --role dept_operator)
gs(2 "cannot read" --as police.op catalog submit ${WORK}/no-such-file.json)
gs(2 "one of --approve, --reject" --as reviewer catalog review ${ID})
gs(2 "excludes" --as reviewer catalog review ${ID} --approve --reject 不行)
gs(2 "one of --approve, --refuse" --as admin catalog withdraw-decide ${ID} --reason 同意)
gs(2 "permission denied: user \"admin\" may not export_federation" --as admin federation export)

# The refusals changed nothing: the trail holds the seed (9) and one create + submit.
gs(0 "audit trail intact: 11 records" --as auditor audit verify)
