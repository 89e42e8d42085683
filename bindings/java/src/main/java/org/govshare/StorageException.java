package org.govshare;

/** The database failed (C++ {@code govshare::StorageError}). */
public class StorageException extends GovShareException {
  private static final long serialVersionUID = 1L;

  /** An error with this message. */
  public StorageException(String message) {
    super(ErrorCode.STORAGE, message);
  }
}
