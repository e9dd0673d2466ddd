namespace CasualtyDashboard.Extraction.Scoring;

/// <summary>How often one attribute agrees over matched (required) pairs.</summary>
public sealed record AttributeAccuracy(string Attribute, int Correct, int Total)
{
    public double Accuracy => Total == 0 ? 1.0 : (double)Correct / Total;
}
