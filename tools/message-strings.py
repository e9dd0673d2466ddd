#!/usr/bin/env python3
"""The wording of the messages the libraries raise as codes (Reconciliation's ReconciliationMessages, the Jobs'
JobMessages): the resource keys Msg.{code} and Term.{word}, English and Arabic side by side. Writes them into
src/CasualtyDashboard.Web/Resources/SharedResource.resx and SharedResource.ar.resx, replacing the Msg.* and Term.*
entries there and leaving every other entry as it is. Run: python3 tools/message-strings.py"""
import os
import re
from xml.sax.saxutils import escape

MESSAGES = [
    # key, English, Arabic
    ("Msg.separator", "; ", "؛ "),
    ("Msg.verbatim", "{0}", "{0}"),
    ("Msg.sentences", "{0}", "{0}"),
    ("Msg.value", '{0}', '{0}'),
    ("Msg.claim.reference", '{0} (reference, claim {1})', '{0} (السلسلة المنشورة، الادعاء {1})'),
    ("Msg.claim.outlet", '{0} ({1}, claim {2})', '{0} ({1}، الادعاء {2})'),
    ("Msg.claim.authority", '{0} ({1}, claim {2})', '{0} ({1}، الادعاء {2})'),
    ("Msg.source", '{0} {1}', '{0}: {1}'),
    ("Msg.label.reference", '{0} (reference)', '{0} (السلسلة المنشورة)'),
    ("Msg.earlier_value", '{0} ({1})', '{0} ({1})'),
    ("Msg.slip", '{0}, {1}', '{0}، {1}'),
    ("Msg.part_against_whole", '{0} {1} against {2}', '{0}: {1} مقابل {2}'),
    ("Msg.reconciled_against_whole", 'reconciled {0} against {1}', 'القيمة الموفَّقة {0} مقابل {1}'),
    ("Msg.restates", "{0} restates {1}'s value of {2}", '{0} يعيد ذكر قيمة {1} ليوم {2}'),
    ("Msg.step", 'a step of +{0} in {1} day(s) ({2}/day)', 'زيادة قدرها +{0} في {1} يوم ({2} في اليوم)'),
    ("Msg.step_median", 'a step of +{0} in {1} day(s) ({2}/day against a recent median of {3}/day)', 'زيادة قدرها +{0} في {1} يوم ({2} في اليوم مقابل وسيط حديث قدره {3} في اليوم)'),
    ("Msg.flag.stale_citation", '{0}, which {1} had since replaced: a restatement, left out of the value and of conflicts.', '{0}، وقد استبدلتها {1} منذ ذلك الحين: إعادة ذكر، مستبعدة من القيمة ومن التعارضات.'),
    ("Msg.flag.stale_citation_current", '{0}, which {1} had since replaced (its value of {2}: {3}): a restatement, left out of the value and of conflicts.', '{0}، وقد استبدلتها {1} منذ ذلك الحين (قيمتها ليوم {2}: {3}): إعادة ذكر، مستبعدة من القيمة ومن التعارضات.'),
    ("Msg.flag.revision", '{0} revised its value of {1}: earlier {2}; now {3}.', 'عدّل {0} قيمته ليوم {1}: سابقًا {2}؛ والآن {3}.'),
    ("Msg.flag.cross_source", 'Sources disagree on {0} beyond the tolerance: {1}.', 'تختلف المصادر في {0} بما يتجاوز هامش التسامح: {1}.'),
    ("Msg.flag.reference_departure", 'News figures depart from the published series of {0} ({1}) on {2}: {3}.', 'تبتعد أرقام الأخبار عن السلسلة المنشورة لـ{0} ({1}) في {2}: {3}.'),
    ("Msg.flag.transcription_statement", 'Claims quoting {0} for {1} differ at digit level from its statement {2}: {3}.', 'ادعاءات تنقل عن {0} ليوم {1} تختلف على مستوى الأرقام عن بيانها {2}: {3}.'),
    ("Msg.flag.transcription_reference", 'Claims quoting {0} for {1} differ at digit level from its published series ({2}): {3}.', 'ادعاءات تنقل عن {0} ليوم {1} تختلف على مستوى الأرقام عن سلسلتها المنشورة ({2}): {3}.'),
    ("Msg.flag.same_day_update_statement", 'Claims quoting {0} for {1} differ from its statement {2} by more than a digit slip: {3}; an earlier or later update of that day, not a transcription error.', 'ادعاءات تنقل عن {0} ليوم {1} تختلف عن بيانها {2} بأكثر من خطأ في رقم: {3}؛ تحديث أسبق أو لاحق لذلك اليوم، لا خطأ في النقل.'),
    ("Msg.flag.same_day_update_reference", 'Claims quoting {0} for {1} differ from its published series ({2}) by more than a digit slip: {3}; an earlier or later update of that day, not a transcription error.', 'ادعاءات تنقل عن {0} ليوم {1} تختلف عن سلسلتها المنشورة ({2}) بأكثر من خطأ في رقم: {3}؛ تحديث أسبق أو لاحق لذلك اليوم، لا خطأ في النقل.'),
    ("Msg.flag.since_mismatch", '{0} state a count since {1}, but continue this series counting since {2}: they join it instead of opening a new series.', '{0} تذكر عدًّا منذ {1}، لكنها تواصل هذه السلسلة التي تعدّ منذ {2}: فتنضم إليها بدلًا من فتح سلسلة جديدة.'),
    ("Msg.flag.since_mismatch_after", '{0} state a count since {1}, but continue this series counting since {2} ({3} on {4}): they join it instead of opening a new series.', '{0} تذكر عدًّا منذ {1}، لكنها تواصل هذه السلسلة التي تعدّ منذ {2} ({3} في {4}): فتنضم إليها بدلًا من فتح سلسلة جديدة.'),
    ("Msg.flag.retroactive_declared", '{0} declares a retroactive addition to its cumulative on {1}.', 'يعلن {0} إضافة بأثر رجعي إلى مجموعه التراكمي في {1}.'),
    ("Msg.flag.retroactive_explains", '{0} declares a retroactive addition on {1}; it explains {2}.', 'يعلن {0} إضافة بأثر رجعي في {1}؛ وهي تفسّر {2}.'),
    ("Msg.flag.retroactive_explains_jump", '{0} declares a retroactive addition on {1}; it explains {2}, which is therefore not flagged as a jump.', 'يعلن {0} إضافة بأثر رجعي في {1}؛ وهي تفسّر {2}، ولذلك لا تُعلَّم قفزةً.'),
    ("Msg.flag.decrease", "{0}'s cumulative goes down from {1} on {2} to {3} on {4}.", 'ينخفض المجموع التراكمي لـ{0} من {1} في {2} إلى {3} في {4}.'),
    ("Msg.flag.jump", "{0}'s cumulative makes {1}, more than {2} times its recent rate, and no retroactive addition is declared.", 'يسجّل المجموع التراكمي لـ{0} {1}، أي أكثر من {2} أضعاف معدله الحديث، دون إعلان إضافة بأثر رجعي.'),
    ("Msg.flag.reconciled_decrease", 'The reconciled cumulative goes down from {0} on {1} to {2} on {3}, from one source to another.', 'ينخفض المجموع التراكمي الموفَّق من {0} في {1} إلى {2} في {3}، بالانتقال من مصدر إلى آخر.'),
    ("Msg.flag.parts_exceed", '{0} {1} exceed all {1} on {2}: {3}.', 'عدد {1} ({0}) يتجاوز مجموع {1} في {2}: {3}.'),
    ("Msg.flag.period_mismatch", '{0} gives {1} {2} for the {3} day(s) to {4}, but its cumulative rose by {5} ({6} on {7}, {8} on {4}).', 'يذكر {0} {1} ({2}) عن {3} يوم حتى {4}، لكن مجموعه التراكمي ارتفع بمقدار {5} ({6} في {7}، و{8} في {4}).'),
    ("Msg.flag.period_mismatch_declared", '{0} gives {1} {2} for the {3} day(s) to {4}, but its cumulative rose by {5} ({6} on {7}, {8} on {4}); a declared retroactive addition explains the difference.', 'يذكر {0} {1} ({2}) عن {3} يوم حتى {4}، لكن مجموعه التراكمي ارتفع بمقدار {5} ({6} في {7}، و{8} في {4})؛ وتفسّر الفرقَ إضافةٌ معلنة بأثر رجعي.'),
    ("Msg.flag.reset_split", 'The cumulative restarts: {0} on {1} after {2} on {3}; a new series opens from {1} instead of a decrease.', 'يبدأ المجموع التراكمي من جديد: {0} في {1} بعد {2} في {3}؛ تُفتح سلسلة جديدة من {1} بدلًا من تسجيل انخفاض.'),
    ("Msg.flag.reset_stated", 'A count restarting from {0} opens a new series beside the one counting from {1}.', 'عدٌّ يبدأ من جديد من {0} يفتح سلسلة جديدة إلى جانب السلسلة التي تعدّ منذ {1}.'),
    ("Msg.rule.resolved", 'Resolved by {0}: {1}', 'حسمه {0}: {1}'),
    ("Msg.rule.authority_priority", '{0} ranks first by authority priority.', 'يأتي {0} أولًا في ترتيب أولوية الجهات.'),
    ("Msg.rule.most_cited", 'The top-priority sources disagree ({0}); {1} is cited by {2} independent sources, more than any other value.', 'تختلف المصادر ذات الأولوية العليا ({0})؛ ويستشهد بالقيمة {1} {2} مصادر مستقلة، أكثر من أي قيمة أخرى.'),
    ("Msg.rule.latest_statement", "The top-priority sources disagree ({0}) and as many independent sources cite each; {1}'s is the latest statement.", 'تختلف المصادر ذات الأولوية العليا ({0}) ويستشهد بكل قيمة العدد نفسه من المصادر المستقلة؛ وبيان {1} هو الأحدث.'),
    ("Msg.rule.own_publication", 'Quotes of {0} disagree ({1}); its own publication {2} is preferred over quotes of it.', 'تختلف النقول عن {0} ({1})؛ ويُفضَّل منشورها الخاص {2} على النقل عنها.'),
    ("Msg.rule.quotes_most_cited", 'Quotes of {0} disagree ({1}); {2} is cited by {3} independent outlets, more than any other value.', 'تختلف النقول عن {0} ({1})؛ ويستشهد بالقيمة {2} {3} وسائل إعلام مستقلة، أكثر من أي قيمة أخرى.'),
    ("Msg.rule.quotes_latest", 'Quotes of {0} disagree ({1}) and as many outlets cite each; the latest statement {2} is kept.', 'تختلف النقول عن {0} ({1}) ويستشهد بكل قيمة العدد نفسه من وسائل الإعلام؛ ويُعتمد البيان الأحدث {2}.'),
    ("Term.no_day", 'no day', 'دون يوم'),
    ("Term.unstated_day", 'an unstated day', 'يوم غير مذكور'),
    ("Term.digit_changed", 'one digit changed', 'تغيّر رقم واحد'),
    ("Term.digits_transposed", 'two digits transposed', 'تبادل رقمين متجاورين'),
    ("Term.digit_dropped", 'one digit dropped', 'سقوط رقم واحد'),
    ("Term.separator_as_point", 'thousands separator read as a decimal point', 'قراءة فاصل الآلاف فاصلةً عشرية'),
    ("Msg.job.interrupted", 'The process stopped during this run; its work resumes in the next run.', 'توقفت العملية أثناء هذا التشغيل؛ يُستأنف عملها في التشغيل التالي.'),
    ("Msg.job.error", '{0}: {1}', 'خطأ ({0}): {1}'),
    ("Msg.job.reconciling", 'Reconciling {0} claims', 'جارٍ توفيق {0} ادعاء'),
    ("Msg.job.reconciled", '{0} news and {1} reference claims ({2} figures without reporting date or region not placed) -> {3} series, {4} points, {5} flags ({6} open conflicts) in {7} s (read {8} s, reconcile {9} s, write {10} s)', '{0} ادعاء إخباري و{1} ادعاء من السلاسل المنشورة ({2} رقمًا بلا تاريخ إعلان أو منطقة لم تُوضع) ← {3} سلسلة، {4} نقطة، {5} تنبيهًا ({6} تعارضًا مفتوحًا) في {7} ث (قراءة {8} ث، توفيق {9} ث، كتابة {10} ث)'),
    ("Msg.job.feeds_polled", '{0} feeds polled, {1} failed; {2} new articles, {3} pages not taken', 'استُطلعت {0} خلاصة، وفشلت {1}؛ {2} مقالًا جديدًا، و{3} صفحة لم تؤخذ'),
    ("Msg.job.watched_folder", '{0} files imported from the watched folder, {1} moved to {2}', 'استُورد {0} ملفًا من المجلد المراقَب، ونُقل {1} إلى {2}'),
    ("Msg.job.extracted", '{0} articles extracted with extractor {1}', 'استُخرجت أرقام {0} مقالًا بالمستخرِج {1}'),
    ("Msg.job.reextracted", '{0} articles re-extracted with extractor {1}: {2} figures kept, {3} added, {4} removed', 'أُعيد استخراج {0} مقالًا بالمستخرِج {1}: أُبقي {2} رقمًا، وأضيف {3}، وحُذف {4}'),
    ("Msg.job.reextracted_retained", "{0} articles re-extracted with extractor {1}: {2} figures kept, {3} added, {4} removed, {5} no longer found but kept for analysts' reviews or notes", 'أُعيد استخراج {0} مقالًا بالمستخرِج {1}: أُبقي {2} رقمًا، وأضيف {3}، وحُذف {4}، و{5} لم تعد توجد لكنها أُبقيت لمراجعات المحللين أو ملاحظاتهم'),
    ("Msg.job.reference_unchanged", '{0}: unchanged since its last import ({1} claims)', '{0}: لم يتغير منذ آخر استيراد ({1} ادعاء)'),
    ("Msg.job.reference_imported", '{0}: {1} {2} reference claims, {3} to {4}', '{0}: {1} ادعاء من السلسلة المنشورة {2}، من {3} إلى {4}'),
    ("Msg.article.capped", '{0} figures were found in this article; only the first {1} in the text are stored ({2}).', 'وُجد في هذا المقال {0} رقمًا؛ ولا يُخزَّن إلا أول {1} منها في النص ({2}).'),
    ("Msg.article.reextraction_failed", 'Re-extraction with extractor {0} failed: {1}: {2}', 'فشلت إعادة الاستخراج بالمستخرِج {0}: {1}: {2}'),
]


def write(path, column):
    keys = [row[0] for row in MESSAGES]
    assert len(keys) == len(set(keys)), "duplicate key"
    with open(path, encoding="utf-8") as f:
        lines = [line for line in f.read().split("\n") if not re.match(r'\s*<data name="(Msg|Term)\.', line)]
    end = lines.index("</root>")
    rows = [f'  <data name="{escape(row[0])}" xml:space="preserve"><value>{escape(row[column])}</value></data>' for row in MESSAGES]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines[:end] + rows + lines[end:]))


folder = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "CasualtyDashboard.Web", "Resources")
write(os.path.join(folder, "SharedResource.resx"), 1)
write(os.path.join(folder, "SharedResource.ar.resx"), 2)
print(f"{len(MESSAGES)} messages written")
