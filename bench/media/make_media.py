"""Media corpus (issue 15, ours, not blind): screenshots of news pages, app screens, WeChat articles and government
portals that carry a report, each with the outlet(s) a careful reader says carried it (DESIGN §4 `media`).

The rule the truth follows (ipdocs/extract/media.py's docstring): every outlet the page shows carried the item —
the news outlet that published the page (a news site's or paper's masthead, a news app's or an outlet's account,
学习强国), the outlet its source line names (来源：, 转载自, 以下文章来源于, 本文来源, 原载, a dateline
新华社北京5月6日电, 南方日报讯) and outlets the page says reported the matter (经验做法被中国知识产权报等媒体报道,
据人民网、新华网等媒体报道, 人民日报点赞…), as dev2/dev3 and the unprompted dev8 label them; one outlet once, under one
name (中国新闻网's dateline 中新网 is the same outlet). Not an outlet that carried it: a government portal or account,
a platform that hosts accounts (今日头条, 百家号, 腾讯新闻, 澎湃号), browser tabs, a bar of links, a footer
(主办/技术支持/版权所有/ICP), ads (下载/打开…客户端), share bars, comments, related-news lists (推荐阅读, 相关新闻,
往期推荐), a post's @mentions, a past report on another matter (曾被…报道), picture credits. The second batch (scenes
from `xuexi` on): 学习强国, wire datelines, a broadcaster's site and app, Weibo, government accounts on platforms, a
summary naming every outlet, an app crop below its masthead.

Usage: python bench/media/make_media.py OUT_DIR   (writes OUT_DIR/*.png|jpg and OUT_DIR/truth.yaml, the same as
bench/media/truth.yaml: the output is deterministic). Score it with the benchmark's dev slot (media is the only fact
its truth lists): .venv/bin/python bench/extract_bench.py --split dev --dev-dir OUT_DIR --misses --throughput-pages 0
"""

from __future__ import annotations

import importlib.util
import io
import random
import sys
from pathlib import Path

import yaml
from PIL import Image, ImageFilter

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("make_dev3", ROOT / "bench" / "dev3" / "make_dev3.py")
d3 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(d3)
Canvas, font = d3.Canvas, d3.font

GREY, DARK, BLUE, RED = (130, 130, 130), (30, 30, 30), (87, 107, 149), (190, 25, 30)
BODY = ["近日，信阳市市场监管局联合公安、商务等部门在浉河区开展知识产权执法专项行动，检查商超、批发市场等经营场所"
        "86家，查扣涉嫌侵权商品320件。",
        "今年以来，全市共查办侵犯知识产权案件46件，调解知识产权纠纷23起，有力维护了权利人和消费者合法权益。",
        "下一步，市场监管部门将持续加大执法力度，推动知识产权保护从“有没有”向“好不好”转变。"]


class Screen:
    """A screen drawn top-down: lines, paragraphs, bars, a picture."""

    def __init__(self, rng: random.Random, width: int, phone: bool, face: str = "sans"):
        self.rng, self.c, self.y, self.face = rng, Canvas(width, 4200), 0.0, face
        self.width, self.margin = width, 48 if phone else rng.choice([120, 160, 200])
        if phone:
            self.c.text(56, 30, f"{rng.randint(7, 23)}:{rng.randint(0, 59):02d}", "sans_bold", 36, DARK)
            self.c.text(width - 230, 32, rng.choice(["4G", "5G"]), "sans_bold", 30, DARK)
            self.c.d.rectangle([width - 140, 36, width - 70, 66], outline=DARK, width=3)
            self.y = 100

    def browser(self, tabs: list[str], url: str) -> None:
        c, w = self.c, self.width
        c.d.rectangle([0, 0, w, 96], fill=(222, 225, 230))
        for i, tab in enumerate(tabs):
            x = 20 + i * 260
            c.d.rectangle([x, 8, x + 250, 44], fill=(255, 255, 255) if i == 0 else (205, 208, 214))
            c.text(x + 14, 14, tab[:13], "sans", 18, DARK)
        c.d.rectangle([90, 54, w - 90, 88], fill=(255, 255, 255))
        c.text(110, 58, url, "sans", 19, (60, 60, 60))
        self.y = 110

    def bar(self, texts: list[tuple[str, int, int]], fill, height: int, fg=(255, 255, 255)) -> None:
        """A coloured band with texts at (x, size); x < 0 counts from the right edge."""
        self.c.d.rectangle([0, self.y, self.width, self.y + height], fill=fill)
        for s, x, size in texts:
            self.c.text(x if x >= 0 else self.width + x, self.y + (height - size) / 2 - 4, s, "sans_bold"
                        if size >= 30 else "sans", size, fg)
        self.y += height + 24

    def line(self, s: str, size: int = 24, fill=GREY, bold: bool = False, align: str = "left", gap: float = 1.7,
             x: float | None = None) -> None:
        face = "sans_bold" if bold else self.face
        if align == "center":
            self.c.text(self.width / 2, self.y, s, face, size, fill, anchor="ma")
        else:
            self.c.text(self.margin if x is None else x, self.y, s, face, size, fill)
        self.y += size * gap

    def para(self, s: str, size: int = 28, fill=(45, 45, 45), indent: int = 2, align: str = "left",
             bold: bool = False) -> None:
        face = "sans_bold" if bold else self.face
        self.y = self.c.wrap(self.margin, self.y, self.width - 2 * self.margin, s, face, size, fill, indent=indent,
                             align=align, lead=1.75) + size * 0.5

    def photo(self, h: int = 360) -> None:
        self.y = self.c.photo_block(self.rng, self.margin, int(self.y), self.width - 2 * self.margin, h) + 30

    def body(self, first: str = "", n: int = 3) -> None:
        for i, p in enumerate(BODY[:n]):
            self.para((first if i == 0 else "") + p, self.rng.choice([26, 28, 30]))
            if i == 0 and self.rng.random() < 0.5:
                self.photo()

    def image(self) -> Image.Image:
        return self.c.crop(self.y + 40)


