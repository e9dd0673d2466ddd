#!/usr/bin/env python3
"""Writes src/CasualtyDashboard.Jobs/Demo/demo-articles.jsonl: short Arabic articles written for this project
(no outlet's text is copied). Their figures follow Tech for Palestine's public-domain daily series
(../shared/reference/tfp/), so the demo charts look like the real ones. Run from the repo root:
    python3 tools/make-demo-data.py ../shared/reference/tfp
"""
import datetime as dt
import json
import sys

WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]

def day(d):
    return WEEKDAYS[d.weekday()]

def moh_bulletin(r, d):
    k, c, w, i = r["killed_cum"], r.get("ext_killed_children_cum"), r.get("ext_killed_women_cum"), r["injured_cum"]
    parts = f"بينهم {c} طفلا و{w} امرأة، " if c and w else ""
    return (f"أعلنت وزارة الصحة في غزة، اليوم {day(d)}، ارتفاع حصيلة الشهداء منذ السابع من أكتوبر إلى {k} شهيدا، "
            f"{parts}فيما بلغ عدد المصابين {i} مصابا.\n"
            "وأضافت الوزارة في بيانها أن طواقم الإسعاف تواجه صعوبة في الوصول إلى المناطق المستهدفة.")

def outlet_next_day(r, d):
    return (f"قالت وزارة الصحة في قطاع غزة أمس {day(d)} إن عدد القتلى منذ بدء الحرب ارتفع إلى {r['killed_cum']} قتيلا، "
            f"إضافة إلى {r['injured_cum']} جريحا.\n"
            "ويعاني القطاع من نقص حاد في الوقود والأدوية، بحسب مسؤولين محليين.")

def lebanon(r, d):
    return (f"أعلنت وزارة الصحة اللبنانية، اليوم {day(d)}، أن الحصيلة الإجمالية للغارات الإسرائيلية على لبنان منذ بدء الحرب "
            f"ارتفعت إلى {r['killed_cum']} قتيلا و{r['injured_cum']} جريحا.\n"
            "وتواصل فرق الدفاع المدني البحث في المباني المدمرة.")

INCIDENTS = [
    ("2024-01-10", "قتل 5 أشخاص وأصيب 12 آخرون في غارة جوية استهدفت منزلا في مدينة خان يونس جنوب قطاع غزة، وفق ما أفاد الدفاع المدني."),
    ("2024-03-02", "أفادت مصادر طبية بمقتل 3 فلسطينيين وإصابة 7 آخرين بنيران إسرائيلية قرب دوار النابلسي في مدينة غزة."),
    ("2024-06-20", "استشهد 4 فلسطينيين وأصيب 9 آخرون في قصف على مخيم النصيرات وسط القطاع، بحسب وزارة الصحة في غزة."),
]

def main(tfp):
    gaza = {r["report_date"]: r for r in json.load(open(f"{tfp}/casualties_daily.json", encoding="utf-8"))}
    leb = [r for r in json.load(open(f"{tfp}/lebanon_casualties_daily.json", encoding="utf-8")) if r.get("report_source") == "moph_lb"]
    out = []
    start = dt.date(2023, 10, 20)
    dates = [start + dt.timedelta(days=14 * n) for n in range(0, 32)] + [dt.date(2023, 11, 7), dt.date(2024, 10, 31)]
    for n, d in enumerate(sorted(set(dates))):
        r = gaza.get(d.isoformat())
        if not r or "killed_cum" not in r or "injured_cum" not in r:
            continue
        out.append(dict(id=f"demo-moh-{d}", outlet="نشرة الصحة (عرض)", published=d.isoformat(), url=None,
                        title="حصيلة جديدة لضحايا الحرب على غزة", language="ar", text=moh_bulletin(r, d)))
        if n % 3 == 0:
            nd = d + dt.timedelta(days=1)
            out.append(dict(id=f"demo-wire-{d}", outlet="وكالة الأنباء التجريبية", published=nd.isoformat(), url=None,
                            title="الصحة في غزة: ارتفاع عدد القتلى", language="ar", text=outlet_next_day(r, d)))
    for r in leb[::12]:
        d = dt.date.fromisoformat(r["report_date"])
        out.append(dict(id=f"demo-lb-{d}", outlet="صحيفة الأرز التجريبية", published=d.isoformat(), url=None,
                        title="لبنان: حصيلة جديدة", language="ar", text=lebanon(r, d)))
    for date, text in INCIDENTS:
        out.append(dict(id=f"demo-incident-{date}", outlet="وكالة الأنباء التجريبية", published=date, url=None,
                        title="غارة جديدة", language="ar", text=text))
    with open("src/CasualtyDashboard.Jobs/Demo/demo-articles.jsonl", "w", encoding="utf-8") as f:
        for a in out:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    print(len(out), "demo articles")

if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/reference/tfp")
