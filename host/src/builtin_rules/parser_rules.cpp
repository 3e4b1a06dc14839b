// The parser's diagnostics, declared once (builtin_rules.hpp). Their findings
// are rules of plugin "parser"; docs/table-format.md §3 lists the same codes
// (tests/unit/host/builtin_rules_test.cpp holds the two together).
#include <algorithm>
#include <array>

#include "builtin_rules/builtin_rules.hpp"
#include "builtin_rules/declaration_order.hpp"

namespace jxaudit::builtin_rules {
namespace {

using P = ParserRule;
constexpr Severity kError = Severity::error;
constexpr Severity kWarning = Severity::warning;
constexpr Severity kInfo = Severity::info;

// What every missing-* rule shares: the part is named by the rule's id.
#define JXAUDIT_MISSING_DOC                                                                                     \
  "The table lacks this part. The table is still read and checked with what it has; checks that need the "    \
  "part skip it. Reported as a warning, or as info when the matched template family (config/templates/) "     \
  "lists the part under `lacks` (that form has no such part). When the part is there but was not recognised, " \
  "`jxaudit parse --explain FILE` shows how each row was read."

#define JXAUDIT_MISSING_DOC_ZH \
  "表格缺少这一部分。表格照常读取，并用已有的内容检查；需要这一部分的检查跳过。报告为警告；" \
  "若匹配的模板（config/templates/）在 lacks 中列出了这一部分（该格式本来就没有），则报告为提示。" \
  "如果这一部分其实存在、只是没有被识别，可用 jxaudit parse --explain FILE 查看每一行是如何读取的。"

struct Entry {
  ParserRule rule;
  RuleSpec declared;
};

constexpr std::array kEntries = std::to_array<Entry>({
    {P::no_table, {"no-table", kError, "the file holds no self-evaluation table", "文件中没有绩效自评表",
                   "The file is empty or has no title line (…绩效自评表); for a workbook the message names every "
                   "worksheet looked at. One error per file. Check that the right file was handed in, or that its "
                   "title row was not deleted.",
      "文件为空，或没有标题行（…绩效自评表）；工作簿的消息列出查看过的每个工作表。每个文件报告一次错误。"
      "请确认交来的是正确的文件，或标题行没有被删除。"}},
    {P::sheet_without_table, {"sheet-without-table", kInfo, "worksheets without a table", "工作表中没有绩效自评表",
                              "A workbook has tables, but these worksheets (listed by name) hold none. Nothing on "
                              "them was read; usually an instruction or summary sheet.",
      "工作簿中有绩效自评表，但这些工作表（按名称列出）中没有。其上的内容都未读取；通常是填表说明或汇总表。"}},
    {P::corrupt_file, {"corrupt-file", kError, "the office file is damaged or truncated", "文件已损坏或不完整",
                       "The zip, XML, CSV or BIFF content of an office file cannot be read. The input fails "
                       "(host.input-damaged, docs/input-formats.md); tables read before the damage are listed but "
                       "not checked. Ask for the file again, or save it anew in its program.",
      "办公文件的 zip、XML、CSV 或 BIFF 内容无法读取。该输入判为失败（host.input-damaged，"
      "见 docs/input-formats.md）；损坏处之前读到的表格会列出，但不检查。请重新索取文件，或在原程序中重新保存。"}},
    {P::encrypted_file, {"encrypted-file", kError, "the file is password-protected", "文件已加密",
                         "A password-protected workbook or document cannot be read. The input fails "
                         "(host.input-damaged). Ask for an unencrypted copy.",
      "设有密码的工作簿或文档无法读取。该输入判为失败（host.input-damaged）。请索取未加密的副本。"}},
    {P::unsupported_format, {"unsupported-format", kError, "a format jxaudit does not read", "不支持的文件格式",
                             "A zip that is neither a workbook nor a document, or an OLE2 file that is not a "
                             "workbook (.doc, .ppt). The input fails (host.input-damaged). Save it as .xlsx, .docx "
                             "or text (docs/input-formats.md lists what is read).",
      "既不是工作簿也不是文档的 zip 文件，或不是工作簿的 OLE2 文件（.doc、.ppt）。"
      "该输入判为失败（host.input-damaged）。请另存为 .xlsx、"
      ".docx 或文本文件（可读取的格式见 docs/input-formats.md）。"}},
    {P::formula_without_value, {"formula-without-value", kWarning, "formula cells without a cached value",
                                "公式单元格没有计算结果",
                                "Formula cells with no cached value (a workbook written by a program that never "
                                "calculated it) read as blank: one warning per worksheet, naming the cells. Open and "
                                "save the workbook in Excel, then check it again.",
      "公式单元格没有缓存的计算结果（工作簿由从未计算过它的程序写出），按空白读取：每个工作表报告一次警告，"
      "列出这些单元格。请在 Excel 中打开并保存该工作簿后再检查。"}},
    {P::title_less_table, {"title-less-table", kWarning, "a table without a title line", "表格没有标题行",
                           "A table read from its funds or indicator header because it has no title line (a "
                           "fragment of a table, or a title left out). The table is checked; its project may be "
                           "unnamed.",
      "表格没有标题行，是从资金使用情况或绩效指标的表头识别出来的（表格的片段，或漏了标题）。该表照常检查，"
      "但其项目可能没有名称。"}},
    {P::read_failed, {"read-failed", kError, "the file cannot be read", "文件无法读取",
                      "The file is missing, not a regular file, over the default limits.file-bytes, or a reader "
                      "could not start. `jxaudit check` reports the input as failed (host.input-*) instead.",
      "文件不存在、不是普通文件、超过默认的 limits.file-bytes，或读取程序无法启动。"
      "jxaudit check 则把该输入报告为失败（host.input-*）。"}},
    {P::limit_exceeded, {"limit-exceeded", kError, "a default limit was hit while parsing", "解析时超出限制",
                         "`jxaudit parse` only: a default limit (docs/reliability.md) was hit at that line; the tables "
                         "before it are kept, the rest is not read. `jxaudit check` fails the file instead "
                         "(host.input-over-limit).",
      "仅用于 jxaudit parse：在该行触及默认限制（见 docs/reliability.md）；此前的表格保留，其余内容不再读取。"
      "jxaudit check 则将该文件判为失败（host.input-over-limit）。"}},
    {P::undecodable_bytes, {"undecodable-bytes", kWarning, "characters could not be decoded", "存在无法识别的字符",
                            "Some bytes are not valid in the detected encoding and were replaced by U+FFFD. Values "
                            "in those cells may be unreadable; save the file as UTF-8 or GB18030.",
      "部分字节在识别出的编码中无效，已替换为 U+FFFD。这些单元格中的数值可能无法识别；"
      "请将文件另存为 UTF-8 或 GB18030 编码。"}},
    {P::mixed_encoding, {"mixed-encoding", kWarning, "the file mixes GB18030 and UTF-8", "文件混用两种编码",
                         "The file mixes GB18030 and UTF-8 lines (pasted together from two sources). It is decoded "
                         "line by line; the message lists the line of each change, the diagnostic's line is the "
                         "first.",
      "文件中混有 GB18030 和 UTF-8 的行（从两个来源拼接而成）。文件逐行解码；消息列出每次编码变化所在的行，"
      "诊断所在行是第一次变化的行。"}},
    {P::unplaced_row, {"unplaced-row", kWarning, "a row the parser cannot place", "无法识别的行",
                       "No label explains this row (e.g. an unknown header label), so it is not read. If it holds "
                       "values, add its label to config/vocabulary.yaml or fix the row.",
      "没有任何标签能说明这一行（如未知的表头标签），因此该行未被读取。如果该行有数值，"
      "请把它的标签加入 config/vocabulary.yaml，或修正该行。"}},
    {P::unplaced_cell, {"unplaced-cell", kWarning, "a cell that fits no column", "无法归入任何列的单元格",
                        "An extra cell that fits no column of its row (or text in a number cell of the total row) "
                        "is not read. Check whether a value slid out of its column.",
      "多出的单元格不属于其所在行的任何一列（或总分行数字单元格中的文字），未被读取。"
      "请检查是否有数值错位到了别的列。"}},
    {P::extra_actual_column, {"extra-actual-column", kWarning, "the actual value repeated in an extra column",
                              "实际完成值重复写在多出的一列",
                              "The actual value is written again in an extra column (a merged cell copied twice); "
                              "it is read once.",
      "实际完成值在多出的一列中又写了一遍（合并单元格被复制了两次）；只读取一次。"}},
    {P::indicator_without_level1, {"indicator-without-level1", kWarning, "an indicator before any level-1 label",
                                   "指标前没有一级指标",
                                   "An indicator row comes before any level-1 label (产出指标, 效益指标 …), so it "
                                   "belongs to no group; group sums leave it out.",
      "指标行出现在任何一级指标标签（产出指标、效益指标 …）之前，不属于任何一级指标；一级指标的分值合计不包括它。"}},
    {P::indicator_without_values, {"indicator-without-values", kWarning, "an indicator with nothing after its name",
                                   "指标没有指标值、分值或得分",
                                   "An indicator name with no target, points or score after it: the table may be "
                                   "cut off, or the values are in another row.",
      "指标名称后面没有年度指标值、分值或得分：表格可能被截断，或数值写在了另一行。"}},
    {P::misplaced_funds_cell, {"misplaced-funds-cell", kWarning, "a % value under an amount column",
                               "金额列下出现百分数",
                               "A % value under an amount column of a funds row: a rate slid out of its column. The "
                               "cell is left unread (neither an amount nor a blank the unit left).",
      "资金行的金额列下出现百分数：执行率错位到了别的列。该单元格不读取（既不当作金额，也不当作单位留空的单元格）。"}},
    {P::table_cut_off, {"table-cut-off", kWarning, "the table ends early", "表格中断",
                        "The table has no 总分 row and no footer after its body: the source ends early. Reported once, "
                        "at the last row read; the parts after the cut (missing-total, the cut row's "
                        "indicator-without-values, parts of zones never reached) are not reported again, and the "
                        "checks skip the cut row and the group it fell in.",
      "表格主体之后既没有总分行也没有表尾：原文件提前结束。只在读到的最后一行报告一次；"
      "截断处之后的部分（missing-total、截断行的 indicator-without-values、未读到区域的缺失部分）不再重复报告，"
      "各项检查也跳过截断行及其所在的指标组。"}},
    {P::indicator_without_name, {"indicator-without-name", kWarning, "an indicator row without its name",
                                 "指标行没有三级指标名称",
                                 "The first cell of an indicator row stands under a value column: the name was "
                                 "lost (a deleted or merged cell).",
      "指标行的第一个单元格位于数值列下：三级指标名称丢失了（单元格被删除或合并）。"}},
    {P::missing_project_code, {"missing-project-code", kWarning, "the table lacks its project code", "表中缺少项目编码",
                               JXAUDIT_MISSING_DOC, JXAUDIT_MISSING_DOC_ZH}},
    {P::missing_project_name, {"missing-project-name", kWarning, "the table lacks its project name", "表中缺少项目名称",
                               JXAUDIT_MISSING_DOC, JXAUDIT_MISSING_DOC_ZH}},
    {P::missing_year, {"missing-year", kWarning, "the table lacks its evaluation year", "表中缺少绩效自评年度",
                       JXAUDIT_MISSING_DOC, JXAUDIT_MISSING_DOC_ZH}},
    {P::missing_implementing_unit, {"missing-implementing-unit", kWarning, "the table lacks its implementing unit",
                                    "表中缺少实施单位", JXAUDIT_MISSING_DOC, JXAUDIT_MISSING_DOC_ZH}},
    {P::missing_budget_unit, {"missing-budget-unit", kWarning, "the table lacks its budget unit",
                              "表中缺少一级预算单位/主管部门", JXAUDIT_MISSING_DOC, JXAUDIT_MISSING_DOC_ZH}},
    {P::missing_funds, {"missing-funds", kWarning, "the table lacks its funds block", "表中缺少资金使用情况",
                        JXAUDIT_MISSING_DOC, JXAUDIT_MISSING_DOC_ZH}},
    {P::missing_funds_unit, {"missing-funds-unit", kWarning, "the funds block names no unit (元/万元)",
                             "表中缺少资金单位", JXAUDIT_MISSING_DOC, JXAUDIT_MISSING_DOC_ZH}},
    {P::missing_funds_total, {"missing-funds-total", kWarning, "the funds block lacks its total row",
                              "表中缺少年度资金总额行", JXAUDIT_MISSING_DOC, JXAUDIT_MISSING_DOC_ZH}},
    {P::missing_initial_budget_column, {"missing-initial-budget-column", kWarning,
                                        "the funds block lacks its initial budget column", "表中缺少年初预算数列",
                                        JXAUDIT_MISSING_DOC, JXAUDIT_MISSING_DOC_ZH}},
    {P::missing_funds_points_column, {"missing-funds-points-column", kWarning,
                                      "the funds block lacks its points column", "表中缺少资金分值列",
                                      JXAUDIT_MISSING_DOC, JXAUDIT_MISSING_DOC_ZH}},
    {P::missing_funds_score_column, {"missing-funds-score-column", kWarning, "the funds block lacks its score column",
                                     "表中缺少资金得分列", JXAUDIT_MISSING_DOC, JXAUDIT_MISSING_DOC_ZH}},
    {P::missing_goals, {"missing-goals", kWarning, "the table lacks its annual goals", "表中缺少年度总体目标",
                        JXAUDIT_MISSING_DOC, JXAUDIT_MISSING_DOC_ZH}},
    {P::missing_indicator_header, {"missing-indicator-header", kWarning,
                                   "the indicator block lacks its header row (default column order used)",
                                   "表中缺少绩效指标表头行", JXAUDIT_MISSING_DOC, JXAUDIT_MISSING_DOC_ZH}},
    {P::missing_points_column, {"missing-points-column", kWarning, "the indicator block lacks its points column",
                                "表中缺少分值列", JXAUDIT_MISSING_DOC, JXAUDIT_MISSING_DOC_ZH}},
    {P::missing_score_column, {"missing-score-column", kWarning, "the indicator block lacks its score column",
                               "表中缺少得分列", JXAUDIT_MISSING_DOC, JXAUDIT_MISSING_DOC_ZH}},
    {P::missing_explanation_column, {"missing-explanation-column", kWarning,
                                     "the indicator block lacks its explanation column", "表中缺少偏差原因分析列",
                                     JXAUDIT_MISSING_DOC, JXAUDIT_MISSING_DOC_ZH}},
    {P::missing_indicators, {"missing-indicators", kWarning, "the table has no indicator rows", "表中缺少三级指标",
                             JXAUDIT_MISSING_DOC, JXAUDIT_MISSING_DOC_ZH}},
    {P::missing_total, {"missing-total", kWarning, "the table lacks its total row (总分)", "表中缺少总分行",
                        JXAUDIT_MISSING_DOC, JXAUDIT_MISSING_DOC_ZH}},
    {P::unknown_indicator_column, {"unknown-indicator-column", kInfo, "an indicator header cell not in the vocabulary",
                                   "未识别的指标列",
                                   "An indicator header cell the vocabulary (config/vocabulary.yaml) does not know; "
                                   "the values under it are skipped.",
      "绩效指标表头中有词表（config/vocabulary.yaml）不认识的单元格；该列下的数值不读取。如需读取，"
      "请把该表头加入词表。"}},
    {P::empty_indicator_group, {"empty-indicator-group", kInfo, "a label row with no indicator under it",
                                "指标类别下没有三级指标",
                                "A level-1 or level-2 label row with no indicator row under it.",
      "一级或二级指标标签行下没有任何三级指标行。"}},
    {P::shifted_total_row, {"shifted-total-row", kInfo, "总分 numbers not under their columns",
                            "总分行的数字不在分值/得分列下",
                            "The numbers of the 总分 row are not under the 分值/得分 header columns; they are read "
                            "in order.",
      "总分行的数字不在分值/得分表头列下；按顺序读取。"}},
    {P::shifted_funds_row, {"shifted-funds-row", kInfo, "funds values not under their columns",
                            "资金行的数值不在表头列下",
                            "The values of a funds row are not under their header columns; they are read in order.",
      "资金行的数值不在其表头列下；按顺序读取。"}},
    {P::text_before_table, {"text-before-table", kInfo, "text before the first table", "第一张表之前的文字",
                            "Text before the first table (e.g. 附件:) is not read.",
      "第一张表之前的文字（如 附件：）不读取。"}},
    {P::text_after_total, {"text-after-total", kInfo, "text after the total row", "总分行之后的文字",
                           "Text after a table's 总分 row (e.g. a 注: note) is not read.",
      "表格总分行之后的文字（如 注：说明）不读取。"}},
    {P::canonical_invalid, {"canonical-invalid", kError, "the canonical file has a value it cannot take",
                            "规范格式文件中有无法读取的内容",
                            "A canonical file read as input (docs/table-format.md section 2.1) has a value it cannot "
                            "take as written: syntax, type, unknown key or schema, a number not in decimal digits, "
                            "a diagnostic code that is not declared. Reported at its line of the canonical file; the "
                            "tables that could be read are still checked.",
      "作为输入读取的规范格式文件（见 docs/table-format.md 第 2.1 节）中有无法按原样接受的值：语法、类型、"
      "未知键或模式不符，不是十进制数字的数，未声明的诊断代码。在规范格式文件的相应行报告；能读取的表格仍会检查。"}},
});

#undef JXAUDIT_MISSING_DOC

static_assert(kEntries.size() == static_cast<std::size_t>(ParserRule::count_), "one entry per ParserRule");
static_assert(in_declaration_order(kEntries), "entries in ParserRule order");
static_assert(ids_unique(kEntries), "every parser rule id once");

constexpr auto kRules = rules_of(kEntries);

}  // namespace

const RuleSpec& declared(ParserRule rule) { return kRules[static_cast<std::size_t>(rule)]; }

std::span<const RuleSpec> parser_rules() { return kRules; }

std::optional<ParserRule> find_parser_rule(std::string_view id) {
  for (std::size_t i = 0; i < kRules.size(); ++i)
    if (kRules[i].id == id) return static_cast<ParserRule>(i);
  return std::nullopt;
}

}  // namespace jxaudit::builtin_rules
