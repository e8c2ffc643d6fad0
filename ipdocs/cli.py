"""The `ipdocs` command. Messages to users are Chinese; errors are one line unless --debug is given."""

from __future__ import annotations

import contextlib
import json
import logging
import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from ipdocs.base.errors import IpdocsError
from ipdocs.base.moments import parse_moment
from ipdocs.base.numbers import fmt
from ipdocs.rubric import list_rubrics, load_facts, load_rubric, score
from ipdocs.rubric.facts import facts_schema
from ipdocs.rubric.model import PART_NAMES
from ipdocs.rubric.spec import schema_text as rubric_schema_text

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="ipdocs：知识产权保护工作检查考核迎考材料的分工、收集、提取、评分与生成。")
rubric_app = typer.Typer(no_args_is_help=True, help="评分细则（考核指标体系）：列出、查看、校验。")
app.add_typer(rubric_app, name="rubric")
campaign_app = typer.Typer(no_args_is_help=True, help="迎考工作：创建、检查迎考工作配置（campaign.yaml）。")
app.add_typer(campaign_app, name="campaign")

out = Console(soft_wrap=True)
err = Console(stderr=True)
_state = {"debug": False}


@app.callback()
def _options(debug: bool = typer.Option(False, "--debug", help="出错时显示完整的调试信息。"),
             rubrics: str = typer.Option(None, "--rubrics",
                                         help="本单位自己的评分细则文件夹：按编号查找细则时先查这里，再查内置细则")):
    import os

    from ipdocs.base.resources import RUBRICS_ENV

    _state["debug"] = debug
    if rubrics:  # through the environment, so Prefect flows and worker processes see it too
        os.environ[RUBRICS_ENV] = str(Path(rubrics).resolve())


def _print_json(data) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


@rubric_app.command("list")
def rubric_list():
    """列出项目自带的评分细则。"""
    table = Table("编号", "名称", "年度", "基础", "加分", "扣分", title="评分细则")
    table.columns[1].overflow = "fold"
    for r in list_rubrics():
        totals = [fmt(r.part_points(p)) for p in PART_NAMES] if r.scored else ["不计分"] * 3
        table.add_row(r.id, r.title, str(r.year or "—"), *totals)
    out.print(table)


@rubric_app.command("show")
def rubric_show(rubric: str = typer.Argument(..., help="评分细则编号（如 wujiang-2023）或 YAML 文件路径"),
                as_json: bool = typer.Option(False, "--json", help="以 JSON 输出（DESIGN §4 约定的格式）")):
    """查看一个评分细则：指标、准则、分值和事实应填写的形式。"""
    r = load_rubric(rubric)
    if as_json:
        _print_json(r.to_json())
        return
    out.print(f"[bold]{r.title}[/bold]（{r.id}，{r.issuer}，{r.year}年）")
    if r.scored:
        totals = "，".join(p.label for p in r.parts)
        cap = f"；总分上限{fmt(r.total_cap)}分" if r.total_cap else ""
        out.print(f"分值：{totals}{cap}")
    for g in r.grades:
        out.print(f"等次：{g.name} ≥ {fmt(g.min)}分")
    for v in r.vetoes:
        out.print(f"否决：{v.criterion} {v.text}")
    table = Table("编号", "内容", "类型", "最高", "事实形式", show_lines=True)
    for column in table.columns:
        column.overflow = "fold"
    for ind in r.indicators:
        table.add_row(f"[bold]{ind.id}[/bold]", f"[bold]{ind.title}[/bold]（{PART_NAMES[ind.part]}）",
                      "", ind.max_text, "")
        for c in ind.criteria:
            table.add_row(c.id, c.text, c.kind, c.max_text, c.rule.fact_hint.strip())
    out.print(table)


@rubric_app.command("check")
def rubric_check(file: str = typer.Argument(..., help="要校验的评分细则 YAML 文件")):
    """校验评分细则文件：格式、编号、各级分值是否合计一致；列出可能的错误（警告）和起草时留下的 # TODO。"""
    from ipdocs.rubric.check import read_todos, warnings
    from ipdocs.rubric.load import rubric_path

    todos = read_todos(rubric_path(file))
    for t in todos:  # printed first: they often explain the errors below
        out.print(f"待核对：{file} 第{t.line}行" + (f"（{t.near}）" if t.near else "") + f"：{t.text}",
                  markup=False)
    r = load_rubric(file)
    for warning in warnings(r):
        out.print(f"警告：{file}：{warning}", markup=False)
    count = len(r.criteria)
    totals = "，".join(p.label for p in r.parts) if r.scored else "不计分清单"
    out.print(f"[green]校验通过[/green]：{file}（{r.id}，{len(r.indicators)}项指标、{count}条准则；{totals}）")
    if todos:
        out.print(f"另有{len(todos)}处 # TODO 待核对")


