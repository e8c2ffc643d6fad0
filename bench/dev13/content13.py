"""Document content for the dev13 corpus: a fictional county (岱阴县) of a fictional prefecture (沂州市), 山东省."""
# ruff: noqa: E501  (long Chinese template strings read better unbroken)

from __future__ import annotations

from engine13 import Ctx, Doc, Table

Y = 2023
CITY = "沂州市"
CTY = "岱阴县"
SJ = "岱阴县市场监督管理局"
ZSCQ = "岱阴县知识产权局"
LDXZ = "岱阴县知识产权保护工作领导小组"
LDB = "岱阴县知识产权保护工作领导小组办公室"
DJB = "岱阴县打击侵犯知识产权和制售假冒伪劣商品工作领导小组办公室"
GOVB = "岱阴县人民政府办公室"
FY = "岱阴县人民法院"
JCY = "岱阴县人民检察院"
GA = "岱阴县公安局"
WL = "岱阴县文化和旅游局"
NY = "岱阴县农业农村局"
XCB = "中共岱阴县委宣传部"
SW = "岱阴县商务局"
CSJ = "沂州市市场监督管理局"
TOWNS = ["汶阳街道", "龙山街道", "柳泉镇", "石门镇", "桑园镇", "北岭乡", "双河乡", "青石镇", "大峪镇", "云岭乡"]
DEPTS = [
    SJ,
    GA,
    FY,
    JCY,
    WL,
    NY,
    SW,
    XCB,
    "岱阴县教育和体育局",
    "岱阴县科学技术局",
    "岱阴县工业和信息化局",
    "岱阴县司法局",
    "岱阴县综合行政执法局",
    "岱阴县邮政管理局",
]
COMPANIES = [
    "岱阴县宏远食品有限公司",
    "沂州金穗农业科技有限公司",
    "岱阴县龙山板栗专业合作社",
    "山东岱泉酿造有限公司",
    "岱阴县恒信五金制品有限公司",
    "沂州瑞丰纺织有限公司",
    "岱阴县桑园蜜桃专业合作社",
    "岱阴县青石工艺品厂",
    "沂州华润达机械有限公司",
    "岱阴县汶河酒业有限公司",
    "岱阴县云岭茶业有限公司",
    "沂州新锐电子科技有限公司",
]
GI = ["岱阴板栗", "桑园蜜桃", "云岭绿茶", "汶河小米", "青石核桃"]
SURN = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭肖田董袁潘于蒋蔡杜程苏魏吕丁任沈姚卢姜崔谭陆范石贾夏付方白孟秦邱尹薛闫段侯史郝邵孔"
GIV = [
    "建国",
    "志强",
    "海燕",
    "晓东",
    "丽娟",
    "文博",
    "振华",
    "春梅",
    "立新",
    "国庆",
    "玉兰",
    "德明",
    "红霞",
    "永军",
    "秀英",
    "俊杰",
    "雪梅",
    "明亮",
    "宏伟",
    "静",
    "磊",
    "敏",
    "涛",
    "鹏",
    "洁",
    "军",
    "伟",
    "勇",
    "霞",
    "芳",
    "欣怡",
    "思远",
    "凤英",
    "桂芝",
    "树林",
    "金华",
    "长青",
    "晨阳",
    "学东",
    "广胜",
    "庆华",
    "兆文",
    "玉洁",
    "延峰",
    "新民",
    "文静",
    "传杰",
    "继红",
    "淑贞",
    "克勤",
    "宪法",
    "立军",
    "吉祥",
    "爱华",
    "梦琪",
    "光辉",
    "瑞",
    "斌",
]
POSTS = [
    "局长",
    "副局长",
    "股长",
    "副股长",
    "科员",
    "主任",
    "副主任",
    "四级主任科员",
    "一级科员",
    "所长",
    "副所长",
    "执法队长",
]


def names(rng, n):
    seen, out = set(), []
    while len(out) < n:
        s = rng.choice(SURN) + rng.choice(GIV)
        if s not in seen:
            seen.add(s)
            out.append(s)
    return out


def phone(rng):
    return f"1380000{rng.randint(1000, 9999)}" if rng.random() < 0.5 else f"1390000{rng.randint(1000, 9999)}"


def tel(rng):
    return f"0539-0000{rng.randint(100, 999)}"


class Facts:
    def __init__(self):
        self.ctx = Ctx()
        self.title = None
        self.organ = None
        self.doc_type = None
        self.tables: list = []
        self.meetings: list = []
        self.attendance = None
        self.media: list = []

    def truth(self, kind, fmt, pages):
        t = {"kind": kind, "format": fmt, "pages": pages}
        if self.title:
            t["title"] = self.title
        if self.organ:
            t["organ"] = self.organ if len(self.organ) > 1 else self.organ[0]
        if self.doc_type:
            t["doc_type"] = self.doc_type
        if self.ctx.docnos:
            t["doc_numbers"] = self.ctx.docnos
        if self.ctx.dates:
            t["dates"] = self.ctx.dates
        if self.media:
            t["media"] = self.media
        if self.tables:
            t["tables"] = [x.truth() for x in self.tables]
        if self.meetings:
            t["meetings"] = self.meetings
        if self.attendance:
            t["attendance"] = self.attendance
        return t


def _date(rng, m0=2, m1=11):
    m = rng.randint(m0, m1)
    return m, rng.randint(1, 28)


def _later(m, dd, days):
    # add days within the year, months taken as 30 days (dates stay real)
    import datetime

    x = datetime.date(Y, m, dd) + datetime.timedelta(days=days)
    return x.month, x.day


# ----------------------------------------------------------------------------------------------
# 通知

NOTICE_TOPICS = [
    (["关于开展2023年知识产权执法", "“铁拳”行动的通知"], "执法"),
    (["关于做好2023年全国知识产权宣传周", "活动的通知"], "宣传"),
    (["关于开展地理标志专用标志使用", "情况核查工作的通知"], "地标"),
    (["关于报送2023年度知识产权保护工作", "检查考核材料的通知"], "考核"),
    (["关于开展商标代理行业", "专项整治行动的通知"], "商标"),
    (["关于开展打击侵权假冒", "“双打”专项行动的通知"], "双打"),
    (["关于举办专利转化运用与", "知识产权保护培训班的通知"], "培训"),
    (["关于印发《岱阴县2023年知识产权保护", "工作要点》的通知"], "要点"),
]


