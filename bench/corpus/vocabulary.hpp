// Word pools the generator draws table text from. They are test data, not
// checker vocabulary (that lives in config/*.yaml): names are chosen so that a
// "reach at least" indicator never contains a lower-is-better keyword (发生数,
// 事故, 投诉, 差错, 时长, 时限, 费用, 成本) or a progress-rate pattern (支出进度,
// 预算执行率), which would change how the checks read it.
#pragma once

#include <string>
#include <vector>

namespace jxaudit::corpus::vocab {

const std::vector<std::string>& project_names();
const std::vector<std::string>& units();           // 实施单位 stems, without (本级)
const std::vector<std::string>& district_codes();  // first six digits of 项目编码
const std::vector<std::string>& work_objects();    // "网格管理人员培训", "合同审查" …
const std::vector<std::string>& people();          // "工作人员", "入驻企业" … (满意度)
const std::vector<std::string>& count_units();     // 人 个 份 次 …
const std::vector<std::string>& purposes();        // goals text fragments
const std::vector<std::string>& causes();          // 偏差原因 texts
const std::vector<std::string>& measures();        // 改进措施 texts

// Families A–G: tables of counties elsewhere.
const std::vector<std::string>& counties();        // 中江县, 青神县 …
const std::vector<std::string>& bureaus();         // 水利局, 司法局 …
const std::vector<std::string>& person_names();    // 项目负责人
const std::vector<std::string>& part_words();      // 城区, 乡镇 … (其中城区… breakdown rows)
const std::vector<std::string>& part_units();      // 亩 户 只 … (breakdown parents)

}  // namespace jxaudit::corpus::vocab