def related(s: Screen, heading: str, items: list[str]) -> None:
    s.y += 20
    s.line(heading, 28, RED, bold=True)
    for it in items:
        s.line("· " + it, 22, (70, 70, 70))


def footer(s: Screen, lines: list[str]) -> None:
    s.y += 30
    s.c.d.rectangle([0, s.y - 20, s.width, s.y + 50 * len(lines) + 20], fill=(50, 50, 50))
    for ln in lines:
        s.c.text(60, s.y, ln, "sans", 19, (220, 220, 220))
        s.y += 50
    s.y += 20


H = ["信阳市开展知识产权执法专项行动 查扣侵权商品320件", "韶关市武江区多部门联合守护创新发展",
     "护航营商环境！光山县知识产权保护工作交出亮眼成绩单", "苏州吴江知识产权纠纷人民调解委员会揭牌成立"]


def people(rng):  # 人民网 local channel: tabs, a masthead, 来源：人民网－河南频道, dateline
    s = Screen(rng, 1440, False)
    s.browser(["人民网河南频道", "新华网_让新闻离你更近", "百度一下，你就知道"],
              "henan.people.com.cn/n2/2023/0506/c351638.html")
    s.bar([("人民网", 60, 44), ("河南频道", 260, 28), ("首页  时政  社会  财经  图片", -620, 22)], (190, 25, 30), 90)
    s.line("人民网 >> 河南频道 >> 信阳", 20, GREY)
    s.para(H[0], 38, DARK, 0, "center", True)
    s.line("2023年05月06日08:31  |  来源：人民网－河南频道", 20, GREY, align="center")
    s.body("人民网信阳5月6日电 （张三）")
    s.line("（责编：李四、王五）", 20, GREY, x=s.width - 400)
    related(s, "相关新闻", ["新华网｜全国打击侵权假冒工作要点印发", "河南日报：地理标志保护工程深入实施"])
    footer(s, ["人民日报社概况 | 关于人民网 | 报社招聘 | 招聘英才 | 广告服务 | 合作加盟",
               "人民网版权所有，未经书面授权禁止使用  Copyright © 1997-2023 by www.people.com.cn. all rights reserved"])
    return s, {"人民网": "国家级"}


def chinanews(rng):  # 中国新闻网: masthead, 来源：中国新闻网, dateline 中新网 (the same outlet)
    s = Screen(rng, 1366, False)
    s.browser(["中国新闻网", "人民网", "光明网"], "www.chinanews.com.cn/sh/2023/05-06/10001.shtml")
    s.bar([("中国新闻网", 60, 40), ("CHINANEWS", 330, 22), ("首页 | 滚动 | 时政 | 国际 | 社会", -560, 22)],
          (20, 70, 150), 86)
    s.para(H[0], 36, DARK, 0, "center", True)
    s.line("2023-05-06 08:31    来源：中国新闻网    参与互动", 20, GREY, align="center")
    s.body("中新网信阳5月6日电(记者 张三)")
    s.line("【编辑：李四】", 20, GREY)
    related(s, "更多精彩", ["人民日报：知识产权保护工作检查考核结果公布", "光明网：商标侵权判断标准解读"])
    footer(s, ["本网站所刊载信息，不代表中新社和中新网观点。刊用本网站稿件，务经书面授权。",
               "未经授权禁止转载、摘编、复制及建立镜像，违者将依法追究法律责任。  京ICP证040655号"])
    return s, {"中国新闻网": "国家级"}


def gov_repost(rng, source: str, level: str, dateline: str, extra=None):
    """A city government portal reposting a newspaper's report; body with an outlet's past report; footer."""
    s = Screen(rng, rng.choice([1280, 1440]), False, rng.choice(["sans", "serif"]))
    s.bar([("信阳市人民政府", 60, 44), ("www.xinyang.gov.cn", -360, 20)], (178, 30, 35), 120)
    s.line("首页    政务公开    新闻中心    政务服务    互动交流", 22, DARK)
    s.line("当前位置：首页 > 新闻中心 > 媒体聚焦", 20, GREY)
    headline = extra or H[0]
    s.para(headline, 36, DARK, 0, "center", True)
    s.line(f"发布时间：2023-05-06 09:12    来源：{source}    浏览次数：1208", 20, GREY, align="center")
    s.body(dateline)
    s.para("此前，该市知识产权快速维权工作曾被河南日报、大河网等媒体报道。", 28)
    s.line("【打印本页】  【关闭窗口】    分享到：微信  微博  QQ空间", 20, GREY)
    related(s, "推荐阅读", ["河南日报｜知识产权保护工作检查考核结果公布", "人民网｜商标侵权判断标准解读"])
    footer(s, ["主办单位：信阳市人民政府办公室    承办：信阳市大数据管理局    技术支持：大河网",
               "豫ICP备05011247号-1    网站标识码：4115000001    豫公网安备 41150202000101号"])
    return s, {source: level}


