using System.Security.Cryptography;
using System.Text;

namespace CasualtyDashboard.Jobs.Ingestion;

/// <summary>SHA-256 of the text with line ends and outer white space evened out, so a re-crawl of the same page matches.</summary>
public static class ContentHash
{
    public static string Of(string text)
    {
        var normalised = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)));
    }
}
