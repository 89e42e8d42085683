"""The platform's keys from Python (A28; docs/security.md). Signed audit
checkpoints: keys made and
kept in files outside the database (or handed over in an environment
variable), the platform signing its audit chain's head, the auditor verifying
with the public key they trust and the checkpoint file they kept, a rotation
vouched for by the old key, and a rewrite of the trail — with every later hash
and the head recomputed — caught at the signed head. On SQLite and PostgreSQL
(conftest.store). The pseudonym key: from outside the database, adopted at its
first use, another key only by an explicit rotation, an older platform's key
moved out of its database. The cases in full are tests/cpp/checkpoint_test.cpp's."""

from __future__ import annotations

import datetime
import hashlib
import pathlib
import sqlite3
import stat

import pytest

import govshare as gs
from conftest import civil_grant, seed_city, store

START = datetime.datetime(2026, 9, 1, 9, 0, tzinfo=gs.SHANGHAI)


def key_files(tmp_path: pathlib.Path, name: str,
              algorithm: gs.SignatureAlgorithm = gs.SignatureAlgorithm.ED25519) -> tuple[pathlib.Path, gs.SigningKey]:
    key = gs.generate_signing_key(algorithm)
    private, public = tmp_path / f"{name}.key", tmp_path / f"{name}.pub"
    gs.write_signing_key_files(key, private, public)
    return private, key


def test_keys_are_written_for_their_owner_alone_and_read_back(tmp_path: pathlib.Path) -> None:
    private, key = key_files(tmp_path, "audit", gs.SignatureAlgorithm.SM2)
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    assert key.private_key_pem.startswith("-----BEGIN PRIVATE KEY-----")
    assert len(key.key_id) == 64
    again = gs.read_signing_key_file(private)
    assert again.key_id == key.key_id and again.algorithm == gs.SignatureAlgorithm.SM2
    public = gs.parse_public_key((tmp_path / "audit.pub").read_text())
    assert public.key_id == key.key_id and public.private_key_pem == ""
    assert gs.chinese_label(gs.SignatureAlgorithm.SM2) == "SM2（国密）"
    with pytest.raises(gs.InvalidArgumentError, match="never overwritten"):
        gs.write_signing_key_files(key, private, tmp_path / "other.pub")
    private.chmod(0o644)
    with pytest.raises(gs.PermissionDeniedError, match="chmod 600"):
        gs.read_signing_key_file(private)
    with pytest.raises(gs.InvalidArgumentError, match="not a PEM private key"):
        gs.parse_signing_key(key.public_key_pem, "the pasted key")


def test_the_platform_signs_and_the_auditor_verifies_with_their_key(tmp_path: pathlib.Path) -> None:
    private, key = key_files(tmp_path, "audit")
    file = tmp_path / "checkpoints.jsonl"
    where = store(tmp_path / "city.db")
    with gs.Platform.open(where, simulated_time=START, signing_key_file=private, checkpoint_every_records=5,
                          checkpoint_file=file) as p:
        seed_city(p)
        assert p.verify_audit("auditor", trusted_public_keys=[key.public_key_pem]).intact
        assert p.sign_audit_checkpoint("admin").position == 14  # 13 records and the key's introduction
        with pytest.raises(gs.PermissionDeniedError):
            p.sign_audit_checkpoint("police.op")
    with gs.Platform.open(where, simulated_time=START) as p:
        checkpoints = p.audit_checkpoints("auditor")
        assert [c.position for c in checkpoints] == [2, 7, 12, 14]
        assert {c.key_id for c in checkpoints} == {key.key_id}
        assert checkpoints[0].algorithm == gs.SignatureAlgorithm.ED25519
        assert isinstance(checkpoints[0].time, gs.LocalDateTime)
        introduction = p.audit_trail("auditor", 2, 1)[0]
        assert introduction.action == "audit.signing_key" and key.public_key_pem in introduction.reason
        v = p.verify_audit("auditor", trusted_public_keys=[key.public_key_pem], checkpoint_file=file)
        assert v.intact, v.problem
        assert (v.checkpoints, v.signed_position, v.keys_trusted, v.file_checkpoints) == (4, 14, True, 4)
        assert v.signing_keys == [key.key_id]
        # Someone else's key: not the key that signed.
        stranger = gs.generate_signing_key()
        v = p.verify_audit("auditor", trusted_public_keys=[stranger.public_key_pem])
        assert not v.intact and "does not trust" in v.problem
        with pytest.raises(gs.InvalidArgumentError, match="trusted_public_keys"):
            p.verify_audit("auditor", trusted_public_keys=["not a key"])
        with pytest.raises(gs.InvalidTransitionError, match="no signing key"):
            p.sign_audit_checkpoint("admin")


