namespace CasualtyDashboard.Data.Review;

/// <summary>Lengths of the analysts' inputs, shared by the configurations and the validation that reports them.</summary>
public static class ReviewLimits
{
    public const int Analyst = 100;
    public const int Reason = 1000;
    public const int Note = 2000;
    public const int AnnotationText = 4000;
    public const int PointKey = 300;
    public const int Tag = 40;
    public const int Tags = 10;
    public const int TagsColumn = 500;
}
