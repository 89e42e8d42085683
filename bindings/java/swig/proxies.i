// How every proxy class (structs and the vector lists) looks in Java.

// Fields are accessed through const& (get) and const& (set), not pointers:
// setX(null) is a NullPointerException instead of a crash, and the
// std::optional typemaps (optional.i), written for const&, apply to fields.
// (%naturalvar on one type only works for types SWIG knows as classes, which
// std::optional<T> is not.)
%naturalvar;

// ---- body: SWIG's default, plus swigOwner and a Cleaner -----------------------------
// A getter of a struct or vector field, and List.get() of a vector, return a
// proxy that points *into* its owner's C++ memory (so
// entry.getShare().getScope().getDepartments().add(code) edits the entry).
// swigOwner keeps that owner reachable for as long as the view is, so that
// `GovShare.catalogFromJson(json).getEntries().get(0)` cannot have its catalog
// collected and freed underneath it. (A view still dangles if its owner's C++
// storage moves: keep no element view across an add/remove on the same list.)
// A view owns nothing: no Cleaner action is registered for it, so it never frees
// its owner's memory.
// The pointer constructor and getCPtr are package-private: only the binding
// itself handles raw pointers.
//
// Release: a proxy that owns its C++ object registers a java.lang.ref.Cleaner
// action (NativeMemory.Release: the pointer and the static swigFree below, never
// the proxy) when it is made; the Cleaner frees the object once the proxy is
// unreachable. delete() runs the same action at once; it runs at most once, so
// delete() is idempotent. No proxy has a finalize() (deprecated since Java 9).
// GOVSHARE_PROXY_BODY is also the body of the two std::shared_ptr handles
// (calendar.i, platform.i), whose owned C++ object is the shared_ptr.
%define GOVSHARE_PROXY_BODY(TYPE)
%typemap(javabody) TYPE %{
  private transient long swigCPtr;
  protected transient boolean swigCMemOwn;
  /** The proxy owning the C++ memory this one points into, or null. */
  transient Object swigOwner;
  /** Frees the C++ object: by the Cleaner once unreachable, or by delete(). */
  private transient NativeMemory.Release swigReleaser;
  private transient java.lang.ref.Cleaner.Cleanable swigCleanable;

  $javaclassname(long cPtr, boolean cMemoryOwn) {
    swigCMemOwn = cMemoryOwn;
    swigCPtr = cPtr;
    if (cMemoryOwn && cPtr != 0) {
      swigReleaser = new NativeMemory.Release(cPtr, $javaclassname::swigFree);
      swigCleanable = NativeMemory.register(this, swigReleaser);
    }
  }

  static long getCPtr($javaclassname obj) {
    return (obj == null) ? 0 : obj.swigCPtr;
  }

  synchronized void swigSetCMemOwn(boolean own) {
    if (swigCMemOwn && !own && swigReleaser != null) {
      swigReleaser.disown();
    }
    swigCMemOwn = own;
  }

  static long swigRelease($javaclassname obj) {
    long ptr = 0;
    if (obj != null) {
      if (!obj.swigCMemOwn)
        throw new RuntimeException("Cannot release ownership as memory is not owned");
      ptr = obj.swigCPtr;
      obj.swigSetCMemOwn(false);
      obj.delete();
    }
    return ptr;
  }
%}

// delete() frees now (once); swigFree is the Cleaner's free function: the JNI
// delete of this class ($jnicall reads swigCPtr, here the parameter).
%typemap(javadestruct, methodname="delete", methodmodifiers="public synchronized", parameters="") TYPE %{{
    if (swigCPtr != 0) {
      if (swigCMemOwn) {
        swigCMemOwn = false;
        swigCleanable.clean();
      }
      swigCPtr = 0;
    }
  }

  private static void swigFree(long swigCPtr) {
    $jnicall;
  }%}
%typemap(javafinalize) TYPE ""
%enddef

GOVSHARE_PROXY_BODY(SWIGTYPE)

%typemap(javaout) SWIGTYPE *, SWIGTYPE & {
    long cPtr = $jnicall;
    if (cPtr == 0) return null;
    $javaclassname view = new $javaclassname(cPtr, $owner);
    view.swigOwner = this;
    return view;
  }

// ---- null arguments: a NullPointerException in Java terms ---------------------------------
// SWIG's own check is in C++ and says `govshare::AccessRequest const & is null`;
// these check in Java first and name the parameter: `request must not be null`
// (a C++ name in lowerCamelCase, NativeMemory.nonNull; a setter's parameter is
// `value`). Strings: strings.i.
%typemap(javain) SWIGTYPE "$&javaclassname.getCPtr(NativeMemory.nonNull($javainput, \"$javainput\"))"
%typemap(javain) SWIGTYPE & "$javaclassname.getCPtr(NativeMemory.nonNull($javainput, \"$javainput\"))"

// ---- value equality ----------------------------------------------------------------
// operator== becomes a private nativeEquals() behind equals(Object), so
// assertEquals, List.equals and HashSet work by value. hashCode() only has to
// agree with equals: it hashes the getters listed after JTYPE (a few telling ones).
%rename(nativeEquals) operator==;
%javamethodmodifiers operator== "private";
%ignore operator!=;

%define GOVSHARE_VALUE_TYPE(CTYPE, JTYPE, HASHED...)
%typemap(javacode) CTYPE %{
  /** True when {@code other} is a {@code JTYPE} with the same value (C++ {@code operator==}). */
  @Override
  public boolean equals(Object other) {
    return other == this || (other instanceof JTYPE && nativeEquals((JTYPE) other));
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(HASHED);
  }
%}
%enddef

// ---- lists ----------------------------------------------------------------------------------
// GOVSHARE_LIST(NAME, CTYPE, JELEM) is %template(NAME) std::vector<CTYPE> plus
// NAME.from(list, parameterName): the list itself when it is a NAME, else a new
// NAME holding copies of its elements (a NullPointerException naming the
// parameter for null). The java.util.List<JELEM> setters of swig/beans.i and the
// List overloads of the facades copy through it, so a NAME passed as before is
// used as it is.
%define GOVSHARE_LIST(NAME, CTYPE, JELEM)
%extend std::vector< CTYPE > {
%proxycode %{
  /** {@code list} itself when it is a {@code NAME}, else a new {@code NAME} with copies of its elements. */
  static NAME from(java.util.List<JELEM> list, String name) {
    if (list instanceof NAME) {
      return (NAME) list;
    }
    NAME copy = new NAME();
    copy.addAll(NativeMemory.nonNull(list, name));
    return copy;
  }
%}
}
%template(NAME) std::vector< CTYPE >;
%enddef