@rubric_app.command("schema")
def rubric_schema(facts: str = typer.Option("", "--facts", metavar="RUBRIC",
                                             help="改为输出该评分细则的事实文件 JSON Schema（细则编号或路径）")):
    """输出评分细则文件的 JSON Schema（由细则格式的声明生成），供编辑器补全、说明和校验。"""
    if facts:
        _print_json(facts_schema(load_rubric(facts)))
        return
    sys.stdout.write(rubric_schema_text())


@rubric_app.command("draft")
def rubric_draft(scheme: str = typer.Argument(..., help="考核方案文件（.docx、.xlsx、带文字层的 .pdf 或 .txt）"),
                 target: str = typer.Option(..., "-o", "--output", help="起草的评分细则 YAML 文件"),
                 force: bool = typer.Option(False, "--force", help="覆盖已有的输出文件")):
    """从考核方案的评分表起草评分细则：逐项照录指标、分值和评分条款，推断计分规则，推测之处注明 # TODO。"""
    from ipdocs.rubric.draft import draft_rubric
    from ipdocs.rubric.draft.write import to_yaml

    output = Path(target)
    if output.exists() and not force:  # a draft someone has started checking must not be lost
        raise IpdocsError(f"{output} 已存在（可能已有人工修改）：请换一个输出文件名，或加 --force 覆盖")
    draft = draft_rubric(scheme)
    text = to_yaml(draft)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(text, encoding="utf-8")
    criteria = sum(len(i.criteria) for i in draft.indicators)
    todos = text.count("# TODO:")
    out.print(f"已起草：{output}（{len(draft.indicators)}项指标、{criteria}条准则，{todos}处 # TODO 待核对）；"
              f"请逐条核对后运行 ipdocs rubric check {output}", markup=False)


@app.command("score")
def score_command(rubric: str = typer.Argument(..., help="评分细则编号或 YAML 文件路径"),
                  facts: str = typer.Argument(..., help="事实文件（YAML：准则编号: 值）"),
                  as_json: bool = typer.Option(False, "--json", help="以 JSON 输出（DESIGN §4 约定的格式）")):
    """按评分细则对事实文件评分，给出得分、等次和扣分原因。"""
    r = load_rubric(rubric)
    sheet = score(r, load_facts(facts, r))
    if as_json:
        _print_json(sheet.to_json())
        return
    from ipdocs.output import terminal
    from ipdocs.render.score_xlsx import INDICATOR_SCORES, indicator_scores

    out.print(terminal.render(INDICATOR_SCORES, indicator_scores(r, sheet), title=f"{r.title} 评分表"))
    if sheet.completeness is not None:
        c = sheet.completeness
        out.print(f"完成情况：{c['done']}/{c['total']} 项要点已完成")
        return
    out.print(f"总分 [bold]{fmt(sheet.total)}[/bold] 分：基础指标 {fmt(sheet.base)} 分，加分 {fmt(sheet.bonus)} 分，"
              f"扣分 {fmt(-sheet.deduction)} 分" + (f"；等次：{sheet.grade}" if sheet.grade else ""))
    for note in sheet.notes:
        out.print(f"说明：{note}")
    if sheet.composite:
        c = sheet.composite
        if c["total"] is None:
            out.print(f"综合得分：缺少 {'、'.join(c['missing'])} 的得分，暂不计算")
        else:
            out.print(f"综合得分：{c['total']} 分（" + "，".join(
                f"{n}{c['parts'][n]}分×{c['weights'][n]}" for n in c["weights"]) + "）")


@campaign_app.command("init")
def campaign_init(folder: str = typer.Argument(..., help="要创建的迎考工作文件夹"),
                  rubric: str = typer.Option(..., "--rubric", help="评分细则编号或 YAML 文件路径"),
                  year: int = typer.Option(None, "--year", help="考核年度（评分细则未写明年度时必填）")):
    """根据评分细则创建迎考工作文件夹和初始 campaign.yaml。"""
    from ipdocs.campaign import init_campaign

    path = init_campaign(load_rubric(rubric), folder, year)
    out.print(f"已创建 {path}：请填写单位联系人、被考核地区和发文设置，然后运行 ipdocs campaign check {folder}")