def test_a_rotation_is_vouched_for_by_the_old_key(tmp_path: pathlib.Path) -> None:
    old_file, old = key_files(tmp_path, "old")
    new_file, new = key_files(tmp_path, "new", gs.SignatureAlgorithm.SM2)
    where = store(tmp_path / "rotation.db")
    with gs.Platform.open(where, simulated_time=START, signing_key_file=old_file) as p:
        seed_city(p)
        first = p.rotate_signing_key("admin", gs.read_signing_key_file(new_file))
        assert first.key_id == new.key_id and first.algorithm == gs.SignatureAlgorithm.SM2
        with pytest.raises(gs.PermissionDeniedError):
            p.rotate_signing_key("auditor", gs.generate_signing_key())
    with gs.Platform.open(where, simulated_time=START) as p:
        v = p.verify_audit("auditor", trusted_public_keys=[old.public_key_pem])
        assert v.intact, v.problem
        assert v.signing_keys == [old.key_id, new.key_id]


def test_the_key_may_come_from_an_environment_variable(tmp_path: pathlib.Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    key = gs.generate_signing_key()
    where = store(tmp_path / "env.db")
    with pytest.raises(gs.InvalidArgumentError, match="GOVSHARE_PY_KEY is not set"):
        gs.Platform.open(where, signing_key_env="GOVSHARE_PY_KEY")
    monkeypatch.setenv("GOVSHARE_PY_KEY", key.private_key_pem)
    options = gs.PlatformOptions(path=where, simulated_time=START, signing_key_env="GOVSHARE_PY_KEY")
    with gs.Platform.open(options) as p:
        seed_city(p)
        assert p.audit_checkpoints("auditor")[-1].key_id == key.key_id
    with pytest.raises(gs.InvalidArgumentError, match="checkpoint_file"):
        gs.Platform.open(where, checkpoint_file=tmp_path / "c.jsonl")


def test_a_rewrite_with_the_head_recomputed_is_caught_at_the_signed_head(tmp_path: pathlib.Path) -> None:
    private, key = key_files(tmp_path, "audit")
    path = tmp_path / "rewrite.db"  # a SQLite file on either run: the attacker reaches into it with sqlite3
    with gs.Platform.open(path, simulated_time=START, signing_key_file=private, checkpoint_every_records=5) as p:
        seed_city(p)
        trail = p.audit_trail("auditor")
    # The attacker with the file and the published chain format.
    db = sqlite3.connect(path)
    previous = trail[7].hash
    for r in trail[8:]:
        reason = "篡改" if r.position == 9 else r.reason
        fields = [previous, r.user_id, r.department_code, r.action, r.object, r.before_digest, r.after_digest,
                  reason, str(r.position), str(r.time.to_unix_seconds())]
        digest = hashlib.sha256("\x1f".join(fields).encode()).hexdigest()
        db.execute("UPDATE audit_log SET reason = ?, previous_hash = ?, hash = ? WHERE position = ?",
                   (reason, previous, digest, r.position))
        previous = digest
    db.execute("UPDATE platform_meta SET value = ? WHERE key = 'audit_head'", (f"{trail[-1].position}:{previous}",))
    db.commit()
    db.close()
    with gs.Platform.open(path, simulated_time=START) as p:
        assert p.audit_trail("auditor", 9, 1)[0].reason == "篡改"
        v = p.verify_audit("auditor", trusted_public_keys=[key.public_key_pem])
        assert not v.intact
        assert v.first_bad_position == 8 and "rewritten after position 7" in v.problem


# ---- the pseudonym key ----------------------------------------------------------------------


def pseudonym_of(p: gs.Platform, publish: bool, entry: list[int] = []) -> str:
    """The pseudonym a delivery makes of one ID number (entry published and granted to 民政局 once)."""
    if publish:
        entry[:] = [civil_grant(p, ["公民身份号码"], datetime.date(2026, 12, 31))[0]]
        p.access.set_masking_rules("police.op", entry[0], [
            gs.MaskingRule(item="公民身份号码", kind=gs.PersonalInfoKind.ID_CARD, pseudonym=True)])
    d = p.access.decide(gs.AccessRequest(user_id="civil.op", entry_id=entry[0], items=["公民身份号码"],
                                         purpose="低保核对"))
    assert d.allowed
    return p.access.filter_records(d, [{"公民身份号码": "320613198506151232"}])[0]["公民身份号码"]


def test_the_pseudonym_key_comes_from_outside_and_changes_only_on_purpose(tmp_path: pathlib.Path) -> None:
    where = store(tmp_path / "pseudonym.db")
    first_file, second_file = tmp_path / "first.pseudonym", tmp_path / "second.pseudonym"
    gs.write_pseudonym_key_file(gs.generate_pseudonym_key(), first_file)
    gs.write_pseudonym_key_file(gs.generate_pseudonym_key(), second_file)
    assert stat.S_IMODE(first_file.stat().st_mode) == 0o600
    with gs.Platform.open(where, simulated_time=START) as p:
        seed_city(p)
        with pytest.raises(gs.InvalidTransitionError, match="no pseudonym key"):
            pseudonym_of(p, True)
    with gs.Platform.open(where, simulated_time=START, pseudonym_key_file=first_file) as p:
        first = pseudonym_of(p, False)
        assert len(first) == 64 and pseudonym_of(p, False) == first
        adopted = p.audit_trail("auditor")[-1]
        assert adopted.action == "pseudonym.key_adopted"
        assert adopted.after_digest == gs.pseudonym_key_id(gs.read_pseudonym_key_file(first_file))
    with gs.Platform.open(where, simulated_time=START, pseudonym_key_file=second_file) as p:
        with pytest.raises(gs.InvalidTransitionError, match="rotate"):
            pseudonym_of(p, False)
        with pytest.raises(gs.InvalidArgumentError, match="reason"):
            p.rotate_pseudonym_key("admin", "")
        with pytest.raises(gs.PermissionDeniedError):
            p.rotate_pseudonym_key("police.op", "密钥泄露")
        assert p.rotate_pseudonym_key("admin", "密钥保管人离职") == gs.pseudonym_key_id(
            gs.read_pseudonym_key_file(second_file))
        assert pseudonym_of(p, False) != first  # old pseudonyms no longer link


def test_an_older_platforms_key_is_moved_out_of_its_database(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "legacy.db"  # a SQLite file on either run: the old key is put there with sqlite3
    legacy = gs.generate_pseudonym_key()
    with gs.Platform.open(path, simulated_time=START) as p:
        seed_city(p)
    db = sqlite3.connect(path)
    db.execute("INSERT INTO platform_meta(key, value) VALUES ('pseudonym_key', ?)", (legacy,))
    db.commit()
    db.close()
    with gs.Platform.open(path, simulated_time=START) as p:
        before = pseudonym_of(p, True)
        out = tmp_path / "moved.pseudonym"
        assert p.move_pseudonym_key("admin", out) == gs.pseudonym_key_id(legacy)
        with pytest.raises(gs.InvalidTransitionError):
            p.move_pseudonym_key("admin", tmp_path / "again.pseudonym")
    assert gs.read_pseudonym_key_file(out) == legacy
    db = sqlite3.connect(path)
    assert db.execute("SELECT value FROM platform_meta WHERE key = 'pseudonym_key'").fetchone() == ("",)
    db.close()
    with gs.Platform.open(path, simulated_time=START, pseudonym_key_file=out) as p:
        assert pseudonym_of(p, False) == before  # the same key: old and new pseudonyms link
