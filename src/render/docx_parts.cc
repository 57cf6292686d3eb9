#include "render/docx_parts.h"

#include "render/writers.h"

namespace jixiao::docx {

namespace {

constexpr const char* kXmlHead = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
constexpr const char* kRelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

std::string Fonts(const std::string& east_asia, const std::string& latin = "Times New Roman") {
  return "<w:rFonts w:ascii=\"" + latin + "\" w:hAnsi=\"" + latin + "\" w:eastAsia=\"" + east_asia + "\" w:cs=\"" +
         latin + "\"/>";
}

std::string ParaStyle(const std::string& id, const std::string& name, const std::string& ppr, const std::string& rpr,
                      int outline = -1) {
  std::string xml = "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"" + id + "\"><w:name w:val=\"" +
                    name + "\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr>" + ppr;
  if (outline >= 0) xml += "<w:outlineLvl w:val=\"" + std::to_string(outline) + "\"/>";
  return xml + "</w:pPr><w:rPr>" + rpr + "</w:rPr></w:style>";
}

std::string Rel(const std::string& id, const std::string& type, const std::string& target) {
  return "<Relationship Id=\"" + id + "\" Type=\"" + kRelNs + type + "\" Target=\"" + target + "\"/>";
}

}  // namespace

std::string ContentTypes() {
  return std::string(kXmlHead) +
         R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
         R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
         R"(<Default Extension="xml" ContentType="application/xml"/>)"
         R"(<Default Extension="png" ContentType="image/png"/>)"
         R"(<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>)"
         R"(<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>)"
         R"(<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>)"
         R"(<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>)"
         R"(<Override PartName="/word/footer2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>)"
         R"(<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>)"
         R"(<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>)"
         "</Types>";
}

std::string PackageRels() {
  return std::string(kXmlHead) + R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)" +
         Rel("rId1", "officeDocument", "word/document.xml") +
         R"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>)" +
         Rel("rId3", "extended-properties", "docProps/app.xml") + "</Relationships>";
}

std::string DocumentRels(int images) {
  std::string xml = std::string(kXmlHead) +
                    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)" +
                    Rel("rIdStyles", "styles", "styles.xml") + Rel("rIdSettings", "settings", "settings.xml") +
                    Rel("rIdFooterOdd", "footer", "footer1.xml") + Rel("rIdFooterEven", "footer", "footer2.xml");
  for (int i = 1; i <= images; ++i) {
    xml += Rel("rIdImg" + std::to_string(i), "image", "media/chart" + std::to_string(i) + ".png");
  }
  return xml + "</Relationships>";
}

std::string Styles() {
  const std::string grid = "<w:spacing w:line=\"" + std::to_string(kLinePitch) + "\" w:lineRule=\"exact\"/>";
  // 28 characters a line: 156 mm / 28 = 15.8 pt, so 3号 (16 pt) text is condensed by 0.2 pt (4 twentieths).
  // A character grid (linesAndChars, charSpace -849) does the same in Word, but LibreOffice then puts
  // each 16 pt character in two 15.8 pt cells and spreads the text, so the grid only fixes lines.
  const std::string body_size = "<w:spacing w:val=\"-4\"/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>";
  std::string xml = std::string(kXmlHead) + "<w:styles" + kNs + ">";
  xml += "<w:docDefaults><w:rPrDefault><w:rPr>" + Fonts("仿宋_GB2312") + body_size +
         "<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>" + grid +
         "</w:pPr></w:pPrDefault></w:docDefaults>";
  xml += "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/>"
         "<w:pPr><w:widowControl w:val=\"0\"/>" + grid +
         "<w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/><w:jc w:val=\"both\"/></w:pPr><w:rPr>" +
         Fonts("仿宋_GB2312") + body_size + "</w:rPr></w:style>";
  xml += ParaStyle("Title", "Title", "<w:keepNext/><w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/><w:jc w:val=\"center\"/>",
                   Fonts("方正小标宋简体") + "<w:sz w:val=\"44\"/><w:szCs w:val=\"44\"/>", 0);
  xml += ParaStyle("Heading1", "heading 1", "<w:keepNext/>", Fonts("黑体") + body_size, 0);
  xml += ParaStyle("Heading2", "heading 2", "<w:keepNext/>", Fonts("楷体_GB2312") + body_size, 1);
  xml += ParaStyle("Heading3", "heading 3", "<w:keepNext/>", Fonts("仿宋_GB2312") + body_size, 2);
  xml += ParaStyle("Heading4", "heading 4", "<w:keepNext/>", Fonts("仿宋_GB2312") + body_size, 3);
  const std::string compact = "<w:snapToGrid w:val=\"0\"/><w:spacing w:line=\"240\" w:lineRule=\"auto\"/>"
                              "<w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/>";
  xml += ParaStyle("TableText", "Table Text", compact + "<w:jc w:val=\"center\"/>",
                   Fonts("仿宋_GB2312") + "<w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>");
  xml += ParaStyle("TableCaption", "Table Caption",
                   "<w:keepNext/>" + compact + "<w:spacing w:before=\"120\" w:after=\"120\"/><w:jc w:val=\"center\"/>",
                   Fonts("黑体") + "<w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/>");
  xml += ParaStyle("TableNote", "Table Note", compact + "<w:jc w:val=\"left\"/>",
                   Fonts("仿宋_GB2312") + "<w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>");
  xml += ParaStyle("Figure", "Figure", compact + "<w:jc w:val=\"center\"/>", "");
  xml += ParaStyle("Footer", "footer", compact + "<w:tabs><w:tab w:val=\"clear\" w:pos=\"4153\"/></w:tabs>",
                   Fonts("宋体", "宋体") + "<w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>");
  return xml + "</w:styles>";
}

