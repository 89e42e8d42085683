// identifiers.h: Chinese identifier check characters.
#include "bind.h"
#include "govshare/identifiers.h"

namespace govshare::python {

void bind_identifiers(py::module_& m) {
  m.def("is_valid_credit_code", &IsValidCreditCode, py::arg("code"),
        R"doc(True when code is an 18-character 统一社会信用代码 (GB 32100-2015):
registration authority [1-9ANY], 31-symbol alphabet (no I O S V Z), a valid
GB 11714 organisation code in positions 9-17 and a correct check character.
Never raises.)doc");
  m.def("credit_code_check_char", &CreditCodeCheckChar, py::arg("body17"),
        "The GB 32100 check character (a one-character str) for the first 17 characters. Raises "
        "InvalidArgumentError when body17 is not 17 symbols of the alphabet.");
  m.def("is_valid_organization_code", &IsValidOrganizationCode, py::arg("code"),
        "True when code is a 组织机构代码 (GB 11714-1997), 'XXXXXXXX-X' or 'XXXXXXXXX', with a "
        "correct check character. Never raises.");
}

}  // namespace govshare::python
