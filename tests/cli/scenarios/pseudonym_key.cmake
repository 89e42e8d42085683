# The pseudonym key outside the database (docs/security.md): made into a file of
# mode 0600; an older platform's key moved out of its database (then gone from
# it); another key adopted only by an explicit, audited rotation with a reason.
include(${SCENARIO_DIR}/seed-city.cmake)
gs(0 "pseudonym key ([0-9a-f]+)\n  .*new.pseudonym \\(0600" keys pseudonym --out ${WORK}/new.pseudonym)
set(NEW_ID ${MATCH_1})
gs(2 "invalid argument: .*new.pseudonym\" exists: a key file is never overwritten" keys pseudonym --out ${WORK}/new.pseudonym)
gs(2 "invalid transition: the platform's database holds no pseudonym key" --as admin keys move-pseudonym-key --out ${WORK}/old.pseudonym)

# As an older version left it: the key in platform_meta.
sql("INSERT INTO platform_meta(key, value) VALUES ('pseudonym_key', '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff')")
gs(2 "permission denied: user \"police.leader\" may not manage_pseudonym_key" --as police.leader keys move-pseudonym-key --out ${WORK}/old.pseudonym)
gs(0 "pseudonym key [0-9a-f]+ moved to .*old.pseudonym\nOpen the platform with --pseudonym-key" --as admin keys move-pseudonym-key --out ${WORK}/old.pseudonym)
file(READ ${WORK}/old.pseudonym moved)
if(NOT moved MATCHES "^00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff")
  message(FATAL_ERROR "the moved key file holds ${moved}")
endif()
# The old value is gone: abs() of the least integer is an error, so this step fails unless it is empty.
sql("SELECT CASE WHEN value = '' THEN 1 ELSE abs(-9223372036854775808) END FROM platform_meta WHERE key = 'pseudonym_key'")

# Another key: refused until rotated on purpose, with a reason.
gs(2 "--reason: 1 required TEXT missing" --pseudonym-key ${WORK}/new.pseudonym --as admin keys rotate-pseudonym-key --reason "")
gs(0 "pseudonym key rotated to ${NEW_ID}" --pseudonym-key ${WORK}/new.pseudonym --as admin keys rotate-pseudonym-key --reason 密钥保管人离职)
gs(0 "pseudonym.key_rotated.*密钥保管人离职" --as auditor audit export)
gs(2 "invalid argument: .*already" --pseudonym-key ${WORK}/new.pseudonym --as admin keys rotate-pseudonym-key --reason 再次)
file(CHMOD ${WORK}/new.pseudonym PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ)
gs(2 "permission denied: the pseudonym key file .* may be read by its group or others.*chmod 600" --pseudonym-key ${WORK}/new.pseudonym --as auditor audit verify)
