// A test plugin built for another API version. It exports the same aliases
// as JXAUDIT_PLUGIN, but its version is not ours: the host must refuse it
// before calling its factory (which would abort the test if called).
#include <cstdlib>
#include <memory>

#include <boost/dll/alias.hpp>
#include <jxaudit/check.hpp>

namespace wrong_api {
int api_version() { return JXAUDIT_API_VERSION + 41; }
std::unique_ptr<::jxaudit::Check> create_check() { std::abort(); }
}  // namespace wrong_api

BOOST_DLL_ALIAS(wrong_api::api_version, jxaudit_api_version)
BOOST_DLL_ALIAS(wrong_api::create_check, jxaudit_create_check)
