#include "vocabulary.hpp"

namespace jxaudit::corpus::vocab {

const std::vector<std::string>& project_names() {
  static const std::vector<std::string> v = {
      "网格信息管理", "数据规划管理", "政务事项管理", "办公设备采购", "基层党建", "民意速办",
      "劳务派遣人员", "疫情防控", "其他一般管理事务", "离退休干部节日慰问金(科级及以下)",
      "公务用车购置(非政府投资部分)", "政务服务中心运营", "电子政务外网运维", "数据资源目录编制",
      "智慧城区平台建设", "信息安全等级保护测评", "政务热线服务", "档案数字化加工", "机房设备维护",
      "视频会议系统运维", "政务云资源租用", "公共数据开放平台运营", "统一身份认证平台运维",
      "政务服务事项标准化", "社区网格员培训", "人口信息采集", "法律顾问服务", "内部审计服务",
      "办公场地租赁", "物业管理服务", "食堂运营服务", "安全生产检查", "应急物资储备",
      "志愿服务活动组织", "党风廉政建设宣传", "干部教育培训", "政务新媒体运营", "窗口服务质量提升",
      "一网通办平台运维", "数据共享交换平台运维"};
  return v;
}

const std::vector<std::string>& units() {
  static const std::vector<std::string> v = {
      "深圳市福田区政务服务数据管理局", "深圳市福田区政务服务中心", "深圳市福田区数据资源中心",
      "深圳市福田区政务热线服务中心", "深圳市福田区网格管理中心", "深圳市福田区机关事务管理局",
      "深圳市福田区档案馆", "深圳市福田区信息中心"};
  return v;
}

const std::vector<std::string>& district_codes() {
  static const std::vector<std::string> v = {"440304", "440303", "440305", "440306", "440307", "440309"};
  return v;
}

const std::vector<std::string>& work_objects() {
  static const std::vector<std::string> v = {
      "网格管理人员培训", "合同审查", "系统运维", "政务服务事项办理", "法律咨询服务", "办公设备验收",
      "平台项目系统等保测评", "指挥中心运营工作", "电子政务信息化项目审核", "人工智能应用成果宣传",
      "政务新媒体检查", "粤商通事项接入", "适老化智慧终端建设", "跨域通办建设管理", "数据归集",
      "数据共享交换", "公共数据开放", "视频会议保障", "机房巡检", "档案数字化加工",
      "热线工单办理", "民生诉求分拨", "网格信息采集", "人口信息核查", "法人信息核验", "房屋信息采集",
      "党员政治生日活动", "干部教育培训", "志愿服务活动", "应急物资盘点", "物业服务巡查",
      "食堂食品抽检", "窗口服务评议", "政务云资源调度", "身份认证接入", "事项标准化梳理",
      "宣传推广活动", "慰问金发放", "补贴发放", "设备采购"};
  return v;
}

const std::vector<std::string>& people() {
  static const std::vector<std::string> v = {
      "工作人员", "入驻企业", "使用人员", "参训人员", "办事群众", "离退休干部", "用车人员",
      "窗口工作人员", "网格员", "党员", "热线来电群众", "社区居民", "驻场人员"};
  return v;
}

const std::vector<std::string>& count_units() {
  static const std::vector<std::string> v = {"人", "个", "份", "次", "场", "台", "辆", "条", "项",
                                             "家", "户", "套", "件", "篇", "期", "批"};
  return v;
}

const std::vector<std::string>& purposes() {
  static const std::vector<std::string> v = {
      "保障本单位日常工作正常开展", "提升政务服务质量和效率", "保障各平台系统稳定运行",
      "提高网格管理人员业务水平", "及时关心关爱服务对象", "保障信息安全与数据安全",
      "促进数据资源共享开放", "提升群众办事便利度", "保障办公室工作的正常运行",
      "充分发挥基层党组织战斗堡垒作用"};
  return v;
}

const std::vector<std::string>& causes() {
  static const std::vector<std::string> v = {
      "受疫情影响，部分线下活动延期举办",
      "上级部门调整工作安排，部分任务顺延至下一年度",
      "采购流程耗时较长，设备到货时间推迟",
      "服务对象需求减少，实际完成量低于预期",
      "人员变动较大，部分岗位空缺时间较长",
      "系统升级改造期间暂停部分服务"};
  return v;
}

const std::vector<std::string>& measures() {
  static const std::vector<std::string> v = {
      "加强事前规划，合理安排工作进度。",
      "加强与上级部门沟通，及时调整年度计划。",
      "优化采购流程，提前启动采购工作。",
      "完善绩效目标设定，按实际需求测算目标值。",
      "加强人员储备，建立岗位补位机制。",
      "制定应急预案，减少系统改造对服务的影响。"};
  return v;
}

const std::vector<std::string>& counties() {
  static const std::vector<std::string> v = {"中江县", "青神县", "大英县", "稷山县", "隆阳区", "永德县",
                                             "临翔区", "濉溪县", "萧县",   "金寨县", "天长市", "霍山县",
                                             "上饶市", "衡山县", "贵池区", "廊坊市", "海淀区", "遂宁市"};
  return v;
}

const std::vector<std::string>& bureaus() {
  static const std::vector<std::string> v = {"水利局", "发展和改革局", "司法局", "医疗保障局", "农业农村局",
                                             "教育体育局", "林业和草原局", "民政局", "卫生健康局", "商务和粮食局",
                                             "财政局", "人力资源和社会保障局", "城市管理局", "文化和旅游局"};
  return v;
}

const std::vector<std::string>& person_names() {
  static const std::vector<std::string> v = {"李宁", "张伟", "王芳", "刘洋", "陈静", "杨帆", "赵磊", "黄敏", "谢凯", "唐勇"};
  return v;
}

const std::vector<std::string>& part_words() {
  static const std::vector<std::string> v = {"城区", "乡镇", "线上", "线下", "新建", "续建", "第一批", "第二批", "农村", "社区"};
  return v;
}

const std::vector<std::string>& part_units() {
  static const std::vector<std::string> v = {"亩", "户", "只", "个", "场", "台", "套", "家"};
  return v;
}

}  // namespace jxaudit::corpus::vocab
