// A test plugin exactly as API 1 built it: the two entry points API 1 had,
// jxaudit_api_version returning 1 and jxaudit_create_check, and no manifest
// (API 1 had none). An API-2 host must refuse it naming both versions and the
// file, before calling its factory (which would abort the test if called),
// and load the other plugins of the run.
#include <cstdlib>
#include <memory>

#include <boost/dll/alias.hpp>
#include <jxaudit/check.hpp>

namespace api1 {
int api_version() { return 1; }
std::unique_ptr<::jxaudit::Check> create_check() { std::abort(); }
}  // namespace api1

BOOST_DLL_ALIAS(api1::api_version, jxaudit_api_version)
BOOST_DLL_ALIAS(api1::create_check, jxaudit_create_check)
