"""Intake never follows a path out of the campaign: linked unit folders, folders outside the campaign, linked
files and names that could climb out (`..`, backslash paths, control characters) are refused with a reason
naming the path, on every sample campaign; nothing they point at is read or stored. LibreOffice runs with a
private profile per process."""

import datetime as dt
import os
import subprocess
import sys
from zoneinfo import ZoneInfo

import pytest
from conftest import copy_sample
from intake_files import pdf_bytes, write, zip_bytes

from ipdocs.campaign import load_campaign
from ipdocs.intake.collect import collect, unsafe_name
from ipdocs.intake.ledger import Ledger

AT = dt.datetime(2023, 12, 4, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
SAMPLES = ("wujiang-2023", "xinyang-2021", "yongning-2023", "market-standard", "hubei-2019")


def reasons(result):
    return {path: reason for _unit, path, reason in result.quarantined}


@pytest.mark.parametrize("sample", SAMPLES)
def test_a_linked_unit_folder_is_refused_and_not_followed(tmp_path, sample):
    campaign = load_campaign(copy_sample(tmp_path, sample, inbox=False))
    first, second = campaign.units[0].name, campaign.units[1].name
    outside = tmp_path / "别处"
    write(outside / "机密.pdf", pdf_bytes())
    (campaign.folder / "inbox").mkdir()
    (campaign.folder / "inbox" / first).symlink_to(outside, target_is_directory=True)
    own = write(campaign.folder / "inbox" / second / "正常材料.pdf", pdf_bytes(2))
    elsewhere = write(outside / "他处" / "x.pdf", pdf_bytes(3))
    (own.parent / "链接文件夹").symlink_to(elsewhere.parent, target_is_directory=True)
    (own.parent / "链接文件.pdf").symlink_to(elsewhere)

    result = collect(campaign, AT)
    why = reasons(result)
    assert why[f"{first}/"] == (f"收件箱文件夹 inbox/{first} 是符号链接（已拒绝，未读取其指向的内容）："
                                "请把文件本身放入该文件夹")
    assert why["链接文件夹/"].startswith("文件夹是符号链接（已拒绝")
    assert why["链接文件.pdf"].startswith("符号链接，不是文件")
    items = Ledger(campaign.folder).current_items()
    assert [(i.unit, i.path) for i in items] == [(second, "正常材料.pdf")]   # only the unit's own file
    assert not (campaign.folder / "quarantine").exists()                      # nothing copied from elsewhere

    again = collect(campaign, AT)                                             # a rerun: no duplicate records
    assert again.counts["quarantined"] == 0 and again.counts["skipped"] == 4


def test_a_unit_folder_resolving_outside_the_campaign_is_refused(tmp_path):
    campaign = load_campaign(copy_sample(tmp_path, "yongning-2023", inbox=False))
    outside = tmp_path / "共享盘"
    write(outside / campaign.units[0].name / "a.pdf", pdf_bytes())
    (campaign.folder / "inbox").symlink_to(outside, target_is_directory=True)  # the whole inbox elsewhere
    result = collect(campaign, AT)
    assert reasons(result) == {f"{campaign.units[0].name}/": f"收件箱文件夹 inbox/{campaign.units[0].name} "
                               "位于迎考工作文件夹之外（已拒绝）：请把文件本身放入该文件夹"}
    assert Ledger(campaign.folder).current_items() == []


@pytest.mark.parametrize("sample", SAMPLES)
def test_names_that_climb_out_or_hide_characters_are_refused(tmp_path, sample):
    campaign = load_campaign(copy_sample(tmp_path, sample, inbox=False))
    unit = campaign.units[0].name
    folder = campaign.folder / "inbox" / unit
    write(folder / "..\\..\\..\\x.pdf", pdf_bytes())
    write(folder / "报告\x07.pdf", pdf_bytes())
    write(folder / "正常.pdf", pdf_bytes(2))
    write(folder / "包.zip", zip_bytes({"a\x1b[2J.pdf": pdf_bytes(), "子目录\\材料.pdf": pdf_bytes(3)}))

    why = reasons(collect(campaign, AT))
    assert why["..\\..\\..\\x.pdf"] == "文件名含反斜杠路径（..\\..\\..\\x.pdf）：请改用不含“\\”的普通文件名后重新报送"
    assert why["报告\x07.pdf"] == "文件名含控制字符（\\u62a5\\u544a\\x07.pdf）：请改用普通文件名后重新报送"
    assert why["包.zip!/a\\x1b[2J.pdf"] == "文件名含控制字符，已拒绝"
    assert sorted(i.path for i in Ledger(campaign.folder).current_items()) == ["包.zip!/子目录/材料.pdf", "正常.pdf"]
    assert not list(tmp_path.glob("x.pdf")) and not list(campaign.folder.rglob("x.pdf"))


def test_unsafe_name_rules():
    assert unsafe_name("2023-12-05 1630 第一次报送/6.1-01 细则.pdf") is None
    assert unsafe_name("a..b.pdf") is None                                    # dots inside a name are fine
    assert unsafe_name("sub/../../x.pdf").startswith("文件名含“..”路径")
    assert unsafe_name("a.zip!/..\\x.pdf").startswith("文件名含反斜杠路径")
    assert unsafe_name("x\ny.pdf").startswith("文件名含控制字符")


def test_libreoffice_gets_a_private_profile_per_process():
    code = ("from ipdocs.output import libreoffice as lo\n"
            "with lo._profile() as a, lo._profile() as b: print(a, b)\n")
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
            for _ in range(2)]
    profiles = [p for run in runs for p in run]
    assert len(set(profiles)) == 4                                            # per process, and per concurrent use
    pids = [{os.path.basename(p).split("-")[2] for p in run} for run in runs]
    assert all(len(p) == 1 for p in pids) and pids[0] != pids[1]              # named by the owning PID
    assert not any(os.path.exists(p) for p in profiles)                       # removed when the process ends
