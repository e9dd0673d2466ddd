using System.Reflection;
using Xunit.Sdk;

namespace CasualtyDashboard.Extraction.Tests.Support;

/// <summary>Supplies the TestData/Arabic case named after the test method.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ArabicCaseAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod)
    {
        yield return [ArabicCase.Load(testMethod.Name)];
    }
}
