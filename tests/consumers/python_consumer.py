"""Uses the pip-installed govshare package from outside the source tree."""
import sys

import govshare

catalog = govshare.load_catalog_file(sys.argv[1])
findings = govshare.validate_catalog(catalog)
assert govshare.__file__ and "site-packages" in govshare.__file__, govshare.__file__
print(f"govshare {govshare.__version__}: {len(catalog.entries)} entries, {len(findings)} findings")
sys.exit(1 if govshare.has_errors(findings) or not catalog.entries else 0)
