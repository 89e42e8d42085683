# A small city on ${DB}: the bureau, 南通市公安局 and 南通市民政局, users in every role.
# Department administrators register their own department's users.
gs(0 "platform initialized: .*11320600MB1T01108B\t南通市大数据管理局\n  admin\t王局\tbureau_admin"
   init --bureau-code 11320600MB1T01108B --bureau-name 南通市大数据管理局 --admin admin --admin-name 王局)
gs(0 "department added: 11320600MB1T0101XP\tmunicipal\t南通市公安局"
   --as admin department add 11320600MB1T0101XP 南通市公安局 --level municipal)
gs(0 "" --as admin department add 11320600MB1T01044D 南通市民政局 --level municipal)
gs(0 "^11320600MB1T0101XP\tmunicipal\t-\t南通市公安局\n11320600MB1T01044D\tmunicipal\t-\t南通市民政局\n11320600MB1T01108B\tbureau\t-\t南通市大数据管理局\n$"
   department list)
gs(0 "user added: reviewer" --as admin user add reviewer 李审 --department 11320600MB1T01108B --role bureau_reviewer)
gs(0 "" --as admin user add auditor 赵审计 --department 11320600MB1T01108B --role auditor)
gs(0 "" --as admin user add police.admin 公安管理员 --department 11320600MB1T0101XP --role dept_admin)
gs(0 "" --as police.admin user add police.op 张明 --department 11320600MB1T0101XP --role dept_operator)
gs(0 "" --as police.admin user add police.leader 陈处 --department 11320600MB1T0101XP --role dept_leader)
gs(0 "" --as admin user add civil.op 刘芳 --department 11320600MB1T01044D --role dept_operator,dept_leader)
gs(0 "^police.admin\t11320600MB1T0101XP\tdept_admin\t公安管理员\npolice.leader\t11320600MB1T0101XP\tdept_leader\t陈处\npolice.op\t11320600MB1T0101XP\tdept_operator\t张明\n$"
   user list --department 11320600MB1T0101XP)
