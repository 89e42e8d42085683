// Internal: the N19 source-department designations as stored (platform_meta
// `source_designations`, JSON), for the catalog facade and the inspection.
#ifndef GOVSHARE_SRC_CATALOG_SOURCES_H_
#define GOVSHARE_SRC_CATALOG_SOURCES_H_

#include <vector>

#include "govshare/platform_types.h"
#include "storage/storage.h"

namespace govshare {

/// Every designation in force, by subject.
std::vector<SourceDesignation> LoadSourceDesignations(storage::Storage& s);

}  // namespace govshare

#endif  // GOVSHARE_SRC_CATALOG_SOURCES_H_