@campaign_app.command("check")
def campaign_check(folder: str = typer.Argument(..., help="迎考工作文件夹（含 campaign.yaml）")):
    """检查迎考工作配置：分工、单位、时间节点、统计时间。"""
    from ipdocs.campaign import load_campaign
    from ipdocs.campaign.init import TO_FILL

    c = load_campaign(folder)
    out.print(f"[green]检查通过[/green]：{c.title}（{len(c.units)}个单位，{len(c.rubric.criteria)}条准则均有牵头单位，"
              f"{len(c.deadlines)}个时间节点）")
    for u in c.units:
        for contact in u.contacts:
            if TO_FILL in contact.name:
                out.print(f"[yellow]提示[/yellow]：{u.name} 的{contact.role}尚未填写")
    if TO_FILL in c.assessee or TO_FILL in c.document.number_prefix:
        out.print("[yellow]提示[/yellow]：被考核地区或发文字号尚未填写")


@campaign_app.command("schema")
def campaign_schema():
    """输出 campaign.yaml 的 JSON Schema，供编辑器补全、说明和校验使用。"""
    from ipdocs.campaign.load import campaign_schema_text

    sys.stdout.write(campaign_schema_text())


@app.command("distribute")
def distribute_command(folder: str = typer.Argument(..., help="迎考工作文件夹（含 campaign.yaml）")):
    """生成各单位任务包（任务通知、自评材料填报模板、佐证材料登记表）和分工表、联系人统计表、迎考日程。"""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from ipdocs.campaign import load_campaign
    from ipdocs.distribute import distribute, distribution_folder, units_with_tasks

    campaign = load_campaign(folder)
    units = units_with_tasks(campaign)
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), console=err,
                  transient=True) as bar:
        job = bar.add_task("生成任务包", total=len(units))
        files = distribute(campaign, progress=lambda unit: bar.update(job, advance=1, description=f"已生成 {unit}"))
    where = distribution_folder(campaign)
    out.print(f"[green]已生成[/green] {len(units)} 个单位的任务包，共 {len(files)} 个文件：{where}")
    idle = [u.name for u in campaign.units if u.name not in units]
    if idle:
        out.print(f"[yellow]提示[/yellow]：以下单位没有分配任务，未生成任务包：{'、'.join(idle)}")


AT_HELP = "按此时间计算（如 2023-12-06 09:00，默认取 campaign.yaml 的 as_of，否则为当前时间）"


def _report_status(campaign, moment) -> None:
    """Status at `moment`: shown in the terminal, written as HTML and XLSX."""
    from ipdocs.intake.report import UNITS, terminal_tables, write_status_html, write_status_xlsx
    from ipdocs.intake.status import campaign_status
    from ipdocs.output import terminal

    status = campaign_status(campaign, moment)
    for table, items in terminal_tables(status):
        title = f"报送情况（{status.at:%Y-%m-%d %H:%M}）" if table is UNITS else None
        out.print(terminal.render(table, items, title))
    out.print(f"问题 {len(status.findings)} 条，隔离文件 {len(status.quarantined)} 个。")
    out.print(f"报送情况：{write_status_html(status)}、{write_status_xlsx(status)}")


@app.command("collect")
def collect_command(folder: str = typer.Argument(..., help="迎考工作文件夹（含 campaign.yaml 和 inbox/）"),
                    at: str = typer.Option(None, "--at", help=AT_HELP)):
    """收取 inbox/ 中各单位新报送的文件：解压、识别、检查、转换、入库、登记，并生成报送情况。"""
    from ipdocs.campaign import load_campaign
    from ipdocs.intake.collect import collect

    campaign = load_campaign(folder)
    moment = campaign.moment(parse_moment(at, campaign.timezone))
    from ipdocs.campaign.lock import campaign_lock

    with campaign_lock(campaign.folder, "收取"), err.status("正在收取文件…") as spinner:
        result = collect(campaign, moment, progress=lambda name: spinner.update(f"正在收取：{name}"))
    out.print(f"[green]收取完成[/green]：{result.summary}")
    for unit, path, reason in result.quarantined:
        out.print(f"[yellow]已隔离[/yellow]：{unit}/{path}：{reason}")
    _report_status(campaign, moment)


@app.command("status")
def status_command(folder: str = typer.Argument(..., help="迎考工作文件夹"),
                   at: str = typer.Option(None, "--at", help=AT_HELP)):
    """查看各单位报送情况（不收取新文件）。"""
    from ipdocs.campaign import load_campaign

    campaign = load_campaign(folder)
    _report_status(campaign, campaign.moment(parse_moment(at, campaign.timezone)))


