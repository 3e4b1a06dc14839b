// The one place that touches Boost.DLL's import API. Boost renamed
// import/import_alias to import_symbol in 1.76 and moved to std::shared_ptr in
// 1.88: a Boost upgrade changes this file only.
#pragma once

#include <functional>
#include <string>

#include <boost/dll/import.hpp>
#include <boost/dll/shared_library.hpp>

namespace jxaudit::plugins {

// Imports a function exported with BOOST_DLL_ALIAS. The returned callable keeps
// its own reference to the library, so it stays valid while it lives.
// Throws boost::system::system_error when the alias is missing.
template <class Fn>
std::function<Fn> import_function(const boost::dll::shared_library& library, const std::string& alias) {
  return boost::dll::import_alias<Fn>(library, alias);
}

}  // namespace jxaudit::plugins
