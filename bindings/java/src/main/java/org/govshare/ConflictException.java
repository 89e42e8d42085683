package org.govshare;

/** A stale or duplicate change was refused (C++ {@code govshare::ConflictError}). */
public class ConflictException extends GovShareException {
  private static final long serialVersionUID = 1L;

  /** An error with this message. */
  public ConflictException(String message) {
    super(ErrorCode.CONFLICT, message);
  }
}
