#!/usr/bin/env python3
"""Writes src/CasualtyDashboard.Jobs/Demo/demo-articles.jsonl: short Arabic articles written for this project
(no outlet's text is copied). The ministry's figures are the reported values of Tech for Palestine's public-domain
daily series (../shared/reference/tfp/; never its imputed ext_* values), so the demo charts look like the real ones.
Run from the repo root:
    python3 tools/make-demo-data.py ../shared/reference/tfp

The demo is there to show what the product is for, so its sources disagree the way real ones do:
- several outlets quote one ministry: its own bulletin (an own publication, preferred over quotes), a wire agency
  quoting it the next day, a paper quoting it the same day;
- a transcription slip (the paper transposes two digits of the killed toll on 2024-03-08);
- a stale citation (the paper repeats the ministry's value of 2024-06-13 on 2024-06-14);
- an earlier update of the day (the paper's midday figure of the first bulletin's day, a quarter below it);
- an upward revision (the ministry's bulletins of June-July 2026, ending with the 96 deaths its committee approved);
- a second authority with a different toll (the Government Media Office; its figures here are INVENTED, about 3%
  above the ministry's, to show a cross-source conflict; they are not the office's real statements);
- incidents inside the running total (single strikes, kept apart from the cumulative series).
"""
import datetime as dt
import json
import sys

WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
OWN = "وزارة الصحة في غزة (عرض)"       # the ministry's own channel: its statements win over quotes
WIRE = "وكالة الأنباء التجريبية"
PAPER = "صحيفة الساحل التجريبية"
GMO = "المكتب الإعلامي الحكومي (عرض)"
CEDAR = "صحيفة الأرز التجريبية"


def day(d):
    return WEEKDAYS[d.weekday()]


def breakdown(r):
    c, w = r.get("killed_children_cum"), r.get("killed_women_cum")
    return f"بينهم {c} طفلا و{w} امرأة، " if c and w else ""


def moh_bulletin(r, d, since="منذ السابع من أكتوبر", note=""):
    return (f"أعلنت وزارة الصحة في غزة، اليوم {day(d)}، ارتفاع حصيلة الشهداء {since} إلى {r['killed_cum']} شهيدا، "
            f"{breakdown(r)}فيما بلغ عدد المصابين {r['injured_cum']} مصابا.\n"
            + (note + "\n" if note else "")
            + "وأضافت الوزارة في بيانها أن طواقم الإسعاف تواجه صعوبة في الوصول إلى المناطق المستهدفة.")


def wire_next_day(r, d):
    return (f"قالت وزارة الصحة في قطاع غزة أمس {day(d)} إن عدد القتلى منذ بدء الحرب ارتفع إلى {r['killed_cum']} قتيلا، "
            f"إضافة إلى {r['injured_cum']} جريحا.\n"
            "ويعاني القطاع من نقص حاد في الوقود والأدوية، بحسب مسؤولين محليين.")


def paper_same_day(killed, injured, d, when="اليوم"):
    return (f"ذكرت وزارة الصحة في غزة {when} {day(d)} أن حصيلة القتلى منذ بدء الحرب بلغت {killed} قتيلا و{injured} جريحا.\n"
            "وتحدث سكان عن قصف متواصل طوال الليل في عدة مناطق من القطاع.")


def gmo_statement(r, d):
    up = lambda v: v + round(v * 0.03)
    parts = (f"بينهم {up(r['killed_children_cum'])} طفلا و{up(r['killed_women_cum'])} امرأة، "
             if r.get("killed_children_cum") and r.get("killed_women_cum") else "")
    return (f"قال المكتب الإعلامي الحكومي في غزة، اليوم {day(d)}، إن حصيلة الشهداء منذ بدء الحرب ارتفعت إلى "
            f"{up(r['killed_cum'])} شهيدا، {parts}وإن عدد الجرحى بلغ {up(r['injured_cum'])} جريحا.\n"
            "وطالب المكتب بفتح المعابر لإدخال المساعدات.")


def lebanon(r, d):
    # The figures as the ministry published them (its count restarted at zero in March 2026), not TFP's rebased totals.
    return (f"أعلنت وزارة الصحة اللبنانية، اليوم {day(d)}، أن الحصيلة الإجمالية للغارات الإسرائيلية على لبنان "
            f"ارتفعت إلى {r['killed_cum_reported']} قتيلا و{r['injured_cum_reported']} جريحا.\n"
            "وتواصل فرق الدفاع المدني البحث في المباني المدمرة.")


INCIDENTS = [
    ("2024-01-10", "قتل 5 أشخاص وأصيب 12 آخرون في غارة جوية استهدفت منزلا في مدينة خان يونس جنوب قطاع غزة، وفق ما أفاد الدفاع المدني."),
    ("2024-03-02", "أفادت مصادر طبية بمقتل 3 فلسطينيين وإصابة 7 آخرين بنيران إسرائيلية قرب دوار النابلسي في مدينة غزة."),
    ("2024-06-20", "استشهد 4 فلسطينيين وأصيب 9 آخرون في قصف على مخيم النصيرات وسط القطاع، بحسب وزارة الصحة في غزة."),
]