def southplus(rng):  # 南方+ app: masthead, 来源：南方日报, 南方日报讯, 推荐阅读 with 羊城晚报
    s = Screen(rng, 1080, True)
    s.bar([("南方+", 430, 46), ("<", 30, 40), ("···", -110, 40)], (0, 102, 204), 110)
    s.para(H[1], 46, DARK, 0, bold=True)
    s.line("来源：南方日报    作者：张三    2023-05-06 08:30", 26, GREY)
    s.body("南方日报讯 （记者/张三 通讯员/李四）")
    s.line("原标题：武江区多部门联合开展知识产权执法行动", 26, GREY)
    related(s, "推荐阅读", ["羊城晚报｜韶关打假办部署专项行动", "广州日报：全市查办侵权案件46件"])
    s.line("下载南方+客户端，看更多新闻", 26, GREY)
    return s, {"南方+": "省级", "南方日报": "省级"}


def wechat_reprint(rng, title: str, account: str, origin: str) -> Screen:
    """A WeChat article reprinted by `account` from `origin`: its 以下文章来源于 card above the body."""
    s = Screen(rng, 1080, True)
    s.line("×                                 ···", 36, DARK)
    s.para(title, 48, DARK, 0, bold=True)
    s.line(account, 30, BLUE)
    s.c.d.rectangle([48, s.y, 1032, s.y + 120], fill=(245, 245, 245))
    s.y += 20
    s.line(f"以下文章来源于{origin} ，作者张三", 26, GREY)
    s.line(origin, 30, DARK, bold=True)
    s.y += 10
    s.body()
    return s


def wechat_gov(rng):  # a government account reposting: 以下文章来源于 card, 来源｜编辑｜审核, 往期推荐
    s = wechat_reprint(rng, H[1], "韶关市场监管  2023-05-06 20:15  广东", "韶关日报")
    s.line("来源｜韶关日报", 28, GREY)
    s.line("编辑｜李四  审核｜王五", 28, GREY)
    related(s, "往期推荐", ["南方日报点赞！我市这项工作获全省推广", "羊城晚报：韶关打假办部署专项行动"])
    s.line("阅读原文    阅读 2301    赞 45    在看 12", 26, GREY)
    return s, {"韶关日报": "市级"}


def wechat_outlet(rng):  # an outlet's own account: 原创 mark, author, 吴江日报
    s = Screen(rng, 1170, True)
    s.line("×                                      ···", 36, DARK)
    s.para(H[3], 48, DARK, 0, bold=True)
    s.line("原创  张三  吴江日报  2023-05-06 08:00  江苏", 28, BLUE)
    s.body()
    s.line("记者：张三  编辑：李四  审核：王五", 26, GREY)
    related(s, "推荐阅读", ["苏州日报：知识产权保护工作检查考核结果公布", "新华日报｜地理标志保护工程深入实施"])
    s.line("扫码关注吴江日报公众号", 26, GREY)
    return s, {"吴江日报": "县级"}


def toutiao(rng):  # 今日头条: the platform; the account is the outlet; comments
    s = Screen(rng, 1080, True)
    s.bar([("<", 30, 40), ("今日头条", 400, 36), ("搜索", -140, 30)], (240, 65, 66), 100)
    s.para(H[0], 46, DARK, 0, bold=True)
    s.line("信阳日报", 30, DARK, bold=True)
    s.line("2023-05-06 08:30 · 信阳日报官方账号 · 河南", 24, GREY)
    s.body()
    s.line("评论 36", 30, DARK, bold=True)
    s.line("大河报读者：点赞信阳！", 26, (60, 60, 60))
    s.line("河南日报老读者：希望持续加大力度", 26, (60, 60, 60))
    return s, {"信阳日报": "市级"}


def baijia(rng):  # 百家号 on a phone browser
    s = Screen(rng, 1080, True)
    s.bar([("百度", 40, 36), ("百家号", 200, 30), ("打开APP", -200, 28)], (255, 255, 255), 100, fg=(60, 60, 200))
    s.para("武汉：知识产权保护中心一站式服务企业创新", 46, DARK, 0, bold=True)
    s.line("长江日报", 30, DARK, bold=True)
    s.line("2023-05-06 08:30 湖北 · 长江日报官方百家号", 24, GREY)
    s.body("长江日报讯（记者张三 通讯员李四）")
    s.line("打开百度APP 阅读全文", 28, (60, 60, 200), align="center")
    return s, {"长江日报": "市级"}


def douyin(rng):  # 抖音: a video's poster @大河报 and its caption
    s = Screen(rng, 1080, True)
    s.c.d.rectangle([0, 100, 1080, 1700], fill=(25, 25, 25))
    s.y = 1300
    s.c.text(48, s.y, "@大河报", "sans_bold", 40, (255, 255, 255))
    s.y += 70
    s.c.text(48, s.y, "信阳开展知识产权执法专项行动 #知识产权 #打假", "sans", 32, (255, 255, 255))
    s.y += 60
    s.c.text(48, s.y, "2023-05-06  · 河南", "sans", 28, (200, 200, 200))
    s.y = 1720
    s.line("评论 128", 30, DARK, bold=True)
    s.line("人民日报粉丝：太好了", 26, (60, 60, 60))
    return s, {"大河报": "省级"}


