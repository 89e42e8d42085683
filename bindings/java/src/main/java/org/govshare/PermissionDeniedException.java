package org.govshare;

/** The acting user's role or department may not take this action (C++ {@code govshare::PermissionDeniedError}). */
public class PermissionDeniedException extends GovShareException {
  private static final long serialVersionUID = 1L;

  /** An error with this message. */
  public PermissionDeniedException(String message) {
    super(ErrorCode.PERMISSION_DENIED, message);
  }
}