@app.command("remind")
def remind_command(folder: str = typer.Argument(..., help="迎考工作文件夹"),
                   at: str = typer.Option(None, "--at", help=AT_HELP)):
    """为缺材料的单位生成催报提醒（Word 文件和可粘贴到即时通讯工具的文字）。"""
    from ipdocs.campaign import load_campaign
    from ipdocs.intake.remind import write_reminders
    from ipdocs.intake.status import campaign_status

    campaign = load_campaign(folder)
    moment = campaign.moment(parse_moment(at, campaign.timezone))
    files = write_reminders(campaign_status(campaign, moment), moment)
    out.print(f"已生成 {len(files) // 2} 份催报提醒：{files[0].parent if files else '（各单位材料齐全，无需催报）'}")


@app.command("facts")
def facts_command(file: str = typer.Argument(None, help="一个 PDF、Word、Excel 或图片文件"),
                  as_json: bool = typer.Option(False, "--json", help="以 JSON 输出（DESIGN §4 约定的格式）"),
                  schema: bool = typer.Option(False, "--schema", help="输出 --json 结果的 JSON Schema（不读文件）")):
    """从单个文件中提取文号、日期、标题、发文机关、媒体、表格、会议、签到人数等事实。"""
    if schema:
        from ipdocs.extract.output import facts_output_schema_text

        sys.stdout.write(facts_output_schema_text())
        return
    if not file:
        raise IpdocsError("请给出要提取的文件（或用 --schema 输出结果格式）")
    from ipdocs.extract import file_facts

    found = file_facts(file)
    if as_json:
        _print_json(found)
        return
    out.print(f"[bold]{found['title'] or found['file']}[/bold]（{found['doc_type'] or '文种不明'}，{found['pages']}页"
              + (f"，第{'、'.join(map(str, found['ocr_pages']))}页为OCR识别" if found["ocr_pages"] else "") + "）")
    out.print(f"发文机关：{found['organ'] or '—'}")
    out.print(f"文号：{'、'.join(d['text'] for d in found['doc_numbers']) or '—'}")
    out.print(f"日期：{'、'.join(d['iso'] for d in found['dates']) or '—'}")
    out.print(f"媒体：{'、'.join(m['outlet'] + '（' + m['level'] + '）' for m in found['media']) or '—'}")
    for t in found["tables"]:
        out.print(f"表格（第{'、'.join(map(str, t['pages']))}页）：{len(t['rows'])}行，表头 {'、'.join(t['header'])}")
    for m in found["meetings"]:
        out.print(f"会议：{m['date'] or '日期不详'} {m['title'] or ''}，主持人 {m['chair'] or '—'}；"
                  f"议题：{'；'.join(m['topics']) or '—'}")
    if found["attendance"]:
        out.print(f"签到人数：{found['attendance']['count']}")


@app.command("extract")
def extract_command(folder: str = typer.Argument(..., help="迎考工作文件夹")):
    """提取所有已收佐证材料中的事实（文号、日期、媒体、案件表等）；已提取过的文件不再重复提取。
    在本进程中逐个提取；多进程或在 Dask 集群上提取请用 ipdocs run。"""
    from ipdocs.campaign import load_campaign
    from ipdocs.extract.campaign import cache_folder, extract_campaign

    campaign = load_campaign(folder)
    with err.status("正在提取…") as spinner:
        result = extract_campaign(campaign, progress=lambda n: spinner.update(f"已提取：{n}"))
    failed = [f for f in result.facts.values() if "error" in f]
    out.print(f"[green]提取完成[/green]：新提取{result.new}个文件，已提取过{result.cached}个；结果：{cache_folder(campaign)}")
    for f in failed:
        out.print(f"[yellow]未能提取[/yellow]：{f['file']}：{f['error']}")


@app.command("reconcile")
def reconcile_command(folder: str = typer.Argument(..., help="迎考工作文件夹"),
                      as_json: bool = typer.Option(False, "--json", help="以 JSON 输出")):
    """核对各单位申报与佐证材料：申报得分、有材料支撑的得分、差距及补充建议。"""
    from ipdocs.campaign import load_campaign
    from ipdocs.reconcile import points_at_stake, reconcile, write_reconciliation

    campaign = load_campaign(folder)
    r = reconcile(campaign)
    rows = points_at_stake(r, campaign)
    written = write_reconciliation(campaign, r)
    if as_json:
        _print_json({"claimed": r.claimed_sheet.to_json(), "evidenced": r.evidenced_sheet.to_json(),
                     "facts": r.evidenced, "findings": [t for _, t in r.findings], "hints": r.hints,
                     "unverified": r.unverified})
        return
    table = Table("指标", "名称", "申报得分", "有材料支撑", "差距", "补充建议与问题", title="得分核对", show_lines=True)
    for column in table.columns:
        column.overflow = "fold"
    for row in rows:
        if row["gap"] or row["hints"] or row["findings"]:
            table.add_row(row["indicator"], row["title"], fmt(row["claimed"]), fmt(row["evidenced"]),
                          fmt(row["gap"]), "；".join(row["hints"] + row["findings"]))
    out.print(table)
    out.print(f"申报总分 {fmt(r.claimed_sheet.total)} 分，有材料支撑 {fmt(r.evidenced_sheet.total)} 分；"
              f"无法从文件核实、按申报计的考核要点：{'、'.join(r.unverified) or '无'}")
    out.print(f"核对结果：{'、'.join(str(p) for p in written)}")