def notice(
    f: Facts,
    rng,
    v,
    organs=None,
    prefix="岱市监发",
    with_table=False,
    cite=True,
    numstyle="std",
    sign_style="cn",
    footer=True,
    head_suffix="文件",
):
    c = f.ctx
    lines, topic = NOTICE_TOPICS[v % len(NOTICE_TOPICS)]
    organs = organs or [SJ]
    m, dd = _date(rng, 2, 9)
    num = rng.randint(3, 68)
    doc = Doc()
    doc.add("redhead", organs, head_suffix)
    doc.add("docno", c.dn(prefix, Y, num, numstyle))
    doc.add("redline")
    doc.add("title", lines)
    f.title = "".join(lines)
    f.organ = list(organs)
    f.doc_type = "通知"
    doc.add(
        "addr",
        "各乡镇人民政府、街道办事处，县直有关部门："
        if len(organs) > 1 or rng.random() < 0.5
        else "各市场监管所，局机关各股室：",
    )
    intro = "为深入贯彻落实党中央、国务院关于全面加强知识产权保护的决策部署"
    if cite:
        cm, cd = _date(rng, 1, max(1, m - 1))
        up = c.dn("沂市监知", Y, rng.randint(5, 40))
        intro += f"，根据《沂州市市场监督管理局关于印发〈2023年全市知识产权保护工作要点〉的通知》（{up}）要求"
    intro += "，结合我县实际，现就有关事项通知如下。"
    doc.add("para", intro)
    s1m, s1d = _later(m, dd, rng.randint(5, 15))
    e1m, e1d = _later(s1m, s1d, rng.randint(60, 150))
    doc.add("h1", "一、工作时间")
    doc.add(
        "para",
        f"{c.d(Y, s1m, s1d)}至{c.d(Y, e1m, e1d)}。其中，{c.d(Y, s1m, s1d)}前为动员部署阶段，"
        f"{c.d(Y, e1m, e1d)}前完成总结验收。",
    )
    doc.add("h1", "二、重点任务")
    tasks = {
        "执法": [
            "聚焦食品、农资、建材、日用消费品等重点领域，严厉查处商标侵权、假冒专利等违法行为。",
            f"加强对“{rng.choice(GI)}”等地理标志产品的保护，依法查处擅自使用地理标志专用标志行为。",
            "强化行政执法与刑事司法衔接，对涉嫌犯罪的案件及时移送公安机关。",
        ],
        "宣传": [
            "围绕“全面加强知识产权保护 推动构建新发展格局”主题，组织开展进企业、进校园、进社区宣传活动。",
            "通过县融媒体中心、政务新媒体等平台集中发布典型案例，扩大社会影响。",
            "组织开展知识产权维权援助咨询活动，现场解答群众咨询。",
        ],
        "地标": [
            "对辖区内获准使用地理标志专用标志的市场主体逐一开展核查，建立使用情况台账。",
            "重点核查专用标志使用规范、产品质量控制、年度报告报送等情况。",
            "对不符合使用条件的，依法督促整改或者按程序停止其使用。",
        ],
        "考核": [
            "各单位对照考核细则逐项梳理工作开展情况，分类整理佐证材料。",
            "佐证材料包括文件、会议纪要、台账、照片及媒体报道截图等，须真实完整。",
            "各单位主要负责人对报送材料的真实性负责。",
        ],
        "商标": [
            "全面摸排辖区商标代理机构底数，建立机构名录。",
            "重点查处恶意商标注册申请代理、以欺诈手段招揽业务等违法行为。",
            "对排查发现的问题线索，依法依规及时处置。",
        ],
        "双打": [
            "加强农村和城乡结合部市场整治，严厉打击销售假冒伪劣商品行为。",
            "加大对电商平台、直播带货等新业态的监测力度，及时发现侵权线索。",
            "联合公安、农业农村、文化和旅游等部门开展联合执法检查。",
        ],
        "培训": [
            "培训对象为各乡镇（街道）分管负责同志、县直有关部门业务骨干及重点企业知识产权管理人员。",
            "培训内容包括专利转化运用政策解读、知识产权行政保护实务、典型案例分析等。",
            "请参训人员遵守培训纪律，按时签到，不得无故缺席。",
        ],
        "要点": [
            "健全知识产权保护工作体系，完善部门协作和信息共享机制。",
            "加大知识产权执法力度，全年查办各类知识产权案件不少于30件。",
            "推进知识产权纠纷多元化解，建立人民调解、行政调解与司法衔接机制。",
        ],
    }[topic]
    for i, t in enumerate(tasks):
        doc.add("para", f"（{'一二三'[i]}）{t}")
    doc.add("h1", "三、有关要求")
    rm, rd = _later(e1m, e1d, rng.randint(3, 12))
    who = names(rng, 1)[0]
    doc.add(
        "para",
        f"各单位要明确专人负责，于{c.d(Y, rm, rd)}前将工作总结及相关台账报送县市场监管局知识产权股。"
        f"联系人：{who}，联系电话：{tel(rng)}，电子邮箱：dyzscq{rng.randint(10, 99)}@163.com。",
    )
    if with_table:
        doc.add("para", "附件：工作情况统计表")
    sm, sd = _later(m, dd, 0)
    doc.add("sign", organs, c.d(Y, sm, sd, sign_style))
    if with_table:
        doc.add("pagebreak")
        doc.add("plain", "附件")
        tb = stats_table(rng, rows=rng.randint(18, 26), dates=c)
        tb.caption = "各单位知识产权保护工作情况统计表"
        doc.add("table", tb)
        f.tables.append(tb)
    if footer:
        im_, id_ = _later(m, dd, rng.randint(0, 2))
        doc.add(
            "footer",
            ["抄送：县政府办公室，沂州市市场监督管理局。", ("岱阴县市场监督管理局办公室", c.d(Y, im_, id_) + "印发")],
        )
    return doc


def stats_table(rng, rows=20, dates=None, ruled=True):
    units = TOWNS + DEPTS[1:]
    rng.shuffle(units)
    units = units[:rows] if rows <= len(units) else units
    rr = []
    tot = [0, 0, 0, 0]
    for i, u in enumerate(units):
        a, b = rng.randint(0, 12), rng.randint(0, 6)
        cc, dd = rng.randint(0, 20), rng.randint(0, 3)
        tot = [tot[0] + a, tot[1] + b, tot[2] + cc, tot[3] + dd]
        rr.append([str(i + 1), u, str(a), str(b), str(cc), str(dd), rng.choice(["", "", "已完成", "持续推进"])])
    return Table(
        header=["序号", "单位", "检查次数", "发现问题", "宣传场次", "移送案件", "备注"],
        rows=rr,
        widths=[0.7, 3, 1.1, 1.1, 1.1, 1.1, 1.4],
        ruled=ruled,
        total=["合计", "", str(tot[0]), str(tot[1]), str(tot[2]), str(tot[3]), ""],
        font_pt=11,
    )