def xuexi_ad(rng):  # a provincial site: masthead, 来源：河南日报 (both), an ad, share bar, related links
    s = Screen(rng, 1440, False)
    s.bar([("大河网", 60, 44), ("河南第一新闻门户", 260, 24), ("新闻 | 政务 | 财经 | 文旅", -520, 22)],
          (200, 30, 30), 90)
    s.para(H[0], 38, DARK, 0, "center", True)
    s.line("2023-05-06 07:52:13    来源：河南日报    作者：张三", 20, GREY, align="center")
    s.body()
    s.line("分享到：  微信  微博  人民网  新华网", 20, GREY)
    s.line("打开大河报客户端，阅读体验更佳", 24, RED, align="center")
    related(s, "热点推荐", ["郑州日报｜地理标志保护工程深入实施", "大象新闻：商标侵权判断标准解读"])
    footer(s, ["大河网版权所有  互联网新闻信息服务许可证41120170001", "主办：河南日报报业集团"])
    return s, {"大河网": "省级", "河南日报": "省级"}


def tencent(rng):  # 腾讯新闻 app showing a provincial paper's client account
    s = Screen(rng, 1080, True)
    s.bar([("<", 30, 40), ("腾讯新闻", 390, 36)], (255, 255, 255), 100, fg=DARK)
    s.para("湖北：知识产权快速维权中心年内受理案件超千件", 46, DARK, 0, bold=True)
    s.line("湖北日报  2023-05-06 09:10  关注", 28, GREY)
    s.body()
    s.line("本文来源：湖北日报客户端", 26, GREY)
    s.line("免责声明：本内容来自腾讯平台创作者，不代表腾讯新闻或腾讯网的观点和立场。", 22, GREY)
    related(s, "相关推荐", ["极目新闻｜武汉地理标志保护工程深入实施", "长江日报：全市查办侵权案件46件"])
    return s, {"湖北日报": "省级"}


def sina(rng):  # a portal: 新浪 is not the outlet; 来源：光明网
    s = Screen(rng, 1366, False)
    s.browser(["知识产权保护_新浪新闻", "光明网"], "news.sina.com.cn/c/2023-05-06/doc-imyt.shtml")
    s.bar([("新浪新闻", 60, 36), ("首页 | 国内 | 国际 | 社会", -520, 22)], (230, 40, 40), 80)
    s.para("各地多措并举加强知识产权保护", 38, DARK, 0, "center", True)
    s.line("2023年05月06日 08:12    光明网", 20, GREY, align="center")
    s.body()
    s.line("责任编辑：张三", 20, GREY, x=s.width - 360)
    related(s, "新浪新闻意见反馈留言板", [])
    s.line("人民日报：知识产权保护工作检查考核结果公布    新京报：地理标志保护工程深入实施", 20, GREY)
    return s, {"光明网": "国家级"}


def epaper(rng):  # a city paper's e-paper page
    s = Screen(rng, 1280, False, "serif")
    s.bar([("韶关日报", 60, 44), ("数字报", 300, 26)], (160, 20, 25), 90)
    s.line("2023年05月06日  第A02版：要闻    上一版  下一版", 22, GREY)
    s.para(H[1], 36, DARK, 0, "center", True)
    s.line("本报记者 张三  通讯员 李四", 22, GREY, align="center")
    s.body()
    footer(s, ["韶关日报社版权所有  粤ICP备12345678号", "技术支持：南方报业传媒集团"])
    return s, {"韶关日报": "市级"}


def linkbar(rng):  # a provincial site with a bar of its group's links; 来源：南方网
    s = Screen(rng, 1440, False)
    s.line("南方网  |  南方+  |  南方日报  |  南方都市报  |  羊城晚报        登录  注册", 20, GREY)
    s.bar([("南方网", 60, 44), ("广东新闻门户", 260, 24)], (0, 90, 170), 90)
    s.para(H[1], 38, DARK, 0, "center", True)
    s.line("2023-05-06 10:12    来源：南方网    作者：张三", 20, GREY, align="center")
    s.body()
    related(s, "相关阅读", ["羊城晚报：韶关打假办部署专项行动"])
    return s, {"南方网": "省级"}


def headline_named(rng):  # a headline naming an outlet's past coverage; the carrier is the source line
    s, truth = gov_repost(rng, "信阳日报", "市级", "", "人民日报点赞信阳：知识产权保护跑出加速度")
    return s, {**truth, "人民日报": "国家级"}  # it reported the matter, as a body's 被…等媒体报道 does


def body_papers(rng):  # a county 融媒体中心 report whose body names other papers' coverage
    s = Screen(rng, 1280, False)
    s.bar([("光山县人民政府", 60, 42)], (20, 80, 160), 100)
    s.para(H[2], 36, DARK, 0, "center", True)
    s.line("发布日期：2023-05-06    信息来源：光山县融媒体中心", 20, GREY, align="center")
    s.body()
    s.para("近日，我县知识产权保护工作经验做法被中国知识产权报、河南日报等媒体相继报道，在全省推广。", 28)
    footer(s, ["主办：光山县人民政府办公室  技术支持：光山县融媒体中心"])
    return s, {"光山县融媒体中心": "县级", "中国知识产权报": "国家级", "河南日报": "省级"}


def county_app(rng):  # a county 融媒 app article; 新华社 in a related list only
    s = Screen(rng, 1080, True)
    s.bar([("<", 30, 40), ("韶关市武江区融媒体中心", 260, 34)], (200, 20, 30), 100)
    s.para(H[1], 46, DARK, 0, bold=True)
    s.line("2023-05-06 08:30  浏览 3021", 26, GREY)
    s.body()
    s.line("编辑：张三  责任编辑：李四", 24, GREY)
    related(s, "猜你喜欢", ["新华社：全国打击侵权假冒工作要点印发", "韶关日报｜全市查办侵权案件46件"])
    return s, {"韶关市武江区融媒体中心": "县级"}


