using StatementBot.Corpus.Attribution.Articles;

namespace StatementBot.Corpus.Tests.Articles.Stages;

/// <summary>Names, titles, roles and organisations in a sentence, and later references to the people named.</summary>
public sealed class MentionScannerTests
{
    [Fact]
    public void Find_RankBeforeName_KeepsTheRankInTheRoleAndTheNameClean()
    {
        var mention = Assert.Single(StageText.Mentions(new ArticlePeople(), "Senior Colonel Ada Quill opened the briefing."));

        Assert.Equal(MentionKind.Person, mention.Kind);
        Assert.Equal("Ada Quill", mention.Person!.Name);
        Assert.Equal("Senior Colonel", mention.Person.Role);
    }

    [Fact]
    public void Find_RoleSpeltOutAfterTheName_IsTheRole()
    {
        var people = new ArticlePeople();
        StageText.Mentions(people, "Senior Colonel Ada Quill, spokesperson for the Ministry of Examples, opened the briefing.");

        Assert.Equal("spokesperson for the Ministry of Examples", Assert.Single(people.All).Role);
    }

    [Fact]
    public void Find_SurnameLater_IsThePersonNamedBefore()
    {
        var people = new ArticlePeople();
        var mentions = StageText.Mentions(people, "Spokesperson Ada Quill opened the briefing.", "Quill spoke first.");

        Assert.Same(people.All[0], Assert.Single(mentions).Person);
    }

    [Theory]
    [InlineData("The Ministry of Examples opened the briefing.", "Ministry of Examples")]
    [InlineData("Iran opened the briefing.", "Iran")]
    [InlineData("NASA opened the briefing.", "NASA")]
    public void Find_OrganisationOrState_IsNeverAPerson(string text, string name)
    {
        var people = new ArticlePeople();
        var mention = Assert.Single(StageText.Mentions(people, text));

        Assert.Equal(MentionKind.Organisation, mention.Kind);
        Assert.Equal(name, mention.Person!.Name);
        Assert.Empty(people.All);
    }

    [Fact]
    public void Find_PlaceAndOfficeBeforeTheName_AreTheRole()
    {
        var people = new ArticlePeople();
        StageText.Mentions(people, "US Secretary of State Bo Vance opened the briefing.");

        var person = Assert.Single(people.All);
        Assert.Equal("Bo Vance", person.Name);
        Assert.Equal("US Secretary of State", person.Role);
    }

    [Fact]
    public void Find_TitleOfAWorkNamedAfterAPerson_DoesNotMakeTheSurnameAmbiguous()
    {
        var people = new ArticlePeople();
        var mentions = StageText.Mentions(people, "Singer Ada Quill starred in The Ada Quill Show.", "Quill retired.");

        Assert.Equal("Ada Quill", Assert.Single(mentions).Person!.Name);
    }
}
