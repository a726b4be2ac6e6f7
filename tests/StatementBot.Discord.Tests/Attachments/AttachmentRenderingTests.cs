using StatementBot.Commands.Replies;
using StatementBot.Discord.Rendering;
using StatementBot.Discord.Tests.Support;

namespace StatementBot.Discord.Tests.Attachments;

/// <summary>A reply's files as one Discord message takes them: counted, sized, named and described within Discord's limits.</summary>
public sealed class AttachmentRenderingTests
{
    [Fact]
    public void Render_TwelveFilesOneTooLarge_UploadsTheTenThatFit_AndSaysSo()
    {
        var big = new ReplyAttachment("huge.bin", "application/octet-stream", new byte[DiscordLimits.AttachmentBytes + 1]);
        var small = Enumerable.Range(1, 11).Select(n => new ReplyAttachment($"part {n}.csv", "text/csv", [(byte)n]));
        var reply = ChartHandlers.Reply() with { Attachments = [big, .. small] };

        var message = Support.Rendering.Renderer().Render(reply);

        Assert.Equal(DiscordLimits.AttachmentsPerMessage, message.Files!.Count);
        Assert.DoesNotContain(message.Files, f => f.Content.Length > DiscordLimits.AttachmentBytes);
        Assert.Equal(Enumerable.Range(0, DiscordLimits.AttachmentsPerMessage).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), message.Attachments!.Select(a => a.Id));
        Assert.Equal(message.Files.Select(f => f.FileName), message.Attachments!.Select(a => a.Filename));
        Assert.Equal("part_1.csv", message.Files[0].FileName);
        Assert.Equal("2 files were too large to attach here; the terminal's --out saves them.", message.Content);
        Assert.Null(message.Embeds![0].Image);
    }

    [Fact]
    public void Render_APicture_IsShownInTheHeaderEmbed_WithinTheMessageRules()
    {
        var json = Support.Rendering.Render(ChartHandlers.Reply());

        var data = json.GetProperty("data");
        Assert.Empty(DiscordRules.CheckCallback(json.GetRawText()));
        Assert.Equal("attachment://" + ChartHandlers.PngName, data.GetProperty("embeds")[0].GetProperty("image").GetProperty("url").GetString());
        Assert.Equal(2, data.GetProperty("attachments").GetArrayLength());
        Assert.False(data.TryGetProperty("files", out _), "the bytes never go into the JSON");
    }

    [Theory]
    [InlineData("trend-inflation.png", "trend-inflation.png")]
    [InlineData("trend “Hong Kong”.png", "trend__Hong_Kong_.png")]
    [InlineData("../../etc/passwd", "_.._etc_passwd")]
    [InlineData("台湾.png", "__.png")]
    [InlineData("...", "file")]
    public void SafeName_KeepsWhatAnAttachmentLinkCanPointAt(string name, string expected) =>
        Assert.Equal(expected, ReplyFiles.SafeName(name));

    [Fact]
    public void Render_TwoFilesOfOneName_GetDistinctNames_DescriptionsCutTo1024()
    {
        var png = ChartHandlers.Png;
        var reply = ChartHandlers.Reply() with
        {
            Attachments = [new("chart.png", "image/png", png, new string('d', 2000)), new("chart.png", "image/png", png)],
        };

        var message = Support.Rendering.Renderer().Render(reply);

        Assert.Equal(["chart.png", "chart-2.png"], message.Attachments!.Select(a => a.Filename));
        Assert.True(message.Attachments![0].Description!.Length <= DiscordLimits.AttachmentDescription);
    }
}
