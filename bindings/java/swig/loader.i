// The JNI library loads itself: the first use of any wrapper initializes the
// JNI class, whose static block asks NativeLibrary (hand-written, see
// src/main/java/org/govshare/NativeLibrary.java) to load libgovshare_jni from
// -Dgovshare.native.path, from inside the jar, or from java.library.path.
// Users never call a loader.

%pragma(java) jniclassclassmodifiers="final class"
%pragma(java) jniclasscode=%{
  static {
    org.govshare.NativeLibrary.load();
  }

  private $imclassname() {}
%}

// GovShare holds the free functions as static methods; it is never instantiated.
%pragma(java) moduleclassmodifiers="public final class"
%pragma(java) modulecode=%{
  private GovShare() {}
%}
