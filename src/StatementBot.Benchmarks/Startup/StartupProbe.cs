using System.ComponentModel;
using System.Diagnostics;
using StatementBot.Benchmarks.Building;

namespace StatementBot.Benchmarks.Startup;

/// <summary>
/// Starts the program as users do — <c>statementbot batch --json --corpus … --index …</c> over an index that is
/// already built — and times process start to the first answer read back. Nothing is subtracted: runtime start,
/// the freshness check, opening the index and answering one query are all in the figure. The last start then
/// answers the whole query set, and its resident memory is read while it still runs.
/// </summary>
public sealed class StartupProbe(ProcessLauncher launcher, IReadOnlyList<string> corpusRoots, string indexRoot)
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    /// <returns>The figures, or why they could not be taken.</returns>
    public (StartupFigures? Figures, string? Error) Measure(string firstLine, IReadOnlyList<string> servingLines, int starts)
    {
        var seconds = new List<double>();
        for (var i = 0; i < Math.Max(1, starts); i++)
        {
            var last = i == Math.Max(1, starts) - 1;
            var run = Start(firstLine, last ? servingLines : []);
            if (run.Error is { } error)
            {
                return (null, error);
            }

            seconds.Add(run.FirstAnswer.TotalSeconds);
            if (last)
            {
                return (new StartupFigures(seconds, Megabytes.Of(run.ServingBytes), Megabytes.Of(run.PeakBytes), run.Answered, CommandLine()), null);
            }
        }

        return (null, "no start was made");
    }

    private string[] Arguments()
    {
        var arguments = new List<string>(launcher.LeadingArguments) { "batch", "--json" };
        foreach (var root in corpusRoots)
        {
            arguments.Add("--corpus");
            arguments.Add(root);
        }

        arguments.Add("--index");
        arguments.Add(indexRoot);
        return arguments.ToArray();
    }

    private string CommandLine() => string.Join(' ', Arguments().Skip(launcher.LeadingArguments.Count).Prepend(launcher.Describe()));

    private Outcome Start(string firstLine, IReadOnlyList<string> servingLines)
    {
        var info = new ProcessStartInfo(launcher.FileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in Arguments())
        {
            info.ArgumentList.Add(argument);
        }

        var status = new List<string>();
        var clock = Stopwatch.StartNew();
        Process? started;
        try
        {
            started = Process.Start(info);
        }
        catch (Win32Exception e)
        {
            return Outcome.Failed($"{launcher.FileName} could not be started: {e.Message}");
        }

        using var process = started;
        if (process is null)
        {
            return Outcome.Failed($"{launcher.FileName} could not be started");
        }

        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                lock (status)
                {
                    status.Add(line);
                }
            }
        };
        process.BeginErrorReadLine();
        try
        {
            process.StandardInput.WriteLine(firstLine);
            process.StandardInput.Flush();
            var first = ReadAnswer(process);
            var firstAnswer = clock.Elapsed;
            if (first is null)
            {
                return Outcome.Failed("the program ended without answering: " + Last(status));
            }

            if (Built(status))
            {
                return Outcome.Failed("the program rebuilt the index instead of opening it: " + Last(status));
            }

            var answered = 1;
            var writer = Task.Run(() =>
            {
                foreach (var line in servingLines)
                {
                    process.StandardInput.WriteLine(line);
                }

                process.StandardInput.Flush();
            });
            for (var i = 0; i < servingLines.Count && ReadAnswer(process) is not null; i++)
            {
                answered++;
            }

            writer.GetAwaiter().GetResult();
            process.Refresh();
            var serving = process.WorkingSet64;
            var peak = process.PeakWorkingSet64;
            process.StandardInput.Close();
            if (!process.WaitForExit(Patience))
            {
                process.Kill();
                return Outcome.Failed("the program did not stop when its input ended");
            }

            return new Outcome(firstAnswer, serving, Math.Max(peak, serving), answered, null);
        }
        catch (IOException e)
        {
            return Outcome.Failed($"talking to the program failed: {e.Message}; {Last(status)}");
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
                process.WaitForExit();
            }
        }
    }

    private static string? ReadAnswer(Process process)
    {
        var read = process.StandardOutput.ReadLineAsync();
        return read.Wait(Patience) ? read.Result : throw new IOException($"no answer within {Patience.TotalMinutes} minutes");
    }

    private static bool Built(List<string> status)
    {
        lock (status)
        {
            return status.Any(l => l.StartsWith("Building the index", StringComparison.Ordinal));
        }
    }

    private static string Last(List<string> status)
    {
        lock (status)
        {
            return status.Count == 0 ? "(nothing on standard error)" : string.Join(" / ", status.TakeLast(3));
        }
    }

    private sealed record Outcome(TimeSpan FirstAnswer, long ServingBytes, long PeakBytes, int Answered, string? Error)
    {
        public static Outcome Failed(string error) => new(TimeSpan.Zero, 0, 0, 0, error);
    }
}
