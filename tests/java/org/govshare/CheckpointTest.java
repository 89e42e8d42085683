package org.govshare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signed audit checkpoints from Java (A28; docs/security.md): a key pair in files outside the database,
 * the platform signing its audit chain's head, an auditor verifying with the public key they trust and
 * the checkpoint file they kept, a rotation vouched for by the old key. On SQLite and PostgreSQL
 * ({@link TestStore}); the tamper cases in full are tests/cpp/checkpoint_test.cpp's.
 */
class CheckpointTest {
  @TempDir Path dir;

  private String keyFile(String name, SigningKey key) {
    String priv = dir.resolve(name + ".key").toString();
    GovShare.writeSigningKeyFiles(key, priv, dir.resolve(name + ".pub").toString());
    return priv;
  }

  private static AuditVerifyOptions trusting(SigningKey... keys) {
    AuditVerifyOptions v = new AuditVerifyOptions();
    v.setTrustedPublicKeys(new StringList(List.of(keys).stream().map(SigningKey::getPublicKeyPem)
                                              .collect(Collectors.toList())));
    return v;
  }

  @Test
  void thePlatformSignsItsHeadAndTheAuditorVerifiesWithTheirKey() throws Exception {
    SigningKey key = GovShare.generateSigningKey();
    String priv = keyFile("audit", key);
    assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                 Files.getPosixFilePermissions(Path.of(priv)));
    assertEquals(key.getKeyId(), GovShare.readSigningKeyFile(priv).getKeyId());
    String db = PlatformTest.tempDb(dir, "checkpoints");
    String file = dir.resolve("checkpoints.jsonl").toString();
    PlatformOptions o = PlatformTest.options(db);
    o.setSigningKeyFile(priv);
    o.setCheckpointEveryRecords(5);
    o.setCheckpointFile(file);
    try (Platform p = Platform.open(o)) {
      PlatformTest.seedCity(p);
      AuditCheckpoint now = p.signAuditCheckpoint("admin");
      assertEquals(14, now.getPosition()); // 13 records and the key's introduction
      assertEquals(SignatureAlgorithm.ED25519, now.getAlgorithm());
      assertThrows(PermissionDeniedException.class, () -> p.signAuditCheckpoint("police.op"));
    }
    try (Platform p = Platform.open(PlatformTest.options(db))) {
      List<Long> positions = p.auditCheckpoints("auditor").stream().map(AuditCheckpoint::getPosition)
                                  .collect(Collectors.toList());
      assertEquals(List.of(2L, 7L, 12L, 14L), positions);
      AuditVerifyOptions v = trusting(key);
      v.setCheckpointFile(file);
      AuditVerification result = p.verifyAudit("auditor", v);
      assertTrue(result.isIntact(), result.getProblem());
      assertEquals(4, result.getCheckpoints());
      assertEquals(14, result.getSignedPosition());
      assertTrue(result.isKeysTrusted());
      assertEquals(4, result.getFileCheckpoints());
      assertEquals(List.of(key.getKeyId()), result.getSigningKeys());
      AuditVerification stranger = p.verifyAudit("auditor", trusting(GovShare.generateSigningKey()));
      assertFalse(stranger.isIntact());
      assertTrue(stranger.getProblem().contains("does not trust"), stranger.getProblem());
      assertThrows(InvalidTransitionException.class, () -> p.signAuditCheckpoint("admin"));
    }
  }

  @Test
  void aRotationIsVouchedForByTheOldKey() {
    SigningKey old = GovShare.generateSigningKey(SignatureAlgorithm.ED25519);
    SigningKey next = GovShare.generateSigningKey(SignatureAlgorithm.SM2);
    String db = PlatformTest.tempDb(dir, "rotation");
    PlatformOptions o = PlatformTest.options(db);
    o.setSigningKeyFile(keyFile("old", old));
    try (Platform p = Platform.open(o)) {
      PlatformTest.seedCity(p);
      assertThrows(PermissionDeniedException.class, () -> p.rotateSigningKey("auditor", next));
      AuditCheckpoint first = p.rotateSigningKey("admin", next);
      assertEquals(next.getKeyId(), first.getKeyId());
      assertEquals("SM2（国密）", GovShare.chineseLabel(first.getAlgorithm()));
    }
    try (Platform p = Platform.open(PlatformTest.options(db))) {
      AuditVerification v = p.verifyAudit("auditor", trusting(old));
      assertTrue(v.isIntact(), v.getProblem());
      assertEquals(List.of(old.getKeyId(), next.getKeyId()), v.getSigningKeys());
      assertFalse(p.verifyAudit("auditor", trusting(next)).isIntact());
    }
  }

  @Test
  void pseudonymsAreMadeWithTheKeyFromOutsideTheDatabase() {
    String keyFile = dir.resolve("city.pseudonym").toString();
    GovShare.writePseudonymKeyFile(GovShare.generatePseudonymKey(), keyFile);
    String db = PlatformTest.tempDb(dir, "pseudonym");
    long entry;
    try (Platform p = Platform.open(PlatformTest.options(db))) {
      PlatformTest.seedCity(p);
      entry = PlatformTest.civilGrant(p, List.of("公民身份号码"), Date.of(2026, 12, 31))[0];
      p.access().setMaskingRules("police.op", entry, List.of(MaskingRule.pseudonym("公民身份号码", PersonalInfoKind.ID_CARD)));
      AccessDecision d = p.access().decide(request(entry));
      InvalidTransitionException e = assertThrows(InvalidTransitionException.class,
          () -> p.access().filter(d, "[{\"公民身份号码\": \"320613198506151232\"}]"));
      assertTrue(e.getMessage().contains("no pseudonym key"), e.getMessage());
    }
    PlatformOptions o = PlatformTest.options(db);
    o.setPseudonymKeyFile(keyFile);
    try (Platform p = Platform.open(o)) {
      String out = p.access().filter(p.access().decide(request(entry)), "[{\"公民身份号码\": \"320613198506151232\"}]");
      assertFalse(out.contains("3206"), out);
      assertEquals("pseudonym.key_adopted", last(p.auditTrail("auditor", 0, -1)).getAction());
      assertEquals(GovShare.pseudonymKeyId(GovShare.readPseudonymKeyFile(keyFile)),
                   last(p.auditTrail("auditor", 0, -1)).getAfterDigest());
      assertThrows(InvalidArgumentException.class, () -> p.rotatePseudonymKey("admin", "同一把密钥"));
    }
  }

  private static AuditRecord last(AuditRecordList trail) {
    return trail.get(trail.size() - 1);
  }

  private static AccessRequest request(long entry) {
    AccessRequest r = new AccessRequest();
    r.setUserId("civil.op");
    r.setEntryId(entry);
    r.setItems(new StringList(List.of("公民身份号码")));
    r.setPurpose("低保核对");
    return r;
  }

  @Test
  void aKeyOthersMayReadIsRefusedBeforeAnythingOpens() throws Exception {
    SigningKey key = GovShare.generateSigningKey();
    String priv = keyFile("loose", key);
    Files.setPosixFilePermissions(Path.of(priv), Set.of(PosixFilePermission.OWNER_READ,
        PosixFilePermission.OWNER_WRITE, PosixFilePermission.OTHERS_READ));
    PlatformOptions o = PlatformTest.options(PlatformTest.tempDb(dir, "loose"));
    o.setSigningKeyFile(priv);
    PermissionDeniedException e = assertThrows(PermissionDeniedException.class, () -> Platform.open(o));
    assertTrue(e.getMessage().contains("chmod 600"), e.getMessage());
    assertThrows(InvalidArgumentException.class,
                 () -> GovShare.writeSigningKeyFiles(key, priv, dir.resolve("x.pub").toString()));
    assertThrows(InvalidArgumentException.class, () -> GovShare.parseSigningKey(key.getPublicKeyPem()));
  }
}
