// libgovshare — umbrella header: includes every public header.
#ifndef GOVSHARE_GOVSHARE_H_
#define GOVSHARE_GOVSHARE_H_

#include "govshare/access.h"
#include "govshare/access_service.h"
#include "govshare/calendar.h"
#include "govshare/catalog.h"
#include "govshare/catalog_code.h"
#include "govshare/catalog_service.h"
#include "govshare/date.h"
#include "govshare/housekeeping.h"
#include "govshare/error.h"
#include "govshare/identifiers.h"
#include "govshare/json.h"
#include "govshare/keys.h"
#include "govshare/masking.h"
#include "govshare/platform.h"
#include "govshare/rulebook.h"
#include "govshare/search.h"
#include "govshare/sharing.h"
#include "govshare/sharing_service.h"
#include "govshare/supervision.h"
#include "govshare/supervision_service.h"
#include "govshare/platform_types.h"
#include "govshare/validation.h"
#include "govshare/version.h"

#endif  // GOVSHARE_GOVSHARE_H_
