"""Unpacking ZIP archives that units send, without trusting them.

Refused per member: paths that climb out of the archive (zip slip), absolute paths and drive letters,
symbolic links, names with control characters. Refused for the whole archive: a bomb (a member expanding
more than `max_ratio` times beyond `bomb_floor`, or the archive beyond `max_total`), too many members,
encryption. Names written by Chinese Windows (GBK/CP936, without the UTF-8 flag) are decoded as such.
"""

from __future__ import annotations

import stat
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

CHUNK = 1 << 20


@dataclass(frozen=True)
class Limits:
    max_ratio: int = 100  # expansion over which a large member is a bomb
    bomb_floor: int = 10 << 20  # members smaller than this may compress as well as they like
    max_total: int = 2 << 30  # uncompressed bytes in one archive
    max_members: int = 5000
    max_depth: int = 3  # archives inside archives
    max_file: int = 500 << 20  # any single file


def size_text(n: int) -> str:
    return f"{n / (1 << 20):.0f} MB" if n >= 1 << 20 else f"{max(n // 1024, 1)} KB"


class ArchiveRefused(Exception):
    """The whole archive is refused; the message says why (Chinese)."""


@dataclass
class Member:
    name: str  # relative POSIX path inside the archive, decoded
    path: Path | None  # where it was extracted; None when refused
    refused: str = ""  # why this member was not extracted


def decode_name(info: zipfile.ZipInfo) -> str:
    """Member names without the UTF-8 flag were written in the creator's code page: for Chinese Windows
    that is GBK, which zipfile has read as CP437."""
    if info.flag_bits & 0x800:
        return info.filename
    raw = info.filename.encode("cp437")
    for encoding in ("utf-8", "gbk"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return info.filename


def safe_name(name: str) -> str | None:
    """The member's path relative to the archive, or None if it would land outside it."""
    name = name.replace("\\", "/")
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return None
    parts = [p for p in PurePosixPath(name).parts if p not in ("", ".")]
    if any(p == ".." for p in parts) or not parts:
        return None
    return "/".join(parts)


def extract(archive: Path, into: Path, limits: Limits = Limits()) -> list[Member]:
    """Extract `archive` under `into` (which must be empty or new), member by member."""
    try:
        z = zipfile.ZipFile(archive)
    except zipfile.BadZipFile as exc:
        raise ArchiveRefused("压缩包已损坏，无法打开") from exc
    with z:
        infos = [i for i in z.infolist() if not i.is_dir()]
        if len(infos) > limits.max_members:
            raise ArchiveRefused(f"压缩包内文件过多（{len(infos)}个，上限{limits.max_members}个）")
        if any(i.flag_bits & 0x1 for i in infos):
            raise ArchiveRefused("压缩包已加密（设置了密码），请取消密码后报送")
        declared = sum(i.file_size for i in infos)
        if declared > limits.max_total:
            raise ArchiveRefused(f"疑似压缩炸弹：解压后共{size_text(declared)}，超过上限{size_text(limits.max_total)}")
        for i in infos:
            if i.file_size > limits.bomb_floor and i.file_size > limits.max_ratio * max(i.compress_size, 1):
                ratio = i.file_size // max(i.compress_size, 1)
                raise ArchiveRefused(f"疑似压缩炸弹：{decode_name(i)} 解压后膨胀{ratio}倍（{size_text(i.file_size)}）")
        members, written = [], 0
        for i in infos:
            name = decode_name(i)
            relative = safe_name(name)
            if relative is None:
                members.append(Member(name, None, "路径越出压缩包（zip slip），已拒绝"))
                continue
            if any(unicodedata.category(ch) == "Cc" for ch in relative):
                members.append(Member(name.encode("unicode_escape").decode("ascii"), None, "文件名含控制字符，已拒绝"))
                continue
            if stat.S_ISLNK(i.external_attr >> 16):
                members.append(Member(name, None, "符号链接，已拒绝"))
                continue
            if i.file_size > limits.max_file:
                too_big = f"文件过大（{size_text(i.file_size)}，上限{size_text(limits.max_file)}）"
                members.append(Member(name, None, too_big))
                continue
            target = into / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            count = 0
            with z.open(i) as source, target.open("wb") as sink:
                while chunk := source.read(CHUNK):
                    count += len(chunk)
                    written += len(chunk)
                    if count > i.file_size or written > limits.max_total:  # headers that lie
                        raise ArchiveRefused(f"疑似压缩炸弹：{name} 实际解压大小超过声明")
                    sink.write(chunk)
            members.append(Member(relative, target))
        return members
