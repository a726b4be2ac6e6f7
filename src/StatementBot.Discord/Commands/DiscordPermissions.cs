using System.Globalization;
using StatementBot.Commands.Catalog;

namespace StatementBot.Discord.Commands;

/// <summary>
/// Discord's permission bits the commands care about (permissions.mdx): a decimal string in
/// <c>default_member_permissions</c> and in an interaction's <c>member.permissions</c>.
/// </summary>
public static class DiscordPermissions
{
    public const ulong Administrator = 1UL << 3;

    public const ulong ManageChannels = 1UL << 4;

    /// <summary>The bits for <paramref name="permissions"/> as Discord takes them ("16"); null for none.</summary>
    public static string? ToBitfield(MemberPermissions permissions)
    {
        var bits = (permissions.HasFlag(MemberPermissions.ManageChannels) ? ManageChannels : 0)
            | (permissions.HasFlag(MemberPermissions.Administrator) ? Administrator : 0);
        return bits == 0 ? null : bits.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>What a member's permission string allows; <see cref="MemberPermissions.None"/> for a missing or unreadable one.</summary>
    public static MemberPermissions FromBitfield(string? bitfield)
    {
        if (!ulong.TryParse(bitfield, NumberStyles.None, CultureInfo.InvariantCulture, out var bits))
        {
            return MemberPermissions.None;
        }

        return ((bits & ManageChannels) != 0 ? MemberPermissions.ManageChannels : MemberPermissions.None)
            | ((bits & Administrator) != 0 ? MemberPermissions.Administrator : MemberPermissions.None);
    }
}