# ----------------------------------------------------------------------------------------------
# 报告 / 通报 / 总结 / 方案 / 意见


def case_table(c: Ctx, rng, n, grouped=False, datestyle="dot0", ruled=True):
    kinds = ["商标侵权", "假冒专利", "地理标志侵权", "侵犯著作权", "商标侵权", "商标侵权"]
    goods = ["白酒", "板栗礼盒", "运动鞋", "五金工具", "食用油", "儿童玩具", "茶叶", "农药", "服装", "图书"]
    rows = []
    for i in range(n):
        m, dd = _date(rng, 1, 10)
        fine = rng.choice(["0.5", "1.2", "2", "3.5", "0.8", "5", "1", "6.2"])
        row = [
            str(i + 1),
            f"{rng.choice(TOWNS)}某{rng.choice(['商店', '超市', '经营部', '门市部'])}销售侵权{rng.choice(goods)}案",
            rng.choice(kinds),
            c.d(Y, m, dd, datestyle),
        ]
        if grouped:
            row += [fine, str(rng.randint(10, 400))]
        else:
            row += [fine]
        row += [rng.choice(["已结案", "已结案", "办理中", "已移送公安"])]
        rows.append(row)
    if grouped:
        return Table(
            header=["序号", "案件名称", "案件类型", "立案日期", "罚没款（万元）", "没收物品（件）", "办理状态"],
            groups=[
                "序号",
                "案件名称",
                "案件类型",
                "立案日期",
                ("处罚情况", ["罚没款（万元）", "没收物品（件）"]),
                "办理状态",
            ],
            rows=rows,
            widths=[0.8, 3.6, 1.4, 1.5, 1.2, 1.2, 1.2],
            font_pt=10.5,
            ruled=ruled,
        )
    return Table(
        header=["序号", "案件名称", "案件类型", "立案日期", "罚没款（万元）", "办理状态"],
        rows=rows,
        widths=[0.8, 3.8, 1.4, 1.5, 1.3, 1.3],
        font_pt=10.5,
        ruled=ruled,
    )


def report(f: Facts, rng, v, table_rows=0, numstyle="std"):
    c = f.ctx
    half = ["上半年", "前三季度", "2023年度"][v % 3]
    t = [f"{SJ}", f"关于{'2023年' if half != '2023年度' else ''}{half}知识产权", "保护工作情况的报告"]
    doc = Doc()
    doc.add("redhead", [SJ], "文件")
    signer = names(rng, 1)[0]
    doc.add("docno", c.dn("岱市监报", Y, rng.randint(2, 30), numstyle), f"签发人：{signer}")
    doc.add("redline")
    doc.add("title", t)
    f.title = "".join(t)
    f.organ = [SJ]
    f.doc_type = "报告"
    doc.add("addr", f"{CSJ}：")
    m, dd = (
        (7, rng.randint(3, 20))
        if v % 3 == 0
        else ((10, rng.randint(8, 25)) if v % 3 == 1 else (12, rng.randint(5, 25)))
    )
    up = c.dn("沂市监知", Y, rng.randint(10, 50))
    doc.add(
        "para",
        f"按照《关于报送知识产权保护工作进展情况的通知》（{up}）要求，现将我县{half}知识产权保护工作情况报告如下。",
    )
    doc.add("h1", "一、主要工作开展情况")
    n1, n2, n3 = rng.randint(15, 60), rng.randint(3, 20), rng.randint(100, 900)
    d1 = c.d(Y, 4, rng.randint(20, 26))
    doc.add(
        "para",
        f"（一）执法办案成效明显。{half}共立案查处各类知识产权违法案件{n1}件，结案{n1 - rng.randint(1, 5)}件，"
        f"罚没款{rng.randint(10, 90)}.{rng.randint(1, 9)}万元，向公安机关移送涉嫌犯罪案件{n2}件。",
    )
    doc.add(
        "para",
        f"（二）宣传教育深入开展。{d1}，在县城人民广场举办知识产权宣传周启动仪式，发放宣传资料{n3}余份，"
        f"接受群众咨询{rng.randint(50, 300)}人次。沂州日报、岱阴县融媒体中心等媒体对活动进行了报道。",
    )
    doc.add(
        "para",
        f"（三）地理标志保护持续加强。对“{GI[0]}”“{GI[1]}”等地理标志产品开展专项检查，"
        f"检查经营主体{rng.randint(40, 200)}户次，规范标志使用行为{rng.randint(5, 30)}起。",
    )
    if table_rows:
        doc.add("para", "重点案件办理情况见下表。")
        tb = case_table(c, rng, table_rows, grouped=bool(v % 2))
        tb.caption = "重点案件办理情况一览表"
        doc.add("table", tb)
        f.tables.append(tb)
    doc.add("h1", "二、存在的问题")
    doc.add(
        "para",
        "一是基层执法力量相对薄弱，专业人员不足；二是电商领域侵权线索发现难、取证难；三是企业知识产权保护意识仍需提高。",
    )
    doc.add("h1", "三、下一步工作打算")
    doc.add(
        "para", "持续保持高压严打态势，深化部门协作，完善知识产权纠纷多元化解机制，推动全县知识产权保护工作再上新台阶。"
    )
    doc.add("plain", f"（联系人：{names(rng, 1)[0]}，电话：{tel(rng)}）")
    doc.add("sign", [SJ], c.d(Y, m, dd))
    return doc


def tongbao(f: Facts, rng, v, rows=22, numstyle="std", ruled=True):
    c = f.ctx
    q = ["第一季度", "第二季度", "第三季度", "上半年"][v % 4]
    t = [f"关于2023年{q}全县知识产权保护", "工作进展情况的通报"]
    organ = [LDB, DJB][v % 2]
    pref = ["岱知保办", "岱打假办"][v % 2]
    doc = Doc()
    doc.add("redhead", [organ], "")
    doc.add("docno", c.dn(pref, Y, rng.randint(1, 15), numstyle))
    doc.add("redline")
    doc.add("title", t)
    f.title = "".join(t)
    f.organ = [organ]
    f.doc_type = "通报"
    doc.add("addr", "各乡镇人民政府、街道办事处，县知识产权保护工作领导小组各成员单位：")
    m = {"第一季度": 4, "第二季度": 7, "第三季度": 10, "上半年": 7}[q]
    dd = rng.randint(6, 20)
    doc.add(
        "para",
        f"{q}，各单位认真落实县委、县政府工作部署，知识产权保护工作取得积极进展。根据各单位报送情况，"
        f"截至{c.d(Y, m - 1 if m > 1 else 1, 30 if m - 1 in (4, 6, 9, 11) else 31)}，现将有关情况通报如下。",
    )
    doc.add("h1", "一、总体情况")
    doc.add(
        "para",
        f"全县共开展执法检查{rng.randint(200, 600)}次，出动执法人员{rng.randint(500, 1800)}人次，"
        f"查处侵权假冒案件{rng.randint(10, 40)}件。各单位工作开展情况见附表。",
    )
    doc.add("h1", "二、存在问题")
    doc.add(
        "para", f"部分单位信息报送不及时，{rng.choice(TOWNS)}、{rng.choice(TOWNS[3:])}等单位未按时报送季度工作台账。"
    )
    doc.add("h1", "三、工作要求")
    doc.add("para", "各单位要对照通报问题认真整改，进一步压实工作责任，确保全年任务圆满完成。")
    tb = stats_table(rng, rows=rows, ruled=ruled)
    tb.caption = f"2023年{q}各单位知识产权保护工作情况统计表"
    doc.add("plain", "附表")
    doc.add("table", tb)
    f.tables.append(tb)
    doc.add("sign", [organ], c.d(Y, m, dd))
    return doc