@app.command("run")
def run_command(folder: str = typer.Argument(..., help="迎考工作文件夹"),
                at: str = typer.Option(None, "--at", help=AT_HELP),
                dask: str = typer.Option(None, "--dask", help="Dask 调度器地址（如 tcp://10.0.0.5:8786），在该集群上提取"),
                unit: str = typer.Option(None, "--unit", help="只重新收取这个单位的文件（rerun）"),
                stage: str = typer.Option("collect", "--stage", help="从哪一步开始：collect、extract 或 render")):
    """运行完整流程一次（Prefect）：收取、提取与核对、生成报告、整理材料，并列出输出位置。"""
    import os

    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    from ipdocs.campaign import load_campaign

    campaign = load_campaign(folder)  # a bad campaign.yaml or facts.yaml is reported before Prefect starts
    if (campaign.folder / "facts.yaml").is_file():
        load_facts(campaign.folder / "facts.yaml", campaign.rubric)
    parse_moment(at, campaign.timezone)
    from flows.params import check_stage, check_unit

    check_unit(campaign, unit)  # the same messages the flow gives a run started from the Prefect UI
    check_stage(stage)
    from flows.server import mark_crashed, server_for_run
    from ipdocs.campaign.lock import Terminated, campaign_lock, stop_on_sigterm
    from ipdocs.output.progress import shown

    # one run per campaign (a second waits, then stops); SIGTERM unwinds it like Ctrl+C
    with stop_on_sigterm(), campaign_lock(campaign.folder, "完整流程") as held:
        if held.stale:
            err.print(f"[yellow]提示[/yellow]：上次运行（PID {held.stale.pid}，开始于 {held.stale.started_text}）"
                      "未正常结束，已清除它留下的锁", highlight=False)
        from ipdocs.extract.campaign import started_ahead

        # extraction's workers start now, beside the command's own start (imports, server), for the pipeline
        with started_ahead(campaign, stage == "collect" and not unit and not dask), \
                server_for_run(lambda line: err.print(line, highlight=False)):
            if held.stale and mark_crashed(held.stale):  # other orphans: the flow's lock (flows.server.run_lock)
                err.print("已将上次未正常结束的运行在 Prefect 中标记为崩溃（Crashed）")
            from flows.pipeline import campaign_pipeline
            from flows.server import heartbeats_without_wait
            from ipdocs.campaign.load import in_use

            heartbeats_without_wait()

            err.print("[bold]启动流程[/bold]…")
            # our error is printed once, as one line, by main(); the flow uses the campaign read above
            with _prefect_quiet_about_our_errors(), shown(err), in_use(campaign):
                try:
                    result = campaign_pipeline(str(Path(folder).resolve()), at, dask_address=dask, unit=unit,
                                               stage=stage)
                except Exception as exc:
                    if (signum := _termination(exc)) is not None:  # SIGTERM that a library wrapped in its own error
                        raise Terminated(signum) from exc
                    ours = _ours(exc)
                    if ours is None or ours is exc:
                        raise
                    raise ours from exc  # Prefect wrapped it: the coordinator's one line, not the wrapper's
    out.print(f"[green]完成[/green]：{result['collected']}；申报 {result['claimed']} 分，"
              f"有材料支撑 {result['evidenced']} 分")
    for problem in result["bundle_problems"]:
        out.print(f"[red]目录清单与材料不一致[/red]：{problem}")
    for line in result.get("bundle_refused", []):
        out.print(f"[red]未完成[/red]：{line}", highlight=False)
    if result.get("bundle_refused"):
        out.print(f"[red]未生成报送包[/red]：尚有{len(result['bundle_refused'])}项未完成；补齐后重新运行，"
                  "或用 ipdocs bundle --force 强制生成", highlight=False)
    for name, path in result["outputs"].items():
        out.print(f"  {name}：{path}")
    _state["exit_now"] = True  # main() ends the process at once (flows.server.exit_now)


