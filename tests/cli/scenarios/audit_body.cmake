# A28 用户权限管理: the auditor reads every case and the whole usage log
# city-wide, so the role is only for the bureau's staff or an audit body the
# bureau administrator marks (docs/permissions.md).
include(${SCENARIO_DIR}/seed-city.cmake)
gs(2 "invalid argument: .*auditor .*not marked as an audit body"
   --as admin user add police.aud 某 --department 11320600MB1T0101XP --role auditor)
gs(0 "department added: 11320600014160101U" --as admin department add 11320600014160101U 南通市审计局 --level municipal)
gs(2 "permission denied: user \"police.admin\" may not manage_departments"
   --as police.admin department audit-body 11320600014160101U)
gs(0 "marked as an audit body: 11320600014160101U" --as admin department audit-body 11320600014160101U)
gs(0 "user added: audit.zhou" --as admin user add audit.zhou 周审计 --department 11320600014160101U --role auditor)
gs(2 "holds the auditor role" --as admin department audit-body 11320600014160101U --off)
# Marked at registration (the bureau administrator registers departments).
gs(0 "department added: 113206000141602087"
   --as admin department add 113206000141602087 南通市纪委监委派驻纪检监察组 --level municipal --audit-body)
gs(0 "user added: jw.li" --as admin user add jw.li 李监督 --department 113206000141602087 --role auditor)
gs(0 "audit trail intact: 14 records" --as auditor audit verify)
