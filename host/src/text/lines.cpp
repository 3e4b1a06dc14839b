#include "text/lines.hpp"

#include <climits>
#include <cstdint>
#include <cstring>

#include "text/normalize.hpp"

namespace jxaudit::text {

int Row::first_filled() const {
  for (std::size_t i = 0; i < cells.size(); ++i)
    if (!cells[i].text.empty()) return static_cast<int>(i);
  return -1;
}

int Row::filled_count() const {
  int n = 0;
  for (const auto& c : cells) n += c.text.empty() ? 0 : 1;
  return n;
}

namespace {

// One cell from its raw text: normalised and keyed, with storage only for
// texts normalisation changes.
TextCell make_text_cell(std::string_view raw, std::deque<std::string>& storage) {
  TextCell cell;
  cell.raw = raw;
  if (is_normalized(cell.raw)) {
    cell.text = cell.raw;
  } else {
    storage.push_back(normalize(cell.raw));
    cell.text = storage.back();
  }
  if (is_label_key(cell.text)) {
    cell.key = cell.text;
  } else {
    storage.push_back(label_key(cell.text));
    cell.key = storage.back();
  }
  return cell;
}

// Appends the cells of `line` to `cells`; false when there would be more
// than `max_cells` (the cells appended so far stay: the caller rolls back).
bool split_cells(std::string_view line, std::vector<TextCell>& cells, std::deque<std::string>& storage,
                 std::size_t max_cells) {
  std::size_t start = 0;
  std::size_t count = 0;
  while (true) {
    if (count == max_cells) return false;
    ++count;
    const void* hit = line.size() > start ? std::memchr(line.data() + start, '\t', line.size() - start) : nullptr;
    const std::size_t tab = hit ? static_cast<std::size_t>(static_cast<const char*>(hit) - line.data()) : line.size();
    cells.push_back(make_text_cell(line.substr(start, tab - start), storage));
    if (tab >= line.size()) return true;
    start = tab + 1;
  }
}

// The end of the line starting at `start` and where the next one starts:
// "\r\n", "\n" and a lone "\r" (old Mac exports) all end a line.
void line_end(std::string_view text, std::size_t start, std::size_t& end, std::size_t& next) {
  const char* data = text.data();
  const void* nl = std::memchr(data + start, '\n', text.size() - start);
  end = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - data) : text.size();
  const void* cr = std::memchr(data + start, '\r', end - start);
  next = end + 1;
  if (cr) {
    const auto at = static_cast<std::size_t>(static_cast<const char*>(cr) - data);
    next = (at + 1 == end && nl) ? end + 1 : at + 1;
    end = at;
  }
}

}  // namespace

bool LineCursor::next(std::string_view& line, int& number) {
  if (start_ >= text_.size()) return false;
  std::size_t end = 0, next = 0;
  line_end(text_, start_, end, next);
  line = text_.substr(start_, end - start_);
  if (line_ < INT_MAX) ++line_;
  number = line_;
  start_ = next;
  return true;
}

bool RowBuffer::append(std::string_view line, int number, std::size_t max_cells) {
  const std::size_t first = cells_.size();
  const std::size_t stored = storage_.size();
  if (!split_cells(line, cells_, storage_, max_cells)) {
    cells_.resize(first);
    while (storage_.size() > stored) storage_.pop_back();
    return false;
  }
  Row& row = rows_.emplace_back();
  row.line = number;
  offsets_.push_back(first);
  stored_.push_back(stored);
  return true;
}

bool RowBuffer::append_cells(std::span<const std::string_view> cells, int number, std::size_t max_cells) {
  if (cells.size() > max_cells) return false;
  const std::size_t first = cells_.size();
  const std::size_t stored = storage_.size();
  for (const std::string_view raw : cells) {
    storage_.emplace_back(raw);  // a deque: the texts never move while the row lives
    cells_.push_back(make_text_cell(storage_.back(), storage_));
  }
  Row& row = rows_.emplace_back();
  row.line = number;
  offsets_.push_back(first);
  stored_.push_back(stored);
  return true;
}

const Row& RowBuffer::back() {
  Row& row = rows_.back();
  row.cells = std::span<const TextCell>(cells_.data() + offsets_.back(), cells_.size() - offsets_.back());
  return row;
}

void RowBuffer::pop_back() {
  cells_.resize(offsets_.back());
  while (storage_.size() > stored_.back()) storage_.pop_back();
  rows_.pop_back();
  offsets_.pop_back();
  stored_.pop_back();
}

std::span<const Row> RowBuffer::rows() {
  // Spans are set here, once the cells stop moving (cells_ reallocates as it grows).
  for (std::size_t r = 0; r < rows_.size(); ++r) {
    const std::size_t end = r + 1 < rows_.size() ? offsets_[r + 1] : cells_.size();
    rows_[r].cells = std::span<const TextCell>(cells_.data() + offsets_[r], end - offsets_[r]);
  }
  return rows_;
}

void RowBuffer::clear() {
  rows_.clear();
  cells_.clear();
  offsets_.clear();
  stored_.clear();
  storage_.clear();
}

}  // namespace jxaudit::text
