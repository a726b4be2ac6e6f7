using System.Text.Json;
using StatementBot.Commands.Routing;

namespace StatementBot.Tests.Cli;

/// <summary><c>register --dry-run</c>: the catalog as Discord would receive it, for review and scripts, with no token,
/// no index and no network.</summary>
public sealed class RegisterDryRunTests
{
    [Fact]
    public void Json_IsTheRequestBody_EveryRegisteredCommandWithWhereItCanBeUsed()
    {
        var index = Path.Combine(Path.GetTempPath(), "sb-dry-run-" + Guid.NewGuid().ToString("N"));

        var run = CliRun.Of("register", "--dry-run", "--json", "--index", index);

        Assert.Equal(0, run.ExitCode);
        Assert.False(Directory.Exists(index)); // nothing was built: the catalog needs no index
        using var json = JsonDocument.Parse(run.Output);
        var commands = json.RootElement.EnumerateArray().ToArray();
        Assert.Equal(CommandSet.Catalog.Registered.Select(c => c.Name), commands.Select(c => c.GetProperty("name").GetString()));
        if (Environment.GetEnvironmentVariable("DISCORD_GUILD_ID") is null or "")
        {
            var quote = commands.Single(c => c.GetProperty("name").GetString() == "quote");
            Assert.Equal("[0,1]", quote.GetProperty("integration_types").GetRawText());
            Assert.Equal("[0,1,2]", quote.GetProperty("contexts").GetRawText());
        }
    }

    [Fact]
    public void Text_ListsEachCommandWithItsOptions_AndSaysNothingWasSent()
    {
        var run = CliRun.Of("register", "--dry-run");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("nothing was sent to Discord", run.Output);
        Assert.Contains("  /quote", run.Output);
        Assert.Contains("      query (string, required):", run.Output);
        Assert.Contains("in (string, one of: said, asked, both)", run.Output);
        Assert.Contains("Find the source  (message menu: Apps › Find the source)", run.Output);
        Assert.Contains("      only for members who have Manage Channels (default_member_permissions 16)", run.Output); // /watch
        Assert.Contains("        query (string, required):", run.Output); // a subcommand's own options, nested
    }
}