def han(f: Facts, rng, v, numstyle="std", sign_style="cn"):
    c = f.ctx
    opts = [
        (["关于商请协助核查涉嫌侵犯“岱阴板栗”", "地理标志专用权线索的函"], "沂州市兰河区市场监督管理局"),
        (["关于商请提供涉案商标权利人", "鉴定意见的函"], "山东岱泉酿造有限公司"),
        (["关于移送涉嫌假冒专利", "案件线索的函"], "岱阴县公安局"),
        (["关于征求《岱阴县知识产权纠纷人民调解", "工作办法（征求意见稿）》意见的函"], "县直有关部门"),
    ]
    t, to = opts[v % len(opts)]
    doc = Doc()
    doc.add("redhead", [SJ], "")
    doc.add("docno", c.dn("岱市监函", Y, rng.randint(3, 60), numstyle))
    doc.add("redline")
    doc.add("title", t)
    f.title = "".join(t)
    f.organ = [SJ]
    f.doc_type = "函"
    doc.add("addr", to + "：")
    m, dd = _date(rng, 3, 10)
    pm, pd = _later(m, dd, -rng.randint(6, 20))
    doc.add(
        "para",
        f"{c.d(Y, pm, pd)}，我局执法人员在日常检查中发现，{rng.choice(TOWNS)}一经营户销售的产品涉嫌侵犯他人知识产权。"
        "为依法查明案件事实，根据《中华人民共和国行政处罚法》等有关规定，特商请贵单位予以协助。",
    )
    rm, rd = _later(m, dd, rng.randint(10, 20))
    doc.add("para", f"请于{c.d(Y, rm, rd)}前将有关情况书面函复我局。")
    doc.add("para", f"联系人：{names(rng, 1)[0]}，电话：{phone(rng)}。")
    doc.add("para", "特此函告。")
    doc.add("sign", [SJ], c.d(Y, m, dd, sign_style))
    return doc


def yijian(f: Facts, rng, v):
    c = f.ctx
    organs = [FY, JCY, GA, SJ]
    t = ["关于加强知识产权行政执法与", "刑事司法衔接工作的意见"]
    doc = Doc()
    doc.add("redhead", organs, "文件")
    doc.add("docno", c.dn("岱市监发", Y, rng.randint(10, 50)))
    doc.add("redline")
    doc.add("title", t)
    f.title = "".join(t)
    f.organ = organs
    f.doc_type = "意见"
    doc.add("addr", "各有关单位：")
    doc.add(
        "para",
        "为进一步加强知识产权行政执法与刑事司法有效衔接，依法惩治侵犯知识产权违法犯罪行为，结合我县实际，提出如下意见。",
    )
    for i, (h, p) in enumerate(
        [
            ("建立联席会议制度", "联席会议由县市场监管局牵头，每半年召开一次，通报案件办理情况，研究解决重大问题。"),
            (
                "健全案件移送机制",
                "行政执法机关在查处违法行为中发现涉嫌犯罪的，应当在作出移送决定后24小时内向公安机关移送。",
            ),
            ("加强信息共享", "各单位应当于每季度结束后10日内，将知识产权案件办理情况录入“两法衔接”信息平台。"),
            ("强化检察监督", "检察机关依法对行政执法机关移送涉嫌犯罪案件和公安机关立案活动实施监督。"),
            (
                "加强司法保护",
                "人民法院依法公正高效审理知识产权案件，推行知识产权民事、刑事、行政案件“三合一”审判机制。",
            ),
        ]
    ):
        doc.add("h1", f"{'一二三四五'[i]}、{h}")
        doc.add("para", p)
    m, dd = _date(rng, 4, 9)
    doc.add("para", f"本意见自{c.d(Y, m, dd)}起施行。")
    doc.add("sign", organs, c.d(Y, m, dd), False)
    return doc


def fangan(f: Facts, rng, v, table=False):
    c = f.ctx
    t = [f"{CTY}2023年知识产权保护", "工作实施方案"] if v % 2 == 0 else [f"{CTY}地理标志保护工程", "实施方案"]
    organ = [LDB, SJ][v % 2]
    doc = Doc()
    doc.add("title", t)
    f.title = "".join(t)
    f.doc_type = "方案"
    doc.add(
        "para", "为全面加强知识产权保护，营造良好营商环境和创新环境，根据上级有关部署要求，结合我县实际，制定本方案。"
    )
    doc.add("h1", "一、总体要求")
    doc.add(
        "para",
        "坚持以习近平新时代中国特色社会主义思想为指导，牢固树立保护知识产权就是保护创新的理念，统筹推进知识产权保护各项工作。",
    )
    doc.add("h1", "二、主要任务")
    tasks = [
        "严格知识产权执法",
        "推进知识产权纠纷多元化解",
        "加强地理标志和商标品牌保护",
        "强化知识产权宣传培训",
        "完善知识产权保护协作机制",
    ]
    for i, t2 in enumerate(tasks[: 3 + v % 3]):
        doc.add("h2", f"（{'一二三四五'[i]}）{t2}。")
        doc.add("para", f"责任单位：{rng.choice(DEPTS)}、{rng.choice(DEPTS)}，各乡镇（街道）。")
    doc.add("h1", "三、时间安排")
    m1, d1 = _date(rng, 3, 4)
    m2, d2 = _date(rng, 5, 8)
    m3, d3 = _date(rng, 11, 11)
    doc.add(
        "para",
        f"（一）部署阶段（{c.d(Y, m1, d1)}前）。（二）实施阶段（{c.d(Y, m1, d1 + 1)}至{c.d(Y, m2, d2)}）。"
        f"（三）总结阶段（{c.d(Y, m3, d3)}前）。",
    )
    if table:
        tb = Table(
            header=["序号", "工作任务", "牵头单位", "配合单位", "完成时限"],
            rows=[],
            widths=[0.8, 4, 2, 2.4, 1.6],
            font_pt=10.5,
        )
        for i in range(rng.randint(8, 12)):
            mm, d_ = _date(rng, 5, 12)
            tb.rows.append(
                [
                    str(i + 1),
                    rng.choice(
                        [
                            "开展商标侵权专项整治",
                            "组织知识产权宣传周活动",
                            "建立重点商标保护名录",
                            "开展地理标志专用标志使用核查",
                            "推进知识产权调解组织建设",
                            "开展校园版权宣传",
                            "开展农资打假专项行动",
                            "建立侵权线索移送台账",
                        ]
                    ),
                    rng.choice(DEPTS[:4]),
                    rng.choice(DEPTS[4:]) + "等",
                    c.d(Y, mm, d_, "cn"),
                ]
            )
        tb.caption = "重点任务分工表"
        doc.add("table", tb)
        f.tables.append(tb)
    doc.add("h1", "四、保障措施")
    doc.add("para", "各单位要加强组织领导，明确责任分工，强化督导检查，确保各项任务落到实处。")
    sm, sd = _later(m1, d1, -3)
    doc.add("sign", [organ], c.d(Y, sm, sd), False)
    f.organ = [organ]
    return doc


