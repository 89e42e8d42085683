// How every proxy class (structs and the vector lists) looks in Java.

// Fields are accessed through const& (get) and const& (set), not pointers:
// setX(null) is a NullPointerException instead of a crash, and the
// std::optional typemaps (optional.i), written for const&, apply to fields.
// (%naturalvar on one type only works for types SWIG knows as classes, which
// std::optional<T> is not.)
%naturalvar;

// ---- body: SWIG's default, plus swigOwner ---------------------------------------
// A getter of a struct or vector field, and List.get() of a vector, return a
// proxy that points *into* its owner's C++ memory (so
// entry.getShare().getScope().getDepartments().add(code) edits the entry).
// swigOwner keeps that owner reachable for as long as the view is, so that
// `GovShare.catalogFromJson(json).getEntries().get(0)` cannot have its catalog
// collected and freed underneath it. (A view still dangles if its owner's C++
// storage moves: keep no element view across an add/remove on the same list.)
// The pointer constructor and getCPtr are package-private: only the binding
// itself handles raw pointers.
%typemap(javabody) SWIGTYPE %{
  private transient long swigCPtr;
  protected transient boolean swigCMemOwn;
  /** The proxy owning the C++ memory this one points into, or null. */
  transient Object swigOwner;

  $javaclassname(long cPtr, boolean cMemoryOwn) {
    swigCMemOwn = cMemoryOwn;
    swigCPtr = cPtr;
  }

  static long getCPtr($javaclassname obj) {
    return (obj == null) ? 0 : obj.swigCPtr;
  }

  static long swigRelease($javaclassname obj) {
    long ptr = 0;
    if (obj != null) {
      if (!obj.swigCMemOwn)
        throw new RuntimeException("Cannot release ownership as memory is not owned");
      ptr = obj.swigCPtr;
      obj.swigCMemOwn = false;
      obj.delete();
    }
    return ptr;
  }
%}

%typemap(javaout) SWIGTYPE *, SWIGTYPE & {
    long cPtr = $jnicall;
    if (cPtr == 0) return null;
    $javaclassname view = new $javaclassname(cPtr, $owner);
    view.swigOwner = this;
    return view;
  }

// SWIG still frees owned C++ memory from finalize(), deprecated since Java 9.
// It is fine on Java 17; the annotation keeps javac quiet about it. (A
// java.lang.ref.Cleaner version is the way once a JDK without finalization
// becomes a target.) delete() frees at once.
%typemap(javafinalize) SWIGTYPE %{
  @SuppressWarnings({"deprecation", "removal"})
  protected void finalize() {
    delete();
  }
%}

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