def _chain(exc: BaseException | None):
    """`exc` and every error behind it: causes, contexts and the members of exception groups, each once."""
    todo, seen = [exc], set()
    while todo:
        exc = todo.pop(0)
        if exc is None or id(exc) in seen:
            continue
        seen.add(id(exc))
        yield exc
        todo += [exc.__cause__, exc.__context__, *getattr(exc, "exceptions", ())]


def _ours(exc: BaseException | None) -> IpdocsError | None:
    """The IpdocsError that is or caused `exc` (Prefect may wrap what a task raised), or None."""
    return next((e for e in _chain(exc) if isinstance(e, IpdocsError)), None)


def _termination(exc: BaseException) -> int | None:
    """The signal number, when `exc` is or wraps a termination signal (ours, or Prefect's TerminationSignal that
    its engine raises on SIGTERM and a library may wrap: an exception group, a `raise … from`); else None."""
    import signal

    from prefect.exceptions import TerminationSignal

    from ipdocs.campaign.lock import Terminated

    for e in _chain(exc):
        if isinstance(e, Terminated):
            return e.signum
        if isinstance(e, TerminationSignal):
            return int(getattr(e, "signal", 0) or signal.SIGTERM)
    return None


class _DropOurErrors(logging.Filter):
    """Prefect's console records of an IpdocsError (its tracebacks, "Finished in state Failed(...IpdocsError...)")
    are dropped: main() prints the one line. The records still reach the Prefect server."""

    def __init__(self):
        super().__init__()
        names, todo = set(), [IpdocsError]
        while todo:
            cls = todo.pop()
            names.add(cls.__name__)
            todo.extend(cls.__subclasses__())
        self.names = tuple(f"{n}{sep}" for n in names for sep in ("(", ":"))

    def filter(self, record) -> bool:
        if record.exc_info and _ours(record.exc_info[1]) is not None:
            return False
        about_failure = record.levelno >= logging.WARNING or "Failed" in str(record.msg)
        return not (about_failure and any(n in record.getMessage() for n in self.names))


@contextlib.contextmanager
def _prefect_quiet_about_our_errors():
    """While the flow runs (Prefect's logging is set up by then), without --debug."""
    handlers = [] if _state["debug"] else list(logging.getLogger().handlers)
    quiet = _DropOurErrors()
    for h in handlers:
        h.addFilter(quiet)
    try:
        yield
    finally:
        for h in handlers:
            h.removeFilter(quiet)


def _remind_days(text: str) -> tuple[int, ...]:
    try:
        days = tuple(int(x) for x in text.replace("，", ",").split(",") if x.strip())
    except ValueError as exc:
        raise IpdocsError(f"--remind-days：应为逗号分隔的天数（如 3,1），实为 {text!r}") from exc
    if not days or any(d <= 0 for d in days):
        raise IpdocsError(f"--remind-days：天数应为正整数（如 3,1），实为 {text!r}")
    return days


@app.command("rerun")
def rerun_command(folder: str = typer.Argument(..., help="迎考工作文件夹"),
                  unit: str = typer.Option(None, "--unit", help="只重新收取这个单位的文件"),
                  stage: str = typer.Option("collect", "--stage", help="从哪一步开始：collect、extract 或 render"),
                  at: str = typer.Option(None, "--at", help=AT_HELP)):
    """迟交或更正材料后重新运行：只处理变化的文件，重新生成报告和材料包。"""
    run_command(folder, at, None, unit, stage)


def _print_plan(campaign, days: tuple[int, ...]) -> None:
    """The campaign's automatic runs, named as Prefect shows them, in its time zone; says so when none is left."""
    import datetime as dt
    from zoneinfo import ZoneInfo

    from ipdocs.campaign.schedule import plan

    p = plan(campaign, days)
    out.print(f"[bold]{campaign.title}[/bold] 的定时任务（{p.timezone}）：", highlight=False)
    for r in sorted(p.reminders + p.pipelines, key=lambda r: r.at):
        what = "催报" if r.purpose == "remind" else "完整流程"
        out.print(f"  {r.at:%Y-%m-%d %H:%M} {what}：{r.title}", highlight=False)
    out.print(f"  {p.daily_label}", highlight=False)
    if note := p.nothing_ahead(dt.datetime.now(ZoneInfo(p.timezone))):
        out.print(f"[yellow]提示[/yellow]：{note}", highlight=False)


