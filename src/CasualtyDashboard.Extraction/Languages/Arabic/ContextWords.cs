using CasualtyDashboard.Extraction.Model;

namespace CasualtyDashboard.Extraction.Languages.Arabic;

/// <summary>Hedges, toll and trend words, subgroup markers, non-casualty counts and page furniture (§8, §12).</summary>
internal static class ContextWords
{
    public static void Register(LexiconBuilder b)
    {
        Hedges(b, "على الأقل | على الاقل | ما لا يقل عن | لا يقل عن | ما لا يقل على", FigureQualifier.AtLeast);
        Hedges(b, "أكثر من | اكثر من | ما يزيد على | ما يزيد عن | يزيد على | يزيد عن | أزيد من | ما يربو على | يربو على | ما يفوق | يفوق | يتجاوز | ما يتجاوز | تجاوز | أكثر", FigureQualifier.MoreThan);
        Hedges(b, "نحو | حوالي | قرابة | زهاء | ما يقارب | يقارب | ما يقرب من | يقرب من | تقريبا | ما يناهز | يناهز | في حدود", FigureQualifier.About);
        Hedges(b, "ما يصل إلى | يصل إلى | ما يصل الى | أقل من | ما دون", FigureQualifier.UpTo);

        b.Flag("بينهم بينهن بينها منهم منهن منها غالبيتهم معظمهم أغلبهم أغلبيتهم", WordFlags.SubgroupMarker);
        b.Flag("خطيرة خطرة بالغة حرجة متوسطة طفيفة خفيفة الخطورة خطيره خطيرتان خطيرتين طفيفتان طفيفتين متوسطتان بالغتان حرجتان", WordFlags.Severity);
        b.Flag("حصيلة حصيلتها عدد إجمالي الإجمالي الإجمالية أعداد", WordFlags.Toll);
        b.Flag("إجمالي الإجمالي الإجمالية التراكمي التراكمية", WordFlags.Cumulative);
        b.Flag("ارتفع ارتفعت ارتفاع ليرتفع لترتفع يرتفع ترتفع بلغ بلغت يبلغ تبلغ وصل وصلت وصول يصل تصل تخطى تخطت رفع رفعت يرفع ترفع ليرفع لترفع تجاوز تجاوزت يتجاوز خفض خفضت تخفيض عدل عدلت تعديل صحح صححت يصحح تصحح تصحيح بلغوا وصلوا", WordFlags.Rise);
        b.Flag("إلى الى", WordFlags.To);
        b.Flag("منذ", WordFlags.Since);
        b.Flag("خلال طيلة طوال", WordFlags.During);
        b.Flag("من", WordFlags.Of);
        b.Flag("في", WordFlags.In);
        b.Flag("جديد جدد جديدة", WordFlags.New);
        b.Flag("الماضي الماضية الفائت المنصرم السابقة الأخيرة سابقة", WordFlags.Past);
        b.Flag("ساعة ساعات يوم يوما أيام يومين أسبوع أسابيع أسبوعين شهر أشهر شهرا شهور شهرين عام عاما أعوام سنة سنوات سنين فترة فترات ليلة ليلتين ليال", WordFlags.SpanUnit);
        b.Flag("قال قالت يقول تقول أعلن أعلنت يعلن أفاد أفادت ذكر ذكرت أكد أكدت أوضح أوضحت أشار أشارت أضاف أضافت نقل نقلت نقلا بحسب حسب وفق وفقا طبقا بيان أحصى أحصت وثق وثقت صرح صرحت أفادت أعلن سجل سجلت قدر قدرت رصد رصدت تعداد حصيلة كشف كشفت يكشف أورد أوردت أعلنها أعلنته أعلنتها أفاد تحدث تحدثت اعترف اعترفت يعترف أقر أقرت يقر اتهم اتهمت يتهم أحصى أحصت استنادا زعم زعمت يزعم ادعى ادعت نفى نفت ينفي", WordFlags.Attribution);
        b.Flag("قال قالت أعلن أعلنت أعلنها أعلنته أعلنتها أفاد أفادت ذكر ذكرت أكد أكدت كشف كشفت اعترف اعترفت أقر أقرت اتهم اتهمت", WordFlags.ReportVerb);
        b.Flag("استنادا بناء", WordFlags.TallyBase);
        b.Flag("فجر صباح مساء ظهر منتصف ليل ليلة ساعة ساعات", WordFlags.TimeOfDay);
        b.Flag("حتى", WordFlags.Until);
        b.Flag("الآن اللحظة ساعة اليوم تاريخه", WordFlags.Now);
        b.Flag("غارات هجمات اعتداءات ضربات اشتباكات مواجهات معارك انفجارات تفجيرات مجازر حوادث", WordFlags.Strikes);
        b.Flag("المتواصل متواصل المستمر مستمر المكثف", WordFlags.Ongoing);
        b.Flag("غارة قصف قصفا استهداف حادث حادثة انفجار هجوم هجوما تفجير انهيار حريق اصطدام انقلاب غارتين ضربة ضربتين كمين", WordFlags.Event);
        b.Flag("حرب صراع نزاع حربا صراعا نزاعا", WordFlags.War);
        b.Flag("أسفرت خلفت أودت أوقعت حصدت أدت", WordFlags.Caused);
        b.Flag("يذكر يشار تجدر", WordFlags.Background);
        b.Flag("كان كانت", WordFlags.Was);
        b.Flag("الذي التي الذين اللذين اللتين ممن اللواتي اللاتي", WordFlags.Relative);
        b.Flag("يوم", WordFlags.DayWord);
        b.Flag("هذا هذه", WordFlags.This);
        b.Flag("هي هو", WordFlags.Pronoun);
        b.Flag("قد", WordFlags.Already);
        b.Flag("يعد يعتبر", WordFlags.Considered);
        b.Flag("شرق غرب شمال جنوب شرقي غربي شمالي جنوبي ريف", WordFlags.Direction);
        b.Flag("مقره مقرها", WordFlags.Seat);
        b.Flag("ذاته ذاتها نفسه نفسها", WordFlags.Same);
        b.Flag("سياق", WordFlags.Context);
        b.Flag("متصل", WordFlags.Related);
        b.Flag("حسب وفق وفقا طبقا", WordFlags.According);
        b.Flag("نقل نقلت نقلا", WordFlags.Relay);
        b.Flag("عن", WordFlags.From);
        b.Flag("بين", WordFlags.Between);
        b.Flag("المقابل الجانب", WordFlags.Side);
        b.Flag("على", WordFlags.On);
        b.Flag("حول بخصوص بشأن", WordFlags.Regarding);
        b.Flag("يومي", WordFlags.DayWord);
        b.Flag("استمر استمرت تواصل تواصلت", WordFlags.Ongoing);
        b.Flag("مناطق أنحاء محاور مختلف", WordFlags.Spread);
        b.Flag("متفرقة عدة متعددة مختلفة أنحاء", WordFlags.Scattered);
        b.Flag("وأضاف وأضافت وأشار وأشارت وأوضح وأوضحت وتابع وتابعت ولفت ولفتت وبين وبينت وأكد وأكدت", WordFlags.Continuation);
        b.Flag("يخشى يُخشى يتوقع تتوقع مخاوف توقعات", WordFlags.Projection);
        b.Flag("نفى نفت ينفي تنفي", WordFlags.Denial);
        b.Flag("الوزارة الوزير", WordFlags.MinistryAnaphor);
        b.Flag("احتياطي الاحتياط احتياط أحياء ناجين ناجون سالمين", WordFlags.BlockerAfter);

        b.Role("سجل سجلت أحصى أحصت رصد رصدت وثق وثقت استقبل استقبلت", WordRole.Records);
        b.Role("تسجيل", WordRole.Recording);
        b.Role("أضاف أضافت إضافة وأضاف وأضافت", WordRole.Added);
        b.Role("تضاف يضاف أضيف أضيفت", WordRole.AddedTo);
        b.Role("عام سنة", WordRole.Year);
        b.Role("كما", WordRole.Also);
        b.Role("فيما", WordRole.While);
        b.Role("تابع تابعة", WordRole.Affiliated);
        b.Role("المقابل الأثناء", WordRole.TurnAfterIn);
        b.Role("الجانب الصعيد", WordRole.TurnAfterOn);
        b.Role("خلاله خلالها خلالهما خلالهم", WordRole.DuringIt);
        b.Role("غارتين غارتان ضربتين ضربتان هجومين هجومان حادثين حادثان انفجارين انفجاران تفجيرين تفجيران", WordRole.TwoEvents);
        b.Role("رهينة رهائن أسير أسرى أسيرا محتجز محتجزين مختطف مختطفين", WordRole.Captive);
        b.Role("عنصر عنصرا عناصر عنصران عنصرين عنصرتان عنصرتين", WordRole.Members);
        b.Role("هوية الانتشال", WordRole.IdentifiedOrRecovered);
        b.Role("في منهم منها", WordRole.SeverityGlue);
        b.Role("أنها أنهم أنه", WordRole.DescribedAs);
        b.Role("عام سنة شهر", WordRole.CalendarSpan);
        b.Role("حسب بحسب وفق وفقا", WordRole.AccordingTo);
        b.Role("نقلا", WordRole.Quoting);
        // (الجيش، الشرطة، الإعلام are entries of their own, as issuers: named beside the stems.)
        b.Role("جيش الجيش عسكري عسكرية عسكريون عسكريين", WordRole.Military);
        b.Role("شرطة الشرطة", WordRole.Police);
        b.Role("إعلام الإعلام صحيفة صحف قناة إذاعة تلفزيون", WordRole.Press);
        b.Role("عبري عبرية", WordRole.Hebrew);
        b.Role("مصدر مصادر مصدران مصدرين مسؤول مسؤولون مسؤولين مسؤولان", WordRole.Anonymous);
        b.Role("المتحدث الناطق", WordRole.Spokesman);
        b.Role("في على إلى خلال جراء بسبب إثر أثناء داخل قرب", WordRole.ShareModifier);
        b.Role("مدينة بلدة قرية مخيم محافظة منطقة ولاية بلدية ضاحية قضاء ناحية إقليم مديرية", WordRole.Settlement);
        b.Role("في قرب داخل أطراف ضواحي مدخل", WordRole.AtPlace);
        b.Role("وقع وقعت ضرب ضربت هز هزت اجتاح اجتاحت اجتاحتها ضربها", WordRole.Happened);
        b.Role("غارة غارات قصف ضربة ضربات هجوم هجمات استهداف قذيفة قذائف", WordRole.StrikeNoun);
        b.Role("فترة", WordRole.Stretch);
        b.Role("ذاتها نفسها الماضية بين الواقعة من", WordRole.StretchBound);
        b.Role("مطلع مستهل بداية", WordRole.Outset);
        b.Role("حصيلتها", WordRole.OwnToll);

        // Counted things that are not casualties.
        b.Flag("""
            صاروخ صاروخا صواريخ قذيفة قذائف غارة غارات طائرة طائرات مسيرة مسيرات دبابة دبابات منزل منزلا منازل مبنى مباني بيت بيوت
            شقة شقق مدرسة مدارس مستشفى مستشفيات مسجد مساجد يوم يوما أيام يومين ساعة ساعات دقيقة دقائق أسبوع أسابيع شهر شهرا أشهر شهور
            عام عاما أعوام سنة سنوات سنين دولار دولارا يورو ريال ريالا جنيه جنيها ليرة درهم دينار كيلومتر كيلومترا كيلومترات كلم كم متر مترا أمتار
            طن أطنان فرق فرقة فريق فرقتين دورية دوريات عربة عربات شاحنة شاحنات أسير أسيرا أسرى معتقل معتقلا معتقلين رهينة رهائن مختطف مختطفين محتجز محتجزين نازح نازحا نازحين لاجئ لاجئا لاجئين
            مهجر مهجرين مشرد مشردين محافظة محافظات مرة مرات عملية عمليات هجوم هجمات مجزرة مجازر منطقة مناطق موقع مواقع نقطة بلدة قرية قرى مريض مرضى
            ميغاواط لتر لترا برميل مليمتر درجة درجات بالمئة بالمائة بالمية نسبة مركبة مركبات سيارة سيارات خيمة خيام وحدة وحدات كتيبة ألوية لواء
            حافلة حافلات رحلة رحلات قطعة هكتار دونم غرفة أسرة مقعد مقاعد صوت أصوات ناخب ناخبين طالب طلاب طالبا موظف موظفين موظفا وظيفة وظائف نسمة
            رأس رؤوس ماشية مواشي أغنام أبقار حادث حوادث حادثا انفجار انفجارات حريق حرائق قارب قوارب مركب مراكب زورق زوارق سفينة سفن عائلة عائلات
            """, WordFlags.Blocker);

        // Actions on people that are not casualties: a count after them is not a toll.
        b.Flag("اعتقال اعتقل اعتقلت أسر أسرت اختطاف اختطف احتجاز احتجز إطلاق سراح الإفراج استدعاء إجلاء أجلي تهجير نزوح تشريد شرد إنقاذ أنقذ علاج يعيش يقطن يسكن سكان سكانها عودة توقيف أوقف ضبط ترحيل", WordFlags.NonCasualtyAction);

        b.Phrases("إقرأ أيضا | اقرأ أيضا | إقرأ ايضا | اقرأ ايضا | مقالات مشابهة | مقالات ذات صلة | مواضيع ذات صلة | أخبار ذات صلة | اخبار متعلقة | أخبار متعلقة | مواضيع متعلقة | اقرأ أيضاً | المزيد من الأخبار", rest => new Phrase(rest, PhraseKind.CutRest));
        b.Phrases("إقرأ المزيد | اقرأ المزيد | إقرأ كذلك | اقرأ كذلك", rest => new Phrase(rest, PhraseKind.CutLine));
        b.Phrases("منذ بدء الحرب | منذ بداية الحرب | منذ بدء العدوان | منذ بداية العدوان | منذ اندلاع الحرب | منذ بدء الحرب على غزة | منذ بدء الأحداث | منذ بداية الأحداث | منذ بدء العملية", rest => new Phrase(rest, PhraseKind.WarStart));
    }

    private static void Hedges(LexiconBuilder b, string phrases, FigureQualifier qualifier) =>
        b.Phrases(phrases, rest => new Phrase(rest, PhraseKind.Hedge) { Qualifier = qualifier });
}
