// Java naming (architecture C.8):
//   functions and methods  Validate -> validate, CatalogFromJson -> catalogFromJson,
//                          IsValid -> isValid, ToIso -> toIso
//   struct fields          share_class -> getShareClass()/setShareClass()
//   parameters             entry_id -> entryId (what IDEs, Javadoc and the
//                          NullPointerException messages show)
//   enum constants         kNotShared -> NOT_SHARED, kProviderToPlatform -> PROVIDER_TO_PLATFORM
// Explicit %rename of one name (e.g. operator== in proxies.i) wins over these.

%rename("%(lowercamelcase)s", %$isfunction) "";
// A field's name makes its accessors: share_class -> shareClass -> getShareClass.
%rename("%(lowercamelcase)s", %$isvariable) "";
// Parameters: provider_code -> providerCode (a setter's stays `value`).
%rename("%(lowercamelcase)s", match$nodeType="parm") "";

// kCamelCase -> CAMEL_CASE. SWIG's rename functions do not chain, so one rule
// per number of words (enumerators here have up to three; four for headroom).
// A new enumerator of more words would keep its C++ name, which the Java
// tests would notice at once.
%rename("%(regex:/^k([A-Z][a-z0-9]*)$/\\U\\1/)s", %$isenumitem,
        regexmatch$name="^k[A-Z][a-z0-9]*$") "";
%rename("%(regex:/^k([A-Z][a-z0-9]*)([A-Z][a-z0-9]*)$/\\U\\1_\\2/)s", %$isenumitem,
        regexmatch$name="^k[A-Z][a-z0-9]*[A-Z][a-z0-9]*$") "";
%rename("%(regex:/^k([A-Z][a-z0-9]*)([A-Z][a-z0-9]*)([A-Z][a-z0-9]*)$/\\U\\1_\\2_\\3/)s",
        %$isenumitem, regexmatch$name="^k[A-Z][a-z0-9]*[A-Z][a-z0-9]*[A-Z][a-z0-9]*$") "";
%rename("%(regex:/^k([A-Z][a-z0-9]*)([A-Z][a-z0-9]*)([A-Z][a-z0-9]*)([A-Z][a-z0-9]*)$/\\U\\1_\\2_\\3_\\4/)s",
        %$isenumitem,
        regexmatch$name="^k[A-Z][a-z0-9]*[A-Z][a-z0-9]*[A-Z][a-z0-9]*[A-Z][a-z0-9]*$") "";
