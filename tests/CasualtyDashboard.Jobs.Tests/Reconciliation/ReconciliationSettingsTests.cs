using System.Text;
using CasualtyDashboard.Jobs.Reconciliation;
using CasualtyDashboard.Reconciliation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CasualtyDashboard.Jobs.Tests.Reconciliation;

public sealed class ReconciliationSettingsTests
{
    [Fact]
    public void Bind_AuthorityPriorityTiers_BecomeTheLibrarysOptions()
    {
        var settings = Bind("""{"Reconciliation": {"JumpFactor": 5, "AuthorityPriority": [["un_ocha"], ["gaza_moh", "israel_*"]]}}""");

        var options = settings.ToOptions();

        Assert.Equal(5, options.JumpFactor);
        Assert.Equal(["un_ocha"], options.AuthorityPriority[0]);
        Assert.Equal(["gaza_moh", "israel_*"], options.AuthorityPriority[1]);
    }

    [Fact]
    public void Bind_EmptyAuthorityPriority_KeepsTheBuiltInTiers()
    {
        var settings = Bind("""{"Reconciliation": {"AuthorityPriority": []}}""");

        Assert.Same(ReconciliationOptions.DefaultAuthorityPriority, settings.ToOptions().AuthorityPriority);
    }

    [Fact]
    public void Bind_ToleranceAboveOne_FailsValidationNamingTheSetting()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Bind("""{"Reconciliation": {"RelativeTolerance": 2}}"""));

        Assert.Contains("RelativeTolerance", error.Message, StringComparison.Ordinal);
    }

    private static ReconciliationSettings Bind(string json)
    {
        var configuration = new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddOptions<ReconciliationSettings>().BindConfiguration(ReconciliationSettings.SectionName).ValidateDataAnnotations();
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<ReconciliationSettings>>().Value;
    }
}