def zongjie(f: Facts, rng, v, table=False):
    c = f.ctx
    organ = [SJ, WL, NY][v % 3]
    what = {SJ: "知识产权保护工作", WL: "版权保护工作", NY: "农业知识产权和地理标志保护工作"}[organ]
    t = [f"{organ}", f"2023年{what}总结"] if len(what) < 10 else [f"{organ}2023年", f"{what}总结"]
    doc = Doc()
    doc.add("title", t)
    f.title = "".join(t)
    f.organ = [organ]
    f.doc_type = "总结"
    doc.add(
        "para", f"2023年，我局在县委、县政府的坚强领导下，认真落实上级关于{what[:-2]}的各项部署，现将全年工作总结如下。"
    )
    doc.add("h1", "一、工作开展情况")
    m1, d1 = _date(rng, 3, 6)
    doc.add("para", f"（一）强化组织领导。{c.d(Y, m1, d1)}，召开专题会议研究部署年度工作，制定工作方案，明确任务分工。")
    m2, d2 = _date(rng, 4, 4)
    doc.add(
        "para",
        f"（二）加强宣传培训。{c.d(Y, m2, d2, 'md')}至{c.d(Y, m2, d2 + 2, 'md')}，集中开展宣传活动{rng.randint(5, 20)}场次，"
        f"培训{rng.randint(80, 400)}人次，相关活动被大众日报、沂州日报等媒体报道。",
    )
    doc.add(
        "para", f"（三）严格执法检查。全年检查经营主体{rng.randint(300, 1500)}户次，查处案件{rng.randint(8, 40)}件。"
    )
    if table:
        tb = Table(header=["指标", "2022年", "2023年", "同比增减"], rows=[], widths=[3, 1.4, 1.4, 1.4])
        for k in [
            "发明专利授权量（件）",
            "有效注册商标（件）",
            "地理标志商标（件）",
            "作品著作权登记（件）",
            "查处侵权案件（件）",
        ]:
            a = rng.randint(10, 900)
            b = a + rng.randint(-5, 80)
            tb.rows.append([k, str(a), str(b), f"{(b - a) / a * 100:+.1f}%"])
        doc.add("table", tb)
        f.tables.append(tb)
    doc.add("h1", "二、存在的不足")
    doc.add("para", "知识产权保护宣传的覆盖面还不够广，基层执法人员业务能力有待进一步提升。")
    doc.add("h1", "三、2024年工作打算")
    doc.add("para", "进一步完善工作机制，加大执法力度，深化部门协作，持续提升知识产权保护水平。")
    m, dd = 12, rng.randint(10, 28)
    doc.add("sign", [organ], c.d(Y, m, dd), False)
    return doc


# ----------------------------------------------------------------------------------------------
# 会议纪要 / 会议记录 / 签到表