@app.command("schedule")
def schedule_command(folder: str = typer.Argument(..., help="迎考工作文件夹"),
                     remind_days: str = typer.Option("3,1", "--remind-days", help="截止前几天催报，逗号分隔"),
                     port: int = typer.Option(None, "--port", help="本机 Prefect 服务端口（默认：PREFECT_API_URL、"
                                              "上次 ipdocs serve 的端口或 4200 中正在运行的服务）")):
    """按截止时间在本机 Prefect 服务中创建定时任务：截止前催报、截止时运行完整流程、报送期间每日更新报送情况。"""
    import os

    from flows.server import api_url, healthy, running_server, server_env
    from ipdocs.campaign import load_campaign

    campaign = load_campaign(folder)
    days = _remind_days(remind_days)
    found = (api_url(port), f"端口 {port}") if port else running_server()
    if not found or not healthy(found[0]):
        where = api_url(port) if port else "PREFECT_API_URL、上次 ipdocs serve 的端口和 4200 端口"
        raise IpdocsError(f"连接不到 Prefect 服务（{where}）：请先运行 ipdocs serve {folder}"
                          "（它会创建并运行这些定时任务）")
    os.environ.update(server_env(found[0]))
    from flows.schedules import apply_deployments

    names = apply_deployments(str(Path(folder).resolve()), days)
    out.print(f"[green]已在 {found[0]} 创建定时任务[/green]：{'、'.join(names)}", highlight=False)
    _print_plan(campaign, days)


@app.command("serve")
def serve_command(folders: list[str] = typer.Argument(..., help="迎考工作文件夹（可多个）"),  # noqa: B008
                  remind_days: str = typer.Option("3,1", "--remind-days", help="截止前几天催报，逗号分隔"),
                  port: int = typer.Option(4200, "--port", help="本机 Prefect 服务端口")):
    """启动（或连接）本机 Prefect 服务并运行各迎考工作的定时任务；界面见 http://127.0.0.1:端口 ，按 Ctrl+C 停止。
    之后 ipdocs run/rerun 会使用这个服务，不再每次启动临时服务。"""
    from flows.server import serve
    from ipdocs.campaign import load_campaign

    days = _remind_days(remind_days)
    for folder in folders:
        _print_plan(load_campaign(folder), days)
    err.print(f"Prefect 界面：http://127.0.0.1:{port}（按 Ctrl+C 停止：先停止定时任务，再停止服务）")
    serve(folders, port, days, announce=lambda line: err.print(line, highlight=False))


@app.command("render")
def render_command(folder: str = typer.Argument(..., help="迎考工作文件夹"),
                   pdf: bool = typer.Option(True, "--pdf/--no-pdf", help="同时用 LibreOffice 生成 PDF")):
    """生成报送考核单位的自评报告、佐证材料目录清单、考核评分表（DOCX、PDF、XLSX）。"""
    from ipdocs.campaign import load_campaign
    from ipdocs.render import render, submit_folder

    campaign = load_campaign(folder)
    from ipdocs.campaign.lock import campaign_lock

    with campaign_lock(campaign.folder, "生成报告"), err.status("正在生成自评报告、目录清单和评分表…"):
        files = render(campaign, pdf=pdf, notices=(notices := []))
    out.print(f"[green]已生成[/green] {len(files)} 个文件：{submit_folder(campaign)}\n"
              + "\n".join(f"  {f.name}" for f in files), highlight=False)
    for line in notices:  # edits read back, kept, or offered beside the new render
        err.print(f"[yellow]注意[/yellow]：{line}", highlight=False, soft_wrap=True)


@app.command("diff")
def diff_command(folder: str = typer.Argument(..., help="迎考工作文件夹"),
                 old: int = typer.Option(None, "--from", help="较早的一次生成（out/history/ 下的序号，默认前一次）"),
                 new: int = typer.Option(None, "--to", help="较晚的一次生成（默认最近一次）"),
                 only: str = typer.Option(None, "--only", help="只看一类：text 叙述、scores 得分或 evidence 佐证材料")):
    """比较两次生成的自评报告、评分表和目录清单：各项叙述、得分、佐证材料的变化。"""
    from ipdocs.campaign import load_campaign
    from ipdocs.render.diff import WHAT, diff_lines, pick

    if only is not None and only not in WHAT:
        raise IpdocsError(f"--only：应为 text、scores 或 evidence，实为 {only!r}")
    first, second = pick(load_campaign(folder), old, new)
    for line in diff_lines(first, second, (only,) if only else WHAT):
        out.print(line, highlight=False, markup=False, soft_wrap=True)


