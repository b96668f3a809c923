namespace Gongkai.Domain.PowerLists;

/// <summary>动态调整: how a published list changes. Each is dated and has a basis.</summary>
public enum PowerAdjustmentKind
{
    /// <summary>新增: an item joins the list.</summary>
    Add,

    /// <summary>取消: the item leaves the current list on its effective date; its page stays.</summary>
    Cancel,

    /// <summary>调整: the item's fields change.</summary>
    Change,

    /// <summary>下放/承接: the item moves to another organ (下放 for the giver, 承接 for the receiver).</summary>
    Transfer,
}

public static class PowerAdjustmentKinds
{
    public static string Name(PowerAdjustmentKind kind) => kind switch
    {
        PowerAdjustmentKind.Add => "新增",
        PowerAdjustmentKind.Cancel => "取消",
        PowerAdjustmentKind.Change => "调整",
        _ => "下放/承接",
    };

    public static string Code(PowerAdjustmentKind kind) => kind switch
    {
        PowerAdjustmentKind.Add => "add",
        PowerAdjustmentKind.Cancel => "cancel",
        PowerAdjustmentKind.Change => "change",
        _ => "transfer",
    };

    public static PowerAdjustmentKind? Parse(string? text) => (text ?? "").Trim().ToLowerInvariant() switch
    {
        "add" or "新增" => PowerAdjustmentKind.Add,
        "cancel" or "取消" => PowerAdjustmentKind.Cancel,
        "change" or "调整" => PowerAdjustmentKind.Change,
        "transfer" or "下放" or "承接" or "下放/承接" => PowerAdjustmentKind.Transfer,
        _ => null,
    };
}
