using System.Diagnostics;
using StatementBot.TestSupport;

namespace StatementBot.Discord.Tests.Support;

/// <summary>
/// Checks a JSON body against Discord's OpenAPI spec with ../shared/discord/validate.py (JSON Schema 2020-12).
/// Tests calling it are [SharedFact]s.
/// </summary>
public static class DiscordSpec
{
    /// <param name="schema">A schema name (e.g. IncomingWebhookUpdateRequestPartial), "callback" or "bulk".</param>
    /// <returns>The validator's exit code and output (exit 0 = valid).</returns>
    public static (int ExitCode, string Output) Validate(string schema, string json)
    {
        var file = Path.Combine(Path.GetTempPath(), $"statementbot-discord-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, json);
        try
        {
            var start = new ProcessStartInfo("python3")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(SharedData.SharedPath("discord", "validate.py"));
            start.ArgumentList.Add(schema);
            start.ArgumentList.Add(file);
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(30)))
            {
                process.Kill();
                return (-1, "validate.py timed out");
            }

            return (process.ExitCode, output.Result + error.Result);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Asserts the body is valid for <paramref name="schema"/>, showing the validator's complaints otherwise.</summary>
    public static void AssertValid(string schema, string json)
    {
        var (exit, output) = Validate(schema, json);
        Assert.True(exit == 0, $"Discord's spec rejects this {schema} body:\n{output}\n{json}");
    }
}
