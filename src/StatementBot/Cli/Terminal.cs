using StatementBot.Commands.Replies;
using StatementBot.Rendering;

namespace StatementBot.Cli;

/// <summary>
/// The terminal front end's streams: lines typed or piped in, replies to standard output, status and progress to
/// standard error.
/// </summary>
public sealed class Terminal(TextReader input, TextWriter output, TextWriter status, bool ansi, bool interactive)
{
    public static Terminal Console { get; } = new(
        System.Console.In,
        System.Console.Out,
        System.Console.Error,
        !System.Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null,
        !System.Console.IsInputRedirected);

    public TextReader Input => input;

    /// <summary>A person is typing (prompts are shown); false when input is piped.</summary>
    public bool Interactive => interactive;

    public TextWriter Output => output;

    public TextWriter Status => status;

    /// <summary>Writes a reply as text or JSON; returns the exit code (1 for a user error).</summary>
    /// <param name="typed">The reply answers a typed slash command (chat, batch): its hints are slash commands too.</param>
    /// <param name="outPath">Where to save the file the reply carries (<c>--out</c>); saying so on standard error.</param>
    public int Write(Reply reply, bool json, bool indented = true, bool typed = false, string? outPath = null)
    {
        var (written, problem) = outPath is null || reply.IsError ? ([], null) : AttachmentWriter.Write(reply.Files, outPath);
        if (json)
        {
            output.WriteLine(JsonRenderer.Serialize(reply, indented));
            foreach (var (path, file) in written.Zip(reply.Files))
            {
                status.WriteLine($"Wrote {path} ({AttachmentWriter.Size(file.Content.LongLength)}).");
            }
        }
        else
        {
            new ConsoleRenderer(output, ansi, typed).Render(reply, written);
        }

        if (problem is not null)
        {
            status.WriteLine("Error: " + problem);
            return written.Count > 0 || reply.Files.Count > 0 ? 2 : 1;
        }

        return reply.IsError ? 1 : 0;
    }

    /// <summary>A reply's one file on standard output (for a pipe), its summary on standard error.</summary>
    public int WriteFile(Reply reply)
    {
        foreach (var file in reply.Files)
        {
            var text = System.Text.Encoding.UTF8.GetString(file.Content);
            output.Write(text.TrimStart('\uFEFF'));
        }

        status.WriteLine(reply.Summary);
        return 0;
    }

    /// <summary>A problem that stops the command: one line on standard error (or a JSON error), exit code 2.</summary>
    public int Fail(string message, bool json)
    {
        if (json)
        {
            output.WriteLine(JsonRenderer.Serialize(new ErrorJson(message), indented: false));
        }
        else
        {
            status.WriteLine("Error: " + message);
        }

        return 2;
    }

    private sealed record ErrorJson(string Error);
}
