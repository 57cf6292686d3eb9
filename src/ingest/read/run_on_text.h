// Text a copy ran together: a document-sharing site's copy gives a report as a few very long lines,
// each page's text after a page number ("1、…", "2、…"), its headings inline ("…公开。一、X（一）项目概况").
// Owns putting such text back into lines: pages joined where a sentence runs over, headings on lines of
// their own. Pure functions over the lines a reader made.
#pragma once

#include <vector>

#include "ingest/read/positioned_text.h"

namespace jixiao {

// "1、…第一页的文字…全" / "2、年实际使用资金…": consecutive lines opening with the page numbers 1、, 2、, …
// in turn, each long and each but the last ending in the middle of a sentence, are one text: the
// numbers go and the lines are joined (each page kept as a LineWrap).
void JoinNumberedPages(std::vector<TextLine>& lines);

// "…在单位网站公开。一、旅游咨询服务经费（一）项目概况1、项目单位基本情况。…": a long line holding
// headings after its sentences is split before each ("一、", "（一）", and "1、" after a sentence or
// right after a heading's few words), each piece a line of its own at its place in the source.
void SplitInlineHeadings(std::vector<TextLine>& lines);

}  // namespace jixiao