@app.command("bundle")
def bundle_command(folder: str = typer.Argument(..., help="迎考工作文件夹"),
                   check: bool = typer.Option(False, "--check", help="只检查目录清单与材料文件夹是否一致"),
                   force: bool = typer.Option(False, "--force", help="尚有【待补充】、无佐证材料或无工作情况的事项时"
                                              "仍强制生成（记入 out/bundle/强制生成记录.txt）")):
    """整理刻录 U 盘的材料文件夹（按目录清单编号命名，涉密材料单独存放）和压缩包。自评报告中仍有【待补充】、
    申报得分没有佐证材料或没有工作情况时不生成，逐项列出；--force 强制生成并记录。"""
    from ipdocs.campaign import load_campaign
    from ipdocs.render.bundle import FORCED, BundleRefused, bundle, bundle_folder, check_bundle

    campaign = load_campaign(folder)
    if not check:
        from ipdocs.campaign.lock import campaign_lock

        try:
            with campaign_lock(campaign.folder, "整理材料"):
                made = bundle(campaign, force=force)
        except BundleRefused as refused:
            for line in refused.problems:
                err.print(f"[red]未完成[/red]：{line}", highlight=False)
            err.print(f"[red]{refused}[/red]", highlight=False)
            raise typer.Exit(1) from None
        for line in made.forced:
            err.print(f"[yellow]强制生成，未完成[/yellow]：{line}", highlight=False)
        if made.forced:
            record = bundle_folder(campaign) / FORCED
            err.print(f"[yellow]已强制生成报送包[/yellow]：{len(made.forced)}项未完成，记入 {record}", highlight=False)
        out.print(f"[green]已整理[/green] {len(made.files)} 份佐证材料：{made.root}")
        out.print(f"压缩包：{made.archive}" + (f"；涉密材料另存于：{made.secret}" if made.secret.exists() else ""))
    problems = check_bundle(campaign)
    for p in problems:
        err.print(f"[red]不一致[/red]：{p}", highlight=False)
    if problems:
        raise typer.Exit(1)
    out.print("[green]检查通过[/green]：目录清单、材料文件夹、清单哈希和压缩包一致")


@app.command("lint-docx")
def lint_command(files: list[str] = typer.Argument(..., help="要检查的 DOCX 文件"),  # noqa: B008 - typer's idiom
                 report: str = typer.Option(None, "--report", help="自评报告：检查目录清单的标题是否与之一致")):
    """按 GB/T 9704-2012 可检查的规则检查 Word 文档（版面、字体字号、红头、页码、标题回行、两端对齐、合计行与上文同页、
    重复单元格合并）及元素顺序（ECMA-376）。排版后的页面用 lint-pdf 检查。"""
    from ipdocs.word.lint import lint_docx

    failed = False
    for name in files:
        problems = lint_docx(name, report)
        if problems:
            failed = True
            for p in problems:
                err.print(f"[red]不符合[/red]：{name}：{p}", highlight=False, soft_wrap=True)
        else:
            out.print(f"[green]符合[/green]：{name}")
    if failed:
        raise typer.Exit(1)


@app.command("lint-pdf")
def lint_pdf_command(files: list[str] = typer.Argument(..., help="要检查的 PDF 文件（由 Word 文档转换而来）")):  # noqa: B008
    """检查排版后的页面：标题在词中断行或各行长短悬殊、只有标题和页码的页、以合计行开头或只有合计行的页。"""
    from ipdocs.word.pdf_lint import lint_pdf

    failed = False
    for name in files:
        problems = lint_pdf(name)
        failed = failed or bool(problems)
        for p in problems:
            err.print(f"[red]不符合[/red]：{name}：{p}", highlight=False, soft_wrap=True)
        if not problems:
            out.print(f"[green]符合[/green]：{name}")
    if failed:
        raise typer.Exit(1)


def main() -> None:
    """Entry point: usage errors are typer's (exit 2); ours are one Chinese line each (exit 1)."""
    from ipdocs.campaign.lock import Terminated

    _state["exit_now"] = False
    try:
        app()
    except SystemExit as exc:
        if _state.get("exit_now") and exc.code in (0, None):  # `run` finished: skip the interpreter's teardown
            from flows.server import exit_now

            exit_now(0)
        raise
    except Terminated as exc:  # SIGTERM: everything the run started is stopped, its lock released
        err.print("已收到终止信号，运行已停止（已开始的流程在 Prefect 中记为崩溃，下次运行会接着处理未完成的文件）",
                  highlight=False, soft_wrap=True)
        from flows.server import exit_now

        exit_now(128 + exc.signum)
    except IpdocsError as exc:
        if _state["debug"]:
            raise
        for line in str(exc).splitlines():
            err.print(f"[red]错误[/red]：{line}", highlight=False, soft_wrap=True)
        sys.exit(1)
    except Exception as exc:
        if _state["debug"]:
            raise
        err.print(f"[red]内部错误[/red]：{type(exc).__name__}: {exc}（加 --debug 查看详情）", highlight=False)
        sys.exit(2)


if __name__ == "__main__":
    main()
