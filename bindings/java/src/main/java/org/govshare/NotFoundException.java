package org.govshare;

/** The named object does not exist (C++ {@code govshare::NotFoundError}). */
public class NotFoundException extends GovShareException {
  private static final long serialVersionUID = 1L;

  /** An error with this message. */
  public NotFoundException(String message) {
    super(ErrorCode.NOT_FOUND, message);
  }
}
