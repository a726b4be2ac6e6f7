namespace StatementBot.Commands.Catalog;

/// <summary>How a permission is named to a reader, as servers name it.</summary>
public static class MemberPermissionsText
{
    public static string Label(this MemberPermissions permissions) => permissions switch
    {
        MemberPermissions.ManageChannels => "Manage Channels",
        MemberPermissions.Administrator => "Administrator",
        _ => string.Join(" and ", Enum.GetValues<MemberPermissions>().Where(p => p != MemberPermissions.None && permissions.HasFlag(p)).Select(Label)),
    };
}
