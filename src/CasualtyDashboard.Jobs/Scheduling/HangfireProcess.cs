using Hangfire;
using Hangfire.AspNetCore;
using Microsoft.Extensions.Logging;

namespace CasualtyDashboard.Jobs.Scheduling;

/// <summary>Hangfire's process-wide settings, set once by the app's entry point (tests leave Hangfire's defaults).</summary>
public static class HangfireProcess
{
    public static void Configure(ILoggerFactory loggers) =>
        GlobalConfiguration.Configuration
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseLogProvider(new AspNetCoreLogProvider(loggers));
}
