#include "formats/date_format.hpp"

#include <cctype>
#include <chrono>
#include <cstdio>
#include <string>

namespace jxaudit::formats {

namespace {

struct DateTime {
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
  long long total_hours = 0;  // for [h]
};

std::string multiplied(const std::string& digits, int factor) {
  std::string out;
  long long carry = 0;
  for (std::size_t i = digits.size(); i-- > 0;) {
    const long long v = static_cast<long long>(digits[i] - '0') * factor + carry;
    out.push_back(static_cast<char>('0' + v % 10));
    carry = v / 10;
  }
  while (carry > 0) {
    out.push_back(static_cast<char>('0' + carry % 10));
    carry /= 10;
  }
  while (out.size() > 1 && out.back() == '0') out.pop_back();
  return std::string(out.rbegin(), out.rend());
}

std::optional<DateTime> from_serial(const Digits& serial, bool date1904) {
  if (serial.negative) return std::nullopt;
  // Whole seconds, rounded: serial × 86400, on the digits.
  Digits rounded = serial;
  rounded.digits = multiplied(serial.digits, 86400);
  round_digits(rounded, 0);
  if (rounded.digits.size() > 15) return std::nullopt;
  const long long total = std::stoll(rounded.digits);
  long long days = total / 86400;
  const long long rest = total % 86400;
  DateTime dt;
  dt.hour = static_cast<int>(rest / 3600);
  dt.minute = static_cast<int>(rest % 3600 / 60);
  dt.second = static_cast<int>(rest % 60);
  dt.total_hours = total / 3600;
  using namespace std::chrono;
  if (!date1904 && days == 60) {  // 1900-02-29: the day Lotus 1-2-3 invented and Excel kept
    dt.year = 1900, dt.month = 2, dt.day = 29;
    return dt;
  }
  if (!date1904 && days < 60) ++days;  // before the invented day, serials count from 1899-12-31
  const sys_days base = date1904 ? sys_days(year{1904} / January / 1) : sys_days(year{1899} / December / 30);
  if (days > 2958465) return std::nullopt;  // 9999-12-31
  const year_month_day ymd{base + std::chrono::days{days}};
  dt.year = static_cast<int>(ymd.year());
  dt.month = static_cast<int>(static_cast<unsigned>(ymd.month()));
  dt.day = static_cast<int>(static_cast<unsigned>(ymd.day()));
  return dt;
}

std::string two(int v) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d", v);
  return buf;
}

constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

}  // namespace

std::optional<std::string> format_date_serial(const Digits& serial, std::string_view s, bool date1904) {
  const std::optional<DateTime> dt = from_serial(serial, date1904);
  if (!dt) return std::nullopt;
  const bool twelve_hour = s.find("AM/PM") != std::string_view::npos || s.find("am/pm") != std::string_view::npos;
  std::string out;
  bool last_was_hour = false;
  for (std::size_t i = 0; i < s.size();) {
    const char c = s[i];
    const char lc = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    std::size_t run = 1;
    while (i + run < s.size() && std::tolower(static_cast<unsigned char>(s[i + run])) == lc) ++run;
    if (c == '"') {
      const std::size_t end = s.find('"', i + 1);
      out.append(s.substr(i + 1, (end == std::string_view::npos ? s.size() : end) - i - 1));
      i = end == std::string_view::npos ? s.size() : end + 1;
      continue;
    }
    if (c == '\\' && i + 1 < s.size()) {
      out.push_back(s[i + 1]);
      i += 2;
      continue;
    }
    if (c == '[') {
      const std::size_t end = s.find(']', i);
      const std::string_view inner = s.substr(i + 1, end == std::string_view::npos ? 0 : end - i - 1);
      if (!inner.empty() && (inner[0] == 'h' || inner[0] == 'H')) out += std::to_string(dt->total_hours);
      i = end == std::string_view::npos ? s.size() : end + 1;
      continue;
    }
    if (s.substr(i, 5) == "AM/PM" || s.substr(i, 5) == "am/pm") {
      out += dt->hour < 12 ? "AM" : "PM";
      i += 5;
      continue;
    }
    if (lc == 'y') {
      out += run <= 2 ? two(dt->year % 100) : std::to_string(dt->year);
    } else if (lc == 'm') {
      // After an hour or before seconds, m is minutes.
      std::size_t next = i + run;
      while (next < s.size() && !std::isalpha(static_cast<unsigned char>(s[next]))) ++next;
      const bool minutes = last_was_hour || (next < s.size() && std::tolower(static_cast<unsigned char>(s[next])) == 's');
      if (minutes) out += run >= 2 ? two(dt->minute) : std::to_string(dt->minute);
      else if (run >= 3) out += kMonths[dt->month - 1];
      else out += run == 2 ? two(dt->month) : std::to_string(dt->month);
    } else if (lc == 'd') {
      out += run >= 2 ? two(dt->day) : std::to_string(dt->day);
    } else if (lc == 'h') {
      int h = dt->hour;
      if (twelve_hour) h = h % 12 == 0 ? 12 : h % 12;
      out += run >= 2 ? two(h) : std::to_string(h);
    } else if (lc == 's') {
      out += run >= 2 ? two(dt->second) : std::to_string(dt->second);
    } else if (c == '_' || c == '*') {
      run = 2;
    } else {
      out.append(s.substr(i, run));
    }
    if (std::isalpha(static_cast<unsigned char>(c))) last_was_hour = lc == 'h';
    i += run;
  }
  return out;
}

}  // namespace jxaudit::formats