def ipr_news(rng):  # 中国知识产权资讯网 page carrying 中国知识产权报
    s = Screen(rng, 1366, False)
    s.bar([("中国知识产权资讯网", 60, 40), ("中国知识产权报社主办", 460, 22)], (0, 80, 150), 90)
    s.para("苏州：构建知识产权大保护格局", 38, DARK, 0, "center", True)
    s.line("2023-05-06    来源：中国知识产权报    作者：张三", 20, GREY, align="center")
    s.body()
    footer(s, ["中国知识产权报社版权所有  京ICP备10000001号"])
    return s, {"中国知识产权资讯网": "国家级", "中国知识产权报": "国家级"}


def wechat_crop(rng):  # a crop without masthead: a government account's tail with 转载自
    s = Screen(rng, 1080, True)
    s.body(n=3)
    s.line("本文转载自：苏州日报", 28, GREY)
    s.line("编辑：张三  审核：李四", 28, GREY)
    s.line("点击“阅读原文”查看更多", 28, BLUE)
    related(s, "往期推荐", ["吴江日报｜知识产权保护工作检查考核结果公布"])
    return s, {"苏州日报": "市级"}


def xinhua_dateline(rng):
    return gov_repost(rng, "新华网", "国家级", "新华网北京5月6日电（记者张三）")


def tabs_gov(rng):  # a government page in a browser whose other tabs name outlets; its source is a department
    s = Screen(rng, 1440, False)
    s.browser(["信阳日报数字报", "人民网－首页", "信阳市市场监督管理局"], "www.xinyang.gov.cn/2023/0506/1234.html")
    s.bar([("信阳市市场监督管理局", 60, 40)], (20, 80, 160), 100)
    s.para(H[0], 36, DARK, 0, "center", True)
    s.line("发布时间：2023-05-06    信息来源：信阳市市场监督管理局    浏览：302", 20, GREY, align="center")
    s.body()
    related(s, "相关链接", ["人民日报｜知识产权保护工作检查考核结果公布"])
    return s, {}


def pengpai_gov(rng):  # 澎湃号·政务: a government account on the platform; 澎湃新闻 did not report it
    s = Screen(rng, 1080, True)
    s.bar([("澎湃新闻", 40, 38), ("打开APP", -200, 28)], (255, 255, 255), 100, fg=DARK)
    s.para(H[0], 46, DARK, 0, bold=True)
    s.line("信阳市场监管", 30, DARK, bold=True)
    s.line("2023-05-06 08:30  来自北京", 24, GREY)
    s.line("澎湃号·政务 >", 24, BLUE)
    s.body()
    s.line("特别声明：本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，", 20, GREY)
    s.line("不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。", 20, GREY)
    return s, {}


def netease(rng):  # 网易号: the account is the outlet, the platform is not
    s = Screen(rng, 1080, True)
    s.bar([("网易新闻", 40, 38), ("打开", -160, 28)], (205, 30, 40), 100)
    s.para("郑州：多部门联合开展知识产权保护专项执法", 46, DARK, 0, bold=True)
    s.line("郑州日报", 30, DARK, bold=True)
    s.line("2023-05-06 08:30:12  河南  网易号", 24, GREY)
    s.body()
    s.line("本文来自网易号，由作者上传并发布，网易号为信息发布平台", 20, GREY)
    related(s, "相关推荐", ["大河报｜地理标志保护工程深入实施", "人民网：商标侵权判断标准解读"])
    return s, {"郑州日报": "市级"}


def sohu(rng):  # 搜狐号 on a desktop page
    s = Screen(rng, 1440, False)
    s.bar([("搜狐", 60, 40), ("新闻 体育 汽车 房产 旅游", 240, 22)], (255, 255, 255), 80, fg=(230, 150, 0))
    s.para("苏州：构建知识产权大保护格局", 38, DARK, 0, "center", True)
    s.line("苏州日报    2023-05-06 08:30    发布于：江苏省", 20, GREY, align="center")
    s.body()
    s.line("返回搜狐，查看更多    责任编辑：张三", 20, GREY)
    related(s, "平台声明：该文观点仅代表作者本人", ["姑苏晚报｜地理标志保护工程深入实施"])
    return s, {"苏州日报": "市级"}


def wechat_outlet_repost(rng):  # an outlet's account reposting another's article: both
    s = wechat_reprint(rng, H[0], "信阳日报  2023-05-06 20:15  河南", "大河报")
    s.line("精选留言", 30, DARK, bold=True)
    s.line("河南日报老读者：点赞！", 26, (60, 60, 60))
    return s, {"信阳日报": "市级", "大河报": "省级"}


def stitched(rng):  # a long stitched WeChat screenshot of a department's account: 本文来源：人民网－河南频道
    s = Screen(rng, 1080, True)
    s.line("×                                 ···", 36, DARK)
    s.para("信阳：知识产权快保护跑出加速度", 48, DARK, 0, bold=True)
    s.line("信阳市场监管  2023-05-06 20:15  河南", 30, BLUE)
    for _ in range(2):
        s.body()
        s.photo(520)
    s.line("本文来源：人民网－河南频道", 26, GREY)
    s.line("责任编辑：张三", 26, GREY)
    related(s, "往期推荐", ["新华社：全国打击侵权假冒工作要点印发", "光明日报｜知识产权强国建设纲要解读"])
    s.line("阅读原文    阅读 2301    赞 45", 26, GREY)
    return s, {"人民网": "国家级"}


