using Gongkai.Domain.Organizations;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Gongkai.Web.Features.Organizations;

/// <summary>The checks on a new full name and short name, shared by create and rename: present,
/// short enough, and not already used (as name, short name or former name) by another organ,
/// because later features find organs by any of those names.</summary>
public static class OrganizationNameRules
{
    public static async Task CheckAsync(OrganizationDirectory directory, string name, string shortName, int? selfId,
        ModelStateDictionary errors, string prefix, CancellationToken ct)
    {
        OrganizationForm.Add(errors, prefix, nameof(OrganizationForm.Name), OrganizationNames.CheckName(name, "机关全称", OrganizationNames.MaxNameLength));
        OrganizationForm.Add(errors, prefix, nameof(OrganizationForm.ShortName), OrganizationNames.CheckName(shortName, "简称", OrganizationNames.MaxShortNameLength));
        if (name.Length > 0 && await directory.NameOwnerAsync(name, selfId, ct) is { } nameOwner)
        {
            OrganizationForm.Add(errors, prefix, nameof(OrganizationForm.Name), $"名称“{name}”已被“{nameOwner.Name}”使用（名称、简称或曾用名），不能重复。");
        }

        if (shortName.Length > 0 && OrganizationNames.Key(shortName) != OrganizationNames.Key(name)
            && await directory.NameOwnerAsync(shortName, selfId, ct) is { } shortOwner)
        {
            OrganizationForm.Add(errors, prefix, nameof(OrganizationForm.ShortName), $"简称“{shortName}”已被“{shortOwner.Name}”使用（名称、简称或曾用名），不能重复。");
        }
    }
}
