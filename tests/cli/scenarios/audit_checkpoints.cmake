# Signed audit checkpoints (A28; docs/security.md): with --signing-key (here
# from GOVSHARE_SIGNING_KEY_FILE, as an operator sets it once) every command
# leaves the trail signed, and GOVSHARE_CHECKPOINT_FILE gets each checkpoint;
# the auditor verifies with the public key they trust and the file they kept;
# a rotation is vouched for by the old key; a rollback is caught.
gs(0 "密钥 key ed25519 ([0-9a-f]+)" keys generate --out ${WORK}/audit)
set(KEY ${MATCH_1})
string(SUBSTRING ${KEY} 0 16 KEY_SHORT)
gs(0 "密钥 key sm2 ([0-9a-f]+)" keys generate --algorithm sm2 --out ${WORK}/next)
set(NEXT ${MATCH_1})
set(ENV{GOVSHARE_SIGNING_KEY_FILE} ${WORK}/audit.key)
set(ENV{GOVSHARE_CHECKPOINT_FILE} ${WORK}/checkpoints.jsonl)
include(${SCENARIO_DIR}/seed-city.cmake)

# The auditor holds no key; they verify with the public key they trust.
unset(ENV{GOVSHARE_SIGNING_KEY_FILE})
unset(ENV{GOVSHARE_CHECKPOINT_FILE})
gs(0 "audit trail intact: ([0-9]+) records.*signed checkpoints verified, records 1–([0-9]+) signed by keys you trust; 0 records after the last checkpoint\n  key ${KEY}"
   --as auditor audit verify --public-key ${WORK}/audit.pub --checkpoint-file ${WORK}/checkpoints.jsonl)
gs(0 "\"keys_trusted\": true" --as auditor audit verify --public-key ${WORK}/audit.pub --json)
gs(0 "^#1  position 2  [-0-9T:+]+  Ed25519  key ${KEY_SHORT}" --as auditor audit checkpoints)
gs(0 "\"algorithm\": \"ed25519\"" --as auditor audit checkpoints --json)
# Without a key nothing can be signed; with one only the bureau administrator signs on demand.
gs(2 "invalid transition: the platform has no signing key" --as admin audit checkpoint)
gs(2 "permission denied: user \"auditor\" may not sign_audit_checkpoint" --signing-key ${WORK}/audit.key --as auditor audit checkpoint)
gs(0 "^#[0-9]+  position [0-9]+" --signing-key ${WORK}/audit.key --as admin audit checkpoint)

# A key others may read is refused before the database is touched.
file(COPY_FILE ${WORK}/audit.key ${WORK}/loose.key)
file(CHMOD ${WORK}/loose.key PERMISSIONS OWNER_READ OWNER_WRITE WORLD_READ)
gs(2 "permission denied: .*loose.key.*chmod 600" --signing-key ${WORK}/loose.key --as admin audit checkpoint)

# Rotation: the new key's public half enters the trail, signed by the old key.
gs(2 "permission denied: user \"reviewer\" may not rotate_signing_key"
   --signing-key ${WORK}/audit.key --as reviewer audit rotate-key --new-key ${WORK}/next.key)
gs(0 "signing key rotated to ${NEXT}"
   --signing-key ${WORK}/audit.key --checkpoint-file ${WORK}/checkpoints.jsonl --as admin audit rotate-key --new-key ${WORK}/next.key)
gs(0 "" --signing-key ${WORK}/next.key --checkpoint-file ${WORK}/checkpoints.jsonl
   --as admin user add rotated.user 周新 --department 11320600MB1T01108B --role bureau_reviewer)
gs(0 "key ${KEY}\n  key ${NEXT}" --as auditor audit verify --public-key ${WORK}/audit.pub --checkpoint-file ${WORK}/checkpoints.jsonl)
# The new key alone does not vouch for what the old one signed.
gs(1 "checkpoint 1 .* is signed by key [0-9a-f]+, which the verifier does not trust"
   --as auditor audit verify --public-key ${WORK}/next.pub)

# Rolled back: the last checkpoints and the records after them gone, the head
# set back — consistent in itself, but not with the file the auditor kept.
sql("DELETE FROM audit_checkpoints WHERE sequence > 2; DELETE FROM audit_log WHERE position > (SELECT position FROM audit_checkpoints WHERE sequence = 2); UPDATE platform_meta SET value = (SELECT position || ':' || head_hash FROM audit_checkpoints WHERE sequence = 2) WHERE key = 'audit_head'")
gs(0 "audit trail intact" --as auditor audit verify --public-key ${WORK}/audit.pub)
gs(1 "checkpoint 3 of the external file .* is not in the database: it was rolled back"
   --as auditor audit verify --public-key ${WORK}/audit.pub --checkpoint-file ${WORK}/checkpoints.jsonl)