def people_app(rng):  # 人民日报 client: masthead and byline
    s = Screen(rng, 1080, True)
    s.bar([("<", 30, 40), ("人民日报", 400, 38), ("分享", -140, 28)], (200, 20, 30), 100)
    s.para("河南信阳：知识产权保护护航营商环境", 46, DARK, 0, bold=True)
    s.line("人民日报客户端河南频道  张三  2023-05-06 08:30", 24, GREY)
    s.body()
    s.line("下载人民日报客户端，看权威新闻", 24, GREY)
    related(s, "相关新闻", ["新华网｜全国打击侵权假冒工作要点印发"])
    return s, {"人民日报": "国家级"}


def cropped(rng):  # a crop that cuts the masthead: the article's middle and its source line
    s = Screen(rng, 1280, False, "serif")
    s.y = 20
    s.body(n=3)
    s.line("来源：大河报·豫视频    编辑：张三", 22, GREY)
    s.line("【打印】 【关闭】", 22, GREY)
    return s, {"大河报": "省级"}


def guangming(rng):  # 光明网 carrying 光明日报 (来源：光明网-《光明日报》), AR PL UMing
    s = Screen(rng, 1366, False, "ming")
    s.bar([("光明网", 60, 44), ("GMW.cn", 250, 22), ("时政 | 国际 | 理论 | 法治", -520, 22)], (0, 60, 140), 90)
    s.para("知识产权保护：从“有没有”到“好不好”", 38, DARK, 0, "center", True)
    s.line("2023-05-06 04:50    来源：光明网-《光明日报》", 20, GREY, align="center")
    s.body()
    s.line("[责编：张三]", 20, GREY)
    related(s, "阅读推荐", ["人民日报｜知识产权保护工作检查考核结果公布"])
    footer(s, ["光明网版权所有  京ICP备11000000号"])
    return s, {"光明网": "国家级", "光明日报": "国家级"}


def people_paper(rng):  # 人民网 carrying 人民日报 (来源：人民网－人民日报, OCR reads the dash as 一)
    s = Screen(rng, 1440, False)
    s.bar([("人民网", 60, 44), ("观点频道", 260, 28)], (190, 25, 30), 90)
    s.para("让知识产权保护更有力", 38, DARK, 0, "center", True)
    s.line("2023年05月06日05:21  |  来源：人民网－人民日报", 20, GREY, align="center")
    s.body()
    s.line("《 人民日报 》（ 2023年05月06日 05 版）", 20, GREY)
    s.line("（责编：李四、王五）", 20, GREY, x=s.width - 400)
    return s, {"人民网": "国家级", "人民日报": "国家级"}


def kai_wechat(rng):  # a department's WeChat article in AR PL UKai; 来源：湖北日报 and a 图片来源 credit
    s = Screen(rng, 1080, True, "kai")
    s.line("×                                 ···", 36, DARK)
    s.para("湖北：知识产权快速维权中心年内受理案件超千件", 48, DARK, 0, bold=True)
    s.line("湖北知识产权  2023-05-06 20:15  湖北", 30, BLUE)
    s.body()
    s.line("图片来源：长江日报", 24, GREY)
    s.line("来源：湖北日报", 28, GREY)
    s.line("编辑：张三  审核：李四", 28, GREY)
    return s, {"湖北日报": "省级"}


def dark_app(rng):  # 极目新闻 app in dark mode: masthead; source line naming 楚天都市报
    s = Screen(rng, 1080, True)
    s.c.d.rectangle([0, 0, 1080, 4200], fill=(22, 22, 24))
    s.c.text(56, 30, "21:08", "sans_bold", 36, (230, 230, 230))
    s.y = 110
    s.line("极目新闻", 40, (240, 240, 240), bold=True, align="center")
    s.para("武汉：知识产权保护中心一站式服务企业创新", 46, (240, 240, 240), 0, bold=True)
    s.line("极目新闻记者 张三  2023-05-06 08:30", 24, (150, 150, 150))
    for p in BODY:
        s.para(p, 30, (210, 210, 210))
    s.line("来源：楚天都市报", 24, (150, 150, 150))
    return s, {"极目新闻": "省级", "楚天都市报": "省级"}


# --- second batch: platforms, wire datelines, broadcasters' apps, accounts of government bodies, crops --------


def xuexi(rng):  # 学习强国 carrying a paper's article: both (as dev8's unprompted author labels it)
    s = Screen(rng, 1080, True)
    s.bar([("<", 30, 40), ("学习强国", 390, 38), ("···", -110, 40)], (230, 40, 40), 110)
    s.para("信阳：知识产权保护为营商环境“加码”", 46, DARK, 0, bold=True)
    s.line("来源：河南日报    作者：张三", 26, GREY)
    s.line("2023-05-06", 26, GREY)
    s.body()
    s.line("本文已被学习强国全国平台推荐", 24, GREY)
    s.line("责任编辑：李四", 24, GREY)
    return s, {"学习强国": "国家级", "河南日报": "省级"}


def xuexi_local(rng):  # 学习强国's provincial platform posting a department's piece that names its coverage
    s = Screen(rng, 1080, True)
    s.bar([("<", 30, 40), ("学习强国", 390, 38)], (230, 40, 40), 110)
    s.para(H[0], 46, DARK, 0, bold=True)
    s.line("河南学习平台    2023-05-06", 26, GREY)
    s.line("来源：信阳市市场监督管理局", 26, GREY)
    s.body()
    s.para("该局知识产权保护工作经验先后被学习强国、人民网、河南日报等平台刊发。", 28)
    return s, {"学习强国": "国家级", "人民网": "国家级", "河南日报": "省级"}