def article(kind, d, outlet, title, text, published=None):
    return dict(id=f"demo-{kind}-{d}", outlet=outlet, published=(published or d).isoformat(), url=None,
                title=title, language="ar", text=text)


def main(tfp):
    gaza = {r["report_date"]: r for r in json.load(open(f"{tfp}/casualties_daily.json", encoding="utf-8"))}
    leb = [r for r in json.load(open(f"{tfp}/lebanon_casualties_daily.json", encoding="utf-8"))
           if r.get("report_source") == "moph_lb" and "killed_cum_reported" in r and "injured_cum_reported" in r]

    def reported(d):
        r = gaza.get(d.isoformat())
        return r if r and r.get("report_source") == "mohtel" and r.get("report_period") != 0 and "killed_cum" in r and "injured_cum" in r else None

    def pick(d):
        """The reported ministry row nearest d (within 3 days), preferring one with the women and children breakdown."""
        near = [d + dt.timedelta(days=k) for k in (0, 1, -1, 2, -2, 3, -3)]
        rows = [(x, reported(x)) for x in near if reported(x)]
        full = [(x, r) for x, r in rows if r.get("killed_children_cum") and r.get("killed_women_cum")]
        return (full or rows or [(None, None)])[0]

    out = []
    grid = [dt.date(2023, 10, 20) + dt.timedelta(days=14 * n) for n in range(32)]
    fixed = [dt.date(2023, 11, 7), dt.date(2024, 3, 8), dt.date(2024, 6, 13), dt.date(2024, 6, 14), dt.date(2024, 10, 31), dt.date(2024, 11, 1)]
    dates = sorted({x for x, _ in map(pick, grid) if x} | set(fixed))
    for n, d in enumerate(dates):
        r = reported(d)
        if not r:
            continue
        out.append(article("moh", d, OWN, "حصيلة جديدة لضحايا الحرب على غزة", moh_bulletin(r, d)))
        if n % 3 == 0:
            out.append(article("wire", d, WIRE, "الصحة في غزة: ارتفاع عدد القتلى", wire_next_day(r, d), d + dt.timedelta(days=1)))
        if n % 4 == 1:
            out.append(article("gmo", d, GMO, "المكتب الإعلامي الحكومي: حصيلة جديدة", gmo_statement(r, d)))

    # A transcription slip: two digits of the killed toll swapped.
    d = dt.date(2024, 3, 8)
    r = reported(d)
    k = str(r["killed_cum"])
    slipped = k[:-3] + k[-2] + k[-3] + k[-1]
    out.append(article("paper", d, PAPER, "ارتفاع حصيلة القتلى في غزة", paper_same_day(slipped, r["injured_cum"], d)))

    # A stale citation: the ministry's value of 13 June repeated as the toll of 14 June.
    d = dt.date(2024, 6, 14)
    r = reported(d - dt.timedelta(days=1))
    out.append(article("paper", d, PAPER, "غزة: حصيلة جديدة", paper_same_day(r["killed_cum"], r["injured_cum"], d)))

    # An earlier update of the day: the paper's midday figure, a quarter below the ministry's bulletin of that day.
    d = dates[0]
    r = reported(d)
    out.append(article("paper", d, PAPER, "حصيلة الظهيرة",
                       paper_same_day(round(r["killed_cum"] * 0.75), round(r["injured_cum"] * 0.75), d, "ظهر اليوم")))

    # An upward revision: daily bulletins of June-July 2026, then the committee's 96 approved deaths added at once.
    for x in (dt.date(2026, 6, 28) + dt.timedelta(days=k) for k in range(15)):
        r = reported(x)
        if not r:
            continue
        note = ("وأوضحت الوزارة أن الزيادة تشمل شهداء اعتمدت اللجنة القضائية بياناتهم بعد استكمال التوثيق."
                if r.get("killed_committee") else "")
        out.append(article("moh", x, OWN, "التقرير الإحصائي اليومي", moh_bulletin(r, x, "منذ بدء العدوان في السابع من أكتوبر 2023", note)))

    for r in leb[::12]:
        d = dt.date.fromisoformat(r["report_date"])
        out.append(article("lb", d, CEDAR, "لبنان: حصيلة جديدة", lebanon(r, d)))
    for date, text in INCIDENTS:
        out.append(article("incident", dt.date.fromisoformat(date), WIRE, "غارة جديدة", text))
    with open("src/CasualtyDashboard.Jobs/Demo/demo-articles.jsonl", "w", encoding="utf-8") as f:
        for a in out:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    print(len(out), "demo articles")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/reference/tfp")
