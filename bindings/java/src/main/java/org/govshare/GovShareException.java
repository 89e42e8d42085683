package org.govshare;

/**
 * Root of every error libgovshare reports by exception (C++ {@code govshare::Error}).
 *
 * <p>Unchecked: a caller catches the subclass whose reaction differs ({@link
 * InvalidArgumentException}, {@link ParseException}, {@link IoException}, ...) or this
 * class for all of them. Expected answers, such as validation findings, are returned
 * as values and never thrown.
 */
public class GovShareException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorCode code;

  /** An error of the given kind. */
  public GovShareException(ErrorCode code, String message) {
    super(message);
    this.code = code;
  }

  /** From the JNI wrapper: a C++ error whose class has no Java subclass. */
  GovShareException(int code, String message) {
    this(ErrorCode.swigToEnum(code), message);
  }

  /** The machine-readable kind of the error; stable values. */
  public ErrorCode getCode() {
    return code;
  }
}