def minutes(f: Facts, rng, v, style="jiyao"):
    c = f.ctx
    names_ = names(rng, 12)
    chair = names_[0]
    m, dd = _date(rng, 2, 11)
    mtitle = [
        f"{LDXZ}2023年第{cn(v % 3 + 1)}次全体会议纪要",
        f"{CTY}打击侵权假冒工作联席会议纪要",
        f"{CTY}知识产权保护工作推进会会议纪要",
        f"{CTY}地理标志保护工作专题会议纪要",
    ][v % 4]
    topics_all = [
        [
            "听取2023年上半年全县知识产权保护工作情况汇报",
            "研究部署知识产权保护工作检查考核迎检工作",
            "审议《岱阴县知识产权纠纷人民调解工作办法》",
        ],
        ["通报近期侵权假冒案件查处情况", "研究春节期间市场专项整治工作", "部署行政执法与刑事司法衔接有关工作"],
        ["听取各成员单位工作进展汇报", "研究解决重点商标保护中存在的问题", "安排下一阶段重点工作"],
        [
            "听取地理标志专用标志使用核查情况汇报",
            "研究“岱阴板栗”区域公用品牌保护措施",
            "讨论地理标志产品质量抽检计划",
            "部署年度地理标志保护宣传工作",
        ],
    ]
    topics = topics_all[v % 4]
    doc = Doc()
    if style == "jiyao":
        doc.add("redhead", [LDXZ if v % 2 == 0 else DJB.replace("办公室", "")], "")
        doc.add("center", "会 议 纪 要", 26)
        qi = rng.randint(1, 9)
        doc.add("center", f"第{qi}期", 16)
        pm, pd = _later(m, dd, rng.randint(1, 4))
        doc.add("docno", LDB if v % 2 == 0 else DJB, c.d(Y, pm, pd))
        doc.add("redline")
        doc.add("title", [mtitle])
        f.title = mtitle
        f.organ = [LDB if v % 2 == 0 else DJB]
        f.doc_type = "纪要"
        place = rng.choice(["县政府三楼第一会议室", "县市场监管局五楼会议室", "县行政服务中心201会议室"])
        doc.add(
            "para",
            f"{c.d(Y, m, dd)}{rng.choice(['上午', '下午'])}，副县长、{(LDXZ if v % 2 == 0 else DJB.replace('办公室', '')).replace(CTY, '县')}组长{chair}在{place}主持召开会议，"
            f"{'、'.join(rng.sample(DEPTS, 5))}等成员单位负责同志参加会议。纪要如下：",
        )
        doc.add("plain", "会议议题：")
        for i, t in enumerate(topics):
            doc.add("para", f"{i + 1}．{t}；" if i < len(topics) - 1 else f"{i + 1}．{t}。")
        doc.add("h1", "一、会议议定事项")
        doc.add("para", "会议认为，今年以来各成员单位认真履职、密切协作，知识产权保护工作取得新成效。会议要求：")
        dl_m, dl_d = _later(m, dd, 20)
        doc.add("para", f"（一）各成员单位要对照考核细则查漏补缺，于{c.d(Y, dl_m, dl_d)}前报送自查报告。")
        doc.add("para", "（二）县市场监管局牵头做好迎检材料汇总工作，确保材料真实完整、规范有序。")
        doc.add("para", "（三）进一步加强宣传，及时在各级媒体发布工作动态和典型案例。")
        doc.add("plain", f"参加人员：{'、'.join(names_[1:9])}")
        doc.add("plain", f"记录：{names_[9]}")
        doc.add("footer", ["送：县知识产权保护工作领导小组各成员单位。"])
    else:
        title = mtitle.replace("会议纪要", "会议记录").replace("纪要", "记录")
        doc.add("title", [title])
        f.title = title
        f.doc_type = "会议记录"
        doc.add("plain", f"会议时间：{c.d(Y, m, dd)} {rng.choice(['9:00', '14:30', '15:00'])}")
        doc.add("plain", f"会议地点：{rng.choice(['县市场监管局五楼会议室', '县政府三楼第一会议室'])}")
        doc.add("plain", f"主持人：{chair}　　　　记录人：{names_[9]}")
        doc.add("plain", f"参会人员：{'、'.join(names_[1:8])}")
        doc.add("plain", "会议议题：")
        for i, t in enumerate(topics):
            doc.add("plain", f"{i + 1}.{t}")
        doc.add("plain", "会议内容：")
        doc.add("para", f"{chair}：今天召开会议，主要是{topics[0]}，{topics[1]}。请各单位逐一汇报。")
        doc.add(
            "para", f"{names_[1]}：今年以来，我局共查办知识产权案件{rng.randint(5, 30)}件，已全部录入执法办案系统。"
        )
        doc.add(
            "para",
            f"{names_[2]}：公安机关与市场监管部门建立了线索双向移送机制，目前已接收移送线索{rng.randint(1, 8)}条。",
        )
        doc.add("para", f"{chair}：下一步，各单位要按照分工抓好落实，确保各项工作按时完成。")
        doc.add("right", f"记录人：{names_[9]}")
        f.organ = None
    f.meetings = [{"date": f"{Y}-{m:02d}-{dd:02d}", "title": f.title, "chair": chair, "topics": topics}]
    return doc


def cn(n):
    return "一二三四五六七八九十"[n - 1]


def signin(f: Facts, rng, v, filled=None, blanks=3):
    c = f.ctx
    mt = [
        f"{CTY}2023年知识产权保护工作推进会",
        f"{CTY}打击侵权假冒工作联席会议",
        "知识产权行政保护业务培训班",
        f"{CTY}地理标志保护工作座谈会",
        "2023年知识产权宣传周启动仪式",
        "商标品牌建设工作调度会",
    ][v % 6]
    title = mt + "签到表"
    m, dd = _date(rng, 3, 11)
    n = filled or rng.randint(12, 22)
    ns = names(rng, n)
    doc = Doc()
    doc.add("title", [title])
    f.title = title
    f.doc_type = "签到表"
    doc.add(
        "plain",
        f"会议时间：{c.d(Y, m, dd)}{rng.choice(['上午9:00', '下午2:30', '上午8:30'])}　　会议地点：{rng.choice(['县市场监管局五楼会议室', '县政府三楼第一会议室', '县行政服务中心二楼培训室'])}",
    )
    rows = []
    for i, nm in enumerate(ns):
        u = rng.choice(DEPTS + TOWNS)
        rows.append(
            [
                str(i + 1),
                nm,
                u[len(CTY) :] if (u.startswith(CTY) and rng.random() < 0.5) else u,
                rng.choice(POSTS),
                phone(rng),
            ]
        )
    tb = Table(
        header=["序号", "姓名", "单位", "职务", "联系电话"],
        rows=rows,
        widths=[0.7, 1.4, 3.2, 1.6, 2.2],
        hand_cols=(1, 2, 3, 4),
        font_pt=12,
    )
    shown = Table(
        header=tb.header,
        rows=rows + [[str(n + k + 1), "", "", "", ""] for k in range(blanks)],
        widths=tb.widths,
        hand_cols=tb.hand_cols,
        font_pt=12,
    )
    doc.add("table", shown)
    f.tables.append(tb)
    f.attendance = {"count": n, "names": ns}
    return doc


# ----------------------------------------------------------------------------------------------
# 台账 / 统计表 (paper)


def ledger(f: Facts, rng, v, ruled=True, n=None, datestyle="dot0"):
    c = f.ctx
    kind = v % 4
    n = n or rng.randint(8, 14)
    if kind == 0:
        title = "2023年商标侵权案件查处台账"
        tb = case_table(c, rng, n, grouped=False, datestyle=datestyle, ruled=ruled)
        dt = "台账"
    elif kind == 1:
        title = "地理标志专用标志使用企业核查统计表"
        rows = []
        for i in range(n):
            mm, d_ = _date(rng, 3, 9)
            rows.append(
                [
                    str(i + 1),
                    COMPANIES[(i * 5 + v) % len(COMPANIES)],
                    rng.choice(GI),
                    c.d(Y, mm, d_, datestyle),
                    rng.choice(["规范", "规范", "不规范，已整改", "规范"]),
                ]
            )
        tb = Table(
            header=["序号", "企业名称", "地理标志产品", "核查日期", "核查结果"],
            rows=rows,
            widths=[0.8, 3.6, 1.6, 1.6, 2],
            ruled=ruled,
            font_pt=11,
        )
        dt = "统计表"
    elif kind == 2:
        title = "知识产权宣传活动台账"
        rows = []
        for i in range(n):
            mm, d_ = _date(rng, 3, 11)
            rows.append(
                [
                    str(i + 1),
                    c.d(Y, mm, d_, datestyle),
                    rng.choice(TOWNS) + rng.choice(["集市", "中心小学", "社区", "商场"]),
                    rng.choice(
                        ["知识产权进校园", "打假维权宣传", "地理标志知识讲座", "商标注册咨询", "“4·26”集中宣传"]
                    ),
                    str(rng.randint(30, 500)),
                ]
            )
        tb = Table(
            header=["序号", "活动日期", "活动地点", "活动内容", "参与人数"],
            rows=rows,
            widths=[0.8, 1.6, 2.6, 3, 1.2],
            ruled=ruled,
            font_pt=11,
        )
        dt = "台账"
    else:
        title = "专利侵权纠纷行政裁决案件登记表"
        rows = []
        for i in range(n):
            mm, d_ = _date(rng, 1, 10)
            rows.append(
                [
                    str(i + 1),
                    f"ZL2021{rng.randint(10000000, 99999999)}.{rng.randint(0, 9)}",
                    COMPANIES[(i * 3 + 1) % len(COMPANIES)],
                    c.d(Y, mm, d_, datestyle),
                    rng.choice(["已裁决", "调解结案", "审理中"]),
                ]
            )
        tb = Table(
            header=["序号", "专利号", "请求人", "受理日期", "处理结果"],
            rows=rows,
            widths=[0.8, 2.6, 3.6, 1.6, 1.4],
            ruled=ruled,
            font_pt=11,
        )
        dt = "登记表"
    doc = Doc()
    doc.add("title", [title])
    organ = SJ if kind != 2 else rng.choice([SJ, WL])
    m, dd = _date(rng, 10, 12)
    doc.add("plain", f"填报单位：{organ}　　　　填报日期：{c.d(Y, m, dd)}", 13)
    doc.add("table", tb)
    doc.add("plain", f"填表人：{names(rng, 1)[0]}　　审核人：{names(rng, 1)[0]}", 13)
    f.title = title
    f.organ = [organ]
    f.doc_type = dt
    f.tables.append(tb)
    return doc


