// The attachments part (附件) that follows a report's narrative: the list line
// "附件：1.部门整体支出绩效自评表", labels such as "附件1" / "附件2 项目支出绩效自评表" / "附表一",
// and the titles of self-evaluation tables ("部门整体支出绩效自评表（2022年度）"). They end the
// narrative sections; what follows is captions, tables and notes. Pure functions.
#pragma once

#include <string_view>

namespace jixiao::parse {

enum class AttachmentLine {
  kNone,
  kList,   // "附件：1.部门整体支出绩效自评表" (the attachment list after the body)
  kLabel,  // "附件1", "附件 2 项目支出绩效自评表", "附表一", "附件4-1"
};
AttachmentLine ReadAttachmentLine(std::string_view text);

// The text after an attachment label or list opener ("附件2 项目支出绩效自评表" ->
// "项目支出绩效自评表"; "附件：1.A表" -> "1.A表"); `text` itself when it is neither.
std::string_view AfterAttachmentLabel(std::string_view text);

// Whether `text` is the title of a self-evaluation table: short, no sentence, and naming a
// 自评表 / 评价表 / 绩效表 / 情况表, optionally numbered and followed by "（2022年度）".
bool IsTableTitle(std::string_view text);

enum class TableScope {
  kUnknown,
  kDepartment,  // 部门整体支出绩效自评表
  kProject,     // 项目支出绩效自评表
};
// What a table title covers.
TableScope ScopeOfTitle(std::string_view title);

}  // namespace jixiao::parse
