using CasualtyDashboard.Extraction.Model;

namespace CasualtyDashboard.Extraction.Tests;

/// <summary>
/// The toll read as a phrase (issue 9): casualty words and idioms, part or whole by structure, the group named inside
/// the toll phrase, elliptical conjuncts, victims under the rubble, repeats. Sentences written for these tests.
/// </summary>
public sealed class TollPhraseTests
{
    private static readonly ArabicCasualtyExtractor Extractor = new();

    private static IReadOnlyList<CasualtyFigure> Extract(string text, string? published = null) =>
        Extractor.Extract(new ArticleInput(text, published is null ? null : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture)));

    private static CasualtyFigure Single(IReadOnlyList<CasualtyFigure> figures, long value) =>
        Assert.Single(figures, f => f.Value == value);

    [Theory]
    [InlineData("وأعلنت السلطات أن السيول خلفت 312 وفاة في ثلاث ولايات.", 312, FigureCategory.Killed)]
    [InlineData("وأكد المستشفى أن الرجلين فارقا الحياة، بينما لقي 3 أشخاص حتفهم في الحادث ذاته.", 3, FigureCategory.Killed)]
    [InlineData("واندلع حريق في سوق شعبي راح ضحيته 14 شخصا.", 14, FigureCategory.Killed)]
    [InlineData("وأزهقت الغارات أرواح 73 شخصا خلال الشهر.", 73, FigureCategory.Killed)]
    [InlineData("وغرق قارب للمهاجرين وفُقد 11 شخصا قبالة الساحل.", 11, FigureCategory.Missing)]
    [InlineData("وقتل شخص وأصيب آخران في انفجار قارورة غاز.", 2, FigureCategory.Injured)]
    public void CasualtyWordsAndIdioms_BindTheCount(string text, long value, FigureCategory category)
    {
        var figure = Single(Extract(text), value);
        Assert.Equal(category, figure.Category);
        Assert.Equal(FigureSubgroup.All, figure.Subgroup);
    }

    [Fact]
    public void DefiniteNumeral_CountsOnlyWithACasualtyVerb()
    {
        var figures = Extract("وأكد الطبيب أن الشبان الخمسة فارقوا الحياة قبل وصولهم، فيما بقي المسعفون الثلاثة في الموقع.");
        var figure = Single(figures, 5);
        Assert.Equal(FigureCategory.Killed, figure.Category);
        Assert.DoesNotContain(figures, f => f.Value == 3);
    }

    [Fact]
    public void PartByNoun_WithoutALargerToll_IsTheWholeToll()
    {
        // Bodies, a severity or men are a part only when the article gives the toll they belong to.
        var alone = Extract("وانتشلت فرق الإنقاذ 17 جثة من المبنى المنهار.\nوقالت الشرطة إن 9 أشخاص أصيبوا بجروح خطيرة.");
        Assert.Equal(FigureSubgroup.All, Single(alone, 17).Subgroup);
        Assert.Equal(FigureSubgroup.All, Single(alone, 9).Subgroup);

        var under = Extract("وارتفعت حصيلة ضحايا الانهيار إلى 40 قتيلا و25 جريحا.\nوانتشلت فرق الإنقاذ 17 جثة اليوم، فيما أصيب 9 أشخاص بجروح خطيرة.");
        Assert.Equal(FigureSubgroup.Other, Single(under, 17).Subgroup);
        Assert.Equal(FigureSubgroup.Other, Single(under, 9).Subgroup);
    }

    [Fact]
    public void KindOfPerson_IsAPartOnlyUnderAMarker()
    {
        var added = Extract("وأسفر الانفجار عن مقتل 8 من عناصر الحراسة إضافة إلى أربعة من العمال في الموقع.");
        Assert.Equal(FigureSubgroup.All, Single(added, 4).Subgroup);

        var among = Extract("وأسفر الانفجار عن مقتل 12 شخصا بينهم أربعة رجال.");
        Assert.Equal(FigureSubgroup.Other, Single(among, 4).Subgroup);
    }

    [Fact]
    public void FamineDeaths_AreATollOfTheirOwn()
    {
        var figures = Extract("وقالت الوزارة إن عدد الشهداء منذ بدء الحرب ارتفع إلى 61 ألفا، كما سجلت 5 وفيات جديدة جراء المجاعة.", "2025-08-01");
        Assert.Equal(FigureSubgroup.All, Single(figures, 5).Subgroup);
    }

    [Theory]
    [InlineData("وارتفعت حصيلة قتلى الجيش منذ بدء المعارك إلى 133 قتيلا.", 133, FigureSubgroup.Soldiers)]
    [InlineData("وبلغ عدد القتلى في صفوف الشرطة 19 منذ مطلع العام.", 19, FigureSubgroup.Police)]
    [InlineData("وارتفع عدد الضحايا من الطواقم الطبية إلى 64.", 64, FigureSubgroup.Medical)]
    [InlineData("وبلغ عدد القتلى وسط الأطفال 38 خلال أسبوع.", 38, FigureSubgroup.Children)]
    public void GroupInsideTheTollPhrase_IsTheSubgroup(string text, long value, FigureSubgroup subgroup)
    {
        var figure = Single(Extract(text), value);
        Assert.Equal(FigureCategory.Killed, figure.Category);
        Assert.Equal(subgroup, figure.Subgroup);
    }

    [Fact]
    public void GroupInsideTheTollPhrase_IsSharedByAJoinedCount()
    {
        var figures = Extract("وأفادت النقابة بأن حصيلة الضحايا من الطواقم الطبية بلغت 41 قتيلا و96 جريحا.");
        Assert.Equal(FigureSubgroup.Medical, Single(figures, 41).Subgroup);
        Assert.Equal(FigureSubgroup.Medical, Single(figures, 96).Subgroup);
        Assert.Equal(FigureCategory.Injured, Single(figures, 96).Category);
    }

    [Fact]
    public void EllipticalConjuncts_CopyTheHead()
    {
        var places = Extract("وتوزعت الوفيات بين 130 وفاة في ولاية سطيف، و44 في ولاية باتنة، و9 بولاية بسكرة.");
        Assert.All(new long[] { 130, 44, 9 }, v => Assert.Equal(FigureCategory.Killed, Single(places, v).Category));

        var fronts = Extract("وأعلن الجيش إصابة 27 جنديا خلال يومين، 16 على الجبهة الشمالية و11 في الجنوب.");
        Assert.All(new long[] { 16, 11 }, v =>
        {
            Assert.Equal(FigureCategory.Injured, Single(fronts, v).Category);
            Assert.Equal(FigureSubgroup.Soldiers, Single(fronts, v).Subgroup);
        });
    }

    [Fact]
    public void EllipticalConjunct_NeedsItsOwnModifierAndNoOtherCountBetween()
    {
        // 2019 is a year and 6 a count of houses: neither continues the toll.
        var figures = Extract("وقتل 5 أشخاص في القصف، و6 منازل دمرت بالكامل.");
        Assert.DoesNotContain(figures, f => f.Value == 6);
    }

    [Fact]
    public void VictimsUnderTheRubble_AreMissing()
    {
        var figures = Extract("واستشهد 12 فلسطينيا في الغارة، ولا يزال عدد من الضحايا تحت الأنقاض، بينما انتشلت الطواقم 4 شهداء من تحت الركام.");
        Assert.Equal(FigureCategory.Missing, Assert.Single(figures, f => f.Qualifier == FigureQualifier.Vague).Category);
        Assert.Equal(FigureCategory.Killed, Single(figures, 4).Category);
    }

    [Fact]
    public void SeverityInsideTheTollPhrase_IsAPartOfTheWhole()
    {
        var figures = Extract("وقال مدير المستشفى إن جرحى حريق المصنع بلغوا 58 شخصا، فيما وصل عدد الإصابات الحرجة إلى 9 حالات.");
        Assert.Equal(FigureSubgroup.All, Single(figures, 58).Subgroup);
        Assert.Equal(FigureSubgroup.Other, Single(figures, 9).Subgroup);
    }

    [Fact]
    public void RegistryAdditions_AreAPartOfTheToll()
    {
        var figures = Extract("وأضافت الوزارة 57 شهيدا إلى السجل بعد التحقق من بياناتهم، لترتفع الحصيلة منذ بدء الحرب إلى 40 ألفا و11 شهيدا.", "2024-08-10");
        Assert.Equal(FigureSubgroup.Other, Single(figures, 57).Subgroup);
        Assert.Equal(FigureSubgroup.All, Single(figures, 40011).Subgroup);
    }

    [Fact]
    public void Repeat_TakesTheHedgeOfTheFullerStatement()
    {
        var figures = Extract("الدفاع المدني: 22 قتيلا في انهيار مبنى\n\nأعلن الدفاع المدني أن انهيار المبنى أسفر عن مقتل 22 شخصا على الأقل.", "2024-02-03");
        Assert.Equal(FigureQualifier.AtLeast, Single(figures, 22).Qualifier);
    }

    [Fact]
    public void TollNamedAfterTheRisenCount_AndAfterItsBreakdown()
    {
        // ارتفع إلى N (بينهم ...) عدد القتلى: the verb, its value, the breakdown, then the toll it is the value of.
        var figures = Extract("ارتفع إلى 44 بينهم 9 أطفال و3 مواطنات ومسعفان اثنان وعنصران من الدفاع المدني عدد القتلى الذين وثقتهم الشبكة في قصف البلدة.");
        var whole = Single(figures, 44);
        Assert.Equal((FigureCategory.Killed, FigureSubgroup.All, FigureBasis.Cumulative), (whole.Category, whole.Subgroup, whole.Basis));
        Assert.Equal(FigureSubgroup.Children, Single(figures, 9).Subgroup);
        Assert.Equal(FigureSubgroup.Women, Single(figures, 3).Subgroup);
        Assert.Equal([FigureSubgroup.Medical, FigureSubgroup.AidWorkers], figures.Where(f => f.Value == 2).Select(f => f.Subgroup).Order());
        Assert.All(figures, f => Assert.Equal(FigureBasis.Cumulative, f.Basis));

        Assert.Equal(FigureCategory.Injured, Single(Extract("وارتفع إلى 12 عدد الجرحى في حادث انهيار الجسر."), 12).Category);
    }

    [Fact]
    public void TollNamedAfterTheRisenCount_NotAcrossAComma()
    {
        // (فيما بلغ عدد الجرحى starts another clause: the 300 stay the dead.)
        var figures = Extract("وأعلنت الوزارة ارتفاع حصيلة القتلى إلى 300 شخص بينهم 40 طفلا، فيما بلغ عدد الجرحى 900 شخص.");
        Assert.Equal(FigureCategory.Killed, Single(figures, 300).Category);
        Assert.Equal(FigureCategory.Injured, Single(figures, 900).Category);
    }

    [Fact]
    public void MembersOfAReliefBody_AreAidWorkers_NotItsStatement()
    {
        var listed = Extract("وأسفر القصف عن مقتل 15 شخصا، بينهم 3 من رجال الدفاع المدني.");
        Assert.Equal(FigureSubgroup.AidWorkers, Single(listed, 3).Subgroup);
        Assert.All(listed, f => Assert.Equal("unattributed", f.Authority));

        Assert.Equal(FigureSubgroup.AidWorkers, Single(Extract("وقتل 5 من موظفي الأونروا في غارة على مدرسة."), 5).Subgroup);
        Assert.Equal(FigureSubgroup.AidWorkers, Single(Extract("وقتل 11 شخصا بينهم عنصران من الدفاع المدني."), 2).Subgroup);
    }

    [Fact]
    public void SinglePersonInABreakdown_DoesNotEndTheList()
    {
        // بينهم ... وصحفي محلي وعنصران: one person (and an adjective) listed between counts; the list goes on after it.
        var killed = Extract("وقتل 20 شخصا في القصف بينهم 5 أطفال وصحفي محلي وعنصران من الدفاع المدني.");
        Assert.Equal(FigureSubgroup.AidWorkers, Single(killed, 2).Subgroup);
        Assert.Equal(FigureCategory.Killed, Single(killed, 2).Category);

        var injured = Extract("وأصيب 14 شخصا بينهم 3 نساء وطبيب وممرضتان.");
        Assert.Equal((FigureCategory.Injured, FigureSubgroup.Medical), (Single(injured, 2).Category, Single(injured, 2).Subgroup));
    }
}