def jianbao(f: Facts, rng, v):
    c = f.ctx
    doc = Doc()
    doc.add("redhead", ["知识产权保护工作简报"], "")
    qi = rng.randint(2, 12)
    doc.add("center", f"第{qi}期", 16)
    m, dd = _date(rng, 4, 11)
    doc.add("docno", f"{LDB}编", c.d(Y, m, dd))
    doc.add("redline")
    art = ["我县开展“4·26”知识产权宣传周系列活动", "县市场监管局查处一起销售侵权“岱阴板栗”商品案"][v % 2]
    doc.add("title", [art], None, 18)
    f.title = "知识产权保护工作简报"
    f.organ = [LDB]
    f.doc_type = "简报"
    em, ed = _later(m, dd, -rng.randint(3, 10))
    doc.add(
        "para",
        f"{c.d(Y, em, ed, 'md')}，{art.replace('我县', '岱阴县')}。活动期间，执法人员深入{rng.choice(TOWNS)}、{rng.choice(TOWNS)}"
        f"等地，现场发放宣传资料{rng.randint(200, 900)}份，解答群众咨询{rng.randint(30, 200)}人次。",
    )
    doc.add(
        "para",
        "下一步，县知识产权保护工作领导小组办公室将持续加大宣传和执法力度，营造尊重知识、崇尚创新、诚信守法的良好氛围。",
    )
    doc.add("footer", ["报：沂州市知识产权保护工作领导小组办公室", "送：县知识产权保护工作领导小组各成员单位"])
    return doc


# ----------------------------------------------------------------------------------------------
# news pages (screenshots)

HEADS = [
    "我县启动2023年知识产权宣传周活动",
    "岱阴：多部门联合开展打击侵权假冒专项行动",
    "山东岱阴：地理标志让“小板栗”成为“金果果”",
    "岱阴县查处一起假冒注册商标白酒案",
    "岱阴县举办知识产权行政保护业务培训班",
    "山东岱阴构建知识产权协同保护格局",
    "岱阴：护航“桑园蜜桃”品牌 地理标志保护再加力",
    "岱阴县知识产权纠纷人民调解委员会揭牌成立",
    "岱阴县开展“3·15”消费者权益保护暨打假宣传活动",
    "知识产权进校园 版权意识润童心",
    "岱阴县市场监管局破获一起侵犯商标专用权案",
    "山东岱阴：“两法衔接”织密知识产权保护网",
]
OTHER_HEADS = [
    "全市安全生产大检查工作会议召开",
    "我市新增3家省级专精特新企业",
    "沂州高铁站改扩建工程进展顺利",
    "秋粮收购工作有序开展",
    "全市文明城市创建推进会召开",
    "沂河生态廊道建设提速",
    "我市举办中小企业融资对接会",
    "“沂州礼物”亮相省文旅博览会",
    "全市农村人居环境整治现场会召开",
]


def _body(c: Ctx, rng, head, m, dd):
    t1, t2 = rng.choice(TOWNS), rng.choice(COMPANIES)
    return [
        f"{c.d(Y, m, dd, 'md')}，{head.replace('我县', '岱阴县').split('：')[-1]}。{SJ.replace(CTY, '县')}相关负责人介绍，"
        f"今年以来，全县持续加大知识产权保护力度，累计检查经营主体{rng.randint(200, 900)}户次。",
        f"在{t1}，执法人员向群众讲解识别假冒商品的方法，并发放宣传资料。{t2}负责人表示，企业将进一步增强品牌保护意识。",
        f"据了解，{CTY}现有地理标志商标{rng.randint(4, 9)}件，有效注册商标{rng.randint(3000, 9000)}件。下一步，该县将持续深化部门协作，"
        "推动知识产权保护工作走深走实。",
    ]


def _side(c: Ctx, rng, k, with_dates=True, src=True):
    out = []
    for h in rng.sample(OTHER_HEADS, k):
        m, dd = _date(rng, 1, 11)
        meta = []
        if src:
            meta.append(rng.choice(["大众网", "沂州日报", "齐鲁网", "沂州广播电视台", "人民网"]))
        if with_dates:
            meta.append(c.d(Y, m, dd, "iso"))
        out.append((h, "　".join(meta)))
    return out