std::string Settings() {
  return std::string(kXmlHead) + "<w:settings" + kNs + ">" +
         "<w:evenAndOddHeaders/><w:defaultTabStop w:val=\"420\"/>"
         "<w:drawingGridVerticalSpacing w:val=\"" + std::to_string(kLinePitch / 2) + "\"/>"
         "<w:characterSpacingControl w:val=\"compressPunctuation\"/>"
         "<w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/>"
         "<w:ulTrailSpace/><w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/><w:useFELayout/>"
         "<w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/>"
         "</w:compat><w:themeFontLang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/></w:settings>";
}

std::string Footer(bool odd) {
  // One character of 4号 (14 pt) is 280 twips: odd pages right-indented, even pages left.
  const std::string ppr = odd ? "<w:jc w:val=\"right\"/><w:ind w:right=\"280\"/>" : "<w:jc w:val=\"left\"/><w:ind w:left=\"280\"/>";
  return std::string(kXmlHead) + "<w:ftr" + kNs + "><w:p><w:pPr><w:pStyle w:val=\"Footer\"/>" + ppr +
         "</w:pPr><w:r><w:t xml:space=\"preserve\">— </w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
         "<w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/>"
         "</w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
         "<w:r><w:t xml:space=\"preserve\"> —</w:t></w:r></w:p></w:ftr>";
}

std::string CoreProps(const std::string& title, const std::string& author) {
  return std::string(kXmlHead) +
         R"(<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties")"
         R"( xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/")"
         R"( xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">)"
         "<dc:title>" + writer::XmlEscape(title) + "</dc:title><dc:creator>" + writer::XmlEscape(author) +
         "</dc:creator></cp:coreProperties>";
}

std::string AppProps() {
  return std::string(kXmlHead) +
         R"(<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">)"
         "<Application>jixiao</Application></Properties>";
}

std::string SectionProperties() {
  return "<w:sectPr><w:footerReference w:type=\"even\" r:id=\"rIdFooterEven\"/>"
         "<w:footerReference w:type=\"default\" r:id=\"rIdFooterOdd\"/>"
         "<w:pgSz w:w=\"" + std::to_string(kPageW) + "\" w:h=\"" + std::to_string(kPageH) + "\"/>"
         "<w:pgMar w:top=\"" + std::to_string(kMarginTop) + "\" w:right=\"" + std::to_string(kMarginRight) +
         "\" w:bottom=\"" + std::to_string(kMarginBottom) + "\" w:left=\"" + std::to_string(kMarginLeft) +
         "\" w:header=\"851\" w:footer=\"1304\" w:gutter=\"0\"/><w:cols w:space=\"425\"/>"
         "<w:docGrid w:type=\"lines\" w:linePitch=\"" + std::to_string(kLinePitch) + "\"/></w:sectPr>";
}

}  // namespace jixiao::docx
