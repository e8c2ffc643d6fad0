"""Meetings from minutes and attendance from sign-in sheets (issue 15), each from a file made for it; the
expected values are the planted ones."""

from extract_files import ATTENDEES, minutes_docx, sign_in_docx, sign_in_png

from ipdocs.extract import file_facts
from ipdocs.extract.meetings import meetings
from ipdocs.extract.text import Page

MINUTES = ["武江区知识产权保护工作领导小组会议纪要", "武委办纪〔2023〕5号",
           "时间：二〇二三年五月十八日上午9时", "地点：区政府第二会议室", "主持人：张伟（副区长）",
           "参会人员：王芳、李娜、刘洋、陈静", "记录人：杨帆", "会议议题：",
           "一、审议《武江区2023年知识产权保护工作要点》",
           "二、研究部署知识产权执法保护“铁拳”行动", "三、通报2022年度知识产权保护工作检查考核情况",
           "会议内容：", "会议要求各成员单位于2023年6月30日前报送工作进展。", "武江区知识产权保护工作领导小组办公室",
           "2023年5月22日"]
TOPICS = ["审议《武江区2023年知识产权保护工作要点》", "研究部署知识产权执法保护“铁拳”行动",
          "通报2022年度知识产权保护工作检查考核情况"]


def test_minutes_give_date_chair_and_topics(tmp_path):
    found = file_facts(minutes_docx(tmp_path / "会议纪要.docx", MINUTES))
    assert found["meetings"] == [{"date": "2023-05-18", "title": "武江区知识产权保护工作领导小组会议纪要",
                                  "chair": "张伟", "topics": TOPICS}]        # not the issue date 05-22
    assert found["attendance"] is None                                    # minutes are not a sign-in sheet


def test_minutes_as_a_pdf_prints_them_wrapped():
    """Text as a PDF gives it: a long topic wrapped onto a second line, 主持 without 人, 1. numbering."""
    text = "\n".join(["知识产权联席会议记录", "会议时间：2021年3月2日", "主持：副局长 李娜", "议题：",
                      "1. 研究知识产权保护工作经费保障及", "执法装备配置问题", "2. 部署宣传周活动", "会议内容：略"])
    assert meetings([Page(1, text)], "知识产权联席会议记录") == [
        {"date": "2021-03-02", "title": "知识产权联席会议记录", "chair": "李娜",
         "topics": ["研究知识产权保护工作经费保障及执法装备配置问题", "部署宣传周活动"]}]


def test_other_documents_have_no_meetings(tmp_path):
    found = file_facts(minutes_docx(tmp_path / "通知.docx", ["关于召开领导小组会议的通知", "定于2023年5月18日召开会议，"
                                                              "由张伟主持。"]))
    assert found["meetings"] == []


def test_attendance_counts_signed_rows_of_a_table(tmp_path):
    found = file_facts(sign_in_docx(tmp_path / "签到表.docx"))
    assert found["attendance"] == {"count": 7, "names": ATTENDEES}        # three pre-numbered blank rows left out


def test_attendance_from_a_photographed_sign_in_sheet(tmp_path):
    found = file_facts(sign_in_png(tmp_path / "签到表照片.png"))
    assert found["ocr_pages"] == [1]
    assert found["attendance"]["count"] == 7
    assert found["attendance"]["names"] == ATTENDEES