def ju_many(rng):  # a government portal: 据…等媒体报道 and 以《…》为题 in its body, its source a city paper
    s = Screen(rng, rng.choice([1280, 1440]), False, "serif")
    s.bar([("光山县人民政府", 60, 44)], (178, 30, 35), 110)
    s.line("首页 > 新闻中心 > 媒体聚焦", 20, GREY)
    s.para(H[2], 36, DARK, 0, "center", True)
    s.line("发布时间：2023-05-06 09:12    来源：信阳日报    浏览次数：865", 20, GREY, align="center")
    s.body()
    s.para("据人民网、新华网等媒体报道，该县打造的知识产权纠纷“一站式”调解模式已在全省推广。", 28)
    s.para("光山县的做法还被央视新闻客户端以《小县城的大保护》为题进行了专题报道。", 28)
    footer(s, ["主办：光山县人民政府办公室    技术支持：光山县融媒体中心"])
    return s, {"信阳日报": "市级", "人民网": "国家级", "新华网": "国家级", "央视新闻": "国家级"}


def xinhua_wire(rng):  # 新华网 carrying 新华社's wire: the site and the agency whose dateline it prints
    s = Screen(rng, 1366, False)
    s.browser(["新华网", "人民网"], "www.news.cn/local/2023-05/06/c_1129591234.htm")
    s.bar([("新华网", 60, 44), ("首页 | 时政 | 地方 | 财经", -560, 22)], (190, 25, 30), 86)
    s.para("江苏苏州：构建知识产权大保护格局", 38, DARK, 0, "center", True)
    s.line("2023-05-06 10:21:35    来源：新华网", 20, GREY, align="center")
    s.body("新华社南京5月6日电（记者张三）")
    s.line("【纠错】  【责任编辑：李四】", 20, GREY)
    return s, {"新华网": "国家级", "新华社": "国家级"}


def wire_on_portal(rng):  # a government portal reposting a wire story with no source line: the agency
    s = Screen(rng, 1280, False)
    s.bar([("苏州市人民政府", 60, 44)], (20, 80, 160), 110)
    s.line("当前位置：首页 > 要闻动态", 20, GREY)
    s.para("江苏苏州：构建知识产权大保护格局", 36, DARK, 0, "center", True)
    s.line("发布日期：2023-05-06    浏览次数：1024", 20, GREY, align="center")
    s.body("新华社南京5月6日电（记者张三）")
    footer(s, ["主办：苏州市人民政府办公室    苏ICP备05001234号"])
    return s, {"新华社": "国家级"}


def cctv_site(rng):  # 央视网 carrying 央视新闻客户端's report: two outlets of the broadcaster, both
    s = Screen(rng, 1440, False)
    s.bar([("央视网", 60, 44), ("CCTV.com", 250, 22), ("新闻 | 视频 | 直播", -480, 22)], (20, 60, 150), 90)
    s.para("多地开展知识产权保护专项执法行动", 38, DARK, 0, "center", True)
    s.line("2023年05月06日 19:32    来源：央视新闻客户端", 20, GREY, align="center")
    s.body()
    s.line("编辑：张三  责任编辑：李四", 20, GREY, x=s.width - 480)
    related(s, "相关视频", ["人民日报：知识产权保护工作检查考核结果公布"])
    return s, {"央视网": "国家级", "央视新闻": "国家级"}


def weibo(rng):  # a Weibo post by an outlet's account; the post names others with @
    s = Screen(rng, 1080, True)
    s.bar([("<", 30, 40), ("微博正文", 400, 34)], (255, 255, 255), 100, fg=DARK)
    s.line("大河报", 34, DARK, bold=True)
    s.line("23-5-6 08:30  来自 微博 weibo.com  已编辑", 24, GREY)
    s.para("【#信阳查扣侵权商品320件#】近日，信阳市市场监管局联合公安、商务等部门开展知识产权执法专项行动，"
           "查扣涉嫌侵权商品320件。@河南日报 @信阳日报", 30, DARK, 0)
    s.photo(420)
    s.line("转发 36    评论 128    赞 502", 26, GREY)
    return s, {"大河报": "省级"}


def gov_toutiao(rng):  # a 头条号 of a government body (no outlet) whose body says two outlets reported it
    s = Screen(rng, 1080, True)
    s.bar([("<", 30, 40), ("今日头条", 400, 36), ("搜索", -140, 30)], (240, 65, 66), 100)
    s.para(H[0], 46, DARK, 0, bold=True)
    s.line("信阳市场监管", 30, DARK, bold=True)
    s.line("2023-05-06 08:30 · 信阳市市场监督管理局官方账号 · 河南", 24, GREY)
    s.body()
    s.para("此次行动引起社会广泛关注，河南日报、大河网对此进行了报道。", 28)
    return s, {"河南日报": "省级", "大河网": "省级"}


