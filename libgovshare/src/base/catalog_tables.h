// Internal: the enumeration tables of catalog.h, shared by JSON and validation.
#ifndef GOVSHARE_INTERNAL_CATALOG_TABLES_H_
#define GOVSHARE_INTERNAL_CATALOG_TABLES_H_

#include "govshare/catalog.h"
#include "base/enum_names.h"

namespace govshare::internal {

extern const EnumName<ShareClass> kShareClassNames[3];
extern const EnumName<ShareMethod> kShareMethodNames[3];
extern const EnumName<AuthorizationMode> kAuthorizationModeNames[3];
extern const EnumName<OpenClass> kOpenClassNames[3];
extern const EnumName<UpdateCycle> kUpdateCycleNames[8];
extern const EnumName<DataType> kDataTypeNames[11];
extern const EnumName<PersonalInfoKind> kPersonalInfoKindNames[10];
extern const EnumName<ResourceCategory> kResourceCategoryNames[3];
extern const EnumName<FormatClass> kFormatClassNames[8];
extern const EnumName<LegalBasisKind> kLegalBasisKindNames[7];
extern const EnumName<DataGrade> kDataGradeNames[3];

}  // namespace govshare::internal

#endif  // GOVSHARE_INTERNAL_CATALOG_TABLES_H_