def news(f: Facts, rng, v):
    c = f.ctx
    head = HEADS[v]
    f.title = head
    f.doc_type = "新闻报道"
    m, dd = _date(rng, 3, 11)
    pm, pd = _later(m, dd, rng.randint(0, 1))
    ed, rp = names(rng, 2)
    hh = f"{rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}"
    sp = {"headline": [head], "body": _body(c, rng, head, m, dd)}
    if v == 0:
        sp.update(
            layout="web",
            site="岱阴县人民政府",
            site_sub="www.daiyin.gov.cn",
            accent=(20, 80, 160),
            nav=["首页", "政务公开", "政务服务", "互动交流", "走进岱阴"],
            crumb="当前位置：首页 > 政务公开 > 部门动态",
            meta=[
                f"发布时间：{c.d(Y, pm, pd, 'iso')} {hh}　来源：沂州日报　编辑：{ed}　浏览次数：{rng.randint(100, 900)}"
            ],
            side=_side(c, rng, 5),
            side_title="热点新闻",
            foot="主办：岱阴县人民政府办公室　技术支持：岱阴县大数据中心",
        )
        f.media = [{"outlet": "沂州日报", "level": "市级"}]
    elif v == 1:
        sp.update(
            layout="web",
            site="齐鲁网",
            site_sub="山东广播电视台主办",
            accent=(190, 20, 30),
            nav=["首页", "新闻", "视频", "直播", "区县", "闪电新闻"],
            crumb="齐鲁网 > 区县 > 沂州",
            meta=[
                f"{c.d(Y, pm, pd, 'iso')} {hh}:{rng.randint(10, 59)}　来源：闪电新闻　作者：记者 {rp} 通讯员 {ed}",
                f"责任编辑：{names(rng, 1)[0]}",
            ],
            side=_side(c, rng, 6, with_dates=False),
            side_title="推荐阅读",
            foot="山东广播电视台 版权所有",
        )
        f.media = [{"outlet": "齐鲁网", "level": "省级"}, {"outlet": "闪电新闻", "level": "省级"}]
    elif v == 2:
        sp.update(
            layout="web",
            site="人民网",
            site_sub="山东频道",
            accent=(200, 10, 20),
            nav=["首页", "时政", "社会", "经济", "文旅", "区县"],
            crumb="人民网 >> 山东频道 >> 区县",
            meta=[f"{c.d(Y, pm, pd, 'cn0')}{hh}　来源：人民网－山东频道"],
            tail=["本文转载自大众日报", f"(责编：{ed}、{rp})"],
            side=_side(c, rng, 5, src=False),
            side_title="图片新闻",
            foot="人民日报社概况 | 关于人民网 | 网站声明",
        )
        f.media = [{"outlet": "人民网", "level": "中央"}, {"outlet": "大众日报", "level": "省级"}]
    elif v == 3:
        sp.update(
            layout="web",
            site="沂州新闻网",
            site_sub="沂州日报社主办",
            accent=(170, 30, 30),
            nav=["首页", "本地", "县区", "民生", "视频"],
            crumb="首页 > 县区新闻",
            meta=[f"来源：沂州晚报　记者：{rp}　时间：{c.d(Y, pm, pd, 'iso')} {hh}"],
            side=_side(c, rng, 6),
            side_title="县区要闻",
            foot="沂州新闻网 版权所有",
        )
        f.media = [{"outlet": "沂州新闻网", "level": "市级"}, {"outlet": "沂州晚报", "level": "市级"}]
    elif v == 4:
        sp.update(
            layout="epaper",
            site="沂州日报",
            accent=(200, 20, 20),
            edition=[
                f"{c.d(Y, pm, pd)}　星期{'一二三四五六日'[__import__('datetime').date(Y, pm, pd).weekday()]}　第A03版：县域经济"
            ],
            meta=[f"本报记者 {rp}　通讯员 {ed}"],
        )
        f.media = [{"outlet": "沂州日报", "level": "市级"}]
    elif v == 5:
        sp.update(
            layout="epaper",
            site="中国知识产权报",
            accent=(30, 60, 140),
            edition=[f"{c.d(Y, pm, pd)}　第06版：地方"],
            meta=[f"本报通讯员 {ed}"],
        )
        f.media = [{"outlet": "中国知识产权报", "level": "中央"}]
    elif v == 6:
        sp.update(
            layout="mobile",
            site="闪电新闻",
            accent=(215, 30, 35),
            clock=hh,
            meta=[f"闪电新闻记者 {rp} 沂州报道", f"{c.d(Y, pm, pd, 'iso')} {hh}"],
            related=[(h, m_) for h, m_ in _side(c, rng, 3, with_dates=False)],
            related_title="相关新闻",
        )
        f.media = [{"outlet": "闪电新闻", "level": "省级"}]
    elif v == 7:
        sp.update(
            layout="mobile",
            site="沂州手机台",
            accent=(20, 110, 190),
            clock=hh,
            meta=[f"来源：岱阴县融媒体中心　{c.d(Y, pm, pd, 'iso')} {hh}"],
            tail=[f"编辑：{ed}　审核：{rp}"],
            related=_side(c, rng, 3),
            related_title="推荐",
        )
        f.media = [{"outlet": "沂州手机台", "level": "市级"}, {"outlet": "岱阴县融媒体中心", "level": "县级"}]
    elif v == 8:
        sp.update(
            layout="mobile",
            site="今日头条",
            accent=(240, 60, 60),
            clock=hh,
            meta=[("沂州晚报", (30, 30, 30)), f"{c.d(Y, pm, pd, 'iso')} {hh} · 沂州晚报官方头条号"],
            related=_side(c, rng, 3, with_dates=False),
            related_title="相关推荐",
        )
        f.media = [{"outlet": "今日头条", "level": "其他"}, {"outlet": "沂州晚报", "level": "市级"}]
    elif v == 9:
        sp.update(
            layout="wechat",
            site="岱阴融媒",
            clock=hh,
            meta=[("岱阴融媒", (60, 90, 150)), f"{c.d(Y, pm, pd, 'iso')} {hh} 山东"],
            tail=[
                "来源：沂州日报",
                f"编辑：{ed}　审核：{rp}",
                f"阅读 {rng.randint(1000, 9000)}　在看 {rng.randint(5, 80)}",
            ],
        )
        f.media = [{"outlet": "岱阴融媒", "level": "县级"}, {"outlet": "沂州日报", "level": "市级"}]
    elif v == 10:
        sp.update(
            layout="wechat",
            site="沂州市场监管",
            clock=hh,
            meta=[("沂州市场监管", (60, 90, 150)), f"{c.d(Y, pm, pd, 'iso')} {hh} 山东"],
            tail=["来源：中国市场监管报", f"编辑：{ed}", f"阅读 {rng.randint(300, 3000)}"],
        )
        f.media = [{"outlet": "中国市场监管报", "level": "中央"}]
    else:
        sp.update(
            layout="wechat",
            site="大众日报",
            clock=hh,
            meta=[("大众日报", (60, 90, 150)), f"{c.d(Y, pm, pd, 'iso')} {hh} 山东"],
            tail=[f"记者：{rp}　编辑：{ed}", f"阅读 10万+　在看 {rng.randint(100, 900)}"],
        )
        f.media = [{"outlet": "大众日报", "level": "省级"}]
    if v in (2, 5, 6, 9):
        sp["body"].insert(1, ("img", "图为执法人员在检查商品商标标识"))
    return sp


def dn_text(c: Ctx, rng, prefix, i, style="std"):
    return c.dn(prefix, Y, rng.randint(1, 60) + i * 61 % 7, style)