def summary_portal(rng):  # a department's summary page listing where its work appeared (all of them)
    s = Screen(rng, 1280, False)
    s.bar([("韶关市市场监督管理局", 60, 40)], (20, 80, 160), 100)
    s.para("武江区2023年知识产权宣传工作综述", 36, DARK, 0, "center", True)
    s.line("发布时间：2023-12-06    信息来源：武江区市场监督管理局", 20, GREY, align="center")
    s.para("今年以来，我区围绕知识产权保护主题开展宣传活动12场，发放资料5000余份。", 28)
    s.para("相关工作信息先后在南方日报、南方+、韶关日报刊发，其中1篇被人民网转载。", 28)
    s.para("下一步，我区将继续加大宣传力度，营造尊重知识、崇尚创新的良好氛围。", 28)
    return s, {"南方日报": "省级", "南方+": "省级", "韶关日报": "市级", "人民网": "国家级"}


def paper_app_cropped(rng):  # a paper's app cut below its masthead: the reporters' byline names the outlet
    s = Screen(rng, 1080, True)
    s.para("韶关：知识产权快保护跑出加速度", 46, DARK, 0, bold=True)
    s.line("2023-05-06 08:30", 26, GREY)
    s.body("南方日报讯（记者/张三 通讯员/李四）")
    s.line("编辑：王五", 26, GREY)
    return s, {"南方日报": "省级"}


def douyin_gov(rng):  # a government body's video account: no outlet; its caption @-mentions outlets
    s = Screen(rng, 1080, True)
    s.c.d.rectangle([0, 100, 1080, 1700], fill=(25, 25, 25))
    s.y = 1300
    s.c.text(48, s.y, "@信阳市场监管", "sans_bold", 40, (255, 255, 255))
    s.y += 70
    s.c.text(48, s.y, "知识产权执法专项行动 @河南日报 @大河报", "sans", 32, (255, 255, 255))
    s.y += 60
    s.c.text(48, s.y, "2023-05-06  · 河南", "sans", 28, (200, 200, 200))
    s.y = 1720
    s.line("评论 56", 30, DARK, bold=True)
    return s, {}


def outlet_reposts_gov(rng):  # an outlet's account reposting a department's article: the outlet published it
    s = wechat_reprint(rng, H[0], "信阳日报  2023-05-06 20:15  河南", "信阳市场监管")
    s.line("编辑：李四  审核：王五", 26, GREY)
    return s, {"信阳日报": "市级"}


def city_site(rng):  # a city paper's news site carrying the paper's report, with the paper's dateline
    s = Screen(rng, 1366, False, "serif")
    s.bar([("韶关新闻网", 60, 42), ("首页 | 本地 | 时政 | 民生", -520, 22)], (170, 20, 25), 90)
    s.line("韶关新闻网 > 本地新闻", 20, GREY)
    s.para(H[1], 36, DARK, 0, "center", True)
    s.line("2023-05-06 08:30    来源：韶关日报    作者：张三", 20, GREY, align="center")
    s.body("韶关日报讯（记者/张三 通讯员/李四）")
    s.para("武江区的做法还被南方日报、南方+等省级媒体报道。", 28)
    footer(s, ["韶关新闻网版权所有  粤ICP备12345678号"])
    return s, {"韶关新闻网": "市级", "韶关日报": "市级", "南方日报": "省级", "南方+": "省级"}


SCENES = [people, chinanews, southplus, wechat_gov, wechat_outlet, toutiao, baijia, douyin, xuexi_ad, tencent, sina,
          epaper, linkbar, headline_named, body_papers, county_app, ipr_news, wechat_crop, xinhua_dateline,
          lambda rng: gov_repost(rng, "南方日报", "省级", ""), tabs_gov, pengpai_gov, netease, sohu,
          wechat_outlet_repost, stitched, people_app, cropped, guangming, people_paper, kai_wechat, dark_app,
          xuexi, xuexi_local, ju_many, xinhua_wire, wire_on_portal, cctv_site, weibo, gov_toutiao, summary_portal,
          paper_app_cropped, douyin_gov, outlet_reposts_gov, city_site]


def saved(img: Image.Image, rng: random.Random, path_stem: Path) -> Path:
    scale = rng.choice([1.0, 0.9, 0.8, 0.75])
    if scale != 1.0:
        img = img.resize((int(img.width * scale), int(img.height * scale)), Image.LANCZOS)
    if rng.random() < 0.3:
        img = img.filter(ImageFilter.GaussianBlur(0.6))
    if rng.random() < 0.5:
        path = path_stem.with_suffix(".jpg")
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=rng.choice([70, 82, 92]))
        path.write_bytes(buf.getvalue())
    else:
        path = path_stem.with_suffix(".png")
        img.save(path, "PNG")
    return path


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    files = {}
    for i, scene in enumerate(SCENES):
        rng = random.Random(1500 + i)
        screen, outlets = scene(rng)
        path = saved(screen.image(), rng, out / f"媒体截图-{i + 1:02d}")
        files[path.name] = {"kind": "screenshot", "format": path.suffix[1:], "pages": 1,
                            "media": [{"outlet": o, "level": lv} for o, lv in outlets.items()]}
        if i % 2 == 0:  # the same screen sent on at a low resolution: a phone's forwarded, recompressed copy
            img = screen.image()
            img = img.resize((int(img.width * 0.55), int(img.height * 0.55)), Image.LANCZOS)
            small = out / f"媒体截图-{i + 1:02d}-小.jpg"
            img.save(small, "JPEG", quality=60)
            files[small.name] = {**files[path.name], "format": "jpg", "media": [dict(m) for m in
                                                                             files[path.name]["media"]]}
    (out / "truth.yaml").write_text(yaml.safe_dump({"split": "media", "generator": "bench/media/make_media.py",
                                                   "files": files}, allow_unicode=True, sort_keys=False),
                                    encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
