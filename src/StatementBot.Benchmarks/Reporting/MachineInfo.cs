using System.Reflection;
using System.Runtime.InteropServices;
using StatementBot.Search.Querying;

namespace StatementBot.Benchmarks.Reporting;

/// <summary>The machine and build the figures came from.</summary>
/// <param name="BuildConfiguration">How the search code was compiled ("Release" is what the targets are about).</param>
public sealed record MachineInfo(string Cpu, int Cores, double MemoryGigabytes, string OperatingSystem, string Runtime, string BuildConfiguration)
{
    public static MachineInfo Current() => new(
        CpuModel(),
        Environment.ProcessorCount,
        GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1e9,
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        typeof(StatementSearcher).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "unknown");

    private static string CpuModel()
    {
        try
        {
            var line = File.Exists("/proc/cpuinfo")
                ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))
                : null;
            return line?[(line.IndexOf(':') + 1)..].Trim() ?? RuntimeInformation.ProcessArchitecture.ToString();
        }
        catch (IOException)
        {
            return RuntimeInformation.ProcessArchitecture.ToString();
        }
    }
}
