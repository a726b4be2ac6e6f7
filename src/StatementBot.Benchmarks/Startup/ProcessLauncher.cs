using System.Reflection;

namespace StatementBot.Benchmarks.Startup;

/// <summary>How to start the <c>statementbot</c> program as a child process: its native launcher when there is one,
/// else <c>dotnet statementbot.dll</c>.</summary>
public sealed record ProcessLauncher(string FileName, IReadOnlyList<string> LeadingArguments)
{
    /// <summary>The launcher for the program whose entry assembly is <paramref name="entry"/>.</summary>
    public static ProcessLauncher For(Assembly entry)
    {
        var dll = entry.Location;
        var native = Path.ChangeExtension(dll, OperatingSystem.IsWindows() ? ".exe" : null);
        if (File.Exists(native))
        {
            return new ProcessLauncher(native, []);
        }

        var host = Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
        return new ProcessLauncher(host, [dll]);
    }

    public string Describe() => string.Join(' ', LeadingArguments.Prepend(FileName).Select(Path.GetFileName));
}
